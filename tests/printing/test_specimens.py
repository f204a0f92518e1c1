"""The specimen test of issue 16: for each script a patient may write their name in, a real
name (CLDR's sample names, tests/corpus/names) on every badge layout, the visit summary and the
fire roll-call; in each PDF the glyphs of the name are HarfBuzz's own shaping of the name with
the font that prints it (uharfbuzz), and the text layer reads back as the name: pypdf through
the fonts' ToUnicode maps where the glyphs say it, the PDF's ActualText where they cannot
(conjuncts, reordered vowels), which PDFium, like any reader copying from the page, returns.
``scripts/render_specimens.py`` draws the same pages to docs/specimens/ for the eye."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from zoneinfo import ZoneInfo

import pytest
from anyascii import anyascii
from reportlab.pdfbase import pdfmetrics

from frontdesk.badge_token import HolderType
from frontdesk.names import native_full_name
from frontdesk.printing.badge_layouts import LAYOUTS, layout_named
from frontdesk.printing.badge_pdf import render_badges
from frontdesk.printing.fonts import font_book, is_japanese
from frontdesk.printing.rollcall_pdf import roll_call_pdf
from frontdesk.printing.specimens import specimen_faces
from frontdesk.printing.summary_pdf import (
    OfficeInfo,
    SummaryAppointment,
    SummaryDay,
    VisitSummary,
    render_summary,
)
from frontdesk.printing.translations import page_language
from frontdesk.services.onsite import OnSite
from tests.pdf_reading import actual_texts, pdf_glyph_runs, pdf_text, pdfium_text, qr_codes
from tests.printing.test_scripts import NAMES, glyphs_harfbuzz

ZONE = ZoneInfo("America/New_York")
DAY = dt.date(2026, 11, 30)


def specimen_people() -> list[tuple[str, str, str]]:
    """(language, passport name, native name in its customary order) of each corpus name."""
    people = []
    for lang, given, surname in NAMES:
        native = native_full_name(surname, given, language=lang)
        latin = [re.sub(r"[^A-Za-z -]", "", anyascii(part)) for part in (given, surname)]
        passport = f"{latin[0].title()} {latin[1].upper()}".strip()
        people.append((lang, passport, native))
    return people


PEOPLE = specimen_people()


def _font_files() -> dict[str, object]:
    """PostScript name -> the registered font (every face the book has loaded)."""
    book = font_book()
    for char in "Aa":
        book.font_for(char)
    fonts = {}
    for name in pdfmetrics.getRegisteredFontNames():
        font = pdfmetrics.getFont(name)
        face = getattr(font, "face", None)
        if face is not None and name.startswith("FD-"):
            postscript = face.name.decode() if isinstance(face.name, bytes) else face.name
            fonts[postscript + face.subfontNameX.decode()] = font
    return fonts


def _glyph_ids(pdf: bytes) -> dict[str, list[int]]:
    """PostScript name -> the glyph ids printed with that font, in content order."""
    fonts = _font_files()
    found: dict[str, list[int]] = {}
    for name, text in pdf_glyph_runs(pdf):
        font = fonts.get(name)
        if font is None:
            continue
        ids = found.setdefault(name, [])
        for char in text:
            if not char.isspace() or char in "\u200c\u200d":
                ids.append(font.face.charToGlyph.get(ord(char), -1))
    return found


def _contains(haystack: list[int], needle: list[int]) -> bool:
    n = len(needle)
    return any(haystack[i : i + n] == needle for i in range(len(haystack) - n + 1))


def assert_names_printed(pdf: bytes, names: list[tuple[str, str]], where: str) -> None:
    """Every word of every name: HarfBuzz's glyphs in the PDF, and the text layer reads it."""
    printed = _glyph_ids(pdf)
    plain = " ".join(pdf_text(pdf).split())
    copied = " ".join(unicodedata.normalize("NFKC", pdfium_text(pdf)).split())
    spans = " ".join(actual_texts(pdf))
    for lang, name in names:
        for word in name.split():
            first = next(c for c in word if c.isalpha())
            japanese = is_japanese(word, lang)
            found = False
            for bold in (True, False):  # a name is bold on a badge, regular on a summary
                font = pdfmetrics.getFont(font_book().font_for(first, bold, japanese))
                postscript = font.face.name
                postscript = postscript.decode() if isinstance(postscript, bytes) else postscript
                postscript += font.face.subfontNameX.decode()
                expected = glyphs_harfbuzz(word, font.face.filename)
                space = font.face.charToGlyph.get(32)
                expected = [g for g in expected if g != space] or expected
                ids = printed.get(postscript, [])
                found = found or _contains(ids, expected) or _contains(ids, expected[::-1])
            assert found, (where, word)
            said = unicodedata.normalize("NFKC", word)
            assert said in plain or (said in copied and word in spans), (where, word)


