"""The badge stocks a desk prints on: page size and where each badge sits on the page.

Every layout prints at the stock's exact size with zero margins (set the printer driver to
"actual size", not "fit to page"). Single-badge stocks hold one badge per page; the sheets hold
six 4 x 3 in badges per page for batch printing on perforated name-badge sheets.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import inch, mm

from frontdesk.errors import InputError


@dataclass(frozen=True, slots=True)
class Slot:
    """Where one badge sits on the page: lower left corner and size, in points."""

    x: float
    y: float
    width: float
    height: float


@dataclass(frozen=True, slots=True)
class Layout:
    key: str
    title: str
    page: tuple[float, float]  # width, height in points
    slots: tuple[Slot, ...]
    cut_marks: bool = False  # thin corner marks for sheets cut by hand
    # The makers' stock codes a printer's driver may name (the DYMO "30857"), preferred over
    # another stock of the same size, and the stock in words for a desk that has none loaded.
    stock_codes: tuple[str, ...] = ()
    stock: str = ""

    @property
    def stock_needed(self) -> str:
        return self.stock or self.title


def _single(
    key: str, title: str, width: float, height: float, codes: tuple[str, ...] = (), stock=""
) -> Layout:
    return Layout(key, title, (width, height), (Slot(0, 0, width, height),), False, codes, stock)


def _sheet(key: str, title: str, page: tuple[float, float], top: float) -> Layout:
    """Two columns by three rows of 4 x 3 in badges, centred across, ``top`` from the top."""
    w, h = 4 * inch, 3 * inch
    left = (page[0] - 2 * w) / 2
    slots = tuple(
        Slot(left + col * w, page[1] - top - (row + 1) * h, w, h)
        for row in range(3)
        for col in range(2)
    )
    stock = f"{'US Letter' if page == LETTER else 'A4'} paper or badge sheets"
    return Layout(key, title, page, slots, cut_marks=True, stock=stock)


LAYOUTS: dict[str, Layout] = {
    layout.key: layout
    for layout in (
        _single(
            "badge-4x3",
            "4 x 3 in badge (landscape)",
            4 * inch,
            3 * inch,
            (),
            "4 x 3 in badge stock",
        ),
        _single("cr80", "CR80 card, 85.6 x 54 mm", 85.6 * mm, 54 * mm, ("CR80",), "CR80 cards"),
        _single(
            "brother-62",
            "Brother QL 62 mm label, 62 x 100 mm (DK-22205)",
            62 * mm,
            100 * mm,
            ("62x100", "62 x 100", "DK-22205"),
            "62 x 100 mm labels (Brother DK-22205, cut to 100 mm)",
        ),
        _single(
            "dymo-30857",
            "DYMO 30857 badge label, 4 x 2 1/4 in",
            4 * inch,
            2.25 * inch,
            ("30857",),
            "DYMO 30857 badge labels",
        ),
        # Six to a sheet as on Avery 5392-style name-badge sheets: 1 in from the top.
        _sheet("sheet-letter", "US Letter sheet, six 4 x 3 in badges", LETTER, 1 * inch),
        _sheet("sheet-a4", "A4 sheet, six 4 x 3 in badges", A4, (A4[1] - 9 * inch) / 2),
    )
}
DEFAULT_LAYOUT = "badge-4x3"


def layout_named(key: str) -> Layout:
    try:
        return LAYOUTS[key]
    except KeyError:
        known = ", ".join(LAYOUTS)
        message = f"no badge layout {key!r}; choose one of: {known}"
        raise InputError(message, where="layout") from None
