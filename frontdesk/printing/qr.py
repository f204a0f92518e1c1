"""A badge token as a QR code drawn in vector shapes.

The symbol is built by zxing-cpp (C++): error correction level Q (a quarter of the code can be
scuffed or covered), alphanumeric mode for a token of A-Z and 2-7, and the mask chosen by the
standard's penalty rules, in about 1 ms. The pure-Python ``qrcode`` package spends about 10 ms
choosing the mask alone, the whole per-badge budget of a 500-badge batch.

Each row's runs of dark modules become one rectangle of a single path, so a 41 x 41 symbol is
a few hundred rectangles and prints sharp at any size.
"""

from __future__ import annotations

import re

import zxingcpp
from reportlab.pdfgen.canvas import Canvas

QUIET_ZONE = 4  # modules of white around the symbol, as the standard asks
_DARK_RUN = re.compile(b"\x01+")
_DARK = bytes(1 if v < 128 else 0 for v in range(256))  # grey level -> 1 dark, 0 light


def qr_modules(text: str) -> list[bytes]:
    """The symbol's rows, one byte a module: 1 dark, 0 light (no quiet zone)."""
    barcode = zxingcpp.create_barcode(text, zxingcpp.BarcodeFormat.QRCode, ec_level="Q")
    image = memoryview(barcode.to_image(scale=1, add_quiet_zones=False))  # type: ignore[arg-type]
    # (zxingcpp.Image has the buffer protocol; its stubs do not say so)
    assert image.shape is not None  # a 2-D grey image
    size = image.shape[0]
    dark = image.tobytes().translate(_DARK)
    return [dark[r * size : (r + 1) * size] for r in range(size)]


def draw_qr(canvas: Canvas, modules: list[bytes], x: float, y: float, side: float) -> None:
    """The symbol with its quiet zone in the square of ``side`` points whose lower left
    corner is (x, y)."""
    unit = side / (len(modules) + 2 * QUIET_ZONE)
    canvas.saveState()
    canvas.setFillColorRGB(1, 1, 1)
    canvas.rect(x, y, side, side, stroke=0, fill=1)
    canvas.setFillColorRGB(0, 0, 0)
    # In module units, y down from the symbol's top left corner: every rectangle is written
    # with small integers, one "re" a run of dark modules in a row, and filled at once.
    canvas.transform(unit, 0, 0, -unit, x + QUIET_ZONE * unit, y + side - QUIET_ZONE * unit)
    runs = [
        f"{run.start()} {r} {run.end() - run.start()} 1 re"
        for r, row in enumerate(modules)
        for run in _DARK_RUN.finditer(row)
    ]
    canvas.addLiteral("\n".join(runs) + "\nf")
    canvas.restoreState()
