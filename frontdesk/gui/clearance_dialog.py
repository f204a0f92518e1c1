"""A stay's financial clearance from the patient panel ("Clearance…").

    dialog = ClearanceDialog(details, actor, parent=window)   # the patient open in the panel
    dialog.open()

The status and the money as they stand (estimate, deposited, guaranteed on the day,
outstanding, in the reader's locale through Babel), then three rows to change them: the
estimate and its currency, a deposit received, a guarantee of payment; and "not needed". Every
read and write runs on a worker (:class:`~frontdesk.gui.jobs.LatestJob`); what the service
refuses (10.005 USD, an unknown currency, a guarantee that ends before it starts) is said in
the dialog, in red, and nothing is written.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from frontdesk.gui.dialog_form import error_colour
from frontdesk.gui.failures import describe
from frontdesk.gui.jobs import LatestJob
from frontdesk.services import clearance as service
from frontdesk.services.actors import Actor
from frontdesk.services.clearance import ClearanceView, GuarantorKind
from frontdesk.services.patient_view import PatientDetails

CURRENCIES = ("USD", "EUR", "GBP", "SAR", "AED", "KWD", "QAR", "BHD", "OMR", "CNY", "JPY", "RUB")


def _status_words(status: str) -> str:
    words = {
        "not_needed": QCoreApplication.translate("ClearanceDialog", "not needed"),
        "pending": QCoreApplication.translate("ClearanceDialog", "pending"),
        "cleared": QCoreApplication.translate("ClearanceDialog", "cleared"),
        "expired": QCoreApplication.translate("ClearanceDialog", "expired (a guarantee ran out)"),
    }
    return words[status]


class ClearanceDialog(QDialog):
    changed = Signal(str)  # what to say in the status bar

    def __init__(self, details: PatientDetails, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent)
        self.details, self.actor = details, actor
        self.view: ClearanceView | None = None
        self.setWindowTitle(
            self.tr("Financial clearance: {name}").format(
                name=f"{details.given_name} {details.family_name.upper()}"
            )
        )
        self.job = LatestJob(self)
        locale = QLocale().name()
        self._locale = locale if "_" in locale else "en"
        self.summary = QLabel(self)
        self.summary.setObjectName("clearanceSummary")
        self.summary.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setWordWrap(True)

        self.estimate = QLineEdit(self)
        self.estimate.setPlaceholderText("12500.00")
        self.currency = QComboBox(self)
        self.currency.setEditable(True)
        self.currency.addItems(CURRENCIES)
        set_estimate = QPushButton(self.tr("Set estimate"), self)
        set_estimate.clicked.connect(self._set_estimate)
        self.deposit = QLineEdit(self)
        self.reference = QLineEdit(self)
        self.reference.setPlaceholderText(self.tr("receipt or transfer number"))
        add_deposit = QPushButton(self.tr("Add deposit"), self)
        add_deposit.clicked.connect(self._add_deposit)
        self.guarantor = QLineEdit(self)
        self.guarantor.setPlaceholderText(self.tr("insurer, embassy or employer"))
        self.kind = QComboBox(self)
        for kind in GuarantorKind:
            self.kind.addItem(kind.value, kind.value)
        self.number = QLineEdit(self)
        self.number.setPlaceholderText(self.tr("guarantee number"))
        self.amount = QLineEdit(self)
        day = QDate(details.day.year, details.day.month, details.day.day)
        self.valid_from = QDateEdit(day.addDays(-30), self)
        self.valid_to = QDateEdit(day.addDays(60), self)
        for edit in (self.valid_from, self.valid_to):
            edit.setCalendarPopup(True)
        add_guarantee = QPushButton(self.tr("Add guarantee"), self)
        add_guarantee.clicked.connect(self._add_guarantee)
        self.not_needed = QCheckBox(self.tr("Not needed for this stay"), self)
        self.not_needed.clicked.connect(self._set_needed)

        money = QGroupBox(self.tr("Estimate, deposits, guarantees"), self)
        form = QFormLayout(money)
        form.addRow(self.tr("Estimate"), _row(self.estimate, self.currency, set_estimate))
        form.addRow(self.tr("Deposit"), _row(self.deposit, self.reference, add_deposit))
        form.addRow(self.tr("Guarantor"), _row(self.guarantor, self.kind, self.number))
        form.addRow(
            self.tr("Guaranteed"),
            _row(self.amount, self.valid_from, QLabel("–"), self.valid_to, add_guarantee),
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.summary, self.not_needed, money, self.message, buttons):
            layout.addWidget(widget)
        self.job.busy_changed.connect(lambda busy: money.setEnabled(not busy))
        self.refresh()

    # -- reading and writing, on the worker ---------------------------------------------------
    def refresh(self) -> None:
        visit, day = self.details.visit_id, self.details.day
        if visit is None:
            self._say(self.tr("No visit on this day: nothing to clear"), error_colour(self))
            return
        self.job.submit(service.clearance_of, visit, day, done=self._show, failed=self._failed)

    def _change(self, fn, *args, **kwargs) -> None:
        if self.details.visit_id is None:
            return
        kwargs["today"] = self.details.day
        self.job.start(
            fn, self.details.visit_id, *args, done=self._changed, failed=self._failed, **kwargs
        )

    def _set_estimate(self) -> None:
        self._change(service.set_estimate, self.estimate.text(), self.currency.currentText(),
                     self.actor)  # fmt: skip

    def _add_deposit(self) -> None:
        self._change(service.add_deposit, self.deposit.text(), self.actor,
                     reference=self.reference.text())  # fmt: skip

    def _add_guarantee(self) -> None:
        self._change(
            service.add_guarantee,
            self.actor,
            guarantor=self.guarantor.text(),
            kind=self.kind.currentData(),
            number=self.number.text(),
            amount=self.amount.text(),
            valid_from=_day(self.valid_from),
            valid_to=_day(self.valid_to),
        )

    def _set_needed(self) -> None:
        self._change(service.set_needed, not self.not_needed.isChecked(), self.actor)

    # -- showing ------------------------------------------------------------------------------
    def _changed(self, view: ClearanceView) -> None:
        self._show(view)
        words = self.tr("Financial clearance: {status}").format(
            status=_status_words(view.status.value)
        )
        self._say("✓ " + words, None)
        self.changed.emit(words)
        for edit in (self.deposit, self.reference, self.guarantor, self.amount, self.number):
            edit.clear()

    def _show(self, view: ClearanceView) -> None:
        self.view = view
        self.not_needed.setChecked(not view.needed)
        lines = [self.tr("Status: <b>{status}</b>").format(status=_status_words(view.status))]
        if view.estimate is not None:
            money = view.money
            lines.append(
                self.tr(
                    "Estimate {estimate} · deposited {deposited} · guaranteed {guaranteed} · "
                    "outstanding <b>{outstanding}</b>"
                ).format(
                    estimate=money(view.estimate, self._locale),
                    deposited=money(view.deposited, self._locale),
                    guaranteed=money(view.guaranteed, self._locale),
                    outstanding=money(view.outstanding, self._locale),
                )
            )
            self.currency.setCurrentText(view.currency or "")
        for g in view.guarantees:
            state = self.tr("valid") if g.valid_on(view.on) else self.tr("not valid that day")
            number = f" {g.number}" if g.number else ""
            lines.append(
                f"{g.guarantor} ({g.kind.value}){number}: "
                f"{view.money(g.amount, self._locale)}, {g.valid_from} – {g.valid_to}, {state}"
            )
        self.summary.setText("<br>".join(lines))

    def _failed(self, error: BaseException) -> None:
        self._say("⚠ " + describe(error), error_colour(self))

    def _say(self, text: str, colour: str | None) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(f"QLabel {{ color: {colour}; }}" if colour else "")

    def done(self, result: int) -> None:
        self.job.close()
        super().done(result)


def _row(*widgets: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    for widget in widgets:
        row.addWidget(widget)
    return row


def _day(edit: QDateEdit) -> dt.date:
    d = edit.date()
    return dt.date(d.year(), d.month(), d.day())
