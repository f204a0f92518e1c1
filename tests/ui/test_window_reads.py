"""The window's reads run on workers, with a busy state where the person looks and a failure said
in words: the first day, the contact details before their dialog, the office's zone after
Settings."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from frontdesk.gui.main_window import MainWindow
from frontdesk.services.office import office_zone
from frontdesk.store.models import Patient
from tests.db.helpers import DAY, NEW_YORK, make_patient
from tests.ui.test_main_window import day_of_patients, window  # noqa: F401


def test_the_first_day_is_read_on_a_worker_while_the_window_says_so(
    qtbot,
    desk_settings,
    day_of_patients,  # noqa: F811
    tmp_path,
):
    ten = dt.datetime.combine(DAY, dt.time(10, 0), tzinfo=NEW_YORK)
    win = MainWindow(desk_settings, DAY, clock=lambda: ten)
    qtbot.addWidget(win)
    loaded: list[bool] = []
    win.day_loaded.connect(lambda: loaded.append(True))
    win.resize(1366, 768)
    # The constructor has returned and no event has run: the day is being read elsewhere.
    assert win.day_view.loader.busy and win.proxy.rowCount() == 0
    win.show()
    assert not win.ui.scheduleView.isEnabled()
    assert win.day_view.reading_label.isVisible()
    assert win.day_view.reading_label.text() == "Reading the day…"
    win.grab().save(str(tmp_path / "reading-the-day.png"))
    qtbot.waitUntil(lambda: bool(loaded), timeout=5000)
    assert win.proxy.rowCount() == 3 and win.ui.scheduleView.isEnabled()
    assert not win.day_view.reading_label.isVisible()


def _open(qtbot, win, patient_id: int) -> None:
    """Open the patient, then let the window settle: opening writes an access record, which
    the change feed reads back (and refreshes the panel with)."""
    with qtbot.waitSignal(win.patient_opened, timeout=5000):
        win.open_patient(patient_id)
    qtbot.waitUntil(lambda: not win.access_log.busy, timeout=5000)
    with qtbot.waitSignal(win.changes_applied, timeout=5000):
        win.poll_changes()
    jobs = (win.day_view.poller, win.patient_reader, win.access_log)
    qtbot.waitUntil(lambda: not any(job.busy for job in jobs), timeout=5000)


def test_the_contact_details_are_read_on_a_worker_then_the_dialog_opens(
    qtbot,
    window,  # noqa: F811
    actor,
):
    patient = make_patient(actor, mrn="C1", phone="+966501234567", email="c1@example.com")
    _open(qtbot, window, patient.id)
    window.panel.ui.editContactButton.click()
    # Busy: the button and the menu item wait for the read, the status bar says why.
    assert not window.panel.ui.editContactButton.isEnabled()
    assert not window.ui.actionEditContact.isEnabled()
    assert window.ui.statusbar.currentMessage() == "Reading the contact details…"
    qtbot.waitUntil(lambda: getattr(window, "contact_dialog", None) is not None, timeout=5000)
    dialog = window.contact_dialog
    assert dialog.isVisible() and dialog.ui.emailEdit.text() == "c1@example.com"
    assert window.panel.ui.editContactButton.isEnabled()
    dialog.ui.emailEdit.setText("c1@example.org")
    dialog.accept()  # the write, on a worker too
    qtbot.waitUntil(lambda: window.ui.statusbar.currentMessage() == "Contact details saved")
    assert Patient.get_by_id(patient.id).email == "c1@example.org"


def test_a_contact_read_that_fails_is_said_in_the_status_bar(qtbot, window, actor):  # noqa: F811
    patient = make_patient(actor, mrn="GONE1")
    _open(qtbot, window, patient.id)
    Patient.delete_by_id(patient.id)  # gone meanwhile (a test's shortcut: no desk deletes)
    window.ui.actionEditContact.trigger()
    qtbot.waitUntil(lambda: "Could not read" in window.ui.statusbar.currentMessage())
    message = window.ui.statusbar.currentMessage()
    assert message == f"Could not read the contact details: No patient with id {patient.id}"
    assert getattr(window, "contact_dialog", None) is None
    assert window.panel.ui.editContactButton.isEnabled()


def test_the_office_zone_is_read_on_a_worker_after_settings(qtbot, window):  # noqa: F811
    def choose_paris():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, choose_paris)
            return
        dialog.ui.zoneCombo.setCurrentText("Europe/Paris")
        dialog.accept()

    assert window.zone == NEW_YORK
    with qtbot.waitSignal(window.day_loaded, timeout=10_000):
        QTimer.singleShot(0, choose_paris)
        window.ui.actionSettings.trigger()
    qtbot.waitUntil(lambda: window.zone == ZoneInfo("Europe/Paris"), timeout=5000)
    assert office_zone() == ZoneInfo("Europe/Paris")


def test_settings_write_on_a_worker_and_say_a_refusal_in_the_dialog(qtbot, window):  # noqa: F811
    from frontdesk.gui.settings_dialog import SettingsDialog, office_facts

    dialog = SettingsDialog(window.settings, window, office_facts())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.staffCombo.setCurrentIndex(0)  # nobody signed in...
    dialog.ui.zoneCombo.setCurrentText("Asia/Tokyo")  # ...changes the office's zone
    dialog.accept()
    assert not dialog.ui.buttons.button(dialog.ui.buttons.StandardButton.Ok).isEnabled()
    qtbot.waitUntil(dialog.ui.errorLabel.isVisible, timeout=5000)
    assert dialog.ui.errorLabel.text().startswith("⚠ The office's time zone is shared")
    assert (
        dialog.isVisible()
        and dialog.ui.buttons.button(dialog.ui.buttons.StandardButton.Ok).isEnabled()
    )
    assert office_zone() == NEW_YORK
