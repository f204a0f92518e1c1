"""Printing a visit summary from the window: language, days and paper, a preview, print.

    dialog = SummaryDialog(details, settings, parent)   # the patient open in the panel
    dialog.open()

The language starts at the patient's preferred one (English when no catalog has it, and the
dialog says so); the days at the panel's day; the paper at the office's (read with the first
preview: the paper choice waits for it). Every change draws the preview again on a worker
thread (the database read, the PDF and its images); the GUI thread only shows the picture. The
printer is the station's and is remembered; the printers and their state are asked on a worker
too (the list says "looking…" meanwhile); "PDF file" saves into the station's PDF folder.
Where CUPS is the print system the summary's own PDF goes to the printer's Letter or A4 paper
and is followed until CUPS says it printed; a printer that is paused, offline or has no such
paper is said in words (see :mod:`frontdesk.gui.badge_output`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pypdfium2
from PySide6.QtCore import QDate, QRectF, Qt, Signal
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter, QPixmap
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
from PySide6.QtWidgets import QDialog, QWidget
from reportlab.lib.pagesizes import A4, LETTER

from frontdesk.errors import FrontdeskError
from frontdesk.gui.badge_output import (
    PDF_FILE,
    USES_CUPS,
    NotPrinted,
    deliver_to_printer,
    fill_printer_choice,
    pdf_images,
    printer_choices,
    save_pdf,
)
from frontdesk.gui.desk_settings import DeskSettings
from frontdesk.gui.failures import describe
from frontdesk.gui.forms.ui_summary_dialog import Ui_SummaryDialog
from frontdesk.gui.jobs import LatestJob
from frontdesk.gui.print_words import outcome_words
from frontdesk.locales import language_name
from frontdesk.printing.badge_layouts import Layout
from frontdesk.printing.translations import FALLBACK, catalog_code
from frontdesk.services.office import PAPERS, summary_paper
from frontdesk.services.patient_view import PatientDetails
from frontdesk.services.visit_summary import PrintedSummary, summary_languages, summary_pdf

PREVIEW_DPI = 80
_PAGE_SIZES = {"letter": QPageSize.PageSizeId.Letter, "a4": QPageSize.PageSizeId.A4}


def stacked(images: list[QImage], gap: int = 12) -> QImage:
    """The pages one under the other on a grey ground, as the preview shows them."""
    width = max(image.width() for image in images) + 2 * gap
    height = sum(image.height() for image in images) + gap * (len(images) + 1)
    sheet = QImage(width, height, QImage.Format.Format_RGB32)
    sheet.fill(0x8A8F98)
    painter = QPainter(sheet)
    y = gap
    for image in images:
        painter.drawImage((width - image.width()) // 2, y, image)
        y += image.height() + gap
    painter.end()
    return sheet


def _render(patient_id: int, first, last, language: str, paper: str | None):
    """On a worker: the summary and its preview; ``paper`` None: the office's."""
    paper = paper or summary_paper()
    printed = summary_pdf(patient_id, first, last, language=language, paper=paper)
    return printed, stacked(pdf_images(printed.pdf, PREVIEW_DPI))


def print_summary(pdf: bytes, printer_name: str, paper: str) -> int:
    """Paint the pages on a named printer, on its Letter or A4 paper; the PDF keeps its own
    margins, so the page is painted whole."""
    info = QPrinterInfo.printerInfo(printer_name)
    if info.isNull():
        raise FrontdeskError(f"no printer named {printer_name!r} on this computer")
    printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(_PAGE_SIZES[paper]))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setFullPage(True)
    printer.setDocName("Visit summary")
    images = pdf_images(pdf, min(600, max(150, printer.resolution())))
    painter = QPainter()
    if not painter.begin(printer):
        raise FrontdeskError(f"the printer {printer_name} cannot start a job")
    try:
        for index, image in enumerate(images):
            if index:
                printer.newPage()
            painter.drawImage(QRectF(printer.paperRect(QPrinter.Unit.DevicePixel)), image)
    finally:
        painter.end()
    return len(images)


@dataclass(frozen=True, slots=True)
class Delivered:
    """Where a summary went: a PDF file saved, or pages sent to a printer."""

    path: str | None = None
    printer: str | None = None
    pages: int = 0
    words: str = ""  # what the print system said (CUPS: printed on ..., job N)


def paper_layout(paper: str) -> Layout:
    """The summary's paper as a stock a printer must have (Letter or A4, never stretched)."""
    size = LETTER if paper == "letter" else A4
    title = "US Letter paper" if paper == "letter" else "A4 paper"
    return Layout(f"summary-{paper}", title, size, (), stock=title)


