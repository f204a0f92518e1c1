"""A restore reaches the desks that are open: the window reads the day again by itself.

Another process (as IT would, at a terminal) backs up, a patient is checked in at another
desk, then the backup is restored while this desk's window stays open on the same database.
"""

from __future__ import annotations

import subprocess
import sys

from frontdesk.gui.schedule_model import STATUS
from tests.db.helpers import DAY
from tests.ui.test_main_window import cell, day_of_patients, window  # noqa: F401


def _frontdesk(db_url: str, *args: str) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "frontdesk", "--db", db_url, *args],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_an_open_desk_shows_the_restored_day_within_seconds(
    qtbot,
    window,  # noqa: F811
    db_url,
    tmp_path,
):
    backup = tmp_path / "before-checkin.backup.tar"
    _frontdesk(db_url, "backup", "--to", str(backup))
    _frontdesk(
        db_url, "checkin", "L1", "--date", DAY.isoformat(), "--staff", "amal", "--station", "Desk 2"
    )
    qtbot.waitUntil(lambda: cell(window, "L1", STATUS) == "Arrived", timeout=3000)

    _frontdesk(db_url, "restore", str(backup), "--station", "IT")
    qtbot.waitUntil(lambda: cell(window, "L1", STATUS) == "Scheduled", timeout=3000)
    assert window.counts()["arrived"] == 0
