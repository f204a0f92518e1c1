"""The demo name pools: enough nations, well-formed passport spellings, native names in the right
script, and the Muhammad spellings where each country writes them."""

from __future__ import annotations

import unicodedata

import pytest

from frontdesk.demo.name_pools import NATIONALITIES, Name, Nationality, feminine_family_name

BY_CODE = {n.alpha3: n for n in NATIONALITIES}
POOLS = ("family", "given_male", "given_female")

# The script every letter of a native name must belong to (by its Unicode character name).
NATIVE_SCRIPTS: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(("SAU", "ARE", "KWT", "QAT", "OMN", "EGY", "JOR", "IRQ"), ("ARABIC",)),
    **dict.fromkeys(("PAK", "IRN"), ("ARABIC",)),
    "ISR": ("HEBREW",),
    "CHN": ("CJK",),
    "TWN": ("CJK",),
    "JPN": ("CJK", "HIRAGANA", "KATAKANA", "IDEOGRAPHIC"),
    "KOR": ("HANGUL",),
    **dict.fromkeys(("RUS", "UKR", "KAZ"), ("CYRILLIC",)),
    "GRC": ("GREEK",),
    "THA": ("THAI",),
    "IND": ("DEVANAGARI",),
    "VNM": ("LATIN",),
}
LATIN_SCRIPT = {
    "MEX", "ESP", "COL", "BRA", "PRT", "DEU", "FRA", "POL", "TUR", "GBR", "IRL", "NGA", "CAN",
}  # fmt: skip
MUHAMMAD = {
    **dict.fromkeys(("SAU", "ARE", "KWT", "QAT", "OMN", "IRQ"), "Mohammed"),
    "EGY": "Mohamed",
    "JOR": "Mohammad",
    "IRN": "Mohammad",
    "PAK": "Muhammad",
}
ARABIC_LANGUAGE = {"SAU", "ARE", "KWT", "QAT", "OMN", "EGY", "JOR", "IRQ"}


def entries(nat: Nationality):
    for pool in POOLS:
        for name in getattr(nat, pool):
            yield pool, name


def ids(nat: Nationality) -> str:
    return nat.alpha3


def test_enough_nationalities_with_unique_codes():
    assert len(NATIONALITIES) >= 28
    codes = [n.alpha3 for n in NATIONALITIES]
    assert len(set(codes)) == len(codes)
    for code in codes:
        assert len(code) == 3 and code.isascii() and code.isalpha() and code.isupper(), code
    assert set(NATIVE_SCRIPTS) | LATIN_SCRIPT <= set(codes)


@pytest.mark.parametrize("nat", NATIONALITIES, ids=ids)
def test_nationality_fields(nat: Nationality):
    assert nat.weight > 0
    assert 0.0 <= nat.interpreter_rate <= 1.0
    assert nat.languages and all(tag and " " not in tag for tag in nat.languages)
    assert 1 <= nat.phone_country_code <= 999
    assert nat.native_order in ("family_first", "given_first")
    assert nat.native_separator in ("", " ")


def test_big_markets_weigh_more():
    weights = {n.alpha3: n.weight for n in NATIONALITIES}
    for big in ("SAU", "ARE", "CHN", "MEX", "BRA", "RUS", "KOR", "VNM"):
        assert weights[big] >= 5 * weights["GRC"] - 0.01, big
    assert BY_CODE["GBR"].interpreter_rate < 0.1 < 0.7 < BY_CODE["SAU"].interpreter_rate


@pytest.mark.parametrize("nat", NATIONALITIES, ids=ids)
def test_pool_sizes_and_no_duplicates(nat: Nationality):
    minimum = 30 if nat.weight >= 5 else 20
    for pool in POOLS:
        names = getattr(nat, pool)
        assert len(names) >= minimum, (pool, len(names))
        assert all(isinstance(name, Name) for name in names)
        latins = [name.latin for name in names]
        repeated = sorted({x for x in latins if latins.count(x) > 1})
        assert not repeated, (pool, repeated)
        assert len(set(names)) == len(names), pool


