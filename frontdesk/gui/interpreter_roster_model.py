"""The interpreter roster's table: one row an interpreter, filtered by a part of a name (either
script) or a language (its English name or its BCP 47 tag).

    model = RosterModel(today); model.set_lines(list_interpreters(active_only=False))
    proxy = RosterFilter(); proxy.setSourceModel(model); proxy.set_text("arab")
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from frontdesk.gui.lines_model import LinesModel
from frontdesk.gui.vocabulary import translated
from frontdesk.locales import language_english_name
from frontdesk.names import fold_native
from frontdesk.services.interpreter_roster import InterpreterLine

_Index = QModelIndex | QPersistentModelIndex
HEADERS = (
    QT_TRANSLATE_NOOP("RosterModel", "Name"),
    QT_TRANSLATE_NOOP("RosterModel", "Own script"),
    QT_TRANSLATE_NOOP("RosterModel", "Languages"),
    QT_TRANSLATE_NOOP("RosterModel", "Staff / agency"),
    QT_TRANSLATE_NOOP("RosterModel", "Phone"),
    QT_TRANSLATE_NOOP("RosterModel", "E-mail"),
    QT_TRANSLATE_NOOP("RosterModel", "Base"),
    QT_TRANSLATE_NOOP("RosterModel", "Working hours"),
    QT_TRANSLATE_NOOP("RosterModel", "Days off ahead"),
)
NAME, NATIVE, LANGUAGES = 0, 1, 2
LINE_ROLE = Qt.ItemDataRole.UserRole + 1  # the InterpreterLine


def languages_text(tags: tuple[str, ...]) -> str:
    """ "Arabic (ar), French (fr)": the names a coordinator reads, the tags the forms take."""
    return ", ".join(f"{language_english_name(t) or t} ({t})" for t in tags)


def days_off_text(line: InterpreterLine, today: dt.date) -> str:
    """The days off that are not over yet, soonest first."""
    parts = []
    for first, last, reason, *_ in line.absences:
        if last < today:
            continue
        days = f"{first:%d %b}" if first == last else f"{first:%d %b} – {last:%d %b}"
        parts.append(f"{days} ({reason})" if reason else days)
    return "; ".join(parts)


class RosterModel(LinesModel):
    headers = HEADERS
    lines: list[InterpreterLine]

    def __init__(self, today: dt.date, parent=None) -> None:
        super().__init__(parent)
        self.today = today

    def header(self, section: int) -> str:
        return translated("RosterModel", HEADERS[section])

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        line = self.lines[index.row()]
        if role == LINE_ROLE:
            return line
        if role == Qt.ItemDataRole.ForegroundRole and not line.active:
            return Qt.GlobalColor.darkGray
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == LANGUAGES:
            return ", ".join(line.languages)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return self._text(line, index.column())

    def _text(self, line: InterpreterLine, column: int) -> str:
        if column == NAME:
            return (
                line.name
                if line.active
                else self.tr("{name} (off the roster)").format(name=line.name)
            )
        if column == NATIVE:
            return line.native_name or ""
        if column == LANGUAGES:
            return languages_text(line.languages)
        if column == 3:
            kind = self.tr("Staff") if line.kind.value == "staff" else self.tr("Agency")
            return f"{kind} · {line.agency}" if line.agency else kind
        if column == 7:
            return line.hours_text or self.tr("on call")
        if column == 8:
            return days_off_text(line, self.today)
        return (line.phone, line.email, line.base)[column - 4] or ""


class RosterFilter(QSortFilterProxyModel):
    """A part of a name (either script) or a language: its name or its tag."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.text = ""

    def set_text(self, text: str) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.10 and newer
            self.beginFilterChange()
        self.text = fold_native(text.strip())
        if hasattr(self, "endFilterChange"):
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        if not self.text:
            return True
        line = self.sourceModel().lines[source_row]
        words = " ".join(
            [line.name, line.native_name or "", *line.languages, languages_text(line.languages)]
        )
        return self.text in fold_native(words)
