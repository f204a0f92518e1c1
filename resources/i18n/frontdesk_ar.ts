<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>AppointmentsModel</name>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>أين</translation>
    </message>
    <message>
        <source>Department · type</source>
        <translation>القسم · النوع</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>المترجم</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>الحجز</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>تنبيهات</translation>
    </message>
    <message>
        <source>✖ none booked</source>
        <translation>✖ لا حجز</translation>
    </message>
    <message>
        <source>⚠ review ({reason})</source>
        <translation>⚠ للمراجعة ({reason})</translation>
    </message>
</context>
<context>
    <name>ArrivalsDialog</name>
    <message>
        <source>Arrivals and departures</source>
        <translation>الوصول والمغادرة</translation>
    </message>
    <message>
        <source>Arrivals</source>
        <translation>الوصول</translation>
    </message>
    <message>
        <source>Departures</source>
        <translation>المغادرة</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>حفظ PDF</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>جارٍ القراءة…</translation>
    </message>
    <message>
        <source>{n} arriving ({people} with companions) · {interp} need an interpreter · {nopickup} without a pickup</source>
        <translation>{n} يصلون ({people} مع مرافقين) · {interp} يحتاجون مترجمًا · {nopickup} بلا استقبال</translation>
    </message>
    <message>
        <source>{n} leaving ({people} with companions) · {interp} need an interpreter · {nopickup} without a transfer</source>
        <translation>{n} يغادرون ({people} مع مرافقين) · {interp} يحتاجون مترجمًا · {nopickup} بلا توصيل</translation>
    </message>
    <message>
        <source>Saving the PDF…</source>
        <translation>جارٍ حفظ ملف PDF…</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>تم الحفظ: {path}</translation>
    </message>
    <message>
        <source>Nothing was saved: {why}</source>
        <translation>لم يُحفظ شيء: {why}</translation>
    </message>
</context>
<context>
    <name>BadgeDialog</name>
    <message>
        <source>Badges — {name}</source>
        <translation>الشارات — {name}</translation>
    </message>
    <message>
        <source>no badge yet</source>
        <translation>لا شارة بعد</translation>
    </message>
    <message>
        <source>{number}, printed {n}×</source>
        <translation>{number}، طُبعت {n}×</translation>
    </message>
    <message>
        <source>patient</source>
        <translation>مريض</translation>
    </message>
    <message>
        <source>companion</source>
        <translation>مرافق</translation>
    </message>
    <message>
        <source>The print system (CUPS) does not answer.</source>
        <translation>نظام الطباعة (CUPS) لا يستجيب.</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>إعادة الطباعة</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>طباعة</translation>
    </message>
    <message>
        <source>Tick at least one person.</source>
        <translation>ضع علامة على شخص واحد على الأقل.</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>جارٍ تحضير المعاينة…</translation>
    </message>
    <message>
        <source>{numbers} on {stock}: {pages} page(s)</source>
        <translation>{numbers} على {stock}: {pages} صفحة</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>جارٍ الطباعة…</translation>
    </message>
    <message>
        <source>Replace a lost badge</source>
        <translation>استبدال شارة مفقودة</translation>
    </message>
    <message>
        <source>Replace badge {number} of {name}?</source>
        <translation>هل تريد استبدال الشارة {number} الخاصة بـ {name}؟</translation>
    </message>
    <message>
        <source>The old badge will be refused at every door, and a new one printed.</source>
        <translation>ستُرفض الشارة القديمة عند كل باب، وتُطبع شارة جديدة.</translation>
    </message>
    <message>
        <source>Replace and print</source>
        <translation>استبدال وطباعة</translation>
    </message>
    <message>
        <source>Replacing {number}…</source>
        <translation>جارٍ استبدال {number}…</translation>
    </message>
    <message>
        <source>{number} replaces the lost badge: {outcome}</source>
        <translation>{number} تحلّ محل الشارة المفقودة: {outcome}</translation>
    </message>
    <message>
        <source>Nothing was counted as printed.</source>
        <translation>لم يُحتسب أي شيء كمطبوع.</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>الشارات</translation>
    </message>
    <message>
        <source>Badges for</source>
        <translation>شارات لـ</translation>
    </message>
    <message>
        <source>Space ticks or unticks the person under the cursor</source>
        <translation>مفتاح المسافة يضع أو يزيل العلامة عن الشخص المحدد</translation>
    </message>
    <message>
        <source>&amp;Stock</source>
        <translation>&amp;نوع الورق</translation>
    </message>
    <message>
        <source>&amp;Printer</source>
        <translation>&amp;الطابعة</translation>
    </message>
    <message>
        <source>Valid &amp;until</source>
        <translation>صالحة &amp;حتى</translation>
    </message>
    <message>
        <source>The last day of a treatment stay (default: the visit day, until the office closes)</source>
        <translation>آخر يوم في إقامة العلاج (الافتراضي: يوم الزيارة حتى إغلاق المكتب)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>معاينة</translation>
    </message>
    <message>
        <source>&amp;Replace lost badge…</source>
        <translation>&amp;استبدال شارة مفقودة…</translation>
    </message>
    <message>
        <source>The old badge is refused at every door; a new one is printed</source>
        <translation>تُرفض الشارة القديمة عند كل باب؛ وتُطبع شارة جديدة</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>BadgeOutput</name>
    <message>
        <source>{name} — the print system does not answer</source>
        <translation>{name} — نظام الطباعة لا يستجيب</translation>
    </message>
    <message>
        <source>{name} — not found</source>
        <translation>{name} — غير موجودة</translation>
    </message>
    <message>
        <source>{name} — looking…</source>
        <translation>{name} — جارٍ البحث…</translation>
    </message>
    <message>
        <source>PDF file in {folder}</source>
        <translation>ملف PDF في {folder}</translation>
    </message>
    <message>
        <source>saved {path}</source>
        <translation>تم الحفظ: {path}</translation>
    </message>
    <message>
        <source>printed on {printer}</source>
        <translation>طُبعت على {printer}</translation>
    </message>
    <message>
        <source>(printed, but the print count was not saved: {error})</source>
        <translation>(طُبعت، لكن لم يُحفظ عدد مرات الطباعة: {error})</translation>
    </message>
</context>
<context>
    <name>CaseBoardDialog</name>
    <message>
        <source>Case board</source>
        <translation>لوحة الحالات</translation>
    </message>
    <message>
        <source> days</source>
        <translation> يومًا</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>إعادة التحميل</translation>
    </message>
    <message>
        <source>Open case…</source>
        <translation>فتح الحالة…</translation>
    </message>
    <message>
        <source>Arrivals…</source>
        <translation>الوصول…</translation>
    </message>
    <message>
        <source>Interpreters…</source>
        <translation>المترجمون…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>Could not read the board: {why}</source>
        <translation>تعذّرت قراءة اللوحة: {why}</translation>
    </message>
    <message>
        <source>{shown} of {total} stays · {open} with something open</source>
        <translation>{shown} من {total} إقامة · {open} فيها أمور معلّقة</translation>
    </message>
    <message>
        <source>reading the days to {last}…</source>
        <translation>جارٍ قراءة الأيام حتى {last}…</translation>
    </message>
</context>
<context>
    <name>CaseBoardFilterBar</name>
    <message>
        <source>Name or MRN</source>
        <translation>الاسم أو رقم الملف الطبي</translation>
    </message>
    <message>
        <source>Arriving any time</source>
        <translation>الوصول في أي وقت</translation>
    </message>
    <message>
        <source>Arriving on the first day</source>
        <translation>الوصول في اليوم الأول</translation>
    </message>
    <message>
        <source>Arriving this week</source>
        <translation>الوصول هذا الأسبوع</translation>
    </message>
    <message>
        <source>Arriving in the next 7 days</source>
        <translation>الوصول خلال الأيام السبعة القادمة</translation>
    </message>
    <message>
        <source>Any checklist</source>
        <translation>أي قائمة تحقق</translation>
    </message>
    <message>
        <source>Something open</source>
        <translation>شيء معلّق</translation>
    </message>
    <message>
        <source>Open: {item}</source>
        <translation>معلّق: {item}</translation>
    </message>
    <message>
        <source>Needs an interpreter, none booked</source>
        <translation>يحتاج مترجمًا ولا حجز</translation>
    </message>
    <message>
        <source>Booking to review</source>
        <translation>حجز للمراجعة</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>جميع اللغات</translation>
    </message>
</context>
<context>
    <name>CaseBoardModel</name>
    <message>
        <source>Days</source>
        <translation>الأيام</translation>
    </message>
    <message>
        <source>Patient (passport)</source>
        <translation>المريض (حسب الجواز)</translation>
    </message>
    <message>
        <source>Native name</source>
        <translation>الاسم بلغته</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Arrives (office time)</source>
        <translation>الوصول (بتوقيت المكتب)</translation>
    </message>
    <message>
        <source>Pickup</source>
        <translation>الاستقبال</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>معلّق</translation>
    </message>
    <message>
        <source>○ open</source>
        <translation>○ معلّق</translation>
    </message>
    <message>
        <source>interp. {covered}/{needing}</source>
        <translation>مترجم {covered}/{needing}</translation>
    </message>
    <message>
        <source>{n} to review</source>
        <translation>{n} للمراجعة</translation>
    </message>
    <message>
        <source>✔ booked</source>
        <translation>✔ محجوز</translation>
    </message>
    <message>
        <source>✖ none</source>
        <translation>✖ لا يوجد</translation>
    </message>
    <message>
        <source>{needing} appointment(s) need an interpreter; {covered} booked; {review} to review after a move</source>
        <translation>{needing} موعد يحتاج مترجمًا؛ {covered} محجوز؛ {review} للمراجعة بعد تغيير الموعد</translation>
    </message>
    <message>
        <source>Stays at {address}</source>
        <translation>يقيم في {address}</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <source>Case — {mrn}</source>
        <translation>الحالة — {mrn}</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>قائمة التحقق</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>السفر</translation>
    </message>
    <message>
        <source>Interpreters</source>
        <translation>المترجمون</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>الإقامة</translation>
    </message>
    <message>
        <source>interpreter needed</source>
        <translation>يحتاج مترجمًا</translation>
    </message>
    <message>
        <source>staying at {address}</source>
        <translation>يقيم في {address}</translation>
    </message>
    <message>
        <source>No visit from today on: nothing to prepare.</source>
        <translation>لا زيارة من اليوم فصاعدًا: لا شيء للتحضير.</translation>
    </message>
    <message>
        <source>✔ Everything on the checklist is done</source>
        <translation>✔ اكتمل كل ما في قائمة التحقق</translation>
    </message>
    <message>
        <source>Open: {items}</source>
        <translation>معلّق: {items}</translation>
    </message>
    <message>
        <source>Could not list interpreters: {why}</source>
        <translation>تعذّر عرض المترجمين: {why}</translation>
    </message>
    <message>
        <source>Choose who is signed in (bottom right of the desk) before changing anything.</source>
        <translation>اختر من سجّل الدخول (أسفل النافذة) قبل تغيير أي شيء.</translation>
    </message>
    <message>
        <source>Still saving the last change…</source>
        <translation>لا يزال التغيير الأخير قيد الحفظ…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <source>{item}: {state}</source>
        <translation>{item}: {state}</translation>
    </message>
    <message>
        <source>Travel saved ({fields})</source>
        <translation>تم حفظ السفر ({fields})</translation>
    </message>
    <message>
        <source>Travel unchanged</source>
        <translation>لم يتغيّر السفر</translation>
    </message>
    <message>
        <source>Interpreter: {who} ({status})</source>
        <translation>المترجم: {who} ({status})</translation>
    </message>
    <message>
        <source>Booked, but: {warnings}</source>
        <translation>تم الحجز، ولكن: {warnings}</translation>
    </message>
    <message>
        <source>Booking {status}</source>
        <translation>الحجز: {status}</translation>
    </message>
    <message>
        <source>Booking kept for the new time</source>
        <translation>أُبقي الحجز للموعد الجديد</translation>
    </message>
    <message>
        <source>Nothing was saved: {why}</source>
        <translation>لم يُحفظ شيء: {why}</translation>
    </message>