@pytest.mark.parametrize("nat", NATIONALITIES, ids=ids)
def test_latin_spelling_is_latin_title_case(nat: Nationality):
    for pool, name in entries(nat):
        text = name.latin
        assert text == text.strip() and "  " not in text, (pool, text)
        assert unicodedata.normalize("NFC", text) == text, (pool, text)
        for ch in text:
            if ch in " -'":
                continue
            assert unicodedata.name(ch, "").startswith("LATIN"), (pool, text, ch)
        for word in text.split(" "):
            assert word[0].isupper(), (pool, text)
        assert not text.isupper() or len(text) <= 2, (pool, text)
        if nat.alpha3 in NATIVE_SCRIPTS:
            # Passports of non-Latin-script nations (and Vietnam) print plain ASCII letters.
            assert text.isascii(), (pool, text)


@pytest.mark.parametrize("nat", NATIONALITIES, ids=ids)
def test_native_names_in_the_expected_script(nat: Nationality):
    scripts = NATIVE_SCRIPTS.get(nat.alpha3)
    for pool, name in entries(nat):
        if scripts is None:
            assert name.native is None, (pool, name)
            continue
        native = name.native
        assert native and native == native.strip(), (pool, name)
        assert unicodedata.normalize("NFC", native) == native, (pool, name)
        letters = [ch for ch in native if ch not in " -"]
        assert any(unicodedata.category(ch).startswith("L") for ch in letters), (pool, name)
        for ch in letters:
            assert any(s in unicodedata.name(ch, "") for s in scripts), (pool, name, ch)


def test_latin_script_nations_have_no_native_names():
    for code in LATIN_SCRIPT | {"USA"}:
        assert all(name.native is None for _, name in entries(BY_CODE[code])), code


def test_vietnamese_native_keeps_diacritics_passport_drops_them():
    vnm = BY_CODE["VNM"]
    assert vnm.family[:3] == (Name("Nguyen", "Nguyễn"), Name("Tran", "Trần"), Name("Le", "Lê"))
    with_marks = [name for _, name in entries(vnm) if not name.native.isascii()]
    assert len(with_marks) > 40
    for _, name in entries(vnm):
        folded = unicodedata.normalize("NFD", name.native).replace("đ", "d").replace("Đ", "D")
        assert "".join(c for c in folded if not unicodedata.combining(c)) == name.latin, name


def test_arabic_script_conventions():
    """Arabic uses ي and ك; Persian and Urdu ی and ک; Urdu writes heh goal ہ, never ه."""
    for code in ARABIC_LANGUAGE:
        for _, name in entries(BY_CODE[code]):
            assert not set(name.native) & {"ی", "ک", "ہ"}, (code, name)
    for code in ("IRN", "PAK"):
        for _, name in entries(BY_CODE[code]):
            assert not set(name.native) & {"ي", "ك"}, (code, name)
    for _, name in entries(BY_CODE["PAK"]):
        assert "ه" not in name.native, name


@pytest.mark.parametrize(("code", "spelling"), sorted(MUHAMMAD.items()))
def test_muhammad_spelled_the_country_way(code: str, spelling: str):
    male = BY_CODE[code].given_male
    assert male[0] == Name(spelling, "محمد")
    # One spelling per country: the others would be duplicates of the same native name.
    assert [n for n in male if n.native == "محمد"] == [male[0]]


def test_every_arabic_script_nation_has_muhammad():
    arabic_script = [c for c, s in NATIVE_SCRIPTS.items() if s == ("ARABIC",)]
    assert set(arabic_script) == set(MUHAMMAD)
    assert BY_CODE["TUR"].given_male[0] == Name("Mehmet", None)


def test_most_common_names_come_first():
    assert [n.latin for n in BY_CODE["KOR"].family[:3]] == ["Kim", "Lee", "Park"]
    assert [n.native for n in BY_CODE["KOR"].family[:3]] == ["김", "이", "박"]
    assert [n.latin for n in BY_CODE["CHN"].family[:3]] == ["Wang", "Li", "Zhang"]
    assert [n.native for n in BY_CODE["CHN"].family[:3]] == ["王", "李", "张"]
    assert BY_CODE["TWN"].family[0] == Name("Chen", "陳")
    assert BY_CODE["JPN"].family[0] == Name("Sato", "佐藤")
    assert BY_CODE["RUS"].family[0] == Name("Ivanov", "Иванов")
    assert BY_CODE["SAU"].family[0] == Name("Al-Qahtani", "القحطاني")
    assert BY_CODE["ISR"].family[0] == Name("Cohen", "כהן")
    assert BY_CODE["MEX"].family[0].latin == "Hernández"
    assert BY_CODE["ESP"].family[0].latin == "García"


