"""The case board's table: one row a stay, its cells made when a paint asks for them.

    model = CaseBoardModel(parent)
    model.set_rows(case_board(first, 1))      # the first day: the table opens on it
    model.merge_rows(case_board(second, 4))   # a later part: stays already shown are replaced
    model.index(0, LANGUAGE).data()           # "Arabic · interp. 0/2"

A paint asks a dozen roles of every visible cell, so :meth:`CaseBoardModel.data` answers them
by int, the common ones first, and a row's texts are made once, when it is first painted (most
rows of a fortnight are never shown). An open checklist item is said in words ("○ open"), with a
mark and a tint, not by colour alone.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from frontdesk.gui.vocabulary import label, translated
from frontdesk.locales import language_english_name
from frontdesk.services.case_board import BoardRow
from frontdesk.services.case_terms import CheckItem, ItemState

_Index = QModelIndex | QPersistentModelIndex
ITEMS = tuple(CheckItem)
DAYS, PATIENT, NATIVE, LANGUAGE, ARRIVES, PICKUP = range(6)
FIRST_ITEM = 6
OPEN = FIRST_ITEM + len(ITEMS)
HEADERS = (
    QT_TRANSLATE_NOOP("CaseBoardModel", "Days"),
    QT_TRANSLATE_NOOP("CaseBoardModel", "Patient (passport)"),
    QT_TRANSLATE_NOOP("CaseBoardModel", "Native name"),
    QT_TRANSLATE_NOOP("CaseBoardModel", "Language"),
    QT_TRANSLATE_NOOP("CaseBoardModel", "Arrives (office time)"),
    QT_TRANSLATE_NOOP("CaseBoardModel", "Pickup"),
    *(item.short for item in ITEMS),  # headed by vocabulary.label(item, short=True)
    QT_TRANSLATE_NOOP("CaseBoardModel", "Open"),
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
_OPEN_BACKGROUND = QBrush(QColor("#fff1d6"))
_GAP_FOREGROUND = QBrush(QColor("#a4000f"))
_MARKS = {
    ItemState.DONE: "✔",
    ItemState.NOT_NEEDED: "—",
    ItemState.OPEN: QT_TRANSLATE_NOOP("CaseBoardModel", "○ open"),
}


def days_text(row: BoardRow) -> str:
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
        # A stay is the same in two parts of the board: its patient and first day stay put.
        self._row_of: dict[tuple[int, dt.date], int] = {}  # (patient, first day) -> row
        self._open = 0

    def set_rows(self, rows: list[BoardRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._display = [None] * len(self._rows)
        self._row_of = {(r.patient_id, r.first_day): i for i, r in enumerate(self._rows)}
        self._open = sum(r.has_open_item for r in self._rows)
        self.endResetModel()

    def merge_rows(self, rows: list[BoardRow]) -> None:
        """A later part of the board: a stay already shown is replaced (its later days are
        known now), a new one is added at the end (the parts come in day order)."""
        new, replaced = [], []
        for r in rows:
            at = self._row_of.get((r.patient_id, r.first_day))
            if at is None:
                new.append(r)
                continue
            self._open -= self._rows[at].has_open_item
            self._open += r.has_open_item
            self._rows[at], self._display[at] = r, None
            replaced.append(at)
        if replaced:  # one signal for them all: a view repaints what it shows once
            last = len(HEADERS) - 1
            self.dataChanged.emit(self.index(min(replaced), 0), self.index(max(replaced), last))
        if not new:
            return
        start = len(self._rows)
        self.beginInsertRows(QModelIndex(), start, start + len(new) - 1)
        self._rows.extend(new)
        self._display.extend([None] * len(new))
        for i, r in enumerate(new, start):
            self._row_of[(r.patient_id, r.first_day)] = i
        self._open += sum(r.has_open_item for r in new)
        self.endInsertRows()

    @property
    def open_count(self) -> int:
        """How many stays have something open on their checklist."""
        return self._open

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
            if FIRST_ITEM <= section < OPEN:
                return label(ITEMS[section - FIRST_ITEM], short=True)
            return translated("CaseBoardModel", HEADERS[section])
        if role == Qt.ItemDataRole.ToolTipRole and FIRST_ITEM <= section < OPEN:
            return label(ITEMS[section - FIRST_ITEM])
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
        marks = [translated("CaseBoardModel", _MARKS[state]) for state in r.states]
        opened = len(r.open_items)
        return (
            days_text(r),
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
            item = ITEMS[column - FIRST_ITEM]
            return f"{label(item)}: {label(r.states[column - FIRST_ITEM])}"
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
