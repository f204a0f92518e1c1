"""A patient's international case: each coming stay with its checklist, travel and interpreters.

    dialog = CaseDialog("M00000042", actor, zone, parent=window)   # from the panel or the board
    dialog.changed.connect(window.after_change)                   # what was done, in words
    dialog.open()

Reading the case, the suggestions and every write run off the GUI thread
(:class:`~frontdesk.gui.jobs.LatestJob`); each write is one service call (one transaction with
its audit record) and the case is read again after it. A write is refused, in words, while
nobody is signed in. Warnings (a double booking, tight travel) are shown, never a refusal; an
error names the field that is wrong and nothing is written.
"""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from frontdesk.gui.case_checklist import ChecklistPane
from frontdesk.gui.case_interpreters import InterpreterPane
from frontdesk.gui.case_travel import TravelForm
from frontdesk.gui.failures import describe
from frontdesk.gui.jobs import LatestJob
from frontdesk.gui.vocabulary import label
from frontdesk.locales import language_english_name
from frontdesk.services.actors import Actor
from frontdesk.services.case_terms import BookingStatus, CheckItem, ItemState
from frontdesk.services.case_view import PatientCase, StayCase, patient_case
from frontdesk.services.checklist import set_item
from frontdesk.services.interpreter_bookings import (
    BookingResult,
    book_interpreter,
    keep_after_move,
    set_booking_status,
    suggest_interpreters,
)
from frontdesk.services.travel import save_travel

_WARNING_STYLE = "color: #8a4b00;"
_ERROR_STYLE = "color: #a4000f;"


def _stay_title(stay: StayCase) -> str:
    first, last = stay.days[0], stay.days[-1]
    days = (
        first.strftime("%a %d %b %Y") if first == last else f"{first:%a %d %b} – {last:%a %d %b %Y}"
    )
    opened = len(stay.open_items)
    return f"{days} · {len(stay.appointments)} appt. · {opened} open"


