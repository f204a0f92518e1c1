"""What the window opens in dialogs and docks: companions, contact details, walk-ins, badges (one
patient's and the day's batch), the visit summary, the visa letter, the financial clearance,
imports, settings, the international case's views, and the doors seen from the desk (who is on
site, the scan log).

    dialogs = DeskDialogs(window)
    window.ui.actionBadges.triggered.connect(dialogs.print_badges)

Each dialog runs its own work off the GUI thread and says what happened through the window
(``window.after_change`` refreshes the panel and the day). The dialogs the tests drive are
kept on the window (``window.badge_dialog``, ``window.day_batch``...).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMessageBox

from frontdesk.gui.failures import describe
from frontdesk.gui.jobs import LatestJob
from frontdesk.gui.plain_text import plain_box
from frontdesk.services.office import office_zone

if TYPE_CHECKING:
    from frontdesk.gui.main_window import MainWindow


class DeskDialogs(QObject):
    settings_closed = Signal()

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.contact_reader = LatestJob(
            self, failed=self._read_failed(self.tr("read the contact details"))
        )
        self.contact_reader.busy_changed.connect(self._reading_contact)
        self.settings_reader = LatestJob(self, failed=self._settings_failed)

    def add_companion(self) -> None:
        from frontdesk.gui.dialogs import CompanionDialog

        details = self.window.panel.details
        actor = self.window.require_actor() if details else None
        if details is not None and actor is not None:
            dialog = CompanionDialog(actor, details.id, self.window)
            if dialog.exec():
                self.window.after_change(self.tr("Companion added"))

    def edit_contact(self) -> None:
        """The patient's contact details are read on a worker (the edit button and menu item wait
        meanwhile), then the dialog opens with them."""
        from frontdesk.services.patients import patient_by_id

        details = self.window.panel.details
        actor = self.window.require_actor() if details else None
        if details is not None and actor is not None:
            self.contact_reader.start(
                patient_by_id, details.id, done=lambda patient: self._open_contact(actor, patient)
            )

    def _reading_contact(self, busy: bool) -> None:
        self.window.ui.actionEditContact.setEnabled(not busy)
        self.window.panel.ui.editContactButton.setEnabled(not busy)
        if busy:
            self.window.ui.statusbar.showMessage(self.tr("Reading the contact details…"))
        else:
            self.window.ui.statusbar.clearMessage()

    def _open_contact(self, actor, patient) -> None:
        from frontdesk.gui.dialogs import ContactDialog

        dialog = ContactDialog(actor, patient, self.window)
        dialog.accepted.connect(lambda: self.window.after_change(self.tr("Contact details saved")))
        self.window.contact_dialog = dialog  # tests drive it
        dialog.open()

    def _read_failed(self, what: str):
        def say(error: BaseException) -> None:
            self.window.ui.statusbar.showMessage(
                self.tr("Could not {what}: {message}").format(what=what, message=describe(error)),
                10_000,
            )

        return say

    def register_walk_in(self) -> None:
        from frontdesk.gui.dialogs import WalkInDialog

        actor = self.window.require_actor()
        if actor is None:
            return
        dialog = WalkInDialog(actor, self.window.day, self.window.zone, self.window)
        if dialog.exec():
            self.window.after_change(self.tr("Walk-in registered"))
            self.window.open_patient(dialog.patient.id)

    def print_badges(self) -> None:
        from frontdesk.gui.badge_dialog import BadgeDialog

        details = self.window.panel.details
        actor = self.window.require_actor() if details else None
        if details is None or actor is None:
            return
        if details.visit_id is None:
            self.window.ui.statusbar.showMessage(
                self.tr("No visit on this day: nothing to badge"), 8000
            )
            return
        dialog = BadgeDialog(details, actor, self.window.settings, self.window)
        dialog.printed.connect(self.window.after_change)
        self.window.badge_dialog = dialog  # tests drive it
        dialog.open()

    def print_day_badges(self) -> None:
        """Ask for the stock and the printer (each layout remembers its own), then print."""
        from frontdesk.gui.day_batch_dialog import DayBatchDialog

        if self.window.require_actor() is None:
            return
        dialog = DayBatchDialog(self.window.day, self.window.settings, self.window)
        dialog.accepted.connect(
            lambda: self.start_day_badges(dialog.layout_key(), dialog.printer())
        )
        self.window.day_batch_dialog = dialog  # tests drive it
        dialog.open()

    def start_day_badges(self, layout_key: str, printer: str | None = None) -> None:
        from frontdesk.gui.day_batch_printer import DayBatchPrinter

        if self.window.actor is None:
            return
        batch = DayBatchPrinter(
            self.window.day, self.window.actor, self.window.settings, self.window
        )
        batch.finished.connect(self.window.after_change)
        batch.names_missing.connect(self._names_missing)
        batch.failed.connect(self._day_badges_failed)
        batch.cancelled.connect(
            lambda: self.window.ui.statusbar.showMessage(
                self.tr("Cancelled: no badge was printed"), 15_000
            )
        )
        self.window.day_batch = batch  # tests drive it
        batch.start(layout_key, printer)

    def _day_badges_failed(self, message: str) -> None:
        """Not printed (a printer paused, offline, without the stock...): said in a box, not
        only in the status bar, since the desk would otherwise take the batch as printed."""
        self.window.ui.statusbar.showMessage(message, 15_000)
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("The day's badges were not printed"),
            message,
            QMessageBox.StandardButton.Ok,
            self.window,
        )
        self.window.batch_failure = box  # tests read it
        box.open()

    def _names_missing(self, printed: str, skipped: list[str], left_off: list[str]) -> None:
        """A name no font covers: say whose badge is missing, or shows the passport name only."""
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Some names could not be printed"),
            printed,
            QMessageBox.StandardButton.Ok,
            self.window,
        )
        parts = []
        if skipped:
            parts.append("\n".join([self.tr("Not printed:"), *skipped]))
        if left_off:
            parts.append("\n".join([self.tr("Printed with the passport name only:"), *left_off]))
        box.setInformativeText("\n\n".join(parts))
        plain_box(box)  # patients' names, as typed
        self.window.batch_warning = box  # tests read it
        box.open()

    def setup_door_views(self) -> None:
        """The doors, seen from the desk: who is on site (a dock, View menu) and the day's
        scans (the supervisor's log)."""
        from PySide6.QtGui import QAction

        from frontdesk.gui.scan_views import OnsiteDock

        self.window.onsite_dock = OnsiteDock(
            self.window.zone, self.window, settings=self.window.settings
        )
        self.window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.window.onsite_dock)
        self.window.onsite_dock.hide()
        toggle = self.window.onsite_dock.toggleViewAction()
        toggle.setText(self.tr("Who is &on site"))
        toggle.setShortcut(QKeySequence("Ctrl+Shift+O"))
        self.window.ui.menuView.addSeparator()
        self.window.ui.menuView.addAction(toggle)
        scans = QAction(self.tr("&Scans at the doors…"), self.window)
        scans.setShortcut(QKeySequence("Ctrl+Shift+L"))
        scans.triggered.connect(self.show_scan_log)
        self.window.ui.menuView.addAction(scans)
        self.window.scan_log_action = scans

    def retranslate(self) -> None:
        """The desk's language changed (MainWindow.retranslate): the docks' and menus' words."""
        self.window.onsite_dock.retranslate()
        self.window.onsite_dock.toggleViewAction().setText(self.tr("Who is &on site"))
        self.window.scan_log_action.setText(self.tr("&Scans at the doors…"))
        self.window.case_views.retranslate()

    def setup_case_views(self) -> None:
        """The international case: case board, a patient's case, arrivals (issue 18)."""
        from frontdesk.gui.case_menu import CaseViews

        self.window.case_views = CaseViews(self.window)

    def show_scan_log(self) -> None:
        from frontdesk.gui.scan_views import ScanLogDialog

        self.window.scan_log_dialog = ScanLogDialog(self.window.day, self.window.zone, self.window)
        self.window.scan_log_dialog.open()

    def print_summary(self) -> None:
        from frontdesk.gui.summary_dialog import SummaryDialog

        details = self.window.panel.details
        if details is None:
            return
        dialog = SummaryDialog(details, self.window.settings, self.window)
        dialog.printed.connect(lambda message: self.window.ui.statusbar.showMessage(message, 8000))
        self.window.summary_dialog = dialog  # tests drive it
        dialog.open()

    def open_letter(self) -> None:
        """Issue 19: the patient's visa invitation letter (gui/letter_dialog.py)."""
        from frontdesk.gui.letter_dialog import LetterDialog

        actor = self.window.require_actor()
        if self.window.panel.details is None or actor is None:
            return
        folder = Path(self.window.settings.pdf_folder)
        dialog = LetterDialog(self.window.panel.details, actor, folder, self.window)
        dialog.issued.connect(lambda message: self.window.ui.statusbar.showMessage(message, 8000))
        self.window.letter_dialog = dialog  # tests drive it
        dialog.open()

    def open_clearance(self) -> None:
        """Issue 19: the stay's financial clearance (gui/clearance_dialog.py)."""
        from frontdesk.gui.clearance_dialog import ClearanceDialog

        actor = self.window.require_actor()
        if self.window.panel.details is None or actor is None:
            return
        dialog = ClearanceDialog(self.window.panel.details, actor, self.window)
        dialog.changed.connect(self.window.after_change)
        self.window.clearance_dialog = dialog  # tests drive it
        dialog.open()

    def import_schedule(self) -> None:
        from frontdesk.gui.import_dialog import ImportDialog

        actor = self.window.require_actor()
        if actor is None:
            return
        dialog = ImportDialog(actor, self.window)
        dialog.imported.connect(self.window.after_change)
        self.window.import_dialog = dialog  # tests drive it
        dialog.open()

    def open_settings(self) -> None:
        """What the dialog shows from the database is read on a worker first (the menu item
        waits meanwhile); ``settings_closed`` says when the dialog has closed."""
        from frontdesk.gui.settings_dialog import office_facts

        self.window.ui.actionSettings.setEnabled(False)
        self.settings_reader.submit(office_facts, done=self._open_settings_with)

    def _open_settings_with(self, facts) -> None:
        from frontdesk.gui.settings_dialog import SettingsDialog

        self.window.ui.actionSettings.setEnabled(True)
        dialog = SettingsDialog(self.window.settings, self.window, facts)
        self.window.settings_dialog = dialog  # tests drive it
        accepted = dialog.exec()
        self.settings_closed.emit()  # the HL7 feed and the watch folder start again
        if accepted:
            self.window.idle_lock.minutes = self.window.settings.lock_minutes
            # The office's zone (another station may have changed it) is read on a worker;
            # the day is read again with it.
            self.settings_reader.submit(office_zone, done=self._zone_read)

    def _settings_failed(self, error: BaseException) -> None:
        self.window.ui.actionSettings.setEnabled(True)
        self._read_failed(self.tr("read the office's settings"))(error)

    def _zone_read(self, zone) -> None:
        self.window.zone = zone
        self.window._sign_in(self.window.settings.staff_username)
        self.window.set_day(self.window.day)
