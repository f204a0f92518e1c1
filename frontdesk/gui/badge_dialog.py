"""Printing badges from the window: one visit's holders, with a preview; the day's batch, with
a progress dialog that can be cancelled.

    dialog = BadgeDialog(details, actor, settings, parent)   # the patient and companions
    dialog.exec()
    batch = DayBatchPrinter(day, actor, settings, parent)     # every expected holder
    batch.start(layout_key)

The stock (layout) and the printer are the station's and are remembered (QSettings). The
printer list shows each printer's state and is refreshed while the dialog is open; "PDF file"
(saved into the station's PDF folder) is a choice of its own, never a silent stand-in for a
printer that is gone. A badge counts as printed only when the printer printed it (CUPS says
the job completed); otherwise the desk reads what happened and nothing is counted. Issuing,
drawing, printing and asking for the printers' state run on worker threads; the GUI thread
only shows the answers.
"""

from __future__ import annotations

import datetime as dt
import threading

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QDialog, QListWidgetItem, QMessageBox, QProgressDialog, QWidget

from frontdesk.gui.badge_output import (
    PDF_FILE,
    NotPrinted,
    deliver_to_printer,
    fill_printer_choice,
    look_for,
    pdf_images,
    printer_choices,
    save_pdf,
)
from frontdesk.gui.desk_settings import DeskSettings
from frontdesk.gui.forms.ui_badge_dialog import Ui_BadgeDialog
from frontdesk.gui.jobs import LatestJob
from frontdesk.gui.workers import Runner
from frontdesk.printing.badge_layouts import LAYOUTS, Layout, layout_named
from frontdesk.printing.badge_pdf import Cancelled, render_badges
from frontdesk.services.actors import Actor
from frontdesk.services.badge_list import BadgeLine
from frontdesk.services.badge_printing import (
    day_batch,
    holders_left_off,
    mark_printed,
    names_left_off,
    prepare_badges,
    preview_faces,
    render_prepared,
)
from frontdesk.services.badges import replace_badge
from frontdesk.services.office import closing_time, office_zone
from frontdesk.services.patient_view import PatientDetails

PREVIEW_DPI = 110
PRINTERS_REFRESH_MS = 5000  # the printer list's states are asked again this often


def deliver(pdf: bytes, printer: str | None, folder: str, name: str, layout: Layout) -> str:
    """Print the PDF, or save it; returns what happened, in words. A job the printer did not
    print raises :class:`NotPrinted` with what happened and what to do: nothing is counted."""
    if printer == PDF_FILE:
        return f"saved {save_pdf(pdf, folder, name)}"
    outcome = deliver_to_printer(pdf, printer, layout, name)
    if not outcome.printed:
        raise NotPrinted(outcome.words)
    return outcome.words


def _preview(visit_id, holders, layout, valid_until=None, printer=PDF_FILE):
    """What printing would give: drawn, written nowhere (no badge is issued by looking), as
    the chosen printer will print it (black and white on a thermal label printer)."""
    faces = preview_faces(visit_id, holders, valid_until)
    pdf = render_badges(faces, layout, title="Preview", look=look_for(printer, layout))
    notes = holders_left_off(visit_id, holders)  # the desk is told, the badge still prints
    return faces, pdf, pdf_images(pdf, PREVIEW_DPI, count=1), notes  # the first page shown


def _print(visit_id, holders, actor, layout, printer, folder, valid_until=None):
    """Issue (or reuse) the badges, draw them, print or save, and only then count the prints."""
    look = look_for(printer, layout)  # a thermal label printer's black and white
    held = prepare_badges(visit_id, actor, holders, valid_until)
    pdf = render_prepared(held, layout, look=look)
    outcome = deliver(pdf, printer, folder, "-".join(str(b.id) for b, _t in held), layout)
    outcome += _counted([badge for badge, _token in held], actor, layout)
    return "; ".join([outcome, *names_left_off(held)])


