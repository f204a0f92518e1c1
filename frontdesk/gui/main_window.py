"""The front-desk window: the day's schedule, the search box, the patient panel.

    window = MainWindow(settings=DeskSettings(), day=dt.date(2026, 11, 30))
    window.show()

Reading the day, searching and polling for other stations' changes run on worker threads
(:class:`~frontdesk.gui.workers.Runner`); answers that arrive after a newer question are
dropped. Changes made elsewhere arrive through the audit log within about a second and touch
only the rows concerned.
"""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import QDate, QEvent, QItemSelectionModel, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QHeaderView, QLabel, QMainWindow, QMessageBox

from frontdesk.domain import AppointmentStatus
from frontdesk.errors import FrontdeskError
from frontdesk.gui.desk_settings import DeskSettings
from frontdesk.gui.forms.ui_main_window import Ui_MainWindow
from frontdesk.gui.patient_actions import PatientActions
from frontdesk.gui.patient_panel import PatientPanel
from frontdesk.gui.schedule_filter import ScheduleFilter
from frontdesk.gui.schedule_model import (
    CLINICIAN,
    DEPARTMENT,
    INTERPRETER,
    LOCATION,
    NATIVE,
    PATIENT,
    PATIENT_ID_ROLE,
    STATUS,
    TIME,
    TYPE,
    ScheduleModel,
)
from frontdesk.gui.search_model import PATIENT_ID_ROLE as HIT_PATIENT_ROLE
from frontdesk.gui.search_model import SearchResultsModel
from frontdesk.gui.window_fit import fit_columns
from frontdesk.gui.workers import Runner
from frontdesk.locales import language_english_name
from frontdesk.services.actors import Actor, actor_for, list_staff
from frontdesk.services.office import office_zone
from frontdesk.services.patient_view import patient_details
from frontdesk.services.schedule import change_position, day_schedule, schedule_changes
from frontdesk.services.search import search_patients

log = logging.getLogger(__name__)

LIVE_INTERVAL_MS = 1000
CLOCK_INTERVAL_MS = 30_000
STATUS_CHOICES = (
    "scheduled",
    "late",
    "arrived",
    "in_progress",
    "completed",
    "no_show",
    "cancelled",
)


def _poll(day: dt.date, cursor: int, seen: set[int]):
    return day, schedule_changes(day, cursor, seen), seen


