"""Where a badge PDF goes from the window: a preview image, a printer, or a PDF file.

    images = pdf_images(pdf, dpi=96)                      # for the preview
    outcome = deliver_to_printer(pdf, "QL-800", layout, "B-1042")   # on a worker thread
    outcome.printed, outcome_words(outcome)               # True only when CUPS says it printed
    path = save_pdf(pdf, folder, "B-1042")                # the "PDF file" choice
    choices = printer_choices()                           # on a worker: names with their state
    output = station_output(printer, folder, layout)      # for frontdesk.services.badge_workflow
    status = printed_words(done)                          # a workflow's Printed, in words

Where CUPS is the print system (Linux, macOS) the vector PDF goes to CUPS with the printer's
own stock for the layout and the job is followed until CUPS says it completed (see
:mod:`frontdesk.printing.cups_print`). Elsewhere (Windows) pages are rendered by PDFium and
painted through Qt at the stock's exact size; a page size the driver does not take is refused,
and the desk is told that the system does not report whether the job printed.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from dataclasses import dataclass
from pathlib import Path

import pypdfium2
from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSizeF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from frontdesk.errors import FrontdeskError
from frontdesk.gui.print_words import outcome_words, status_word, trouble_words
from frontdesk.printing.badge_layouts import Layout
from frontdesk.printing.badge_pdf import COLOUR, Look
from frontdesk.printing.cups import Cups, CupsDown, cups_address
from frontdesk.printing.cups_print import Outcome, Reason, device_look, print_pdf
from frontdesk.services.badge_workflow import Delivery, Output, Printed

PDF_FILE = ""  # the printer choice that saves PDF files instead
USES_CUPS = sys.platform != "win32"  # Linux and macOS print through CUPS


def printer_names() -> list[str]:
    return [name for name in QPrinterInfo.availablePrinterNames() if name]


@dataclass(frozen=True, slots=True)
class PrinterChoice:
    name: str
    status: str = ""  # "ready", "paused", ... ("" where the system does not say)
    problem: str | None = None  # what stops it, in words


def printer_choices() -> list[PrinterChoice] | None:
    """This computer's printers with their state (a worker calls this: it asks CUPS); None
    when the print system does not answer."""
    if not USES_CUPS:
        return [PrinterChoice(name) for name in printer_names()]
    try:
        printers = Cups(cups_address(), timeout=3.0).printers()
    except CupsDown:
        return None
    return [
        PrinterChoice(
            p.name,
            status_word(p.trouble, p.busy),
            trouble_words(p.name, p.trouble, p.message.strip().rstrip(".")) if p.trouble else None,
        )
        for p in printers
    ]


_ASK_QT = object()  # fill_printer_choice's default: Qt's list of names, asked there and then


def fill_printer_choice(combo, pdf_folder: str, current: str, printers=_ASK_QT) -> None:
    """The printers (a list of :class:`PrinterChoice`, each shown with its state), then the
    "PDF file in <folder>" choice; ``current`` chosen. A remembered printer that is gone stays
    in the list, marked so, rather than silently becoming a PDF file; ``printers=None``: the
    print system does not answer; ``[]`` while the list is being asked for."""
    if printers is _ASK_QT:
        printers = [PrinterChoice(name) for name in printer_names()]
    combo.blockSignals(True)
    try:
        combo.clear()
        names = set()
        for printer in printers or ():
            text = f"{printer.name} — {printer.status}" if printer.status else printer.name
            combo.addItem(text, printer.name)
            names.add(printer.name)
        if current and current not in names:
            if printers is None:
                missing = QCoreApplication.translate(
                    "BadgeOutput", "{name} — the print system does not answer"
                )
            elif printers:
                missing = QCoreApplication.translate("BadgeOutput", "{name} — not found")
            else:
                missing = QCoreApplication.translate("BadgeOutput", "{name} — looking…")
            combo.insertItem(0, missing.format(name=current), current)
        combo.addItem(
            QCoreApplication.translate("BadgeOutput", "PDF file in {folder}").format(
                folder=pdf_folder
            ),
            PDF_FILE,
        )
        combo.setCurrentIndex(max(0, combo.findData(current)))
    finally:
        combo.blockSignals(False)


def look_for(printer: str | None, layout: Layout) -> Look:
    """How to draw badges for this printer (a worker calls this: it asks CUPS): black and
    white inside the printable area on a thermal label printer; in colour, edge to edge, for
    a PDF file, a colour printer, or a printer CUPS cannot describe (printing then says why)."""
    if not printer or printer == PDF_FILE or not USES_CUPS:
        return COLOUR
    try:
        return device_look(Cups(cups_address()), printer, layout)
    except FrontdeskError:
        return COLOUR


class NotPrinted(FrontdeskError):
    """The printer did not print (refused, paused, offline, lost): nothing is counted."""


def deliver_to_printer(pdf: bytes, printer: str | None, layout: Layout, title: str) -> Outcome:
    """Print on ``printer`` and say what happened; only ``printed`` outcomes count."""
    if not printer:
        return Outcome(False, Reason.NO_PRINTER_CHOSEN)
    if USES_CUPS:
        return print_pdf(Cups(cups_address()), printer, pdf, layout, title)
    pages = send_to_printer(pdf, printer, layout)
    return Outcome(True, Reason.SENT, printer, bytes_sent=len(pdf), pages=pages)


def station_output(printer: str | None, folder: str, layout: Layout) -> Output:
    """Where the window's badges go (:mod:`frontdesk.services.badge_workflow` counts them when
    this says printed): the chosen printer, printed when CUPS says the job completed, or a PDF
    file in the station's folder, printed once written."""

    def deliver(pdf: bytes, name: str) -> Delivery:
        if printer == PDF_FILE:
            return Delivery(printed=True, path=save_pdf(pdf, folder, name))
        outcome = deliver_to_printer(pdf, printer, layout, name)
        return Delivery(outcome.printed, printer=printer, words=outcome_words(outcome))

    return deliver


def printed_words(done: Printed) -> str:
    """What became of printed badges, in the desk's words: where they went, whose passport
    name alone they show, and a print count that could not be saved."""

    if done.delivery.path is not None:
        words = QCoreApplication.translate("BadgeOutput", "saved {path}").format(
            path=done.delivery.path
        )
    else:
        words = done.delivery.words or QCoreApplication.translate(
            "BadgeOutput", "printed on {printer}"
        ).format(printer=done.delivery.printer)
    if done.count_error:
        words += " " + QCoreApplication.translate(
            "BadgeOutput", "(printed, but the print count was not saved: {error})"
        ).format(error=done.count_error)
    return "; ".join([words, *done.left_off])


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
    """The stock's exact page size, no margins, actual size; a driver that does not take that
    page size is an error, not a page stretched onto A4."""
    width, height = layout.page
    size = QPageSize(QSizeF(width, height), QPageSize.Unit.Point, layout.title)
    orientation = QPageLayout.Orientation.Portrait
    # setPageLayout answers False for zero margins on a driver with a minimum margin, page
    # size taken; what counts is the page size the driver will get
    printer.setPageLayout(QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0)))
    printer.setFullPage(True)
    printer.setDocName(layout.title)
    got = printer.pageLayout().fullRectPoints()
    if abs(got.width() - width) > 2 or abs(got.height() - height) > 2:
        name = printer.printerName() or "the printer"
        raise NotPrinted(
            f"{name} does not take the page size of “{layout.title}” (it would print on "
            f"{got.width() / 72 * 25.4:.0f} x {got.height() / 72 * 25.4:.0f} mm): choose "
            f"another printer or layout. Nothing was printed."
        )


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
