"""The case dialog's checklist: the seven pre-arrival items, who set each, where and when, and
the buttons that set the chosen one.

    pane = ChecklistPane(zone)
    pane.show_lines(stay.checklist)
    pane.set_requested.connect(dialog.set_item)      # (CheckItem, ItemState, note)

It only shows and asks; the dialog runs the write off the GUI thread.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from frontdesk.gui.lines_model import LinesModel
from frontdesk.gui.vocabulary import label, source_word, translated
from frontdesk.services.case_terms import CheckItem, ItemState
from frontdesk.services.checklist import ItemLine

_Index = QModelIndex | QPersistentModelIndex
ITEM, STATE, SET_BY, WHEN, NOTE = range(5)
HEADERS = (
    QT_TRANSLATE_NOOP("ChecklistModel", "Item"),
    QT_TRANSLATE_NOOP("ChecklistModel", "State"),
    QT_TRANSLATE_NOOP("ChecklistModel", "Set by"),
    QT_TRANSLATE_NOOP("ChecklistModel", "When"),
    QT_TRANSLATE_NOOP("ChecklistModel", "Note"),
)
_OPEN_BACKGROUND = QBrush(QColor("#fff1d6"))
_MARKS = {ItemState.DONE: "✔", ItemState.NOT_NEEDED: "—", ItemState.OPEN: "○"}


class ChecklistModel(LinesModel):
    headers = HEADERS
    lines: list[ItemLine]

    def __init__(self, zone: dt.tzinfo, parent=None) -> None:
        super().__init__(parent)
        self.zone = zone

    def header(self, section: int) -> str:
        return translated("ChecklistModel", HEADERS[section])

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.lines):
            return None
        line = self.lines[index.row()]
        if role == Qt.ItemDataRole.BackgroundRole:
            return _OPEN_BACKGROUND if line.state.is_open else None
        if role == Qt.ItemDataRole.UserRole:
            return line
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == ITEM:
            return label(line.item)
        if column == STATE:
            return f"{_MARKS[line.state]} {label(line.state)}"
        if column == SET_BY:
            if line.set_by is None:
                return "" if line.source is None else source_word(line.source)
            where = f" · {line.set_station}" if line.set_station else ""
            return f"{line.set_by}{where}"
        if column == WHEN:
            return line.set_at.astimezone(self.zone).strftime("%d %b %H:%M") if line.set_at else ""
        return " · ".join(filter(None, (line.note, line.reference)))


class ChecklistPane(QWidget):
    set_requested = Signal(object, object, str)  # CheckItem, ItemState, note

    def __init__(self, zone: dt.tzinfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ChecklistModel(zone, self)
        self.table = QTableView(self)
        self.table.setObjectName("checklistTable")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        for column, width in ((ITEM, 210), (STATE, 110), (SET_BY, 190), (WHEN, 100)):
            self.table.setColumnWidth(column, width)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.note_edit = QLineEdit(self)
        self.note_edit.setPlaceholderText(self.tr("Note (optional): e.g. records by courier"))
        self.done_button = QPushButton(self.tr("Done"), self)
        self.open_button = QPushButton(self.tr("Open"), self)
        self.not_needed_button = QPushButton(self.tr("Not needed"), self)
        row = QHBoxLayout()
        row.addWidget(self.note_edit, 1)
        for button in (self.done_button, self.open_button, self.not_needed_button):
            row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        self.done_button.clicked.connect(lambda: self._ask(ItemState.DONE))
        self.open_button.clicked.connect(lambda: self._ask(ItemState.OPEN))
        self.not_needed_button.clicked.connect(lambda: self._ask(ItemState.NOT_NEEDED))
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self._row_changed()

    def show_lines(self, lines: list[ItemLine]) -> None:
        chosen = self.chosen_item()
        self.model.set_lines(lines)
        row = next((i for i, line in enumerate(lines) if line.item == chosen), 0)
        if lines:
            self.table.selectRow(row)
        self._row_changed()

    def chosen_item(self) -> CheckItem | None:
        index = self.table.currentIndex()
        return self.model.lines[index.row()].item if index.isValid() else None

    def select_item(self, item: CheckItem) -> None:
        for row, line in enumerate(self.model.lines):
            if line.item == item:
                self.table.selectRow(row)

    def _row_changed(self, *_args) -> None:
        index = self.table.currentIndex()
        line = self.model.lines[index.row()] if index.isValid() else None
        for button, state in (
            (self.done_button, ItemState.DONE),
            (self.open_button, ItemState.OPEN),
            (self.not_needed_button, ItemState.NOT_NEEDED),
        ):
            button.setEnabled(line is not None and line.state != state)
        self.note_edit.setText(line.note or "" if line else "")

    def _ask(self, state: ItemState) -> None:
        item = self.chosen_item()
        if item is not None:
            self.set_requested.emit(item, state, self.note_edit.text())
