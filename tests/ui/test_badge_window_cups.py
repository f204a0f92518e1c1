"""The badge dialog printing through a real CUPS (tests/cups/server.py): the printer list with
each printer's state, a badge counted only when CUPS says it printed, and a printer that does
not print said in words, with nothing counted."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from PySide6.QtCore import Qt

from frontdesk.gui.badge_output import pdf_images
from frontdesk.services.badges import verify_badge
from frontdesk.store.models import AuditEvent, Badge, Patient
from tests.cups.output import pages_of, qr_texts
from tests.db.helpers import BADGE_DAY as DAY
from tests.db.helpers import BADGE_MORNING as RUNS_AT  # noqa: F401 (tests/conftest.py)
from tests.db.helpers import NEW_YORK, book, make_patient
from tests.ui.test_badge_window import open_dialog


@pytest.fixture
def window(qtbot, open_window, desk_settings, actor, cups):
    patient = make_patient(actor, mrn="L1", family="Haddad", given="Layla")
    book(actor, patient, "A1", 10, location="Yawkey Building, floor 7, room 712", day=DAY)
    desk_settings.badge_layout = "brother-62"
    desk_settings.badge_printer = "QL-800"
    win = open_window(day=DAY)
    with qtbot.waitSignal(win.patient_opened, timeout=5000):
        win.open_patient(patient.id)
    return win


def _shown_printers(qtbot, dialog) -> list[str]:
    combo = dialog.ui.printerCombo
    qtbot.waitUntil(lambda: combo.count() > 2, timeout=10_000)
    return [combo.itemText(i) for i in range(combo.count())]


def test_a_badge_printed_on_a_label_printer_counts_once_cups_has_printed_it(
    qtbot, window, cups, tmp_path
):
    dialog = open_dialog(qtbot, window)
    shown = _shown_printers(qtbot, dialog)
    assert "QL-800 — ready" in shown and "LabelWriter-450 — ready" in shown
    assert shown[-1].startswith("PDF file in")  # its own choice, last
    assert dialog.printer() == "QL-800"
    # the preview shows the badge as the thermal printer prints it: a solid black band
    (preview,) = pdf_images(dialog.pdf, 72)
    band = preview.pixelColor(preview.width() // 2, round(0.17 * preview.width() * 0.5) + 12)
    assert (band.red(), band.green(), band.blue()) == (0, 0, 0)
    output = cups.out / "QL-800.out"
    output.unlink(missing_ok=True)
    with qtbot.waitSignal(dialog.printed, timeout=30_000) as said:
        qtbot.keyClick(dialog.ui.printButton, Qt.Key.Key_Return)
    assert "printed on QL-800 (62mm x 100mm" in said.args[0]
    (page,) = pages_of("brother", output.read_bytes())
    (token,) = qr_texts(page)
    noon = dt.datetime.combine(DAY, dt.time(12), tzinfo=NEW_YORK)
    assert verify_badge(token, noon).verdict.valid
    assert [b.print_count for b in Badge.select()] == [1]
    assert AuditEvent.select().where(AuditEvent.action == "badge.print").count() == 1
    assert not list((tmp_path / "pdf").glob("*.pdf"))  # a printer, not a PDF file


def test_a_paused_printer_is_shown_said_and_nothing_counted(qtbot, window, cups):
    cups.lp("cupsdisable", "QL-800", check=True)
    try:
        dialog = open_dialog(qtbot, window)
        assert "QL-800 — paused" in _shown_printers(qtbot, dialog)
        qtbot.waitUntil(lambda: "QL-800: paused." in dialog.ui.warningLabel.text())
        dialog.ui.warningLabel.grab().save(str(cups.root / "warning.png"))
        with qtbot.waitSignal(dialog.failed, timeout=30_000) as said:
            dialog.ui.printButton.click()
    finally:
        cups.lp("cupsenable", "QL-800")
    assert "QL-800: paused. Resume it" in said.args[0]
    assert dialog.isVisible()  # the desk can choose another printer and print again
    assert "Nothing was counted as printed" in dialog.ui.statusLabel.text()
    assert [b.print_count for b in Badge.select()] == [0]
    assert AuditEvent.select().where(AuditEvent.action == "badge.print").count() == 0


def test_a_remembered_printer_that_is_gone_is_not_silently_a_pdf_file(
    qtbot, window, desk_settings, tmp_path
):
    desk_settings.badge_printer = "Old-Printer"
    dialog = open_dialog(qtbot, window)
    shown = _shown_printers(qtbot, dialog)
    assert "Old-Printer — not found" in shown
    assert dialog.printer() == "Old-Printer"
    with qtbot.waitSignal(dialog.failed, timeout=30_000) as said:
        dialog.ui.printButton.click()
    assert "There is no printer Old-Printer any more" in said.args[0]
    assert [b.print_count for b in Badge.select()] == [0]
    assert not list((tmp_path / "pdf").glob("*.pdf"))


@pytest.fixture
def expected(actor):
    """Three holders expected on the day: Layla Haddad and her son, Min-jun Kim."""
    from frontdesk.services.patients import CompanionInput, add_companion

    layla = Patient.get(Patient.mrn == "L1")
    add_companion(layla.id, CompanionInput("Haddad", "Omar", relationship="son"), actor)
    kim = make_patient(actor, mrn="K1", family="Kim", given="Min-jun")
    book(actor, kim, "A2", 11, location="Wang Building, floor 3, room 301", day=DAY)


def _batch_dialog(qtbot, window):
    window.print_day_badges()
    dialog = window.day_batch_dialog
    qtbot.waitUntil(lambda: dialog.printer_combo.count() > 2, timeout=10_000)
    return dialog


def test_the_days_batch_asks_for_its_printer_and_each_layout_keeps_its_own(
    qtbot, window, desk_settings, cups, expected
):
    desk_settings.remember_printer("sheet-letter", "PostScript")
    desk_settings.remember_printer("brother-62", "QL-800")
    desk_settings.batch_layout = "sheet-letter"
    dialog = _batch_dialog(qtbot, window)
    assert dialog.printer() == "PostScript"
    assert dialog.printer_combo.currentText() == "PostScript — ready"
    dialog.layout_combo.setCurrentIndex(dialog.layout_combo.findData("brother-62"))
    assert dialog.printer() == "QL-800"  # the label printer for labels
    dialog.grab().save(str(cups.root / "batch-dialog.png"))
    output = cups.out / "QL-800.out"
    output.unlink(missing_ok=True)
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    with qtbot.waitSignal(window.day_batch.finished, timeout=60_000) as said:
        pass
    assert "3 badges for 2 patients: printed on QL-800" in said.args[0]
    pages = pages_of("brother", output.read_bytes())
    tokens = sorted(t for page in pages for t in qr_texts(page))
    noon = dt.datetime.combine(DAY, dt.time(12), tzinfo=NEW_YORK)
    assert len(tokens) == 3 and all(verify_badge(t, noon).verdict.valid for t in tokens)
    assert [b.print_count for b in Badge.select()] == [1, 1, 1]
    assert desk_settings.printer_for("brother-62") == "QL-800"
    assert desk_settings.printer_for("sheet-letter") == "PostScript"


def test_a_batch_on_a_printer_without_its_stock_is_refused_and_nothing_counted(
    qtbot, window, desk_settings, cups, expected
):
    desk_settings.remember_printer("sheet-letter", "QL-800")  # the mistake the issue saw
    window.start_day_badges("sheet-letter")
    with qtbot.waitSignal(window.day_batch.failed, timeout=60_000) as said:
        pass
    assert "QL-800 has no stock for “US Letter sheet" in said.args[0]
    qtbot.waitUntil(lambda: getattr(window, "batch_failure", None) is not None)
    assert window.batch_failure.isVisible()
    assert "QL-800 has no stock" in window.batch_failure.text()
    assert [b.print_count for b in Badge.select()] == [0, 0, 0]
    assert AuditEvent.select().where(AuditEvent.action == "badge.print").count() == 0


def test_a_batch_on_a_paused_printer_is_said_and_nothing_counted(
    qtbot, window, desk_settings, cups, expected
):
    cups.lp("cupsdisable", "PostScript", check=True)
    try:
        dialog = _batch_dialog(qtbot, window)
        dialog.layout_combo.setCurrentIndex(dialog.layout_combo.findData("sheet-letter"))
        dialog.printer_combo.setCurrentIndex(dialog.printer_combo.findData("PostScript"))
        qtbot.waitUntil(lambda: "PostScript: paused." in dialog.warning.text())
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
        with qtbot.waitSignal(window.day_batch.failed, timeout=60_000) as said:
            pass
    finally:
        cups.lp("cupsenable", "PostScript")
    assert "PostScript: paused." in said.args[0]
    assert [b.print_count for b in Badge.select()] == [0, 0, 0]


def test_the_window_never_waits_on_a_printer_that_does_not_answer(
    qtbot, window, desk_settings, cups, monkeypatch
):
    import time

    from PySide6.QtCore import QTimer

    from frontdesk.printing import cups_print

    monkeypatch.setattr(cups_print, "PATIENCE", 3.0)
    cups.add_queue("Unplugged", "drv:///sample.drv/generic.ppd", uri="socket://127.0.0.1:9")
    desk_settings.remember_printer("sheet-letter", "Unplugged")
    desk_settings.badge_layout = "sheet-letter"
    try:
        dialog = open_dialog(qtbot, window)
        assert dialog.printer() == "Unplugged"
        beats: list[float] = []
        heartbeat = QTimer(dialog)
        heartbeat.setInterval(10)
        heartbeat.timeout.connect(lambda: beats.append(time.monotonic()))
        heartbeat.start()
        with qtbot.waitSignal(dialog.failed, timeout=60_000) as said:
            dialog.ui.printButton.click()
        heartbeat.stop()
    finally:
        cups.lp("lpadmin", "-x", "Unplugged")
    assert "Unplugged does not take the job" in said.args[0]
    assert "was cancelled" in said.args[0]
    assert beats[-1] - beats[0] >= 3.0  # the job was followed for the whole patience...
    gaps = [b - a for a, b in itertools.pairwise(beats)]
    # ...while the window went on answering (a loaded machine may pause it a little; a
    # window waiting on the printer would stop for the whole 3 s)
    assert max(gaps) < 0.5
    assert [b.print_count for b in Badge.select()] == [0]
