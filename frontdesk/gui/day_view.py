"""The day's schedule in the window: which day, its rows, the filters, the counts, and the changes
other stations make to it.

    day_view = DayView(window, day, clock=clock, live_interval_ms=250)
    day_view.loaded.connect(...)            # the day's rows are in
    day_view.set_day(day_view.day + dt.timedelta(days=1))
    day_view.poll_changes()                 # read what changed now (after this station's own)

Reading a day and reading changes run off the GUI thread (:class:`~frontdesk.gui.jobs.LatestJob`;
the newest day asked for wins: a day the receptionist has already left is not shown). Changes
made elsewhere are read from the audit log when the :class:`~frontdesk.gui.change_feed.ChangeFeed`
says there are some (PostgreSQL: a notice at their commit; SQLite: the file's change counter,
read every ``live_interval_ms``), and touch only the rows concerned.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QHeaderView, QLabel, QSizePolicy

from frontdesk.gui.change_feed import ChangeFeed
from frontdesk.gui.clearance_filter import ClearanceFilter
from frontdesk.gui.failures import describe
from frontdesk.gui.jobs import LatestJob
from frontdesk.gui.schedule_filter import ScheduleFilter
from frontdesk.gui.schedule_model import (
    CLINICIAN,
    DEPARTMENT,
    INTERPRETER,
    LOCATION,
    NATIVE,
    PATIENT,
    STATUS,
    TIME,
    TYPE,
    ScheduleModel,
)
from frontdesk.gui.vocabulary import status_word
from frontdesk.gui.window_fit import fit_columns
from frontdesk.locales import language_english_name
from frontdesk.services.office import office_zone
from frontdesk.services.schedule import change_position, day_schedule, schedule_changes

if TYPE_CHECKING:
    from frontdesk.gui.main_window import MainWindow

LIVE_INTERVAL_MS = 250  # SQLite: how often the file's change counter is read
RETRY_MS = 2000  # a read of the changes that failed is tried again (nothing is missed)
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


def load_day(day: dt.date) -> tuple[dt.date, int, set[int], list]:
    # First: a change made while the day is read is seen by the next poll.
    cursor, seen = change_position()
    return day, cursor, seen, day_schedule(day)


def _poll(day: dt.date, cursor: int, seen: set[int], zone):
    changes = schedule_changes(day, cursor, seen, tz=zone)  # the window's zone: one query less
    zone = office_zone() if changes.settings_changed else None
    return day, changes, seen, zone


class DayView(QObject):
    """The schedule's half of the window (see the module docstring)."""

    loaded = Signal()
    changes_applied = Signal()
    patients_changed = Signal(object)  # set of patient ids another station changed

    def __init__(
        self,
        window: MainWindow,
        day: dt.date,
        *,
        clock: Callable[[], dt.datetime],
        live_interval_ms: int = LIVE_INTERVAL_MS,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.ui = window.ui
        self.day = day
        self._today = window.today()
        self._cursor = 0
        self._seen: set[int] = set()
        self._read_again = False
        self._shown_day: dt.date | None = None  # the day whose rows the model holds
        self.model = ScheduleModel(window, clock=clock)
        self.proxy = ScheduleFilter(window)
        self.proxy.setSourceModel(self.model)
        self.loader = LatestJob(self, failed=self._failed(self.tr("read the day")))
        self.poller = LatestJob(self, lane_name="changes", failed=self._poll_failed)
        self.feed = ChangeFeed(self, sqlite_poll_ms=live_interval_ms)
        self._setup_view()
        self._setup_filters()
        self._connect()
        self.clock_timer = QTimer(self, interval=CLOCK_INTERVAL_MS)
        self.clock_timer.timeout.connect(self._tick)

    def start(self) -> None:
        """The first day is read off the GUI thread like any other (on a million-patient
        database, or a server far away, it may take a while): the table says it is reading
        meanwhile, and says so in words if it cannot."""
        self._set_date_edit(self.day)
        self.loader.busy_changed.connect(self._show_reading)
        self.set_day(self.day)  # the change feed starts once it is in (it reads from its cursor)
        self.clock_timer.start()

    def _show_reading(self, busy: bool) -> None:
        """The day being read: the counts' row says so, and the table is dimmed unless it
        shows that day already (read again after an import: dimming and lighting it again
        would repaint it twice, each a few thousand Python calls; issue 12)."""
        self.ui.scheduleView.setEnabled(not busy or self._shown_day == self.day)
        self.reading_label.setVisible(busy)

    def stop(self) -> None:
        self.feed.stop()
        self.clock_timer.stop()
        self.loader.close()
        self.poller.close()
        self.clearance_filter.close()

    # -- setting up ------------------------------------------------------------------------
    def _setup_view(self) -> None:
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

    def _setup_filters(self) -> None:
        self.ui.statusFilter.addItem(self.tr("All statuses"), "")
        for key in STATUS_CHOICES:
            self.ui.statusFilter.addItem(status_word(key), key)
        self.ui.departmentFilter.addItem(self.tr("All departments"), "")
        self.ui.languageFilter.addItem(self.tr("All interpreters"), "")
        # Beside the counts (a status bar message would be wiped by the next status tip).
        self.reading_label = QLabel(self.tr("Reading the day…"), self.window)
        self.reading_label.setObjectName("readingDayLabel")
        self.reading_label.setStyleSheet("QLabel { font-style: italic; }")
        self.reading_label.hide()
        # It takes the room the counts' row has, never widens the window (a narrow screen).
        self.reading_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        bar = self.ui.countsBar
        bar.insertWidget(bar.indexOf(self.ui.noShowCount) + 1, self.reading_label)
        # Issue 19: the stays' financial clearance (gui/clearance_filter.py).
        self.clearance_filter = ClearanceFilter(self.ui.languageFilter, self.proxy, self.window)

    def retranslate(self) -> None:
        """The desk's language changed: the filters' words, the rows, the counts."""
        ui = self.ui
        ui.statusFilter.setItemText(0, self.tr("All statuses"))
        for index in range(1, ui.statusFilter.count()):
            ui.statusFilter.setItemText(index, status_word(ui.statusFilter.itemData(index)))
        ui.departmentFilter.setItemText(0, self.tr("All departments"))
        ui.languageFilter.setItemText(0, self.tr("All interpreters"))
        self.model.retranslate()
        self._update_counts()

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
        self.feed.changed.connect(self.poll_changes)

    def _failed(self, what: str):
        def say(error: BaseException) -> None:
            self.ui.statusbar.showMessage(
                self.tr("Could not {what}: {message}").format(what=what, message=describe(error)),
                10_000,
            )

        return say

    # -- which day -------------------------------------------------------------------------
    def set_day(self, day: dt.date) -> None:
        self.day = day
        self._set_date_edit(day)
        self.loader.submit(load_day, day, done=self._day_ready)

    def _set_date_edit(self, day: dt.date) -> None:
        self.ui.dateEdit.blockSignals(True)
        self.ui.dateEdit.setDate(QDate(day.year, day.month, day.day))
        self.ui.dateEdit.blockSignals(False)

    def previous_day(self) -> None:
        self.set_day(self.day - dt.timedelta(days=1))

    def next_day(self) -> None:
        self.set_day(self.day + dt.timedelta(days=1))

    def go_today(self) -> None:
        self.set_day(self.window.today())

    def _date_edited(self, qdate: QDate) -> None:
        self.set_day(dt.date(qdate.year(), qdate.month(), qdate.day()))

    def _day_ready(self, result) -> None:
        if self._show_day(result):
            self.loaded.emit()

    def _show_day(self, result) -> bool:
        day, cursor, seen, entries = result
        if day != self.day:
            return False  # the receptionist moved on to another day meanwhile
        self._cursor = cursor
        self._seen = seen
        self.feed.start()  # the first day is in: changes are read from its cursor on
        self.model.set_entries(entries)
        self._shown_day = day
        self.clearance_filter.day_shown(day)
        self._refresh_filter_choices()
        self._update_counts()
        return True

    # -- filters and counts ----------------------------------------------------------------
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
        for patient_id, key in self.model.patient_keys():  # kept row by row: no entry read
            by_patient.setdefault(patient_id, set()).add(key)
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
        now_day = self.window.today()
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
        """Read what changed since the last answer. While a read is under way, one more is
        made when it is back (it may have started before the change committed): a burst of
        notices costs two reads, and an answer is never dropped for a newer question, which
        under load would starve the window of every answer."""
        started = self.poller.start(
            _poll,
            self.day,
            self._cursor,
            set(self._seen),
            self.window.zone,
            done=self._changes_ready,
        )
        if not started:
            self._read_again = True

    def _poll_failed(self, error: BaseException) -> None:
        self._failed(self.tr("check for changes"))(error)
        QTimer.singleShot(RETRY_MS, self, self.poll_changes)  # the changes are still to read

    def _changes_ready(self, result) -> None:
        self._apply_changes(result)
        if self._read_again:
            self._read_again = False
            self.poll_changes()

    def _apply_changes(self, result) -> None:
        day, changes, seen, zone = result
        if day != self.day:
            return  # the day changed while this poll ran: its rows belong to another day
        self._cursor = max(self._cursor, changes.cursor)
        self._seen = seen
        if zone is not None:
            self.window.zone = zone
        if changes.reload:
            self.set_day(self.day)
            return
        if changes.entries or changes.gone:
            self.model.apply_changes(changes.entries, changes.gone)
            self._update_counts()
        if changes.patients:
            self.patients_changed.emit(set(changes.patients))
        self.changes_applied.emit()
