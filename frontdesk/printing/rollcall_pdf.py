"""The fire roll-call: everyone on site, on paper, for the marshal at the assembly point.

    pdf = roll_call_pdf(people, taken_at, zone, source="Main entrance (offline copy of 10:32)")

One line a person, grouped by holder type (patients, companions, interpreters, visitors), with
a box to tick, the printed name and the native-script name, the badge number, the time and
door of entry, and where they were going. Names print in every script (see
:mod:`frontdesk.printing.text_runs`). Page numbers and the count on every page.
"""

from __future__ import annotations

import datetime as dt
import io

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.pdfgen.canvas import Canvas

from frontdesk.badge_token import HolderType
from frontdesk.printing.fonts import UncoveredText, font_book
from frontdesk.printing.text_runs import fit, lay_out

_GROUPS = (
    (HolderType.PATIENT, "Patients"),
    (HolderType.COMPANION, "Companions"),
    (HolderType.INTERPRETER, "Interpreters"),
    (HolderType.VISITOR, "Visitors"),
    (None, "Badges not known at this station"),
)


def _printable(book, text: str | None) -> str | None:
    if not text:
        return None
    try:
        book.check(text, "roll-call")
    except UncoveredText:
        return None
    return text


def roll_call_pdf(
    people, taken_at: dt.datetime, zone: dt.tzinfo, *, source: str, paper: str = "letter"
) -> bytes:
    """``people``: :class:`frontdesk.services.onsite.OnSite` rows."""
    page = LETTER if paper == "letter" else A4
    width, height = page
    margin = 40
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=page, pageCompression=1)
    c.setTitle("Fire roll-call")
    c.setCreator("Frontdesk")
    local = taken_at.astimezone(zone)
    total = len(people)
    page_no = 1
    book = font_book()

    def header() -> float:
        title = lay_out(f"FIRE ROLL-CALL — {total} on site", 18, bold=True)
        title.draw(c, margin, height - margin - 18)
        sub = lay_out(f"{local:%A %d %B %Y, %H:%M}  ·  from {source}", 10)
        sub.draw(c, margin, height - margin - 36)
        c.setLineWidth(0.8)
        c.line(margin, height - margin - 44, width - margin, height - margin - 44)
        return height - margin - 62

    def footer() -> None:
        text = lay_out(f"Page {page_no}  ·  {total} on site  ·  tick each person found", 8)
        text.draw(c, margin, margin - 20)

    y = header()
    row = 30
    columns = (margin + 22, margin + 250, margin + 330, margin + 410)
    for holder, title in _GROUPS:
        group = [p for p in people if p.holder == holder]
        if not group:
            continue
        y -= 10  # clear of the last row of the group before
        if y < margin + 3 * row:
            footer()
            c.showPage()
            page_no += 1
            y = header()
        lay_out(f"{title} ({len(group)})", 13, bold=True).draw(c, margin, y)
        y -= 8
        for person in group:
            if y < margin + row:
                footer()
                c.showPage()
                page_no += 1
                y = header()
            y -= row
            c.rect(margin, y + 2, 12, 12, stroke=1, fill=0)  # the marshal's tick box
            # The roll-call prints whatever happens: a name no font here can print is left off
            # (the badge number stays), never the whole list.
            name = _printable(book, person.display_name) or f"Badge B-{person.badge_id}"
            native = _printable(book, person.native_name)
            destination = _printable(book, person.destination)
            fit(name, columns[1] - columns[0] - 8, 11, 7, bold=True).draw(c, columns[0], y + 6)
            if native:
                fit(native, columns[1] - columns[0] - 8, 9, 6).draw(c, columns[0], y - 6)
            lay_out(f"B-{person.badge_id}", 9).draw(c, columns[1], y + 6)
            entered = person.entered_at.astimezone(zone)
            lay_out(f"in {entered:%H:%M}", 9).draw(c, columns[2], y + 6)
            if person.door:
                fit(person.door, columns[3] - columns[2] - 6, 8, 6).draw(c, columns[2], y - 6)
            if destination:  # the first place of the day is where to look
                first, _sep, more = destination.partition(" · ")
                fit(first + (" …" if more else ""), width - margin - columns[3], 9, 7).draw(
                    c, columns[3], y + 6
                )
            c.setStrokeColorRGB(0.85, 0.85, 0.85)
            c.line(margin, y - 10, width - margin, y - 10)
            c.setStrokeColorRGB(0, 0, 0)
        y -= 16
    if not people:
        lay_out("Nobody is on site according to the scan log.", 12).draw(c, margin, y)
    footer()
    c.showPage()
    c.save()
    return buffer.getvalue()