</context>
<context>
    <name>CaseViews</name>
    <message>
        <source>International &amp;case…</source>
        <translation>&amp;الحالة الدولية…</translation>
    </message>
    <message>
        <source>Case &amp;board…</source>
        <translation>&amp;لوحة الحالات…</translation>
    </message>
    <message>
        <source>&amp;Arrivals and departures…</source>
        <translation>&amp;الوصول والمغادرة…</translation>
    </message>
    <message>
        <source>Interpreter &amp;roster…</source>
        <translation>&amp;قائمة المترجمين…</translation>
    </message>
    <message>
        <source>Interpreter&apos;s &amp;day sheet…</source>
        <translation>&amp;جدول يوم المترجم…</translation>
    </message>
    <message>
        <source>No interpreter booked</source>
        <translation>لا مترجم محجوز</translation>
    </message>
    <message>
        <source>Only the appointments that need an interpreter and have none booked</source>
        <translation>المواعيد التي تحتاج مترجمًا ولا حجز لها فقط</translation>
    </message>
    <message>
        <source>saved {path}</source>
        <translation>تم الحفظ: {path}</translation>
    </message>
</context>
<context>
    <name>CaseWarnings</name>
    <message>
        <source>Still open before arrival: {items}</source>
        <translation>معلّق قبل الوصول: {items}</translation>
    </message>
    <message>
        <source>{n} of today&apos;s appointments need an interpreter and have none booked</source>
        <translation>{n} من مواعيد اليوم تحتاج مترجمًا ولا حجز لها</translation>
    </message>
    <message>
        <source>{n} interpreter booking(s) to review after a move</source>
        <translation>{n} حجز مترجم للمراجعة بعد تغيير الموعد</translation>
    </message>
    <message>
        <source>No visit on this day</source>
        <translation>لا زيارة في هذا اليوم</translation>
    </message>
    <message>
        <source>Nothing open</source>
        <translation>لا شيء معلّق</translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <source>Item</source>
        <translation>البند</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Set by</source>
        <translation>عيّنه</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
</context>
<context>
    <name>ChecklistPane</name>
    <message>
        <source>Note (optional): e.g. records by courier</source>
        <translation>ملاحظة (اختيارية): مثل السجلات عبر البريد السريع</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>معلّق</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>غير مطلوب</translation>
    </message>
</context>
<context>
    <name>ClearanceDialog</name>
    <message>
        <source>not needed</source>
        <translation>غير مطلوبة</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>معلّقة</translation>
    </message>
    <message>
        <source>cleared</source>
        <translation>مستوفاة</translation>
    </message>
    <message>
        <source>expired (a guarantee ran out)</source>
        <translation>منتهية (انتهت صلاحية ضمان)</translation>
    </message>
    <message>
        <source>Financial clearance: {name}</source>
        <translation>الموافقة المالية: {name}</translation>
    </message>
    <message>
        <source>Set estimate</source>
        <translation>تحديد التقدير</translation>
    </message>
    <message>
        <source>receipt or transfer number</source>
        <translation>رقم الإيصال أو الحوالة</translation>
    </message>
    <message>
        <source>Add deposit</source>
        <translation>إضافة عربون</translation>
    </message>
    <message>
        <source>insurer, embassy or employer</source>
        <translation>شركة التأمين أو السفارة أو جهة العمل</translation>
    </message>
    <message>
        <source>guarantee number</source>
        <translation>رقم الضمان</translation>
    </message>
    <message>
        <source>Add guarantee</source>
        <translation>إضافة ضمان</translation>
    </message>
    <message>
        <source>Not needed for this stay</source>
        <translation>غير مطلوبة لهذه الإقامة</translation>
    </message>
    <message>
        <source>Estimate, deposits, guarantees</source>
        <translation>التقدير والعرابين والضمانات</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>التقدير</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>العربون</translation>
    </message>
    <message>
        <source>Guarantor</source>
        <translation>الضامن</translation>
    </message>
    <message>
        <source>Guaranteed</source>
        <translation>المضمون</translation>
    </message>
    <message>
        <source>No visit on this day: nothing to clear</source>
        <translation>لا زيارة في هذا اليوم: لا شيء للموافقة</translation>
    </message>
    <message>
        <source>Financial clearance: {status}</source>
        <translation>الموافقة المالية: {status}</translation>
    </message>
    <message>
        <source>Status: &lt;b&gt;{status}&lt;/b&gt;</source>
        <translation>الحالة: &lt;b&gt;{status}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Estimate {estimate} · deposited {deposited} · guaranteed {guaranteed} · outstanding &lt;b&gt;{outstanding}&lt;/b&gt;</source>
        <translation>التقدير {estimate} · المودَع {deposited} · المضمون {guaranteed} · المتبقي &lt;b&gt;{outstanding}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>صالح</translation>
    </message>
    <message>
        <source>not valid that day</source>
        <translation>غير صالح في ذلك اليوم</translation>
    </message>
</context>
<context>
    <name>ClearanceFilter</name>
    <message>
        <source>Any clearance</source>
        <translation>أي موافقة مالية</translation>
    </message>
    <message>
        <source>Clearance not cleared</source>
        <translation>الموافقة غير مستوفاة</translation>
    </message>
    <message>
        <source>Clearance expired</source>
        <translation>الموافقة منتهية</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>مستوفاة</translation>
    </message>
    <message>
        <source>Financial clearance of the patients&apos; stays</source>
        <translation>الموافقة المالية لإقامات المرضى</translation>
    </message>
</context>
<context>
    <name>CompanionDialog</name>
    <message>
        <source>Add companion</source>
        <translation>إضافة مرافق</translation>
    </message>
    <message>
        <source>spouse</source>
        <translation>زوج/زوجة</translation>
    </message>
    <message>
        <source>son</source>
        <translation>ابن</translation>
    </message>
    <message>
        <source>daughter</source>
        <translation>ابنة</translation>
    </message>
    <message>
        <source>parent</source>
        <translation>والد/والدة</translation>
    </message>
    <message>
        <source>sibling</source>
        <translation>أخ/أخت</translation>
    </message>
    <message>
        <source>friend</source>
        <translation>صديق</translation>
    </message>
    <message>
        <source>interpreter</source>
        <translation>مترجم</translation>
    </message>
    <message>
        <source>other</source>
        <translation>آخر</translation>
    </message>
    <message>
        <source>Type or pick</source>
        <translation>اكتب أو اختر</translation>
    </message>
    <message>
        <source>&amp;Family name *</source>
        <translation>اسم &amp;العائلة *</translation>
    </message>
    <message>
        <source>As in the passport, Latin letters</source>
        <translation>كما في جواز السفر، بالحروف اللاتينية</translation>
    </message>
    <message>
        <source>&amp;Given name *</source>
        <translation>الاسم &amp;الأول *</translation>
    </message>
    <message>
        <source>Family name, &amp;native</source>
        <translation>اسم العائلة &amp;بلغته</translation>
    </message>
    <message>
        <source>In the patient&apos;s own script (optional)</source>
        <translation>بخط المريض الأصلي (اختياري)</translation>
    </message>
    <message>
        <source>The family name as the patient writes it: Arabic, Hebrew, Chinese, Cyrillic…</source>
        <translation>اسم العائلة كما يكتبه المريض: بالعربية أو العبرية أو الصينية أو السيريلية…</translation>
    </message>
    <message>
        <source>Given name, nati&amp;ve</source>
        <translation>الاسم الأول &amp;بلغته</translation>
    </message>
    <message>
        <source>The given name as the patient writes it</source>
        <translation>الاسم الأول كما يكتبه المريض</translation>
    </message>
    <message>
        <source>&amp;Relationship</source>
        <translation>&amp;صلة القرابة</translation>
    </message>
    <message>
        <source>To the patient</source>
        <translation>بالمريض</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>ال&amp;هاتف</translation>
    </message>
    <message>
        <source>With country code: +966 50 123 4567</source>
        <translation>مع رمز الدولة: +966 50 123 4567</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* مطلوب</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>{family}, {given}{native}  ·  MRN {mrn}</source>
        <translation>{family}، {given}{native}  ·  رقم الملف {mrn}</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>بيانات الاتصال</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>ال&amp;هاتف</translation>
    </message>
    <message>
        <source>With country code: +966 50 123 4567</source>
        <translation>مع رمز الدولة: +966 50 123 4567</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>البريد &amp;الإلكتروني</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Local addre&amp;ss / hotel</source>
        <translation>العنوان &amp;المحلي / الفندق</translation>
    </message>
    <message>
        <source>Enter starts a new line (kept as one line, separated by commas); Ctrl+Enter saves</source>
        <translation>مفتاح Enter يبدأ سطرًا جديدًا (يُحفظ سطرًا واحدًا مفصولًا بفواصل)؛ Ctrl+Enter للحفظ</translation>
    </message>
    <message>
        <source>Hotel, street, room: where the patient stays during the visit</source>
        <translation>الفندق، الشارع، الغرفة: مكان إقامة المريض أثناء الزيارة</translation>
    </message>
</context>
<context>
    <name>DayBatchDialog</name>
    <message>
        <source>The day&apos;s badges</source>
        <translation>شارات اليوم</translation>
    </message>
    <message>
        <source>Badges for every patient expected on {day} and their companions.</source>
        <translation>شارات لكل مريض متوقَّع في {day} ولمرافقيه.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>طباعة</translation>
    </message>
    <message>
        <source>&amp;Stock</source>
        <translation>&amp;نوع الورق</translation>
    </message>
    <message>
        <source>&amp;Printer</source>
        <translation>&amp;الطابعة</translation>
    </message>
    <message>
        <source>The print system (CUPS) does not answer.</source>
        <translation>نظام الطباعة (CUPS) لا يستجيب.</translation>
    </message>
