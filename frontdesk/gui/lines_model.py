"""A read-only table of lines, one a row, for the window's sheets and lists.

A subclass sets ``headers`` (its ``QT_TRANSLATE_NOOP`` column titles), writes ``header()``
with its catalog context spelled out (``translated("DaySheetModel", HEADERS[section])``: the
catalogs' check reads it there) and ``data()`` from ``self.lines[index.row()]``; the window
calls ``set_lines(lines)``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex


class LinesModel(QAbstractTableModel):
    headers: tuple[str, ...] = ()  # one a column

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.lines: list[Any] = []

    def set_lines(self, lines) -> None:
        self.beginResetModel()
        self.lines = list(lines)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.header(section)
        return None

    def header(self, section: int) -> str:
        # Each model's own, with its context written out (tests/ui/test_desk_catalogs.py); not an
        # abc.abstractmethod: Qt's metaclass and ABCMeta do not mix.
        raise NotImplementedError
