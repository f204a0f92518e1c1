"""The visit summary as a PDF: the patient's day (or stay) on Letter or A4, in their language.

    pdf = render_summary(summary, page_language("ar"), paper="a4")

What the page shows, and nothing else: the office's name, address, phone and opening hours;
the patient's name as in the passport and in their own script; the date(s); each day's
appointments in time order with the time, department, clinician, place and interpreter; the
companions; the office's "what to bring / where to go first" advice; page numbers. A
:class:`VisitSummary` has no field for a diagnosis, a date of birth or a passport number, so
none can reach the page.

Labels, dates and times are in the page's language (:mod:`frontdesk.printing.translations`);
data (names, places, departments) prints as stored. An Arabic page is laid out right to left
as a whole: every line set flush right, the time column on the right, the page number on the
left. Text is drawn by :mod:`frontdesk.printing.text_flow` (HarfBuzz shaping, UAX #9, a font a
character), so every script of a name prints.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass

from babel.dates import format_interval
from reportlab import rl_config
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, KeepTogether, PageTemplate

from frontdesk.errors import InputError
from frontdesk.printing.fonts import font_book
from frontdesk.printing.opening_hours import opening_hours
from frontdesk.printing.text_flow import INK, TextBlock, draw_line, embed, wrap_text
from frontdesk.printing.text_runs import Line, lay_out
from frontdesk.printing.translations import PageLanguage

rl_config.useA85 = 0  # binary font streams (see badge_pdf)

PAPERS = {"letter": LETTER, "a4": A4}
MARGIN = 54.0  # 3/4 in: inside every printer's unprintable edge
ACCENT = (0.10, 0.30, 0.62)
GREY = (0.33, 0.33, 0.36)
BAND = (0.91, 0.93, 0.97)
RULE = (0.78, 0.80, 0.84)


@dataclass(frozen=True, slots=True)
class OfficeInfo:
    name: str | None = None  # None: "International Patient Center" in the page's language
    address: str | None = None  # may hold several lines
    phone: str | None = None
    hours: str | None = None
    note: str | None = None  # the advice in this page's language; None: the catalog's


@dataclass(frozen=True, slots=True)
class SummaryAppointment:
    start: dt.datetime  # in the office's zone
    end: dt.datetime
    department: str | None
    clinician: str | None
    place: str | None  # building, floor, room: as stored


@dataclass(frozen=True, slots=True)
class SummaryDay:
    day: dt.date
    appointments: tuple[SummaryAppointment, ...]


@dataclass(frozen=True, slots=True)
class SummaryCompanion:
    name: str  # "Omar HADDAD"
    native_name: str | None
    relationship: str | None  # as stored ("son")


@dataclass(frozen=True, slots=True)
class VisitSummary:
    """Everything printed on a visit summary."""

    office: OfficeInfo
    patient_name: str  # passport name, "Layla HADDAD"
    native_name: str | None
    days: tuple[SummaryDay, ...]  # in date order, each with at least one appointment
    companions: tuple[SummaryCompanion, ...] = ()
    interpreter_language: str | None = None  # a BCP 47 tag when the patient needs one
    interpreters: tuple[str, ...] = ()  # interpreters travelling with the patient, by name
    language: str | None = None  # the patient's (BCP 47): the names' glyph shapes (Japanese)

    def texts(self) -> list[tuple[str, str]]:
        """(what, text) of every stored text the page prints, to check the fonts first."""
        found = [("patient name", self.patient_name), ("native-script name", self.native_name)]
        office = self.office
        found += [("office", t) for t in (office.name, office.address, office.phone, office.hours)]
        found.append(("advice", office.note))
        for day in self.days:
            for a in day.appointments:
                found += [("department", a.department), ("clinician", a.clinician)]
                found.append(("place", a.place))
        for c in self.companions:
            found += [("companion", c.name), ("companion", c.native_name)]
            found.append(("relationship", c.relationship))
        found += [("interpreter", name) for name in self.interpreters]
        return [(what, text) for what, text in found if text]

    def checked(self) -> VisitSummary:
        """Refuse, before anything is drawn, a text that no font can print."""
        book = font_book()
        for what, text in self.texts():
            book.check(text, what)
        return self


def _time_range(words: PageLanguage, start: dt.datetime, end: dt.datetime) -> str:
    skeleton = "hm" if "h" in words.locale.time_formats["short"].pattern else "Hm"
    if end <= start:
        return words.time(start)
    try:
        return format_interval(start.time(), end.time(), skeleton, locale=words.locale)
    except (NotImplementedError, KeyError, ValueError):  # a pattern Babel cannot split
        return f"{words.time(start)} – {words.time(end)}"


def date_span(words: PageLanguage, days: tuple[SummaryDay, ...]) -> str:
    """ "Monday, November 30, 2026", or "Nov 30 – Dec 2, 2026" for a stay."""
    first, last = days[0].day, days[-1].day
    if first == last:
        return words.date(first)
    return format_interval(first, last, "yMMMd", locale=words.locale)


class Band(Flowable):
    """A day's heading: bold text on a light band across the column."""

    def __init__(self, text: str, size: float, rtl: bool) -> None:
        super().__init__()
        self.text, self.size, self.rtl = text, size, rtl
        self.spaceBefore, self.spaceAfter = size * 0.9, size * 0.2
        self.keepWithNext = True

    def wrap(self, availWidth, availHeight):
        self.width, self.height = availWidth, self.size * 1.9
        self.line = lay_out(self.text, self.size, bold=True, rtl=self.rtl)
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        c.setFillColorRGB(*BAND)
        c.rect(0, 0, self.width, self.height, stroke=0, fill=1)
        c.setFillColorRGB(*ACCENT)
        pad = self.size * 0.5
        x = self.width - pad - self.line.width if self.rtl else pad
        draw_line(c, self.line, x, self.size * 0.62)


