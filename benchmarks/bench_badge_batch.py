"""The day's badge batch alone, in fresh processes, to compare two versions of the code on a
loaded machine: each run issues 500 badges (one transaction), draws them into one Letter-sheet
PDF with the fonts cold (a new process), counts them as printed, then draws them again warm.

    .venv/bin/python benchmarks/bench_badge_batch.py [--runs 4] [--tree OTHER_CHECKOUT]

On a demo database (20,000 patients, 700 appointments on 2026-11-30, names in every script the
demo writes; made once in bench-data/badge-batch-demo.sqlite3, copied for each run). With
``--tree``, each run of this checkout alternates with a run of the other one (``git archive
<commit> | tar -x -C DIR``), so that both meet the same load; the figures are ms a badge.
bench_badges.py measures the same on the million-patient copy, with more beside it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "bench-data" / "badge-batch-demo.sqlite3"
DAY = dt.date(2026, 11, 30)
BATCH = 500


def one_run(tree: Path) -> str:
    """Run in a child process on ``tree``'s code: one batch, its figures as one line."""
    sys.path.insert(0, str(tree))
    work = Path(tempfile.mkdtemp(prefix="badge-batch-", dir=DEMO.parent))
    copy = work / "db.sqlite3"
    with sqlite3.connect(DEMO) as source, sqlite3.connect(copy) as target:
        source.backup(target)
    os.chmod(copy, 0o600)
    os.environ["FRONTDESK_HOME"] = str(work / "home")
    from frontdesk import clock
    from frontdesk.printing.badge_layouts import layout_named
    from frontdesk.printing.badge_pdf import render_badges
    from frontdesk.services.actors import actor_for, create_staff
    from frontdesk.services.badge_printing import (
        _batch_badges,
        _expected_visits,
        face_of,
        mark_printed,
    )
    from frontdesk.store.database import open_database
    from frontdesk.store.models import Companion

    with clock.frozen(dt.datetime.combine(DAY, dt.time(13, 0), tzinfo=dt.UTC)):
        open_database(f"sqlite:///{copy}")
        create_staff("bench", "Benchmark")
        actor = actor_for("bench", "Bench desk")
        travelling: dict[int, int] = {}
        for companion in Companion.select(Companion.patient):
            travelling[companion.patient_id] = travelling.get(companion.patient_id, 0) + 1
        visits, holders = [], 0
        for visit in _expected_visits(DAY):
            if holders >= BATCH:
                break
            visits.append(visit)
            holders += 1 + travelling.get(visit.patient_id, 0)
        sheet = layout_named("sheet-letter")
        start = time.perf_counter()
        held = _batch_badges(visits, actor)
        issued = time.perf_counter()
        faces = [face_of(badge, token) for badge, token in held]
        drawing = time.perf_counter()
        render_badges(faces, sheet)
        drawn = time.perf_counter()
        mark_printed([badge for badge, _token in held], actor, sheet)
        counted = time.perf_counter()
        render_badges(faces, sheet)
        again = time.perf_counter()
    n = len(held)

    def ms(seconds: float) -> str:
        return f"{seconds * 1000 / n:.2f}"

    end_to_end = (issued - start) + (drawn - drawing) + (counted - drawn)
    return (
        f"{n} {ms(issued - start)} {ms(drawn - drawing)} {ms(counted - drawn)} "
        f"{ms(end_to_end)} {ms(again - counted)}"
    )


def _demo() -> None:
    if DEMO.exists():
        return
    DEMO.parent.mkdir(parents=True, exist_ok=True)
    frontdesk = str(Path(sys.executable).with_name("frontdesk"))
    subprocess.run(
        [frontdesk, "--db", f"sqlite:///{DEMO}", "demo", "--patients", "20000", "--seed", "1",
         "--date", DAY.isoformat(), "--per-day", "700", "--quiet"],
        check=True,
    )  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=4)
    parser.add_argument("--tree", type=Path, help="another checkout, run alternately")
    parser.add_argument("--one", type=Path, help=argparse.SUPPRESS)  # the child process
    args = parser.parse_args()
    if args.one:
        print(one_run(args.one))
        return 0
    _demo()
    trees = [("this checkout", ROOT)] + ([("--tree", args.tree.resolve())] if args.tree else [])
    print(f"load average {Path('/proc/loadavg').read_text().split()[:3]}")
    print("| run | code | issue | draw (fonts cold) | count | end to end | draw again |")
    print("|---|---|---|---|---|---|---|")
    for run in range(1, args.runs + 1):
        for name, tree in reversed(trees):
            out = subprocess.run(
                [sys.executable, __file__, "--one", str(tree)],
                check=True,
                capture_output=True,
                text=True,
            ).stdout.split()
            print(f"| {run} | {name} ({out[0]} badges) | " + " | ".join(out[1:]) + " |")
    print(f"load average {Path('/proc/loadavg').read_text().split()[:3]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
