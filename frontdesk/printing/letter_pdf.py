"""A visa invitation letter as a PDF: the English letter, then its translation where there is one.

    pdf = render_letter(content, token, key_id=3, language="ar", paper="a4")

``content`` is what the register keeps of the letter (:mod:`frontdesk.services.letters`):
letterhead, number, date, travellers with their passport names and numbers, purpose, dates,
estimate, coordinator. The words of the page come from a gettext catalog,
``resources/locale/<lang>/LC_MESSAGES/letter.po`` (Arabic ships; a language is a file away); a
language without one gets the English letter alone. Data prints as stored, each value kept in
its own direction on an Arabic page (a passport number stays left to right). Every page carries
the QR of the signed token, with the letter's number and validity beside it: what an embassy
scans to check the letter with ``frontdesk verify-letter``.
"""

from __future__ import annotations

import datetime as dt
import io
import threading
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from babel import Locale
from babel.dates import format_date
from babel.messages.pofile import read_po
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageBreak, PageTemplate

from frontdesk.errors import InputError
from frontdesk.money import format_money
from frontdesk.printing.fonts import font_book
from frontdesk.printing.qr import draw_qr, qr_modules
from frontdesk.printing.summary_pdf import ACCENT, GREY, MARGIN, PAPERS, Band, Rule
from frontdesk.printing.text_flow import TextBlock, embed, wrap_text
from frontdesk.resource_dirs import resource_dir

DOMAIN = "letter"
_LOCK = threading.Lock()


@dataclass(frozen=True, slots=True)
class LetterWords:
    code: str
    locale: Locale
    rtl: bool

    def __call__(self, message: str, /, **values: object) -> str:
        text = _messages(self.code).get(message, message)
        return text.format(**values) if values else text

    def date(self, day: dt.date) -> str:
        return format_date(day, "long", locale=self.locale)


def letter_languages() -> list[str]:
    """English, and the languages a letter catalog exists for ("ar", ...)."""
    found = sorted(p.parent.parent.name for p in _locale_dir().glob(f"*/LC_MESSAGES/{DOMAIN}.po"))
    return ["en", *[c for c in found if c != "en"]]


def letter_words(tag: str | None) -> LetterWords:
    """The words for a language tag ("ar", "ar-SA"), else English."""
    code = "en"
    if tag:
        try:
            asked = Locale.parse(tag.strip().replace("-", "_"))
        except (ValueError, TypeError):
            asked = None
        if asked is not None and asked.language in letter_languages():
            code = asked.language
    locale = Locale.parse(code)
    return LetterWords(code, locale, locale.character_order == "right-to-left")


def _locale_dir():
    return resource_dir("locale")


@cache
def _messages(code: str) -> dict[str, str]:
    path = _locale_dir() / code / "LC_MESSAGES" / f"{DOMAIN}.po"
    if not path.exists():
        return {}
    with _LOCK, path.open("rb") as handle:
        catalog = read_po(handle, locale=None, domain=DOMAIN)
    return {
        str(m.id): str(m.string)
        for m in catalog
        if m.id and isinstance(m.id, str) and m.string and not m.fuzzy
    }


_PURPOSES = {
    "consultation_and_treatment": "medical consultation and treatment",
    "consultation": "medical consultation",
    "second_opinion": "a medical second opinion",
    "treatment": "medical treatment",
}


class QrPanel(Flowable):
    """The token's QR with what a reader needs beside it: verify with, number, validity."""

    def __init__(self, token: str, lines: list[str], rtl: bool, side: float = 92) -> None:
        super().__init__()
        self.token, self.lines, self.rtl, self.side = token, lines, rtl, side
        self.spaceBefore = 14

    def wrap(self, availWidth, availHeight):
        self.width, self.height = availWidth, self.side
        self.text = []
        for i, line in enumerate(self.lines):
            self.text += wrap_text(line, availWidth - self.side - 14, 9, bold=i == 0, rtl=self.rtl)
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        qr_x = self.width - self.side if self.rtl else 0.0
        draw_qr(c, qr_modules(self.token), qr_x, 0, self.side)
        c.setFillColorRGB(*GREY)
        y = self.side - 22
        for line in self.text:
            x = self.width - self.side - 14 - line.width if self.rtl else self.side + 14
            line.draw(c, x, y)
            y -= 12.5


def _traveller_text(t: dict, words: LetterWords) -> tuple[str, str]:
    rtl = words.rtl
    name = embed(f"{t['given_name']} {t['family_name'].upper()}".strip(), rtl)
    role = words("Patient") if t["role"] == "patient" else words("Companion")
    if t.get("relationship") and t["role"] != "patient":
        role += f" ({embed(t['relationship'], rtl)})"
    facts = [
        words(
            "{label}: {value}", label=words("Passport number"), value=embed(t["passport_no"], rtl)
        ),
        words("{label}: {value}", label=words("Nationality"), value=embed(t["nationality"], rtl)),
    ]
    if t.get("date_of_birth"):
        born = words.date(dt.date.fromisoformat(t["date_of_birth"]))
        facts.append(words("{label}: {value}", label=words("Date of birth"), value=born))
    return f"{name}  ·  {role}", "   ·   ".join(facts)


