"""Where a badge PDF goes from the window: a preview image, a printer, or a PDF file.

    images = pdf_images(pdf, dpi=96)                      # for the preview
    send_to_printer(pdf, "Brother QL-820NWB", layout)     # each page at the stock's exact size
    path = save_pdf(pdf, folder, "B-1042")                # the "PDF file" printer

Pages are rendered by PDFium (pypdfium2) and painted onto the printer at its resolution (up to
600 dpi) with zero margins, which every driver on every system accepts; the fonts and the QR
are already in the PDF, so what prints is what the preview showed.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pypdfium2
from PySide6.QtCore import QMarginsF, QRectF, QSizeF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from frontdesk.errors import FrontdeskError
from frontdesk.printing.badge_layouts import Layout

PDF_FILE = ""  # the printer choice that saves PDF files instead


def printer_names() -> list[str]:
    return [name for name in QPrinterInfo.availablePrinterNames() if name]


def fill_printer_choice(combo, pdf_folder: str, current: str) -> None:
    """The "PDF file in <folder>" choice, then this computer's printers; ``current`` chosen."""
    combo.addItem(combo.tr("PDF file in {folder}").format(folder=pdf_folder), PDF_FILE)
    for name in printer_names():
        combo.addItem(name, name)
    combo.setCurrentIndex(max(0, combo.findData(current)))


def pdf_pages(pdf: bytes, dpi: float = 96, first: int = 0, count: int | None = None):
    """The pages as images, one at a time (a batch at printer resolution would not fit in
    memory all at once: a Letter page at 600 dpi is 100 MB)."""
    document = pypdfium2.PdfDocument(pdf)
    try:
        last = len(document) if count is None else min(len(document), first + count)
        for index in range(first, last):
            bitmap = document[index].render(scale=dpi / 72, rev_byteorder=True)  # RGB(A)
            fmt = (
                QImage.Format.Format_RGBA8888
                if bitmap.n_channels == 4
                else QImage.Format.Format_RGB888
            )
            image = QImage(
                bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride, fmt
            ).copy()
            image.setDotsPerMeterX(round(dpi / 0.0254))
            image.setDotsPerMeterY(round(dpi / 0.0254))
            yield image
    finally:
        document.close()


def pdf_images(pdf: bytes, dpi: float = 96, count: int | None = None) -> list[QImage]:
    """The first ``count`` pages (all by default) as images, for a preview."""
    return list(pdf_pages(pdf, dpi, 0, count))


def configure_printer(printer: QPrinter, layout: Layout) -> None:
    """The stock's exact page size, no margins, actual size."""
    width, height = layout.page
    size = QPageSize(QSizeF(width, height), QPageSize.Unit.Point, layout.title)
    orientation = QPageLayout.Orientation.Portrait
    printer.setPageLayout(QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0)))
    printer.setFullPage(True)
    printer.setDocName(layout.title)


def paint_pdf(pdf: bytes, printer: QPrinter, layout: Layout) -> int:
    """Paint every page onto ``printer`` (already set up); returns the number of pages."""
    configure_printer(printer, layout)
    dpi = min(600, max(150, printer.resolution()))
    painter = QPainter()
    if not painter.begin(printer):
        raise FrontdeskError(f"the printer {printer.printerName() or 'PDF'} cannot start a job")
    pages = 0
    try:
        for image in pdf_pages(pdf, dpi):  # one page in memory at a time
            if pages:
                printer.newPage()
            target = QRectF(printer.paperRect(QPrinter.Unit.DevicePixel))
            painter.drawImage(target, image)
            pages += 1
    finally:
        painter.end()
    return pages


def send_to_printer(pdf: bytes, printer_name: str, layout: Layout) -> int:
    info = QPrinterInfo.printerInfo(printer_name)
    if info.isNull():
        raise FrontdeskError(f"no printer named {printer_name!r} on this computer")
    printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)
    return paint_pdf(pdf, printer, layout)


def save_pdf(pdf: bytes, folder: str | Path, name: str) -> Path:
    """Write the PDF into ``folder`` as ``<name> <time>.pdf``, whole or not at all."""
    folder = Path(folder)
    stem = re.sub(r"[^\w.-]+", "-", name).strip("-")[:80] or "badges"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{stem} {dt.datetime.now():%Y-%m-%d %H%M%S}.pdf"
        counter = 1
        while path.exists():
            counter += 1
            path = folder / f"{stem} {dt.datetime.now():%Y-%m-%d %H%M%S}-{counter}.pdf"
        partial = path.with_name(path.name + ".partial")
        partial.write_bytes(pdf)
        partial.replace(path)
    except OSError as error:
        raise FrontdeskError(f"cannot save the PDF in {folder}: {error.strerror}") from None
    return path
