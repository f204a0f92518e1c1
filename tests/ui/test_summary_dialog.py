"""The visit summary from the window: Ctrl+Shift+P or the panel's button, the patient's
language first, the preview drawn off the GUI thread, another language, saved as a PDF."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from frontdesk.services.patients import CompanionInput, add_companion
from tests.db.helpers import book, make_patient
from tests.pdf_reading import pdf_text


@pytest.fixture
def patients(actor):
    layla = make_patient(
        actor,
        mrn="L1",
        native_family_name="حداد",
        native_given_name="ليلى",
        preferred_language="ar",
        interpreter_needed=True,
    )
    book(actor, layla, "A1", 11, department="Cardiology", location="Yawkey Building, floor 5")
    book(actor, layla, "A2", 9, department="Laboratory", location="Wang Building, floor 2")
    add_companion(layla.id, CompanionInput("Haddad", "Omar", relationship="son"), actor)
    anh = make_patient(actor, mrn="V1", family="Nguyen", given="Anh", preferred_language="vi")
    book(actor, anh, "V1", 10, department="Imaging")
    return layla, anh


@pytest.fixture
def window(open_window, patients):
    return open_window()


def _open_with_keys(qtbot, window):
    before = getattr(window, "summary_dialog", None)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(
        window,
        Qt.Key.Key_P,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: getattr(window, "summary_dialog", None) is not before)
    dialog = window.summary_dialog
    qtbot.waitUntil(lambda: dialog.summary is not None, timeout=10_000)
    return dialog


def test_preview_in_the_patients_language_then_another_saved_as_pdf(qtbot, window, patients):
    layla, _kim = patients
    with qtbot.waitSignal(window.patient_opened, timeout=5000):
        window.open_patient(layla.id)
    assert window.panel.ui.summaryButton.isEnabled()
    dialog = _open_with_keys(qtbot, window)
    assert dialog.language() == "ar" and "English instead" not in dialog.ui.warningLabel.text()
    # No office address or phone set yet: the desk is told (the page would have neither).
    assert "address is not set" in dialog.ui.warningLabel.text()
    assert "phone number is not set" in dialog.ui.warningLabel.text()
    # The preview shows the whole width of the page: an Arabic line starts on the right.
    pixmap = dialog.ui.previewLabel.pixmap()
    assert not pixmap.isNull()
    assert pixmap.width() <= dialog.ui.previewScroll.viewport().width()
    assert not dialog.ui.previewScroll.horizontalScrollBar().isVisible()
    assert dialog.summary.language == "ar" and dialog.summary.appointments == 2
    assert "2 appointment(s) on 1 day(s)" in dialog.ui.statusLabel.text()

    with qtbot.waitSignal(dialog.preview_ready, timeout=10_000):
        dialog.ui.languageCombo.setCurrentIndex(dialog.ui.languageCombo.findData("es"))
    assert dialog.summary.language == "es"
    assert dialog.printer() == ""  # no printer on the test machine: PDF files
    with qtbot.waitSignal(dialog.printed, timeout=10_000) as printed:
        qtbot.mouseClick(dialog.ui.printButton, Qt.MouseButton.LeftButton)
    assert printed.args[0].startswith("saved ")
    (saved,) = Path(window.settings.pdf_folder).glob("*.pdf")
    text = pdf_text(saved.read_bytes())
    assert "Resumen de la visita" in text
    assert text.index("Laboratory") < text.index("Cardiology")
    assert window.ui.statusbar.currentMessage().startswith("saved ")


def test_the_panel_button_and_english_when_the_language_has_no_catalog(qtbot, window, patients):
    _layla, anh = patients
    with qtbot.waitSignal(window.patient_opened, timeout=5000):
        window.open_patient(anh.id)
    window.panel.ui.summaryButton.click()
    qtbot.waitUntil(lambda: getattr(window, "summary_dialog", None) is not None)
    dialog = window.summary_dialog
    qtbot.waitUntil(lambda: dialog.summary is not None, timeout=10_000)
    assert dialog.language() == "en" and dialog.summary.language == "en"
    assert "Vietnamese" in dialog.ui.warningLabel.text()
    with qtbot.waitSignal(dialog.failed, timeout=10_000) as failed:
        dialog.ui.firstDate.setDate(dialog.ui.firstDate.date().addDays(1))
    assert "no appointments" in failed.args[0]
    assert not dialog.ui.printButton.isEnabled()
    dialog.reject()


def test_no_office_warning_once_the_office_is_set(qtbot, window, patients, actor):
    from frontdesk.services.office import set_office_info

    set_office_info(actor, address="55 Fruit Street, Boston", phone="+1 617 726 2787")
    layla, _anh = patients
    with qtbot.waitSignal(window.patient_opened, timeout=5000):
        window.open_patient(layla.id)
    dialog = _open_with_keys(qtbot, window)
    assert dialog.ui.warningLabel.text() == ""
    assert dialog.summary.office_unset == ()
