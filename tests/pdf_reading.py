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


def pdf_glyph_runs(pdf: bytes) -> list[tuple[str, str]]:
    """(font's PostScript name, characters) of each piece of text pypdf reads through the
    fonts' ToUnicode maps, in content order: a shaped run's characters name its glyphs one to
    one (ReportLab gives a glyph without a character of its own a private-use one)."""
    pieces: list[tuple[str, str]] = []

    def visit(text, _cm, _tm, font_dict, _size):
        if text and font_dict is not None:
            name = str(font_dict.get("/BaseFont", "")).lstrip("/").split("+")[-1]
            pieces.append((name, text))

    for page in pypdf.PdfReader(io.BytesIO(pdf)).pages:
        page.extract_text(visitor_text=visit)
    return pieces


def pdfium_text(pdf: bytes) -> str:
    """The pages' text as PDFium reads it: ActualText spans (conjuncts, reordered vowels) read
    as the characters they stand for, as a reader copying from the page gets them."""
    document = pypdfium2.PdfDocument(pdf)
    try:
        return "\n".join(page.get_textpage().get_text_range() for page in document)
    finally:
        document.close()


def actual_texts(pdf: bytes) -> list[str]:
    """The ActualText of every marked-content span (pypdf's content-stream parser)."""
    found = []
    for page in pypdf.PdfReader(io.BytesIO(pdf)).pages:
        contents = page.get_contents()
        if contents is None:
            continue
        stream = pypdf.generic.ContentStream(contents, page.pdf)
        for operands, operator in stream.operations:
            if operator == b"BDC" and len(operands) == 2 and hasattr(operands[1], "get"):
                actual = operands[1].get("/ActualText")
                if actual is not None:
                    found.append(str(actual))
    return found
