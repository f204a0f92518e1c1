"""Printing one visit's badges from the window: tick the people, see the preview, print.

    dialog = BadgeDialog(details, actor, settings, parent)   # the patient and companions
    dialog.printed.connect(show)                             # what was printed, in words
    dialog.open()

The stock (layout) and the printer are the station's and are remembered (QSettings). The
printer list shows each printer's state and is refreshed while the dialog is open; "PDF file"
(saved into the station's PDF folder) is a choice of its own, never a silent stand-in for a
printer that is gone. Printing goes through the one badge workflow
(:mod:`frontdesk.services.badge_workflow`): a badge counts as printed only when the printer
printed it (CUPS says the job completed) or the file is written; otherwise the desk reads what
happened and nothing is counted. The preview, the print and the printers' state run on workers
(:class:`~frontdesk.gui.jobs.LatestJob`: the newest preview asked for wins, a print is one at a
time); the GUI thread only shows the answers. The day's batch is
:mod:`frontdesk.gui.day_batch_printer`.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QDialog, QListWidgetItem, QMessageBox, QWidget

from frontdesk.gui.badge_output import (
    PDF_FILE,
    fill_printer_choice,
    look_for,
    pdf_images,
    printed_words,
    printer_choices,
    station_output,
)
from frontdesk.gui.desk_settings import DeskSettings
from frontdesk.gui.failures import describe
from frontdesk.gui.forms.ui_badge_dialog import Ui_BadgeDialog
from frontdesk.gui.jobs import LatestJob
from frontdesk.printing.badge_layouts import LAYOUTS, Layout, layout_named
from frontdesk.printing.badge_pdf import render_badges
from frontdesk.services.actors import Actor
from frontdesk.services.badge_list import BadgeLine
from frontdesk.services.badge_printing import holders_left_off, preview_faces
from frontdesk.services.badge_workflow import Printed, print_holders, replace_lost
from frontdesk.services.office import closing_time, office_zone
from frontdesk.services.patient_view import PatientDetails

PREVIEW_DPI = 110
PRINTERS_REFRESH_MS = 5000  # the printer list's states are asked again this often


def stay_end(last_day: dt.date | None) -> dt.datetime | None:
    """On a worker (the office's settings are read): the office's closing time on the last day
    of a stay; None for a day badge."""
    if last_day is None:
        return None
    return dt.datetime.combine(last_day, closing_time(), tzinfo=office_zone())


def _preview(visit_id, holders, layout, last_day=None, printer=PDF_FILE):
    """What printing would give: drawn, written nowhere (no badge is issued by looking), as
    the chosen printer will print it (black and white on a thermal label printer)."""
    faces = preview_faces(visit_id, holders, stay_end(last_day))
    pdf = render_badges(faces, layout, title="Preview", look=look_for(printer, layout))
    notes = holders_left_off(visit_id, holders)  # the desk is told, the badge still prints
    return faces, pdf, pdf_images(pdf, PREVIEW_DPI, count=1), notes  # the first page shown


def _print(visit_id, holders, actor, layout, printer, folder, last_day=None) -> Printed:
    """On a worker: the one badge workflow, to the chosen printer or a PDF file."""
    output = station_output(printer, folder, layout)
    look = look_for(printer, layout)  # a thermal label printer's black and white
    return print_holders(
        visit_id, holders, actor, layout, output, valid_until=stay_end(last_day), look=look
    )


def _replace(badge_id, actor, layout, printer, folder) -> Printed:
    output = station_output(printer, folder, layout)
    return replace_lost(badge_id, actor, layout, output, look=look_for(printer, layout))


class BadgeDialog(QDialog):
    """The badges of one visit: tick the people, see the preview, print (Enter)."""

    preview_ready = Signal()
    printed = Signal(str)  # what happened, in words
    failed = Signal(str)
    printers_shown = Signal()  # the printer list was refreshed

    def __init__(
        self,
        details: PatientDetails,
        actor: Actor,
        settings: DeskSettings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_BadgeDialog()
        self.ui.setupUi(self)
        self.details = details
        self.actor = actor
        self.settings = settings
        self._previewed: list[int | None] = []  # the holders the preview shows
        self.pdf: bytes | None = None
        self._closed = False
        self.preview_job = LatestJob(self, failed=self._failed)  # the newest choices win
        self.print_job = LatestJob(self, failed=self._failed)  # one print at a time
        self.print_job.busy_changed.connect(self._update_buttons)
        self._notes: list[str] = []  # the preview's warnings
        self._printer_problem = ""  # the chosen printer's trouble, in words
        self.printers_job = LatestJob(self, opens_database=False, failed=lambda _e: None)
        self.printers_timer = QTimer(self)
        self.printers_timer.setInterval(PRINTERS_REFRESH_MS)
        self.printers_timer.timeout.connect(self.refresh_printers)
        name = f"{details.given_name} {details.family_name.upper()}"
        self.setWindowTitle(self.tr("Badges — {name}").format(name=name))
        self._fill_holders()
        self._fill_choices()
        ui = self.ui
        ui.holdersList.itemChanged.connect(self._choices_changed)
        ui.layoutCombo.currentIndexChanged.connect(self._layout_changed)
        ui.untilDate.setDisplayFormat("ddd d MMM yyyy")
        ui.untilDate.setMinimumDate(details.day)
        ui.untilDate.setDate(self._current_end(details))
        ui.untilDate.dateChanged.connect(self._choices_changed)
        ui.printerCombo.currentIndexChanged.connect(self._printer_changed)
        ui.printButton.clicked.connect(self.print_badges)
        ui.replaceButton.clicked.connect(self.replace_selected)
        ui.closeButton.clicked.connect(self.reject)
        ui.holdersList.currentRowChanged.connect(self._update_buttons)
        ui.holdersList.setCurrentRow(0)
        ui.holdersList.setFocus()
        self._choices_changed()
        self.refresh_printers()
        self.printers_timer.start()

    # -- choices -----------------------------------------------------------------------------
    @staticmethod
    def _current_end(details: PatientDetails) -> dt.date:
        """The last day of the patient's valid badge (a stay already set), else the visit day."""
        ends = [  # a minute before the end: a badge that runs to midnight ends that day
            (b.valid_until - dt.timedelta(minutes=1)).date()
            for b in details.badges
            if b.state == "valid"
        ]
        return max([details.day, *ends])

    def _badge_of(self, companion_id: int | None) -> BadgeLine | None:
        lines = [
            b for b in self.details.badges if b.companion_id == companion_id and b.state == "valid"
        ]
        return lines[-1] if lines else None

    def _holder_text(self, name: str, kind: str, companion_id: int | None) -> str:
        badge = self._badge_of(companion_id)
        if badge is None:
            state = self.tr("no badge yet")
        else:
            state = self.tr("{number}, printed {n}×").format(
                number=badge.number, n=badge.print_count
            )
        return f"{name} — {kind} · {state}"

    def _fill_holders(self) -> None:
        d = self.details
        rows = [(f"{d.given_name} {d.family_name.upper()}", self.tr("patient"), None)]
        for c in d.companions:
            family, _sep, given = c.name.partition(", ")
            kind = (c.relationship or self.tr("companion")).lower()
            rows.append((f"{given} {family.upper()}".strip(), kind, c.id))
        for name, kind, companion_id in rows:
            item = QListWidgetItem(self._holder_text(name, kind, companion_id))
            item.setData(Qt.ItemDataRole.UserRole, companion_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.ui.holdersList.addItem(item)

    def _fill_choices(self) -> None:
        combo = self.ui.layoutCombo
        for layout in LAYOUTS.values():
            combo.addItem(layout.title, layout.key)
        combo.setCurrentIndex(max(0, combo.findData(self.settings.badge_layout)))
        fill_printer_choice(  # the remembered choice now; the list comes from a worker
            self.ui.printerCombo,
            self.settings.pdf_folder,
            self.settings.printer_for(self.ui.layoutCombo.currentData()),
            [],
        )
        self._printers: list | None = []

    def refresh_printers(self) -> None:
        """Ask the print system for the printers and their state (on a worker)."""
        self.printers_job.submit(printer_choices, done=self._show_printers)

    def _show_printers(self, printers) -> None:
        self._printers = printers
        combo = self.ui.printerCombo
        fill_printer_choice(combo, self.settings.pdf_folder, self.printer(), printers)
        chosen = next((p for p in printers or () if p.name == self.printer()), None)
        problem = ""
        if chosen is not None and chosen.problem:
            problem = chosen.problem
        elif printers is None and self.printer() != PDF_FILE:
            problem = self.tr("The print system (CUPS) does not answer.")
        if problem != self._printer_problem:
            self._printer_problem = problem
            self._show_warnings()
        self.printers_shown.emit()

    def _show_warnings(self) -> None:
        """The preview's notes (names left off) and the chosen printer's trouble, together."""
        lines = [*self._notes, self._printer_problem]
        self.ui.warningLabel.setText("\n".join(line for line in lines if line))

    def holders(self) -> list[int | None]:
        result = []
        for row in range(self.ui.holdersList.count()):
            item = self.ui.holdersList.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                result.append(item.data(Qt.ItemDataRole.UserRole))
        return result

    def layout(self) -> Layout:
        return layout_named(self.ui.layoutCombo.currentData())

    def printer(self) -> str:
        """The chosen printer's name, or PDF_FILE."""
        return self.ui.printerCombo.currentData() or PDF_FILE

    def _printer_changed(self) -> None:
        self.settings.remember_printer(self.ui.layoutCombo.currentData(), self.printer())
        self._printer_problem = ""
        self._show_warnings()
        self.refresh_printers()
        self._choices_changed()  # the preview as this printer prints it

    def _update_buttons(self, *_args) -> None:
        item = self.ui.holdersList.currentItem()
        badge = self._badge_of(item.data(Qt.ItemDataRole.UserRole)) if item else None
        busy = self.print_job.busy
        self.ui.replaceButton.setEnabled(badge is not None and not busy)
        ready = self.pdf is not None and not busy and not self.preview_job.busy
        self.ui.printButton.setEnabled(ready)
        reprint = bool(self._previewed) and all(
            self._badge_of(holder) is not None for holder in self._previewed
        )
        self.ui.printButton.setText(self.tr("Reprint") if reprint else self.tr("Print"))

    # -- preview -----------------------------------------------------------------------------
    def _layout_changed(self) -> None:
        """Each layout has its printer: a label printer for labels, a sheet printer for
        sheets (the one last used for that layout)."""
        wanted = self.settings.printer_for(self.ui.layoutCombo.currentData())
        if wanted != self.printer():
            fill_printer_choice(
                self.ui.printerCombo, self.settings.pdf_folder, wanted, self._printers
            )
            self._printer_problem = ""
            self.refresh_printers()
        self._choices_changed()

    def _choices_changed(self, *_args) -> None:
        self.settings.badge_layout = self.ui.layoutCombo.currentData()
        holders = self.holders()
        self.pdf = None
        self._update_buttons()
        if not holders:
            self.ui.previewLabel.setPixmap(QPixmap())
            self.preview_job.cancel()  # an older preview's answer is not shown
            self.ui.statusLabel.setText(self.tr("Tick at least one person."))
            return
        self._notes = []
        self._show_warnings()
        self.ui.statusLabel.setText(self.tr("Preparing the preview…"))
        self.preview_job.submit(
            _preview,
            self.details.visit_id,
            holders,
            self.layout(),
            self.last_day(),
            self.printer(),
            done=lambda result: self._show_preview(holders, result),
        )

    def _show_preview(self, holders: list[int | None], result) -> None:
        faces, self.pdf, images, notes = result
        self._previewed = holders
        self._notes = list(notes)
        self._show_warnings()
        if images:
            pixmap = QPixmap.fromImage(images[0])
            self.ui.previewLabel.setPixmap(pixmap)
        pages = -(-len(faces) // len(self.layout().slots))
        numbers = ", ".join(f.number for f in faces)
        self.ui.statusLabel.setText(
            self.tr("{numbers} on {stock}: {pages} page(s)").format(
                numbers=numbers, stock=self.layout().title, pages=pages
            )
        )
        self._update_buttons()
        self.preview_ready.emit()

    # -- actions -----------------------------------------------------------------------------
    def done(self, result: int) -> None:
        self._closed = True  # closed (or cancelled by the idle lock): it prints nothing more
        self.printers_timer.stop()
        self.printers_job.close()
        self.preview_job.close()
        super().done(result)

    def print_badges(self) -> None:
        if self.pdf is None or self._closed:
            return
        started = self.print_job.start(
            _print,
            self.details.visit_id,
            list(self._previewed),
            self.actor,
            self.layout(),
            self.printer(),
            self.settings.pdf_folder,
            self.last_day(),
            done=self._printed,
        )
        if started:
            self.ui.statusLabel.setText(self.tr("Printing…"))

    def last_day(self) -> dt.date | None:
        """None for a day badge; the last day of a stay (its badge runs to the office's closing
        time, read with the preview and the print: :func:`stay_end`)."""
        last = self.ui.untilDate.date().toPython()
        return None if last <= self.details.day else last

    def replace_selected(self) -> None:
        item = self.ui.holdersList.currentItem()
        badge = self._badge_of(item.data(Qt.ItemDataRole.UserRole)) if item else None
        if badge is None or self.print_job.busy or self._closed:
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Replace a lost badge"),
            self.tr("Replace badge {number} of {name}?").format(
                number=badge.number, name=badge.name
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setInformativeText(
            self.tr("The old badge will be refused at every door, and a new one printed.")
        )
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Replace and print"))
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
        self.confirm_box = box  # tests answer it
        if box.exec() != QMessageBox.StandardButton.Yes or self._closed:
            return
        started = self.print_job.start(
            _replace,
            badge.id,
            self.actor,
            self.layout(),
            self.printer(),
            self.settings.pdf_folder,
            done=self._replaced,
        )
        if started:
            self.ui.statusLabel.setText(self.tr("Replacing {number}…").format(number=badge.number))

    def _printed(self, done: Printed) -> None:
        self.settings.sync()
        self.printed.emit(printed_words(done))
        self.accept()

    def _replaced(self, done: Printed) -> None:
        self.printed.emit(
            self.tr("{number} replaces the lost badge: {outcome}").format(
                number=done.numbers[0], outcome=printed_words(done)
            )
        )
        self.accept()

    def _failed(self, error: BaseException) -> None:
        message = describe(error)
        self.ui.warningLabel.setText(message)
        self.ui.statusLabel.setText(self.tr("Nothing was counted as printed."))
        self.failed.emit(message)
        self._update_buttons()
