"""Reading our PDFs back as a person and a scanner would: text (pypdf) and QR codes (the page
rendered by PDFium, decoded by zxing-cpp)."""

from __future__ import annotations

import io
import unicodedata

import pypdf
import pypdfium2
import zxingcpp


def pdf_text(pdf: bytes) -> str:
    """All pages' text, NFKC-normalised: ligatures (fi, fl) and Arabic presentation forms
    come back as the letters they were shaped from."""
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return unicodedata.normalize("NFKC", "\n".join(p.extract_text() or "" for p in reader.pages))


def page_sizes(pdf: bytes) -> list[tuple[float, float]]:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return [(float(p.mediabox.width), float(p.mediabox.height)) for p in reader.pages]


def qr_codes(pdf: bytes, dpi: int = 200) -> list[list[str]]:
    """The QR codes each page shows, rendered at ``dpi``, top to bottom, left to right."""
    document = pypdfium2.PdfDocument(pdf)
    pages = []
    try:
        for page in document:
            image = page.render(scale=dpi / 72).to_pil()
            found = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
            found = sorted(
                found, key=lambda b: (b.position.top_left.y // 50, b.position.top_left.x)
            )
            pages.append([b.text for b in found])
    finally:
        document.close()
    return pages


def render_png(pdf: bytes, path, page: int = 0, dpi: int = 110) -> None:
    document = pypdfium2.PdfDocument(pdf)
    try:
        document[page].render(scale=dpi / 72).to_pil().save(path)
    finally:
        document.close()