def _load_day(day: dt.date) -> tuple[dt.date, int, set[int], list]:
    # First: a change made while the day is read is seen by the next poll.
    cursor, seen = change_position()
    return day, cursor, seen, day_schedule(day)


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
        self.day = day or self.today()
        self._today = self.today()
        self._cursor = 0
        self._seen: set[int] = set()
        self._search_seq = 0
        self._polling = False
        self.actor: Actor | None = None

        self.model = ScheduleModel(self, clock=self._clock)
        self.proxy = ScheduleFilter(self)
        self.proxy.setSourceModel(self.model)
        self.search_model = SearchResultsModel(self)
        self.panel = PatientPanel()
        self.ui.patientScroll.setWidget(self.panel)
        self.day_runner = Runner(self)
        self.search_runner = Runner(self)
        self.live_runner = Runner(self)
        self.staff_combo = QComboBox()
        self.actions = PatientActions(self)
        self._setup_views()
        self._setup_filters()
        self._setup_status_bar()
        self._connect()
        self._setup_door_views()
        self._setup_idle_lock()
        self._sign_in(self.settings.staff_username)

        self.live_timer = QTimer(self, interval=live_interval_ms)
        self.live_timer.timeout.connect(self.poll_changes)
        self.clock_timer = QTimer(self, interval=CLOCK_INTERVAL_MS)
        self.clock_timer.timeout.connect(self._tick)
        # The first day is read here, before the window is shown (a tenth of a second): the
        # window then paints once, with its rows, instead of empty and again a moment later.
        self._show_day(_load_day(self.day))
        self._set_date_edit(self.day)
        QTimer.singleShot(0, self.day_loaded.emit)
        self.live_timer.start()
        self.clock_timer.start()
        self.ui.searchEdit.setFocus()

    # -- setting up ------------------------------------------------------------------------
    def _setup_views(self) -> None:
        view = self.ui.scheduleView
        view.setModel(self.proxy)
        # The day comes in time order and stays so (the model inserts in order): no sort pass
        # over two thousand rows until the receptionist clicks a header.
        view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(26)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        # (preferred, least): every column shows in the width the view gets, narrowed in
        # proportion down to the least before a scroll bar appears (window_fit.py).
        self.column_fitter = fit_columns(
            view,
            {
                TIME: (52, 46),
                STATUS: (105, 84),
                PATIENT: (175, 120),
                NATIVE: (125, 90),
                INTERPRETER: (85, 64),
                DEPARTMENT: (140, 96),
                LOCATION: (200, 118),
                CLINICIAN: (140, 96),
                TYPE: (90, 70),
            },
        )
        results = self.ui.searchView
        results.setModel(self.search_model)
        results.verticalHeader().hide()
        results.verticalHeader().setDefaultSectionSize(28)
        results.horizontalHeader().setStretchLastSection(True)
        # A scroll bar that came and went with the number of hits would resize the list, and
        # repaint it whole, at the first keystroke of every search.
        results.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        for column, width in ((0, 220), (1, 150), (2, 110), (3, 110), (4, 90), (5, 100)):
            results.setColumnWidth(column, width)
        self.ui.splitter.setSizes([1000, 400])  # in proportion to the window's width
        self.ui.searchEdit.installEventFilter(self)

    def _setup_filters(self) -> None:
        self.ui.statusFilter.addItem(self.tr("All statuses"), "")
        for key in STATUS_CHOICES:
            label = "Late" if key == "late" else AppointmentStatus(key).label
            self.ui.statusFilter.addItem(self.tr(label), key)
        self.ui.departmentFilter.addItem(self.tr("All departments"), "")
        self.ui.languageFilter.addItem(self.tr("All interpreters"), "")

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
        ui.previousDayButton.clicked.connect(self.previous_day)
        ui.nextDayButton.clicked.connect(self.next_day)
        ui.todayButton.clicked.connect(self.go_today)
        ui.actionPreviousDay.triggered.connect(self.previous_day)
        ui.actionNextDay.triggered.connect(self.next_day)
        ui.actionToday.triggered.connect(self.go_today)
        ui.dateEdit.dateChanged.connect(self._date_edited)
        ui.departmentFilter.currentIndexChanged.connect(self._filters_changed)
        ui.statusFilter.currentIndexChanged.connect(self._filters_changed)
        ui.languageFilter.currentIndexChanged.connect(self._filters_changed)
        ui.searchEdit.textChanged.connect(self._search_text_changed)
        ui.searchEdit.returnPressed.connect(self.open_selected_hit)
        ui.searchView.activated.connect(self.open_selected_hit)
        ui.scheduleView.activated.connect(self._open_schedule_row)
        ui.scheduleView.clicked.connect(self._open_schedule_row)
        ui.actionFind.triggered.connect(self.focus_search)
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
        ui.actionSummary.triggered.connect(self.print_summary)
        self.staff_combo.currentIndexChanged.connect(self._staff_chosen)
        self.day_runner.finished.connect(self._day_ready)
        self.search_runner.finished.connect(self._search_ready)
        self.live_runner.finished.connect(self._changes_ready)
        for runner in (self.day_runner, self.search_runner, self.live_runner):
            runner.failed.connect(self._worker_failed)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self.ui.searchEdit, self.clear_search)

    # -- who is signed in ------------------------------------------------------------------
    def _sign_in(self, username: str | None) -> None:
        station = self.settings.station_name
        self.station_label.setText(self.tr("Station: {name}").format(name=station))
        self.actor = None
        if username:
            try:
                self.actor = actor_for(username, station)
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

    # -- the day ---------------------------------------------------------------------------
    def set_day(self, day: dt.date) -> None:
        self.day = day
        self._set_date_edit(day)
        self.day_runner.run("day", _load_day, day)

    def _set_date_edit(self, day: dt.date) -> None:
        self.ui.dateEdit.blockSignals(True)
        self.ui.dateEdit.setDate(QDate(day.year, day.month, day.day))
        self.ui.dateEdit.blockSignals(False)

    def previous_day(self) -> None:
        self.set_day(self.day - dt.timedelta(days=1))

    def next_day(self) -> None:
        self.set_day(self.day + dt.timedelta(days=1))

    def today(self) -> dt.date:
        """The office's date now (the clock is injectable for tests)."""
        return self._clock().astimezone(self.zone).date()

    def go_today(self) -> None:
        self.set_day(self.today())

    def _date_edited(self, qdate: QDate) -> None:
        self.set_day(dt.date(qdate.year(), qdate.month(), qdate.day()))

    def _day_ready(self, _tag: str, result) -> None:
        if self._show_day(result):
            self.day_loaded.emit()

    def _show_day(self, result) -> bool:
        day, cursor, seen, entries = result
        if day != self.day:
            return False  # the receptionist moved on to another day meanwhile
        self._cursor = cursor
        self._seen = seen
        self.model.set_entries(entries)
        self._refresh_filter_choices()
        self._update_counts()
        return True

    def _refresh_filter_choices(self) -> None:
        entries = self.model.entries()
        departments = sorted({e.department for e in entries if e.department})
        languages = sorted(
            {
                e.patient.preferred_language
                for e in entries
                if e.patient.interpreter_needed and e.patient.preferred_language
            }
        )
        for combo, values, namer in (
            (self.ui.departmentFilter, departments, str),
            (self.ui.languageFilter, languages, lambda t: language_english_name(t) or t),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for value in values:
                combo.addItem(namer(value), value)
            combo.setCurrentIndex(max(combo.findData(current), 0))
            combo.blockSignals(False)

    def _filters_changed(self) -> None:
        self.proxy.set_department(self.ui.departmentFilter.currentData())
        self.proxy.set_status(self.ui.statusFilter.currentData())
        self.proxy.set_language(self.ui.languageFilter.currentData())

    def counts(self) -> dict[str, int]:
        """Patients of the day: expected (not cancelled), arrived, late, no-show."""
        by_patient: dict[int, set[str]] = {}
        for entry in self.model.entries():
            by_patient.setdefault(entry.patient.id, set()).add(self.model.status_key(entry))
        expected = arrived = late = no_show = 0
        for keys in by_patient.values():
            if keys <= {"cancelled"}:
                continue
            expected += 1
            if keys & {"arrived", "in_progress", "completed"}:
                arrived += 1
            elif "late" in keys:
                late += 1
            elif keys <= {"no_show", "cancelled"}:
                no_show += 1
        return {"expected": expected, "arrived": arrived, "late": late, "no_show": no_show}

    def _update_counts(self) -> None:
        c = self.counts()
        ui = self.ui
        ui.expectedCount.setText(self.tr("Expected <b>{n}</b>").format(n=c["expected"]))
        ui.arrivedCount.setText(self.tr("✔ Arrived <b>{n}</b>").format(n=c["arrived"]))
        ui.lateCount.setText(self.tr("⚠ Late <b>{n}</b>").format(n=c["late"]))
        ui.noShowCount.setText(self.tr("✖ No-show <b>{n}</b>").format(n=c["no_show"]))

    def _tick(self) -> None:
        """Every half minute: rows may turn late; past midnight, a view of today moves on."""
        now_day = self.today()
        if self._today != now_day:
            viewing_today = self.day == self._today
            self._today = now_day
            if viewing_today:
                self.set_day(now_day)
                return
        self.model.refresh_clock()
        self._update_counts()

    # -- other stations --------------------------------------------------------------------
    def poll_changes(self) -> None:
        if self._polling:
            return
        self._polling = True
        self.live_runner.run("changes", _poll, self.day, self._cursor, set(self._seen))

    def _changes_ready(self, _tag: str, result) -> None:
        self._polling = False
        day, changes, seen = result
        if day != self.day:
            return  # the day changed while this poll ran: its rows belong to another day
        self._cursor = max(self._cursor, changes.cursor)
        self._seen = seen
        if changes.settings_changed:
            self.zone = office_zone()
        if changes.reload:
            self.set_day(self.day)
            return
        if changes.entries or changes.gone:
            self.model.apply_changes(changes.entries, changes.gone)
            self._update_counts()
        details = self.panel.details
        if details is not None and details.id in changes.patients:
            self.open_patient(details.id)
        self.changes_applied.emit()

    def _worker_failed(self, tag: str, message: str) -> None:
        if tag == "changes":
            self._polling = False
        self.ui.statusbar.showMessage(
            self.tr("Could not {what}: {message}").format(
                what={
                    "day": "read the day",
                    "search": "search",
                    "changes": "check for changes",
                }.get(tag, tag),
                message=message,
            ),
            10_000,
        )

    # -- search ----------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.ui.searchEdit.setFocus()
        self.ui.searchEdit.selectAll()

    def clear_search(self) -> None:
        self.ui.searchEdit.clear()

    def _search_text_changed(self, text: str) -> None:
        self._search_seq += 1
        if not text.strip():
            self.ui.listStack.setCurrentWidget(self.ui.schedulePage)
            self.search_model.set_hits([])
            return
        self.ui.listStack.setCurrentWidget(self.ui.searchPage)
        seq = self._search_seq
        self.search_runner.run("search", self._search_job, seq, text)

    def _search_job(self, seq: int, text: str):
        if seq != self._search_seq:
            return seq, text, None  # a newer keystroke is already waiting: skip this one
        return seq, text, search_patients(text, limit=30, day=self.day)

    def _search_ready(self, _tag: str, result) -> None:
        seq, text, hits = result
        if hits is None or seq != self._search_seq:
            return  # stale: the text has changed since
        self.search_model.set_hits(hits)
        n = len(hits)
        self.ui.searchStatus.setText(
            self.tr("No patient matches “{q}”").format(q=text)
            if n == 0
            else self.tr("{n} patients match “{q}” — ↑↓ to choose, Enter to open").format(
                n=n, q=text
            )
        )
        if n:
            self.ui.searchView.selectRow(0)
        self.search_done.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.ui.searchEdit and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.search_model.rowCount():
                view = self.ui.searchView
                row = view.currentIndex().row() if view.currentIndex().isValid() else -1
                row = row + 1 if key == Qt.Key.Key_Down else row - 1
                row = max(0, min(row, self.search_model.rowCount() - 1))
                view.selectionModel().setCurrentIndex(
                    self.search_model.index(row, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                return True
        return super().eventFilter(watched, event)

    def open_selected_hit(self, *_args) -> None:
        index = self.ui.searchView.currentIndex()
        if not index.isValid() and self.search_model.rowCount():
            index = self.search_model.index(0, 0)
        if index.isValid():
            self.open_patient(index.data(HIT_PATIENT_ROLE))

    def _open_schedule_row(self, index) -> None:
        if index.isValid():
            self.open_patient(index.data(PATIENT_ID_ROLE))

    # -- the patient -----------------------------------------------------------------------
    def open_patient(self, patient_id: int) -> None:
        try:
            details = patient_details(patient_id, self.day, tz=self.zone, today=self.today())
        except FrontdeskError as exc:
            self.ui.statusbar.showMessage(str(exc), 8000)
            return
        self.panel.show_details(details)
        self.patient_opened.emit(patient_id)

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
        batch.finished.connect(self._day_badges_done)
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

    def _day_badges_done(self, message: str) -> None:
        self._after_change(message)
        # A name no font covers: say whose badge is missing, or shows the passport name only.
        if "NOT PRINTED" in message or "PASSPORT NAME ONLY" in message:
            printed, _sep, missing = message.partition(". ")
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                self.tr("Some names could not be printed"),
                printed,
                QMessageBox.StandardButton.Ok,
                self,
            )
            box.setInformativeText(missing.replace("; ", "\n").replace(". ", "\n"))
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

    def _setup_idle_lock(self) -> None:
        from frontdesk.gui.idle_lock import IdleLock
        from frontdesk.services.actors import list_staff

        self.idle_lock = IdleLock(
            self,
            self.settings.lock_minutes,
            lambda: [(s.username, s.display_name) for s in list_staff()],
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
        self.live_timer.stop()
        self.clock_timer.stop()
        for runner in (self.day_runner, self.search_runner, self.live_runner):
            runner.wait(5000)
        super().closeEvent(event)
