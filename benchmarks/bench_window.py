"""Window benchmark: launch, search keystrokes and scrolling on a million patients.

    .venv/bin/python benchmarks/bench_window.py       # needs bench-data/foundation.sqlite3
                                                      # (benchmarks/bench_foundation.py makes it)

In one run, offscreen (QT_QPA_PLATFORM=offscreen):
  1. launch: the wall time of `frontdesk --screenshot` (a fresh process that starts, paints the
     day's 2,000 appointments, saves the picture and exits), beside a bare PySide6 script that
     paints a 2,000-row QTableView over a minimal QAbstractTableModel and saves it the same way
     (PySide6 6.12 crashes filling a QStandardItemModel in a loop), 5 runs each, medians;
  2. search: queries typed one key at a time into the real search box; for each keystroke the
     time from the key press until its results are in the table;
  3. scrolling: the day's table scrolled top to bottom a few rows at a time, each step painted;
     the slowest step is the stall a receptionist would feel; beside it the bare table of 1.
     Offscreen painting is software rendering on this 2-core machine: even the bare table takes
     about 16 ms a step.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DB = ROOT / "bench-data" / "foundation.sqlite3"
DAY = "2026-11-30"
QUERIES = [
    "mohamed ali",
    "kim min-jun",
    "nguyen van an",
    "garcia jose",
    "ивано",
    "王小明",
    "smith",
    "al-qahtani",
    "yamamoto",
    "M00012345",
]

BARE_SCRIPT = str(Path(__file__).with_name("bare_table.py"))


def run_child(args: list[str]) -> float:
    """Wall time of a fresh process, from before the interpreter starts until it exits."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", FRONTDESK_HOME=str(DB.parent / "home"))
    start = time.perf_counter()
    subprocess.run([sys.executable, *args], capture_output=True, env=env, check=True, timeout=120)
    return time.perf_counter() - start


def percentile(values, pct):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round((len(ordered) - 1) * pct / 100))]


def in_process() -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["FRONTDESK_HOME"] = str(DB.parent / "home")
    import datetime as dt

    from PySide6.QtCore import QEvent, QEventLoop, Qt, QTimer
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    from frontdesk.gui import frontdesk_rc  # noqa: F401
    from frontdesk.gui.main_window import MainWindow
    from frontdesk.store.database import open_database

    open_database(f"sqlite:///{DB}")
    window = MainWindow(day=dt.date.fromisoformat(DAY), live_interval_ms=1000)
    window.resize(1366, 768)

    def wait(signal, ms=10_000):
        loop = QEventLoop()
        signal.connect(loop.quit)
        QTimer.singleShot(ms, loop.quit)
        loop.exec()
        signal.disconnect(loop.quit)

    window.show()
    wait(window.day_loaded)
    edit = window.ui.searchEdit
    keystrokes = []
    for query in QUERIES * 2:  # the second round is a desk that has seen these names before
        edit.clear()
        app.processEvents()
        for ch in query:
            start = time.perf_counter()
            loop = QEventLoop()
            window.search_done.connect(loop.quit)
            QTimer.singleShot(5000, loop.quit)
            # A key event carrying the character, as an input method delivers Cyrillic or Han.
            QApplication.sendEvent(
                edit, QKeyEvent(QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, ch)
            )
            loop.exec()
            window.search_done.disconnect(loop.quit)
            window.ui.searchView.viewport().repaint()
            keystrokes.append((time.perf_counter() - start) * 1000)
    edit.clear()
    app.processEvents()
    view = window.ui.scheduleView
    bar = view.verticalScrollBar()
    steps = []
    for value in range(bar.minimum(), bar.maximum() + 1, 3):
        start = time.perf_counter()
        bar.setValue(value)
        view.viewport().repaint()
        steps.append((time.perf_counter() - start) * 1000)
    QTest.keyClick(view, Qt.Key.Key_End)
    window.close()
    bare_steps = _bare_scroll(app)
    return {
        "keystrokes": len(keystrokes),
        "keystroke_p50_ms": statistics.median(keystrokes),
        "keystroke_p95_ms": percentile(keystrokes, 95),
        "keystroke_max_ms": max(keystrokes),
        "scroll_steps": len(steps),
        "scroll_p50_ms": statistics.median(steps),
        "scroll_max_ms": max(steps),
        "bare_scroll_p50_ms": statistics.median(bare_steps),
        "bare_scroll_max_ms": max(bare_steps),
    }


def _bare_scroll(app) -> list[float]:
    from bare_table import BareModel
    from PySide6.QtWidgets import QTableView

    model = BareModel()
    view = QTableView()
    view.setModel(model)
    view.resize(900, 620)
    view.show()
    app.processEvents()
    bar = view.verticalScrollBar()
    steps = []
    for value in range(bar.minimum(), bar.maximum() + 1, 3):
        start = time.perf_counter()
        bar.setValue(value)
        view.viewport().repaint()
        steps.append((time.perf_counter() - start) * 1000)
    view.close()
    return steps


def main() -> int:
    if not DB.exists():
        print(f"{DB} is missing: run benchmarks/bench_foundation.py first", file=sys.stderr)
        return 1
    url = f"sqlite:///{DB}"
    shot = str(DB.parent / "launch.png")
    bare = [run_child([BARE_SCRIPT, shot]) for _ in range(5)]
    # The real command: `frontdesk --screenshot` starts, paints the day, saves it and exits.
    desk = [
        run_child(["-m", "frontdesk", "--db", url, "--screenshot", shot, "--date", DAY])
        for _ in range(5)
    ]
    results = {
        "launch_bare_s": statistics.median(bare),
        "launch_desk_s": statistics.median(desk),
    }
    results["launch_ratio"] = results["launch_desk_s"] / results["launch_bare_s"]
    results.update(in_process())
    if "--json" in sys.argv:
        print(json.dumps(results, indent=2))
    r = results
    print("| measure (1,000,000 patients, 2,000 appointments on the day) | value |")
    print("|---|---|")
    print(
        f"| launch to a painted window with the day: front desk / bare 2,000-row table | "
        f"{r['launch_desk_s']:.2f} s / {r['launch_bare_s']:.2f} s ({r['launch_ratio']:.1f}x) |"
    )
    print(
        f"| search keystroke to results shown ({r['keystrokes']} keys): p50 / p95 / max | "
        f"{r['keystroke_p50_ms']:.1f} / {r['keystroke_p95_ms']:.1f} / "
        f"{r['keystroke_max_ms']:.1f} ms |"
    )
    print(
        f"| scrolling the day, {r['scroll_steps']} painted steps: p50 / max | "
        f"{r['scroll_p50_ms']:.1f} / {r['scroll_max_ms']:.1f} ms |"
    )
    print(
        f"| scrolling a bare 2,000-row table of ASCII text: p50 / max | "
        f"{r['bare_scroll_p50_ms']:.1f} / {r['bare_scroll_max_ms']:.1f} ms |"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
