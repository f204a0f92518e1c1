"""The patient panel's "Visa letter…": the letter issued off the GUI thread, saved, listed in the
patient's register and revoked; a companion without a passport refused in the dialog."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from frontdesk import clock
from frontdesk.services.letters import verify_letter
from frontdesk.services.patients import CompanionInput, add_companion
from frontdesk.store.clearance_models import VisaLetter
from tests.db.helpers import DAY, book, make_patient
from tests.pdf_reading import pdf_text, qr_codes

BEFORE = dt.datetime(2026, 11, 16, 15, tzinfo=dt.UTC)


@pytest.fixture
def layla(actor):
    patient = make_patient(
        actor,
        mrn="L1",
        native_family_name="حداد",
        native_given_name="ليلى",
        preferred_language="ar",
        nationality="JOR",
        passport_no="N123456",
    )
    book(actor, patient, "A1", 11)
    add_companion(
        patient.id,
        CompanionInput("Haddad", "Omar", relationship="son", passport_no="N765432",
                       nationality="JOR"),
        actor,
    )  # fmt: skip
    return patient


def _dialog(qtbot, window, patient):
    with qtbot.waitSignal(window.patient_opened, timeout=5000):
        window.open_patient(patient.id)
    assert window.panel.letterButton.isEnabled()
    window.panel.letterButton.click()
    qtbot.waitUntil(lambda: getattr(window, "letter_dialog", None) is not None)
    return window.letter_dialog


def test_a_letter_issued_from_the_panel_saved_listed_and_revoked(
    qtbot, open_window, layla, tmp_path, monkeypatch
):
    window = open_window()
    dialog = _dialog(qtbot, window, layla)
    assert dialog.language.currentData() == "ar"  # the patient's, where a catalog exists
    assert dialog.chosen_companions() != []
    target = tmp_path / "letter.pdf"
    dialog.path.setText(str(target))
    with clock.frozen(BEFORE):
        with qtbot.waitSignal(dialog.issued, timeout=15_000) as issued:
            qtbot.mouseClick(dialog.issue_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.register.count() == 1, timeout=10_000)
    number = VisaLetter.get().number
    assert issued.args[0].startswith(f"{number} issued and saved to")
    assert window.ui.statusbar.currentMessage() == issued.args[0]
    pdf = target.read_bytes()
    assert "N765432" in pdf_text(pdf) and "Omar HADDAD" in pdf_text(pdf)
    token = qr_codes(pdf)[0][0]
    assert verify_letter(token, on=DAY).valid

    dialog.register.setCurrentRow(0)
    monkeypatch.setattr(
        "frontdesk.gui.letter_dialog.QInputDialog.getText", lambda *a, **k: ("trip off", True)
    )
    qtbot.mouseClick(dialog.revoke_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "revoked" in dialog.register.item(0).text(), timeout=10_000)
    assert verify_letter(token, on=DAY).verdict.reason.value == "revoked"
    dialog.reject()


def test_a_companion_without_a_passport_is_refused_in_the_dialog(qtbot, open_window, layla, actor,
                                                                 tmp_path):  # fmt: skip
    add_companion(layla.id, CompanionInput("Haddad", "Sami", relationship="son"), actor)
    window = open_window()
    dialog = _dialog(qtbot, window, layla)
    dialog.path.setText(str(tmp_path / "letter.pdf"))
    with clock.frozen(BEFORE):
        qtbot.mouseClick(dialog.issue_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.message.text().startswith("⚠"), timeout=10_000)
    assert "Sami HADDAD has no passport number" in dialog.message.text()
    assert not Path(tmp_path / "letter.pdf").exists() and VisaLetter.select().count() == 0
    # leaving him out, the letter goes
    for i in range(dialog.companions.count()):
        item = dialog.companions.item(i)
        if "Sami" in item.text():
            item.setCheckState(Qt.CheckState.Unchecked)
    with clock.frozen(BEFORE), qtbot.waitSignal(dialog.issued, timeout=15_000):
        qtbot.mouseClick(dialog.issue_button, Qt.MouseButton.LeftButton)
    assert VisaLetter.select().count() == 1
    qtbot.waitUntil(lambda: dialog.register.count() == 1, timeout=10_000)
    assert "valid" in dialog.register.item(0).text()
    dialog.grab().save(str(tmp_path / "dialog.png"))  # looked at: docs/screenshots/
    window.grab().save(str(tmp_path / "window.png"))
    dialog.reject()
