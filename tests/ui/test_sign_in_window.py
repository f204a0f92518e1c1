"""The desk window in an office that signs staff in: choosing a name asks for the password
(checked on a worker), a door account is turned away, and the idle lock opens only for the
signed-in person's PIN or password, or a full sign-in of someone else."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from frontdesk.gui.desk_sign_in import SignInDialog
from frontdesk.services.accounts import add_staff, set_password, set_pin, sign_in
from frontdesk.services.roles import Role
from frontdesk.store.models import AuditEvent

from .conftest import DAY

ADMIN_PW = "ines-admin-secret"


@pytest.fixture(autouse=True)
def quick_hashes(monkeypatch):
    monkeypatch.setenv("FRONTDESK_ARGON2_PROFILE", "cheapest")


@pytest.fixture
def signing_office(actor):
    """amal (reception, PIN 4711), bilal (reception), sec (door); ines the admin."""
    add_staff(None, "ines", "Inês Costa", Role.ADMIN, password=ADMIN_PW)
    admin = sign_in("ines", ADMIN_PW, "Desk 9", audit=False)
    set_password(admin, "amal", "amal-password-1")
    add_staff(admin, "bilal", "Bilal Saeed", Role.RECEPTION, password="bilal-password")
    add_staff(admin, "sec", "Door Security", Role.DOOR, password="door-password-1")
    set_pin(sign_in("amal", "amal-password-1", "Desk 1", audit=False), "4711")
    from tests.db.helpers import make_patient

    make_patient(admin, mrn="MRN1")
    return admin


def _answer_dialog(qtbot, password: str, *, then_cancel: bool = False, seen: list | None = None):
    """Type into the sign-in dialog as soon as it is up, press Sign in; record what it said."""

    def fill():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, SignInDialog):
            QTimer.singleShot(20, fill)
            return
        dialog.password.setText(password)
        dialog.buttons.accepted.emit()
        if seen is not None:

            def after():
                if dialog.job.busy:
                    QTimer.singleShot(20, after)
                    return
                seen.append(dialog.error.text())
                if then_cancel:
                    dialog.reject()

            QTimer.singleShot(20, after)

    QTimer.singleShot(0, fill)


def _choose(qtbot, window, username: str) -> None:
    """Choose a name in the status bar's list; wait for the sign-in it starts to settle."""
    with qtbot.waitSignal(window.signed_in, timeout=10_000):
        window.staff_combo.setCurrentIndex(window.staff_combo.findData(username))


def test_choosing_a_name_asks_for_the_password(qtbot, open_window, signing_office):
    window = open_window(DAY)
    assert window.actor is None  # nobody is signed in until they prove who they are
    seen: list[str] = []
    _answer_dialog(qtbot, "not-her-password", then_cancel=True, seen=seen)
    _choose(qtbot, window, "amal")  # the staff read on a worker, then the dialog
    assert seen == ["wrong user name or password"] and window.actor is None
    _answer_dialog(qtbot, "amal-password-1")
    assert window.staff_combo.currentData() == ""  # back to "— choose —"
    _choose(qtbot, window, "amal")
    assert window.actor is not None and window.actor.authenticated
    assert window.actor.staff.username == "amal"
    actions = [e.action for e in AuditEvent.select().order_by(AuditEvent.seq)]
    assert actions[-1] == "staff.sign_in" and "staff.sign_in_failed" in actions
    # Her opening a patient is an access event under her name.
    from frontdesk.services.patients import patient_by_mrn

    patient_id = patient_by_mrn("MRN1").id
    with qtbot.waitSignal(window.patient_opened, timeout=5000):
        window.open_patient(patient_id)
    qtbot.waitUntil(
        lambda: AuditEvent.select().where(AuditEvent.action == "patient.view").exists(),
        timeout=5000,
    )
    view = AuditEvent.get(AuditEvent.action == "patient.view")
    assert view.staff.username == "amal" and view.object_id == str(patient_id)


def test_a_door_account_cannot_open_the_desk(qtbot, open_window, signing_office):
    window = open_window(DAY)
    seen: list[str] = []
    _answer_dialog(qtbot, "door-password-1", then_cancel=True, seen=seen)
    _choose(qtbot, window, "sec")
    assert "door account" in seen[0] and window.actor is None


def test_the_lock_opens_for_the_pin_of_who_was_there_or_a_full_sign_in(
    qtbot, open_window, signing_office, tmp_path
):
    window = open_window(DAY)
    _answer_dialog(qtbot, "amal-password-1")
    _choose(qtbot, window, "amal")
    assert window.actor.staff.username == "amal"
    lock = window.idle_lock
    lock.lock()
    panel = lock.panel
    assert panel.secret.isVisible()  # known from the window's sign-in; read again meanwhile
    qtbot.waitUntil(panel.unlock.isEnabled, timeout=5000)
    panel.secret.setText("1234")
    panel.unlock.click()
    qtbot.waitUntil(lambda: "wrong" in panel.error.text(), timeout=5000)
    assert panel.isVisible()  # still locked
    window.grab().save(str(tmp_path / "lock-refused.png"))
    panel.secret.setText("4711")
    with qtbot.waitSignals([lock.unlocked, window.signed_in], timeout=5000):
        panel.unlock.click()
    assert not panel.isVisible() and window.actor.staff.username == "amal"

    lock.lock()  # Bilal comes to the desk: his password, a full sign-in
    qtbot.waitUntil(panel.unlock.isEnabled, timeout=5000)
    panel.staff.setCurrentIndex(panel.staff.findData("bilal"))
    panel.secret.setText("4711")  # Amal's PIN is not Bilal's
    panel.unlock.click()
    qtbot.waitUntil(lambda: "wrong" in panel.error.text(), timeout=5000)
    panel.secret.setText("bilal-password")
    with qtbot.waitSignals([lock.unlocked, window.signed_in], timeout=5000):
        panel.unlock.click()
    assert window.actor.staff.username == "bilal" and window.actor.authenticated
    last = AuditEvent.select().order_by(AuditEvent.seq.desc()).first()
    assert last.action == "staff.sign_in" and last.staff.username == "bilal"


def test_the_sign_in_dialog_as_it_looks(qtbot, signing_office, tmp_path):
    dialog = SignInDialog("Desk 1", "amal")
    qtbot.addWidget(dialog)
    dialog.resize(420, 160)
    dialog.show()
    dialog.password.setText("wrong-password")
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: "wrong user name" in dialog.error.text(), timeout=5000)
    assert dialog.isVisible() and dialog.password.text() == ""
    assert dialog.grab().save(str(tmp_path / "sign-in.png"))
