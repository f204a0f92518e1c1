"""The visit summary printed through a real CUPS (tests/cups/server.py): the summary's own PDF
on the printer's Letter or A4 paper, said when printed; a printer without that paper says so
and prints nothing."""

from __future__ import annotations

import pytest

from tests.cups.output import DPI, postscript_pages
from tests.ui.test_summary_dialog import _open_with_keys
from tests.ui.test_summary_dialog import patients as patients


@pytest.fixture
def window(open_window, patients, desk_settings, cups):
    return open_window()


def test_a_summary_prints_on_the_printers_own_paper(qtbot, window, patients, cups):
    window.settings.summary_printer = "PostScript"
    with qtbot.waitSignal(window.patient_opened, timeout=5000):
        window.open_patient(patients[0].id)
    dialog = _open_with_keys(qtbot, window)
    assert dialog.printer() == "PostScript"
    output = cups.out / "PostScript.out"
    output.unlink(missing_ok=True)
    with qtbot.waitSignal(dialog.printed, timeout=60_000) as said:
        dialog.ui.printButton.click()
    paper = dialog.summary.paper
    assert (
        f"visit summary: printed on PostScript ({'US Letter' if paper == 'letter' else 'A4'}"
        in said.args[0]
    )
    pages = postscript_pages(output.read_bytes())
    expected = [612, 792] if paper == "letter" else [595, 842]
    assert [p * 72 / DPI for p in pages[0].size] == pytest.approx(expected, abs=3)


def test_a_printer_without_the_paper_prints_nothing_and_says_so(qtbot, window, patients, cups):
    window.settings.summary_printer = "QL-800"
    with qtbot.waitSignal(window.patient_opened, timeout=5000):
        window.open_patient(patients[0].id)
    dialog = _open_with_keys(qtbot, window)
    output = cups.out / "QL-800.out"
    output.unlink(missing_ok=True)
    with qtbot.waitSignal(dialog.failed, timeout=60_000) as said:
        dialog.ui.printButton.click()
    assert "QL-800 has no stock for “" in said.args[0] and "paper" in said.args[0]
    assert dialog.isVisible() and not output.exists()
