"""A printed list for the office (arrivals, departures, an interpreter's day): a title, columns,
one band a row, page numbers and the count on every page.

    cells = [[Text("18:05", bold=True), Text("local 17:05 ORD", small=True)], ...]
    pdf = sheet_pdf("Arrivals — Monday 30 November 2026", "12 arriving",
                    [Column("Lands", 70), Column("Patient", 190), ...], rows, landscape=True)

Every cell is a few short lines; a line too long for its column is set smaller, then cut with
an ellipsis (:func:`frontdesk.printing.text_runs.fit`), so a row never spills into the next.
Names print in every script (HarfBuzz shaping, UAX #9, a font a character); a text no
installed font covers is left out rather than printed as boxes, and the rest of the sheet
prints (the row keeps its other lines: the passport name, the flight).
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.pagesizes import landscape as turned
from reportlab.pdfgen.canvas import Canvas

from frontdesk.printing.fonts import UncoveredText, font_book
from frontdesk.printing.text_runs import fit, lay_out

PAPERS = {"letter": LETTER, "a4": A4}
MARGIN = 36.0
LINE = 11.5
GREY = (0.35, 0.35, 0.38)
BAND = (0.93, 0.94, 0.97)


@dataclass(frozen=True, slots=True)
class Text:
    text: str
    bold: bool = False
    small: bool = False  # a second line: grey, smaller


@dataclass(frozen=True, slots=True)
class Column:
    title: str
    width: float


def printable(text: str | None) -> str | None:
    """The text if an installed font covers it, else None (left off the sheet)."""
    if not text:
        return None
    try:
        font_book().check(text, "sheet")
    except UncoveredText:
        return None
    return text


def sheet_pdf(
    title: str,
    subtitle: str,
    columns: list[Column],
    rows: list[list[list[Text]]],
    *,
    paper: str = "letter",
    landscape: bool = False,
    empty: str = "Nothing on this day.",
    footer: str = "",
) -> bytes:
    size = PAPERS[paper]
    width, height = turned(size) if landscape else size
    scale = min(1.0, (width - 2 * MARGIN) / sum(c.width for c in columns))
    widths = [c.width * scale for c in columns]
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(width, height), pageCompression=1)
    canvas.setTitle(title)
    canvas.setCreator("Frontdesk")
    page = 1

    def header() -> float:
        lay_out(title, 16, bold=True).draw(canvas, MARGIN, height - MARGIN - 14)
        lay_out(subtitle, 9.5).draw(canvas, MARGIN, height - MARGIN - 30)
        y = height - MARGIN - 50
        x = MARGIN
        for column, w in zip(columns, widths, strict=True):
            fit(column.title, w - 6, 8.5, 6, bold=True).draw(canvas, x + 3, y)
            x += w
        canvas.setLineWidth(0.8)
        canvas.line(MARGIN, y - 5, width - MARGIN, y - 5)
        return y - 8

    def foot() -> None:
        text = f"Page {page}" + (f"  ·  {footer}" if footer else "")
        canvas.setFillColorRGB(*GREY)
        lay_out(text, 8).draw(canvas, MARGIN, MARGIN - 16)
        canvas.setFillColorRGB(0, 0, 0)

    y = header()
    for index, row in enumerate(rows):
        lines = max((len(cell) for cell in row), default=1)
        row_height = 8 + LINE * max(lines, 1)
        if y - row_height < MARGIN:
            foot()
            canvas.showPage()
            page += 1
            y = header()
        if index % 2 == 0:
            canvas.setFillColorRGB(*BAND)
            canvas.rect(MARGIN, y - row_height, width - 2 * MARGIN, row_height, stroke=0, fill=1)
            canvas.setFillColorRGB(0, 0, 0)
        x = MARGIN
        for cell, w in zip(row, widths, strict=True):
            line_y = y - 4 - 9
            for part in cell:
                text = printable(part.text)
                if text:
                    if part.small:
                        canvas.setFillColorRGB(*GREY)
                    size, smallest = (8, 7) if part.small else (9.5, 8)
                    fit(text, w - 6, size, smallest, bold=part.bold).draw(canvas, x + 3, line_y)
                    canvas.setFillColorRGB(0, 0, 0)
                line_y -= LINE
            x += w
        y -= row_height
    if not rows:
        lay_out(empty, 11).draw(canvas, MARGIN, y - 20)
    foot()
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
