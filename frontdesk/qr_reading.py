"""Reading QR codes from camera frames (no Qt here: the door's camera glue hands over bytes).

    texts = read_frame(gray_bytes, width, height, stride)

zxing-cpp looks for QR codes only, in an 8-bit grey image; a frame without one costs about a
millisecond at 640 x 480. Tokens are what the door then verifies.
"""

from __future__ import annotations

import zxingcpp
from PIL import Image


def read_frame(data: bytes, width: int, height: int, stride: int | None = None) -> list[str]:
    """The text of every QR code in an 8-bit grey frame."""
    image = Image.frombuffer("L", (width, height), data, "raw", "L", stride or width, 1)
    found = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
    return [barcode.text for barcode in found if barcode.valid and barcode.text]
