"""The patient panel's "Clearance…": an estimate, a deposit and a guarantee typed in, the
status and money shown as they stand, a bad amount refused in red with nothing written, and
the panel's check-in warning gone once cleared."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from frontdesk.store.clearance_models import Clearance, ClearanceDeposit, ClearanceGuarantee
from tests.db.helpers import book, make_patient


def _button(dialog, text: str) -> QPushButton:
    (button,) = [b for b in dialog.findChildren(QPushButton) if b.text() == text]
    return button


def test_a_stay_cleared_from_the_panel(qtbot, open_window, actor, tmp_path):
    kim = make_patient(actor, mrn="K1", family="Kim", given="Min-jun")
    book(actor, kim, "A1", 11)
    window = open_window()
    with qtbot.waitSignal(window.patient_opened, timeout=5000):
        window.open_patient(kim.id)
    assert "clearance missing" in window.panel.ui.visitLabel.text()
    window.panel.clearanceButton.click()
    qtbot.waitUntil(lambda: getattr(window, "clearance_dialog", None) is not None)
    dialog = window.clearance_dialog
    qtbot.waitUntil(lambda: dialog.view is not None, timeout=10_000)
    assert "pending" in dialog.summary.text()

    qtbot.keyClicks(dialog.estimate, "10.005")
    dialog.currency.setCurrentText("USD")
    set_estimate = _button(dialog, "Set estimate")
    qtbot.mouseClick(set_estimate, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.message.text().startswith("⚠"), timeout=10_000)
    assert "USD has 2 decimals, not 3" in dialog.message.text()
    assert Clearance.select().count() == 0

    dialog.estimate.clear()
    qtbot.keyClicks(dialog.estimate, "12,500.00")
    with qtbot.waitSignal(dialog.changed, timeout=10_000):
        qtbot.mouseClick(set_estimate, Qt.MouseButton.LeftButton)
    assert "Estimate $12,500.00" in dialog.summary.text()
    qtbot.keyClicks(dialog.deposit, "5000")
    qtbot.keyClicks(dialog.reference, "TT-881")
    add_deposit = _button(dialog, "Add deposit")
    with qtbot.waitSignal(dialog.changed, timeout=10_000):
        qtbot.mouseClick(add_deposit, Qt.MouseButton.LeftButton)
    assert "outstanding <b>$7,500.00</b>" in dialog.summary.text()
    qtbot.keyClicks(dialog.guarantor, "Korea National Health Insurance")
    qtbot.keyClicks(dialog.amount, "7500")
    add_guarantee = _button(dialog, "Add guarantee")
    with qtbot.waitSignal(dialog.changed, timeout=10_000) as changed:
        qtbot.mouseClick(add_guarantee, Qt.MouseButton.LeftButton)
    assert changed.args[0] == "Financial clearance: cleared"
    assert "Status: <b>cleared</b>" in dialog.summary.text()
    assert ClearanceDeposit.get().reference == "TT-881"
    assert ClearanceGuarantee.get().guarantor == "Korea National Health Insurance"
    qtbot.waitUntil(lambda: "clearance" not in window.panel.ui.visitLabel.text(), timeout=10_000)
    dialog.grab().save(str(tmp_path / "clearance.png"))  # looked at: docs/screenshots/
    window.grab().save(str(tmp_path / "window.png"))
    dialog.reject()
