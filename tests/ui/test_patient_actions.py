"""Check-in, undo and no-show from the window run off the GUI thread: the window stays alive
while another station holds the database, says what is under way, and says in words when the
write could not be made (nothing written)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from frontdesk.gui.schedule_model import STATUS
from frontdesk.store.models import AuditEvent, Visit
from tests.db.helpers import book, make_patient
from tests.ui.heartbeat import Heartbeat
from tests.ui.test_main_window import answer_dialog, cell

HOLDER = Path(__file__).with_name("lock_holder.py")
STALL_BOUND_MS = 2000


def _patient(actor):
    kim = make_patient(actor, mrn="K1", family="Kim", given="Min-jun", date_of_birth="1979-12-25")
    book(actor, kim, "A1", 11)
    return kim


def _open(qtbot, window, patient_id):
    with qtbot.waitSignal(window.patient_opened, timeout=5000):
        window.open_patient(patient_id)


def test_a_check_in_while_another_station_holds_the_lock_says_busy_and_never_freezes(
    qtbot, open_window, actor, db_url
):
    kim = _patient(actor)
    window = open_window()
    _open(qtbot, window, kim.id)
    holder = subprocess.Popen(
        [sys.executable, str(HOLDER), db_url, "40"], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout.readline().strip() == "locked"
        with Heartbeat() as beat:
            answer_dialog(qtbot)
            window.ui.actionCheckIn.trigger()
            # While it waits, the desk says so where the receptionist looks, and stays usable.
            qtbot.waitUntil(lambda: window.actions.busy, timeout=5000)
            assert "Checking in" in window.panel.ui.visitLabel.text()
            assert "Checking in" in cell(window, "K1", STATUS)
            assert not window.panel.ui.checkInButton.isEnabled()
            qtbot.keyClicks(window.ui.searchEdit, "kim")
            qtbot.waitUntil(lambda: window.search_model.rowCount() == 1, timeout=5000)
            qtbot.waitUntil(lambda: not window.actions.busy, timeout=30_000)
        box = window.actions.failure_box
        assert box.isVisible() and box.icon() == QMessageBox.Icon.Warning
        assert box.text() == "The database is busy; try again."
        assert box.windowTitle() == "Check-in failed"
    finally:
        holder.kill()
        holder.wait()
    # Nothing was written; the panel offers the check-in again, the row is itself again.
    assert AuditEvent.select().where(AuditEvent.action == "visit.check_in").count() == 0
    assert Visit.select().where(Visit.arrived_at.is_null(False)).count() == 0
    assert window.panel.ui.checkInButton.isEnabled()
    assert cell(window, "K1", STATUS) == "Scheduled"
    # Waiting on the lock would freeze it for the whole busy timeout (15 s). The bound is loose
    # because a machine shared by many test runs (load 17 on 2 cores, seen) can leave the
    # process unscheduled for most of a second; the quiet-machine figure is in the benchmark.
    assert beat.longest_ms < STALL_BOUND_MS, f"the window froze for {beat.longest_ms:.0f} ms"

    # Once the other station is done, the same click works.
    box.close()
    answer_dialog(qtbot)
    window.ui.actionCheckIn.trigger()
    qtbot.waitUntil(lambda: cell(window, "K1", STATUS) == "Arrived", timeout=10_000)
    said = window.ui.statusbar.currentMessage()
    assert re.match(r"Kim, Min-jun: checked in at \d\d:\d\d by amal at Desk 1", said), said


def test_an_unexpected_failure_is_shown_not_swallowed(qtbot, open_window, actor, monkeypatch):
    kim = _patient(actor)
    window = open_window()
    _open(qtbot, window, kim.id)

    def broken(*_args, **_kwargs):
        raise RuntimeError("the disk said no")

    monkeypatch.setattr("frontdesk.gui.patient_actions.check_in", broken)
    answer_dialog(qtbot)
    window.ui.actionCheckIn.trigger()
    qtbot.waitUntil(lambda: not window.actions.busy, timeout=5000)
    box = window.actions.failure_box
    assert box.isVisible()
    assert "Unexpected error (RuntimeError): the disk said no" in box.text()
    assert window.panel.ui.checkInButton.isEnabled()


def test_undo_and_no_show_run_off_the_gui_thread(qtbot, open_window, actor):
    kim = _patient(actor)
    layla = make_patient(actor, mrn="L1", family="Haddad", given="Layla")
    book(actor, layla, "A2", 12)
    window = open_window()
    _open(qtbot, window, kim.id)
    answer_dialog(qtbot)
    window.ui.actionCheckIn.trigger()
    qtbot.waitUntil(lambda: cell(window, "K1", STATUS) == "Arrived", timeout=10_000)
    qtbot.waitUntil(lambda: window.panel.ui.undoButton.isEnabled(), timeout=5000)
    window.ui.actionUndoCheckIn.trigger()
    qtbot.waitUntil(lambda: cell(window, "K1", STATUS) == "Scheduled", timeout=10_000)
    assert window.ui.statusbar.currentMessage() == "Check-in undone"

    _open(qtbot, window, layla.id)
    answer_dialog(qtbot)
    window.ui.actionNoShow.trigger()
    qtbot.waitUntil(lambda: cell(window, "L1", STATUS) == "No-show", timeout=10_000)
    assert window.ui.statusbar.currentMessage() == "1 appointment(s) marked no-show"
