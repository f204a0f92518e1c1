"""The case board's filters: the row of choices above the table and the proxy that applies them.

    bar = CaseBoardFilterBar(parent)
    bar.changed.connect(lambda: proxy.set_filter(bar.current_filter(first_day)))
    proxy = CaseBoardFilter(parent)            # every row while nothing is chosen

Every filter runs on the rows already in the window
(:class:`~frontdesk.services.case_board.BoardFilter`), so narrowing never asks the database
again and follows the coordinator's typing.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLineEdit, QWidget

from frontdesk.gui.case_board_model import ITEMS, SORT_ROLE
from frontdesk.gui.vocabulary import label
from frontdesk.locales import language_english_name
from frontdesk.services.case_board import BoardFilter, BoardRow
from frontdesk.services.case_terms import CheckItem

_Index = QModelIndex | QPersistentModelIndex

# What the "arriving" choice narrows to, counted from the board's first day.
ARRIVING_ANY, ARRIVING_FIRST_DAY, ARRIVING_THIS_WEEK, ARRIVING_7_DAYS = range(4)


def arriving_within(choice: int, first: dt.date) -> tuple[dt.date, dt.date] | None:
    """The days an arrival must fall on for the choice (this week: to its Sunday).

    >>> arriving_within(ARRIVING_THIS_WEEK, dt.date(2026, 12, 2))  # a Wednesday
    (datetime.date(2026, 12, 2), datetime.date(2026, 12, 6))
    """
    if choice == ARRIVING_FIRST_DAY:
        return first, first
    if choice == ARRIVING_THIS_WEEK:
        return first, first + dt.timedelta(days=6 - first.weekday())
    if choice == ARRIVING_7_DAYS:
        return first, first + dt.timedelta(days=6)
    return None


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


class CaseBoardFilterBar(QWidget):
    """Name or MRN, arriving when, what is open, interpreter gaps, bookings to review, language."""

    changed = Signal()  # any choice changed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text_edit = QLineEdit(self)
        self.text_edit.setPlaceholderText(self.tr("Name or MRN"))
        self.text_edit.setClearButtonEnabled(True)
        self.text_edit.setMinimumWidth(180)
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
        for item in ITEMS:
            self.open_combo.addItem(self.tr("Open: {item}").format(item=label(item)), item.value)
        self.gap_check = QCheckBox(self.tr("Needs an interpreter, none booked"), self)
        self.review_check = QCheckBox(self.tr("Booking to review"), self)
        self.language_combo = QComboBox(self)
        self.language_combo.addItem(self.tr("All languages"), "")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (
            self.text_edit,
            self.arriving_combo,
            self.open_combo,
            self.gap_check,
            self.review_check,
            self.language_combo,
        ):
            row.addWidget(widget)
        row.addStretch(1)
        self.text_edit.textChanged.connect(self.changed)
        self.arriving_combo.currentIndexChanged.connect(self.changed)
        self.open_combo.currentIndexChanged.connect(self.changed)
        self.gap_check.toggled.connect(self.changed)
        self.review_check.toggled.connect(self.changed)
        self.language_combo.currentIndexChanged.connect(self.changed)

    def current_filter(self, first_day: dt.date) -> BoardFilter:
        wanted = self.open_combo.currentData()
        language = self.language_combo.currentData()
        return BoardFilter(
            open_only=wanted == "*",
            item=CheckItem(wanted) if wanted not in ("", "*", None) else None,
            arriving_within=arriving_within(self.arriving_combo.currentIndex(), first_day),
            interpreter_gap=self.gap_check.isChecked(),
            review=self.review_check.isChecked(),
            text=self.text_edit.text(),
            languages=frozenset({language}) if language else frozenset(),
        )

    def offer_languages(self, rows: list[BoardRow], *, keep: bool = False) -> None:
        """The language choice lists the rows' languages (with ``keep``, those already offered
        too: a later part of the board); the current choice stays."""
        combo = self.language_combo
        current = combo.currentData()
        languages = {r.language for r in rows if r.language}
        offered = {combo.itemData(i) for i in range(1, combo.count())}
        if keep:
            languages |= offered
        if languages == offered:
            return
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for tag in sorted(languages, key=lambda t: language_english_name(t) or t):
            combo.addItem(language_english_name(tag) or tag, tag)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        combo.blockSignals(False)
