"""`frontdesk --screenshot`: the window rendered offscreen to a PNG, with a search typed."""

from __future__ import annotations

import os
import subprocess
import sys

from PySide6.QtGui import QImage

from tests.db.helpers import DAY, book, make_patient


def test_screenshot_with_a_search(tmp_path, db_url, actor):
    kim = make_patient(
        actor,
        mrn="K1",
        family="Kim",
        given="Min-jun",
        native_family_name="김",
        native_given_name="민준",
    )
    book(actor, kim, "A1", 9)
    out = tmp_path / "desk.png"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "frontdesk",
            "--db",
            db_url,
            "--screenshot",
            str(out),
            "--date",
            DAY.isoformat(),
            "--size",
            "1024x640",
            "--search",
            "kim",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1024, 640)
    assert len({image.pixel(x, y) for x in range(0, 1024, 16) for y in range(0, 640, 16)}) > 8


def test_bad_size_is_refused(tmp_path):
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "frontdesk",
            "--db",
            f"sqlite:///{tmp_path}/x.db",
            "--screenshot",
            str(tmp_path / "x.png"),
            "--size",
            "huge",
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2 and "--size" in result.stderr