def _story(
    content: dict, token: str, key_id: int, words: LetterWords, translated: bool
) -> list[Flowable]:
    rtl = words.rtl

    def block(text: str, size: float, **style) -> TextBlock:
        return TextBlock(text, size, rtl=rtl, **style)

    def data(value: str) -> str:
        return "\n".join(embed(line, rtl) for line in value.splitlines())

    office = content.get("office") or {}
    name = data(office["name"]) if office.get("name") else words("International Patient Center")
    story: list[Flowable] = [block(name, 15, bold=True, colour=ACCENT)]
    if office.get("address"):
        story.append(block(data(office["address"]), 9.5, colour=GREY))
    if office.get("phone"):
        phone = words("{label}: {value}", label=words("Phone"), value=embed(office["phone"], rtl))
        story.append(block(phone, 9.5, colour=GREY))
    issued = words.date(dt.date.fromisoformat(content["issued_on"]))
    first = words.date(dt.date.fromisoformat(content["first_day"]))
    last = words.date(dt.date.fromisoformat(content["last_day"]))
    label = words(
        "{label}: {value}", label=words("Letter number"), value=embed(content["number"], rtl)
    )
    dated = words("{label}: {value}", label=words("Date of issue"), value=issued)
    story += [
        Rule(space=8),
        block(f"{label}\n{dated}", 10, colour=GREY),
        block(words("Visa invitation letter"), 19, bold=True, space_before=10, space_after=4),
        block(words("To the Consular Section"), 11, space_after=8),
    ]
    if translated:
        note = words("This page translates the letter above; the English text prevails.")
        story.append(block(note, 9, colour=GREY, space_after=6))
    patient = content["travellers"][0]
    patient_name = embed(f"{patient['given_name']} {patient['family_name'].upper()}", rtl)
    purpose = (
        data(content["purpose_text"])
        if content.get("purpose_text")
        else words(_PURPOSES[content["purpose"]])
    )
    story.append(
        block(
            words(
                "This letter confirms that {patient} is expected at our hospital for {purpose}, "
                "from {first} to {last}.",
                patient=patient_name,
                purpose=purpose,
                first=first,
                last=last,
            ),
            11,
            space_after=6,
        )
    )
    if len(content["travellers"]) > 1:
        story.append(block(words("The patient will travel with the persons named below."), 11))
    story.append(Band(words("Travellers"), 11, rtl))
    for traveller in content["travellers"]:
        who, facts = _traveller_text(traveller, words)
        story.append(block(who, 11, bold=True, space_before=5))
        story.append(block(facts, 9.5, colour=GREY))
    estimate = content.get("estimate")
    if estimate:
        money = format_money(Decimal(estimate["amount"]), estimate["currency"], words.locale)
        line = words("{label}: {value}", label=words("Estimated cost of treatment"), value=money)
        story.append(block(line, 11, bold=True, space_before=10))
    story += [
        block(
            words(
                "We kindly ask you to grant the travellers named in this letter the visas they "
                "need for these dates. For any question, please contact our office."
            ),
            11,
            space_before=10,
        ),
        block(words("Yours faithfully,"), 11, space_before=10),
        block(data(content["coordinator"]), 11, bold=True, space_before=16),
        block(words("International patient coordinator"), 10, colour=GREY),
    ]
    until = words.date(dt.date.fromisoformat(content["valid_until"]))
    lines = [
        words("Scan to verify this letter"),
        embed(content["number"], rtl),
        words("Valid until {date}. Signing key {key}.", date=until, key=key_id),
    ]
    story.append(QrPanel(token, lines, rtl))
    return story


def render_letter(
    content: dict, token: str, *, key_id: int, language: str | None = None, paper: str = "letter"
) -> bytes:
    """The letter as PDF bytes: English, then ``language``'s page when it has a catalog."""
    if paper not in PAPERS:
        raise InputError(f"unknown paper {paper!r}: choose letter or a4", where="paper")
    book = font_book()
    for traveller in content["travellers"]:
        book.check(f"{traveller['given_name']} {traveller['family_name']}", "passport name")
    pages = [letter_words("en")]
    second = letter_words(language)
    if second.code != "en":
        pages.append(second)
    buffer = io.BytesIO()
    size = PAPERS[paper]
    doc = BaseDocTemplate(
        buffer,
        pagesize=size,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN * 0.8,
        bottomMargin=MARGIN * 0.8,
        title=f"Visa invitation letter {content['number']}",
        author=(content.get("office") or {}).get("name") or "International Patient Center",
        creator="Frontdesk",
        pageCompression=1,
        initialFontName="Helvetica",
    )
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, 0, 0, 0, 0, id="body")
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    story: list[Flowable] = []
    for index, words in enumerate(pages):
        if index:
            story.append(PageBreak())
        story += _story(content, token, key_id, words, translated=index > 0)
    doc.build(story)
    return buffer.getvalue()
