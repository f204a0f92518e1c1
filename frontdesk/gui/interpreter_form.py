"""The forms of the interpreter roster: an interpreter's details (add or edit) and days off.

    form = InterpreterForm(actor, parent=roster)             # a new interpreter
    form = InterpreterForm(actor, line, parent=roster)       # edit this InterpreterLine
    form.saved.connect(roster.after_change)                  # the InterpreterLine saved
    form.open()

    DaysOffForm(actor, line, today, parent=roster).open()    # from, to, reason; or remove

Each form saves through one service call on a worker (:class:`~frontdesk.gui.jobs.LatestJob`):
one transaction with its audit record, the roles checked there. The form stays open when the
service refuses, says why in words under the fields and puts the cursor in the field named;
nothing is written.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QStringListModel, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from frontdesk.errors import FrontdeskError
from frontdesk.gui.failures import describe
from frontdesk.gui.jobs import LatestJob
from frontdesk.services.actors import Actor
from frontdesk.services.interpreter_roster import (
    InterpreterInput,
    InterpreterLine,
    add_absence,
    add_interpreter,
    remove_absence,
    update_interpreter,
)

_ERROR_STYLE = "color: #a4000f;"


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class _SavingForm(QDialog):
    """A form whose OK runs one service call on a worker and closes only when it is done."""

    saved = Signal(object)  # what the service returned

    def __init__(self, actor: Actor | None, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.job = LatestJob(self, failed=self._refused)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(_ERROR_STYLE)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.fields: dict[str, QWidget] = {}  # a service's ``where`` -> the field to fix

    def _run(self, fn, *args, **kwargs) -> None:
        if self.actor is None:
            self.error_label.setText(
                self.tr(
                    "Choose who is signed in (bottom right of the desk) before changing anything."
                )
            )
            return
        if self.job.start(fn, *args, done=self._done, **kwargs):
            self.error_label.setText("")
            self.buttons.setEnabled(False)

    def _done(self, value) -> None:
        self.buttons.setEnabled(True)
        self.saved.emit(value)
        self.accept()

    def _refused(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.error_label.setText(self.tr("Nothing was saved: {why}").format(why=describe(error)))
        where = error.where if isinstance(error, FrontdeskError) else None
        field = self.fields.get(where or "")
        if field is not None:
            field.setFocus()

    def save(self) -> None:
        raise NotImplementedError

    def done(self, result: int) -> None:
        self.job.close()
        super().done(result)


class InterpreterForm(_SavingForm):
    """Name, own-script name, staff or agency, languages (BCP 47), phone, e-mail, base, hours."""

    def __init__(
        self,
        actor: Actor | None,
        line: InterpreterLine | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(actor, parent)
        self.setObjectName("interpreterForm")
        self.line = line
        self.setWindowTitle(
            self.tr("New interpreter")
            if line is None
            else self.tr("Interpreter — {name}").format(name=line.name)
        )
        self.name_edit = QLineEdit(self)
        self.native_edit = QLineEdit(self)
        self.kind_combo = QComboBox(self)
        self.kind_combo.addItem(self.tr("Staff"), "staff")
        self.kind_combo.addItem(self.tr("Agency"), "agency")
        self.agency_edit = QLineEdit(self)
        self.languages_edit = QLineEdit(self)
        self.languages_edit.setPlaceholderText(self.tr("e.g. ar, fr or zh-Hans"))
        self.phone_edit = QLineEdit(self)
        self.email_edit = QLineEdit(self)
        self.base_edit = QLineEdit(self)
        self.base_edit.setPlaceholderText(self.tr("the building where they start the day"))
        self.hours_edit = QLineEdit(self)
        self.hours_edit.setPlaceholderText(self.tr("e.g. Mon-Fri 08:00-17:00; Sat 09:00-13:00"))
        self.hours_edit.setToolTip(self.tr("Office time. Empty: on call, whenever booked."))
        form = QFormLayout()
        for label, widget, where in (
            (self.tr("Name"), self.name_edit, "name"),
            (self.tr("Name in own script"), self.native_edit, "native_name"),
            (self.tr("Staff or agency"), self.kind_combo, "kind"),
            (self.tr("Agency"), self.agency_edit, "agency"),
            (self.tr("Languages (BCP 47)"), self.languages_edit, "languages"),
            (self.tr("Phone"), self.phone_edit, "phone"),
            (self.tr("E-mail"), self.email_edit, "email"),
            (self.tr("Base"), self.base_edit, "base"),
            (self.tr("Working hours"), self.hours_edit, "hours"),
        ):
            form.addRow(label, widget)
            self.fields[where] = widget
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.resize(520, self.sizeHint().height())
        if line is not None:
            self._fill(line)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()

    def _fill(self, line: InterpreterLine) -> None:
        self.name_edit.setText(line.name)
        self.native_edit.setText(line.native_name or "")
        self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(line.kind.value), 0))
        self.agency_edit.setText(line.agency or "")
        self.languages_edit.setText(", ".join(line.languages))
        self.phone_edit.setText(line.phone or "")
        self.email_edit.setText(line.email or "")
        self.base_edit.setText(line.base or "")
        self.hours_edit.setText(line.hours_text)

    def _kind_changed(self, *_args) -> None:
        self.agency_edit.setEnabled(self.kind_combo.currentData() == "agency")

    def details(self) -> InterpreterInput:
        agency = self.kind_combo.currentData() == "agency"
        return InterpreterInput(
            name=self.name_edit.text(),
            languages=self.languages_edit.text(),
            kind=self.kind_combo.currentData(),
            agency=self.agency_edit.text() if agency else None,
            native_name=self.native_edit.text(),
            phone=self.phone_edit.text(),
            email=self.email_edit.text(),
            base=self.base_edit.text(),
            hours=self.hours_edit.text(),
        )

    def save(self) -> None:
        if self.line is None:
            self._run(add_interpreter, self.details(), self.actor)
        else:
            self._run(update_interpreter, self.line.id, self.details(), self.actor)


class DaysOffForm(_SavingForm):
    """Days off of one interpreter: from, to (the same day by default), and why; the days off
    not over yet are listed, and one recorded by mistake can be removed."""

    def __init__(
        self,
        actor: Actor | None,
        line: InterpreterLine,
        today: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(actor, parent)
        self.setObjectName("daysOffForm")
        self.line = line
        self.removed: tuple[dt.date, dt.date] | None = None  # what the last save removed
        self.setWindowTitle(self.tr("Days off — {name}").format(name=line.name))
        self.first_edit = QDateEdit(_qdate(today), self)
        self.last_edit = QDateEdit(_qdate(today), self)
        for edit in (self.first_edit, self.last_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("ddd d MMM yyyy")
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setPlaceholderText(self.tr("e.g. leave, training"))
        self.ahead = [a for a in line.absences if a[1] >= today]
        self.ahead_view = QListView(self)
        self.ahead_view.setModel(QStringListModel([_days_off(a) for a in self.ahead], self))
        self.ahead_view.setMaximumHeight(90)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setEnabled(False)
        form = QFormLayout()
        form.addRow(self.tr("From"), self.first_edit)
        form.addRow(self.tr("To"), self.last_edit)
        form.addRow(self.tr("Reason"), self.reason_edit)
        self.fields.update(days_off=self.last_edit, reason=self.reason_edit)
        recorded = QHBoxLayout()
        recorded.addWidget(self.ahead_view, 1)
        recorded.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        if self.ahead:
            layout.addWidget(QLabel(self.tr("Days off already recorded"), self))
            layout.addLayout(recorded)
        else:
            self.ahead_view.hide()
            self.remove_button.hide()
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.first_edit.dateChanged.connect(self._first_changed)
        self.ahead_view.selectionModel().currentChanged.connect(self._chosen)
        self.remove_button.clicked.connect(self.remove_selected)

    def _chosen(self, current, _previous) -> None:
        self.remove_button.setEnabled(current.isValid())

    def _first_changed(self, value: QDate) -> None:
        if self.last_edit.date() < value:
            self.last_edit.setDate(value)

    def days(self) -> tuple[dt.date, dt.date]:
        return _date(self.first_edit.date()), _date(self.last_edit.date())

    def save(self) -> None:
        first, last = self.days()
        reason = self.reason_edit.text()
        self.removed = None
        self._run(add_absence, self.line.id, first, last, self.actor, reason=reason or None)

    def remove_selected(self) -> None:
        index = self.ahead_view.currentIndex()
        if not index.isValid():
            return
        absence = self.ahead[index.row()]
        self.removed = (absence[0], absence[1])
        self._run(remove_absence, absence[3], self.actor)


def _days_off(absence: tuple) -> str:
    first, last, reason = absence[:3]
    days = f"{first:%a %d %b %Y}" if first == last else f"{first:%a %d %b} – {last:%a %d %b %Y}"
    return f"{days} ({reason})" if reason else days