class CaseDialog(QDialog):
    loaded = Signal()  # the case is shown (tests wait on it)
    changed = Signal(str)  # a write is done: what, in words
    failed = Signal(str)

    def __init__(
        self,
        mrn: str,
        actor: Actor | None,
        zone: dt.tzinfo,
        parent: QWidget | None = None,
        *,
        since: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("caseDialog")
        self.mrn, self.actor, self.zone, self.since = mrn, actor, zone, since
        self.case: PatientCase | None = None
        self.read_job = LatestJob(self, failed=self._read_failed)
        self.suggest_job = LatestJob(self, failed=self._suggest_failed)
        self.write_job = LatestJob(self, failed=self._write_failed)
        self.setWindowTitle(self.tr("Case — {mrn}").format(mrn=mrn))
        self.resize(1100, 680)
        self._build()
        self._connect()
        self.reload()

    def _build(self) -> None:
        self.name_label = QLabel(self)
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 1.4)
        big.setBold(True)
        self.name_label.setFont(big)
        self.facts_label = QLabel(self)
        self.facts_label.setWordWrap(True)
        self.stay_combo = QComboBox(self)
        self.stay_combo.setObjectName("stayCombo")
        self.stay_combo.setMinimumWidth(360)
        self.open_label = QLabel(self)
        self.open_label.setObjectName("openLabel")
        self.open_label.setWordWrap(True)
        self.tabs = QTabWidget(self)
        self.checklist = ChecklistPane(self.zone, self)
        self.travel = TravelForm(self.zone, self)
        self.interpreters = InterpreterPane(self.zone, self)
        self.tabs.addTab(self.checklist, self.tr("Checklist"))
        self.tabs.addTab(self.travel, self.tr("Travel"))
        self.tabs.addTab(self.interpreters, self.tr("Interpreters"))
        self.status_label = QLabel(self)
        self.status_label.setObjectName("statusLabel")
        self.status_label.setWordWrap(True)
        self.close_button = QPushButton(self.tr("Close"), self)
        stay_row = QHBoxLayout()
        stay_row.addWidget(QLabel(self.tr("Stay"), self))
        stay_row.addWidget(self.stay_combo)
        stay_row.addWidget(self.open_label, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status_label, 1)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.name_label)
        layout.addWidget(self.facts_label)
        layout.addLayout(stay_row)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)

    def _connect(self) -> None:
        self.stay_combo.currentIndexChanged.connect(self._show_stay)
        self.checklist.set_requested.connect(self.set_item)
        self.travel.save_requested.connect(self.save_travel)
        self.interpreters.suggestions_wanted.connect(self.suggest)
        self.interpreters.book_requested.connect(self.book)
        self.interpreters.status_requested.connect(self.set_status)
        self.interpreters.keep_requested.connect(self.keep)
        self.close_button.clicked.connect(self.reject)

    # -- reading ------------------------------------------------------------------------------
    def reload(self) -> None:
        self.read_job.submit(patient_case, self.mrn, self.since, tz=self.zone, done=self._show)

    def _show(self, case: PatientCase) -> None:
        self.case = case
        name = f"{case.family_name.upper()}, {case.given_name}"
        if case.native_name:
            name += f"  ·  {case.native_name}"
        self.name_label.setText(name)
        language = language_english_name(case.language) or case.language or "—"
        facts = [
            f"MRN {html.escape(case.mrn)}",
            html.escape(language)
            + (
                " · <b>" + self.tr("interpreter needed") + "</b>" if case.interpreter_needed else ""
            ),
        ]
        if case.phone:
            facts.append(html.escape(case.phone))
        if case.local_address:
            facts.append(
                self.tr("staying at {address}").format(address=html.escape(case.local_address))
            )
        self.facts_label.setText("  ·  ".join(facts))
        chosen = self.stay_combo.currentData()
        self.stay_combo.blockSignals(True)
        self.stay_combo.clear()
        for stay in case.stays:
            self.stay_combo.addItem(_stay_title(stay), stay.visit_id)
        index = self.stay_combo.findData(chosen) if chosen is not None else 0
        self.stay_combo.setCurrentIndex(max(index, 0))
        self.stay_combo.blockSignals(False)
        self._show_stay()
        self.loaded.emit()

    def stay(self) -> StayCase | None:
        if self.case is None or not self.case.stays:
            return None
        index = max(self.stay_combo.currentIndex(), 0)
        return self.case.stays[index]

    def _show_stay(self, *_args) -> None:
        stay = self.stay()
        self.tabs.setEnabled(stay is not None)
        if stay is None:
            self.open_label.setText(self.tr("No visit from today on: nothing to prepare."))
            self.checklist.show_lines([])
            self.travel.show_travel(None)
            self.interpreters.show_appointments([], needed=False)
            return
        self.open_label.setText(self._open_text(stay))
        self.open_label.setStyleSheet(_WARNING_STYLE if stay.open_items else "")
        self.checklist.show_lines(stay.checklist)
        self.travel.show_travel(stay.travel)
        needed = bool(self.case and self.case.interpreter_needed)
        self.interpreters.show_appointments(stay.appointments, needed=needed)

    def _open_text(self, stay: StayCase) -> str:
        if not stay.open_items:
            return self.tr("✔ Everything on the checklist is done")
        items = ", ".join(label(item) for item in stay.open_items)
        return self.tr("Open: {items}").format(items=items)

    def _read_failed(self, error: BaseException) -> None:
        self._say(describe(error), _ERROR_STYLE)
        self.failed.emit(describe(error))

    # -- suggestions --------------------------------------------------------------------------
    def suggest(self, appointment_id: int) -> None:
        self.suggest_job.submit(
            lambda: (appointment_id, suggest_interpreters(appointment_id)),
            done=lambda found: self.interpreters.show_suggestions(*found),
        )

    def _suggest_failed(self, error: BaseException) -> None:
        self._say(
            self.tr("Could not list interpreters: {why}").format(why=describe(error)), _ERROR_STYLE
        )

    # -- writing ------------------------------------------------------------------------------
    def _write(self, fn, done_text, *args, **kwargs) -> bool:
        if self.actor is None:
            self._say(
                self.tr(
                    "Choose who is signed in (bottom right of the desk) before changing anything."
                ),
                _ERROR_STYLE,
            )
            return False
        if not self.write_job.start(fn, *args, self.actor, done=done_text, **kwargs):
            self._say(self.tr("Still saving the last change…"), _WARNING_STYLE)
            return False
        self._say(self.tr("Saving…"), "")
        return True

    def set_item(self, item: CheckItem, state: ItemState, note: str) -> None:
        stay = self.stay()
        if stay is None:
            return

        def said(_line) -> None:
            self._done(self.tr("{item}: {state}").format(item=label(item), state=label(state)))

        self._write(set_item, said, stay.visit_id, item, state, note=note or None)

    def save_travel(self, fields: dict) -> None:
        stay = self.stay()
        if stay is None:
            return

        def said(result) -> None:
            _travel, changed = result
            if changed:
                self._done(self.tr("Travel saved ({fields})").format(fields=", ".join(changed)))
            else:
                self._done(self.tr("Travel unchanged"))

        self._write(save_travel, said, stay.visit_id, fields)

    def book(self, appointment_id: int, choices: dict) -> None:
        self._write(book_interpreter, self._booked, appointment_id, **choices)

    def _booked(self, result: BookingResult) -> None:
        b = result.booking
        who = b.interpreter_name or b.remote_service or label(b.mode)
        text = self.tr("Interpreter: {who} ({status})").format(who=who, status=label(b.status))
        if result.conflicts:
            warnings = "; ".join(c.describe(self.zone) for c in result.conflicts)
            self._done(text, warning=self.tr("Booked, but: {warnings}").format(warnings=warnings))
        else:
            self._done(text)

    def set_status(self, appointment_id: int, status: BookingStatus) -> None:
        def said(_line) -> None:
            self._done(self.tr("Booking {status}").format(status=label(status)))

        self._write(set_booking_status, said, appointment_id, status)

    def keep(self, appointment_id: int) -> None:
        self._write(
            keep_after_move,
            lambda _line: self._done(self.tr("Booking kept for the new time")),
            appointment_id,
        )

    def _done(self, text: str, *, warning: str | None = None) -> None:
        if warning:
            self._say(f"{text}. {warning}", _WARNING_STYLE)
        else:
            self._say(text, "")
        self.changed.emit(text)
        self.reload()

    def _write_failed(self, error: BaseException) -> None:
        message = describe(error)
        self._say(self.tr("Nothing was saved: {why}").format(why=message), _ERROR_STYLE)
        self.failed.emit(message)

    def _say(self, text: str, style: str) -> None:
        self.status_label.setText(text)
        self.status_label.setStyleSheet(style)

    def done(self, result: int) -> None:
        for job in (self.read_job, self.suggest_job, self.write_job):
            job.close()
        super().done(result)