class AppointmentRow(Flowable):
    """One appointment: the time in a column of its own (on the right of a right-to-left
    page), the department in bold beside it, then the clinician, place and interpreter."""

    def __init__(
        self, time_text: str, details: list[tuple[str, bool]], size: float, rtl: bool
    ) -> None:
        super().__init__()
        self.time_text, self.details, self.size, self.rtl = time_text, details, size, rtl
        self.spaceBefore = size * 0.35

    def wrap(self, availWidth, availHeight):
        self.width = availWidth
        self.time_width = min(availWidth * 0.28, self.size * 11.5)
        self.detail_start = self.time_width + self.size * 1.2  # from the line's start edge
        detail_width = availWidth - self.detail_start
        self.time_lines = wrap_text(
            self.time_text, self.time_width, self.size, bold=True, rtl=self.rtl
        )
        self.detail_lines: list[Line] = []
        for text, bold in self.details:
            self.detail_lines += wrap_text(text, detail_width, self.size, bold=bold, rtl=self.rtl)
        rows = max(len(self.time_lines), len(self.detail_lines))
        self.height = rows * self.size * 1.32 + self.size * 0.6
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        step = self.size * 1.32
        top = self.height - self.size * 1.08
        c.setFillColorRGB(*ACCENT)
        for i, line in enumerate(self.time_lines):
            x = self.width - line.width if self.rtl else 0.0
            draw_line(c, line, x, top - i * step)
        c.setFillColorRGB(*INK)
        for i, line in enumerate(self.detail_lines):
            x = self.width - self.detail_start - line.width if self.rtl else self.detail_start
            draw_line(c, line, x, top - i * step)
        c.setStrokeColorRGB(*RULE)
        c.setLineWidth(0.5)
        c.line(0, 0.5, self.width, 0.5)