</context>
<context>
    <name>DayBatchPrinter</name>
    <message>
        <source>Preparing the badges of {day}…</source>
        <translation>جارٍ تحضير شارات {day}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>The day&apos;s badges</source>
        <translation>شارات اليوم</translation>
    </message>
    <message>
        <source>Printing {n} badges on {printer}…</source>
        <translation>جارٍ طباعة {n} شارة على {printer}…</translation>
    </message>
    <message>
        <source>Drawing {total} badges…</source>
        <translation>جارٍ رسم {total} شارة…</translation>
    </message>
    <message>
        <source>{badges} badges for {patients} patients: {outcome}</source>
        <translation>{badges} شارة لـ {patients} مريض: {outcome}</translation>
    </message>
    <message>
        <source>Not printed: {who}</source>
        <translation>لم تُطبع: {who}</translation>
    </message>
</context>
<context>
    <name>DaySheetModel</name>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>المريض</translation>
    </message>
    <message>
        <source>Own script</source>
        <translation>بخطه الأصلي</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>الطريقة</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>الحجز</translation>
    </message>
</context>
<context>
    <name>DayView</name>
    <message>
        <source>read the day</source>
        <translation>قراءة اليوم</translation>
    </message>
    <message>
        <source>check for changes</source>
        <translation>التحقق من التغييرات</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>جميع الحالات</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>جميع الأقسام</translation>
    </message>
    <message>
        <source>All interpreters</source>
        <translation>جميع المترجمين</translation>
    </message>
    <message>
        <source>Reading the day…</source>
        <translation>جارٍ قراءة اليوم…</translation>
    </message>
    <message>
        <source>Could not {what}: {message}</source>
        <translation>تعذّر {what}: {message}</translation>
    </message>
    <message>
        <source>Expected &lt;b&gt;{n}&lt;/b&gt;</source>
        <translation>متوقَّعون &lt;b&gt;{n}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>✔ Arrived &lt;b&gt;{n}&lt;/b&gt;</source>
        <translation>✔ وصلوا &lt;b&gt;{n}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>⚠ Late &lt;b&gt;{n}&lt;/b&gt;</source>
        <translation>⚠ متأخرون &lt;b&gt;{n}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>✖ No-show &lt;b&gt;{n}&lt;/b&gt;</source>
        <translation>✖ لم يحضروا &lt;b&gt;{n}&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>DaysOffForm</name>
    <message>
        <source>Days off — {name}</source>
        <translation>أيام الإجازة — {name}</translation>
    </message>
    <message>
        <source>e.g. leave, training</source>
        <translation>مثل: إجازة، تدريب</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Days off already recorded</source>
        <translation>أيام الإجازة المسجّلة سابقًا</translation>
    </message>
</context>
<context>
    <name>DeskDialogs</name>
    <message>
        <source>read the contact details</source>
        <translation>قراءة بيانات الاتصال</translation>
    </message>
    <message>
        <source>Companion added</source>
        <translation>أُضيف المرافق</translation>
    </message>
    <message>
        <source>Reading the contact details…</source>
        <translation>جارٍ قراءة بيانات الاتصال…</translation>
    </message>
    <message>
        <source>Contact details saved</source>
        <translation>حُفظت بيانات الاتصال</translation>
    </message>
    <message>
        <source>Could not {what}: {message}</source>
        <translation>تعذّر {what}: {message}</translation>
    </message>
    <message>
        <source>Walk-in registered</source>
        <translation>سُجّل المريض دون موعد</translation>
    </message>
    <message>
        <source>No visit on this day: nothing to badge</source>
        <translation>لا زيارة في هذا اليوم: لا شارات</translation>
    </message>
    <message>
        <source>Cancelled: no badge was printed</source>
        <translation>أُلغي: لم تُطبع أي شارة</translation>
    </message>
    <message>
        <source>The day&apos;s badges were not printed</source>
        <translation>لم تُطبع شارات اليوم</translation>
    </message>
    <message>
        <source>Some names could not be printed</source>
        <translation>تعذّرت طباعة بعض الأسماء</translation>
    </message>
    <message>
        <source>Not printed:</source>
        <translation>لم تُطبع:</translation>
    </message>
    <message>
        <source>Printed with the passport name only:</source>
        <translation>طُبعت باسم الجواز فقط:</translation>
    </message>
    <message>
        <source>Who is &amp;on site</source>
        <translation>من &amp;في المبنى</translation>
    </message>
    <message>
        <source>&amp;Scans at the doors…</source>
        <translation>&amp;المسح عند الأبواب…</translation>
    </message>
    <message>
        <source>read the office&apos;s settings</source>
        <translation>قراءة إعدادات المكتب</translation>
    </message>
