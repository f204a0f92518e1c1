"""Which of a printer's own stocks a badge layout prints on, or why none does.

    stocks = ppd_stocks(ppd_text)                 # the driver's page sizes, by name
    choice = choose_stock(layout, stocks)         # Stock("w167h288.2", "30857 Badge Label", ...)
    choice = choose_stock(layout, ipp_stocks(media_supported))   # a driverless queue

A layout prints on a stock of its size, turned either way (a DYMO 30857 label is 2.25 in wide
and 4 in long on the roll; the badge is drawn 4 x 2.25 in and CUPS turns it), up to 3 mm
larger (a label's backing) and at most 1 mm smaller. Named stocks come first, then the
driver's custom size where it takes one. When none fits, :class:`NoStock` says which stock
the layout needs and what the printer has: never a page stretched to A4.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reportlab.lib.units import inch, mm

from frontdesk.errors import FrontdeskError
from frontdesk.printing.badge_layouts import Layout

LARGER = 3 * mm  # a stock this much larger than the badge still takes it
SMALLER = 1 * mm  # ... and this much smaller


class NoStock(FrontdeskError):
    """The printer has no stock a layout can print on: which printer, the layout, the stock it
    needs and the printer's stocks (values; the window and the CLI word them)."""

    def __init__(self, printer: str, layout: str, needed: str, have: tuple[str, ...]) -> None:
        super().__init__(f"{printer or 'the printer'} has no stock for {layout!r}: needs {needed}")
        self.printer, self.layout, self.needed, self.have = printer, layout, needed, have


@dataclass(frozen=True, slots=True)
class Stock:
    name: str  # what the driver calls it (the IPP/PPD media name sent with the job)
    title: str  # what a person reads: "30857 Badge Label"
    width: float  # points, as the driver feeds it
    height: float
    printable: tuple[float, float, float, float] | None = None  # left, bottom, right, top


@dataclass(frozen=True, slots=True)
class CustomRange:
    """The sizes a driver's custom page takes, in points."""

    width: tuple[float, float]
    height: tuple[float, float]
    margins: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 0.0)  # left, bottom, right, top


def _fits(stock_w: float, stock_h: float, want_w: float, want_h: float) -> bool:
    return all(
        want - SMALLER <= have <= want + LARGER
        for have, want in ((stock_w, want_w), (stock_h, want_h))
    )


def size_fits(width: float, height: float, layout: Layout) -> bool:
    want_w, want_h = layout.page
    return _fits(width, height, want_w, want_h) or _fits(width, height, want_h, want_w)


_PAGE_SIZE = re.compile(
    r'^\*PageSize\s+([^/:]+)(?:/([^:]*))?:\s*"[^"]*PageSize\s*\[\s*([\d.]+)\s+([\d.]+)'
)
_PAPER = re.compile(r'^\*PaperDimension\s+([^/:]+)(?:/[^:]*)?:\s*"([\d.]+)\s+([\d.]+)"')
_AREA = re.compile(
    r'^\*ImageableArea\s+([^/:]+)(?:/[^:]*)?:\s*"([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)"'
)
_HW_MARGINS = re.compile(r"^\*HWMargins:\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)")
_CUSTOM = re.compile(r"^\*ParamCustomPageSize\s+(Width|Height):\s*\d+\s+\w+\s+([\d.]+)\s+([\d.]+)")


def ppd_stocks(ppd: str) -> tuple[list[Stock], CustomRange | None]:
    """The named page sizes of a PPD and, where the driver takes custom sizes, their range."""
    sizes: dict[str, tuple[str, float, float]] = {}
    areas: dict[str, tuple[float, float, float, float]] = {}
    custom: dict[str, tuple[float, float]] = {}
    takes_custom = False
    hw_margins = (0.0, 0.0, 0.0, 0.0)
    for raw in ppd.splitlines():
        line = raw.strip()
        if match := _HW_MARGINS.match(line):
            hw_margins = tuple(float(v) for v in match.groups())  # type: ignore[assignment]
            continue
        if match := _PAGE_SIZE.match(line):
            name, title, w, h = match.groups()
            sizes[name] = (title or name, float(w), float(h))
        elif match := _PAPER.match(line):
            name, w, h = match.groups()
            title = sizes.get(name, (name, 0, 0))[0]
            sizes.setdefault(name, (title, float(w), float(h)))
        elif match := _AREA.match(line):
            name, *box = match.groups()
            areas[name] = tuple(float(v) for v in box)  # type: ignore[assignment]
        elif match := _CUSTOM.match(line):
            custom[match.group(1)] = (float(match.group(2)), float(match.group(3)))
        elif line.startswith("*CustomPageSize True"):
            takes_custom = True
    stocks = [
        Stock(name, title.strip(), w, h, areas.get(name)) for name, (title, w, h) in sizes.items()
    ]
    ranges = None
    if takes_custom and "Width" in custom and "Height" in custom:
        ranges = CustomRange(custom["Width"], custom["Height"], hw_margins)
    return stocks, ranges


