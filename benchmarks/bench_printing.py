"""Printing benchmark: a batch of 100 badges through CUPS, the app's way beside the old one.

    .venv/bin/python benchmarks/bench_printing.py [--badges 100] [--rounds 2]

Starts a CUPS of its own (tests/cups/server.py: its own folders and socket, the machine's CUPS
untouched) with queues on Debian's real drivers, cups-pdf's and the Brother QL-800's, and
prints 100 specimen badges (every script a badge must print) in one job:

  * **CUPS (now)**: the vector PDF the app makes, sent over IPP with the printer's own stock
    and followed until CUPS says the job completed (frontdesk.printing.cups_print);
  * **Qt raster (before)**: each page rendered by PDFium at the printer's resolution (up to
    600 dpi) and painted through QPrinter, Qt's CUPS plug-in then sending its own PDF of
    those pictures (frontdesk.gui.badge_output.paint_pdf, the path before issue 13).

Each run is a fresh process, so its peak memory (ru_maxrss) is its own. "Time in the app" is
from the first badge drawn until the app knows the outcome: for CUPS, until the job completed
(the driver's work included); for Qt, until the pages were handed over (Qt cannot know more).
"Bytes sent" is the job's document as CUPS spooled it. No database is involved: issuing the
day's badges is measured in bench_badges.py. Prints a Markdown table for docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

CASES = [("cups-pdf", "sheet-letter"), ("cups-pdf", "badge-4x3"), ("QL-800", "brother-62")]


def _run_one(way: str, queue: str, key: str, badges: int, socket: str) -> dict:
    """In the child process: print once, report time, job and peak memory."""
    from frontdesk.printing.badge_layouts import layout_named
    from frontdesk.printing.badge_pdf import render_badges
    from frontdesk.printing.specimens import specimen_faces

    layout = layout_named(key)
    faces = specimen_faces(badges)
    started = time.perf_counter()
    pdf = render_badges(faces, layout, title="bench")
    drawn = time.perf_counter() - started
    if way == "cups":
        from frontdesk.printing.cups import Cups
        from frontdesk.printing.cups_print import print_pdf

        outcome = print_pdf(Cups(socket), queue, pdf, layout, "bench", poll=0.05)
        assert outcome.printed, outcome.words
        job = outcome.job_id
    else:
        from PySide6.QtGui import QGuiApplication
        from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

        from frontdesk.gui.badge_output import paint_pdf

        _app = QGuiApplication([])
        printer = QPrinter(QPrinterInfo.printerInfo(queue), QPrinter.PrinterMode.HighResolution)
        paint_pdf(pdf, printer, layout)
        job = None
    elapsed = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"seconds": elapsed, "drawn": drawn, "job": job, "peak_mb": peak, "pdf": len(pdf)}


def _measure(way, queue, key, badges, server) -> dict:
    env = {**os.environ, "CUPS_SERVER": server.socket, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, __file__, "--child", way, queue, key, str(badges), server.socket],
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    if done.returncode != 0:
        raise SystemExit(f"{way} on {queue} ({key}) failed: {done.stderr[-1500:]}")
    result = json.loads(done.stdout.strip().splitlines()[-1])
    spool = server.root / "spool"
    if result["job"] is None:  # Qt's job: the newest in the spool once CUPS has it
        deadline = time.monotonic() + 600
        while time.monotonic() < deadline:
            if server.lp("lpstat", "-o", queue).stdout == "":
                break
            time.sleep(0.2)
        newest = max(spool.glob("d*-*"), key=lambda p: p.stat().st_mtime)
        result["job"] = int(newest.name[1:6])
    result["bytes"] = server.job_bytes(result["job"])
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--badges", type=int, default=100)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--child", nargs=5)
    args = parser.parse_args()
    if args.child:
        way, queue, key, badges, socket = args.child
        print(json.dumps(_run_one(way, queue, key, int(badges), socket)))
        return

    from tests.cups.server import QUEUES, CupsServer

    folder = Path(tempfile.mkdtemp(prefix="fdbench-", dir="/tmp"))
    rows = []
    try:
        with CupsServer(folder, keep_job_files=True) as server:
            for name in ("cups-pdf", "QL-800"):
                server.add_queue(name, QUEUES[name])
            for queue, key in CASES:
                for way in ("cups", "qt"):
                    runs = [
                        _measure(way, queue, key, args.badges, server) for _ in range(args.rounds)
                    ]
                    best = min(runs, key=lambda r: r["seconds"])
                    rows.append((queue, key, way, best, max(r["peak_mb"] for r in runs)))
                    print(queue, key, way, best, file=sys.stderr)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    print(f"\n{args.badges} badges, best of {args.rounds} runs (each a fresh process)\n")
    print(
        "| printer (driver) | layout | way | time in the app | of which drawing | bytes sent "
        "| peak memory |"
    )
    print("|---|---|---|---|---|---|---|")
    ways = {"cups": "CUPS, vector PDF, followed to completed", "qt": "Qt raster (before)"}
    for queue, key, way, best, peak in rows:
        print(
            f"| {queue} | {key} | {ways[way]} | {best['seconds']:.1f} s | {best['drawn']:.1f} s "
            f"| {best['bytes'] / 1e6:.2f} MB | {peak:.0f} MB |"
        )


if __name__ == "__main__":
    main()
