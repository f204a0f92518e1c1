"""The case board: the coming days' stays with their checklists, filterable as the coordinator
types ("arriving this week with something open", "needs an interpreter, none booked").

    board = CaseBoardDialog(actor_source, zone, first_day, parent=window)
    board.case_requested.connect(window_opens_the_case)   # a double click on a row: its MRN
    board.open()

The board is read on a worker (:class:`~frontdesk.gui.jobs.LatestJob`): the rows come from
:func:`frontdesk.services.case_board.case_board` and every filter then runs on the rows in the
window (:class:`~frontdesk.services.case_board.BoardFilter`), so narrowing never asks the
database again. An open item is shown in words ("open"), with a mark and a tint, not by colour
alone.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from frontdesk.gui.failures import describe
from frontdesk.gui.jobs import LatestJob
from frontdesk.locales import language_english_name
from frontdesk.services.case_board import BoardFilter, BoardRow, case_board
from frontdesk.services.case_terms import CheckItem, ItemState

_Index = QModelIndex | QPersistentModelIndex
_ITEMS = tuple(CheckItem)
DAYS, PATIENT, NATIVE, LANGUAGE, ARRIVES, PICKUP = range(6)
FIRST_ITEM = 6
OPEN = FIRST_ITEM + len(_ITEMS)
HEADERS = (
    "Days",
    "Patient (passport)",
    "Native name",
    "Language",
    "Arrives (office time)",
    "Pickup",
    *(item.short for item in _ITEMS),
    "Open",
)
ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the BoardRow
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole.value)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole.value)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole.value)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
_ROW = ROW_ROLE
_SORT = SORT_ROLE
_CENTER = Qt.AlignmentFlag.AlignCenter
_OPEN = ItemState.OPEN
_OPEN_BACKGROUND = QBrush(QColor("#fff1d6"))
_GAP_FOREGROUND = QBrush(QColor("#a4000f"))
_MARKS = {ItemState.DONE: "✔", ItemState.NOT_NEEDED: "—", ItemState.OPEN: "○ open"}

# What the "arriving" choice narrows to, counted from the board's first day.
ARRIVING_ANY, ARRIVING_FIRST_DAY, ARRIVING_THIS_WEEK, ARRIVING_7_DAYS = range(4)


def arriving_within(choice: int, first: dt.date) -> tuple[dt.date, dt.date] | None:
    """The days an arrival must fall on for the choice (this week: to its Sunday)."""
    if choice == ARRIVING_FIRST_DAY:
        return first, first
    if choice == ARRIVING_THIS_WEEK:
        return first, first + dt.timedelta(days=6 - first.weekday())
    if choice == ARRIVING_7_DAYS:
        return first, first + dt.timedelta(days=6)
    return None


FIRST_PART_DAYS = 1  # what the board opens on: the coming day
PART_DAYS = 4  # then read this many days at a time
PART_PAUSE_MS = 60  # between two parts: the window paints what it has


def board_parts(first: dt.date, days: int) -> list[tuple[dt.date, int]]:
    """(first day, number of days) of each part the board is read in.

    >>> [(day.isoformat(), n) for day, n in board_parts(dt.date(2026, 11, 30), 7)]
    [('2026-11-30', 1), ('2026-12-01', 4), ('2026-12-05', 2)]
    """
    parts, start, size = [], first, min(FIRST_PART_DAYS, days)
    end = first + dt.timedelta(days=days)
    while start < end:
        size = min(size, (end - start).days)
        parts.append((start, size))
        start += dt.timedelta(days=size)
        size = PART_DAYS
    return parts


def _key(row: BoardRow) -> tuple[int, dt.date]:
    """A stay is the same in two parts of the board: its patient and first day stay put."""
    return row.patient_id, row.first_day


def _days_text(row: BoardRow) -> str:
    first, last = row.first_day, row.last_day
    if first == last:
        return first.strftime("%a %d %b")
    if first.month == last.month:
        return f"{first:%a %d} – {last:%a %d %b}"
    return f"{first:%a %d %b} – {last:%a %d %b}"


class CaseBoardModel(QAbstractTableModel):
    """One row a stay (see :class:`~frontdesk.services.case_board.BoardRow`)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[BoardRow] = []
        self._display: list[tuple[str, ...] | None] = []
        self._row_of: dict[tuple[int, dt.date], int] = {}  # (patient, first day) -> row

    def set_rows(self, rows: list[BoardRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._display = [None] * len(self._rows)
        self._row_of = {_key(r): i for i, r in enumerate(self._rows)}
        self.endResetModel()

    def merge_rows(self, rows: list[BoardRow]) -> None:
        """A later part of the board: a stay already shown is replaced (its later days are
        known now), a new one is added at the end (the parts come in day order)."""
        new = []
        for r in rows:
            at = self._row_of.get(_key(r))
            if at is None:
                new.append(r)
                continue
            self._rows[at], self._display[at] = r, None
            self.dataChanged.emit(self.index(at, 0), self.index(at, len(HEADERS) - 1))
        if not new:
            return
        start = len(self._rows)
        self.beginInsertRows(QModelIndex(), start, start + len(new) - 1)
        self._rows.extend(new)
        self._display.extend([None] * len(new))
        for i, r in enumerate(new, start):
            self._row_of[_key(r)] = i
        self.endInsertRows()

    def rows(self) -> list[BoardRow]:
        return list(self._rows)

    def board_row(self, row: int) -> BoardRow:
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(HEADERS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr(HEADERS[section])
        if role == Qt.ItemDataRole.ToolTipRole and FIRST_ITEM <= section < OPEN:
            return self.tr(_ITEMS[section - FIRST_ITEM].label)
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        # A table's paint asks a dozen roles of every cell: the common ones first, as ints.
        row, column = index.row(), index.column()
        if not 0 <= row < len(self._rows):
            return None
        role = int(role)
        if role == _DISPLAY:
            shown = self._display[row]
            if shown is None:
                shown = self._display[row] = self._render(self._rows[row])
            return shown[column]
        if role == _BACKGROUND:
            if FIRST_ITEM <= column < OPEN and self._rows[row].states[column - FIRST_ITEM].is_open:
                return _OPEN_BACKGROUND
            return None
        if role == _FOREGROUND:
            r = self._rows[row]
            if column == LANGUAGE and (r.interpreter_gap or r.review):
                return _GAP_FOREGROUND
            if column == PICKUP and r.arrival_at is not None and not r.pickup_booked:
                return _GAP_FOREGROUND
            return None
        if role == _ALIGNMENT:
            return _CENTER if column >= FIRST_ITEM else None
        if role == _ROW:
            return self._rows[row]
        if role == _SORT:
            return self._sort_key(row, column)
        if role == _TOOLTIP:
            return self._tooltip(self._rows[row], column)
        return None

    def _render(self, r: BoardRow) -> tuple[str, ...]:
        language = language_english_name(r.language) or r.language or "—"
        if r.interpreter_needed:
            language += " · " + self.tr("interp. {covered}/{needing}").format(
                covered=r.covered, needing=r.needing
            )
            if r.review:
                language += " · " + self.tr("{n} to review").format(n=r.review)
        arrives = ""
        if r.arrival_at is not None:
            arrives = r.arrival_at.strftime("%a %d %b %H:%M")
            travel = " ".join(filter(None, (r.arrival_number, r.arrival_place)))
            if travel:
                arrives += f" · {travel}"
        if r.arrival_at is None:
            pickup = ""
        else:
            pickup = self.tr("✔ booked") if r.pickup_booked else self.tr("✖ none")
        marks = [self.tr(_MARKS[state]) for state in r.states]
        opened = len(r.open_items)
        return (
            _days_text(r),
            f"{r.family_name}, {r.given_name}",
            r.native_name or "",
            language,
            arrives,
            pickup,
            *marks,
            str(opened) if opened else "",
        )

    def _tooltip(self, r: BoardRow, column: int) -> str | None:
        if column == PATIENT:
            return f"{r.mrn} · {r.family_name}, {r.given_name}"
        if column == LANGUAGE and r.interpreter_needed:
            return self.tr(
                "{needing} appointment(s) need an interpreter; {covered} booked; "
                "{review} to review after a move"
            ).format(needing=r.needing, covered=r.covered, review=r.review)
        if column == ARRIVES and r.stay_address:
            return self.tr("Stays at {address}").format(address=r.stay_address)
        if FIRST_ITEM <= column < OPEN:
            item = _ITEMS[column - FIRST_ITEM]
            return f"{self.tr(item.label)}: {self.tr(r.states[column - FIRST_ITEM].label)}"
        return None

    def _sort_key(self, row: int, column: int):
        r = self._rows[row]
        if column == DAYS:
            return (r.first_day.toordinal(), r.visit_id)
        if column == ARRIVES:
            return r.arrival_at.timestamp() if r.arrival_at else float("inf")
        if column == OPEN:
            return len(r.open_items)
        if FIRST_ITEM <= column < OPEN:
            return r.states[column - FIRST_ITEM].is_open
        return (self.data(self.index(row, column)) or "").casefold()


class CaseBoardFilter(QSortFilterProxyModel):
    """The rows the coordinator's :class:`BoardFilter` accepts."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.board_filter = BoardFilter()
        self._everything = True
        self.setSortRole(SORT_ROLE)

    def set_filter(self, board_filter: BoardFilter) -> None:
        if board_filter == self.board_filter:
            return  # the same rows: no pass over the board
        if hasattr(self, "beginFilterChange"):  # Qt 6.10 and newer
            self.beginFilterChange()
        self.board_filter = board_filter
        self._everything = board_filter == BoardFilter()
        if hasattr(self, "endFilterChange"):
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.invalidateRowsFilter()

    @property
    def everything(self) -> bool:
        """No filter: every row shows."""
        return self._everything

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        if self._everything:
            return True
        model = self.sourceModel()
        return self.board_filter.accepts(model.board_row(source_row))


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

    def __init__(self, first: dt.date, parent: QWidget | None = None, *, days: int = 14) -> None:
        super().__init__(parent)
        self.setObjectName("caseBoard")
        self.setWindowTitle(self.tr("Case board"))
        self.resize(1280, 640)
        self.job = LatestJob(self, failed=self._load_failed)
        self._generation = 0
        self._parts: list[tuple[dt.date, int]] = []
        self.loading = False
        self.model = CaseBoardModel(self)
        self.proxy = CaseBoardFilter(self)
        self.proxy.setSourceModel(self.model)
        self._build(first, days)
        self._connect()
        self.text_edit.setFocus()  # the coordinator types a name first
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
        self.text_edit = QLineEdit(self)
        self.text_edit.setPlaceholderText(self.tr("Name or MRN"))
        self.text_edit.setClearButtonEnabled(True)
        self.arriving_combo = QComboBox(self)
        for title in (
            self.tr("Arriving any time"),
            self.tr("Arriving on the first day"),
            self.tr("Arriving this week"),
            self.tr("Arriving in the next 7 days"),
        ):
            self.arriving_combo.addItem(title)
        self.open_combo = QComboBox(self)
        self.open_combo.addItem(self.tr("Any checklist"), "")
        self.open_combo.addItem(self.tr("Something open"), "*")
        for item in _ITEMS:
            self.open_combo.addItem(
                self.tr("Open: {item}").format(item=self.tr(item.label)), item.value
            )
        self.gap_check = QCheckBox(self.tr("Needs an interpreter, none booked"), self)
        self.review_check = QCheckBox(self.tr("Booking to review"), self)
        self.language_combo = QComboBox(self)
        self.language_combo.addItem(self.tr("All languages"), "")
        self.count_label = QLabel(self)
        self.count_label.setObjectName("countLabel")
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in (
            (DAYS, 130),
            (PATIENT, 170),
            (NATIVE, 120),
            (LANGUAGE, 200),
            (ARRIVES, 200),
            (PICKUP, 72),
        ):
            self.table.setColumnWidth(column, width)
        for column in range(FIRST_ITEM, OPEN):
            self.table.setColumnWidth(column, 62)
        self.table.setColumnWidth(OPEN, 44)
        self.case_button = QPushButton(self.tr("Open case…"), self)
        self.arrivals_button = QPushButton(self.tr("Arrivals…"), self)
        self.close_button = QPushButton(self.tr("Close"), self)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("From"), self))
        top.addWidget(self.first_edit)
        top.addWidget(self.days_spin)
        top.addWidget(self.reload_button)
        top.addStretch(1)
        top.addWidget(self.count_label)
        filters = QHBoxLayout()
        for widget in (
            self.text_edit,
            self.arriving_combo,
            self.open_combo,
            self.gap_check,
            self.review_check,
            self.language_combo,
        ):
            filters.addWidget(widget)
        filters.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.case_button)
        bottom.addWidget(self.arrivals_button)
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

    def _connect(self) -> None:
        self.first_edit.dateChanged.connect(self.reload)
        self.days_spin.valueChanged.connect(self.reload)
        self.reload_button.clicked.connect(self.reload)
        self.text_edit.textChanged.connect(self.apply_filter)
        self.arriving_combo.currentIndexChanged.connect(self.apply_filter)
        self.open_combo.currentIndexChanged.connect(self.apply_filter)
        self.gap_check.toggled.connect(self.apply_filter)
        self.review_check.toggled.connect(self.apply_filter)
        self.language_combo.currentIndexChanged.connect(self.apply_filter)
        self.table.activated.connect(self._row_chosen)
        self.case_button.clicked.connect(self.open_selected_case)
        self.arrivals_button.clicked.connect(self._arrivals)
        self.close_button.clicked.connect(self.reject)

    # -- reading the board ----------------------------------------------------------------
    def first_day(self) -> dt.date:
        return _date(self.first_edit.date())

    def reload(self, *_args) -> None:
        """Read the board again, in parts: the first days come first (the window opens on
        them), the later ones are added as they are read."""
        self._generation += 1
        self.loading = True
        self._parts = board_parts(self.first_day(), self.days_spin.value())
        self._read_part(self._generation, 0)

    def _read_part(self, generation: int, index: int) -> None:
        if generation != self._generation:
            return
        first, days = self._parts[index]
        self.job.submit(
            case_board, first, days, done=lambda rows: self._part_read(generation, index, rows)
        )
        self._update_count()

    def _part_read(self, generation: int, index: int, rows: list[BoardRow]) -> None:
        if generation != self._generation:
            return  # the coordinator asked for other days meanwhile
        if index == 0:
            self.model.set_rows(rows)
        else:
            self.model.merge_rows(rows)
        self._refresh_languages(rows, keep=index > 0)
        if index == 0:
            self.apply_filter()
        if index + 1 < len(self._parts):
            # The days read are painted first: the next part's reading would compete with
            # the paint for the processor.
            QTimer.singleShot(PART_PAUSE_MS, self, lambda: self._read_part(generation, index + 1))
            self._update_count()
            self.part_shown.emit()
            return
        self.loading = False
        self._update_count()
        self.loaded.emit()

    def _load_failed(self, error: BaseException) -> None:
        self.count_label.setText(
            self.tr("Could not read the board: {why}").format(why=describe(error))
        )

    def _refresh_languages(self, rows: list[BoardRow], *, keep: bool = False) -> None:
        combo = self.language_combo
        current = combo.currentData()
        languages = {r.language for r in rows if r.language}
        if keep:  # a later part: the languages already offered stay
            languages |= {combo.itemData(i) for i in range(1, combo.count())}
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for tag in sorted(languages, key=lambda t: language_english_name(t) or t):
            combo.addItem(language_english_name(tag) or tag, tag)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        combo.blockSignals(False)

    # -- filtering ----------------------------------------------------------------------------
    def current_filter(self) -> BoardFilter:
        wanted = self.open_combo.currentData()
        language = self.language_combo.currentData()
        return BoardFilter(
            open_only=wanted == "*",
            item=CheckItem(wanted) if wanted not in ("", "*", None) else None,
            arriving_within=arriving_within(self.arriving_combo.currentIndex(), self.first_day()),
            interpreter_gap=self.gap_check.isChecked(),
            review=self.review_check.isChecked(),
            text=self.text_edit.text(),
            languages=frozenset({language}) if language else frozenset(),
        )

    def apply_filter(self, *_args) -> None:
        self.proxy.set_filter(self.current_filter())
        self._update_count()

    def _update_count(self, *_args) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        accepts = self.proxy.board_filter.accepts
        rows = self.model.rows()
        if not self.proxy.everything:
            rows = [r for r in rows if accepts(r)]
        open_count = sum(1 for r in rows if _OPEN in r.states)
        text = self.tr("{shown} of {total} stays · {open} with something open").format(
            shown=shown, total=total, open=open_count
        )
        if self.loading and self._parts:
            last = self._parts[-1][0] + dt.timedelta(days=self._parts[-1][1] - 1)
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
        self.job.close()
        super().done(result)