</context>
<context>
    <name>DoorWindow</name>
    <message>
        <source>PATIENT</source>
        <translation>مريض</translation>
    </message>
    <message>
        <source>COMPANION</source>
        <translation>مرافق</translation>
    </message>
    <message>
        <source>INTERPRETER</source>
        <translation>مترجم</translation>
    </message>
    <message>
        <source>VISITOR</source>
        <translation>زائر</translation>
    </message>
    <message>
        <source>entry</source>
        <translation>دخول</translation>
    </message>
    <message>
        <source>exit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>entry and exit</source>
        <translation>دخول وخروج</translation>
    </message>
    <message>
        <source>clinical area (counts nobody in or out)</source>
        <translation>منطقة سريرية (لا تحتسب دخولًا ولا خروجًا)</translation>
    </message>
    <message>
        <source>Frontdesk — Door: {door}</source>
        <translation>Frontdesk — الباب: {door}</translation>
    </message>
    <message>
        <source>Door: {door} · {direction}</source>
        <translation>الباب: {door} · {direction}</translation>
    </message>
    <message>
        <source>Camera: {name}</source>
        <translation>الكاميرا: {name}</translation>
    </message>
    <message>
        <source>No camera: scanner only</source>
        <translation>لا كاميرا: الماسح الضوئي فقط</translation>
    </message>
    <message>
        <source>✔  VALID</source>
        <translation>✔  صالحة</translation>
    </message>
    <message>
        <source>✖  NOT VALID</source>
        <translation>✖  غير صالحة</translation>
    </message>
    <message>
        <source>(name not yet known at this door)</source>
        <translation>(الاسم غير معروف بعد عند هذا الباب)</translation>
    </message>
    <message>
        <source>To: {place}</source>
        <translation>إلى: {place}</translation>
    </message>
    <message>
        <source>OUT — leaving is counted</source>
        <translation>خروج — تُحتسب المغادرة</translation>
    </message>
    <message>
        <source>→ IN</source>
        <translation>→ دخول</translation>
    </message>
    <message>
        <source>← OUT</source>
        <translation>← خروج</translation>
    </message>
    <message>
        <source>⚠  NOT LISTENING</source>
        <translation>⚠  لا يستقبل المسح</translation>
    </message>
    <message>
        <source>Another window has the keyboard: scans go there. Touch this screen.</source>
        <translation>نافذة أخرى تستقبل لوحة المفاتيح: يذهب المسح إليها. المس هذه الشاشة.</translation>
    </message>
    <message>
        <source>Scan a badge</source>
        <translation>امسح شارة</translation>
    </message>
    <message>
        <source>✔ VALID</source>
        <translation>✔ صالحة</translation>
    </message>
    <message>
        <source>✖ NOT VALID</source>
        <translation>✖ غير صالحة</translation>
    </message>
    <message>
        <source>IN</source>
        <translation>دخول</translation>
    </message>
    <message>
        <source>OUT (counted)</source>
        <translation>خروج (محتسب)</translation>
    </message>
    <message>
        <source>revocation list from {time} ({minutes} min old)</source>
        <translation>قائمة الإلغاء من {time} (منذ {minutes} دقيقة)</translation>
    </message>
    <message>
        <source>no revocation list yet</source>
        <translation>لا قائمة إلغاء بعد</translation>
    </message>
    <message>
        <source> · {n} scan(s) waiting to be sent</source>
        <translation> · {n} مسح بانتظار الإرسال</translation>
    </message>
    <message>
        <source>● Online · {age}{queue}</source>
        <translation>● متصل · {age}{queue}</translation>
    </message>
    <message>
        <source>not connected yet</source>
        <translation>غير متصل بعد</translation>
    </message>
    <message>
        <source>OFFLINE ({why}) · deciding from this door&apos;s copy · {age}{queue}</source>
        <translation>غير متصل ({why}) · القرار من نسخة هذا الباب · {age}{queue}</translation>
    </message>
    <message>
        <source>Frontdesk — Door</source>
        <translation>Frontdesk — الباب</translation>
    </message>
    <message>
        <source>Last scans</source>
        <translation>آخر عمليات المسح</translation>
    </message>
    <message>
        <source>Fire roll-call (PDF)</source>
        <translation>قائمة الإخلاء عند الحريق (PDF)</translation>
    </message>
    <message>
        <source>Closing…</source>
        <translation>جارٍ الإغلاق…</translation>
    </message>
    <message>
        <source>No more scans here. Sending {n} scan(s) to the database first.</source>
        <translation>لا مزيد من المسح هنا. يجري أولاً إرسال {n} مسح إلى قاعدة البيانات.</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>{field} {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>HL7Listener</name>
    <message>
        <source>HL7 feed not started: {why}</source>
        <translation>لم تبدأ تغذية HL7: {why}</translation>
    </message>
    <message>
        <source>HL7 feed: listening on {where}</source>
        <translation>تغذية HL7: تستمع على {where}</translation>
    </message>
</context>
<context>
    <name>IdleLock</name>
    <message>
        <source>Reading who may unlock…</source>
        <translation>جارٍ قراءة من يمكنه فتح القفل…</translation>
    </message>
    <message>
        <source>Could not read the staff list: {message}</source>
        <translation>تعذّرت قراءة قائمة الموظفين: {message}</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>جارٍ التحقق…</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Told from the content</source>
        <translation>يُستدل عليه من المحتوى</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>HL7 v2 SIU</source>
        <translation>HL7 v2 SIU</translation>
    </message>
    <message>
        <source>FHIR R4</source>
        <translation>FHIR R4</translation>
    </message>
    <message>
        <source>{file}: {n} error(s); nothing was imported</source>
        <translation>{file}: {n} خطأ؛ لم يُستورد شيء</translation>
    </message>
    <message>
        <source>{file} imported ({rows} read): appointments {created} created, {updated} updated, {cancelled} cancelled; patients {new} created</source>
        <translation>استُورد {file} (قُرئ {rows}): المواعيد: {created} جديدة، {updated} محدّثة، {cancelled} ملغاة؛ المرضى: {new} جدد</translation>
    </message>
    <message>
        <source>Import schedule</source>
        <translation>استيراد الجدول</translation>
    </message>
    <message>
        <source>Schedule exports (*.csv *.hl7 *.txt *.json *.xml);;All files (*)</source>
        <translation>ملفات تصدير الجدول (*.csv *.hl7 *.txt *.json *.xml);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Checking what would change…</source>
        <translation>جارٍ التحقق مما سيتغيّر…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>جارٍ الاستيراد…</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>القراءة</translation>
    </message>
    <message>
        <source>Comparing with the database</source>
        <translation>المقارنة مع قاعدة البيانات</translation>
    </message>
    <message>
        <source>Nothing written yet. Apply to import.</source>
        <translation>لم يُكتب شيء بعد. اضغط «تطبيق» للاستيراد.</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>تم الاستيراد.</translation>
    </message>
    <message>
        <source>The file cannot be imported as it is; nothing was written.</source>
        <translation>لا يمكن استيراد الملف كما هو؛ لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>لم يُختر ملف</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;اختيار…</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <source>Import the good messages and list the bad ones</source>
        <translation>استيراد الرسائل السليمة وعرض الخاطئة</translation>
    </message>
    <message>
        <source>Choose a CSV, HL7 (SIU) or FHIR (JSON) export. Nothing is written until you apply.</source>
        <translation>اختر ملف تصدير CSV أو HL7 (SIU) أو FHIR (JSON). لا يُكتب شيء حتى تضغط «تطبيق».</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;تطبيق</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>InterpreterDayDialog</name>
    <message>
        <source>Interpreter&apos;s day sheet</source>
        <translation>جدول يوم المترجم</translation>
    </message>
    <message>
        <source>Reading the roster…</source>
        <translation>جارٍ قراءة القائمة…</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>حفظ PDF</translation>
    </message>
    <message>
        <source>Save CSV</source>
        <translation>حفظ CSV</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>المترجم</translation>
    </message>
    <message>
        <source>off the roster</source>
        <translation>خارج القائمة</translation>
    </message>
    <message>
        <source>Nobody is on the roster yet</source>
        <translation>لا أحد في القائمة بعد</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>جارٍ القراءة…</translation>
    </message>
    <message>
        <source>{n} appointment(s) for {name} on {day}</source>
        <translation>{n} موعد لـ {name} في {day}</translation>
    </message>
    <message>
        <source>day off ({reason})</source>
        <translation>يوم إجازة ({reason})</translation>
    </message>
    <message>
        <source>day off</source>
        <translation>يوم إجازة</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <source>Still saving the last file…</source>
        <translation>لا يزال الملف الأخير قيد الحفظ…</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>تم الحفظ: {path}</translation>
    </message>
</context>
<context>
    <name>InterpreterForm</name>
    <message>
        <source>New interpreter</source>
        <translation>مترجم جديد</translation>
    </message>
    <message>
        <source>Interpreter — {name}</source>
        <translation>المترجم — {name}</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>موظف</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>وكالة</translation>
    </message>
    <message>
        <source>e.g. ar, fr or zh-Hans</source>
        <translation>مثل: ar أو fr أو zh-Hans</translation>
    </message>
    <message>
        <source>the building where they start the day</source>
        <translation>المبنى الذي يبدأ منه يومه</translation>
    </message>
    <message>
        <source>e.g. Mon-Fri 08:00-17:00; Sat 09:00-13:00</source>
        <translation>مثل: Mon-Fri 08:00-17:00; Sat 09:00-13:00</translation>
    </message>
    <message>
        <source>Office time. Empty: on call, whenever booked.</source>
        <translation>بتوقيت المكتب. فارغ: عند الطلب، متى حُجز.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Name in own script</source>
        <translation>الاسم بخطه الأصلي</translation>
    </message>
    <message>
        <source>Staff or agency</source>
        <translation>موظف أو وكالة</translation>
    </message>
    <message>
        <source>Languages (BCP 47)</source>
        <translation>اللغات (BCP 47)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>المقر</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>ساعات العمل</translation>
    </message>
</context>
<context>
    <name>InterpreterPane</name>
    <message>
        <source>Book for the chosen appointment</source>
        <translation>الحجز للموعد المختار</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>حجز</translation>
    </message>
    <message>
        <source>service, e.g. LanguageLine</source>
        <translation>الخدمة، مثل LanguageLine</translation>
    </message>
    <message>
        <source>Book phone/video</source>
        <translation>حجز عبر الهاتف/الفيديو</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>تعيين الحالة</translation>
    </message>
    <message>
        <source>Keep after the move</source>
        <translation>الإبقاء بعد تغيير الموعد</translation>
    </message>
    <message>
        <source>The interpreter can make the new time: the review flag goes</source>
        <translation>يستطيع المترجم الحضور في الموعد الجديد: تُزال علامة المراجعة</translation>
    </message>
    <message>
        <source>In person:</source>
        <translation>حضوريًا:</translation>
    </message>
    <message>
        <source>Or remote:</source>
        <translation>أو عن بُعد:</translation>
    </message>
    <message>
        <source>Booking status:</source>
        <translation>حالة الحجز:</translation>
    </message>
    <message>
        <source>Nobody on the roster speaks the patient&apos;s language</source>
        <translation>لا أحد في القائمة يتحدث لغة المريض</translation>
    </message>
    <message>
        <source>Looking for free interpreters…</source>
        <translation>جارٍ البحث عن مترجمين متاحين…</translation>
    </message>
    <message>
        <source>Booked for {was}{where}; the appointment is now {now}. Keep it if the interpreter can make the new time, or book someone else.</source>
        <translation>محجوز لـ {was}{where}؛ الموعد الآن {now}. أبقِ الحجز إن استطاع المترجم الحضور في الموعد الجديد، أو احجز شخصًا آخر.</translation>
    </message>
</context>
<context>
    <name>InterpreterRosterDialog</name>
    <message>
        <source>Interpreter roster</source>
        <translation>قائمة المترجمين</translation>
    </message>
    <message>
        <source>Name or language</source>
        <translation>الاسم أو اللغة</translation>
    </message>
    <message>
        <source>Show those off the roster</source>
        <translation>عرض من هم خارج القائمة</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>إضافة…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <source>Days off…</source>
        <translation>أيام الإجازة…</translation>
    </message>
    <message>
        <source>Take off the roster</source>
        <translation>إزالة من القائمة</translation>
    </message>
    <message>
        <source>Day sheet…</source>
        <translation>جدول اليوم…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>جارٍ القراءة…</translation>
    </message>
    <message>
        <source>{shown} of {total} interpreters</source>
        <translation>{shown} من {total} مترجم</translation>
    </message>
    <message>
        <source>Could not read the roster: {why}</source>
        <translation>تعذّرت قراءة القائمة: {why}</translation>
    </message>
    <message>
        <source>Back on the roster</source>
        <translation>إعادة إلى القائمة</translation>
    </message>
    <message>
        <source>Saved {name} ({languages})</source>
        <translation>حُفظ {name} ({languages})</translation>
    </message>
    <message>
        <source>{name}: days off {first} to {last} removed</source>
        <translation>{name}: أُزيلت أيام الإجازة من {first} إلى {last}</translation>
    </message>
    <message>
        <source>{name}: off {first} to {last}</source>
        <translation>{name}: في إجازة من {first} إلى {last}</translation>
    </message>
    <message>
        <source>Choose who is signed in (bottom right of the desk) before changing anything.</source>
        <translation>اختر من سجّل الدخول (أسفل النافذة) قبل تغيير أي شيء.</translation>
    </message>
    <message>
        <source>{name} is back on the roster</source>
        <translation>عاد {name} إلى القائمة</translation>
    </message>
    <message>
        <source>{name} is off the roster</source>
        <translation>{name} خارج القائمة الآن</translation>
    </message>
    <message>
        <source>Nothing was saved: {why}</source>
        <translation>لم يُحفظ شيء: {why}</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <source>Visa invitation letter: {name}</source>
        <translation>خطاب دعوة للتأشيرة: {name}</translation>
    </message>
    <message>
        <source>English</source>
        <translation>الإنجليزية</translation>
    </message>
    <message>
        <source>English and {language}</source>
        <translation>الإنجليزية و{language}</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <source>Companions travelling</source>
        <translation>المرافقون المسافرون</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>الغرض</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>حفظ باسم</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>إلغاء…</translation>
    </message>
    <message>
        <source>Issue letter</source>
        <translation>إصدار الخطاب</translation>
    </message>
    <message>
        <source>This patient&apos;s letters</source>
        <translation>خطابات هذا المريض</translation>
    </message>
    <message>
        <source>Issuing…</source>
        <translation>جارٍ الإصدار…</translation>
    </message>
    <message>
        <source>{number} issued and saved to {path}</source>
        <translation>أُصدر {number} وحُفظ في {path}</translation>
    </message>
    <message>
        <source>revoked: {reason}</source>
        <translation>ملغى: {reason}</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>صالح</translation>
    </message>
    <message>
        <source>Choose a letter that is still valid</source>
        <translation>اختر خطابًا لا يزال صالحًا</translation>
    </message>
    <message>
        <source>Revoke {number}</source>
        <translation>إلغاء {number}</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>{n} revoked</source>
        <translation>أُلغي {n}</translation>
    </message>
    <message>
        <source>Save the letter as</source>
        <translation>حفظ الخطاب باسم</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>LockPanel</name>
    <message>
        <source>Frontdesk is locked</source>
        <translation>Frontdesk مقفل</translation>
    </message>
    <message>
        <source>Patient information is hidden while the desk is unattended.</source>
        <translation>تُخفى معلومات المرضى ما دام المكتب دون موظف.</translation>
    </message>
    <message>
        <source>PIN or password</source>
        <translation>الرمز الشخصي أو كلمة المرور</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>فتح القفل</translation>
    </message>
    <message>
        <source>Choose who you are to unlock:</source>
        <translation>اختر هويتك لفتح القفل:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Signed in:</source>
        <translation>المستخدم:</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— اختر —</translation>
    </message>
    <message>
        <source>Station: {name}</source>
        <translation>المحطة: {name}</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>جارٍ تسجيل الدخول…</translation>
    </message>
    <message>
        <source>Could not sign in: {message}</source>
        <translation>تعذّر تسجيل الدخول: {message}</translation>
    </message>
    <message>
        <source>Signing in… try again in a moment.</source>
        <translation>جارٍ تسجيل الدخول… حاول مرة أخرى بعد لحظة.</translation>
    </message>
    <message>
        <source>Who is at the desk?</source>
        <translation>من في المكتب؟</translation>
    </message>
    <message>
        <source>Choose who is signed in (bottom right) before changing anything.</source>
        <translation>اختر من سجّل الدخول (في أسفل النافذة) قبل تغيير أي شيء.</translation>
    </message>
    <message>
        <source>Frontdesk</source>
        <translation>Frontdesk</translation>
    </message>
    <message>
        <source>Find a patient: name in any script, MRN, passport or date of birth  (Ctrl+F)</source>
        <translation>ابحث عن مريض: الاسم بأي خط، رقم الملف، الجواز أو تاريخ الميلاد  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Previous day (Alt+Left)</source>
        <translation>اليوم السابق (Alt+Left)</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <translation>ddd d MMM yyyy</translation>
    </message>
    <message>
        <source>Next day (Alt+Right)</source>
        <translation>اليوم التالي (Alt+Right)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Back to today (Alt+Home)</source>
        <translation>العودة إلى اليوم (Alt+Home)</translation>
    </message>
    <message>
        <source>Walk-in…</source>
        <translation>دون موعد…</translation>
    </message>
    <message>
        <source>Register a patient who arrives without a booking (Ctrl+N)</source>
        <translation>تسجيل مريض يصل دون موعد (Ctrl+N)</translation>
    </message>
    <message>
        <source>Expected 0</source>
        <translation>متوقَّعون 0</translation>
    </message>
    <message>
        <source>Arrived 0</source>
        <translation>وصلوا 0</translation>
    </message>
    <message>
        <source>Late 0</source>
        <translation>متأخرون 0</translation>
    </message>
    <message>
        <source>No-show 0</source>
        <translation>لم يحضروا 0</translation>
    </message>
    <message>
        <source>Show one department</source>
        <translation>عرض قسم واحد</translation>
    </message>
    <message>
        <source>Show one status</source>
        <translation>عرض حالة واحدة</translation>
    </message>
    <message>
        <source>Show patients who need an interpreter for one language</source>
        <translation>عرض المرضى الذين يحتاجون مترجمًا للغة معيّنة</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Patient</source>
        <translation>&amp;المريض</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Find patient</source>
        <translation>&amp;بحث عن مريض</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>&amp;Walk-in…</source>
        <translation>&amp;دون موعد…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Check in…</source>
        <translation>تسجيل &amp;الوصول…</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>&amp;Undo check-in</source>
        <translation>&amp;تراجع عن تسجيل الوصول</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>Mark &amp;no-show</source>
        <translation>تسجيل &amp;عدم حضور</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>Add &amp;companion…</source>
        <translation>إضافة &amp;مرافق…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>&amp;Edit contact details…</source>
        <translation>&amp;تعديل بيانات الاتصال…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Print &amp;badges…</source>
        <translation>طباعة &amp;الشارات…</translation>
    </message>
    <message>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <source>Print the &amp;day&apos;s badges…</source>
        <translation>طباعة شارات &amp;اليوم…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <source>Visit &amp;summary…</source>
        <translation>&amp;ملخص الزيارة…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>&amp;Previous day</source>
        <translation>اليوم &amp;السابق</translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <source>&amp;Next day</source>
        <translation>اليوم &amp;التالي</translation>
    </message>
    <message>
        <source>Alt+Right</source>
        <translation>Alt+Right</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;اليوم</translation>
    </message>
    <message>
        <source>Alt+Home</source>
        <translation>Alt+Home</translation>
    </message>
    <message>
        <source>&amp;Import schedule…</source>
        <translation>&amp;استيراد الجدول…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>الإ&amp;عدادات…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
</context>
<context>
    <name>MovementsModel</name>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>Flight / train</source>
        <translation>الرحلة / القطار</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>المريض</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>المجموعة</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Pickup</source>
        <translation>الاستقبال</translation>
    </message>
    <message>
        <source>Stays at</source>
        <translation>يقيم في</translation>
    </message>
    <message>
        <source>interpreter</source>
        <translation>مترجم</translation>
    </message>
    <message>
        <source>booked</source>
        <translation>محجوز</translation>
    </message>
    <message>
        <source>✖ none</source>
        <translation>✖ لا يوجد</translation>
    </message>
</context>
<context>
    <name>MrzInput</name>
    <message>
        <source>Passport MRZ (scan with the reader, or paste both lines)</source>
        <translation>المنطقة المقروءة آليًا في الجواز (امسحها بالقارئ أو الصق السطرين)</translation>
    </message>
    <message>
        <source>{count} characters</source>
        <translation>{count} حرفًا</translation>
    </message>
    <message>
        <source>✓ Read: {name}, passport {number} ({nationality}), born {born}</source>
        <translation>✓ قُرئ: {name}، الجواز {number} ({nationality})، تاريخ الميلاد {born}</translation>
    </message>
    <message>
        <source>⚠ This passport expired on {day}.</source>
        <translation>⚠ انتهت صلاحية هذا الجواز في {day}.</translation>
    </message>
</context>
<context>
    <name>OnsiteDock</name>
    <message>
        <source>On site</source>
        <translation>في المبنى</translation>
    </message>
    <message>
        <source>Fire roll-call (PDF)</source>
        <translation>قائمة الإخلاء عند الحريق (PDF)</translation>
    </message>
    <message>
        <source>{n} on site{parts}</source>
        <translation>{n} في المبنى{parts}</translation>
    </message>
</context>
<context>
    <name>OnsiteModel</name>
    <message>
        <source>Holder</source>
        <translation>الحامل</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Native name</source>
        <translation>الاسم بلغته</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>الشارة</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>دخل</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>الباب</translation>
    </message>
    <message>
        <source>Going to</source>
        <translation>متجه إلى</translation>
    </message>
</context>
<context>
    <name>PatientActions</name>
    <message>
        <source>Check-in is for today: go back to today (Alt+Home) first</source>
        <translation>تسجيل الوصول لليوم فقط: عد إلى اليوم أولًا (Alt+Home)</translation>
    </message>
    <message>
        <source>Checking in…</source>
        <translation>جارٍ تسجيل الوصول…</translation>
    </message>
    <message>
        <source>Check-in failed</source>
        <translation>فشل تسجيل الوصول</translation>
    </message>
    <message>
        <source>Undoing the check-in…</source>
        <translation>جارٍ التراجع عن تسجيل الوصول…</translation>
    </message>
    <message>
        <source>Undo failed</source>
        <translation>فشل التراجع</translation>
    </message>
    <message>
        <source>Check-in undone</source>
        <translation>أُلغي تسجيل الوصول</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>لم يحضر</translation>
    </message>
    <message>
        <source>Mark {n} remaining appointment(s) of {name} as no-show?</source>
        <translation>هل تريد تسجيل {n} من مواعيد {name} المتبقية كعدم حضور؟</translation>
    </message>
    <message>
        <source>Marking no-show…</source>
        <translation>جارٍ تسجيل عدم الحضور…</translation>
    </message>
    <message>
        <source>No-show failed</source>
        <translation>فشل تسجيل عدم الحضور</translation>
    </message>
    <message>
        <source>{n} appointment(s) marked no-show</source>
        <translation>سُجّل {n} موعد كعدم حضور</translation>
    </message>
    <message>
        <source>unknown staff</source>
        <translation>موظف غير معروف</translation>
    </message>
    <message>
        <source>{name}: already checked in at {time} by {who} at {where}</source>
        <translation>{name}: سُجّل وصوله سابقًا الساعة {time} بواسطة {who} في {where}</translation>
    </message>
    <message>
        <source>{name}: checked in at {time} by {who} at {where}</source>
        <translation>{name}: سُجّل وصوله الساعة {time} بواسطة {who} في {where}</translation>
    </message>
    <message>
        <source>{name}: already checked in at {time} by {who}</source>
        <translation>{name}: سُجّل وصوله سابقًا الساعة {time} بواسطة {who}</translation>
    </message>
    <message>
        <source>{name}: checked in at {time} by {who}</source>
        <translation>{name}: سُجّل وصوله الساعة {time} بواسطة {who}</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>تسجيل الوصول</translation>
    </message>
    <message>
        <source>Check in {name}?</source>
        <translation>هل تريد تسجيل وصول {name}؟</translation>
    </message>
    <message>
        <source>Ask the patient to confirm the date of birth: &lt;b&gt;{dob}&lt;/b&gt;</source>
        <translation>اطلب من المريض تأكيد تاريخ الميلاد: &lt;b&gt;{dob}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The date of birth is &lt;b&gt;not known&lt;/b&gt; (a hospital feed had none): ask it</source>
        <translation>تاريخ الميلاد &lt;b&gt;غير معروف&lt;/b&gt; (لم يرد في بيانات المستشفى): اسأل المريض عنه</translation>
    </message>
    <message>
        <source>Financial clearance missing: no estimate, deposit or guarantee</source>
        <translation>الموافقة المالية غير موجودة: لا تقدير ولا عربون ولا ضمان</translation>
    </message>
    <message>
        <source>Financial clearance pending: the estimate is not covered</source>
        <translation>الموافقة المالية معلّقة: التقدير غير مغطّى</translation>
    </message>
    <message>
        <source>Financial clearance expired: a guarantee of payment ran out</source>
        <translation>انتهت الموافقة المالية: انتهت صلاحية ضمان الدفع</translation>
    </message>
</context>
<context>
    <name>PatientPanel</name>
    <message>
        <source>Visa letter…</source>
        <translation>خطاب التأشيرة…</translation>
    </message>
    <message>
        <source>Issue a signed visa invitation letter</source>
        <translation>إصدار خطاب دعوة موقَّع للتأشيرة</translation>
    </message>
    <message>
        <source>Clearance…</source>
        <translation>الموافقة المالية…</translation>
    </message>
    <message>
        <source>The stay&apos;s estimate, deposits and guarantees</source>
        <translation>تقدير الإقامة والعرابين والضمانات</translation>
    </message>
    <message>
        <source>unknown: ask the patient</source>
        <translation>غير معروف: اسأل المريض</translation>
    </message>
    <message>
        <source>· interpreter needed</source>
        <translation>· يحتاج مترجمًا</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>✔ Arrived at {time}, checked in by {who}{where}</source>
        <translation>✔ وصل الساعة {time}، سجّله {who}{where}</translation>
    </message>
    <message>
        <source>✖ No-show</source>
        <translation>✖ لم يحضر</translation>
    </message>
    <message>
        <source>No appointments on {day}</source>
        <translation>لا مواعيد في {day}</translation>
    </message>
    <message>
        <source>Expected: first appointment at {time}</source>
        <translation>متوقَّع: أول موعد الساعة {time}</translation>
    </message>
    <message>
        <source>None</source>
        <translation>لا يوجد</translation>
    </message>
    <message>
        <source>No visit on this day</source>
        <translation>لا زيارة في هذا اليوم</translation>
    </message>
    <message>
        <source>None issued yet</source>
        <translation>لم يُصدر أي منها بعد</translation>
    </message>
    <message>
        <source>valid until {time}</source>
        <translation>صالحة حتى {time}</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>منتهية</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>ملغاة</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>مستبدلة</translation>
    </message>
    <message>
        <source>{number} · {name} · {holder} · printed {n}× · {state}</source>
        <translation>{number} · {name} · {holder} · طُبعت {n}× · {state}</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <translation>d MMMM yyyy</translation>
    </message>
    <message>
        <source>Find a patient, or pick a row of the day, to see them here.</source>
        <translation>ابحث عن مريض أو اختر صفًا من اليوم لعرضه هنا.</translation>
    </message>
    <message>
        <source>Check in…</source>
        <translation>تسجيل الوصول…</translation>
    </message>
    <message>
        <source>Check the patient in for the day (Ctrl+Enter)</source>
        <translation>تسجيل وصول المريض لهذا اليوم (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Undo check-in</source>
        <translation>التراجع عن تسجيل الوصول</translation>
    </message>
    <message>
        <source>Undo this day&apos;s check-in (Ctrl+Shift+Z)</source>
        <translation>التراجع عن تسجيل وصول هذا اليوم (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>لم يحضر</translation>
    </message>
    <message>
        <source>Mark the day&apos;s remaining appointments as no-show (Ctrl+Shift+N)</source>
        <translation>تسجيل مواعيد اليوم المتبقية كعدم حضور (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>MRN</source>
        <translation>رقم الملف الطبي</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>الجنسية</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>جواز السفر</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Staying at</source>
        <translation>يقيم في</translation>
    </message>
    <message>
        <source>Before arrival</source>
        <translation>قبل الوصول</translation>
    </message>
    <message>
        <source>Case…</source>
        <translation>الحالة…</translation>
    </message>
    <message>
        <source>The patient&apos;s international case: checklist, travel, interpreters (Ctrl+Shift+K)</source>
        <translation>الحالة الدولية للمريض: قائمة التحقق، السفر، المترجمون (Ctrl+Shift+K)</translation>
    </message>
    <message>
        <source>Today&apos;s appointments</source>
        <translation>مواعيد اليوم</translation>
    </message>
    <message>
        <source>Visit summary…</source>
        <translation>ملخص الزيارة…</translation>
    </message>
    <message>
        <source>Print the day&apos;s appointments for the patient, in their language (Ctrl+Shift+P)</source>
        <translation>طباعة مواعيد اليوم للمريض بلغته (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Companions</source>
        <translation>المرافقون</translation>
    </message>
    <message>
        <source>Add companion…</source>
        <translation>إضافة مرافق…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Badges issued</source>
        <translation>الشارات الصادرة</translation>
    </message>
    <message>
        <source>Print badges…</source>
        <translation>طباعة الشارات…</translation>
    </message>
    <message>
        <source>Print, reprint or replace the badges of the patient and companions (Ctrl+B)</source>
        <translation>طباعة شارات المريض ومرافقيه أو إعادة طباعتها أو استبدالها (Ctrl+B)</translation>
    </message>
    <message>
        <source>Edit contact details…</source>
        <translation>تعديل بيانات الاتصال…</translation>
    </message>
    <message>
        <source>Phone, e-mail, hotel (Ctrl+Shift+E)</source>
        <translation>الهاتف، البريد الإلكتروني، الفندق (Ctrl+Shift+E)</translation>
    </message>
</context>
<context>
    <name>PrintWords</name>
    <message>
        <source>rejecting jobs</source>
        <translation>ترفض المهام</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>متوقفة مؤقتًا</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>غير متصلة</translation>
    </message>
    <message>
        <source>cannot be reached</source>
        <translation>لا يمكن الوصول إليها</translation>
    </message>
    <message>
        <source>out of labels or paper</source>
        <translation>نفدت الملصقات أو الورق</translation>
    </message>
    <message>
        <source>needs labels or paper loaded</source>
        <translation>تحتاج إلى تحميل ملصقات أو ورق</translation>
    </message>
    <message>
        <source>paper jam</source>
        <translation>انحشار الورق</translation>
    </message>
    <message>
        <source>cover open</source>
        <translation>الغطاء مفتوح</translation>
    </message>
    <message>
        <source>a door open</source>
        <translation>أحد الأبواب مفتوح</translation>
    </message>
    <message>
        <source>out of toner</source>
        <translation>نفد الحبر الجاف</translation>
    </message>
    <message>
        <source>out of ink or toner</source>
        <translation>نفد الحبر</translation>
    </message>
    <message>
        <source>no tray</source>
        <translation>لا يوجد درج</translation>
    </message>
    <message>
        <source>switched off</source>
        <translation>مطفأة</translation>
    </message>
    <message>
        <source>does not answer</source>
        <translation>لا تستجيب</translation>
    </message>
    <message>
        <source>partly stopped</source>
        <translation>متوقفة جزئيًا</translation>
    </message>
    <message>
        <source>stopping</source>
        <translation>قيد الإيقاف</translation>
    </message>
    <message>
        <source>no driver for this document</source>
        <translation>لا يوجد برنامج تشغيل لهذا المستند</translation>
    </message>
    <message>
        <source>Resume it in the printer settings, then print again.</source>
        <translation>استأنفها من إعدادات الطابعة، ثم اطبع مرة أخرى.</translation>
    </message>
    <message>
        <source>Set it to accept jobs in the printer settings, or choose another.</source>
        <translation>اضبطها على قبول المهام من إعدادات الطابعة، أو اختر طابعة أخرى.</translation>
    </message>
    <message>
        <source>Switch it on and connect it, then print again.</source>
        <translation>شغّلها وقم بتوصيلها، ثم اطبع مرة أخرى.</translation>
    </message>
    <message>
        <source>Check its cable or network and that it is on, then print again.</source>
        <translation>تحقق من الكابل أو الشبكة ومن أنها قيد التشغيل، ثم اطبع مرة أخرى.</translation>
    </message>
    <message>
        <source>Load labels or paper, then print again.</source>
        <translation>حمّل ملصقات أو ورقًا، ثم اطبع مرة أخرى.</translation>
    </message>
    <message>
        <source>Clear the jam, then print again.</source>
        <translation>أزل الورق المحشور، ثم اطبع مرة أخرى.</translation>
    </message>
    <message>
        <source>Fix it or choose another printer, then print again.</source>
        <translation>أصلح المشكلة أو اختر طابعة أخرى، ثم اطبع مرة أخرى.</translation>
    </message>
    <message>
        <source>No printer is chosen: choose one, or choose “PDF file” to save the badges.</source>
        <translation>لم تُختر أي طابعة: اختر واحدة، أو اختر «ملف PDF» لحفظ البطاقات.</translation>
    </message>
    <message>
        <source>There is no printer {printer} any more: choose another.</source>
        <translation>لم تعد الطابعة {printer} موجودة: اختر طابعة أخرى.</translation>
    </message>
    <message>
        <source>{printer} refused the job: {said}.</source>
        <translation>رفضت {printer} المهمة: {said}.</translation>
    </message>
    <message>
        <source>The print system (CUPS) does not answer.</source>
        <translation>نظام الطباعة (CUPS) لا يستجيب.</translation>
    </message>
    <message>
        <source>CUPS lost job {job} on {printer}.</source>
        <translation>فقد CUPS المهمة {job} على {printer}.</translation>
    </message>
    <message>
        <source>The print system (CUPS) stopped answering while job {job} was on {printer}: check what came out before printing again.</source>
        <translation>توقف نظام الطباعة (CUPS) عن الاستجابة بينما كانت المهمة {job} على {printer}: تحقق مما خرج قبل الطباعة مرة أخرى.</translation>
    </message>
    <message>
        <source>Job {job} on {printer} was cancelled.</source>
        <translation>أُلغيت المهمة {job} على {printer}.</translation>
    </message>
    <message>
        <source>Job {job} on {printer} stopped with an error.</source>
        <translation>توقفت المهمة {job} على {printer} بسبب خطأ.</translation>
    </message>
    <message>
        <source>Job {job} is held on {printer}.</source>
        <translation>المهمة {job} محتجزة على {printer}.</translation>
    </message>
    <message>
        <source>Job {job} stopped on {printer}.</source>
        <translation>توقفت المهمة {job} على {printer}.</translation>
    </message>
    <message>
        <source>{printer} does not take the job (“{said}”): check that it is on and connected, then print again.</source>
        <translation>لا تستقبل {printer} المهمة («{said}»): تحقق من أنها قيد التشغيل ومتصلة، ثم اطبع مرة أخرى.</translation>
    </message>
    <message>
        <source>Job {job} on {printer} did not finish in {minutes} minutes.</source>
        <translation>لم تنتهِ المهمة {job} على {printer} خلال {minutes} دقيقة.</translation>
    </message>
    <message>
        <source>busy</source>
        <translation>مشغولة</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>جاهزة</translation>
    </message>
    <message>
        <source>{printer}: {state}.</source>
        <translation>{printer}: {state}.</translation>
    </message>
    <message>
        <source>printed on {printer} ({stock}, job {job})</source>
        <translation>طُبعت على {printer} ({stock}، المهمة {job})</translation>
    </message>
    <message>
        <source>{pages} page(s) sent to {printer} (this system does not report whether it printed)</source>
        <translation>أُرسلت {pages} صفحة إلى {printer} (هذا النظام لا يُبلغ عما إذا طُبعت)</translation>
    </message>
    <message>
        <source>{printer} has no stock for “{layout}”: it needs {needed}. Choose another printer or layout ({printer}&apos;s stocks: {have}).</source>
        <translation>لا تملك {printer} خامة لـ«{layout}»: تحتاج إلى {needed}. اختر طابعة أو تخطيطًا آخر (خامات {printer}: {have}).</translation>
    </message>
    <message>
        <source>none it reports</source>
        <translation>لا تُبلغ عن أي خامة</translation>
    </message>
    <message>
        <source>{printer} did not print.</source>
        <translation>لم تطبع {printer}.</translation>
    </message>
    <message>
        <source>Job {job} was cancelled.</source>
        <translation>أُلغيت المهمة {job}.</translation>
    </message>
    <message>
        <source>Nothing was counted as printed.</source>
        <translation>لم يُحتسب أي شيء كمطبوع.</translation>
    </message>
</context>
<context>
    <name>RollCall</name>
    <message>
        <source>Fire roll-call</source>
        <translation>قائمة الإخلاء عند الحريق</translation>
    </message>
    <message>
        <source>Open the PDF</source>
        <translation>فتح ملف PDF</translation>
    </message>
    <message>
        <source>In {folder}</source>
        <translation>في {folder}</translation>
    </message>
    <message>
        <source>Printed on {printer} and saved as {name}</source>
        <translation>طُبع على {printer} وحُفظ باسم {name}</translation>
    </message>
    <message>
        <source>Saved as {name}</source>
        <translation>حُفظ باسم {name}</translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Own script</source>
        <translation>بخطه الأصلي</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <source>Staff / agency</source>
        <translation>موظف / وكالة</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>المقر</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>ساعات العمل</translation>
    </message>
    <message>
        <source>Days off ahead</source>
        <translation>أيام الإجازة القادمة</translation>
    </message>
    <message>
        <source>{name} (off the roster)</source>
        <translation>{name} (خارج القائمة)</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>موظف</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>وكالة</translation>
    </message>
    <message>
        <source>on call</source>
        <translation>عند الطلب</translation>
    </message>
</context>
<context>
    <name>ScanLogDialog</name>
    <message>
        <source>Scans at the doors</source>
        <translation>المسح عند الأبواب</translation>
    </message>
    <message>
        <source>All verdicts</source>
        <translation>جميع النتائج</translation>
    </message>
    <message>
        <source>Refused only</source>
        <translation>المرفوضة فقط</translation>
    </message>
    <message>
        <source>Valid only</source>
        <translation>الصالحة فقط</translation>
    </message>
    <message>
        <source>Badge number</source>
        <translation>رقم الشارة</translation>
    </message>
    <message>
        <source>All doors</source>
        <translation>جميع الأبواب</translation>
    </message>
    <message>
        <source>{shown} of {total} scans shown · {refused} refused</source>
        <translation>عُرض {shown} من {total} عملية مسح · {refused} مرفوضة</translation>
    </message>
</context>
<context>
    <name>ScanLogModel</name>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>الباب</translation>
    </message>
    <message>
        <source>Way</source>
        <translation>الاتجاه</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>الشارة</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>الحامل</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>أُرسل</translation>
    </message>
</context>
<context>
    <name>ScheduleModel</name>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Patient (passport)</source>
        <translation>المريض (حسب الجواز)</translation>
    </message>
    <message>
        <source>Native name</source>
        <translation>الاسم بلغته</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>المترجم</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>القسم</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>الطبيب</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>{status}: arrived at {time}</source>
        <translation>{status}: وصل الساعة {time}</translation>
    </message>
    <message>
        <source>by phone</source>
        <translation>عبر الهاتف</translation>
    </message>
    <message>
        <source>by video</source>
        <translation>عبر الفيديو</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>شخص ما</translation>
    </message>
    <message>
        <source>Interpreter booked: {who}</source>
        <translation>المترجم المحجوز: {who}</translation>
    </message>
    <message>
        <source>needed</source>
        <translation>مطلوب</translation>
    </message>
    <message>
        <source>Interpreter needed: {language} ({tag})</source>
        <translation>يحتاج مترجمًا: {language} ({tag})</translation>
    </message>
    <message>
        <source>{who}: to review, the appointment moved</source>
        <translation>{who}: للمراجعة، تغيّر الموعد</translation>
    </message>
    <message>
        <source>booked: {who} ({status})</source>
        <translation>محجوز: {who} ({status})</translation>
    </message>
    <message>
        <source>requested</source>
        <translation>مطلوب</translation>
    </message>
    <message>
        <source>none booked</source>
        <translation>لا حجز</translation>
    </message>
</context>
<context>
    <name>SearchController</name>
    <message>
        <source>No patient matches “{q}”</source>
        <translation>لا مريض يطابق «{q}»</translation>
    </message>
    <message>
        <source>{n} patients match “{q}” — ↑↓ to choose, Enter to open</source>
        <translation>{n} مريض يطابقون «{q}» — ↑↓ للاختيار، Enter للفتح</translation>
    </message>
    <message>
        <source>Could not search: {message}</source>
        <translation>تعذّر البحث: {message}</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>Patient (passport)</source>
        <translation>المريض (حسب الجواز)</translation>
    </message>
    <message>
        <source>Native name</source>
        <translation>الاسم بلغته</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>MRN</source>
        <translation>رقم الملف الطبي</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>الجنسية</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>التطابق</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>✔ expected</source>
        <translation>✔ متوقَّع</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>— nobody —</source>
        <translation>— لا أحد —</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <source>Schedule watch folder</source>
        <translation>مجلد مراقبة الجدول</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>This station&apos;s name</source>
        <translation>اسم هذه المحطة</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>المستخدم الحالي</translation>
    </message>
    <message>
        <source>Office time zone</source>
        <translation>المنطقة الزمنية للمكتب</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>قاعدة البيانات</translation>
    </message>
    <message>
        <source>sqlite:///path/to/file or postgresql://host/name</source>
        <translation>sqlite:///path/to/file أو postgresql://host/name</translation>
    </message>
    <message>
        <source>Lock when idle</source>
        <translation>القفل عند عدم النشاط</translation>
    </message>
    <message>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <source>never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <source>Cover patient information after this many minutes without a key or click (0: never)</source>
        <translation>إخفاء معلومات المرضى بعد هذا العدد من الدقائق دون ضغط مفتاح أو نقرة (0: أبدًا)</translation>
    </message>
    <message>
        <source>none: new exports dropped here are imported (done/ and failed/ beside them)</source>
        <translation>لا يوجد: تُستورد ملفات التصدير الجديدة الموضوعة هنا (مع done/ و failed/ بجانبها)</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose the folder</source>
        <translation>اختر المجلد</translation>
    </message>
    <message>
        <source>HL7 feed (MLLP)</source>
        <translation>تغذية HL7 (MLLP)</translation>
    </message>
    <message>
        <source>0.0.0.0 (every network interface)</source>
        <translation>0.0.0.0 (كل واجهات الشبكة)</translation>
    </message>
    <message>
        <source>The address the listener takes: 0.0.0.0 for the hospital&apos;s interface engine on another computer, 127.0.0.1 for this computer only</source>
        <translation>العنوان الذي يستمع عليه المستقبِل: 0.0.0.0 لمحرك الربط في المستشفى على حاسوب آخر، و127.0.0.1 لهذا الحاسوب فقط</translation>
    </message>
    <message>
        <source>port </source>
        <translation>المنفذ </translation>
    </message>
    <message>
        <source>off</source>
        <translation>متوقف</translation>
    </message>
    <message>
        <source>The TCP port the interface engine sends SIU messages to (2575 is usual); each is applied and acknowledged. Off: no listener on this station</source>
        <translation>منفذ TCP الذي يرسل إليه محرك الربط رسائل SIU (المعتاد 2575)؛ تُطبَّق كل رسالة ويُرسل إقرار باستلامها. متوقف: لا مستقبِل على هذه المحطة</translation>
    </message>
    <message>
        <source>The time zone is the whole office&apos;s (it is kept in the database). A new database takes effect when Frontdesk starts again.</source>
        <translation>المنطقة الزمنية للمكتب كله (محفوظة في قاعدة البيانات). تسري قاعدة البيانات الجديدة عند إعادة تشغيل Frontdesk.</translation>
    </message>
    <message>
        <source>Language of the desk</source>
        <translation>لغة المكتب</translation>
    </message>
    <message>
        <source>The language of this station&apos;s windows (the patients&apos; papers follow each patient&apos;s own language)</source>
        <translation>لغة نوافذ هذه المحطة (أوراق المرضى تتبع لغة كل مريض)</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in at {station}</source>
        <translation>تسجيل الدخول في {station}</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>جارٍ التحقق…</translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <source>Visit summary — {name}</source>
        <translation>ملخص الزيارة — {name}</translation>
    </message>
    <message>
        <source>No summary in {language} yet: English instead.</source>
        <translation>لا ملخص بـ{language} بعد: سيُستخدم الإنجليزية بدلًا منها.</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>جارٍ تحضير المعاينة…</translation>
    </message>
    <message>
        <source>The office&apos;s address is not set: this summary has none (Settings, or frontdesk office-info --address).</source>
        <translation>عنوان المكتب غير محدد: هذا الملخص بلا عنوان (الإعدادات، أو frontdesk office-info --address).</translation>
    </message>
    <message>
        <source>The office&apos;s phone number is not set: this summary has none (Settings, or frontdesk office-info --phone).</source>
        <translation>رقم هاتف المكتب غير محدد: هذا الملخص بلا رقم (الإعدادات، أو frontdesk office-info --phone).</translation>
    </message>
    <message>
        <source>{appointments} appointment(s) on {days} day(s), in {language}</source>
        <translation>{appointments} موعد في {days} يوم، بـ{language}</translation>
    </message>
    <message>
        <source>Nothing was printed.</source>
        <translation>لم يُطبع شيء.</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>جارٍ الطباعة…</translation>
    </message>
    <message>
        <source>saved {path}</source>
        <translation>تم الحفظ: {path}</translation>
    </message>
    <message>
        <source>visit summary: {words}</source>
        <translation>ملخص الزيارة: {words}</translation>
    </message>
    <message>
        <source>visit summary: {pages} page(s) sent to {printer}</source>
        <translation>ملخص الزيارة: أُرسلت {pages} صفحة إلى {printer}</translation>
    </message>
    <message>
        <source>Visit summary</source>
        <translation>ملخص الزيارة</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>ال&amp;لغة</translation>
    </message>
    <message>
        <source>The patient&apos;s preferred language unless you choose another</source>
        <translation>اللغة المفضلة للمريض ما لم تختر غيرها</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;من</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;إلى</translation>
    </message>
    <message>
        <source>The last day of a stay of several days</source>
        <translation>آخر يوم في إقامة تمتد عدة أيام</translation>
    </message>
    <message>
        <source>P&amp;aper</source>
        <translation>ال&amp;ورق</translation>
    </message>
    <message>
        <source>&amp;Printer</source>
        <translation>&amp;الطابعة</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>معاينة</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>طباعة</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>TravelForm</name>
    <message>
        <source>YYYY-MM-DD HH:MM, as on the ticket</source>
        <translation>YYYY-MM-DD HH:MM، كما في التذكرة</translation>
    </message>
    <message>
        <source>Flight</source>
        <translation>طيران</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>قطار</translation>
    </message>
    <message>
        <source>Road</source>
        <translation>برًّا</translation>
    </message>
    <message>
        <source>Pickup booked</source>
        <translation>الاستقبال محجوز</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>الوصول</translation>
    </message>
    <message>
        <source>By</source>
        <translation>الوسيلة</translation>
    </message>
    <message>
        <source>Flight / train</source>
        <translation>الرحلة / القطار</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>Lands at</source>
        <translation>يهبط في</translation>
    </message>
    <message>
        <source>Local time there</source>
        <translation>التوقيت المحلي هناك</translation>
    </message>
    <message>
        <source>Pickup</source>
        <translation>الاستقبال</translation>
    </message>
    <message>
        <source>driver or company</source>
        <translation>السائق أو الشركة</translation>
    </message>
    <message>
        <source>Meeting point</source>
        <translation>نقطة الالتقاء</translation>
    </message>
    <message>
        <source>At (local time)</source>
        <translation>الساعة (بالتوقيت المحلي)</translation>
    </message>
    <message>
        <source>Where they stay</source>
        <translation>مكان الإقامة</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>hotel, street</source>
        <translation>الفندق، الشارع</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <source>Check-out</source>
        <translation>تسجيل المغادرة</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>المغادرة</translation>
    </message>
    <message>
        <source>Leaves from</source>
        <translation>يغادر من</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Transfer by</source>
        <translation>التوصيل بواسطة</translation>
    </message>
    <message>
        <source>Save travel</source>
        <translation>حفظ السفر</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>التراجع عن التغييرات</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>office time {time}</source>
        <translation>بتوقيت المكتب {time}</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Scheduled</source>
        <translation>مجدول</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>وصل</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>جارٍ</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>مكتمل</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ملغى</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>لم يحضر</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>مطلوب</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>محجوز</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>مؤكَّد</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>حضوري</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>فيديو</translation>
    </message>
    <message>
        <source>Double-booked</source>
        <translation>حجز مزدوج</translation>
    </message>
    <message>
        <source>Tight travel between buildings</source>
        <translation>وقت تنقّل ضيق بين المباني</translation>
    </message>
    <message>
        <source>Outside working hours</source>
        <translation>خارج ساعات العمل</translation>
    </message>
    <message>
        <source>Day off</source>
        <translation>يوم إجازة</translation>
    </message>
    <message>
        <source>Not on the roster any more</source>
        <translation>لم يعد في القائمة</translation>
    </message>
    <message>
        <source>Medical records received</source>
        <translation>استُلمت السجلات الطبية</translation>
    </message>
    <message>
        <source>Records translated</source>
        <translation>تُرجمت السجلات</translation>
    </message>
    <message>
        <source>Visa letter issued</source>
        <translation>صدر خطاب التأشيرة</translation>
    </message>
    <message>
        <source>Financial clearance</source>
        <translation>الموافقة المالية</translation>
    </message>
    <message>
        <source>Travel booked</source>
        <translation>السفر محجوز</translation>
    </message>
    <message>
        <source>Hotel booked</source>
        <translation>الفندق محجوز</translation>
    </message>
    <message>
        <source>Interpreter booked</source>
        <translation>المترجم محجوز</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>معلّق</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>غير مطلوب</translation>
    </message>
    <message>
        <source>patient</source>
        <translation>مريض</translation>
    </message>
    <message>
        <source>companion</source>
        <translation>مرافق</translation>
    </message>
    <message>
        <source>interpreter</source>
        <translation>مترجم</translation>
    </message>
    <message>
        <source>visitor</source>
        <translation>زائر</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>السجلات</translation>
    </message>
    <message>
        <source>Translated</source>
        <translation>الترجمة</translation>
    </message>
    <message>
        <source>Visa</source>
        <translation>التأشيرة</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>المالية</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>السفر</translation>
    </message>
    <message>
        <source>Hotel</source>
        <translation>الفندق</translation>
    </message>
    <message>
        <source>Interp.</source>
        <translation>المترجم</translation>
    </message>
    <message>
        <source>the desk</source>
        <translation>المكتب</translation>
    </message>
    <message>
        <source>the interpreter bookings</source>
        <translation>حجوزات المترجمين</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>متأخر</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <source>Register walk-in</source>
        <translation>تسجيل مريض دون موعد</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>أنثى</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>ذكر</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>آخر</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>Type part of the name or the code</source>
        <translation>اكتب جزءًا من الاسم أو الرمز</translation>
    </message>
    <message>
        <source>Type part of the name</source>
        <translation>اكتب جزءًا من الاسم</translation>
    </message>
    <message>
        <source>Type or pick</source>
        <translation>اكتب أو اختر</translation>
    </message>
    <message>
        <source>consultation</source>
        <translation>استشارة</translation>
    </message>
    <message>
        <source>second opinion</source>
        <translation>رأي ثانٍ</translation>
    </message>
    <message>
        <source>treatment</source>
        <translation>علاج</translation>
    </message>
    <message>
        <source>imaging</source>
        <translation>تصوير طبي</translation>
    </message>
    <message>
        <source>lab</source>
        <translation>مختبر</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <source>Appointment on {day}</source>
        <translation>موعد في {day}</translation>
    </message>
    <message>
        <source>{text} is not a country in the list: type part of its name</source>
        <translation>{text} ليس دولة في القائمة: اكتب جزءًا من اسمها</translation>
    </message>
    <message>
        <source>{time} does not exist that day: the clocks go forward</source>
        <translation>الساعة {time} غير موجودة في ذلك اليوم: تُقدَّم الساعة</translation>
    </message>
    <message>
        <source>Walk-in patient</source>
        <translation>مريض دون موعد</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>المريض</translation>
    </message>
    <message>
        <source>&amp;MRN *</source>
        <translation>&amp;رقم الملف الطبي *</translation>
    </message>
    <message>
        <source>Medical record number</source>
        <translation>رقم الملف الطبي</translation>
    </message>
    <message>
        <source>The hospital&apos;s medical record number: letters, digits and - _ / .</source>
        <translation>رقم الملف الطبي في المستشفى: حروف وأرقام و - _ / .</translation>
    </message>
    <message>
        <source>&amp;Family name *</source>
        <translation>اسم &amp;العائلة *</translation>
    </message>
    <message>
        <source>As in the passport, Latin letters</source>
        <translation>كما في جواز السفر، بالحروف اللاتينية</translation>
    </message>
    <message>
        <source>&amp;Given name *</source>
        <translation>الاسم &amp;الأول *</translation>
    </message>
    <message>
        <source>Family name, &amp;native</source>
        <translation>اسم العائلة &amp;بلغته</translation>
    </message>
    <message>
        <source>In the patient&apos;s own script (optional)</source>
        <translation>بخط المريض الأصلي (اختياري)</translation>
    </message>
    <message>
        <source>The family name as the patient writes it: Arabic, Hebrew, Chinese, Cyrillic…</source>
        <translation>اسم العائلة كما يكتبه المريض: بالعربية أو العبرية أو الصينية أو السيريلية…</translation>
    </message>
    <message>
        <source>Given name, nati&amp;ve</source>
        <translation>الاسم الأول &amp;بلغته</translation>
    </message>
    <message>
        <source>The given name as the patient writes it</source>
        <translation>الاسم الأول كما يكتبه المريض</translation>
    </message>
    <message>
        <source>&amp;Date of birth *</source>
        <translation>تاريخ &amp;الميلاد *</translation>
    </message>
    <message>
        <source>YYYY-MM-DD or DD/MM/YYYY</source>
        <translation>YYYY-MM-DD أو DD/MM/YYYY</translation>
    </message>
    <message>
        <source>Se&amp;x</source>
        <translation>ال&amp;جنس</translation>
    </message>
    <message>
        <source>N&amp;ationality</source>
        <translation>ال&amp;جنسية</translation>
    </message>
    <message>
        <source>Type part of the country&apos;s name or its code</source>
        <translation>اكتب جزءًا من اسم الدولة أو رمزها</translation>
    </message>
    <message>
        <source>&amp;Passport no.</source>
        <translation>رقم &amp;الجواز</translation>
    </message>
    <message>
        <source>Language and contact</source>
        <translation>اللغة والاتصال</translation>
    </message>
    <message>
        <source>Preferred &amp;language</source>
        <translation>اللغة &amp;المفضلة</translation>
    </message>
    <message>
        <source>Type part of the language&apos;s name, or a BCP 47 tag such as pt-BR</source>
        <translation>اكتب جزءًا من اسم اللغة، أو وسم BCP 47 مثل pt-BR</translation>
    </message>
    <message>
        <source>&amp;Interpreter needed</source>
        <translation>يحتاج &amp;مترجمًا</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>ال&amp;هاتف</translation>
    </message>
    <message>
        <source>With country code: +966 50 123 4567</source>
        <translation>مع رمز الدولة: +966 50 123 4567</translation>
    </message>
    <message>
        <source>Patients come from abroad: start with + and the country code</source>
        <translation>المرضى قادمون من الخارج: ابدأ بـ + ورمز الدولة</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>البريد &amp;الإلكتروني</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Local addre&amp;ss / hotel</source>
        <translation>العنوان &amp;المحلي / الفندق</translation>
    </message>
    <message>
        <source>Where the patient stays during the visit</source>
        <translation>مكان إقامة المريض أثناء الزيارة</translation>
    </message>
    <message>
        <source>Appointment today</source>
        <translation>موعد اليوم</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>ال&amp;وقت</translation>
    </message>
    <message>
        <source>Start, in the office&apos;s time zone</source>
        <translation>البداية، بالمنطقة الزمنية للمكتب</translation>
    </message>
    <message>
        <source>D&amp;uration</source>
        <translation>ال&amp;مدة</translation>
    </message>
    <message>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <source>Depa&amp;rtment</source>
        <translation>ال&amp;قسم</translation>
    </message>
    <message>
        <source>&amp;Clinician</source>
        <translation>ال&amp;طبيب</translation>
    </message>
    <message>
        <source>L&amp;ocation</source>
        <translation>ال&amp;موقع</translation>
    </message>
    <message>
        <source>Building, floor, room</source>
        <translation>المبنى، الطابق، الغرفة</translation>
    </message>
    <message>
        <source>T&amp;ype</source>
        <translation>ال&amp;نوع</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* مطلوب</translation>
    </message>
</context>
<context>
    <name>WatchFolder</name>
    <message>
        <source>{n} error(s), see its report</source>
        <translation>{n} خطأ، راجع تقريره</translation>
    </message>
    <message>
        <source>{name}: import failed ({why})</source>
        <translation>{name}: فشل الاستيراد ({why})</translation>
    </message>
    <message>
        <source>{name}: not imported yet ({why})</source>
        <translation>{name}: لم يُستورد بعد ({why})</translation>
    </message>
    <message>
        <source>Watch folder not started: {why}</source>
        <translation>لم تبدأ مراقبة المجلد: {why}</translation>
    </message>
</context>
<context>
    <name>_SavingForm</name>
    <message>
        <source>Choose who is signed in (bottom right of the desk) before changing anything.</source>
        <translation>اختر من سجّل الدخول (أسفل النافذة) قبل تغيير أي شيء.</translation>
    </message>
    <message>
        <source>Nothing was saved: {why}</source>
        <translation>لم يُحفظ شيء: {why}</translation>
    </message>
</context>
<context>
    <name>door</name>
    <message>
        <source>Not a badge of this hospital (the code cannot be read as one)</source>
        <translation>ليست شارة من هذا المستشفى (لا يمكن قراءة الرمز كشارة)</translation>
    </message>
    <message>
        <source>Not issued by this office (unknown signing key)</source>
        <translation>لم يصدرها هذا المكتب (مفتاح توقيع غير معروف)</translation>
    </message>
    <message>
        <source>Forged or altered badge</source>
        <translation>شارة مزوّرة أو معدَّلة</translation>
    </message>
    <message>
        <source>Not valid yet: valid from {time}</source>
        <translation>غير صالحة بعد: صالحة من {time}</translation>
    </message>
    <message>
        <source>Expired at {time}</source>
        <translation>انتهت صلاحيتها في {time}</translation>
    </message>
    <message>
        <source>Badge revoked: send the holder to the front desk</source>
        <translation>شارة ملغاة: أرسل حاملها إلى مكتب الاستقبال</translation>
    </message>
    <message>
        <source>Replaced by a newer badge: this one no longer opens doors</source>
        <translation>استُبدلت بشارة أحدث: هذه لم تعد تفتح الأبواب</translation>
    </message>
    <message>
        <source>Badge of another version: send the holder to the front desk</source>
        <translation>شارة من إصدار آخر: أرسل حاملها إلى مكتب الاستقبال</translation>
    </message>
    <message>
        <source>Forged badge: it is not the badge the desk issued</source>
        <translation>شارة مزوّرة: ليست الشارة التي أصدرها المكتب</translation>
    </message>
    <message>
        <source>Not in this door&apos;s list yet: send the holder to the front desk</source>
        <translation>ليست في قائمة هذا الباب بعد: أرسل حاملها إلى مكتب الاستقبال</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>صالحة</translation>
    </message>
    <message>
        <source>Incomplete read ({n} of {total} characters): scan the badge again</source>
        <translation>قراءة ناقصة ({n} من {total} حرفًا): امسح الشارة مرة أخرى</translation>
    </message>
    <message>
        <source>Not a badge of this hospital: a code of {n} characters (a wristband? another barcode?)</source>
        <translation>ليست شارة من هذا المستشفى: رمز من {n} حرفًا (سوار معصم؟ رمز شريطي آخر؟)</translation>
    </message>
</context>
<context>
    <name>failures</name>
    <message>
        <source>The database is busy; try again.</source>
        <translation>قاعدة البيانات مشغولة؛ حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The database cannot be reached; try again in a moment. ({detail})</source>
        <translation>تعذّر الوصول إلى قاعدة البيانات؛ حاول بعد قليل. ({detail})</translation>
    </message>
    <message>
        <source>Unexpected error ({kind}): {message}. The details are in the log.</source>
        <translation>خطأ غير متوقع ({kind}): {message}. التفاصيل في السجل.</translation>
    </message>
    <message>
        <source>{n} more since this one; see the log.</source>
        <translation>{n} أخرى منذ هذا الخطأ؛ راجع السجل.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>حدث خطأ ما</translation>
    </message>
</context>
</TS>
