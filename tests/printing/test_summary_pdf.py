"""The visit summary page without a database: its catalogs, its words in six languages, the
Arabic page right to left, line wrapping in every script, and nothing but its fields."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from zoneinfo import ZoneInfo

import pypdfium2
import pytest
from babel.messages.pofile import read_po

from frontdesk.printing.summary_pdf import (
    MARGIN,
    OfficeInfo,
    SummaryAppointment,
    SummaryCompanion,
    SummaryDay,
    VisitSummary,
    render_summary,
)
from frontdesk.printing.text_flow import embed, wrap_text
from frontdesk.printing.text_runs import lay_out
from frontdesk.printing.translations import (
    LOCALE_DIR,
    available_languages,
    catalog_code,
    catalog_path,
    page_language,
)
from tests.pdf_reading import page_sizes, pdf_text, pdfium_text

BOSTON = ZoneInfo("America/New_York")
DAY = dt.date(2026, 11, 30)
SIX = ("en", "es", "pt", "ar", "zh", "ru")
# Issue 16: the six, then French, German, Japanese, Korean, Turkish, Hebrew, Persian and
# Traditional Chinese.
ALL = (*SIX, "fr", "de", "ja", "ko", "tr", "he", "fa", "zh_Hant")


def _at(hour: int, minute: int = 0, day: dt.date = DAY) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute), tzinfo=BOSTON)


def summary(**changes) -> VisitSummary:
    values = dict(
        office=OfficeInfo(
            name="Harbor Hospital IPC",
            address="15 Parkman Street, Suite 120\nBoston, MA 02114",
            phone="+1 617 726 2787",
            hours="Mon–Fri 7:30–18:00",
        ),
        patient_name="Layla HADDAD",
        native_name="ليلى حداد",
        days=(
            SummaryDay(
                DAY,
                (
                    SummaryAppointment(
                        _at(9), _at(9, 30), "Cardiology", "Dr. Stone", "Yawkey, floor 5, room 512"
                    ),
                    SummaryAppointment(_at(14), _at(15), "Imaging", None, "Blake, floor 1"),
                ),
            ),
        ),
        companions=(SummaryCompanion("Omar HADDAD", "عمر حداد", "son"),),
        interpreter_language="ar",
    )
    values.update(changes)
    return VisitSummary(**values)


def _template_ids() -> set[str]:
    with (LOCALE_DIR / "summary.pot").open("rb") as handle:
        return {m.id for m in read_po(handle) if m.id}


def test_every_catalog_a_plain_po_file_with_every_message_and_its_placeholders():
    """A catalog with a message left untranslated (or fuzzy) fails here: nothing prints in
    English on a page in another language."""
    assert set(ALL) <= set(available_languages())
    template = _template_ids()
    for code in available_languages():
        with catalog_path(code).open("rb") as handle:
            catalog = read_po(handle)
        messages = {m.id: m for m in catalog if m.id}
        assert set(messages) == template, code
        for msgid, message in messages.items():
            if code == "en":
                continue
            assert message.string and not message.fuzzy, (code, msgid)
            assert set(re.findall(r"{\w+}", message.string)) == set(re.findall(r"{\w+}", msgid))


@pytest.mark.parametrize(
    ("tag", "code"),
    [
        ("ar", "ar"),
        ("ar-SA", "ar"),
        ("zh-Hans", "zh"),
        ("zh-CN", "zh"),
        ("zh_Hans_CN", "zh"),
        ("pt-BR", "pt"),
        ("es-MX", "es"),
        ("ru", "ru"),
        ("en-GB", "en"),
        ("fr", "fr"),
        ("fr-CA", "fr"),
        ("de-AT", "de"),
        ("ja", "ja"),
        ("ko-KR", "ko"),
        ("tr", "tr"),
        ("he-IL", "he"),
        ("iw", "he"),  # the old code for Hebrew
        ("fa-IR", "fa"),
        ("zh-Hant", "zh_Hant"),
        ("zh-TW", "zh_Hant"),  # Taiwan, Hong Kong and Macau write Traditional Chinese
        ("zh-HK", "zh_Hant"),
        ("zh-MO", "zh_Hant"),
        ("zh-SG", "zh"),
        ("nl", "en"),  # no Dutch catalog
        ("tlh", "en"),
        ("not a tag", "en"),
        ("", "en"),
        (None, "en"),
    ],
)
def test_a_language_tag_finds_its_catalog_or_english(tag, code):
    assert catalog_code(tag) == code


def test_dates_follow_the_asked_locale_even_when_the_words_are_its_languages():
    brazil = page_language("pt-BR")
    assert brazil.code == "pt" and str(brazil.locale) == "pt_BR"
    assert brazil.date(DAY) == "segunda-feira, 30 de novembro de 2026"
    assert page_language("ar").rtl and not page_language("zh-Hans").rtl


LABELS = {
    "en": ["Visit summary", "Patient", "Clinician", "Place", "Interpreter", "Companions",
           "What to bring / where to go first", "Page 1 of 1", "Monday, November 30, 2026",
           "9:00 – 9:30 AM", "Please bring your passport"],
    "es": ["Resumen de la visita", "Paciente", "Médico", "Lugar", "Intérprete", "Acompañantes",
           "Qué traer / adónde ir primero", "Página 1 de 1", "lunes, 30 de noviembre de 2026",
           "Traiga su pasaporte"],
    "pt": ["Resumo da visita", "Paciente", "Médico", "Local", "Intérprete", "Acompanhantes",
           "O que trazer / aonde ir primeiro", "Página 1 de 1",
           "segunda-feira, 30 de novembro de 2026", "Traga o seu passaporte"],
    "ar": ["ملخص الزيارة", "المريض", "الطبيب", "المكان", "المترجم", "المرافقون", "الصفحة",
           "الاثنين", "نوفمبر", "يرجى إحضار جواز السفر"],
    "zh": ["就诊摘要", "患者", "医生", "地点", "翻译", "陪同人员", "第 1 页",
           "2026年11月30日星期一", "请携带护照"],
    "ru": ["Сводка визита", "Пациент", "Врач", "Место", "Переводчик", "Сопровождающие",
           "Страница 1 из 1", "понедельник, 30 ноября 2026 г.", "Возьмите с собой паспорт"],
}  # fmt: skip


@pytest.mark.parametrize("code", SIX)
def test_each_language_prints_its_own_labels_and_dates_and_the_data_as_stored(code):
    text = pdf_text(render_summary(summary(), page_language(code)))
    flat = re.sub(r"\s+", "", text)  # pypdf cuts lines at each change of font or direction
    for label in LABELS[code]:
        # an Arabic line comes back in its runs' visual order: look for each word
        for part in label.split() if code == "ar" else [label]:
            assert re.sub(r"\s+", "", part) in flat, part
    for stored in ("Cardiology", "Dr.Stone", "HarborHospitalIPC", "+16177262787", "ليلىحداد"):
        assert stored in flat


def test_an_unknown_language_prints_in_english():
    text = pdf_text(render_summary(summary(), page_language("tlh")))
    assert "Visit summary" in text and "Clinician: Dr. Stone" in text


def _line_edges(pdf: bytes) -> list[tuple[float, float, float, str]]:
    """(left, right, middle height, text) of each line of text on the first page, from PDFium's
    character boxes, top to bottom."""
    document = pypdfium2.PdfDocument(pdf)
    try:
        text = document[0].get_textpage()
        chars = []
        for i in range(text.count_chars()):
            char = text.get_text_range(i, 1)
            if char.strip():
                left, bottom, right, top = text.get_charbox(i, loose=True)
                chars.append(((bottom + top) / 2, left, right, char))
    finally:
        document.close()
    chars.sort(key=lambda c: -c[0])
    lines: list[list] = []
    for char in chars:
        if lines and abs(lines[-1][0][0] - char[0]) < 3.5:
            lines[-1].append(char)
        else:
            lines.append([char])
    return [
        (min(c[1] for c in line), max(c[2] for c in line), line[0][0], "".join(c[3] for c in line))
        for line in lines
    ]


def test_the_arabic_page_is_laid_out_right_to_left():
    pdf = render_summary(summary(), page_language("ar"))
    width = page_sizes(pdf)[0][0]
    right_margin = width - MARGIN
    lines = _line_edges(pdf)
    body = [line for line in lines if line[2] > MARGIN * 1.1]  # above the footer
    flush_right = [line for line in body if abs(line[1] - right_margin) < 12]
    flush_left = [line for line in body if abs(line[0] - MARGIN) < 3]
    # every line of the header, title, patient, times, companions and advice ends at the right
    # margin; the only lines that start at the left margin are the advice's full lines
    assert len(flush_right) >= 8
    assert all(line[1] <= right_margin + 12 for line in body)
    assert all(line[1] > width / 2 for line in body), "no line sits on the left half alone"
    assert len(flush_left) <= 2
    # the time column is on the right: the times' right edge is the margin
    time_lines = [line for line in body if "9:00" in line[3] or "9:30" in line[3]]
    assert time_lines and all(abs(line[1] - right_margin) < 12 for line in time_lines)
    # and on the English page the same lines start at the left margin
    english = _line_edges(render_summary(summary(), page_language("en")))
    starts = [line for line in english if line[2] > MARGIN * 1.1]
    assert sum(abs(line[0] - MARGIN) < 3 for line in starts) >= len(starts) - 8


def test_a_phone_number_and_a_latin_place_keep_their_order_on_an_arabic_line():
    line = lay_out("الهاتف: " + embed("+1 617 726 2787", True), 10, rtl=True)
    texts = [str(run.text) for run in line.runs]
    assert texts[0] == "+1 617 726 2787"  # leftmost, in reading order
    assert texts[1] == " :"  # the colon stays against the Arabic label (UAX #9 L2)
    brackets = lay_out("محمد (علي)", 10)
    assert str(brackets.runs[0].text) == "("  # mirrored (L4)


def test_lines_wrap_at_spaces_and_between_chinese_characters_and_keep_an_embedding():
    note = (
        "请携带护照、本摘要、保险卡或付款担保函、近期的医疗报告和影像资料，以及您正在服用的药物清单"
    )
    lines = wrap_text(note, 120, 10)
    assert len(lines) > 3 and all(line.width <= 120.01 for line in lines)
    assert all(not str(line.runs[0].text).startswith(("、", "，", "。")) for line in lines)
    words = wrap_text("Please bring your passport and this summary " * 4, 150, 10)
    assert all(line.width <= 150.01 for line in words)
    cut = wrap_text(
        "المكان: " + embed("Wang Building, floor 2, room 210 and more", True), 90, 10, rtl=True
    )
    assert len(cut) >= 2 and all(line.rtl for line in cut)
    second = unicodedata.normalize("NFKC", "".join(str(r.text) for r in cut[1].runs)).strip()
    assert second in "Wang Building, floor 2, room 210 and more"  # still left to right


def test_several_days_each_have_their_date_and_the_appointments_stay_in_order():
    second = dt.date(2026, 12, 2)
    days = (
        summary().days[0],
        SummaryDay(second, (SummaryAppointment(_at(8, day=second), _at(8, 45, second),
                                               "Urology", "Dr. Cohen", "Wang, floor 5"),)),
    )  # fmt: skip
    text = pdf_text(render_summary(summary(days=days), page_language("en")))
    assert "Nov 30 – Dec 2, 2026" in text
    assert text.index("Monday, November 30, 2026") < text.index("Cardiology")
    assert text.index("Imaging") < text.index("Wednesday, December 2, 2026") < text.index("Urology")


def test_a_long_stay_runs_over_pages_numbered_page_i_of_n():
    day = summary().days[0]
    many = tuple(SummaryDay(DAY + dt.timedelta(days=i), day.appointments * 3) for i in range(6))
    pdf = render_summary(summary(days=many), page_language("es"), "a4")
    sizes = page_sizes(pdf)
    assert len(sizes) >= 2 and all(abs(w - 595.3) < 1 and abs(h - 841.9) < 1 for w, h in sizes)
    text = pdf_text(pdf)
    assert f"Página 1 de {len(sizes)}" in text and f"Página {len(sizes)} de {len(sizes)}" in text


def test_letter_by_default():
    assert page_sizes(render_summary(summary(), page_language("en"))) == [(612.0, 792.0)]


@pytest.mark.parametrize("code", [c for c in ALL if c != "en"])
def test_no_english_is_left_on_a_translated_page(code):
    """Every label, the advice, the office's hours (written once, "Mon–Fri 7:30–18:00") and a
    companion's relationship picked from the desk's list ("son") are in the page's language."""
    words = page_language(code)
    pdf = render_summary(summary(), words)
    text = " ".join(unicodedata.normalize("NFKC", pdfium_text(pdf)).split())
    relationships = {"spouse", "son", "daughter", "parent", "sibling", "friend", "other"}
    english = [m for m in _template_ids() if "{" not in m and words(m) != m]
    english += ["Mon", "Fri", "Opening hours"]
    for message in english:
        if message in relationships or message == "interpreter":
            assert f"· {message}" not in text, (code, message)  # a relationship follows a dot
        else:
            first = re.escape(message.split(".")[0])
            assert not re.search(rf"(?<!\w){first}(?!\w)", text), (code, message)
    assert words("son") in text and words("Opening hours") in text
    assert "Harbor Hospital IPC" in text and "Cardiology" in text  # data as stored