def _counted(badges, actor, layout) -> str:
    """Count the prints; the paper is out already, so a failure here is said, not raised (the
    desk must not print the badges again because of it)."""
    try:
        mark_printed(badges, actor, layout)
    except Exception as error:  # the database went away after the printer took the job
        return f" (printed, but the print count was not saved: {error})"
    return ""


def _replace_and_print(badge_id, actor, layout, printer, folder):
    badge, token = replace_badge(badge_id, actor, reason="lost")
    held = [(badge, token)]
    pdf = render_prepared(held, layout, look=look_for(printer, layout))
    outcome = deliver(pdf, printer, folder, f"B-{badge.id}", layout)
    return badge, outcome + _counted([badge], actor, layout)


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
        self._busy = False
        self._pending = False
        self._closed = False
        self.runner = Runner(self)
        self.runner.finished.connect(self._done)
        self.runner.failed.connect(self._failed)
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

    def _update_buttons(self) -> None:
        item = self.ui.holdersList.currentItem()
        badge = self._badge_of(item.data(Qt.ItemDataRole.UserRole)) if item else None
        self.ui.replaceButton.setEnabled(badge is not None and not self._busy)
        ready = self.pdf is not None and not self._busy
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
            self.ui.statusLabel.setText(self.tr("Tick at least one person."))
            return
        if self._busy:  # the newest choice is shown once the current job is back
            self._pending = True
            return
        self._busy = True
        self._notes = []
        self._show_warnings()
        self.ui.statusLabel.setText(self.tr("Preparing the preview…"))
        self._previewed = holders
        self.runner.run(
            "preview",
            _preview,
            self.details.visit_id,
            holders,
            self.layout(),
            self.valid_until(),
            self.printer(),
        )

    def _show_preview(self, result) -> None:
        faces, self.pdf, images, notes = result
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
        self.preview_ready.emit()

    # -- actions -----------------------------------------------------------------------------
    def done(self, result: int) -> None:
        self._closed = True  # closed (or cancelled by the idle lock): it prints nothing more
        self.printers_timer.stop()
        self.printers_job.close()
        super().done(result)

    def print_badges(self) -> None:
        if self.pdf is None or self._busy or self._closed:
            return
        self._busy = True
        self._update_buttons()
        self.ui.statusLabel.setText(self.tr("Printing…"))
        self.runner.run(
            "print",
            _print,
            self.details.visit_id,
            list(self._previewed),
            self.actor,
            self.layout(),
            self.printer(),
            self.settings.pdf_folder,
            self.valid_until(),
        )

    def valid_until(self) -> dt.datetime | None:
        """None for a day badge; the office's closing time on the last day of a stay."""
        last = self.ui.untilDate.date().toPython()
        if last <= self.details.day:
            return None
        tz = office_zone()
        return dt.datetime.combine(last, closing_time(), tzinfo=tz)

    def replace_selected(self) -> None:
        item = self.ui.holdersList.currentItem()
        badge = self._badge_of(item.data(Qt.ItemDataRole.UserRole)) if item else None
        if badge is None or self._busy or self._closed:
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
        if box.exec() != QMessageBox.StandardButton.Yes:
            return
        self._busy = True
        self._update_buttons()
        self.ui.statusLabel.setText(self.tr("Replacing {number}…").format(number=badge.number))
        self.runner.run(
            "replace",
            _replace_and_print,
            badge.id,
            self.actor,
            self.layout(),
            self.printer(),
            self.settings.pdf_folder,
        )

    def _done(self, tag: str, result) -> None:
        self._busy = False
        if tag == "preview":
            if self._pending:
                self._pending = False
                self._choices_changed()
                return
            self._show_preview(result)
        elif tag == "print":
            self.settings.sync()
            self.printed.emit(result)
            self.accept()
            return
        elif tag == "replace":
            badge, outcome = result
            self.printed.emit(
                self.tr("{number} replaces the lost badge: {outcome}").format(
                    number=f"B-{badge.id}/{badge.generation}", outcome=outcome
                )
            )
            self.accept()
            return
        self._update_buttons()

    def _failed(self, tag: str, message: str) -> None:
        self._busy = False
        self._pending = False
        self.ui.warningLabel.setText(message)
        self.ui.statusLabel.setText(self.tr("Nothing was counted as printed."))
        self.failed.emit(message)
        self._update_buttons()


