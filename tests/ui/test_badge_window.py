"""Badges from the window: the panel's dialog (preview, print, reprint, replace) and the day's
batch with its progress dialog, on a real database; the PDFs read back with zxing-cpp."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from frontdesk.services.badges import verify_badge
from frontdesk.services.patients import CompanionInput, add_companion
from frontdesk.store.models import AuditEvent, Badge
from tests.db.helpers import BADGE_DAY as DAY
from tests.db.helpers import BADGE_MORNING as RUNS_AT  # noqa: F401 (tests/conftest.py)
from tests.db.helpers import NEW_YORK, book, make_patient
from tests.pdf_reading import pdf_text, qr_codes


@pytest.fixture
def layla(actor):
    patient = make_patient(
        actor,
        mrn="L1",
        family="Haddad",
        given="Layla",
        native_family_name="حداد",
        native_given_name="ليلى",
    )
    book(actor, patient, "A1", 10, location="Yawkey Building, floor 7, room 712", day=DAY)
    add_companion(patient.id, CompanionInput("Haddad", "Omar", relationship="son"), actor)
    kim = make_patient(
        actor,
        mrn="K1",
        family="Kim",
        given="Min-jun",
        native_family_name="김",
        native_given_name="민준",
    )
    book(actor, kim, "A2", 11, location="Wang Building, floor 3, room 301", day=DAY)
    return patient


@pytest.fixture
def window(qtbot, open_window, desk_settings, layla):
    desk_settings.badge_layout = "cr80"
    win = open_window(day=DAY)
    with qtbot.waitSignal(win.patient_opened, timeout=5000):
        win.open_patient(layla.id)
    return win


def _pdfs(folder) -> list[Path]:
    return sorted(Path(folder).glob("*.pdf"))


def open_dialog(qtbot, window):
    """Ctrl+B in the window, as the receptionist presses it; waits for the preview."""
    before = getattr(window, "badge_dialog", None)
    qtbot.waitUntil(lambda: not window.patient_reader.busy)  # the panel read again after a print
    window.activateWindow()  # back from the last dialog
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: getattr(window, "badge_dialog", None) is not before)
    dialog = window.badge_dialog
    qtbot.waitUntil(lambda: dialog.pdf is not None, timeout=10_000)
    return dialog


def test_print_the_patient_and_companion_badges_from_the_panel(qtbot, window, tmp_path):
    dialog = open_dialog(qtbot, window)
    # Looking writes nothing: no badge is issued until Print is pressed.
    assert Badge.select().count() == 0
    assert AuditEvent.select().where(AuditEvent.action == "badge.issue").count() == 0
    assert "B-new, B-new" in dialog.ui.statusLabel.text()
    assert dialog.ui.holdersList.count() == 2
    assert "no badge yet" in dialog.ui.holdersList.item(0).text()
    assert not dialog.ui.previewLabel.pixmap().isNull()
    assert dialog.ui.layoutCombo.currentData() == "cr80"  # the station's remembered stock
    with qtbot.waitSignal(dialog.printed, timeout=10_000):
        qtbot.keyClick(dialog.ui.printButton, Qt.Key.Key_Return)
    (pdf_file,) = _pdfs(tmp_path / "pdf")
    pdf = pdf_file.read_bytes()
    tokens = [t for page in qr_codes(pdf) for t in page]
    noon = dt.datetime.combine(DAY, dt.time(12), tzinfo=NEW_YORK)
    assert len(tokens) == 2 and all(verify_badge(t, noon).verdict.valid for t in tokens)
    text = pdf_text(pdf)
    assert "Layla HADDAD" in text and "Omar HADDAD" in text and "Yawkey Building, floor 7" in text
    assert [b.print_count for b in Badge.select().order_by(Badge.id)] == [1, 1]
    assert AuditEvent.select().where(AuditEvent.action == "badge.print").count() == 2
    qtbot.waitUntil(lambda: "printed 1×" in window.panel.ui.badgesValue.text())


def test_reprint_keeps_the_badge_and_counts(qtbot, window, tmp_path):
    dialog = open_dialog(qtbot, window)
    with qtbot.waitSignal(dialog.printed, timeout=10_000):
        dialog.ui.printButton.click()
    dialog = open_dialog(qtbot, window)
    assert dialog.ui.printButton.text() == "Reprint"
    dialog.ui.holdersList.item(1).setCheckState(Qt.CheckState.Unchecked)  # only the patient
    qtbot.waitUntil(lambda: dialog.pdf is not None and len(dialog._previewed) == 1, timeout=10_000)
    with qtbot.waitSignal(dialog.printed, timeout=10_000):
        dialog.ui.printButton.click()
    first, second = _pdfs(tmp_path / "pdf")
    assert qr_codes(second.read_bytes())[0][0] in [
        t for p in qr_codes(first.read_bytes()) for t in p
    ]
    assert [b.print_count for b in Badge.select().order_by(Badge.id)] == [2, 1]


def test_replace_a_lost_badge_is_one_action(qtbot, window, tmp_path):
    dialog = open_dialog(qtbot, window)
    with qtbot.waitSignal(dialog.printed, timeout=10_000):
        dialog.ui.printButton.click()
    old_token = qr_codes(_pdfs(tmp_path / "pdf")[0].read_bytes())[0][0]
    dialog = open_dialog(qtbot, window)
    dialog.ui.holdersList.setCurrentRow(0)

    def confirm():
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox) and "refused at every door" in box.informativeText()
        box.button(QMessageBox.StandardButton.Yes).click()

    QTimer.singleShot(200, confirm)
    with qtbot.waitSignal(dialog.printed, timeout=10_000):
        dialog.ui.replaceButton.click()
    newest = _pdfs(tmp_path / "pdf")[-1].read_bytes()
    noon = dt.datetime.combine(DAY, dt.time(12), tzinfo=NEW_YORK)
    assert verify_badge(old_token, noon).verdict.reason.value == "superseded"
    (new_token,) = qr_codes(newest)[0]
    assert verify_badge(new_token, noon).verdict.valid
    assert "/2" in pdf_text(newest)
    qtbot.waitUntil(lambda: "<s>" in window.panel.ui.badgesValue.text())


def test_a_name_no_font_prints_is_a_visible_warning(qtbot, window, actor, layla):
    """A native name no font has: the badge carries the passport name alone, and the desk is
    told whose and why before it prints (issue 16: a badge for everyone)."""
    add_companion(layla.id, CompanionInput("Ur", "Ninsun", native_family_name="𒀭𒊩𒌆"), actor)
    with qtbot.waitSignal(window.patient_opened, timeout=5000):
        window.open_patient(layla.id)
    qtbot.keyClick(window, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    dialog = window.badge_dialog
    qtbot.waitUntil(lambda: dialog.ui.warningLabel.text() != "", timeout=10_000)
    warning = dialog.ui.warningLabel.text()
    assert "Ninsun UR" in warning and "U+1202D" in warning and "passport name" in warning
    qtbot.waitUntil(lambda: dialog.pdf is not None, timeout=10_000)
    assert dialog.ui.printButton.isEnabled()
    text = pdf_text(dialog.pdf)
    assert "Ninsun UR" in text and "𒀭" not in text


def test_the_days_batch_with_progress_and_cancel(qtbot, window, tmp_path):
    window.start_day_badges("sheet-a4")
    batch = window.day_batch
    with qtbot.waitSignal(batch.finished, timeout=20_000) as signal:
        pass
    assert "3 badges for 2 patients" in signal.args[0]
    (sheet,) = _pdfs(tmp_path / "pdf")
    assert len(qr_codes(sheet.read_bytes())[0]) == 3

    window.start_day_badges("sheet-a4")
    batch = window.day_batch
    batch.dialog.findChild(QPushButton).click()  # Cancel, before the first badge is drawn
    with qtbot.waitSignal(batch.cancelled, timeout=20_000):
        pass
    assert "Cancelled" in window.ui.statusbar.currentMessage()
    assert len(_pdfs(tmp_path / "pdf")) == 1
    assert all(b.print_count == 1 for b in Badge.select())


def test_a_batch_prints_the_rest_and_names_the_badge_it_could_not(qtbot, window, actor, layla):
    add_companion(layla.id, CompanionInput("Ur", "Ninsun", native_family_name="𒀭𒊩𒌆"), actor)
    window.start_day_badges("sheet-letter")
    with qtbot.waitSignal(window.day_batch.finished, timeout=20_000):
        pass
    qtbot.waitUntil(lambda: getattr(window, "batch_warning", None) is not None)
    box = window.batch_warning
    assert box.isVisible() and "4 badges" in box.text()
    assert "Ninsun UR" in box.informativeText() and "U+1202D" in box.informativeText()
    (sheet,) = _pdfs(window.settings.pdf_folder)
    assert len(qr_codes(sheet.read_bytes())[0]) == 4  # hers too, with the passport name


def test_a_locked_desk_closes_the_badge_dialog_and_prints_nothing(qtbot, window, tmp_path):
    dialog = open_dialog(qtbot, window)
    window.idle_lock.lock()
    assert not dialog.isVisible()  # no name or preview left over the cover
    assert window.idle_lock.panel.isVisible()
    dialog.ui.printButton.click()  # even if it were reached
    qtbot.wait(300)
    assert not list((tmp_path / "pdf").glob("*.pdf")) if (tmp_path / "pdf").exists() else True
    assert all(b.print_count == 0 for b in Badge.select())


def test_a_treatment_stay_badge_from_the_dialog(qtbot, window, tmp_path):
    dialog = open_dialog(qtbot, window)
    dialog.ui.holdersList.item(1).setCheckState(Qt.CheckState.Unchecked)  # the patient only
    qtbot.waitUntil(lambda: dialog.pdf is not None and len(dialog._previewed) == 1)
    dialog.ui.untilDate.setDate(DAY + dt.timedelta(days=3))  # a three-night stay
    qtbot.waitUntil(
        lambda: (
            dialog.pdf is not None and f"{DAY + dt.timedelta(days=3):%d %b}" in pdf_text(dialog.pdf)
        )
    )
    assert Badge.select().count() == 0  # still only a preview
    with qtbot.waitSignal(dialog.printed, timeout=10_000):
        dialog.ui.printButton.click()
    (badge,) = Badge.select()
    assert badge.valid_until == dt.datetime.combine(
        DAY + dt.timedelta(days=3), dt.time(19), tzinfo=NEW_YORK
    )
    later = dt.datetime.combine(DAY + dt.timedelta(days=2), dt.time(9), tzinfo=NEW_YORK)
    (pdf_file,) = _pdfs(tmp_path / "pdf")
    assert verify_badge(qr_codes(pdf_file.read_bytes())[0][0], later).verdict.valid
    # Opened again, the dialog knows the stay and prints the same badge again.
    dialog = open_dialog(qtbot, window)
    assert dialog.ui.untilDate.date().toPython() == DAY + dt.timedelta(days=3)
    assert dialog.ui.printButton.text() == "Print"  # the companion has no badge yet