def test_traditional_chinese_for_taiwan_hong_kong_and_macau():
    for tag in ("zh-TW", "zh-HK", "zh-MO", "zh-Hant"):
        text = pdf_text(render_summary(summary(), page_language(tag)))
        assert "就診摘要" in text and "醫師" in text and "就诊摘要" not in text, tag
    assert "就诊摘要" in pdf_text(render_summary(summary(), page_language("zh-CN")))


def _long_day(count: int, days: int = 1) -> VisitSummary:
    appointments = tuple(
        SummaryAppointment(_at(7 + i // 4, (i % 4) * 15), _at(7 + i // 4, (i % 4) * 15 + 10),
                           f"Clinic {i + 1}", "Dr. Stone", f"Building {i + 1}, floor 2")
        for i in range(count)
    )  # fmt: skip
    return summary(
        days=tuple(SummaryDay(DAY + dt.timedelta(days=d), appointments) for d in range(days))
    )


def _pages(pdf: bytes) -> list[str]:
    document = pypdfium2.PdfDocument(pdf)
    try:
        return [" ".join(page.get_textpage().get_text_range().split()) for page in document]
    finally:
        document.close()


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_a_day_split_across_pages_has_its_date_on_each(paper):
    """The defect: the second A4 page listed appointments under no date at all."""
    words = page_language("en")
    pdf = render_summary(_long_day(22, days=2), words, paper=paper)
    pages = _pages(pdf)
    assert len(pages) >= 3
    dates = [words.date(DAY), words.date(DAY + dt.timedelta(days=1))]
    for number, text in enumerate(pages, 1):
        if "Clinic " in text:
            assert any(d in text for d in dates), number  # "(continued)" or the day itself
    assert any(f"{d} (continued)" in " ".join(pages) for d in dates)


def test_the_advice_never_stands_alone_on_the_last_page():
    """Whatever the number of appointments, the page with the advice has appointments or
    companions on it too (it used to be alone on the last page)."""
    for count in range(1, 30):
        pages = _pages(render_summary(_long_day(count), page_language("en"), paper="a4"))
        last = pages[-1]
        assert "What to bring" in last
        assert "Clinic " in last or "Omar HADDAD" in last, count


def test_a_name_of_stacked_marks_stays_on_its_own_lines():
    """A native name of 150 combining marks drew over the whole summary; now what it changes
    on the page stays within about a line of the name."""
    marks = "Z" + "\u0301\u0323\u0336" * 50
    plain = render_summary(summary(native_name="Z"), page_language("en"))
    hostile = render_summary(summary(native_name=marks), page_language("en"))
    images = []
    for pdf in (plain, hostile):
        document = pypdfium2.PdfDocument(pdf)
        try:
            images.append(document[0].render(scale=1).to_pil().convert("L"))
        finally:
            document.close()
    from PIL import ImageChops

    _left, top, _right, bottom = ImageChops.difference(*images).getbbox()
    assert bottom - top < 15 * 2.2  # points at 72 dpi: the 15 pt name's line and its margins
    assert "Cardiology" in pdf_text(hostile) and "Page 1 of 1" in pdf_text(hostile)