class DayBatchPrinter(QObject):
    """The day's badges with a progress dialog; Cancel stops before anything is counted as
    printed (badges already issued stay, unprinted, for the next batch)."""

    progressed = Signal(int, int)
    stage = Signal(str)  # "Printing 97 badges on QL-800…" while the printer has the job
    finished = Signal(str)
    failed = Signal(str)
    # Printed, but names no font covers: (what was printed, badges not printed, badges printed
    # with the passport name alone), each an entry saying whose and why.
    names_missing = Signal(str, list, list)

    def __init__(self, day: dt.date, actor: Actor, settings: DeskSettings, parent: QWidget) -> None:
        super().__init__(parent)
        self.day, self.actor, self.settings = day, actor, settings
        self.cancel_event = threading.Event()
        self.dialog = QProgressDialog(
            parent.tr("Preparing the badges of {day}…").format(day=day.strftime("%d %b %Y")),
            parent.tr("Cancel"),
            0,
            0,
            parent,
        )
        self.dialog.setWindowTitle(parent.tr("The day's badges"))
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(0)
        self.dialog.canceled.connect(self.cancel_event.set)
        self.progressed.connect(self._show_progress, Qt.ConnectionType.QueuedConnection)
        self.stage.connect(self._show_stage, Qt.ConnectionType.QueuedConnection)
        self.runner = Runner(self)
        self.runner.finished.connect(self._done)
        self.runner.failed.connect(self._failed)

    def start(self, layout_key: str, printer: str | None = None) -> None:
        """Print on ``printer`` (by default the one last used for this layout)."""
        self.settings.batch_layout = layout_key
        if printer is None:
            printer = self.settings.printer_for(layout_key)
        self.dialog.show()
        self.runner.run(
            "batch", self._work, layout_named(layout_key), printer, self.settings.pdf_folder
        )

    def _work(self, layout: Layout, printer: str, folder: str):
        def report(done: int, total: int) -> bool:
            self.progressed.emit(done, total)
            return not self.cancel_event.is_set()

        try:
            look = look_for(printer, layout)
            batch = day_batch(self.day, self.actor, layout, progress=report, look=look)
        except Cancelled:
            return "cancelled"
        if printer != PDF_FILE:
            self.stage.emit(
                self.tr("Printing {n} badges on {printer}…").format(n=batch.badges, printer=printer)
            )
        outcome = deliver(batch.pdf, printer, folder, f"badges {self.day.isoformat()}", layout)
        outcome += _counted(batch.printed, self.actor, layout)  # after the printer has it
        summary = f"{batch.badges} badges for {batch.patients} patients: {outcome}"
        return summary, list(batch.skipped), list(batch.left_off)

    def _show_stage(self, words: str) -> None:
        self.dialog.setMaximum(0)  # busy: CUPS says when the job is done, not how far
        self.dialog.setLabelText(words)

    def _show_progress(self, done: int, total: int) -> None:
        if self.dialog.maximum() != total:
            self.dialog.setMaximum(total)
            self.dialog.setLabelText(self.tr("Drawing {total} badges…").format(total=total))
        self.dialog.setValue(done)

    def _done(self, _tag: str, outcome) -> None:
        self.dialog.reset()
        self.dialog.hide()
        if outcome == "cancelled":
            self.failed.emit(self.tr("Cancelled: no badge was printed"))
            return
        summary, skipped, left_off = outcome
        message = summary
        if skipped:
            message += ". " + self.tr("NOT PRINTED: {who}").format(who="; ".join(skipped))
        if left_off:
            message += ". " + self.tr("PASSPORT NAME ONLY: {who}").format(who="; ".join(left_off))
        if skipped or left_off:
            self.names_missing.emit(summary, skipped, left_off)
        self.finished.emit(message)

    def _failed(self, _tag: str, message: str) -> None:
        self.dialog.reset()
        self.dialog.hide()
        self.failed.emit(message)