class DayGroup(Flowable):
    """A day's heading and its appointments. Split across pages, the part on the next page
    opens with the heading again, "(continued)": no page shows appointments without their
    date."""

    def __init__(self, band: Band, rows: list[AppointmentRow], continued: Band) -> None:
        super().__init__()
        self.band, self.rows, self.continued = band, rows, continued
        self.spaceBefore = band.spaceBefore

    def wrap(self, availWidth, availHeight):
        self.width = availWidth
        self.heights = [self.band.wrap(availWidth, availHeight)[1] + self.band.spaceAfter]
        self.heights += [r.wrap(availWidth, availHeight)[1] + r.spaceBefore for r in self.rows]
        self.height = sum(self.heights)
        return self.width, self.height

    def draw(self) -> None:
        y = self.height - self.band.height
        self.band.drawOn(self.canv, 0, y)
        y -= self.band.spaceAfter
        for row in self.rows:
            y -= row.spaceBefore + row.height
            row.drawOn(self.canv, 0, y)

    def split(self, availWidth, availHeight):
        self.wrap(availWidth, availHeight)
        used, fit = self.heights[0], 0
        while fit < len(self.rows) and used + self.heights[fit + 1] <= availHeight:
            used += self.heights[fit + 1]
            fit += 1
        if fit == 0 or fit == len(self.rows):
            return []  # not even one appointment under the heading: the day starts overleaf
        first = DayGroup(self.band, self.rows[:fit], self.continued)
        return [first, DayGroup(self.continued, self.rows[fit:], self.continued)]


class Rule(Flowable):
    def __init__(self, colour=ACCENT, thickness: float = 1.2, space: float = 6) -> None:
        super().__init__()
        self.colour, self.thickness = colour, thickness
        self.spaceBefore = self.spaceAfter = space

    def wrap(self, availWidth, availHeight):
        self.width, self.height = availWidth, self.thickness
        return self.width, self.height

    def draw(self) -> None:
        self.canv.setStrokeColorRGB(*self.colour)
        self.canv.setLineWidth(self.thickness)
        self.canv.line(0, self.thickness / 2, self.width, self.thickness / 2)


def _story(summary: VisitSummary, words: PageLanguage) -> list[Flowable]:
    rtl = words.rtl
    office = summary.office

    def block(text: str, size: float, **style) -> TextBlock:
        return TextBlock(text, size, rtl=rtl, **style)

    def data(value: str) -> str:  # stored text, in its own direction, a line at a time
        return "\n".join(embed(line, rtl) for line in value.splitlines())

    def labelled(label: str, value: str) -> str:
        return words("{label}: {value}", label=words(label), value=data(value))

    name = data(office.name) if office.name else words("International Patient Center")
    story: list[Flowable] = [block(name, 15, bold=True, colour=ACCENT)]
    if office.address:
        story.append(block(data(office.address), 9.5, colour=GREY))
    contact = [labelled("Phone", office.phone)] if office.phone else []
    if office.hours:
        hours = opening_hours(office.hours, words.locale)
        contact.append(
            words("{label}: {value}", label=words("Opening hours"), value=hours)
            if hours
            else labelled("Opening hours", office.hours)
        )
    if contact:
        story.append(block("   ·   ".join(contact), 9.5, colour=GREY))
    story += [
        Rule(space=8),
        block(words("Visit summary"), 20, bold=True, space_before=4),
        block(date_span(words, summary.days), 12, colour=GREY, space_after=8),
        block(labelled("Patient", summary.patient_name), 13, bold=True),
    ]
    if summary.native_name:
        story.append(block(data(summary.native_name), 15, language=summary.language))
    interpreter = _interpreter_text(summary, words)
    one_day = len(summary.days) == 1  # its date is under the title already
    groups: list[list[Flowable]] = []  # kept together, each
    for day in summary.days:
        heading = words("Appointments") if one_day else words.date(day.day)
        rows = []
        for a in day.appointments:
            details = [(data(a.department), True)] if a.department else []
            if a.clinician:
                details.append((labelled("Clinician", a.clinician), False))
            if a.place:
                details.append((labelled("Place", a.place), False))
            if interpreter:
                details.append((labelled("Interpreter", interpreter), False))
            rows.append(AppointmentRow(_time_range(words, a.start, a.end), details, 10.5, rtl))
        continued = Band(words("{day} (continued)", day=heading), 11.5, rtl)
        groups.append([DayGroup(Band(heading, 11.5, rtl), rows, continued)])
    if summary.companions:
        people: list[Flowable] = [Band(words("Companions"), 11.5, rtl)]
        for companion in summary.companions:
            relationship = relationship_words(words, companion.relationship)
            parts = [companion.name, companion.native_name]
            text = "  ·  ".join([*(data(p) for p in parts if p), *filter(None, [relationship])])
            people.append(block(text, 10.5, space_before=4, language=summary.language))
        groups.append(people)
    note = data(office.note) if office.note else words(_DEFAULT_NOTE)
    advice = [Band(words("What to bring / where to go first"), 11.5, rtl)]
    advice.append(block(note, 10.5, space_before=4))
    # The advice never stands alone on the last page: what comes before it goes with it.
    # (KeepTogether measures its content by wrapping it: one inside another would measure as
    # endless, so each group is a flat list.)
    kept = [KeepTogether(group) if len(group) > 1 else group[0] for group in groups[:-1]]
    return [*story, *kept, KeepTogether([*groups[-1], *advice])]


