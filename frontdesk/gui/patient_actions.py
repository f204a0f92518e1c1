"""Check-in, undo and no-show for the patient in the panel, run off the GUI thread.

    actions = PatientActions(window)
    window.ui.actionCheckIn.triggered.connect(actions.check_in)
    actions.changed.connect(window.after_change)     # the words for the status bar

The confirmation is asked on the GUI thread; the write then runs in the ``"patient writes"``
lane (:class:`~frontdesk.gui.jobs.LatestJob`; after the record of the patient's opening, if
that is still under way), while the panel's buttons and the patient's rows in
the day say what is under way ("Checking in…"). A second click meanwhile is refused, not
queued. The outcome comes back as a value (:class:`~frontdesk.domain.CheckInResult`, a count)
and is put into words here; a failure, whatever it is (a busy or unreachable database, a change
at another station, a bug), is shown in a box over the window and in the status bar, and the
panel goes back to what it showed.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox

from frontdesk.domain import CheckInResult
from frontdesk.gui.case_warnings import warning_lines
from frontdesk.gui.failures import describe
from frontdesk.gui.jobs import LatestJob
from frontdesk.services.checkin import check_in, undo_check_in
from frontdesk.services.patient_view import PatientDetails, mark_day_no_show

if TYPE_CHECKING:
    from frontdesk.gui.main_window import MainWindow

log = logging.getLogger(__name__)


class PatientActions(QObject):
    """The patient panel's writes (see the module docstring)."""

    changed = Signal(str)  # done: what to say in the status bar
    failed = Signal(str)  # the failure, in words (also shown in a box)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.job = LatestJob(self, lane_name="patient writes")  # in turn with the access record
        self._busy_patient: int | None = None

    @property
    def busy(self) -> bool:
        return self.job.busy

    # -- what the receptionist asks for -----------------------------------------------------
    def check_in(self) -> None:
        window = self.window
        details = window.panel.details
        if details is not None and details.day != window.today():
            window.ui.statusbar.showMessage(
                self.tr("Check-in is for today: go back to today (Alt+Home) first"), 8000
            )
            return
        actor = window.require_actor() if details else None
        if details is None or actor is None or details.arrived or self.busy:
            return
        if not self._confirm_check_in(details):
            return
        day = window.day
        self._run(
            details,
            self.tr("Checking in…"),
            self.tr("Check-in failed"),
            lambda: check_in(details.id, day, actor),
            lambda result: self._checked_in(details, result),
        )

    def undo_check_in(self) -> None:
        details = self.window.panel.details
        actor = self.window.require_actor() if details else None
        if details is None or actor is None or details.visit_id is None or not details.arrived:
            return
        if self.busy:
            return
        visit_id = details.visit_id
        self._run(
            details,
            self.tr("Undoing the check-in…"),
            self.tr("Undo failed"),
            lambda: undo_check_in(visit_id, actor).id,
            lambda _visit: self.changed.emit(self.tr("Check-in undone")),
        )

    def mark_no_show(self) -> None:
        details = self.window.panel.details
        actor = self.window.require_actor() if details else None
        if details is None or actor is None or not details.scheduled_appointment_ids:
            return
        if self.busy:
            return
        answer = QMessageBox.question(
            self.window,
            self.tr("No-show"),
            self.tr("Mark {n} remaining appointment(s) of {name} as no-show?").format(
                n=len(details.scheduled_appointment_ids), name=details.family_name
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._run(
            details,
            self.tr("Marking no-show…"),
            self.tr("No-show failed"),
            lambda: mark_day_no_show(details, actor),
            lambda n: self.changed.emit(self.tr("{n} appointment(s) marked no-show").format(n=n)),
        )

    # -- running it ------------------------------------------------------------------------
    def _run(
        self,
        details: PatientDetails,
        doing: str,
        title: str,
        write: Callable[[], Any],
        done: Callable[[Any], None],
    ) -> None:
        self._show_busy(details, doing)

        def finished(value: Any) -> None:
            self._clear_busy()
            done(value)

        def failed(error: BaseException) -> None:
            self._clear_busy()
            current = self.window.panel.details
            if current is not None:
                self.window.panel.show_details(current)  # its buttons as they were
            self._say_failure(title, error)

        self.job.start(write, done=finished, failed=failed)

    def _show_busy(self, details: PatientDetails, doing: str) -> None:
        self._busy_patient = details.id
        self.window.panel.set_busy(doing)
        self.window.model.set_busy(details.id, doing)
        self.window.ui.statusbar.showMessage(doing)

    def _clear_busy(self) -> None:
        if self._busy_patient is not None:
            self.window.model.set_busy(self._busy_patient, None)
        self._busy_patient = None
        self.window.panel.set_busy(None)
        self.window.ui.statusbar.clearMessage()

    def _say_failure(self, title: str, error: BaseException) -> None:
        text = describe(error)
        self.window.ui.statusbar.showMessage(f"{title}: {text}", 15_000)
        box = QMessageBox(
            QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, self.window
        )
        box.setObjectName("actionFailedBox")
        self.failure_box = box  # tests read it
        box.open()
        self.failed.emit(text)

    def _checked_in(self, details: PatientDetails, result: CheckInResult) -> None:
        when = result.arrived_at.astimezone(self.window.zone).strftime("%H:%M")
        who = result.staff_username or self.tr("unknown staff")
        values = {"name": f"{details.family_name}, {details.given_name}", "time": when, "who": who}
        if result.station_name:
            values["where"] = result.station_name
            text = (
                self.tr("{name}: already checked in at {time} by {who} at {where}")
                if result.already
                else self.tr("{name}: checked in at {time} by {who} at {where}")
            )
        else:
            text = (
                self.tr("{name}: already checked in at {time} by {who}")
                if result.already
                else self.tr("{name}: checked in at {time} by {who}")
            )
        text = text.format(**values)
        if details.clearance_warning and not result.already:
            text += "  ⚠ " + clearance_words(details.clearance_warning)
        self.changed.emit(text)

    def _confirm_check_in(self, details: PatientDetails) -> bool:
        name = f"{details.family_name.upper()}, {details.given_name}"
        if details.native_name:
            name += f"  ·  {details.native_name}"
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Check in"),
            self.tr("Check in {name}?").format(name=name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self.window,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)  # the name as typed, never as markup
        box.setInformativeText(
            self.tr("Ask the patient to confirm the date of birth: <b>{dob}</b>").format(
                dob=details.date_of_birth.strftime("%d %B %Y")
            )
            if details.date_of_birth
            else self.tr("The date of birth is <b>not known</b> (a hospital feed had none): ask it")
        )
        if details.clearance_warning:  # issue 19: said, never a reason to refuse
            box.setInformativeText(
                box.informativeText() + "<br><br>⚠ " + clearance_words(details.clearance_warning)
            )
        warnings = warning_lines(details.case_warnings)
        if warnings:  # told, never stopped: the patient is here
            box.setIcon(QMessageBox.Icon.Warning)
            box.setInformativeText(
                box.informativeText()
                + "<br><br>"
                + "<br>".join(f"⚠ {html.escape(line, quote=False)}" for line in warnings)
            )
        box.setObjectName("checkInQuestion")
        self.check_in_question = box  # tests read it
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Check in"))
        return box.exec() == QMessageBox.StandardButton.Yes


def clearance_words(code: str) -> str:
    """Issue 19's check-in warning, in the desk's words."""
    words = {
        "missing": QCoreApplication.translate(
            "PatientActions", "Financial clearance missing: no estimate, deposit or guarantee"
        ),
        "pending": QCoreApplication.translate(
            "PatientActions", "Financial clearance pending: the estimate is not covered"
        ),
        "expired": QCoreApplication.translate(
            "PatientActions", "Financial clearance expired: a guarantee of payment ran out"
        ),
    }
    return words.get(code, code)
