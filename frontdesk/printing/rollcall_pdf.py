"""The fire roll-call: everyone on site, on paper, for the marshal at the assembly point.

    pdf = roll_call_pdf(people, taken_at, zone, source="Main entrance (offline copy of 10:32)",
                        doors=door_contacts())   # onsite.DoorContact rows

One row a person, grouped by holder type (patients, companions, interpreters, visitors) and
sorted by family name, with a box to tick, the printed name and the native-script name, the
badge number, the time and door of entry, and **every place they may be** (each of the day's
destinations, and the last clinical area a door saw them enter), one to a line. Names and
places wrap onto as many lines as they need at a size that stays readable (11 pt names, 9 pt
the rest): a name is never shrunk or cut. Under the title, when each door last reached the
database, with a warning for any door that has not lately (its latest scans are missing from
the list). "Page x of y" and the count on every page. Names print in every script (see
:mod:`frontdesk.printing.text_runs`).
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from typing import cast

from babel.dates import format_date
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.pdfgen.canvas import Canvas

from frontdesk.badge_token import HolderType
from frontdesk.printing.fonts import UncoveredText, font_book
from frontdesk.printing.text_flow import draw_line, wrap_text
from frontdesk.printing.text_runs import Line, lay_out

_GROUPS = (
    (HolderType.PATIENT, "Patients"),
    (HolderType.COMPANION, "Companions"),
    (HolderType.INTERPRETER, "Interpreters"),
    (HolderType.VISITOR, "Visitors"),
    (None, "Badges not known at this station"),
)
NAME_PT, NATIVE_PT, SMALL_PT = 11.0, 10.0, 9.0
_LEAD = 1.25  # line height, as a multiple of the size
_MARGIN = 40.0
_RED = (0.64, 0.0, 0.06)


def family_sort_key(display_name: str | None) -> tuple[str, str]:
    """Badges print "Given FAMILY": the family name is the trailing words in capitals.

    >>> family_sort_key("Layla HADDAD")
    ('HADDAD', 'LAYLA HADDAD')
    >>> family_sort_key("Maria José DE LA CRUZ")
    ('DE LA CRUZ', 'MARIA JOSÉ DE LA CRUZ')
    """
    words = (display_name or "").split()
    family: list[str] = []
    for word in reversed(words):
        if word.upper() != word or not any(c.isalpha() for c in word):
            break
        family.insert(0, word)
    whole = " ".join(words).upper()
    return (" ".join(family) or whole, whole)


def _printable(book, text: str | None) -> str | None:
    if not text:
        return None
    try:
        book.check(text, "roll-call")
    except UncoveredText:
        return None
    return text


@dataclass(frozen=True, slots=True)
class _Cell:
    lines: tuple[tuple[Line, float], ...]  # (line, its size)

    @property
    def height(self) -> float:
        return sum(size * _LEAD for _line, size in self.lines)

    def draw(self, c: Canvas, x: float, top: float) -> None:
        y = top
        for line, size in self.lines:
            y -= size
            draw_line(c, line, x, y)
            y -= size * (_LEAD - 1)


def _cell(*parts: tuple[str | None, float, bool], width: float) -> _Cell:
    lines = []
    for text, size, bold in parts:
        if text:
            lines += [(line, size) for line in wrap_text(text, width, size, bold=bold)]
    return _Cell(tuple(lines))


def roll_call_pdf(
    people,
    taken_at: dt.datetime,
    zone: dt.tzinfo,
    *,
    source: str,
    paper: str = "letter",
    doors=(),
) -> bytes:
    """``people``: :class:`frontdesk.services.onsite.OnSite` rows; ``doors``:
    :class:`frontdesk.services.onsite.DoorContact` rows."""
    page = LETTER if paper == "letter" else A4
    width, height = page
    book = font_book()
    local = taken_at.astimezone(zone)
    total = len(people)
    left = _MARGIN + 20  # after the tick box
    columns = (left, left + 200, left + 265, left + 345)  # name, badge, entry, places
    widths = (190.0, 60.0, 75.0, width - _MARGIN - columns[3])

    # -- lay everything out first: the page count goes on every page -----------------------
    blocks: list[tuple[str, object, float]] = []  # (kind, content, height)
    for holder, title in _GROUPS:
        group = sorted(
            (p for p in people if p.holder == holder),
            key=lambda p: (*family_sort_key(p.display_name), p.badge_id),
        )
        if not group:
            continue
        blocks.append(("title", f"{title} ({len(group)})", 26.0))
        for person in group:
            # The roll-call prints whatever happens: a name no font here can print is left
            # off (the badge number stays), never the whole list.
            name = _printable(book, person.display_name) or f"Badge B-{person.badge_id}"
            native = _printable(book, person.native_name)
            places = [p for p in (_printable(book, p) for p in person.places) if p]
            entered = person.entered_at.astimezone(zone)
            cells = (
                _cell((name, NAME_PT, True), (native, NATIVE_PT, False), width=widths[0]),
                _cell((f"B-{person.badge_id}", SMALL_PT, False), width=widths[1]),
                _cell(
                    (f"in {entered:%H:%M}", SMALL_PT, False),
                    (_printable(book, person.door), SMALL_PT, False),
                    width=widths[2],
                ),
                _cell(*((p, SMALL_PT, False) for p in places), width=widths[3])
                if places
                else _cell(("(no destination known)", SMALL_PT, False), width=widths[3]),
            )
            blocks.append(("row", cells, max(c.height for c in cells) + 10))

    header_height = 62 + 12 * (len(doors) if any(d.offline for d in doors) else min(1, len(doors)))
    pages: list[list[tuple[str, object, float]]] = [[]]
    room = height - 2 * _MARGIN - header_height - 10
    used = 0.0
    for kind, content, h in blocks:
        needs = h + (30 if kind == "title" else 0)  # a title never ends a page
        if pages[-1] and used + needs > room:
            pages.append([])
            used = 0.0
        pages[-1].append((kind, content, h))
        used += h

    # -- draw ----------------------------------------------------------------------------------
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=page, pageCompression=1)
    c.setTitle("Fire roll-call")
    c.setCreator("Frontdesk")
    for number, blocks_here in enumerate(pages, start=1):
        y = _header(c, width, height, total, local, source, doors, zone)
        for kind, content, h in blocks_here:
            if kind == "title":
                y -= 8
                draw_line(c, lay_out(str(content), 13, bold=True), _MARGIN, y - 13)
                y -= h - 8
                continue
            top = y
            c.rect(_MARGIN, top - 14, 12, 12, stroke=1, fill=0)  # the marshal's tick box
            for cell, x in zip(cast("list[Line]", content), columns, strict=True):
                cell.draw(c, x, top)
            y -= h
            c.setStrokeColorRGB(0.8, 0.8, 0.8)
            c.line(_MARGIN, y + 4, width - _MARGIN, y + 4)
            c.setStrokeColorRGB(0, 0, 0)
        if not people:
            draw_line(c, lay_out("Nobody is on site according to the scan log.", 12), _MARGIN, y)
        footer = f"Page {number} of {len(pages)}  ·  {total} on site  ·  tick each person found"
        draw_line(c, lay_out(footer, 9), _MARGIN, _MARGIN - 20)
        c.showPage()
    c.save()
    return buffer.getvalue()


def _header(c, width, height, total, local, source, doors, zone) -> float:
    top = height - _MARGIN
    draw_line(c, lay_out(f"FIRE ROLL-CALL — {total} on site", 18, bold=True), _MARGIN, top - 18)
    day = format_date(local.date(), "EEEE dd MMMM y", locale="en")  # not the C locale's
    sub = f"{day}, {local:%H:%M}  ·  from {source}"
    draw_line(c, lay_out(sub, 10), _MARGIN, top - 34)
    y = top - 48
    offline = [d for d in doors if d.offline]
    if doors and not offline:
        seen = "  ·  ".join(f"{d.door} {_when(d.last_contact, zone)}" for d in doors)
        draw_line(c, lay_out(f"Doors, last contact: {seen}", 9), _MARGIN, y)
        y -= 12
    elif doors:
        for d in doors:
            if d.offline:
                c.setFillColorRGB(*_RED)
                text = (
                    f"WARNING {d.door}: OFFLINE, last contact {_when(d.last_contact, zone)}; "
                    "people it let in or out since may be missing or listed wrongly"
                )
                draw_line(c, lay_out(text, 9, bold=True), _MARGIN, y)
                c.setFillColorRGB(0, 0, 0)
            else:
                draw_line(
                    c,
                    lay_out(f"{d.door}: last contact {_when(d.last_contact, zone)}", 9),
                    _MARGIN,
                    y,
                )
            y -= 12
    c.setLineWidth(0.8)
    c.line(_MARGIN, y + 2, width - _MARGIN, y + 2)
    return y - 8


def _when(instant: dt.datetime | None, zone: dt.tzinfo) -> str:
    return instant.astimezone(zone).strftime("%H:%M") if instant else "never"
