"""The search box: each keystroke searches off the GUI thread, the newest text wins, the results
replace the day's list until the box is cleared.

    search = SearchController(window)
    search.done.connect(...)          # the results of the text now in the box are shown
    search.open_selected_hit()        # Enter: the chosen patient into the panel

Up and Down in the box move through the results without leaving it; Escape clears it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut

from frontdesk.gui.failures import describe
from frontdesk.gui.jobs import LatestJob
from frontdesk.gui.search_model import PATIENT_ID_ROLE, SearchResultsModel
from frontdesk.services.search import search_patients

if TYPE_CHECKING:
    from frontdesk.gui.main_window import MainWindow

LIMIT = 30


class SearchController(QObject):
    done = Signal()
    patient_chosen = Signal(int)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.ui = window.ui
        self.model = SearchResultsModel(window)
        self.job = LatestJob(self, lane_name="search", failed=self._failed)
        self._setup_view()
        ui = self.ui
        ui.searchEdit.textChanged.connect(self._text_changed)
        ui.searchEdit.returnPressed.connect(self.open_selected_hit)
        ui.searchView.activated.connect(self.open_selected_hit)
        ui.searchEdit.installEventFilter(self)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), ui.searchEdit, self.clear)

    def _setup_view(self) -> None:
        results = self.ui.searchView
        results.setModel(self.model)
        results.verticalHeader().hide()
        results.verticalHeader().setDefaultSectionSize(28)
        results.horizontalHeader().setStretchLastSection(True)
        # A scroll bar that came and went with the number of hits would resize the list, and
        # repaint it whole, at the first keystroke of every search.
        results.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        for column, width in ((0, 220), (1, 150), (2, 110), (3, 110), (4, 90), (5, 100)):
            results.setColumnWidth(column, width)

    def retranslate(self) -> None:
        """The desk's language changed (MainWindow.retranslate)."""
        self.model.headerDataChanged.emit(
            Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1
        )

    def focus(self) -> None:
        self.ui.searchEdit.setFocus()
        self.ui.searchEdit.selectAll()

    def clear(self) -> None:
        self.ui.searchEdit.clear()

    def _text_changed(self, text: str) -> None:
        if not text.strip():
            self.job.cancel()  # an answer still under way is not shown over the day
            self.ui.listStack.setCurrentWidget(self.ui.schedulePage)
            self.model.set_hits([])
            return
        self.ui.listStack.setCurrentWidget(self.ui.searchPage)
        self.job.submit(
            search_patients,
            text,
            limit=LIMIT,
            day=self.window.day,
            done=lambda hits: self._show(text, hits),
        )

    def _show(self, text: str, hits) -> None:
        if text != self.ui.searchEdit.text():
            return  # the box changed since (a newer search waits, or it was cleared)
        self.model.set_hits(hits)
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
        self.done.emit()

    def _failed(self, error: BaseException) -> None:
        self.ui.searchStatus.setText(
            self.tr("Could not search: {message}").format(message=describe(error))
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        ui = getattr(self, "ui", None)  # None: a key event while the window is being torn down
        if ui is not None and watched is ui.searchEdit and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.model.rowCount():
                view = self.ui.searchView
                row = view.currentIndex().row() if view.currentIndex().isValid() else -1
                row = row + 1 if key == Qt.Key.Key_Down else row - 1
                row = max(0, min(row, self.model.rowCount() - 1))
                view.selectionModel().setCurrentIndex(
                    self.model.index(row, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                return True
        return super().eventFilter(watched, event)

    def open_selected_hit(self, *_args) -> None:
        index = self.ui.searchView.currentIndex()
        if not index.isValid() and self.model.rowCount():
            index = self.model.index(0, 0)
        if index.isValid():
            self.patient_chosen.emit(index.data(PATIENT_ID_ROLE))