@pytest.mark.parametrize(
    ("code", "latin", "native"),
    [
        ("CHN", "Xiaoming", "小明"),
        ("KOR", "Min-jun", "민준"),
        ("KOR", "Seo-yeon", "서연"),
        ("KOR", "Jiwoo", "지우"),
        ("GRC", "Papadopoulos", "Παπαδόπουλος"),
        ("THA", "Srisuk", "สีสุข"),
        ("IND", "Sharma", "शर्मा"),
        ("JPN", "Yamamoto", "山本"),
        ("SAU", "Abdulaziz", "عبدالعزيز"),
        ("DEU", "Müller", None),
        ("POL", "Łukasz", None),
        ("TUR", "Yılmaz", None),
        ("IRL", "O'Brien", None),
        ("IRL", "Ó Súilleabháin", None),
    ],
)
def test_known_spellings(code: str, latin: str, native: str | None):
    assert Name(latin, native) in {name for _, name in entries(BY_CODE[code])}


def test_simplified_and_traditional_chinese_are_not_mixed():
    traditional = set("陳張黃劉吳楊趙鄭謝許蕭羅葉鍾偉軍濤輝鵬華國傑麗紅曉靜")
    simplified = set("陈张黄刘吴杨赵郑谢许萧罗叶钟伟军涛辉鹏华国杰丽红晓静")
    for _, name in entries(BY_CODE["CHN"]):
        assert not set(name.native) & traditional, name
    for _, name in entries(BY_CODE["TWN"]):
        assert not set(name.native) & simplified, name


def test_native_display_order():
    for code in ("CHN", "TWN", "JPN", "KOR"):
        assert (BY_CODE[code].native_order, BY_CODE[code].native_separator) == ("family_first", "")
    assert (BY_CODE["VNM"].native_order, BY_CODE["VNM"].native_separator) == ("family_first", " ")
    for code in ("SAU", "ISR", "RUS", "GRC", "THA", "IND", "MEX"):
        assert (BY_CODE[code].native_order, BY_CODE[code].native_separator) == ("given_first", " ")


def test_feminine_family_names():
    assert feminine_family_name("RUS", Name("Ivanov", "Иванов")) == Name("Ivanova", "Иванова")
    assert feminine_family_name("KAZ", Name("Zhumabayev", "Жұмабаев")) == Name(
        "Zhumabayeva", "Жұмабаева"
    )
    assert feminine_family_name("POL", Name("Kowalski", None)) == Name("Kowalska", None)
    assert feminine_family_name("POL", Name("Nowak", None)) == Name("Nowak", None)
    assert feminine_family_name("GRC", Name("Papadopoulos", "Παπαδόπουλος")) == Name(
        "Papadopoulou", "Παπαδοπούλου"
    )
    assert feminine_family_name("IRL", Name("Ó Briain", None)) == Name("Ní Bhriain", None)
    assert feminine_family_name("UKR", Name("Shevchenko", "Шевченко")).latin == "Shevchenko"
    assert feminine_family_name("KOR", Name("Kim", "김")) == Name("Kim", "김")
    for code in ("RUS", "KAZ"):
        for family in BY_CODE[code].family:
            female = feminine_family_name(code, family)
            assert female.latin == family.latin + "a" and female.native == family.native + "а"
    for family in BY_CODE["GRC"].family:
        female = feminine_family_name("GRC", family)
        if family.latin.endswith("s"):
            assert female != family and female.latin[:4] == family.latin[:4], family
            assert female.native.endswith(("ου", "η", "ή", "ά")), female
        else:
            assert female == family  # genitive names (Georgiou) are the same for women
    for family in BY_CODE["POL"].family:
        female = feminine_family_name("POL", family)
        assert female.latin.endswith(("ska", "cka")) == family.latin.endswith(("ski", "cki"))
    for _, name in entries(BY_CODE["IRL"]):
        if name.latin.startswith(("Ó ", "Mac ")):
            assert feminine_family_name("IRL", name).latin.startswith(("Ní ", "Nic "))
