"""Name pools for the demo-data generator: realistic international patients, nation by nation.

Each :class:`Nationality` says how large a share of the International Patient Center's patients
it supplies (``weight``, relative: pick a nationality with probability ``weight / sum(weights)``),
which languages its patients speak (BCP 47, most likely first), how often they need an
interpreter, their telephone country code, and three name pools: family names, male given names
and female given names.

Ordering: every pool lists its entries in DESCENDING POPULARITY, the most common name first
(Kim, Lee, Park for Korea; Nguyen, Tran, Le for Vietnam; Wang, Li, Zhang for China; Mohammed
first among Saudi men). The generator is meant to weight earlier entries more, e.g. a Zipf-like
weight ``1 / (rank + 1) ** s`` with ``s`` around 0.9, so that a million patients hold many
Kims and Nguyens and few Namgungs. The order is approximately that of national name statistics;
it is good enough for demo data, not for demography.

Spelling: ``Name.latin`` is the name as the passport's Latin (visual) zone prints it, in Title
Case: ICAO 9303 transliteration for Russia ("Dmitrii", "Tatiana"), the 2010 national system for
Ukraine ("Oleksandr", "Serhii"), ELOT 743 for Greece ("Georgios"), Hepburn without long-vowel
marks for Japan ("Sato", "Yuto"), Hanyu Pinyin written as one word for China ("Xiaoming"),
Wade-Giles-style hyphenated given names for Taiwan ("Chia-hao"), Korean names as passports
usually print them ("Min-jun", "Seo-yeon", some unhyphenated: "Jiwoo"), "Al-" plus the tribe or
family for the Gulf ("Al-Qahtani"), and the country's own transliteration of Muhammad (Mohammed in
the Gulf and Iraq, Mohamed in Egypt, Mohammad in Jordan and Iran, Muhammad in Pakistan, Mehmet in
Turkey). Latin-script nations keep the diacritics of their own spelling (García, Müller, Łukasz,
Yılmaz, Ó Súilleabháin); Vietnamese passports drop them ("Nguyen").

``Name.native`` is the same name in the nation's own script (Arabic, Perso-Arabic, Urdu, Hebrew,
Simplified or Traditional Chinese, Japanese, Hangul, Cyrillic, Greek, Thai, Devanagari), or, for
Vietnam, the Latin spelling with its diacritics ("Nguyễn"); None for the other Latin-script
nations. To show a full native name join the parts by ``native_order`` ("family_first": family
then given, as in 王小明, 김민준, Nguyễn Văn An; "given_first" otherwise) with
``native_separator`` ("" for Chinese, Japanese and Korean, " " for everything else).

Family names are stored in their masculine (dictionary) form. Where a woman carries a different
form (Russian and Kazakh Ivanova, Polish Kowalska, Greek Papadopoulou, Irish Ní Bhriain), use
:func:`feminine_family_name`. Spanish-speaking patients usually carry two family names (paternal
then maternal: "García López"), Portuguese and Brazilian ones often two or more (the last one is
the main); a generator may draw two from the same pool for them. Arabic name chains (given,
father, grandfather, family) are not modelled: one given name and one family name per patient.

Plain data, stdlib only: no Qt, no database, no other project module.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Name:
    latin: str  # as the passport's Latin zone prints it, Title Case
    native: str | None  # in the native script; None for Latin-script nations (not Vietnam)


@dataclass(frozen=True, slots=True)
class Nationality:
    alpha3: str  # ISO 3166-1 alpha-3
    weight: float  # relative share of the center's patients
    languages: tuple[str, ...]  # BCP 47, most likely first
    interpreter_rate: float  # probability that a patient needs an interpreter
    phone_country_code: int
    native_order: str  # "family_first" or "given_first": how to join the native parts
    native_separator: str  # "" (Chinese, Japanese, Korean) or " "
    family: tuple[Name, ...]  # most common first
    given_male: tuple[Name, ...]  # most common first
    given_female: tuple[Name, ...]  # most common first


GIVEN_FIRST = "given_first"
FAMILY_FIRST = "family_first"


def _latin(text: str) -> tuple[Name, ...]:
    """Comma-separated Latin-script names; their ``native`` is None."""
    return tuple(Name(part.strip(), None) for part in text.split(",") if part.strip())


def _pairs(text: str) -> tuple[Name, ...]:
    """Comma-separated ``Latin=native`` pairs (Arabic script uses its own comma, never ",")."""
    names = []
    for part in text.split(","):
        if part.strip():
            latin, _, native = part.partition("=")
            names.append(Name(latin.strip(), native.strip()))
    return tuple(names)


# The Arabic-speaking Gulf. Tribal and family names carry "Al-" (the); Al-Thani is "آل" (house of).

_SAUDI_ARABIA = Nationality(
    alpha3="SAU",
    weight=9.0,
    languages=("ar",),
    interpreter_rate=0.8,
    phone_country_code=966,
    native_order=GIVEN_FIRST,
    native_separator=" ",
    family=_pairs("""
        Al-Qahtani=القحطاني, Al-Ghamdi=الغامدي, Al-Zahrani=الزهراني, Al-Otaibi=العتيبي,
        Al-Dosari=الدوسري, Al-Harbi=الحربي, Al-Shammari=الشمري, Al-Mutairi=المطيري,
        Al-Anazi=العنزي, Al-Shahrani=الشهراني, Al-Malki=المالكي, Al-Subaie=السبيعي,
        Al-Juhani=الجهني, Al-Asmari=الأسمري, Al-Amri=العمري, Al-Shehri=الشهري,
        Al-Rashidi=الرشيدي, Al-Yami=اليامي, Al-Hajri=الهاجري, Al-Balawi=البلوي,
        Al-Sulami=السلمي, Al-Thubaiti=الثبيتي, Al-Ruwaili=الرويلي, Al-Khaldi=الخالدي,
        Al-Buqami=البقمي, Al-Qurashi=القرشي, Al-Ahmadi=الأحمدي, Al-Sharif=الشريف,
        Al-Mansour=المنصور, Al-Hazmi=الحازمي, Al-Faifi=الفيفي
    """),
    given_male=_pairs("""
        Mohammed=محمد, Abdullah=عبدالله, Abdulrahman=عبدالرحمن, Fahad=فهد, Khalid=خالد,
        Faisal=فيصل, Saud=سعود, Sultan=سلطان, Abdulaziz=عبدالعزيز, Turki=تركي, Nasser=ناصر,
        Saleh=صالح, Omar=عمر, Ahmed=أحمد, Ibrahim=إبراهيم, Yousef=يوسف, Majed=ماجد,
        Bandar=بندر, Nawaf=نواف, Mansour=منصور, Saad=سعد, Ali=علي, Hamad=حمد, Meshal=مشعل,
        Ziyad=زياد, Rakan=راكان, Mishari=مشاري, Talal=طلال, Hussain=حسين, Badr=بدر,
        Abdulmajeed=عبدالمجيد, Salman=سلمان
    """),
    given_female=_pairs("""
        Noura=نورة, Fatimah=فاطمة, Sarah=سارة, Reem=ريم, Haya=هيا, Maha=مها, Hessa=حصة,
        Lama=لمى, Aljawhara=الجوهرة, Nouf=نوف, Abeer=عبير, Amal=أمل, Hind=هند, Mashael=مشاعل,
        Munira=منيرة, Asma=أسماء, Aisha=عائشة, Maryam=مريم, Latifa=لطيفة, Shahad=شهد,
        Ghada=غادة, Dana=دانة, Jood=جود, Layan=ليان, Razan=رزان, Wafa=وفاء, Khadijah=خديجة,
        Manal=منال, Huda=هدى, Lulwa=لولوة
    """),
)

_UNITED_ARAB_EMIRATES = Nationality(
    alpha3="ARE",
    weight=6.0,
    languages=("ar", "en"),
    interpreter_rate=0.6,
    phone_country_code=971,
    native_order=GIVEN_FIRST,
    native_separator=" ",
    family=_pairs("""
        Al-Mansoori=المنصوري, Al-Dhaheri=الظاهري, Al-Mazrouei=المزروعي, Al-Ketbi=الكتبي,
        Al-Nuaimi=النعيمي, Al-Shamsi=الشامسي, Al-Suwaidi=السويدي, Al-Hammadi=الحمادي,
        Al-Falasi=الفلاسي, Al-Mheiri=المهيري, Al-Qubaisi=القبيسي, Al-Rumaithi=الرميثي,
        Al-Kaabi=الكعبي, Al-Marri=المري, Al-Hosani=الحوسني, Al-Ameri=العامري, Al-Zaabi=الزعابي,
        Al-Blooshi=البلوشي, Al-Ali=العلي, Al-Shehhi=الشحي, Al-Kindi=الكندي,
        Al-Tunaiji=الطنيجي, Al-Hashmi=الهاشمي, Al-Jaberi=الجابري, Al-Awadhi=العوضي,
        Al-Yammahi=اليماحي, Al-Naqbi=النقبي, Al-Khoori=الخوري, Al-Mulla=الملا,
        Al-Marzouqi=المرزوقي
    """),
    given_male=_pairs("""
        Mohammed=محمد, Ahmed=أحمد, Khalifa=خليفة, Saeed=سعيد, Rashid=راشد, Hamdan=حمدان,
        Sultan=سلطان, Khalid=خالد, Abdulla=عبدالله, Mansour=منصور, Hamad=حمد, Obaid=عبيد,
        Saif=سيف, Zayed=زايد, Humaid=حميد, Majid=ماجد, Ali=علي, Omar=عمر, Mubarak=مبارك,
        Juma=جمعة, Yousuf=يوسف, Hazza=هزاع, Theyab=ذياب, Faisal=فيصل, Hassan=حسن,
        Ibrahim=إبراهيم, Salem=سالم, Abdulrahman=عبدالرحمن, Nasser=ناصر, Matar=مطر
    """),
    given_female=_pairs("""
        Fatima=فاطمة, Mariam=مريم, Aisha=عائشة, Shamma=شمة, Maitha=ميثاء, Hessa=حصة, Moza=موزة,
        Alia=علياء, Meera=ميرة, Latifa=لطيفة, Amna=آمنة, Noora=نورة, Sara=سارة, Reem=ريم,
        Shaikha=شيخة, Salama=سلامة, Hind=هند, Khawla=خولة, Asma=أسماء, Mahra=مهرة, Ghaya=غاية,
        Hamda=حمدة, Dana=دانة, Afra=عفراء, Shouq=شوق, Wadha=وضحة, Nouf=نوف, Rawda=روضة,
        Ameera=أميرة, Mai=مي
    """),
)

_KUWAIT = Nationality(
    alpha3="KWT",
    weight=4.0,
    languages=("ar", "en"),
    interpreter_rate=0.7,
    phone_country_code=965,
    native_order=GIVEN_FIRST,
    native_separator=" ",
    family=_pairs("""
        Al-Enezi=العنزي, Al-Mutairi=المطيري, Al-Ajmi=العجمي, Al-Rashidi=الرشيدي,
        Al-Shammari=الشمري, Al-Azmi=العازمي, Al-Otaibi=العتيبي, Al-Hajri=الهاجري,
        Al-Dosari=الدوسري, Al-Kandari=الكندري, Al-Awadhi=العوضي, Al-Fadhli=الفضلي,
        Al-Khaldi=الخالدي, Al-Harbi=الحربي, Al-Qattan=القطان, Al-Sayegh=الصايغ,
        Al-Ghanim=الغانم, Al-Saqer=الصقر, Behbehani=بهبهاني, Dashti=دشتي, Al-Shatti=الشطي,
        Al-Roumi=الرومي, Al-Failakawi=الفيلكاوي, Al-Kharafi=الخرافي, Al-Bahar=البحر
    """),
    given_male=_pairs("""
        Mohammed=محمد, Abdullah=عبدالله, Ahmad=أحمد, Fahad=فهد, Khaled=خالد, Meshari=مشاري,
        Bader=بدر, Nawaf=نواف, Salem=سالم, Yousef=يوسف, Faisal=فيصل, Hamad=حمد, Jassim=جاسم,
        Abdulaziz=عبدالعزيز, Sulaiman=سليمان, Talal=طلال, Ali=علي, Hussain=حسين,
        Mubarak=مبارك, Saad=سعد, Adel=عادل, Waleed=وليد, Nasser=ناصر, Fawaz=فواز, Hamoud=حمود
    """),
    given_female=_pairs("""
        Fatma=فاطمة, Noura=نورة, Sara=سارة, Dana=دانة, Shaikha=شيخة, Hessa=حصة, Lulwa=لولوة,
        Mariam=مريم, Dalal=دلال, Fajer=فجر, Ghadeer=غدير, Reem=ريم, Aisha=عائشة, Munira=منيرة,
        Haya=هيا, Abrar=أبرار, Asma=أسماء, Latifa=لطيفة, Bibi=بيبي, Hanan=حنان, Mai=مي,
        Rawan=روان, Zahra=زهراء, Shahad=شهد, Jana=جنى
    """),
)

_QATAR = Nationality(
    alpha3="QAT",
    weight=3.0,
    languages=("ar", "en"),
    interpreter_rate=0.65,
    phone_country_code=974,
    native_order=GIVEN_FIRST,
    native_separator=" ",
    family=_pairs("""
        Al-Thani=آل ثاني, Al-Marri=المري, Al-Kuwari=الكواري, Al-Mohannadi=المهندي,
        Al-Naimi=النعيمي, Al-Hajri=الهاجري, Al-Sulaiti=السليطي, Al-Emadi=العمادي,
        Al-Kaabi=الكعبي, Al-Khulaifi=الخليفي, Al-Mannai=المناعي, Al-Sada=السادة,
        Al-Baker=الباكر, Al-Jaber=الجابر, Al-Attiyah=العطية, Al-Misnad=المسند,
        Al-Obaidly=العبيدلي, Al-Ansari=الأنصاري, Al-Dosari=الدوسري, Al-Shahwani=الشهواني,
        Al-Kubaisi=الكبيسي, Al-Malki=المالكي, Al-Khater=الخاطر, Al-Mulla=الملا,
        Al-Hammadi=الحمادي
    """),
    given_male=_pairs("""
        Mohammed=محمد, Abdullah=عبدالله, Hamad=حمد, Khalid=خالد, Ali=علي, Jassim=جاسم,
        Tamim=تميم, Nasser=ناصر, Ahmed=أحمد, Saad=سعد, Khalifa=خليفة, Faisal=فيصل,
        Abdulrahman=عبدالرحمن, Hassan=حسن, Rashid=راشد, Salem=سالم, Fahad=فهد, Mubarak=مبارك,
        Abdulaziz=عبدالعزيز, Saoud=سعود, Mansour=منصور, Thani=ثاني, Yousef=يوسف,
        Sultan=سلطان, Majed=ماجد
    """),
    given_female=_pairs("""
        Maryam=مريم, Fatima=فاطمة, Aisha=عائشة, Noora=نورة, Hessa=حصة, Sara=سارة,
        Alanoud=العنود, Moza=موزة, Aljazi=الجازي, Shaikha=شيخة, Latifa=لطيفة, Reem=ريم,
        Amna=آمنة, Dana=دانة, Hind=هند, Lolwa=لولوة, Haya=هيا, Asma=أسماء, Nouf=نوف, Maha=مها,
        Ghalia=غالية, Jawaher=جواهر, Mashael=مشاعل, Rawda=روضة, Hamda=حمدة
    """),
)

_OMAN = Nationality(
    alpha3="OMN",
    weight=2.0,
    languages=("ar", "en"),
    interpreter_rate=0.7,
    phone_country_code=968,
    native_order=GIVEN_FIRST,
    native_separator=" ",
    family=_pairs("""
        Al-Balushi=البلوشي, Al-Hinai=الهنائي, Al-Busaidi=البوسعيدي, Al-Harthy=الحارثي,
        Al-Rawahi=الرواحي, Al-Saadi=السعدي, Al-Kindi=الكندي, Al-Maamari=المعمري,
        Al-Shukaili=الشكيلي, Al-Abri=العبري, Al-Riyami=الريامي, Al-Farsi=الفارسي,
        Al-Hashmi=الهاشمي, Al-Lawati=اللواتي, Al-Siyabi=السيابي, Al-Ghafri=الغافري,
        Al-Jabri=الجابري, Al-Mahrouqi=المحروقي, Al-Wahaibi=الوهيبي, Al-Zadjali=الزدجالي,
        Al-Mandhari=المنذري, Al-Mukhaini=المخيني, Al-Nabhani=النبهاني, Al-Habsi=الحبسي,
        Al-Raisi=الرئيسي
    """),
    given_male=_pairs("""
        Mohammed=محمد, Ahmed=أحمد, Said=سعيد, Salim=سالم, Khalid=خالد, Abdullah=عبدالله,
        Sultan=سلطان, Hamed=حامد, Ali=علي, Nasser=ناصر, Hilal=هلال, Talal=طلال, Haitham=هيثم,
        Qais=قيس, Yousuf=يوسف, Sulaiman=سليمان, Hamood=حمود, Rashid=راشد, Mazin=مازن,
        Badar=بدر, Khalfan=خلفان, Saif=سيف, Issa=عيسى, Mohsin=محسن
    """),
    given_female=_pairs("""
        Fatma=فاطمة, Aisha=عائشة, Maryam=مريم, Zuwaina=زوينة, Shamsa=شمسة, Salma=سلمى,
        Amal=أمل, Khadija=خديجة, Muna=منى, Asma=أسماء, Thuraya=ثريا, Huda=هدى, Sumaiya=سمية,
        Azza=عزة, Ibtisam=ابتسام, Rahma=رحمة, Bushra=بشرى, Nawal=نوال, Afra=عفراء, Sara=سارة,
        Marwa=مروة, Hajer=هاجر, Ruqaya=رقية, Noor=نور
    """),
)

# The Arabic-speaking Levant, Egypt and Iraq. Egyptian passports print the father's (or
# grandfather's) name as the family name, so given names recur among the family names.

_EGYPT = Nationality(
    alpha3="EGY",
    weight=3.0,
    languages=("ar",),
    interpreter_rate=0.7,
    phone_country_code=20,
    native_order=GIVEN_FIRST,
    native_separator=" ",
    family=_pairs("""
        Mohamed=محمد, Ahmed=أحمد, Hassan=حسن, Ali=علي, Ibrahim=إبراهيم, Mahmoud=محمود,
        Mostafa=مصطفى, El-Sayed=السيد, Abdelrahman=عبد الرحمن, Abdallah=عبد الله,
        Youssef=يوسف, Salem=سالم, Saleh=صالح, Gomaa=جمعة, Fathy=فتحي, Farouk=فاروق,
        Khalil=خليل, Abdelaziz=عبد العزيز, Mansour=منصور, Hussein=حسين, Osman=عثمان,
        Shehata=شحاتة, Ramadan=رمضان, El-Masry=المصري, Soliman=سليمان, Hamdy=حمدي, Nasr=نصر,
        Kamal=كمال, Tawfik=توفيق
    """),
    given_male=_pairs("""
        Mohamed=محمد, Ahmed=أحمد, Mahmoud=محمود, Mostafa=مصطفى, Ali=علي, Omar=عمر,
        Youssef=يوسف, Hassan=حسن, Hossam=حسام, Amr=عمرو, Karim=كريم, Tarek=طارق, Khaled=خالد,
        Ibrahim=إبراهيم, Sherif=شريف, Hany=هاني, Waleed=وليد, Islam=إسلام,
        Abdelrahman=عبد الرحمن, Ashraf=أشرف, Ehab=إيهاب, Hesham=هشام, Ayman=أيمن, Adel=عادل,
        Osama=أسامة, Ziad=زياد, Mina=مينا, Bishoy=بيشوي
    """),
    given_female=_pairs("""
        Fatma=فاطمة, Mariam=مريم, Nour=نور, Aya=آية, Sara=سارة, Yasmin=ياسمين, Mona=منى,
        Heba=هبة, Doaa=دعاء, Esraa=إسراء, Asmaa=أسماء, Amira=أميرة, Salma=سلمى, Rania=رانيا,
        Dina=دينا, Nada=ندى, Shaimaa=شيماء, Hanaa=هناء, Samar=سمر, Eman=إيمان, Ghada=غادة,
        Reham=ريهام, Marwa=مروة, Habiba=حبيبة, Malak=ملك, Nesma=نسمة, Amal=أمل
    """),
)

_JORDAN = Nationality(
    alpha3="JOR",
    weight=2.0,
    languages=("ar", "en"),
    interpreter_rate=0.55,
    phone_country_code=962,
    native_order=GIVEN_FIRST,
    native_separator=" ",
    family=_pairs("""
        Al-Khawaldeh=الخوالدة, Al-Zoubi=الزعبي, Al-Momani=المومني, Obeidat=عبيدات,
        Al-Omari=العمري, Al-Rawashdeh=الرواشدة, Al-Masri=المصري, Al-Khatib=الخطيب,
        Al-Tarawneh=الطراونة, Al-Bataineh=البطاينة, Al-Majali=المجالي, Haddad=حداد,
        Al-Shawabkeh=الشوابكة, Al-Qudah=القضاة, Al-Abbadi=العبادي, Al-Adwan=العدوان,
        Al-Smadi=الصمادي, Al-Nsour=النسور, Al-Rifai=الرفاعي, Al-Fayez=الفايز,
        Haddadin=حدادين, Al-Shami=الشامي, Abu Ghazaleh=أبو غزالة, Al-Kasasbeh=الكساسبة,
        Al-Hourani=الحوراني
    """),
    given_male=_pairs("""
        Mohammad=محمد, Ahmad=أحمد, Omar=عمر, Ali=علي, Khaled=خالد, Yousef=يوسف,
        Abdullah=عبدالله, Hamzeh=حمزة, Ibrahim=إبراهيم, Mahmoud=محمود, Hussein=حسين,
        Mustafa=مصطفى, Zaid=زيد, Laith=ليث, Tareq=طارق, Bashar=بشار, Rami=رامي, Fadi=فادي,
        Hani=هاني, Saif=سيف, Odai=عدي, Anas=أنس, Mohannad=مهند, Amjad=أمجد, Yazan=يزن,
        Majd=مجد
    """),
    given_female=_pairs("""
        Fatima=فاطمة, Aya=آية, Rahaf=رهف, Leen=لين, Lana=لانا, Dana=دانا, Noor=نور, Sara=سارة,
        Rania=رانيا, Hala=هلا, Reem=ريم, Ruba=ربى, Shatha=شذى, Yara=يارا, Raghad=رغد,
        Haneen=حنين, Hiba=هبة, Asma=أسماء, Samar=سمر, Maryam=مريم, Zeina=زينة, Suha=سهى,
        Lubna=لبنى, Areej=أريج, Duaa=دعاء, Tala=تالا
    """),
)

_IRAQ = Nationality(
    alpha3="IRQ",
    weight=2.0,
    languages=("ar", "ku"),
    interpreter_rate=0.85,
    phone_country_code=964,
    native_order=GIVEN_FIRST,
    native_separator=" ",
    family=_pairs("""
        Al-Jubouri=الجبوري, Al-Dulaimi=الدليمي, Al-Obaidi=العبيدي, Al-Tamimi=التميمي,
        Al-Shammari=الشمري, Al-Rubaie=الربيعي, Al-Saadi=الساعدي, Al-Azzawi=العزاوي,
        Al-Janabi=الجنابي, Al-Khafaji=الخفاجي, Al-Maliki=المالكي, Al-Hashimi=الهاشمي,
        Al-Zubaidi=الزبيدي, Al-Hussaini=الحسيني, Al-Bayati=البياتي, Al-Kubaisi=الكبيسي,
        Al-Ani=العاني, Al-Samarrai=السامرائي, Al-Musawi=الموسوي, Al-Hakim=الحكيم,
        Al-Tikriti=التكريتي, Al-Issawi=العيساوي, Al-Mashhadani=المشهداني, Al-Lami=اللامي,
        Al-Asadi=الأسدي, Al-Kaabi=الكعبي
    """),
    given_male=_pairs("""
        Mohammed=محمد, Ali=علي, Ahmed=أحمد, Hussein=حسين, Hassan=حسن, Mustafa=مصطفى,
        Abbas=عباس, Omar=عمر, Haider=حيدر, Abdullah=عبدالله, Mahmoud=محمود, Karrar=كرار,
        Muntadhar=منتظر, Ammar=عمار, Saif=سيف, Zaid=زيد, Yousif=يوسف, Ibrahim=إبراهيم,
        Khalid=خالد, Mahdi=مهدي, Kadhim=كاظم, Jaafar=جعفر, Sajjad=سجاد, Qasim=قاسم,
        Murtadha=مرتضى, Bilal=بلال
    """),
    given_female=_pairs("""
        Fatima=فاطمة, Zainab=زينب, Maryam=مريم, Zahraa=زهراء, Noor=نور, Sara=سارة, Huda=هدى,
        Aya=آية, Ruqaya=رقية, Shahad=شهد, Israa=إسراء, Hawraa=حوراء, Duaa=دعاء, Asmaa=أسماء,
        Rusul=رسل, Tabarak=تبارك, Sumaya=سمية, Iman=إيمان, Khadija=خديجة, Baneen=بنين,
        Rana=رنا, Aseel=أسيل, Hiba=هبة, Amal=أمل, Nadia=نادية
    """),
)

# Urdu and Persian in Arabic script: keheh ک and Farsi yeh ی instead of Arabic ك and ي; Urdu
# also writes heh goal ہ and do-chashmi heh ھ.

_PAKISTAN = Nationality(
    alpha3="PAK",
    weight=2.0,
    languages=("ur", "en", "pa"),
    interpreter_rate=0.45,
    phone_country_code=92,
    native_order=GIVEN_FIRST,
    native_separator=" ",
    family=_pairs("""
        Khan=خان, Ahmed=احمد, Ali=علی, Hussain=حسین, Shah=شاہ, Malik=ملک, Butt=بٹ,
        Qureshi=قریشی, Chaudhry=چودھری, Sheikh=شیخ, Iqbal=اقبال, Akhtar=اختر, Javed=جاوید,
        Raza=رضا, Abbasi=عباسی, Siddiqui=صدیقی, Mirza=مرزا, Baig=بیگ, Rehman=رحمان,
        Aslam=اسلم, Bhatti=بھٹی, Rana=رانا, Awan=اعوان, Cheema=چیمہ, Hashmi=ہاشمی,
        Zaidi=زیدی, Jamil=جمیل
    """),
    given_male=_pairs("""
        Muhammad=محمد, Ahmed=احمد, Ali=علی, Hassan=حسن, Hussain=حسین, Usman=عثمان, Bilal=بلال,
        Hamza=حمزہ, Abdullah=عبداللہ, Imran=عمران, Asif=آصف, Faisal=فیصل, Umar=عمر, Zain=زین,
        Fahad=فہد, Kashif=کاشف, Waqas=وقاص, Adnan=عدنان, Tariq=طارق, Saad=سعد, Shahid=شاہد,
        Irfan=عرفان, Nadeem=ندیم, Junaid=جنید, Rizwan=رضوان, Arslan=ارسلان, Haris=حارث
    """),
    given_female=_pairs("""
        Fatima=فاطمہ, Ayesha=عائشہ, Zainab=زینب, Maryam=مریم, Sana=ثنا, Hira=حرا, Amna=آمنہ,
        Sadia=سعدیہ, Khadija=خدیجہ, Iqra=اقرا, Mehwish=مہوش, Nida=ندا, Rabia=رابعہ,
        Saima=صائمہ, Nazia=نازیہ, Kiran=کرن, Asma=اسماء, Bushra=بشریٰ, Sidra=سدرہ, Anum=انعم,
        Farah=فرح, Noor=نور, Samina=ثمینہ, Uzma=عظمیٰ, Shazia=شازیہ, Hafsa=حفصہ
    """),
)

_IRAN = Nationality(
    alpha3="IRN",
    weight=1.5,
    languages=("fa", "az"),
    interpreter_rate=0.85,
    phone_country_code=98,
    native_order=GIVEN_FIRST,
    native_separator=" ",
    family=_pairs("""
        Mohammadi=محمدی, Hosseini=حسینی, Ahmadi=احمدی, Rezaei=رضایی, Moradi=مرادی,
        Mousavi=موسوی, Jafari=جعفری, Karimi=کریمی, Rahimi=رحیمی, Hashemi=هاشمی,
        Ghasemi=قاسمی, Sadeghi=صادقی, Heidari=حیدری, Kazemi=کاظمی, Rostami=رستمی,
        Najafi=نجفی, Ebrahimi=ابراهیمی, Akbari=اکبری, Alavi=علوی, Salehi=صالحی, Amini=امینی,
        Bagheri=باقری, Tehrani=تهرانی, Asadi=اسدی, Shirazi=شیرازی, Zare=زارع, Nazari=نظری
    """),
    given_male=_pairs("""
        Mohammad=محمد, Ali=علی, Hossein=حسین, Reza=رضا, Amir=امیر, Mehdi=مهدی, Hamid=حمید,
        Mohsen=محسن, Saeed=سعید, Hassan=حسن, Abbas=عباس, Majid=مجید, Ahmad=احمد, Javad=جواد,
        Morteza=مرتضی, Masoud=مسعود, Behnam=بهنام, Arash=آرش, Farhad=فرهاد,
        Amirhossein=امیرحسین, Mohammadreza=محمدرضا, Abolfazl=ابوالفضل, Dariush=داریوش,
        Kian=کیان, Parsa=پارسا, Babak=بابک
    """),
    given_female=_pairs("""
        Fatemeh=فاطمه, Zahra=زهرا, Maryam=مریم, Masoumeh=معصومه, Zeinab=زینب, Sara=سارا,
        Narges=نرگس, Leila=لیلا, Mahsa=مهسا, Nasrin=نسرین, Shirin=شیرین, Parisa=پریسا,
        Elham=الهام, Somayeh=سمیه, Fereshteh=فرشته, Roya=رویا, Azadeh=آزاده, Neda=ندا,
        Mina=مینا, Niloufar=نیلوفر, Hanieh=هانیه, Ladan=لادن, Samira=سمیرا, Yasaman=یاسمن,
        Nazanin=نازنین, Parvaneh=پروانه
    """),
)

_ISRAEL = Nationality(
    alpha3="ISR",
    weight=1.5,
    languages=("he", "ru", "ar", "en"),
    interpreter_rate=0.3,
    phone_country_code=972,
    native_order=GIVEN_FIRST,
    native_separator=" ",
    family=_pairs("""
        Cohen=כהן, Levi=לוי, Mizrahi=מזרחי, Peretz=פרץ, Biton=ביטון, Dahan=דהן,
        Avraham=אברהם, Friedman=פרידמן, Azoulay=אזולאי, Malka=מלכה, Katz=כץ, Hadad=חדד,
        Gabay=גבאי, Amar=עמר, Ohayon=אוחיון, Yosef=יוסף, David=דוד, Ben David=בן דוד,
        Shapira=שפירא, Vaknin=וקנין, Ashkenazi=אשכנזי, Shalom=שלום, Segal=סגל, Golan=גולן,
        Klein=קליין, Weiss=וייס, Rosenberg=רוזנברג, Goldstein=גולדשטיין, Ben Haim=בן חיים
    """),
    given_male=_pairs("""
        David=דוד, Yosef=יוסף, Moshe=משה, Avraham=אברהם, Daniel=דניאל, Yaakov=יעקב,
        Itzhak=יצחק, Shlomo=שלמה, Michael=מיכאל, Ariel=אריאל, Noam=נועם, Itai=איתי,
        Omer=עומר, Eitan=איתן, Yonatan=יונתן, Ori=אורי, Amit=עמית, Yehuda=יהודה,
        Shmuel=שמואל, Avi=אבי, Eliyahu=אליהו, Haim=חיים, Guy=גיא, Tomer=תומר, Lior=ליאור,
        Nadav=נדב, Idan=עידן, Yuval=יובל
    """),
    given_female=_pairs("""
        Noa=נועה, Tamar=תמר, Maya=מאיה, Sarah=שרה, Rachel=רחל, Miriam=מרים, Esther=אסתר,
        Yael=יעל, Shira=שירה, Michal=מיכל, Adi=עדי, Hila=הילה, Rivka=רבקה, Leah=לאה,
        Talia=טליה, Avigail=אביגיל, Hadas=הדס, Orly=אורלי, Galit=גלית, Ayelet=איילת,
        Dana=דנה, Noya=נויה, Efrat=אפרת, Liat=ליאת, Hannah=חנה
    """),
)

# East and South-East Asia. Chinese passports write the given name in pinyin as one word;
# Taiwanese ones in Wade-Giles style with a hyphen between the syllables.

_CHINA = Nationality(
    alpha3="CHN",
    weight=10.0,
    languages=("zh-Hans",),
    interpreter_rate=0.9,
    phone_country_code=86,
    native_order=FAMILY_FIRST,
    native_separator="",
    family=_pairs("""
        Wang=王, Li=李, Zhang=张, Liu=刘, Chen=陈, Yang=杨, Huang=黄, Zhao=赵, Wu=吴, Zhou=周,
        Xu=徐, Sun=孙, Ma=马, Zhu=朱, Hu=胡, Guo=郭, He=何, Lin=林, Gao=高, Luo=罗, Zheng=郑,
        Liang=梁, Xie=谢, Song=宋, Tang=唐, Han=韩, Feng=冯, Deng=邓, Cao=曹, Peng=彭,
        Zeng=曾, Xiao=肖, Tian=田, Dong=董, Pan=潘, Yuan=袁, Cai=蔡, Jiang=蒋, Yu=于, Du=杜,
        Ye=叶, Cheng=程, Wei=魏, Su=苏, Lyu=吕, Ding=丁, Ren=任, Lu=卢, Yao=姚, Shen=沈,
        Zhong=钟, Cui=崔, Tan=谭
    """),
    given_male=_pairs("""
        Wei=伟, Qiang=强, Lei=磊, Jun=军, Yong=勇, Jie=杰, Tao=涛, Ming=明, Chao=超, Hui=辉,
        Peng=鹏, Gang=刚, Hao=浩, Yu=宇, Bin=斌, Jianhua=建华, Jianguo=建国, Zhiqiang=志强,
        Xiaoming=小明, Junjie=俊杰, Haoran=浩然, Zixuan=子轩, Yuxuan=宇轩, Haoyu=浩宇,
        Yichen=奕辰, Zhiwei=志伟, Jianjun=建军, Long=龙, Kai=凯, Xin=鑫
    """),
    given_female=_pairs("""
        Fang=芳, Xiuying=秀英, Na=娜, Min=敏, Jing=静, Li=丽, Yan=艳, Juan=娟, Xia=霞,
        Ting=婷, Hong=红, Guiying=桂英, Xue=雪, Lin=琳, Hui=慧, Qian=倩, Mei=梅, Lijuan=丽娟,
        Xiaohong=小红, Xiaoyan=晓燕, Yumei=玉梅, Meiling=美玲, Xinyi=欣怡, Zihan=梓涵,
        Yutong=雨桐, Jiayi=佳怡, Yuxin=雨欣, Yue=悦, Lan=兰, Ling=玲
    """),
)

_TAIWAN = Nationality(
    alpha3="TWN",
    weight=2.0,
    languages=("zh-Hant",),
    interpreter_rate=0.75,
    phone_country_code=886,
    native_order=FAMILY_FIRST,
    native_separator="",
    family=_pairs("""
        Chen=陳, Lin=林, Huang=黃, Chang=張, Li=李, Wang=王, Wu=吳, Liu=劉, Tsai=蔡, Yang=楊,
        Hsu=許, Cheng=鄭, Hsieh=謝, Hung=洪, Kuo=郭, Chiu=邱, Tseng=曾, Liao=廖, Lai=賴,
        Chou=周, Yeh=葉, Su=蘇, Chuang=莊, Lu=呂, Chiang=江, Ho=何, Hsiao=蕭, Lo=羅, Kao=高,
        Pan=潘, Chien=簡, Chu=朱, Chung=鍾, Peng=彭, Chan=詹, Hu=胡, Shih=施, Shen=沈
    """),
    given_male=_pairs("""
        Chia-hao=家豪, Chih-ming=志明, Chun-chieh=俊傑, Chien-hung=建宏, Kuan-yu=冠宇,
        Cheng-en=承恩, Tsung-han=宗翰, Yen-ting=彥廷, Po-han=柏翰, Kuan-ting=冠廷,
        Chih-hao=志豪, Chih-wei=志偉, Chun-hung=俊宏, Chia-ming=家銘, Yu-hsiang=宇翔,
        Cheng-han=承翰, Pin-jui=品睿, Wen-hsiung=文雄, Ming-hui=明輝, Wei-lun=偉倫,
        Tzu-hao=子豪, Chien-chih=建志
    """),
    given_female=_pairs("""
        Shu-fen=淑芬, Mei-ling=美玲, Ya-ting=雅婷, Yi-chun=怡君, Shu-hui=淑惠, Mei-hui=美惠,
        Chia-ying=佳穎, Ya-wen=雅雯, Yi-ting=怡婷, Hsin-yi=欣怡, Shih-han=詩涵, Yi-chen=宜蓁,
        Szu-yu=思妤, Pei-chun=佩君, Hui-mei=惠美, Li-hua=麗華, Hsiu-ying=秀英, Shu-chen=淑貞,
        Ya-chi=雅琪, Wan-ting=婉婷, Yu-ting=郁婷, Pin-yen=品妍, Ching-yi=靜怡, Hsiao-han=筱涵
    """),
)

_JAPAN = Nationality(
    alpha3="JPN",
    weight=4.0,
    languages=("ja",),
    interpreter_rate=0.85,
    phone_country_code=81,
    native_order=FAMILY_FIRST,
    native_separator="",
    family=_pairs("""
        Sato=佐藤, Suzuki=鈴木, Takahashi=高橋, Tanaka=田中, Watanabe=渡辺, Ito=伊藤,
        Yamamoto=山本, Nakamura=中村, Kobayashi=小林, Kato=加藤, Yoshida=吉田, Yamada=山田,
        Sasaki=佐々木, Yamaguchi=山口, Matsumoto=松本, Inoue=井上, Kimura=木村, Hayashi=林,
        Shimizu=清水, Saito=斎藤, Yamazaki=山崎, Mori=森, Ikeda=池田, Hashimoto=橋本, Abe=阿部,
        Ishikawa=石川, Ogawa=小川, Maeda=前田, Fujita=藤田, Okada=岡田
    """),
    given_male=_pairs("""
        Hiroshi=浩, Takashi=隆, Makoto=誠, Kenji=健二, Daisuke=大輔, Takuya=拓也, Shota=翔太,
        Yuto=悠斗, Haruto=陽翔, Sota=蒼太, Ren=蓮, Minato=湊, Riku=陸, Kaito=海斗, Kenta=健太,
        Yuki=裕樹, Kazuki=一輝, Naoki=直樹, Tsubasa=翼, Hiroki=弘樹, Yusuke=祐介, Tetsuya=哲也,
        Ryota=亮太, Akira=明, Satoshi=聡, Yoshio=義雄, Shigeru=茂, Hayato=隼人, Kosuke=康介,
        Itsuki=樹
    """),
    given_female=_pairs("""
        Yoko=洋子, Keiko=恵子, Kazuko=和子, Yumiko=由美子, Akiko=明子, Tomoko=智子, Naoko=直子,
        Sachiko=幸子, Yuko=裕子, Megumi=恵, Misaki=美咲, Haruka=遥, Yui=結衣, Aoi=葵,
        Himari=陽葵, Sakura=さくら, Hina=陽菜, Mio=澪, Rin=凛, Mei=芽依, Yuna=結菜, Ai=愛,
        Mai=舞, Emi=恵美, Nanami=七海, Mayumi=真由美, Kaori=香織, Hanako=花子, Midori=みどり,
        Miyu=美優
    """),
)

_KOREA = Nationality(
    alpha3="KOR",
    weight=6.0,
    languages=("ko",),
    interpreter_rate=0.85,
    phone_country_code=82,
    native_order=FAMILY_FIRST,
    native_separator="",  # Korean full names are written without a space: 김민준
    family=_pairs("""
        Kim=김, Lee=이, Park=박, Choi=최, Jung=정, Kang=강, Cho=조, Yoon=윤, Jang=장, Lim=임,
        Han=한, Oh=오, Seo=서, Shin=신, Kwon=권, Hwang=황, Ahn=안, Song=송, Jeon=전, Hong=홍,
        Yoo=유, Ko=고, Moon=문, Yang=양, Son=손, Bae=배, Baek=백, Heo=허, Nam=남, Sim=심,
        Noh=노, Ha=하, Kwak=곽, Sung=성, Cha=차, Joo=주, Woo=우, Koo=구, Min=민, Jin=진,
        Chae=채, Won=원, Namgung=남궁
    """),
    given_male=_pairs("""
        Min-jun=민준, Seo-jun=서준, Do-yun=도윤, Ye-jun=예준, Si-woo=시우, Ha-jun=하준,
        Ju-won=주원, Ji-ho=지호, Ji-hoon=지훈, Jun-woo=준우, Hyun-woo=현우, Dong-hyun=동현,
        Sung-min=성민, Jae-hyun=재현, Ji-hwan=지환, Young-ho=영호, Young-soo=영수,
        Sang-hoon=상훈, Jung-ho=정호, Seung-hyun=승현, Jin-woo=진우, Tae-yang=태양,
        Geon-woo=건우, Minho=민호, Junseo=준서, Jaewon=재원, Sung-ho=성호, Kwang-soo=광수,
        Jong-hoon=종훈, Eun-woo=은우
    """),
    given_female=_pairs("""
        Seo-yeon=서연, Seo-yoon=서윤, Ha-eun=하은, Min-seo=민서, Ji-yu=지유, Ha-yoon=하윤,
        Chae-won=채원, Su-ah=수아, Ji-min=지민, Ji-yeon=지연, Eun-ji=은지, Hye-jin=혜진,
        Min-ji=민지, Su-jin=수진, Young-hee=영희, Mi-kyung=미경, Eun-young=은영, Yoo-jin=유진,
        Ji-eun=지은, Hyun-jung=현정, Da-eun=다은, Ye-eun=예은, Seo-hyun=서현, Mi-young=미영,
        Jiwoo=지우, Yuna=유나, Soyeon=소연, Kyung-hee=경희, Sun-hee=선희, Jung-eun=정은
    """),
)

# Vietnamese is written in Latin letters with diacritics; passports drop them. Given names
# include the middle name (Văn, Thị, Đức ...) as passports print it: NGUYEN / VAN AN.

_VIETNAM = Nationality(
    alpha3="VNM",
    weight=5.0,
    languages=("vi",),
    interpreter_rate=0.9,
    phone_country_code=84,
    native_order=FAMILY_FIRST,
    native_separator=" ",
    family=_pairs("""
        Nguyen=Nguyễn, Tran=Trần, Le=Lê, Pham=Phạm, Hoang=Hoàng, Huynh=Huỳnh, Phan=Phan,
        Vu=Vũ, Vo=Võ, Dang=Đặng, Bui=Bùi, Do=Đỗ, Ho=Hồ, Ngo=Ngô, Duong=Dương, Ly=Lý, Dao=Đào,
        Dinh=Đinh, Truong=Trương, Mai=Mai, Trinh=Trịnh, Luong=Lương, Lam=Lâm, Ha=Hà, Cao=Cao,
        Doan=Đoàn, Ta=Tạ, To=Tô, Vuong=Vương, Chau=Châu
    """),
    given_male=_pairs("""
        Van Hung=Văn Hùng, Van Nam=Văn Nam, Duc Anh=Đức Anh, Minh Tuan=Minh Tuấn,
        Quang Huy=Quang Huy, Van Thanh=Văn Thành, Hoang Long=Hoàng Long, Minh Khoa=Minh Khoa,
        Gia Bao=Gia Bảo, Thanh Tung=Thanh Tùng, Van Dung=Văn Dũng, Duc Thang=Đức Thắng,
        Minh Quan=Minh Quân, Tuan Anh=Tuấn Anh, Van Hai=Văn Hải, Quoc Bao=Quốc Bảo,
        Trung Kien=Trung Kiên, Huu Phuoc=Hữu Phước, Dinh Khang=Đình Khang, Van Long=Văn Long,
        Thanh Son=Thanh Sơn, Duc Huy=Đức Huy, Hai Dang=Hải Đăng, Van Tuan=Văn Tuấn,
        Van Minh=Văn Minh, Quang Vinh=Quang Vinh, Duc Minh=Đức Minh, Nhat Minh=Nhật Minh,
        Bao Long=Bảo Long, Van An=Văn An
    """),
    given_female=_pairs("""
        Thi Lan=Thị Lan, Thi Huong=Thị Hương, Thi Hoa=Thị Hoa, Thi Mai=Thị Mai, Thi Thu=Thị Thu,
        Ngoc Anh=Ngọc Anh, Thu Trang=Thu Trang, Thanh Huyen=Thanh Huyền, Thi Hang=Thị Hằng,
        Phuong Anh=Phương Anh, Thi Ha=Thị Hà, Thi Nga=Thị Nga, Thu Ha=Thu Hà,
        Minh Chau=Minh Châu, Bao Ngoc=Bảo Ngọc, Khanh Linh=Khánh Linh, Thi Tuyet=Thị Tuyết,
        Ngoc Han=Ngọc Hân, Thanh Tam=Thanh Tâm, Thi Loan=Thị Loan, Hoai An=Hoài An,
        Gia Han=Gia Hân, Thi Thao=Thị Thảo, Mai Anh=Mai Anh, Thi Dung=Thị Dung,
        Thi Hong=Thị Hồng, Thi Yen=Thị Yến, Kim Ngan=Kim Ngân, Ngoc Linh=Ngọc Linh,
        Thuy Duong=Thùy Dương
    """),
)

_THAILAND = Nationality(
    alpha3="THA",
    weight=2.0,
    languages=("th",),
    interpreter_rate=0.75,
    phone_country_code=66,
    native_order=GIVEN_FIRST,
    native_separator=" ",
    family=_pairs("""
        Saetang=แซ่ตั้ง, Saelim=แซ่ลิ้ม, Saelee=แซ่ลี้, Srisuk=สีสุข, Wongsawat=วงศ์สวัสดิ์,
        Boonmee=บุญมี, Thongdee=ทองดี, Suksawat=สุขสวัสดิ์, Saengthong=แสงทอง,
        Kaewmanee=แก้วมณี, Chaisiri=ชัยศิริ, Phromma=พรหมมา, Srisawat=ศรีสวัสดิ์, Jaidee=ใจดี,
        Thongsuk=ทองสุข, Sukkasem=สุขเกษม, Khamsri=คำศรี, Boonsong=บุญส่ง,
        Saengchan=แสงจันทร์, Wongsuwan=วงศ์สุวรรณ, Kaewkham=แก้วคำ, Chanthara=จันทรา,
        Sombat=สมบัติ, Charoensuk=เจริญสุข, Thongkham=ทองคำ, Meesuk=มีสุข
    """),
    given_male=_pairs("""
        Somchai=สมชาย, Somsak=สมศักดิ์, Prasert=ประเสริฐ, Chaiwat=ชัยวัฒน์, Thanakorn=ธนากร,
        Kittisak=กิตติศักดิ์, Anan=อนันต์, Wichai=วิชัย, Sakchai=ศักดิ์ชัย, Surachai=สุรชัย,
        Nattapong=ณัฐพงศ์, Pongsak=พงศ์ศักดิ์, Thawatchai=ธวัชชัย, Anucha=อนุชา,
        Wirat=วิรัตน์, Suchart=สุชาติ, Narong=ณรงค์, Boonchai=บุญชัย, Kittipong=กิตติพงศ์,
        Teerawat=ธีรวัฒน์, Apichart=อภิชาติ, Chatchai=ฉัตรชัย, Sompong=สมปอง,
        Jakkrit=จักรกฤษณ์, Thanawat=ธนวัฒน์
    """),
    given_female=_pairs("""
        Somying=สมหญิง, Malee=มาลี, Siriporn=ศิริพร, Pranee=ปราณี, Wanida=วนิดา, Kanya=กัญญา,
        Supaporn=สุภาพร, Nittaya=นิตยา, Ratana=รัตนา, Suda=สุดา, Pornpimol=พรพิมล,
        Jintana=จินตนา, Sunisa=สุนิสา, Kanokwan=กนกวรรณ, Pimchanok=พิมพ์ชนก, Warunee=วารุณี,
        Duangjai=ดวงใจ, Apinya=อภิญญา, Chanida=ชนิดา, Sirikul=ศิริกุล, Arunee=อรุณี,
        Waraporn=วราภรณ์, Kannika=กรรณิกา, Thidarat=ธิดารัตน์, Patcharee=พัชรี, Naree=นารี,
        Busaba=บุษบา, Lamai=ละมัย
    """),
)

_INDIA = Nationality(
    alpha3="IND",
    weight=3.0,
    languages=("hi", "en", "bn", "te", "ta", "mr"),
    interpreter_rate=0.25,
    phone_country_code=91,
    native_order=GIVEN_FIRST,
    native_separator=" ",
    family=_pairs("""
        Singh=सिंह, Kumar=कुमार, Sharma=शर्मा, Patel=पटेल, Yadav=यादव, Gupta=गुप्ता,
        Verma=वर्मा, Jain=जैन, Agarwal=अग्रवाल, Mishra=मिश्रा, Shah=शाह, Reddy=रेड्डी,
        Das=दास, Pandey=पांडेय, Chauhan=चौहान, Joshi=जोशी, Mehta=मेहता, Nair=नायर,
        Iyer=अय्यर, Rao=राव, Chaudhary=चौधरी, Tiwari=तिवारी, Srivastava=श्रीवास्तव,
        Saxena=सक्सेना, Malhotra=मल्होत्रा, Kapoor=कपूर, Bhatt=भट्ट, Khan=खान, Thakur=ठाकुर,
        Dubey=दुबे, Mukherjee=मुखर्जी, Banerjee=बनर्जी
    """),
    given_male=_pairs("""
        Rahul=राहुल, Amit=अमित, Rajesh=राजेश, Suresh=सुरेश, Ramesh=रमेश, Vijay=विजय,
        Sanjay=संजय, Anil=अनिल, Sunil=सुनील, Ravi=रवि, Arjun=अर्जुन, Aarav=आरव,
        Vivaan=विवान, Aditya=आदित्य, Rohan=रोहन, Vikram=विक्रम, Deepak=दीपक, Manoj=मनोज,
        Ashok=अशोक, Mohammed=मोहम्मद, Krishna=कृष्ण, Arun=अरुण, Nikhil=निखिल, Karan=करण,
        Pradeep=प्रदीप, Harish=हरीश, Vishal=विशाल
    """),
    given_female=_pairs("""
        Priya=प्रिया, Anjali=अंजलि, Pooja=पूजा, Neha=नेहा, Sunita=सुनीता, Anita=अनीता,
        Kavita=कविता, Deepika=दीपिका, Lakshmi=लक्ष्मी, Meera=मीरा, Aadhya=आद्या,
        Ananya=अनन्या, Diya=दिया, Saanvi=सान्वी, Isha=ईशा, Shreya=श्रेया, Divya=दिव्या,
        Rekha=रेखा, Geeta=गीता, Sita=सीता, Nisha=निशा, Swati=स्वाति, Aishwarya=ऐश्वर्या,
        Riya=रिया, Fatima=फातिमा
    """),
)

# Cyrillic and Greek. Russia: ICAO 9303 transliteration as printed since 2013 (й -> i,
# я -> ia, ю -> iu, soft sign dropped); ё is written е, as most records do.

_RUSSIA = Nationality(
    alpha3="RUS",
    weight=6.0,
    languages=("ru",),
    interpreter_rate=0.8,
    phone_country_code=7,
    native_order=GIVEN_FIRST,
    native_separator=" ",
    family=_pairs("""
        Ivanov=Иванов, Smirnov=Смирнов, Kuznetsov=Кузнецов, Popov=Попов, Vasilev=Васильев,
        Petrov=Петров, Sokolov=Соколов, Mikhailov=Михайлов, Novikov=Новиков, Fedorov=Федоров,
        Morozov=Морозов, Volkov=Волков, Alekseev=Алексеев, Lebedev=Лебедев, Semenov=Семенов,
        Egorov=Егоров, Pavlov=Павлов, Kozlov=Козлов, Stepanov=Степанов, Nikolaev=Николаев,
        Orlov=Орлов, Andreev=Андреев, Makarov=Макаров, Nikitin=Никитин, Zakharov=Захаров,
        Zaitsev=Зайцев, Solovev=Соловьев, Borisov=Борисов, Romanov=Романов,
        Vorobev=Воробьев, Sergeev=Сергеев, Kuzmin=Кузьмин, Frolov=Фролов,
        Aleksandrov=Александров, Dmitriev=Дмитриев, Korolev=Королев, Gusev=Гусев,
        Kiselev=Киселев, Ilin=Ильин, Maksimov=Максимов, Sorokin=Сорокин,
        Vinogradov=Виноградов, Kovalev=Ковалев, Belov=Белов, Medvedev=Медведев,
        Antonov=Антонов, Tarasov=Тарасов, Zhukov=Жуков, Baranov=Баранов
    """),
    given_male=_pairs("""
        Aleksandr=Александр, Sergei=Сергей, Dmitrii=Дмитрий, Andrei=Андрей, Aleksei=Алексей,
        Maksim=Максим, Evgenii=Евгений, Ivan=Иван, Mikhail=Михаил, Artem=Артем,
        Nikolai=Николай, Vladimir=Владимир, Igor=Игорь, Denis=Денис, Pavel=Павел,
        Roman=Роман, Oleg=Олег, Viktor=Виктор, Anton=Антон, Kirill=Кирилл, Ilia=Илья,
        Egor=Егор, Vladislav=Владислав, Nikita=Никита, Matvei=Матвей, Timofei=Тимофей,
        Konstantin=Константин, Vadim=Вадим, Anatolii=Анатолий, Stanislav=Станислав,
        Gleb=Глеб, Ruslan=Руслан, Leonid=Леонид, Boris=Борис, Grigorii=Григорий,
        Valerii=Валерий, Fedor=Федор
    """),
    given_female=_pairs("""
        Anna=Анна, Elena=Елена, Olga=Ольга, Tatiana=Татьяна, Natalia=Наталья, Irina=Ирина,
        Svetlana=Светлана, Mariia=Мария, Ekaterina=Екатерина, Anastasiia=Анастасия,
        Iuliia=Юлия, Daria=Дарья, Sofiia=София, Polina=Полина, Alina=Алина, Kseniia=Ксения,
        Viktoriia=Виктория, Valentina=Валентина, Galina=Галина, Liudmila=Людмила,
        Marina=Марина, Nadezhda=Надежда, Vera=Вера, Oksana=Оксана, Larisa=Лариса,
        Elizaveta=Елизавета, Alisa=Алиса, Veronika=Вероника, Kristina=Кристина,
        Evgeniia=Евгения, Valeriia=Валерия
    """),
)

# Ukraine: the 2010 national transliteration (г -> h, и -> y, ій -> ii, я -> ia inside a word).
# The most common Ukrainian family names (-enko, -uk, -yk) are the same for women.

_UKRAINE = Nationality(
    alpha3="UKR",
    weight=2.0,
    languages=("uk", "ru"),
    interpreter_rate=0.75,
    phone_country_code=380,
    native_order=GIVEN_FIRST,
    native_separator=" ",
    family=_pairs("""
        Melnyk=Мельник, Shevchenko=Шевченко, Boiko=Бойко, Kovalenko=Коваленко,
        Bondarenko=Бондаренко, Tkachenko=Ткаченко, Kovalchuk=Ковальчук,
        Kravchenko=Кравченко, Oliinyk=Олійник, Shevchuk=Шевчук, Koval=Коваль,
        Polishchuk=Поліщук, Bondar=Бондар, Tkachuk=Ткачук, Marchenko=Марченко, Moroz=Мороз,
        Lysenko=Лисенко, Rudenko=Руденко, Savchenko=Савченко, Petrenko=Петренко,
        Klymenko=Клименко, Pavlenko=Павленко, Kravchuk=Кравчук, Kuzmenko=Кузьменко,
        Ponomarenko=Пономаренко, Savchuk=Савчук, Vasylenko=Василенко, Levchenko=Левченко,
        Kharchenko=Харченко, Karpenko=Карпенко, Honcharenko=Гончаренко, Ostapenko=Остапенко
    """),
    given_male=_pairs("""
        Oleksandr=Олександр, Serhii=Сергій, Andrii=Андрій, Volodymyr=Володимир, Oleh=Олег,
        Mykola=Микола, Ivan=Іван, Dmytro=Дмитро, Vasyl=Василь, Yurii=Юрій, Viktor=Віктор,
        Maksym=Максим, Vitalii=Віталій, Mykhailo=Михайло, Petro=Петро, Taras=Тарас,
        Bohdan=Богдан, Artem=Артем, Denys=Денис, Roman=Роман, Ihor=Ігор, Anatolii=Анатолій,
        Yaroslav=Ярослав, Pavlo=Павло, Oleksii=Олексій, Stepan=Степан, Nazar=Назар,
        Kyrylo=Кирило, Vadym=Вадим
    """),
    given_female=_pairs("""
        Olena=Олена, Tetiana=Тетяна, Nataliia=Наталія, Iryna=Ірина, Oksana=Оксана,
        Svitlana=Світлана, Yuliia=Юлія, Mariia=Марія, Kateryna=Катерина, Olha=Ольга,
        Anna=Анна, Liudmyla=Людмила, Halyna=Галина, Nadiia=Надія, Viktoriia=Вікторія,
        Larysa=Лариса, Valentyna=Валентина, Anastasiia=Анастасія, Sofiia=Софія,
        Daryna=Дарина, Khrystyna=Христина, Inna=Інна, Alina=Аліна, Oleksandra=Олександра,
        Zoriana=Зоряна, Solomiia=Соломія
    """),
)

# Kazakhstan: native names in Kazakh Cyrillic (қ ғ ұ ү ә ө і); passports write қ -> k,
# ұ/ү -> u, ә -> a, ө -> o, е after a vowel -> ye, and often ss between vowels (Kassymov).

_KAZAKHSTAN = Nationality(
    alpha3="KAZ",
    weight=3.0,
    languages=("kk", "ru"),
    interpreter_rate=0.8,
    phone_country_code=7,
    native_order=GIVEN_FIRST,
    native_separator=" ",
    family=_pairs("""
        Akhmetov=Ахметов, Omarov=Омаров, Suleimenov=Сүлейменов, Kassymov=Қасымов,
        Zhumabayev=Жұмабаев, Serikbayev=Серікбаев, Ospanov=Оспанов, Sadykov=Садықов,
        Abdrakhmanov=Абдрахманов, Tolegenov=Төлегенов, Baimukhanov=Баймұханов,
        Kenzhebekov=Кенжебеков, Zhaksylykov=Жақсылықов, Nurlanov=Нұрланов,
        Yessenov=Есенов, Smagulov=Смағұлов, Ibrayev=Ибраев, Sultanov=Сұлтанов,
        Mukanov=Мұқанов, Abishev=Әбішев, Kaliyev=Қалиев, Otegenov=Өтегенов,
        Yerzhanov=Ержанов, Beisenov=Бейсенов, Dauletov=Дәулетов, Zhanibekov=Жәнібеков,
        Kairatov=Қайратов
    """),
    given_male=_pairs("""
        Nurlan=Нұрлан, Yerlan=Ерлан, Askar=Асқар, Daulet=Дәулет, Nursultan=Нұрсұлтан,
        Arman=Арман, Serik=Серік, Bauyrzhan=Бауыржан, Marat=Марат, Aidos=Айдос,
        Dauren=Дәурен, Almas=Алмас, Yerzhan=Ержан, Timur=Тимур, Alibek=Әлібек,
        Kanat=Қанат, Aslan=Аслан, Ruslan=Руслан, Daniyar=Данияр, Azamat=Азамат,
        Yerbol=Ербол, Zhandos=Жандос, Nurbolat=Нұрболат, Kairat=Қайрат, Alikhan=Әлихан,
        Amir=Әмір
    """),
    given_female=_pairs("""
        Aigerim=Айгерім, Aizhan=Айжан, Gulnara=Гүлнара, Dana=Дана, Ainur=Айнұр, Aliya=Әлия,
        Saule=Сәуле, Madina=Мадина, Zhanar=Жанар, Dinara=Динара, Assel=Әсел,
        Gulmira=Гүлмира, Aruzhan=Аружан, Kamila=Камила, Aisulu=Айсұлу, Saltanat=Салтанат,
        Laura=Лаура, Akmaral=Ақмарал, Zarina=Зарина, Meruyert=Меруерт, Balzhan=Балжан,
        Nazym=Назым, Indira=Индира, Ayaulym=Аяулым, Tomiris=Томирис
    """),
)

# Greece: ELOT 743 as printed in passports (ευ -> ev/ef, γγ -> ng, χ -> ch).

_GREECE = Nationality(
    alpha3="GRC",
    weight=1.0,
    languages=("el", "en"),
    interpreter_rate=0.35,
    phone_country_code=30,
    native_order=GIVEN_FIRST,
    native_separator=" ",
    family=_pairs("""
        Papadopoulos=Παπαδόπουλος, Papageorgiou=Παπαγεωργίου, Oikonomou=Οικονόμου,
        Georgiou=Γεωργίου, Papadimitriou=Παπαδημητρίου, Nikolaou=Νικολάου, Vlachos=Βλάχος,
        Papanikolaou=Παπανικολάου, Karagiannis=Καραγιάννης, Makris=Μακρής,
        Dimitriou=Δημητρίου, Papadakis=Παπαδάκης, Ioannidis=Ιωαννίδης,
        Konstantinou=Κωνσταντίνου, Pappas=Παππάς, Angelopoulos=Αγγελόπουλος,
        Christodoulou=Χριστοδούλου, Antoniou=Αντωνίου, Giannopoulos=Γιαννόπουλος,
        Theodorou=Θεοδώρου, Alexiou=Αλεξίου, Mavridis=Μαυρίδης, Athanasiou=Αθανασίου,
        Michailidis=Μιχαηλίδης, Nikolaidis=Νικολαΐδης, Georgiadis=Γεωργιάδης,
        Stavropoulos=Σταυρόπουλος, Dimopoulos=Δημόπουλος,
        Panagiotopoulos=Παναγιωτόπουλος, Vasileiou=Βασιλείου, Kostopoulos=Κωστόπουλος,
        Triantafyllou=Τριανταφύλλου, Apostolou=Αποστόλου
    """),
    given_male=_pairs("""
        Georgios=Γεώργιος, Ioannis=Ιωάννης, Konstantinos=Κωνσταντίνος, Dimitrios=Δημήτριος,
        Nikolaos=Νικόλαος, Panagiotis=Παναγιώτης, Vasileios=Βασίλειος, Christos=Χρήστος,
        Athanasios=Αθανάσιος, Michail=Μιχαήλ, Evangelos=Ευάγγελος, Spyridon=Σπυρίδων,
        Antonios=Αντώνιος, Anastasios=Αναστάσιος, Theodoros=Θεόδωρος,
        Emmanouil=Εμμανουήλ, Charalampos=Χαράλαμπος, Stylianos=Στυλιανός,
        Eleftherios=Ελευθέριος, Apostolos=Απόστολος, Alexandros=Αλέξανδρος, Petros=Πέτρος,
        Stavros=Σταύρος, Andreas=Ανδρέας, Sotirios=Σωτήριος, Grigorios=Γρηγόριος,
        Pavlos=Παύλος
    """),
    given_female=_pairs("""
        Maria=Μαρία, Eleni=Ελένη, Aikaterini=Αικατερίνη, Vasiliki=Βασιλική, Sofia=Σοφία,
        Angeliki=Αγγελική, Georgia=Γεωργία, Dimitra=Δήμητρα, Konstantina=Κωνσταντίνα,
        Paraskevi=Παρασκευή, Anna=Άννα, Ioanna=Ιωάννα, Christina=Χριστίνα,
        Panagiota=Παναγιώτα, Evangelia=Ευαγγελία, Athina=Αθηνά, Despoina=Δέσποινα,
        Eirini=Ειρήνη, Kyriaki=Κυριακή, Anastasia=Αναστασία, Theodora=Θεοδώρα,
        Chrysoula=Χρυσούλα, Evdokia=Ευδοκία, Alexandra=Αλεξάνδρα, Stavroula=Σταυρούλα
    """),
)

# Latin-script nations: native is None.

_MEXICO = Nationality(
    alpha3="MEX",
    weight=6.0,
    languages=("es-MX",),
    interpreter_rate=0.6,
    phone_country_code=52,
    native_order=GIVEN_FIRST,
    native_separator=" ",
    family=_latin("""
        Hernández, García, Martínez, López, González, Pérez, Rodríguez, Sánchez, Ramírez, Cruz,
        Flores, Gómez, Morales, Vázquez, Reyes, Jiménez, Torres, Díaz, Gutiérrez, Ruiz,
        Mendoza, Aguilar, Ortiz, Moreno, Castillo, Romero, Álvarez, Méndez, Chávez, Rivera,
        Juárez, Ramos, Domínguez, Herrera, Medina, Castro, Vargas, Guzmán, Velázquez, Muñoz
    """),
    given_male=_latin("""
        José, Juan, Luis, Carlos, Jesús, Miguel, Francisco, Alejandro, Jorge, José Luis,
        Antonio, Juan Carlos, Pedro, Manuel, Ricardo, Fernando, Roberto, Eduardo, Javier,
        Miguel Ángel, Daniel, Santiago, Mateo, Sebastián, Diego, Leonardo, Emiliano, Raúl,
        Sergio, Arturo
    """),
    given_female=_latin("""
        María, Guadalupe, Juana, Margarita, Verónica, Rosa, Leticia, Patricia, Elizabeth,
        Gabriela, María Guadalupe, Alejandra, Adriana, Ana, Martha, Claudia, Silvia, Sofía,
        Valentina, Regina, Camila, Ximena, María José, María Fernanda, Daniela, Andrea,
        Fernanda, Mariana, Lucía, Renata
    """),
)

_SPAIN = Nationality(
    alpha3="ESP",
    weight=2.0,
    languages=("es-ES", "ca"),
    interpreter_rate=0.55,
    phone_country_code=34,
    native_order=GIVEN_FIRST,
    native_separator=" ",
    family=_latin("""
        García, Rodríguez, González, Fernández, López, Martínez, Sánchez, Pérez, Gómez, Martín,
        Jiménez, Hernández, Ruiz, Díaz, Moreno, Muñoz, Álvarez, Romero, Gutiérrez, Alonso,
        Navarro, Torres, Domínguez, Ramos, Vázquez, Ramírez, Gil, Serrano, Morales, Molina,
        Blanco, Suárez, Castro, Ortega, Delgado, Ortiz, Marín, Rubio
    """),
    given_male=_latin("""
        Antonio, Manuel, José, Francisco, David, Juan, Javier, José Antonio, Daniel, José Luis,
        Francisco Javier, Carlos, Jesús, Alejandro, Miguel, José Manuel, Rafael, Pablo, Pedro,
        Ángel, Sergio, Fernando, Jorge, Luis, Álvaro, Hugo, Martín, Lucas, Mateo, Leo
    """),
    given_female=_latin("""
        María Carmen, María, Carmen, Ana María, Laura, María Pilar, María Dolores, Isabel,
        Josefa, Marta, Cristina, Lucía, Antonia, Francisca, Dolores, Elena, Sara, Paula,
        Raquel, Rosa María, Pilar, Manuela, Sofía, Martina, Julia, Alba, Concepción, Mercedes
    """),
)

_COLOMBIA = Nationality(
    alpha3="COL",
    weight=3.0,
    languages=("es-CO",),
    interpreter_rate=0.6,
    phone_country_code=57,
    native_order=GIVEN_FIRST,
    native_separator=" ",
    family=_latin("""
        Rodríguez, Gómez, González, Martínez, García, López, Hernández, Sánchez, Ramírez,
        Pérez, Díaz, Muñoz, Rojas, Moreno, Jiménez, Vargas, Castro, Gutiérrez, Álvarez, Ruiz,
        Suárez, Romero, Ortiz, Torres, Valencia, Quintero, Cárdenas, Restrepo, Ospina,
        Londoño, Giraldo, Zapata, Mejía, Osorio
    """),
    given_male=_latin("""
        Juan, Carlos, Luis, José, Jorge, Andrés, Juan David, Juan Sebastián, Santiago,
        Sebastián, Alejandro, Diego, Camilo, Felipe, Julián, Daniel, Nicolás, Samuel,
        Jhon Jairo, Jairo, Fabio, Hernán, Óscar, Édgar, William, Mauricio, Esteban, Matías
    """),
    given_female=_latin("""
        María, Luz Marina, María Camila, Valentina, Daniela, Laura, Natalia, Carolina, Paola,
        Diana, Sandra, Claudia, Ángela, Martha, Gloria, Luisa Fernanda, Mariana, Isabella,
        Salomé, Sara, Juliana, Andrea, Catalina, Lina, Yolanda, Beatriz
    """),
)

_BRAZIL = Nationality(
    alpha3="BRA",
    weight=5.0,
    languages=("pt-BR",),
    interpreter_rate=0.7,
    phone_country_code=55,
    native_order=GIVEN_FIRST,
    native_separator=" ",
    family=_latin("""
        Silva, Santos, Oliveira, Souza, Rodrigues, Ferreira, Alves, Pereira, Lima, Gomes,
        Costa, Ribeiro, Martins, Carvalho, Almeida, Lopes, Soares, Fernandes, Vieira, Barbosa,
        Rocha, Dias, Nascimento, Andrade, Moreira, Nunes, Marques, Machado, Mendes, Freitas,
        Cardoso, Ramos, Gonçalves, Santana, Teixeira, Araújo, Conceição
    """),
    given_male=_latin("""
        José, João, Antônio, Francisco, Carlos, Paulo, Pedro, Lucas, Luiz, Marcos, Gabriel,
        Rafael, Daniel, Marcelo, Bruno, Eduardo, Felipe, Rodrigo, Miguel, Arthur, Heitor,
        Bernardo, Davi, Gustavo, Matheus, Thiago, Enzo, Guilherme, João Pedro, Fernando
    """),
    given_female=_latin("""
        Maria, Ana, Francisca, Antônia, Adriana, Juliana, Márcia, Fernanda, Patrícia, Aline,
        Sandra, Camila, Amanda, Bruna, Jéssica, Letícia, Júlia, Luciana, Vanessa, Mariana,
        Helena, Alice, Laura, Valentina, Sophia, Beatriz, Gabriela, Larissa, Maria Eduarda,
        Ana Clara
    """),
)

_PORTUGAL = Nationality(
    alpha3="PRT",
    weight=1.0,
    languages=("pt-PT",),
    interpreter_rate=0.45,
    phone_country_code=351,
    native_order=GIVEN_FIRST,
    native_separator=" ",
    family=_latin("""
        Silva, Santos, Ferreira, Pereira, Oliveira, Costa, Rodrigues, Martins, Jesus, Sousa,
        Fernandes, Gonçalves, Gomes, Lopes, Marques, Alves, Almeida, Ribeiro, Pinto, Carvalho,
        Teixeira, Moreira, Correia, Mendes, Nunes, Soares, Vieira, Monteiro, Cardoso, Rocha
    """),
    given_male=_latin("""
        José, João, António, Manuel, Francisco, Joaquim, Luís, Carlos, Paulo, Pedro, Rui,
        Miguel, Jorge, Tiago, Ricardo, Nuno, Bruno, Diogo, Duarte, Martim, Santiago, Rodrigo,
        Tomás, Afonso, Gonçalo, Vasco, Fernando
    """),
    given_female=_latin("""
        Maria, Ana, Manuela, Isabel, Catarina, Sofia, Beatriz, Mariana, Inês, Joana, Rita,
        Sara, Marta, Carla, Patrícia, Teresa, Fernanda, Helena, Leonor, Matilde, Carolina,
        Francisca, Margarida, Luísa, Rosa, Filipa
    """),
)

_GERMANY = Nationality(
    alpha3="DEU",
    weight=2.0,
    languages=("de",),
    interpreter_rate=0.2,
    phone_country_code=49,
    native_order=GIVEN_FIRST,
    native_separator=" ",
    family=_latin("""
        Müller, Schmidt, Schneider, Fischer, Weber, Meyer, Wagner, Becker, Schulz, Hoffmann,
        Schäfer, Koch, Bauer, Richter, Klein, Wolf, Schröder, Neumann, Schwarz, Zimmermann,
        Braun, Krüger, Hofmann, Hartmann, Lange, Schmitt, Werner, Schmitz, Krause, Meier,
        Lehmann, Schmid, Schulze, Maier, Köhler, Herrmann, König, Walter
    """),
    given_male=_latin("""
        Peter, Michael, Thomas, Andreas, Wolfgang, Klaus, Jürgen, Stefan, Christian, Uwe,
        Werner, Hans, Frank, Bernd, Matthias, Markus, Alexander, Martin, Jörg, Dieter, Lukas,
        Jonas, Leon, Finn, Paul, Felix, Maximilian, Noah, Elias, Ben
    """),
    given_female=_latin("""
        Maria, Ursula, Monika, Petra, Elisabeth, Sabine, Renate, Helga, Karin, Brigitte,
        Ingrid, Erika, Andrea, Gisela, Claudia, Susanne, Gabriele, Christa, Birgit, Anja,
        Katharina, Anna, Julia, Laura, Lena, Sophie, Marie, Emma, Mia, Hannah
    """),
)

_FRANCE = Nationality(
    alpha3="FRA",
    weight=2.0,
    languages=("fr",),
    interpreter_rate=0.4,
    phone_country_code=33,
    native_order=GIVEN_FIRST,
    native_separator=" ",
    family=_latin("""
        Martin, Bernard, Thomas, Petit, Robert, Richard, Durand, Dubois, Moreau, Laurent,
        Simon, Michel, Lefèvre, Leroy, Roux, David, Bertrand, Morel, Fournier, Girard, Bonnet,
        Dupont, Lambert, Fontaine, Rousseau, Vincent, Muller, Lefebvre, Faure, André, Mercier,
        Blanc, Guérin, Boyer, Garnier, Chevalier, François, Legrand, Gauthier
    """),
    given_male=_latin("""
        Jean, Pierre, Michel, André, Philippe, Alain, Jacques, Bernard, Patrick, Nicolas,
        Christophe, Daniel, Éric, Laurent, Frédéric, Stéphane, Julien, Sébastien, David,
        Thomas, François, Jean-Pierre, Jean-Claude, Gabriel, Léo, Raphaël, Louis, Lucas, Hugo,
        Arthur, Jules
    """),
    given_female=_latin("""
        Marie, Nathalie, Isabelle, Sylvie, Catherine, Françoise, Christine, Monique, Valérie,
        Sandrine, Sophie, Céline, Nicole, Anne, Julie, Aurélie, Hélène, Brigitte, Jeanne,
        Marie-Claire, Camille, Emma, Jade, Louise, Alice, Chloé, Léa, Manon, Inès
    """),
)

_POLAND = Nationality(
    alpha3="POL",
    weight=1.0,
    languages=("pl",),
    interpreter_rate=0.4,
    phone_country_code=48,
    native_order=GIVEN_FIRST,
    native_separator=" ",
    family=_latin("""
        Nowak, Kowalski, Wiśniewski, Wójcik, Kowalczyk, Kamiński, Lewandowski, Zieliński,
        Szymański, Woźniak, Dąbrowski, Kozłowski, Jankowski, Mazur, Wojciechowski,
        Kwiatkowski, Krawczyk, Kaczmarek, Piotrowski, Grabowski, Zając, Pawłowski, Michalski,
        Król, Wieczorek, Jabłoński, Wróbel, Nowakowski, Majewski, Olszewski, Stępień,
        Malinowski, Jaworski, Adamczyk, Dudek, Nowicki, Pawlak, Górski, Witkowski, Walczak
    """),
    given_male=_latin("""
        Piotr, Krzysztof, Andrzej, Tomasz, Paweł, Jan, Michał, Marcin, Stanisław, Jakub,
        Adam, Marek, Łukasz, Grzegorz, Mateusz, Wojciech, Mariusz, Dariusz, Zbigniew, Jerzy,
        Maciej, Rafał, Kamil, Antoni, Szymon, Filip, Jacek, Ryszard, Józef, Kacper
    """),
    given_female=_latin("""
        Anna, Maria, Katarzyna, Małgorzata, Agnieszka, Barbara, Ewa, Krystyna, Elżbieta,
        Magdalena, Joanna, Zofia, Aleksandra, Monika, Teresa, Danuta, Natalia, Karolina,
        Julia, Marta, Beata, Dorota, Halina, Jadwiga, Hanna, Zuzanna, Alicja, Jolanta,
        Grażyna, Iwona
    """),
)

_TURKEY = Nationality(
    alpha3="TUR",
    weight=2.0,
    languages=("tr",),
    interpreter_rate=0.65,
    phone_country_code=90,
    native_order=GIVEN_FIRST,
    native_separator=" ",
    family=_latin("""
        Yılmaz, Kaya, Demir, Şahin, Çelik, Yıldız, Yıldırım, Öztürk, Aydın, Özdemir, Arslan,
        Doğan, Kılıç, Aslan, Çetin, Kara, Koç, Kurt, Özkan, Şimşek, Polat, Özer, Erdoğan,
        Korkmaz, Yavuz, Aktaş, Güneş, Bulut, Keskin, Ünal, Tekin, Acar
    """),
    given_male=_latin("""
        Mehmet, Mustafa, Ahmet, Ali, Hüseyin, Hasan, İbrahim, İsmail, Osman, Yusuf, Murat,
        Ömer, Ramazan, Halil, Süleyman, Abdullah, Mahmut, Recep, Fatih, Emre, Burak, Serkan,
        Uğur, Can, Emir, Eymen, Mert, Kerem, Furkan, Enes
    """),
    given_female=_latin("""
        Fatma, Ayşe, Emine, Hatice, Zeynep, Elif, Meryem, Şerife, Zehra, Sultan, Hanife,
        Merve, Havva, Zeliha, Esra, Özlem, Yasemin, Hülya, Büşra, Derya, Ebru, Songül, Gül,
        Nur, Defne, Ecrin, Asya
    """),
)

_UNITED_KINGDOM = Nationality(
    alpha3="GBR",
    weight=3.0,
    languages=("en",),
    interpreter_rate=0.05,
    phone_country_code=44,
    native_order=GIVEN_FIRST,
    native_separator=" ",
    family=_latin("""
        Smith, Jones, Williams, Taylor, Brown, Davies, Evans, Wilson, Thomas, Johnson, Roberts,
        Robinson, Thompson, Wright, Walker, White, Edwards, Hughes, Green, Hall, Lewis, Harris,
        Clarke, Patel, Jackson, Wood, Turner, Martin, Cooper, Hill, Ward, Morris, Moore, Clark,
        Lee, King, Baker, Harrison, Morgan, Allen, Khan, Scott, Young, Mitchell
    """),
    given_male=_latin("""
        David, John, Paul, James, Mark, Michael, Andrew, Richard, Peter, Robert, Stephen,
        Christopher, Ian, Simon, Daniel, Matthew, Thomas, William, George, Oliver, Harry,
        Jack, Noah, Charlie, Leo, Oscar, Muhammad, Arthur, Jacob, Alfie, Joshua
    """),
    given_female=_latin("""
        Sarah, Susan, Margaret, Elizabeth, Patricia, Helen, Karen, Julie, Emma, Claire, Rachel,
        Nicola, Lisa, Joanne, Victoria, Olivia, Amelia, Isla, Ava, Mia, Sophia, Lily, Grace,
        Freya, Emily, Jessica, Charlotte, Hannah, Lucy, Chloe
    """),
)

_IRELAND = Nationality(
    alpha3="IRL",
    weight=0.8,
    languages=("en", "ga"),
    interpreter_rate=0.05,
    phone_country_code=353,
    native_order=GIVEN_FIRST,
    native_separator=" ",
    family=_latin("""
        Murphy, Kelly, O'Sullivan, Walsh, Smith, O'Brien, Byrne, Ryan, O'Connor, O'Neill,
        O'Reilly, Doyle, McCarthy, Gallagher, O'Doherty, Kennedy, Lynch, Murray, Quinn, Moore,
        McLoughlin, O'Carroll, Connolly, Daly, O'Connell, Wilson, Dunne, Brennan, Burke,
        Collins, Ó Súilleabháin, Ó Briain, Ó Ceallaigh, Ó Murchú, Mac Mathúna
    """),
    given_male=_latin("""
        Jack, James, Noah, Conor, Seán, Patrick, Michael, John, Daniel, Darragh, Cian, Oisín,
        Fionn, Liam, Tadhg, Ciarán, Eoin, Declan, Niall, Pádraig, Cillian, Rory, Kevin, Brian,
        Aidan, Tomás, Dónal
    """),
    given_female=_latin("""
        Mary, Emily, Grace, Fiadh, Sophie, Aoife, Siobhán, Niamh, Saoirse, Caoimhe, Róisín,
        Ciara, Sinéad, Orla, Clodagh, Aisling, Bríd, Máire, Sarah, Ava, Lucy, Éabha, Méabh,
        Nora, Kate, Anne
    """),
)

_NIGERIA = Nationality(
    alpha3="NGA",
    weight=2.0,
    languages=("en", "ha", "yo", "ig"),
    interpreter_rate=0.1,
    phone_country_code=234,
    native_order=GIVEN_FIRST,
    native_separator=" ",
    family=_latin("""
        Okafor, Adeyemi, Okonkwo, Abubakar, Bello, Ibrahim, Musa, Mohammed, Adebayo, Eze,
        Nwosu, Okeke, Ogunleye, Olawale, Yusuf, Chukwu, Aliyu, Danjuma, Balogun, Adeleke, Obi,
        Nwachukwu, Oladipo, Umar, Afolabi, Ogbonna, Akinola, Olatunji, Abdullahi, Usman
    """),
    given_male=_latin("""
        Chinedu, Oluwaseun, Emeka, Ibrahim, Musa, Abdullahi, Chukwuemeka, Tunde, Babatunde,
        Adewale, Olumide, Ifeanyi, Obinna, Uche, Segun, Yusuf, Aliyu, Samuel, David, Daniel,
        Emmanuel, John, Michael, Godwin, Kelechi, Femi, Usman, Mohammed
    """),
    given_female=_latin("""
        Chioma, Ngozi, Adaeze, Funmilayo, Folake, Aisha, Fatima, Zainab, Blessing, Grace, Mary,
        Esther, Joy, Chiamaka, Nneka, Amaka, Damilola, Temitope, Yetunde, Bukola, Adaobi,
        Ifeoma, Hauwa, Hadiza, Precious, Halima, Comfort
    """),
)

_CANADA = Nationality(
    alpha3="CAN",
    weight=2.0,
    languages=("en", "fr-CA"),
    interpreter_rate=0.08,
    phone_country_code=1,
    native_order=GIVEN_FIRST,
    native_separator=" ",
    family=_latin("""
        Smith, Brown, Tremblay, Martin, Roy, Wilson, MacDonald, Gagnon, Johnson, Taylor, Côté,
        Campbell, Anderson, Leblanc, Lee, Jones, White, Williams, Miller, Thompson, Gauthier,
        Young, Morin, Bouchard, Scott, Stewart, Bélanger, Pelletier, Lavoie, Fortin, Nguyen,
        Singh, Wong
    """),
    given_male=_latin("""
        James, John, Robert, Michael, David, William, Jean, Pierre, Daniel, Paul, Mark,
        Richard, Marc, Luc, Éric, Mathieu, Alexandre, Liam, Noah, Benjamin, Lucas, Oliver,
        Thomas, Jacob, Logan, Nathan, Félix, Samuel, Gabriel, Ethan
    """),
    given_female=_latin("""
        Mary, Marie, Jennifer, Sarah, Linda, Susan, Karen, Lisa, Michelle, Chantal, Nathalie,
        Isabelle, Julie, Catherine, Geneviève, Mélanie, Stéphanie, Valérie, Jessica, Emily,
        Emma, Olivia, Charlotte, Amelia, Chloé, Léa, Sophie, Ava
    """),
)

_UNITED_STATES = Nationality(
    alpha3="USA",
    weight=4.0,
    languages=("en", "es"),
    interpreter_rate=0.08,
    phone_country_code=1,
    native_order=GIVEN_FIRST,
    native_separator=" ",
    family=_latin("""
        Smith, Johnson, Williams, Brown, Jones, Garcia, Miller, Davis, Rodriguez, Martinez,
        Hernandez, Lopez, Gonzalez, Wilson, Anderson, Thomas, Taylor, Moore, Jackson, Martin,
        Lee, Perez, Thompson, White, Harris, Sanchez, Clark, Ramirez, Lewis, Robinson, Walker,
        Young, Allen, King, Wright, Scott, Torres, Nguyen, Hill, Flores
    """),
    given_male=_latin("""
        James, Robert, John, Michael, David, William, Richard, Joseph, Thomas, Christopher,
        Charles, Daniel, Matthew, Anthony, Mark, Donald, Steven, Andrew, Joshua, Kevin, Brian,
        Liam, Noah, Oliver, Elijah, Mateo, Lucas, Ethan, Henry, Jose
    """),
    given_female=_latin("""
        Mary, Patricia, Jennifer, Linda, Elizabeth, Barbara, Susan, Jessica, Sarah, Karen,
        Lisa, Nancy, Betty, Sandra, Margaret, Ashley, Kimberly, Emily, Donna, Michelle,
        Olivia, Emma, Charlotte, Amelia, Sophia, Mia, Isabella, Ava, Evelyn, Harper
    """),
)


NATIONALITIES: tuple[Nationality, ...] = (
    _SAUDI_ARABIA,
    _UNITED_ARAB_EMIRATES,
    _KUWAIT,
    _QATAR,
    _OMAN,
    _EGYPT,
    _JORDAN,
    _IRAQ,
    _PAKISTAN,
    _IRAN,
    _ISRAEL,
    _CHINA,
    _TAIWAN,
    _JAPAN,
    _KOREA,
    _VIETNAM,
    _THAILAND,
    _INDIA,
    _RUSSIA,
    _UKRAINE,
    _KAZAKHSTAN,
    _GREECE,
    _MEXICO,
    _SPAIN,
    _COLOMBIA,
    _BRAZIL,
    _PORTUGAL,
    _GERMANY,
    _FRANCE,
    _POLAND,
    _TURKEY,
    _UNITED_KINGDOM,
    _IRELAND,
    _NIGERIA,
    _CANADA,
    _UNITED_STATES,
)


# Women's forms of gendered family names.

# Greek women carry the genitive of the family name; Irish-language names take Ní / Nic and
# lenite the next consonant.
_FEMININE_EXPLICIT: dict[tuple[str, str], Name] = {
    ("GRC", "Papadopoulos"): Name("Papadopoulou", "Παπαδοπούλου"),
    ("GRC", "Vlachos"): Name("Vlachou", "Βλάχου"),
    ("GRC", "Karagiannis"): Name("Karagianni", "Καραγιάννη"),
    ("GRC", "Makris"): Name("Makri", "Μακρή"),
    ("GRC", "Papadakis"): Name("Papadaki", "Παπαδάκη"),
    ("GRC", "Ioannidis"): Name("Ioannidou", "Ιωαννίδου"),
    ("GRC", "Pappas"): Name("Pappa", "Παππά"),
    ("GRC", "Angelopoulos"): Name("Angelopoulou", "Αγγελοπούλου"),
    ("GRC", "Giannopoulos"): Name("Giannopoulou", "Γιαννοπούλου"),
    ("GRC", "Mavridis"): Name("Mavridou", "Μαυρίδου"),
    ("GRC", "Michailidis"): Name("Michailidou", "Μιχαηλίδου"),
    ("GRC", "Nikolaidis"): Name("Nikolaidou", "Νικολαΐδου"),
    ("GRC", "Georgiadis"): Name("Georgiadou", "Γεωργιάδου"),
    ("GRC", "Stavropoulos"): Name("Stavropoulou", "Σταυροπούλου"),
    ("GRC", "Dimopoulos"): Name("Dimopoulou", "Δημοπούλου"),
    ("GRC", "Panagiotopoulos"): Name("Panagiotopoulou", "Παναγιωτοπούλου"),
    ("GRC", "Kostopoulos"): Name("Kostopoulou", "Κωστοπούλου"),
    ("IRL", "Ó Súilleabháin"): Name("Ní Shúilleabháin", None),
    ("IRL", "Ó Briain"): Name("Ní Bhriain", None),
    ("IRL", "Ó Ceallaigh"): Name("Ní Cheallaigh", None),
    ("IRL", "Ó Murchú"): Name("Ní Mhurchú", None),
    ("IRL", "Mac Mathúna"): Name("Nic Mhathúna", None),
}


def feminine_family_name(alpha3: str, family: Name) -> Name:
    """The form of ``family`` that a woman of nationality ``alpha3`` carries.

    Russian and Kazakh -ov / -ev / -in take -a (Ivanov -> Ivanova, Иванов -> Иванова), Polish
    -ski / -cki / -dzki become -ska / -cka / -dzka, Greek and Irish-language names come from a
    table. Every other name (Nowak, Shevchenko, Kim, García) is returned unchanged.
    """
    explicit = _FEMININE_EXPLICIT.get((alpha3, family.latin))
    if explicit is not None:
        return explicit
    latin, native = family.latin, family.native
    if (
        alpha3 in ("RUS", "KAZ")
        and native is not None
        and latin.endswith(("ov", "ev", "in"))
        and native.endswith(("ов", "ев", "ин"))
    ):
        return Name(latin + "a", native + "а")
    if alpha3 == "POL" and latin.endswith(("ski", "cki", "dzki")):
        return Name(latin[:-1] + "a", None)
    return family
