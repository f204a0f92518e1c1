"""What a driver sent to its printer, as pictures: PostScript rendered by Ghostscript, DYMO
and Brother raster decoded (:mod:`tests.cups.raster`); and the QR codes read from them."""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

import zxingcpp
from PIL import Image

from tests.cups.raster import brother_pages, dymo_pages

DPI = 300


def postscript_pages(data: bytes) -> list[Image.Image]:
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "job.ps"
        source.write_bytes(data)
        subprocess.run(
            [
                "gs",
                "-q",
                "-dSAFER",
                "-dBATCH",
                "-dNOPAUSE",
                "-sDEVICE=pnggray",
                f"-r{DPI}",
                "-o",
                f"{folder}/page-%03d.png",
                str(source),
            ],
            check=True,
            capture_output=True,
            timeout=120,
        )
        return [Image.open(p).copy() for p in sorted(Path(folder).glob("page-*.png"))]


def pages_of(kind: str, data: bytes) -> list[Image.Image]:
    if kind == "dymo":
        return dymo_pages(data)
    if kind == "brother":
        return brother_pages(data)
    return postscript_pages(data)


def qr_texts(image: Image.Image) -> list[str]:
    found = zxingcpp.read_barcodes(image.convert("L"), formats=zxingcpp.BarcodeFormat.QRCode)
    return [code.text for code in found if code.valid]
