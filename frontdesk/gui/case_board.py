"""The case board: the coming days' stays with their checklists, filterable as the coordinator
types ("arriving this week with something open", "needs an interpreter, none booked").

    board = CaseBoardDialog(first_day, parent=window)
    board.case_requested.connect(window_opens_the_case)   # a double click on a row: its MRN
    board.open()

The board is read on a worker in parts, the first day first
(:mod:`frontdesk.gui.case_board_reading`); the table is :mod:`frontdesk.gui.case_board_model`
and every filter runs on the rows in the window (:mod:`frontdesk.gui.case_board_filters`), so
narrowing never asks the database again.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from frontdesk.gui.case_board_filters import CaseBoardFilter, CaseBoardFilterBar
from frontdesk.gui.case_board_model import (
    ARRIVES,
    DAYS,
    FIRST_ITEM,
    LANGUAGE,
    NATIVE,
    OPEN,
    PATIENT,
    PICKUP,
    ROW_ROLE,
    CaseBoardModel,
)
from frontdesk.gui.case_board_reading import BoardReading
from frontdesk.gui.failures import describe
from frontdesk.services.case_board import BoardRow

_COLUMN_WIDTHS = ((DAYS, 130), (PATIENT, 170), (NATIVE, 120), (LANGUAGE, 230), (ARRIVES, 200))


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class CaseBoardDialog(QDialog):
    """The board, its filters, and the way to a patient's case (double click, Enter)."""

    loaded = Signal()  # every day's rows are in (tests wait on it)
    part_shown = Signal()  # the first days are shown, later ones are being read
    case_requested = Signal(str)  # the MRN of the stay chosen
    arrivals_requested = Signal(object)  # a date: the arrivals sheet of that day
    roster_requested = Signal()  # the interpreter roster

    def __init__(self, first: dt.date, parent: QWidget | None = None, *, days: int = 14) -> None:
        super().__init__(parent)
        self.setObjectName("caseBoard")
        self.setWindowTitle(self.tr("Case board"))
        self.resize(1280, 640)
        self.reading = BoardReading(self, failed=self._load_failed)
        self.reading.part_read.connect(self._part_read)
        self.model = CaseBoardModel(self)
        self.proxy = CaseBoardFilter(self)
        self.proxy.setSourceModel(self.model)
        self._build(first, days)
        self._connect()
        self.filters.text_edit.setFocus()  # the coordinator types a name first
        self.reload()

    # -- building ---------------------------------------------------------------------------
    def _build(self, first: dt.date, days: int) -> None:
        self.first_edit = QDateEdit(_qdate(first), self)
        self.first_edit.setCalendarPopup(True)
        self.first_edit.setDisplayFormat("ddd d MMM yyyy")
        self.days_spin = QSpinBox(self)
        self.days_spin.setRange(1, 60)
        self.days_spin.setValue(days)
        self.days_spin.setSuffix(self.tr(" days"))
        self.reload_button = QPushButton(self.tr("Reload"), self)
        self.filters = CaseBoardFilterBar(self)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("countLabel")
        self.table = self._make_table()
        self.case_button = QPushButton(self.tr("Open case…"), self)
        self.arrivals_button = QPushButton(self.tr("Arrivals…"), self)
        self.roster_button = QPushButton(self.tr("Interpreters…"), self)
        self.close_button = QPushButton(self.tr("Close"), self)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("From"), self))
        top.addWidget(self.first_edit)
        top.addWidget(self.days_spin)
        top.addWidget(self.reload_button)
        top.addStretch(1)
        top.addWidget(self.count_label)
        bottom = QHBoxLayout()
        bottom.addWidget(self.case_button)
        bottom.addWidget(self.arrivals_button)
        bottom.addWidget(self.roster_button)
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

    def _make_table(self) -> QTableView:
        table = QTableView(self)
        table.setModel(self.proxy)
        table.setSortingEnabled(True)
        table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(26)
        table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in (*_COLUMN_WIDTHS, (PICKUP, 72)):
            table.setColumnWidth(column, width)
        for column in range(FIRST_ITEM, OPEN):
            table.setColumnWidth(column, 62)
        table.setColumnWidth(OPEN, 44)
        return table

    def _connect(self) -> None:
        self.first_edit.dateChanged.connect(self.reload)
        self.days_spin.valueChanged.connect(self.reload)
        self.reload_button.clicked.connect(self.reload)
        self.filters.changed.connect(self.apply_filter)
        self.table.activated.connect(self._row_chosen)
        self.case_button.clicked.connect(self.open_selected_case)
        self.arrivals_button.clicked.connect(self._arrivals)
        self.roster_button.clicked.connect(self.roster_requested)
        self.close_button.clicked.connect(self.reject)

    # -- reading the board ----------------------------------------------------------------
    @property
    def loading(self) -> bool:
        """Days of the board are still being read."""
        return self.reading.busy

    def first_day(self) -> dt.date:
        return _date(self.first_edit.date())

    def reload(self, *_args) -> None:
        """Read the board again, in parts: the first days come first (the window opens on
        them), the later ones are added as they are read."""
        self.reading.start(self.first_day(), self.days_spin.value())
        self._update_count()

    def _part_read(self, rows: list[BoardRow], first: bool, last: bool) -> None:
        if first:
            self.model.set_rows(rows)
        else:
            self.model.merge_rows(rows)
        self.filters.offer_languages(rows, keep=not first)
        if first:
            self.apply_filter()
        self._update_count()
        if last:
            self.loaded.emit()
        else:
            self.part_shown.emit()

    def _load_failed(self, error: BaseException) -> None:
        self.count_label.setText(
            self.tr("Could not read the board: {why}").format(why=describe(error))
        )

    # -- filtering ----------------------------------------------------------------------------
    def apply_filter(self, *_args) -> None:
        self.proxy.set_filter(self.filters.current_filter(self.first_day()))
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if self.proxy.everything:
            open_count = self.model.open_count
        elif self.proxy.board_filter.open_only:
            open_count = shown
        else:
            accepts = self.proxy.board_filter.accepts
            open_count = sum(1 for r in self.model.rows() if r.has_open_item and accepts(r))
        text = self.tr("{shown} of {total} stays · {open} with something open").format(
            shown=shown, total=total, open=open_count
        )
        last = self.reading.last_day
        if self.loading and last is not None:
            text += " · " + self.tr("reading the days to {last}…").format(
                last=last.strftime("%a %d %b")
            )
        self.count_label.setText(text)

    def shown_rows(self) -> list[BoardRow]:
        """The rows as the coordinator sees them, in order."""
        return [self.proxy.index(row, 0).data(ROW_ROLE) for row in range(self.proxy.rowCount())]

    # -- going on -----------------------------------------------------------------------------
    def selected_row(self) -> BoardRow | None:
        index = self.table.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def _row_chosen(self, index) -> None:
        if index.isValid():
            self.case_requested.emit(index.data(ROW_ROLE).mrn)

    def open_selected_case(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.case_requested.emit(row.mrn)

    def _arrivals(self) -> None:
        row = self.selected_row()
        day = row.arrival_at.date() if row and row.arrival_at else self.first_day()
        self.arrivals_requested.emit(day)

    def done(self, result: int) -> None:
        self.reading.close()
        super().done(result)
