"""The front-desk window: the day's schedule, the search box, the patient panel.

    window = MainWindow(settings=DeskSettings(), day=dt.date(2026, 11, 30))
    window.show()

A shell that composes the parts, each with one job: :class:`~frontdesk.gui.day_view.DayView`
(the day's rows, filters, counts and other stations' changes),
:class:`~frontdesk.gui.search_controller.SearchController` (the search box and its results),
:class:`~frontdesk.gui.patient_actions.PatientActions` (check-in, undo, no-show) and the
dialogs it opens. Every part runs its database work off the GUI thread
(:mod:`frontdesk.gui.jobs`).
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QComboBox, QLabel, QMainWindow, QMessageBox

from frontdesk.errors import FrontdeskError
from frontdesk.gui.day_view import LIVE_INTERVAL_MS, DayView
from frontdesk.gui.desk_settings import DeskSettings
from frontdesk.gui.desk_sign_in import desk_actor
from frontdesk.gui.failures import describe
from frontdesk.gui.forms.ui_main_window import Ui_MainWindow
from frontdesk.gui.jobs import LatestJob
from frontdesk.gui.patient_actions import PatientActions
from frontdesk.gui.patient_panel import PatientPanel
from frontdesk.gui.plain_text import plain_box
from frontdesk.gui.schedule_model import PATIENT_ID_ROLE
from frontdesk.gui.search_controller import SearchController
from frontdesk.services.actors import Actor, list_staff
from frontdesk.services.office import office_zone
from frontdesk.services.patient_access import open_patient, record_access

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    day_loaded = Signal()
    search_done = Signal()
    changes_applied = Signal()
    patient_opened = Signal(int)

    def __init__(
        self,
        settings: DeskSettings | None = None,
        day: dt.date | None = None,
        *,
        clock=None,
        live_interval_ms: int = LIVE_INTERVAL_MS,
    ) -> None:
        super().__init__()
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.settings = settings or DeskSettings()
        self.zone = office_zone()
        self._clock = clock or (lambda: dt.datetime.now(dt.UTC))
        self.actor: Actor | None = None
        self.panel = PatientPanel()
        self.ui.patientScroll.setWidget(self.panel)
        self.staff_combo = QComboBox()
        self.day_view = DayView(
            self, day or self.today(), clock=self._clock, live_interval_ms=live_interval_ms
        )
        self.model, self.proxy = self.day_view.model, self.day_view.proxy
        self.column_fitter = self.day_view.column_fitter
        self.search = SearchController(self)
        self.search_model = self.search.model
        self.actions = PatientActions(self)
        self.patient_reader = LatestJob(self, failed=self._patient_failed)
        self.access_log = LatestJob(self, failed=self._patient_failed)
        self.ui.splitter.setSizes([1000, 400])  # in proportion to the window's width
        self._setup_status_bar()
        self._connect()
        self._setup_door_views()
        self._setup_case_views()
        self._setup_idle_lock()
        self._sign_in(self.settings.staff_username)
        self.day_view.start()
        self.ui.searchEdit.setFocus()

    @property
    def day(self) -> dt.date:
        """The day the window shows."""
        return self.day_view.day

    def set_day(self, day: dt.date) -> None:
        self.day_view.set_day(day)

    def today(self) -> dt.date:
        """The office's date now (the clock is injectable for tests)."""
        return self._clock().astimezone(self.zone).date()

    def counts(self) -> dict[str, int]:
        return self.day_view.counts()

    def poll_changes(self) -> None:
        self.day_view.poll_changes()

    def open_selected_hit(self, *_args) -> None:
        self.search.open_selected_hit()

    # -- setting up ------------------------------------------------------------------------
    def _setup_status_bar(self) -> None:
        self.station_label = QLabel()
        self.ui.statusbar.addPermanentWidget(self.station_label)
        self.ui.statusbar.addPermanentWidget(QLabel(self.tr("Signed in:")))
        self.ui.statusbar.addPermanentWidget(self.staff_combo)
        self.staff_combo.addItem(self.tr("— choose —"), "")
        for staff in list_staff():
            self.staff_combo.addItem(staff.display_name, staff.username)

    def _connect(self) -> None:
        ui = self.ui
        self.day_view.loaded.connect(self.day_loaded)
        self.day_view.changes_applied.connect(self.changes_applied)
        self.day_view.patients_changed.connect(self._patients_changed)
        self.search.done.connect(self.search_done)
        self.search.patient_chosen.connect(self.open_patient)
        ui.scheduleView.activated.connect(self._open_schedule_row)
        ui.scheduleView.clicked.connect(self._open_schedule_row)
        ui.actionFind.triggered.connect(self.search.focus)
        ui.actionCheckIn.triggered.connect(self.actions.check_in)
        ui.actionUndoCheckIn.triggered.connect(self.actions.undo_check_in)
        ui.actionNoShow.triggered.connect(self.actions.mark_no_show)
        self.actions.changed.connect(self._after_change)
        ui.actionAddCompanion.triggered.connect(self.add_companion)
        ui.actionEditContact.triggered.connect(self.edit_contact)
        ui.actionWalkIn.triggered.connect(self.register_walk_in)
        ui.walkInButton.clicked.connect(self.register_walk_in)
        ui.actionQuit.triggered.connect(self.close)
        ui.actionSettings.triggered.connect(self.open_settings)
        ui.actionImportSchedule.triggered.connect(self.import_schedule)
        self.panel.check_in_requested.connect(self.actions.check_in)
        self.panel.undo_requested.connect(self.actions.undo_check_in)
        self.panel.no_show_requested.connect(self.actions.mark_no_show)
        self.panel.add_companion_requested.connect(self.add_companion)
        self.panel.edit_contact_requested.connect(self.edit_contact)
        self.panel.badges_requested.connect(self.print_badges)
        ui.actionBadges.triggered.connect(self.print_badges)
        ui.actionDayBadges.triggered.connect(self.print_day_badges)
        self.panel.summary_requested.connect(self.print_summary)
        self.panel.letter_requested.connect(self.open_letter)
        self.panel.clearance_requested.connect(self.open_clearance)
        ui.actionSummary.triggered.connect(self.print_summary)
        self.staff_combo.currentIndexChanged.connect(self._staff_chosen)

    # -- who is signed in ------------------------------------------------------------------
    def _sign_in(self, username: str | None) -> None:
        station = self.settings.station_name
        self.station_label.setText(self.tr("Station: {name}").format(name=station))
        self.actor = None
        if username:
            try:
                self.actor = desk_actor(self, username, station)  # proven once sign-in is on
            except FrontdeskError as exc:
                self.ui.statusbar.showMessage(str(exc), 8000)
        index = self.staff_combo.findData(self.actor.staff.username if self.actor else "")
        self.staff_combo.blockSignals(True)
        self.staff_combo.setCurrentIndex(max(index, 0))
        self.staff_combo.blockSignals(False)

    def _staff_chosen(self, index: int) -> None:
        username = self.staff_combo.itemData(index) or None
        self.settings.staff_username = username
        self._sign_in(username)

    def require_actor(self) -> Actor | None:
        if self.actor is None:
            QMessageBox.information(
                self,
                self.tr("Who is at the desk?"),
                self.tr("Choose who is signed in (bottom right) before changing anything."),
            )
        return self.actor

    def _open_schedule_row(self, index) -> None:
        if index.isValid():
            self.open_patient(index.data(PATIENT_ID_ROLE))

    # -- the patient -----------------------------------------------------------------------
    def open_patient(self, patient_id: int) -> None:
        """Read the patient's day off the GUI thread, then show it (the newest asked wins)."""
        self.patient_reader.submit(
            open_patient,  # refused for a door account (issue 14)
            self.actor,
            patient_id,
            self.day,
            tz=self.zone,
            today=self.today(),
            done=self._show_patient,
        )

    def _show_patient(self, details) -> None:
        self.panel.show_details(details)
        self.patient_opened.emit(details.id)
        self.access_log.submit(record_access, self.actor, details.id)  # who opened whose record

    def _patient_failed(self, error: BaseException) -> None:
        self.ui.statusbar.showMessage(describe(error), 8000)

    def _patients_changed(self, patient_ids: set[int]) -> None:
        details = self.panel.details
        if details is not None and details.id in patient_ids:
            self.open_patient(details.id)

    def _after_change(self, message: str) -> None:
        self.ui.statusbar.showMessage(message, 10_000)
        if self.panel.details is not None:
            self.open_patient(self.panel.details.id)
        self.poll_changes()

    def add_companion(self) -> None:
        from frontdesk.gui.dialogs import CompanionDialog

        details = self.panel.details
        actor = self.require_actor() if details else None
        if details is not None and actor is not None:
            dialog = CompanionDialog(actor, details.id, self)
            if dialog.exec():
                self._after_change(self.tr("Companion added"))

    def edit_contact(self) -> None:
        from frontdesk.gui.dialogs import ContactDialog
        from frontdesk.services.patients import patient_by_id

        details = self.panel.details
        actor = self.require_actor() if details else None
        if details is not None and actor is not None:
            dialog = ContactDialog(actor, patient_by_id(details.id), self)
            if dialog.exec():
                self._after_change(self.tr("Contact details saved"))

    def register_walk_in(self) -> None:
        from frontdesk.gui.dialogs import WalkInDialog

        actor = self.require_actor()
        if actor is None:
            return
        dialog = WalkInDialog(actor, self.day, self.zone, self)
        if dialog.exec():
            self._after_change(self.tr("Walk-in registered"))
            self.open_patient(dialog.patient.id)

    def print_badges(self) -> None:
        from frontdesk.gui.badge_dialog import BadgeDialog

        details = self.panel.details
        actor = self.require_actor() if details else None
        if details is None or actor is None:
            return
        if details.visit_id is None:
            self.ui.statusbar.showMessage(self.tr("No visit on this day: nothing to badge"), 8000)
            return
        dialog = BadgeDialog(details, actor, self.settings, self)
        dialog.printed.connect(self._after_change)
        self.badge_dialog = dialog  # tests drive it
        dialog.open()

    def print_day_badges(self) -> None:
        """Ask for the stock and the printer (each layout remembers its own), then print."""
        from frontdesk.gui.day_batch_dialog import DayBatchDialog

        if self.require_actor() is None:
            return
        dialog = DayBatchDialog(self.day, self.settings, self)
        dialog.accepted.connect(
            lambda: self.start_day_badges(dialog.layout_key(), dialog.printer())
        )
        self.day_batch_dialog = dialog  # tests drive it
        dialog.open()

    def start_day_badges(self, layout_key: str, printer: str | None = None) -> None:
        from frontdesk.gui.badge_dialog import DayBatchPrinter

        if self.actor is None:
            return
        batch = DayBatchPrinter(self.day, self.actor, self.settings, self)
        batch.finished.connect(self._after_change)
        batch.names_missing.connect(self._names_missing)
        batch.failed.connect(self._day_badges_failed)
        self.day_batch = batch  # tests drive it
        batch.start(layout_key, printer)

    def _day_badges_failed(self, message: str) -> None:
        """Not printed (a printer paused, offline, without the stock...): said in a box, not
        only in the status bar, since the desk would otherwise take the batch as printed."""
        self.ui.statusbar.showMessage(message, 15_000)
        if message.startswith(self.tr("Cancelled")):
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("The day's badges were not printed"),
            message,
            QMessageBox.StandardButton.Ok,
            self,
        )
        self.batch_failure = box  # tests read it
        box.open()

    def _names_missing(self, printed: str, skipped: list[str], left_off: list[str]) -> None:
        """A name no font covers: say whose badge is missing, or shows the passport name only."""
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Some names could not be printed"),
            printed,
            QMessageBox.StandardButton.Ok,
            self,
        )
        parts = []
        if skipped:
            parts.append("\n".join([self.tr("Not printed:"), *skipped]))
        if left_off:
            parts.append("\n".join([self.tr("Printed with the passport name only:"), *left_off]))
        box.setInformativeText("\n\n".join(parts))
        plain_box(box)  # patients' names, as typed
        self.batch_warning = box  # tests read it
        box.open()

    def _setup_door_views(self) -> None:
        """The doors, seen from the desk: who is on site (a dock, View menu) and the day's
        scans (the supervisor's log)."""
        from PySide6.QtGui import QAction

        from frontdesk.gui.scan_views import OnsiteDock

        self.onsite_dock = OnsiteDock(self.zone, self, settings=self.settings)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.onsite_dock)
        self.onsite_dock.hide()
        toggle = self.onsite_dock.toggleViewAction()
        toggle.setText(self.tr("Who is &on site"))
        toggle.setShortcut(QKeySequence("Ctrl+Shift+O"))
        self.ui.menuView.addSeparator()
        self.ui.menuView.addAction(toggle)
        scans = QAction(self.tr("&Scans at the doors…"), self)
        scans.setShortcut(QKeySequence("Ctrl+Shift+L"))
        scans.triggered.connect(self.show_scan_log)
        self.ui.menuView.addAction(scans)
        self.scan_log_action = scans

    def _setup_case_views(self) -> None:
        """The international case: case board, a patient's case, arrivals (issue 18)."""
        from frontdesk.gui.case_menu import CaseViews

        self.case_views = CaseViews(self)

    def _setup_idle_lock(self) -> None:
        from frontdesk.gui.desk_sign_in import LockCheck
        from frontdesk.gui.idle_lock import IdleLock
        from frontdesk.services.actors import list_staff

        self.idle_lock = IdleLock(
            self,
            self.settings.lock_minutes,
            lambda: [(s.username, s.display_name) for s in list_staff()],
            check=LockCheck(self),
        )
        self.idle_lock.unlocked.connect(self._unlocked)

    def _unlocked(self, username: str) -> None:
        self.settings.staff_username = username
        self._sign_in(username)
        self.ui.searchEdit.setFocus()

    def show_scan_log(self) -> None:
        from frontdesk.gui.scan_views import ScanLogDialog

        self.scan_log_dialog = ScanLogDialog(self.day, self.zone, self)
        self.scan_log_dialog.open()

    def print_summary(self) -> None:
        from frontdesk.gui.summary_dialog import SummaryDialog

        details = self.panel.details
        if details is None:
            return
        dialog = SummaryDialog(details, self.settings, self)
        dialog.printed.connect(lambda message: self.ui.statusbar.showMessage(message, 8000))
        self.summary_dialog = dialog  # tests drive it
        dialog.open()

    def open_letter(self) -> None:
        """Issue 19: the patient's visa invitation letter (gui/letter_dialog.py)."""
        from frontdesk.gui.letter_dialog import LetterDialog

        actor = self.require_actor()
        if self.panel.details is None or actor is None:
            return
        folder = Path(self.settings.pdf_folder)
        dialog = LetterDialog(self.panel.details, actor, folder, self)
        dialog.issued.connect(lambda message: self.ui.statusbar.showMessage(message, 8000))
        self.letter_dialog = dialog  # tests drive it
        dialog.open()

    def open_clearance(self) -> None:
        """Issue 19: the stay's financial clearance (gui/clearance_dialog.py)."""
        from frontdesk.gui.clearance_dialog import ClearanceDialog

        actor = self.require_actor()
        if self.panel.details is None or actor is None:
            return
        dialog = ClearanceDialog(self.panel.details, actor, self)
        dialog.changed.connect(self._after_change)
        self.clearance_dialog = dialog  # tests drive it
        dialog.open()

    def import_schedule(self) -> None:
        from frontdesk.gui.import_dialog import ImportDialog

        actor = self.require_actor()
        if actor is None:
            return
        dialog = ImportDialog(actor, self)
        dialog.imported.connect(self._after_change)
        self.import_dialog = dialog  # tests drive it
        dialog.open()

    def open_settings(self) -> None:
        from frontdesk.gui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.settings, self)
        if dialog.exec():
            self.zone = office_zone()
            self.idle_lock.minutes = self.settings.lock_minutes
            self._sign_in(self.settings.staff_username)
            self.set_day(self.day)

    def closeEvent(self, event) -> None:
        self.day_view.stop()
        self.search.job.close()
        self.patient_reader.close()
        super().closeEvent(event)
