"""The day's badges, printed from the window with a progress dialog that can be cancelled.

    batch = DayBatchPrinter(day, actor, settings, parent)     # every expected holder
    batch.finished.connect(show)            # what was printed, in words
    batch.names_missing.connect(warn)       # whose badge is missing, or shows the passport name
    batch.failed.connect(say)               # not printed (a paused printer...): in words
    batch.cancelled.connect(...)            # Cancel pressed while drawing: nothing counted
    batch.start(layout_key, printer)

The badges go through the one print workflow (:func:`frontdesk.services.badge_workflow.print_day`)
on a worker (:class:`~frontdesk.gui.jobs.LatestJob`): issued, drawn (Cancel stops here, before
anything is counted; issued badges stay, unprinted, for the next batch), handed to the printer or
the PDF file, and counted only once printed.
"""

from __future__ import annotations

import datetime as dt
import threading

from PySide6.QtCore import QLocale, QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from frontdesk.gui.badge_output import look_for, printed_words, station_output
from frontdesk.gui.desk_settings import DeskSettings
from frontdesk.gui.failures import describe
from frontdesk.gui.jobs import LatestJob
from frontdesk.printing.badge_layouts import Layout, layout_named
from frontdesk.printing.badge_pdf import Cancelled
from frontdesk.services.actors import Actor
from frontdesk.services.badge_workflow import Printed, print_day


class DayBatchPrinter(QObject):
    """The day's badges with a progress dialog; see the module's docstring."""

    progressed = Signal(int, int)
    sending = Signal(int)  # drawn: the printer (or the file) has this many badges now
    finished = Signal(str)
    failed = Signal(str)
    cancelled = Signal()
    # Printed, but names no font covers: (what was printed, badges not printed, badges printed
    # with the passport name alone), each an entry saying whose and why.
    names_missing = Signal(str, list, list)

    def __init__(self, day: dt.date, actor: Actor, settings: DeskSettings, parent: QWidget) -> None:
        super().__init__(parent)
        self.day, self.actor, self.settings = day, actor, settings
        self.printer = ""
        self.cancel_event = threading.Event()
        when = QLocale().toString(day, "d MMM yyyy")
        self.dialog = QProgressDialog(
            self.tr("Preparing the badges of {day}…").format(day=when),
            self.tr("Cancel"),
            0,
            0,
            parent,
        )
        self.dialog.setWindowTitle(self.tr("The day's badges"))
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(0)
        self.dialog.canceled.connect(self.cancel_event.set)
        self.progressed.connect(self._show_progress, Qt.ConnectionType.QueuedConnection)
        self.sending.connect(self._show_sending, Qt.ConnectionType.QueuedConnection)
        self.job = LatestJob(self, failed=self._failed)

    def start(self, layout_key: str, printer: str | None = None) -> None:
        """Print on ``printer`` (by default the one last used for this layout)."""
        self.settings.batch_layout = layout_key
        if printer is None:
            printer = self.settings.printer_for(layout_key)
        self.printer = printer
        self.dialog.show()
        self.job.start(
            self._work,
            layout_named(layout_key),
            printer,
            self.settings.pdf_folder,
            done=self._done,
        )

    def _work(self, layout: Layout, printer: str, folder: str) -> Printed | None:
        """On the worker: the workflow; None when Cancel was pressed while drawing."""

        def report(done: int, total: int) -> bool:
            self.progressed.emit(done, total)
            return not self.cancel_event.is_set()

        try:
            return print_day(
                self.day,
                self.actor,
                layout,
                station_output(printer, folder, layout),
                progress=report,
                look=look_for(printer, layout),  # a thermal label printer's black and white
                sending=self.sending.emit,
            )
        except Cancelled:
            return None

    def _show_sending(self, badges: int) -> None:
        if not self.printer:  # a PDF file: written in a moment
            return
        self.dialog.setMaximum(0)  # busy: CUPS says when the job is done, not how far
        self.dialog.setLabelText(
            self.tr("Printing {n} badges on {printer}…").format(n=badges, printer=self.printer)
        )

    def _show_progress(self, done: int, total: int) -> None:
        if self.dialog.maximum() != total:
            self.dialog.setMaximum(total)
            self.dialog.setLabelText(self.tr("Drawing {total} badges…").format(total=total))
        self.dialog.setValue(done)

    def _done(self, done: Printed | None) -> None:
        self.dialog.reset()
        self.dialog.hide()
        if done is None:
            self.cancelled.emit()
            return
        summary = self.tr("{badges} badges for {patients} patients: {outcome}").format(
            badges=len(done.numbers), patients=done.patients, outcome=printed_words(done)
        )
        message = summary
        if done.skipped:
            message += ". " + self.tr("Not printed: {who}").format(who="; ".join(done.skipped))
        if done.skipped or done.left_off:
            self.names_missing.emit(summary, list(done.skipped), list(done.left_off))
        self.finished.emit(message)

    def _failed(self, error: BaseException) -> None:
        self.dialog.reset()
        self.dialog.hide()
        self.failed.emit(describe(error))
