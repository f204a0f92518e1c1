"""The international case in the desk window: the menu actions and the panel's button that open
the case board, a patient's case, the arrivals sheet, the interpreter roster and an
interpreter's day sheet.

    CaseViews(window)      # once, from the window's set-up

The window stays the owner of the dialogs (tests read ``window.case_views.board`` etc.); what
a dialog changes is announced in the status bar and refreshes the panel through the window's
usual way after a change.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QCheckBox

from frontdesk.gui.arrivals_view import ArrivalsDialog
from frontdesk.gui.case_board import CaseBoardDialog
from frontdesk.gui.case_dialog import CaseDialog
from frontdesk.gui.interpreter_day_view import InterpreterDayDialog
from frontdesk.gui.interpreter_roster_view import InterpreterRosterDialog

if TYPE_CHECKING:
    import datetime as dt

    from frontdesk.gui.main_window import MainWindow


class CaseViews(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.board: CaseBoardDialog | None = None
        self.case: CaseDialog | None = None
        self.arrivals: ArrivalsDialog | None = None
        self.roster: InterpreterRosterDialog | None = None
        self.day_sheet: InterpreterDayDialog | None = None
        menu = window.ui.menuPatient
        self.case_action = self._action(self.tr("International &case…"), "Ctrl+Shift+K")
        self.case_action.triggered.connect(self.open_panel_case)
        menu.addSeparator()
        menu.addAction(self.case_action)
        view = window.ui.menuView
        self.board_action = self._action(self.tr("Case &board…"), "Ctrl+Shift+J")
        self.board_action.triggered.connect(self.open_board)
        self.arrivals_action = self._action(self.tr("&Arrivals and departures…"), "Ctrl+Shift+A")
        self.arrivals_action.triggered.connect(lambda: self.open_arrivals(window.day))
        self.roster_action = self._action(self.tr("Interpreter &roster…"), "Ctrl+Shift+I")
        self.roster_action.triggered.connect(self.open_roster)
        self.day_sheet_action = self._action(self.tr("Interpreter's &day sheet…"), "")
        self.day_sheet_action.triggered.connect(lambda: self.open_day_sheet(None))
        view.addSeparator()
        view.addAction(self.board_action)
        view.addAction(self.arrivals_action)
        view.addAction(self.roster_action)
        view.addAction(self.day_sheet_action)
        window.panel.case_requested.connect(self.open_panel_case)
        self._add_interpreter_gap_filter()

    def _add_interpreter_gap_filter(self) -> None:
        """Beside the language filter of the day: "needs an interpreter, none booked"."""
        ui = self.window.ui
        self.gap_filter = QCheckBox(self.tr("No interpreter booked"), ui.central)
        self.gap_filter.setObjectName("interpreterGapFilter")
        self.gap_filter.setToolTip(
            self.tr("Only the appointments that need an interpreter and have none booked")
        )
        bar = ui.countsBar
        bar.insertWidget(bar.indexOf(ui.languageFilter) + 1, self.gap_filter)
        self.gap_filter.toggled.connect(self.window.proxy.set_interpreter_gap)

    def retranslate(self) -> None:
        """The desk's language changed (MainWindow.retranslate)."""
        self.case_action.setText(self.tr("International &case…"))
        self.board_action.setText(self.tr("Case &board…"))
        self.arrivals_action.setText(self.tr("&Arrivals and departures…"))
        self.gap_filter.setText(self.tr("No interpreter booked"))
        self.gap_filter.setToolTip(
            self.tr("Only the appointments that need an interpreter and have none booked")
        )

    def _action(self, text: str, keys: str) -> QAction:
        action = QAction(text, self.window)
        action.setShortcut(QKeySequence(keys))
        return action

    def open_board(self) -> None:
        if self.board is not None and self.board.isVisible():
            self.board.raise_()
            self.board.activateWindow()
            return
        self.board = CaseBoardDialog(self.window.today(), self.window)
        self.board.case_requested.connect(self.open_case)
        self.board.arrivals_requested.connect(self.open_arrivals)
        self.board.roster_requested.connect(self.open_roster)
        self.board.open()

    def open_panel_case(self) -> None:
        details = self.window.panel.details
        if details is not None:
            self.open_case(details.mrn)

    def open_case(self, mrn: str) -> None:
        if self.case is not None and self.case.isVisible():
            self.case.close()
        window = self.window
        self.case = CaseDialog(mrn, window.actor, window.zone, window, since=window.today())
        self.case.changed.connect(self._case_changed)
        self.case.open()

    def _case_changed(self, message: str) -> None:
        self.window.ui.statusbar.showMessage(message, 8000)
        details = self.window.panel.details
        if details is not None:
            self.window.open_patient(details.id)  # the panel's warnings follow the case
        if self.board is not None and self.board.isVisible():
            self.board.reload()

    def open_arrivals(self, day: dt.date) -> None:
        window = self.window
        self.arrivals = ArrivalsDialog(day, window.zone, window.settings.pdf_folder, window)
        self.arrivals.saved.connect(
            lambda path: window.ui.statusbar.showMessage(
                self.tr("saved {path}").format(path=path), 8000
            )
        )
        self.arrivals.open()

    def open_roster(self) -> None:
        if self.roster is not None and self.roster.isVisible():
            self.roster.raise_()
            self.roster.activateWindow()
            return
        window = self.window
        self.roster = InterpreterRosterDialog(window.actor, window.today(), window)
        self.roster.changed.connect(lambda text: window.ui.statusbar.showMessage(text, 8000))
        self.roster.day_sheet_requested.connect(self.open_day_sheet)
        self.roster.open()

    def open_day_sheet(self, interpreter_id: int | None) -> None:
        if self.day_sheet is not None and self.day_sheet.isVisible():
            self.day_sheet.close()
        window = self.window
        self.day_sheet = InterpreterDayDialog(
            window.zone,
            window.settings.pdf_folder,
            window.day,
            window,
            interpreter_id=interpreter_id,
        )
        self.day_sheet.saved.connect(
            lambda path: window.ui.statusbar.showMessage(
                self.tr("saved {path}").format(path=path), 8000
            )
        )
        self.day_sheet.open()
