"""The front-desk window: the day's schedule, the search box, the patient panel.

    window = MainWindow(settings=DeskSettings(), day=dt.date(2026, 11, 30), zone=office_zone())
    window.show()

A shell that composes the parts, each with one job: :class:`~frontdesk.gui.day_view.DayView`
(the day's rows, filters, counts and other stations' changes),
:class:`~frontdesk.gui.search_controller.SearchController` (the search box and its results),
:class:`~frontdesk.gui.patient_actions.PatientActions` (check-in, undo, no-show) and the
dialogs it opens. Every part runs its database work off the GUI thread
(:mod:`frontdesk.gui.jobs`), the window's own too: who is signed in and the staff list are read
on a worker (the staff choice waits meanwhile, ``signed_in`` says when it is settled). The
office's zone is read at start-up with the database (``zone``), before the window exists.
"""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QComboBox, QLabel, QMainWindow, QMessageBox

from frontdesk import clock as desk_clock
from frontdesk.gui.day_view import LIVE_INTERVAL_MS, DayView
from frontdesk.gui.desk_dialogs import DeskDialogs
from frontdesk.gui.desk_settings import DeskSettings
from frontdesk.gui.desk_sign_in import DeskFacts, LockCheck, desk_actor, desk_facts
from frontdesk.gui.failures import describe
from frontdesk.gui.forms.ui_main_window import Ui_MainWindow
from frontdesk.gui.idle_lock import IdleLock
from frontdesk.gui.jobs import LatestJob
from frontdesk.gui.patient_actions import PatientActions
from frontdesk.gui.patient_panel import PatientPanel
from frontdesk.gui.schedule_model import PATIENT_ID_ROLE
from frontdesk.gui.search_controller import SearchController
from frontdesk.gui.warm_up import read_patient, warm_up
from frontdesk.services.actors import Actor
from frontdesk.services.office import office_zone
from frontdesk.services.patient_access import record_access

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    day_loaded = Signal()
    search_done = Signal()
    changes_applied = Signal()
    patient_opened = Signal(int)
    signed_in = Signal()  # who is at the desk is settled (self.actor, None when nobody)

    def __init__(
        self,
        settings: DeskSettings | None = None,
        day: dt.date | None = None,
        *,
        clock=None,
        live_interval_ms: int = LIVE_INTERVAL_MS,
        zone=None,
    ) -> None:
        """``zone``: the office's, read at start-up (read here when not given)."""
        super().__init__()
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.settings = settings or DeskSettings()
        self.zone = zone or office_zone()
        self._clock = clock or desk_clock.now
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
        # (in turn with the panel's check-in, undo and no-show: see gui.jobs, the lanes)
        self.access_log = LatestJob(self, lane_name="patient writes", failed=self._patient_failed)
        self.presence = LatestJob(self, failed=self._sign_in_failed)  # who is at the desk
        self.presence.busy_changed.connect(self._signing_in)
        self.warm = LatestJob(self, opens_database=False, lane_name="warm")
        self.ui.splitter.setSizes([1000, 400])  # in proportion to the window's width
        self.dialogs = DeskDialogs(self)
        self._setup_status_bar()
        self._point_arrows()
        self._connect()
        self.dialogs.setup_door_views()
        self.dialogs.setup_case_views()
        self._setup_idle_lock()
        self._sign_in(self.settings.staff_username, ask=False)  # nobody is asked at start-up
        self.day_view.start()
        self.warm.submit(warm_up)  # words read from files, before the window shows them
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
    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:  # Settings changed the desk's language
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """The window's words in the language now installed (desk_language.apply_language);
        the panel and the dialogs opened from now on translate themselves."""
        self.ui.retranslateUi(self)
        self.signed_in_label.setText(self.tr("Signed in:"))
        self.staff_combo.setItemText(0, self.tr("— choose —"))
        self.station_label.setText(
            self.tr("Station: {name}").format(name=self.settings.station_name)
        )
        self.day_view.retranslate()
        self.search.retranslate()
        self.dialogs.retranslate()
        self.ui.dateEdit.setLocale(QLocale())  # day and month names
        self._point_arrows()

    def _point_arrows(self) -> None:
        """The day arrows point the way the desk reads: earlier days to the right in Arabic."""
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        back, forward = ("go-next", "go-previous") if rtl else ("go-previous", "go-next")
        self.ui.previousDayButton.setIcon(QIcon(f":/icons/{back}.svg"))
        self.ui.nextDayButton.setIcon(QIcon(f":/icons/{forward}.svg"))

    def _setup_status_bar(self) -> None:
        self.station_label = QLabel()
        self.ui.statusbar.addPermanentWidget(self.station_label)
        self.signed_in_label = QLabel(self.tr("Signed in:"))
        self.ui.statusbar.addPermanentWidget(self.signed_in_label)
        self.ui.statusbar.addPermanentWidget(self.staff_combo)
        self.staff_combo.addItem(self.tr("— choose —"), "")  # the staff: read with the sign-in

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
        self.actions.changed.connect(self.after_change)
        ui.actionAddCompanion.triggered.connect(self.dialogs.add_companion)
        ui.actionEditContact.triggered.connect(self.dialogs.edit_contact)
        ui.actionWalkIn.triggered.connect(self.dialogs.register_walk_in)
        ui.walkInButton.clicked.connect(self.dialogs.register_walk_in)
        ui.actionQuit.triggered.connect(self.close)
        ui.actionSettings.triggered.connect(self.dialogs.open_settings)
        ui.actionImportSchedule.triggered.connect(self.dialogs.import_schedule)
        self.panel.check_in_requested.connect(self.actions.check_in)
        self.panel.undo_requested.connect(self.actions.undo_check_in)
        self.panel.no_show_requested.connect(self.actions.mark_no_show)
        self.panel.add_companion_requested.connect(self.dialogs.add_companion)
        self.panel.edit_contact_requested.connect(self.dialogs.edit_contact)
        self.panel.badges_requested.connect(self.dialogs.print_badges)
        ui.actionBadges.triggered.connect(self.dialogs.print_badges)
        ui.actionDayBadges.triggered.connect(self.dialogs.print_day_badges)
        self.panel.summary_requested.connect(self.dialogs.print_summary)
        self.panel.letter_requested.connect(self.dialogs.open_letter)
        self.panel.clearance_requested.connect(self.dialogs.open_clearance)
        ui.actionSummary.triggered.connect(self.dialogs.print_summary)
        self.staff_combo.currentIndexChanged.connect(self._staff_chosen)

    # -- who is signed in ------------------------------------------------------------------
    def _sign_in(self, username: str | None, *, ask: bool = True) -> None:
        """Read who may sit here on a worker (the staff choice waits), then sign ``username``
        in: by name, or (``ask``) through the sign-in dialog once the office signs staff in."""
        station = self.settings.station_name
        self.station_label.setText(self.tr("Station: {name}").format(name=station))
        self.actor = None
        self.presence.submit(
            desk_facts, username, station, done=lambda facts: self._facts_in(username, facts, ask)
        )

    def _signing_in(self, busy: bool) -> None:
        self.staff_combo.setEnabled(not busy)
        self.signed_in_label.setText(self.tr("Signing in…") if busy else self.tr("Signed in:"))

    def _facts_in(self, username: str | None, facts: DeskFacts, ask: bool) -> None:
        self._fill_staff(facts.staff)
        self.idle_lock.people, self.idle_lock.needed = facts.staff, facts.sign_in_required
        if facts.refused is not None:
            self.ui.statusbar.showMessage(describe(facts.refused), 8000)
        station = self.settings.station_name
        if username:  # the dialog, once the office signs staff in (proven once)
            self.actor = desk_actor(self, username, station, facts, ask=ask)
        self._show_signed_in()
        self.signed_in.emit()

    def _sign_in_failed(self, error: BaseException) -> None:
        self.ui.statusbar.showMessage(
            self.tr("Could not sign in: {message}").format(message=describe(error)), 10_000
        )
        self._show_signed_in()
        self.signed_in.emit()

    def _fill_staff(self, staff: list[tuple[str, str]]) -> None:
        combo = self.staff_combo
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for username, name in staff:
            combo.addItem(name, username)
        combo.blockSignals(False)

    def _show_signed_in(self) -> None:
        index = self.staff_combo.findData(self.actor.staff.username if self.actor else "")
        self.staff_combo.blockSignals(True)
        self.staff_combo.setCurrentIndex(max(index, 0))
        self.staff_combo.blockSignals(False)

    def _staff_chosen(self, index: int) -> None:
        username = self.staff_combo.itemData(index) or None
        self.settings.staff_username = username
        self._sign_in(username)

    def require_actor(self) -> Actor | None:
        if self.actor is None and self.presence.busy:  # asked in the first second: said
            self.ui.statusbar.showMessage(self.tr("Signing in… try again in a moment."), 5000)
        elif self.actor is None:
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
        self._wanted_patient = patient_id
        self.patient_reader.submit(
            read_patient,  # refused for a door account (issue 14)
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

    def _refresh_patient(self) -> None:
        """The panel's patient read again, unless another patient is already asked for (a
        refresh must not replace the receptionist's newer choice)."""
        details = self.panel.details
        if details is not None and getattr(self, "_wanted_patient", details.id) == details.id:
            self.open_patient(details.id)

    def _patients_changed(self, patient_ids: set[int]) -> None:
        details = self.panel.details
        if details is not None and details.id in patient_ids:
            self._refresh_patient()

    def after_change(self, message: str) -> None:
        self.ui.statusbar.showMessage(message, 10_000)
        self._refresh_patient()
        self.poll_changes()

    def _setup_idle_lock(self) -> None:
        self.idle_lock = IdleLock(self, self.settings.lock_minutes, LockCheck(self))
        self.idle_lock.unlocked.connect(self._unlocked)

    def _unlocked(self, username: str) -> None:
        self.settings.staff_username = username
        self._sign_in(username)
        self.ui.searchEdit.setFocus()

    def start_day_badges(self, layout_key: str, printer: str | None = None) -> None:
        self.dialogs.start_day_badges(layout_key, printer)

    def print_day_badges(self) -> None:
        self.dialogs.print_day_badges()

    def closeEvent(self, event) -> None:
        self.day_view.stop()
        self.search.job.close()
        self.patient_reader.close()
        self.presence.close()
        super().closeEvent(event)