def _deliver(printed: PrintedSummary, printer: str, folder: str, name: str) -> Delivered:
    if printer == PDF_FILE:
        return Delivered(path=str(save_pdf(printed.pdf, folder, name)))
    if USES_CUPS:  # the PDF itself, on the printer's Letter or A4, followed to its end
        outcome = deliver_to_printer(printed.pdf, printer, paper_layout(printed.paper), name)
        if not outcome.printed:
            raise NotPrinted(outcome_words(outcome))
        pages = len(pypdfium2.PdfDocument(printed.pdf))
        return Delivered(printer=printer, pages=pages, words=outcome_words(outcome))
    return Delivered(printer=printer, pages=print_summary(printed.pdf, printer, printed.paper))


def _date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class SummaryDialog(QDialog):
    """The patient's visit summary: choose, look, print (Enter)."""

    preview_ready = Signal()
    printed = Signal(str)  # what happened, in words
    failed = Signal(str)

    def __init__(
        self, details: PatientDetails, settings: DeskSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_SummaryDialog()
        self.ui.setupUi(self)
        self.details, self.settings = details, settings
        self.summary: PrintedSummary | None = None
        self._preview_image: QImage | None = None  # the pages at the preview's resolution
        self.preview_job = LatestJob(self, failed=self._preview_failed)
        self.print_job = LatestJob(self, failed=self._print_failed)
        self.printers_job = LatestJob(self, opens_database=False, failed=lambda _e: None)
        self.preview_job.busy_changed.connect(self._update_buttons)
        self.print_job.busy_changed.connect(self._update_buttons)
        self._paper_known = False  # the office's paper comes with the first preview
        name = f"{details.given_name} {details.family_name.upper()}"
        self.setWindowTitle(self.tr("Visit summary — {name}").format(name=name))
        self._fill_choices()
        ui = self.ui
        ui.languageCombo.currentIndexChanged.connect(self._choices_changed)
        ui.paperCombo.currentIndexChanged.connect(self._paper_chosen)
        ui.firstDate.dateChanged.connect(self._first_changed)
        ui.lastDate.dateChanged.connect(self._choices_changed)
        ui.printerCombo.currentIndexChanged.connect(self._printer_changed)
        ui.printButton.clicked.connect(self.print_summary)
        ui.closeButton.clicked.connect(self.reject)
        ui.languageCombo.setFocus()
        self._choices_changed()
        self.printers_job.submit(printer_choices, done=self._show_printers)

    def _fill_choices(self) -> None:
        ui, d = self.ui, self.details
        for code, title in summary_languages():
            ui.languageCombo.addItem(title, code)
        wanted = catalog_code(d.preferred_language)
        ui.languageCombo.setCurrentIndex(max(0, ui.languageCombo.findData(wanted)))
        if (
            d.preferred_language
            and wanted == FALLBACK
            and not d.preferred_language.startswith(FALLBACK)
        ):
            self.language_note = self.tr("No summary in {language} yet: English instead.").format(
                language=language_name(d.preferred_language)
            )
        else:
            self.language_note = ""
        for paper, title in zip(PAPERS, (self.tr("Letter"), self.tr("A4")), strict=True):
            ui.paperCombo.addItem(title, paper)
        ui.paperCombo.setEnabled(False)  # until the office's paper is read
        day = QDate(d.day.year, d.day.month, d.day.day)
        ui.firstDate.setDate(day)
        ui.lastDate.setDate(day)
        ui.lastDate.setMinimumDate(day)
        fill_printer_choice(  # "looking…" until the worker's answer (_show_printers)
            ui.printerCombo, self.settings.pdf_folder, self.settings.summary_printer, []
        )

    def _show_printers(self, printers) -> None:
        folder = self.settings.pdf_folder
        fill_printer_choice(self.ui.printerCombo, folder, self.printer(), printers)

    # -- choices -----------------------------------------------------------------------------
    def language(self) -> str:
        return self.ui.languageCombo.currentData() or FALLBACK

    def paper(self) -> str | None:
        """The paper chosen; None until the office's is known."""
        return (self.ui.paperCombo.currentData() or "letter") if self._paper_known else None

    def _paper_chosen(self) -> None:
        self._paper_known = True
        self._choices_changed()

    def days(self) -> tuple[dt.date, dt.date]:
        return _date(self.ui.firstDate.date()), _date(self.ui.lastDate.date())

    def printer(self) -> str:
        return self.ui.printerCombo.currentData() or PDF_FILE

    def _printer_changed(self) -> None:
        self.settings.summary_printer = self.printer()

    def _first_changed(self) -> None:
        first = self.ui.firstDate.date()
        self.ui.lastDate.setMinimumDate(first)  # moves the last day along when it was before
        self._choices_changed()

    def _update_buttons(self, *_args) -> None:
        idle = not (self.preview_job.busy or self.print_job.busy)
        self.ui.printButton.setEnabled(self.summary is not None and idle)

    def _choices_changed(self, *_args) -> None:
        self.summary = None
        self.ui.warningLabel.setText(self.language_note)
        self.ui.statusLabel.setText(self.tr("Preparing the preview…"))
        first, last = self.days()
        # While a preview is drawn, the newest choice waits; older ones are never drawn.
        self.preview_job.submit(
            _render,
            self.details.id,
            first,
            last,
            self.language(),
            self.paper(),
            done=self._show_preview,
        )
        self._update_buttons()

    # -- results -----------------------------------------------------------------------------
    def _show_preview(self, result: tuple[PrintedSummary, QImage]) -> None:
        self.summary, self._preview_image = result
        self._paper_is(self.summary.paper)
        self._fit_preview()
        unset = {
            "address": self.tr(
                "The office's address is not set: this summary has none "
                "(Settings, or frontdesk office-info --address)."
            ),
            "phone": self.tr(
                "The office's phone number is not set: this summary has none "
                "(Settings, or frontdesk office-info --phone)."
            ),
        }
        notes = [self.language_note, *(unset[field] for field in self.summary.office_unset)]
        self.ui.warningLabel.setText("\n".join(note for note in notes if note))
        self.ui.statusLabel.setText(
            self.tr("{appointments} appointment(s) on {days} day(s), in {language}").format(
                appointments=self.summary.appointments,
                days=self.summary.days,
                language=self.ui.languageCombo.currentText(),
            )
        )
        self._update_buttons()
        self.preview_ready.emit()

    def _fit_preview(self) -> None:
        """The pages at the preview's width: wider, a page's right side (where an Arabic or
        Hebrew line starts) would be cut off behind a scroll bar."""
        image = self._preview_image
        if image is None:
            self.ui.previewLabel.setPixmap(QPixmap())
            return
        scroll = self.ui.previewScroll  # room for the vertical scroll bar the pages will need
        room = scroll.viewport().width() - scroll.verticalScrollBar().sizeHint().width() - 2
        if 0 < room < image.width():
            image = image.scaledToWidth(room, Qt.TransformationMode.SmoothTransformation)
        self.ui.previewLabel.setPixmap(QPixmap.fromImage(image))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_preview()

    def _paper_is(self, paper: str) -> None:
        """The office's paper, once read: chosen (unless the person chose meanwhile)."""
        combo = self.ui.paperCombo
        if not self._paper_known:
            self._paper_known = True
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(paper)))
            combo.blockSignals(False)
        combo.setEnabled(True)

    def _preview_failed(self, error: BaseException) -> None:
        self.ui.paperCombo.setEnabled(True)  # the office's paper unread: the next preview asks
        self._preview_image = None
        self.ui.previewLabel.setPixmap(QPixmap())
        self._say_failed(error)

    def _print_failed(self, error: BaseException) -> None:
        self._say_failed(error)

    def _say_failed(self, error: BaseException) -> None:
        message = describe(error)
        self.ui.warningLabel.setText(message)
        self.ui.statusLabel.setText(self.tr("Nothing was printed."))
        self._update_buttons()
        self.failed.emit(message)

    # -- print -------------------------------------------------------------------------------
    def print_summary(self) -> None:
        if self.summary is None or self.preview_job.busy:
            return
        name = f"summary {self.details.mrn} {self.days()[0].isoformat()}"
        if self.print_job.start(
            _deliver,
            self.summary,
            self.printer(),
            self.settings.pdf_folder,
            name,
            done=self._printed,
        ):
            self.ui.statusLabel.setText(self.tr("Printing…"))

    def _printed(self, delivered: Delivered) -> None:
        self.settings.sync()
        if delivered.path is not None:
            self.printed.emit(self.tr("saved {path}").format(path=delivered.path))
        elif delivered.words:
            self.printed.emit(self.tr("visit summary: {words}").format(words=delivered.words))
        else:
            self.printed.emit(
                self.tr("visit summary: {pages} page(s) sent to {printer}").format(
                    pages=delivered.pages, printer=delivered.printer
                )
            )
        self.accept()

    def done(self, result: int) -> None:
        self.preview_job.close()  # a preview still being drawn is not shown to a closed dialog
        self.printers_job.close()
        super().done(result)