_PWG_SIZE = re.compile(r"_(\d+(?:\.\d+)?)x(\d+(?:\.\d+)?)(mm|in)$")


def ipp_stocks(media_supported: list[str]) -> tuple[list[Stock], CustomRange | None]:
    """Stocks from IPP's self-describing media names (``na_letter_8.5x11in``,
    ``custom_58.76x101.6mm_58.76x101.6mm``); ``custom_min_/custom_max_`` give the range."""
    stocks, low, high = [], None, None
    for name in media_supported:
        match = _PWG_SIZE.search(name)
        if not match:
            continue
        unit = mm if match.group(3) == "mm" else inch
        w, h = float(match.group(1)) * unit, float(match.group(2)) * unit
        if name.startswith("custom_min_"):
            low = (w, h)
        elif name.startswith("custom_max_"):
            high = (w, h)
        else:
            stocks.append(Stock(name, name, w, h))
    ranges = CustomRange((low[0], high[0]), (low[1], high[1])) if low and high else None
    return stocks, ranges


def _in(value: float, bounds: tuple[float, float]) -> bool:
    return bounds[0] - 0.5 <= value <= bounds[1] + 0.5


def choose_stock(
    layout: Layout, stocks: list[Stock], custom: CustomRange | None = None, printer: str = ""
) -> Stock:
    """The printer's stock for ``layout``: its own named stock of the size (one whose title
    carries the layout's stock code first), else a custom size the driver takes; else
    :class:`NoStock`, which names the stock needed and lists what the printer has."""
    fitting = [s for s in stocks if size_fits(s.width, s.height, layout)]
    if fitting:
        codes = layout.stock_codes

        def rank(stock: Stock) -> tuple[int, float]:
            named = any(code.lower() in stock.title.lower() for code in codes)
            exact = abs(max(stock.width, stock.height) - max(layout.page))
            exact += abs(min(stock.width, stock.height) - min(layout.page))
            return (0 if named else 1, exact)

        return min(fitting, key=rank)
    width, height = layout.page
    # A label printer's driver may claim custom pages of any width (ptouch: up to 100,000 pt)
    # while its head is as wide as its widest roll: no custom page wider than its widest stock.
    widest = max((s.width for s in stocks), default=float("inf")) + 0.5
    if custom is not None:
        for w, h in ((width, height), (height, width)):
            if w <= widest and _in(w, custom.width) and _in(h, custom.height):
                left, bottom, right, top = custom.margins
                area = (left, bottom, w - right, h - top)
                return Stock(f"Custom.{w:.2f}x{h:.2f}", f"custom {layout.title}", w, h, area)
    have = tuple(sorted({s.title for s in stocks})[:8])
    raise NoStock(printer or "", layout.title, layout.stock_needed, have)


def badge_inset(stock: Stock, layout: Layout) -> tuple[float, float, float, float]:
    """The edges of the badge the printer cannot print on this stock (left, bottom, right,
    top of the badge as drawn, in points). A stock fed the other way round (CUPS turns the
    page) gives each side the larger of the two edges it may land on."""
    if stock.printable is None:
        return (0.0, 0.0, 0.0, 0.0)
    x0, y0, x1, y1 = stock.printable
    left, bottom, right, top = x0, y0, stock.width - x1, stock.height - y1
    layout_wide = layout.page[0] > layout.page[1]
    stock_wide = stock.width > stock.height
    if layout_wide == stock_wide:
        return (max(left, 0.0), max(bottom, 0.0), max(right, 0.0), max(top, 0.0))
    across, along = max(bottom, top, 0.0), max(left, right, 0.0)
    return (across, along, across, along)