@pytest.mark.parametrize("key", list(LAYOUTS))
def test_every_script_on_every_badge_layout(key):
    template = specimen_faces(1)[0]
    faces = [
        template.__class__(
            HolderType.PATIENT,
            passport,
            native,
            template.valid_from,
            template.valid_until,
            "Wang Building, floor 3",
            f"B-{100 + i}",
            template.token,
            language=lang,
        )
        for i, (lang, passport, native) in enumerate(PEOPLE)
    ]
    pdf = render_badges(faces, layout_named(key))
    assert_names_printed(pdf, [(lang, native) for lang, _p, native in PEOPLE], key)
    assert sum(len(page) for page in qr_codes(pdf)) == len(faces)


def _summary(lang: str, passport: str, native: str) -> VisitSummary:
    """A summary whose patient is the specimen holder (the patient's language chosen)."""
    start = dt.datetime.combine(DAY, dt.time(9), tzinfo=ZONE)
    return VisitSummary(
        office=OfficeInfo(address="55 Fruit Street, Boston", phone="+1 617 726 2787"),
        patient_name=passport,
        native_name=native,
        language=lang,
        days=(
            SummaryDay(
                DAY,
                (
                    SummaryAppointment(
                        start,
                        start + dt.timedelta(minutes=45),
                        "Cardiology",
                        "Dr. Rivera",
                        "Yawkey Building, floor 5",
                    ),
                ),
            ),
        ),
    )


@pytest.mark.parametrize("lang,passport,native", PEOPLE, ids=[p[0] for p in PEOPLE])
def test_every_script_on_the_visit_summary(lang, passport, native):
    pdf = render_summary(_summary(lang, passport, native), page_language("en"))
    assert_names_printed(pdf, [(lang, native)], f"summary {lang}")


def test_every_script_on_the_roll_call():
    taken = dt.datetime.combine(DAY, dt.time(14), tzinfo=ZONE)
    people = [
        OnSite(
            500 + i,
            HolderType.PATIENT,
            passport,
            native,
            "Wang Building, floor 3",
            taken - dt.timedelta(hours=2),
            "Main entrance",
        )
        for i, (_lang, passport, native) in enumerate(PEOPLE)
    ]
    pdf = roll_call_pdf(people, taken, ZONE, source="Main entrance")
    # The door's rows carry no language: a Japanese name of kanji alone takes Chinese shapes.
    names = [(None if lang == "ja" else lang, native) for lang, _p, native in PEOPLE]
    assert_names_printed(pdf, names, "roll-call")


def test_the_specimens_cover_every_script_the_issue_names():
    scripts = {
        unicodedata.name(next(c for c in native if c.isalpha())).split()[0]
        for _lang, _passport, native in PEOPLE
    }
    wanted = {
        "LATIN", "CYRILLIC", "GREEK", "ARMENIAN", "GEORGIAN", "ARABIC", "HEBREW", "DEVANAGARI",
        "BENGALI", "GURMUKHI", "TAMIL", "TELUGU", "THAI", "LAO", "KHMER", "MYANMAR", "ETHIOPIC",
        "SINHALA", "CJK", "HANGUL",
    }  # fmt: skip
    assert wanted <= scripts, wanted - scripts
    langs = {lang for lang, _p, _n in PEOPLE}
    assert {"fa", "ur", "vi", "ja", "zh", "zh-Hant"} <= langs  # Persian, Urdu, Vietnamese...
