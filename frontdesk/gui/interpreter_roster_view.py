"""The interpreter roster in the window: who interprets which languages, how to reach them, their
hours and days off; adding, editing, days off, taking off the roster and back.

    roster = InterpreterRosterDialog(actor, today, parent=window)
    roster.day_sheet_requested.connect(window_opens_the_day_sheet)   # an interpreter's id
    roster.open()

The roster is read on a worker (:class:`~frontdesk.gui.jobs.LatestJob`) and filtered in the
window (a name, a language); each change is one service call on a worker
(:mod:`frontdesk.gui.interpreter_form` for the forms), the roles checked by the service and a
refusal said in words. Interpreters are never deleted (bookings refer to them): they are taken
off the roster and can come back.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from frontdesk.gui.failures import describe
from frontdesk.gui.interpreter_form import DaysOffForm, InterpreterForm
from frontdesk.gui.interpreter_roster_model import LINE_ROLE, RosterFilter, RosterModel
from frontdesk.gui.jobs import LatestJob
from frontdesk.services.actors import Actor
from frontdesk.services.interpreter_roster import InterpreterLine, list_interpreters, set_active

_ERROR_STYLE = "color: #a4000f;"
_MAX_WIDTH = 260  # pixels a column may take before its text wraps


class InterpreterRosterDialog(QDialog):
    loaded = Signal()  # the roster is shown (tests wait on it)
    changed = Signal(str)  # a change is saved: what, in words
    failed = Signal(str)
    day_sheet_requested = Signal(int)  # an interpreter's id

    def __init__(self, actor: Actor | None, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("interpreterRoster")
        self.setWindowTitle(self.tr("Interpreter roster"))
        self.resize(1280, 520)
        self.actor, self.today = actor, today
        self.read_job = LatestJob(self, failed=self._read_failed)
        self.write_job = LatestJob(self, failed=self._write_failed)
        self.form: QDialog | None = None
        self._select_next: int | None = None  # after a change: the interpreter changed
        self.model = RosterModel(today, self)
        self.proxy = RosterFilter(self)
        self.proxy.setSourceModel(self.model)
        self._build()
        self._connect()
        self.reload()

    def _build(self) -> None:
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(self.tr("Name or language"))
        self.filter_edit.setClearButtonEnabled(True)
        self.inactive_check = QCheckBox(self.tr("Show those off the roster"), self)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("countLabel")
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.add_button = QPushButton(self.tr("Add…"), self)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.days_off_button = QPushButton(self.tr("Days off…"), self)
        self.active_button = QPushButton(self.tr("Take off the roster"), self)
        self.sheet_button = QPushButton(self.tr("Day sheet…"), self)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("statusLabel")
        self.status_label.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.filter_edit, 1)
        top.addWidget(self.inactive_check)
        top.addStretch(1)
        top.addWidget(self.count_label)
        bottom = QHBoxLayout()
        for button in (
            self.add_button,
            self.edit_button,
            self.days_off_button,
            self.active_button,
            self.sheet_button,
        ):
            bottom.addWidget(button)
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status_label)
        layout.addLayout(bottom)
        self._selection_changed()

    def _connect(self) -> None:
        self.filter_edit.textChanged.connect(self._filter)
        self.inactive_check.toggled.connect(self.reload)
        self.table.selectionModel().currentRowChanged.connect(self._selection_changed)
        self.table.activated.connect(self.edit_selected)
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit_selected)
        self.days_off_button.clicked.connect(self.days_off)
        self.active_button.clicked.connect(self.toggle_active)
        self.sheet_button.clicked.connect(self._day_sheet)
        self.close_button.clicked.connect(self.reject)

    # -- reading ------------------------------------------------------------------------------
    def reload(self, *_args) -> None:
        self.count_label.setText(self.tr("Reading…"))
        self.read_job.submit(
            list_interpreters, active_only=not self.inactive_check.isChecked(), done=self._show
        )

    def _show(self, lines: list[InterpreterLine]) -> None:
        chosen = self.selected()
        wanted = self._select_next or (chosen.id if chosen is not None else None)
        self._select_next = None
        self.model.set_lines(lines)
        self._fit()
        if wanted is not None:
            self.select(wanted)
        self._count()
        self._selection_changed()
        self.loaded.emit()

    def _fit(self) -> None:
        """A roster is a few dozen rows: every cell is measured; a long list of languages or
        hours wraps within its column instead of being cut."""
        table = self.table
        table.resizeColumnsToContents()
        for column in range(self.model.columnCount()):
            table.setColumnWidth(column, min(table.columnWidth(column), _MAX_WIDTH))
        table.resizeRowsToContents()

    def _filter(self, text: str) -> None:
        self.proxy.set_text(text)
        self._count()

    def _count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count_label.setText(
            self.tr("{shown} of {total} interpreters").format(shown=shown, total=total)
        )

    def _read_failed(self, error: BaseException) -> None:
        self.count_label.setText("")
        self._say(self.tr("Could not read the roster: {why}").format(why=describe(error)))
        self.failed.emit(describe(error))

    # -- choosing -----------------------------------------------------------------------------
    def selected(self) -> InterpreterLine | None:
        index = self.table.currentIndex()
        return index.data(LINE_ROLE) if index.isValid() else None

    def select(self, interpreter_id: int) -> bool:
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, 0).data(LINE_ROLE).id == interpreter_id:
                self.table.selectRow(row)
                return True
        return False

    def _selection_changed(self, *_args) -> None:
        line = self.selected()
        for button in (self.edit_button, self.days_off_button, self.active_button):
            button.setEnabled(line is not None)
        self.sheet_button.setEnabled(line is not None)
        if line is not None:
            self.active_button.setText(
                self.tr("Take off the roster") if line.active else self.tr("Back on the roster")
            )

    # -- changing -----------------------------------------------------------------------------
    def add(self) -> None:
        self._open_form(InterpreterForm(self.actor, parent=self))

    def edit_selected(self, *_args) -> None:
        line = self.selected()
        if line is not None:
            self._open_form(InterpreterForm(self.actor, line, parent=self))

    def days_off(self) -> None:
        line = self.selected()
        if line is not None:
            self._open_form(DaysOffForm(self.actor, line, self.today, parent=self))

    def _open_form(self, form) -> None:
        self.form = form
        form.saved.connect(lambda value, f=form: self._saved(f, value))
        form.open()

    def _saved(self, form, value) -> None:
        if isinstance(value, InterpreterLine):
            text = self.tr("Saved {name} ({languages})").format(
                name=value.name, languages=", ".join(value.languages)
            )
            self._after_change(text, value.id)
            return
        if form.removed is not None:
            first, last = form.removed
            text = self.tr("{name}: days off {first} to {last} removed")
        else:
            first, last = form.days()
            text = self.tr("{name}: off {first} to {last}")
        text = text.format(name=form.line.name, first=first.isoformat(), last=last.isoformat())
        self._after_change(text, form.line.id)

    def toggle_active(self) -> None:
        line = self.selected()
        if line is None:
            return
        if self.actor is None:
            self._say(
                self.tr(
                    "Choose who is signed in (bottom right of the desk) before changing anything."
                )
            )
            return
        if not line.active:
            self.inactive_check.setChecked(True)  # to see them come back
        self.write_job.start(set_active, line.id, not line.active, self.actor, done=self._toggled)

    def _toggled(self, line: InterpreterLine) -> None:
        text = (
            self.tr("{name} is back on the roster")
            if line.active
            else self.tr("{name} is off the roster")
        )
        self._after_change(text.format(name=line.name), line.id)

    def _after_change(self, text: str, interpreter_id: int) -> None:
        self.status_label.setStyleSheet("")
        self.status_label.setText(text)
        self.changed.emit(text)
        self._select_next = interpreter_id
        self.reload()

    def _write_failed(self, error: BaseException) -> None:
        self._say(self.tr("Nothing was saved: {why}").format(why=describe(error)))
        self.failed.emit(describe(error))

    def _say(self, text: str) -> None:
        self.status_label.setStyleSheet(_ERROR_STYLE)
        self.status_label.setText(text)

    def _day_sheet(self) -> None:
        line = self.selected()
        if line is not None:
            self.day_sheet_requested.emit(line.id)

    def done(self, result: int) -> None:
        self.read_job.close()
        self.write_job.close()
        super().done(result)
