"""The check-in warning for financial clearance in the window: in the panel and the confirmation,
and in the status bar after the check-in, which goes ahead all the same; none when cleared."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from frontdesk.services.clearance import add_deposit, set_estimate
from frontdesk.store.models import Visit
from tests.db.helpers import DAY, book, make_patient


def _confirm_and_read(qtbot, seen: list[str]) -> None:
    """Answer the check-in confirmation with Return, keeping what it said."""

    def press():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, press)
            return
        seen.append(dialog.informativeText())
        qtbot.keyClick(dialog, Qt.Key.Key_Return)

    QTimer.singleShot(0, press)


def _check_in(qtbot, window, patient_id) -> list[str]:
    with qtbot.waitSignal(window.patient_opened, timeout=5000):
        window.open_patient(patient_id)
    seen: list[str] = []
    _confirm_and_read(qtbot, seen)
    with qtbot.waitSignal(window.actions.changed, timeout=10_000):
        window.ui.actionCheckIn.trigger()
    return seen


def test_missing_clearance_is_warned_and_the_patient_checked_in(qtbot, open_window, actor):
    kim = make_patient(actor, mrn="K1", family="Kim", given="Min-jun")
    book(actor, kim, "A1", 11)
    window = open_window()
    with qtbot.waitSignal(window.patient_opened, timeout=5000):
        window.open_patient(kim.id)
    assert "⚠ Financial clearance missing" in window.panel.ui.visitLabel.text()
    seen = _check_in(qtbot, window, kim.id)
    assert "⚠ Financial clearance missing" in seen[0]
    message = window.ui.statusbar.currentMessage()
    assert "checked in at" in message and "⚠ Financial clearance missing" in message
    assert Visit.get(Visit.patient == kim.id).arrived_at is not None


def test_a_cleared_stay_is_checked_in_without_a_word_about_money(qtbot, open_window, actor):
    layla = make_patient(actor, mrn="L1")
    visit = book(actor, layla, "A1", 11).visit_id
    set_estimate(visit, "2500", "USD", actor, today=DAY)
    add_deposit(visit, "2500", actor, today=DAY)
    window = open_window()
    seen = _check_in(qtbot, window, layla.id)
    assert "clearance" not in seen[0]
    assert "clearance" not in window.ui.statusbar.currentMessage()
    assert "clearance" not in window.panel.ui.visitLabel.text()