RELATIONSHIPS = ("spouse", "son", "daughter", "parent", "sibling", "friend", "interpreter", "other")


def relationship_words(words: PageLanguage, relationship: str | None) -> str | None:
    """A relationship the desk picked from its list ("son") in the page's language; one typed
    in by hand, as stored (in its own direction)."""
    if not relationship:
        return None
    key = relationship.strip().lower()
    if key in RELATIONSHIPS:
        return words(key)
    return embed(relationship, words.rtl)


_DEFAULT_NOTE = (
    "Please bring your passport, this summary, your insurance card or payment guarantee letter, "
    "your recent medical reports and images, and a list of the medicines you take. On arrival, "
    "go first to the International Patient Center desk, where we will check you in and give "
    "you your visitor badges."
)


def _interpreter_text(summary: VisitSummary, words: PageLanguage) -> str | None:
    names = list(summary.interpreters)
    if summary.interpreter_language:
        language = words.language_name(summary.interpreter_language)
        if language:
            names.append(language)
    return ", ".join(names) or None


def _numbered_canvas(footer_left: str, words: PageLanguage, paper: tuple[float, float]):
    """A canvas that holds its pages until the end, then writes "Page i of n" on each."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self._footer(number, total)
                Canvas.showPage(self)
            Canvas.save(self)

        def _footer(self, number: int, total: int) -> None:
            width = paper[0]
            y = MARGIN * 0.55
            self.setStrokeColorRGB(*RULE)
            self.setLineWidth(0.5)
            self.line(MARGIN, y + 12, width - MARGIN, y + 12)
            self.setFillColorRGB(*GREY)
            page = lay_out(words("Page {page} of {pages}", page=number, pages=total), 8.5)
            office = lay_out(footer_left, 8.5, rtl=words.rtl)
            start, end = (page, office) if words.rtl else (office, page)
            start.draw(self, MARGIN, y)
            end.draw(self, width - MARGIN - end.width, y)

    return NumberedCanvas


def render_summary(summary: VisitSummary, words: PageLanguage, paper: str = "letter") -> bytes:
    """The summary as PDF bytes, on ``paper`` ("letter" or "a4")."""
    if paper not in PAPERS:
        raise InputError(f"unknown paper {paper!r}: choose letter or a4", where="paper")
    if not summary.days:
        raise InputError("no appointments to print")
    summary.checked()
    size = PAPERS[paper]
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=size,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN * 0.8,
        bottomMargin=MARGIN * 1.1,
        title=words("Visit summary"),
        author=summary.office.name or words("International Patient Center"),
        creator="Frontdesk",
        pageCompression=1,
        initialFontName="Helvetica",
    )
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, 0, 0, 0, 0, id="body")
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    office = summary.office
    parts = (office.name or words("International Patient Center"), office.phone)
    footer = "  ·  ".join(embed(p, words.rtl) for p in parts if p)
    doc.build(_story(summary, words), canvasmaker=_numbered_canvas(footer, words, size))
    return buffer.getvalue()
