"""The Qt print path (systems without CUPS; here Qt's own CUPS plug-in stands in for a Windows
driver): a page size the driver does not take is refused in words, never stretched onto A4 or
Letter; one it takes prints at the stock's size. Each case runs in a fresh process, so that
libcups reads the tests' CUPS_SERVER (it keeps the first server it was given per thread)."""

from __future__ import annotations

import subprocess
import sys
import time

import pytest

from tests.cups.output import DPI, postscript_pages, qr_texts

SCRIPT = """
import sys
from PySide6.QtGui import QGuiApplication
app = QGuiApplication([])
from frontdesk.gui.badge_output import NotPrinted, send_to_printer
from frontdesk.printing.badge_layouts import layout_named
from frontdesk.printing.badge_pdf import render_badges
from frontdesk.printing.specimens import specimen_faces
queue, key = sys.argv[1:3]
face = specimen_faces(1)[0]
layout = layout_named(key)
try:
    pages = send_to_printer(render_badges([face], layout), queue, layout)
except NotPrinted as error:
    print("REFUSED", error)
else:
    print("SENT", pages, face.token)
"""


def _qt_print(queue: str, key: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, queue, key],
        capture_output=True,
        text=True,
        timeout=120,
        env=None,  # this process's: CUPS_SERVER set by the cups fixture
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout.strip().splitlines()[-1]


def _stamp(path):
    return (path.stat().st_size, path.stat().st_mtime_ns) if path.exists() else None


def test_a_page_size_the_driver_does_not_take_is_refused_not_stretched(cups):
    # The suite's CUPS is shared by its tests: jobs other tests sent to this queue stay listed.
    jobs_before = cups.lp("lpstat", "-W", "all", "-o", "LaserJet-PCL").stdout
    output = cups.out / "LaserJet-PCL.out"
    stamp_before = _stamp(output)
    said = _qt_print("LaserJet-PCL", "badge-4x3")  # Letter, A4, ...: no 4 x 3 in, no custom
    assert said.startswith("REFUSED LaserJet-PCL does not take the page size of “4 x 3 in")
    assert "Nothing was printed" in said
    time.sleep(0.5)
    assert _stamp(output) == stamp_before  # nothing came out of the driver
    assert cups.lp("lpstat", "-W", "all", "-o", "LaserJet-PCL").stdout == jobs_before


def test_a_page_size_the_driver_takes_prints_at_the_stocks_size(cups):
    output = cups.out / "cups-pdf.out"
    output.unlink(missing_ok=True)
    said = _qt_print("cups-pdf", "badge-4x3")  # cups-pdf's driver takes custom sizes
    kind, pages, token = said.split()
    assert (kind, pages) == ("SENT", "1")
    deadline = time.monotonic() + 60
    while cups.lp("lpstat", "-o", "cups-pdf").stdout and time.monotonic() < deadline:
        time.sleep(0.2)
    (page,) = postscript_pages(output.read_bytes())
    assert [p * 72 / DPI for p in page.size] == pytest.approx([288, 216], abs=3)
    assert qr_texts(page) == [token]
