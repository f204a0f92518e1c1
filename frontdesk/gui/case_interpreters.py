"""The case dialog's interpreters: the stay's appointments with their bookings, and booking one.

    pane = InterpreterPane(zone)
    pane.show_appointments(stay.appointments, interpreter_needed=True)
    pane.suggestions_wanted.connect(dialog.suggest)      # an appointment id: who could go
    pane.show_suggestions(appointment_id, suggestions)   # free ones first, conflicts named
    pane.book_requested.connect(dialog.book)             # (appointment id, dict of choices)

Double bookings, tight travel between buildings, hours and days off are warnings beside the
name, never a refusal; the phone or video service is the fallback.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from frontdesk.gui.vocabulary import label, status_word, translated
from frontdesk.services.case_terms import BookingStatus, InterpreterMode
from frontdesk.services.case_view import CaseAppointment
from frontdesk.services.interpreter_bookings import Suggestion

_Index = QModelIndex | QPersistentModelIndex
WHEN, WHERE, KIND, STATUS, INTERPRETER, BOOKING, WARNINGS = range(7)
HEADERS = (
    QT_TRANSLATE_NOOP("AppointmentsModel", "When"),
    QT_TRANSLATE_NOOP("AppointmentsModel", "Where"),
    QT_TRANSLATE_NOOP("AppointmentsModel", "Department · type"),
    QT_TRANSLATE_NOOP("AppointmentsModel", "Status"),
    QT_TRANSLATE_NOOP("AppointmentsModel", "Interpreter"),
    QT_TRANSLATE_NOOP("AppointmentsModel", "Booking"),
    QT_TRANSLATE_NOOP("AppointmentsModel", "Warnings"),
)
_GAP = QBrush(QColor("#fff1d6"))
_CLOSED = ("cancelled", "no_show")


def interpreter_text(a: CaseAppointment) -> str:
    b = a.booking
    if b is None:
        return ""
    if b.mode != InterpreterMode.IN_PERSON:
        return " · ".join(filter(None, (label(b.mode), b.remote_service, b.interpreter_name)))
    return b.interpreter_name or ""


class AppointmentsModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.appointments: list[CaseAppointment] = []
        self.interpreter_needed = False

    def set_appointments(self, appointments: list[CaseAppointment], needed: bool) -> None:
        self.beginResetModel()
        self.appointments = list(appointments)
        self.interpreter_needed = needed
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.appointments)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return translated("AppointmentsModel", HEADERS[section])
        return None

    def gap(self, a: CaseAppointment) -> bool:
        """Needs an interpreter and has none (or one to look at again after a move)."""
        if not self.interpreter_needed or a.status in _CLOSED:
            return False
        return a.booking is None or not a.booking.status.covers or a.booking.needs_review

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.appointments):
            return None
        a = self.appointments[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.UserRole:
            return a
        if role == Qt.ItemDataRole.BackgroundRole:
            return _GAP if column in (INTERPRETER, BOOKING) and self.gap(a) else None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == WHEN:
            return f"{a.start:%a %d %b %H:%M} ({a.minutes} min)"
        if column == WHERE:
            return a.location or ""
        if column == KIND:
            return " · ".join(filter(None, (a.department, a.type)))
        if column == STATUS:
            return status_word(a.status)
        if column == INTERPRETER:
            text = interpreter_text(a)
            return text or (self.tr("✖ none booked") if self.gap(a) else "")
        if column == BOOKING:
            if a.booking is None:
                return ""
            text = label(a.booking.status)
            if a.booking.needs_review:
                reason = a.booking.review_reason.value if a.booking.review_reason else ""
                text += " · " + self.tr("⚠ review ({reason})").format(reason=reason)
            return text
        return "; ".join(label(c.kind) for c in a.conflicts)


def suggestion_text(s: Suggestion, tz: dt.tzinfo) -> str:
    line = s.interpreter
    who = line.name + (f" ({line.agency})" if line.agency else "")
    languages = ", ".join(line.languages)
    state = "free" if s.free else "; ".join(c.describe(tz) for c in s.conflicts)
    return f"{who} · {languages} · {s.bookings_that_day} that day · {state}"


class InterpreterPane(QWidget):
    suggestions_wanted = Signal(int)  # appointment id
    book_requested = Signal(int, dict)  # appointment id, book_interpreter's keyword arguments
    status_requested = Signal(int, object)  # appointment id, BookingStatus
    keep_requested = Signal(int)  # appointment id: the moved booking is kept

    def __init__(self, zone: dt.tzinfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.zone = zone
        self.model = AppointmentsModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("appointmentsTable")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in (
            (WHEN, 170),
            (WHERE, 180),
            (KIND, 170),
            (STATUS, 80),
            (INTERPRETER, 170),
            (BOOKING, 130),
        ):
            self.table.setColumnWidth(column, width)

        box = QGroupBox(self.tr("Book for the chosen appointment"), self)
        self.suggestion_combo = QComboBox(box)
        self.suggestion_combo.setObjectName("suggestionCombo")
        self.suggestion_combo.setMinimumWidth(420)
        self.book_button = QPushButton(self.tr("Book"), box)
        self.remote_mode = QComboBox(box)
        for mode in (InterpreterMode.PHONE, InterpreterMode.VIDEO):
            self.remote_mode.addItem(label(mode), mode.value)
        self.remote_service = QLineEdit(box)
        self.remote_service.setPlaceholderText(self.tr("service, e.g. LanguageLine"))
        self.remote_button = QPushButton(self.tr("Book phone/video"), box)
        self.status_combo = QComboBox(box)
        for status in BookingStatus:
            self.status_combo.addItem(label(status), status.value)
        self.status_button = QPushButton(self.tr("Set status"), box)
        self.keep_button = QPushButton(self.tr("Keep after the move"), box)
        self.keep_button.setToolTip(
            self.tr("The interpreter can make the new time: the review flag goes")
        )
        self.note_label = QLabel(box)
        self.note_label.setWordWrap(True)
        first = QHBoxLayout()
        first.addWidget(QLabel(self.tr("In person:"), box))
        first.addWidget(self.suggestion_combo, 1)
        first.addWidget(self.book_button)
        second = QHBoxLayout()
        second.addWidget(QLabel(self.tr("Or remote:"), box))
        second.addWidget(self.remote_mode)
        second.addWidget(self.remote_service, 1)
        second.addWidget(self.remote_button)
        third = QHBoxLayout()
        third.addWidget(QLabel(self.tr("Booking status:"), box))
        third.addWidget(self.status_combo)
        third.addWidget(self.status_button)
        third.addStretch(1)
        third.addWidget(self.keep_button)
        inner = QVBoxLayout(box)
        inner.addLayout(first)
        inner.addLayout(second)
        inner.addLayout(third)
        inner.addWidget(self.note_label)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(box)

        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.book_button.clicked.connect(self._book)
        self.remote_button.clicked.connect(self._book_remote)
        self.status_button.clicked.connect(self._set_status)
        self.keep_button.clicked.connect(self._keep)
        self._row_changed()

    # -- showing ------------------------------------------------------------------------------
    def show_appointments(self, appointments: list[CaseAppointment], *, needed: bool) -> None:
        chosen = self.chosen()
        self.model.set_appointments(appointments, needed)
        ids = [a.appointment_id for a in appointments]
        if chosen is not None and chosen.appointment_id in ids:
            self.table.selectRow(ids.index(chosen.appointment_id))
        elif appointments:
            first_gap = next((i for i, a in enumerate(appointments) if self.model.gap(a)), 0)
            self.table.selectRow(first_gap)
        self._row_changed()

    def chosen(self) -> CaseAppointment | None:
        index = self.table.currentIndex()
        return self.model.appointments[index.row()] if index.isValid() else None

    def select_appointment(self, appointment_id: int) -> None:
        for row, a in enumerate(self.model.appointments):
            if a.appointment_id == appointment_id:
                self.table.selectRow(row)

    def show_suggestions(self, appointment_id: int, suggestions: list[Suggestion]) -> None:
        a = self.chosen()
        if a is None or a.appointment_id != appointment_id:
            return  # the coordinator chose another appointment meanwhile
        combo = self.suggestion_combo
        combo.clear()
        for s in suggestions:
            combo.addItem(suggestion_text(s, self.zone), s.interpreter.id)
        if not suggestions:
            combo.addItem(self.tr("Nobody on the roster speaks the patient's language"), None)
        current = a.booking.interpreter_id if a.booking else None
        combo.setCurrentIndex(max(0, combo.findData(current)) if current else 0)
        self.book_button.setEnabled(bool(suggestions) and a.status not in _CLOSED)

    def _row_changed(self, *_args) -> None:
        a = self.chosen()
        open_appointment = a is not None and a.status not in _CLOSED
        self.suggestion_combo.clear()
        self.book_button.setEnabled(False)
        self.remote_button.setEnabled(open_appointment)
        self.status_button.setEnabled(a is not None and a.booking is not None)
        self.keep_button.setEnabled(
            a is not None and a.booking is not None and a.booking.needs_review
        )
        if a is not None and a.booking is not None:
            self.status_combo.setCurrentIndex(self.status_combo.findData(a.booking.status.value))
        self.note_label.setText(self._note(a))
        if open_appointment:
            self.suggestion_combo.addItem(self.tr("Looking for free interpreters…"), None)
            self.suggestions_wanted.emit(a.appointment_id)

    def _note(self, a: CaseAppointment | None) -> str:
        if a is None or a.booking is None or not a.booking.needs_review:
            return ""
        b = a.booking
        if b.booked_start is None:
            return ""
        was = b.booked_start.astimezone(self.zone).strftime("%a %d %b %H:%M")
        where = f" ({b.booked_location})" if b.booked_location else ""
        return self.tr(
            "Booked for {was}{where}; the appointment is now {now}. Keep it if the interpreter "
            "can make the new time, or book someone else."
        ).format(was=was, where=where, now=a.start.strftime("%a %d %b %H:%M"))

    # -- asking -------------------------------------------------------------------------------
    def _book(self) -> None:
        a, interpreter = self.chosen(), self.suggestion_combo.currentData()
        if a is not None and interpreter is not None:
            self.book_requested.emit(a.appointment_id, {"interpreter_id": int(interpreter)})

    def _book_remote(self) -> None:
        a = self.chosen()
        if a is not None:
            self.book_requested.emit(
                a.appointment_id,
                {
                    "mode": self.remote_mode.currentData(),
                    "remote_service": self.remote_service.text().strip() or None,
                },
            )

    def _set_status(self) -> None:
        a = self.chosen()
        if a is not None and a.booking is not None:
            self.status_requested.emit(
                a.appointment_id, BookingStatus(self.status_combo.currentData())
            )

    def _keep(self) -> None:
        a = self.chosen()
        if a is not None:
            self.keep_requested.emit(a.appointment_id)
