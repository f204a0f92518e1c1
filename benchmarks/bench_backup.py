"""Backup and restore of the million-patient SQLite database, beside the naive ways.

    .venv/bin/python benchmarks/bench_backup.py

On a copy of bench-data/foundation.sqlite3: the improvised backup (copying the file, which
misses what is still in the -wal), VACUUM INTO, SQLite's backup API alone, and `frontdesk
backup` as shipped (backup API, integrity_check, row counts, tar with the keys, read back),
then `frontdesk restore`. While our backup runs, a desk in another process checks patients in
as fast as it can: its commit latency is measured beside the same desk with no backup running.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.bench_common import foundation_copy, stats

DESK = r"""
import datetime as dt, sys, time
from frontdesk.services.actors import actor_for, create_staff
from frontdesk.services.checkin import check_in
from frontdesk.store.database import open_database
from frontdesk.store.models import Patient
open_database(sys.argv[1])
try:
    create_staff("bench", "Bench")
except Exception:
    pass
actor = actor_for("bench", "Bench desk")
ids = [p.id for p in Patient.select(Patient.id).order_by(Patient.id.desc()).limit(100000)]
day = dt.date(2031, 1, int(sys.argv[2]))
stop = time.monotonic() + float(sys.argv[3])
for pid in ids:
    if time.monotonic() > stop:
        break
    t = time.perf_counter()
    check_in(pid, day, actor)
    print(f"{time.monotonic():.4f} {(time.perf_counter() - t) * 1000:.3f}", flush=True)
"""


def _desk(url: str, day: int, seconds: float) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-c", DESK, url, str(day), str(seconds)],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])},
    )


def _latencies(desk: subprocess.Popen, since: float = 0.0, until: float = 1e18) -> list[float]:
    """Commit latencies (ms) of the check-ins that ended between ``since`` and ``until``."""
    out, _ = desk.communicate(timeout=600)
    pairs = (line.split() for line in out.splitlines())
    return [float(ms) for at, ms in pairs if since <= float(at) <= until]


def _timed(label: str, action) -> float:
    started = time.perf_counter()
    action()
    seconds = time.perf_counter() - started
    print(f"{label:<46} {seconds:8.2f} s")
    return seconds


def main() -> None:
    from frontdesk.services.backup import backup_database, restore_database
    from frontdesk.store import sqlite_backup
    from frontdesk.store.database import close_database, open_database

    print(f"load: {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f} {os.getloadavg()[2]:.2f}")
    with foundation_copy("backup") as path:
        url = f"sqlite:///{path}"
        work = path.parent
        open_database(url)  # migrated to this schema first, as a desk would
        close_database()
        print(f"database: {path.stat().st_size / 1e6:,.0f} MB")
        _timed("naive: copy the file (misses the -wal)", lambda: shutil.copyfile(path, work / "cp"))
        _timed(
            "VACUUM INTO",
            lambda: sqlite_backup._connect(path).execute("VACUUM INTO ?", (str(work / "v"),)),
        )
        _timed("backup API alone", lambda: sqlite_backup.snapshot(str(path), work / "api"))
        for name in ("cp", "v", "api"):
            (work / name).unlink()

        idle = _desk(url, 1, 15)
        idle_ms = _latencies(idle)
        desk = _desk(url, 2, 600)
        time.sleep(3)  # the desk is checking in
        report = None

        def take() -> None:
            nonlocal report
            report = backup_database(url, work / "full.backup.tar")

        since = time.monotonic()
        _timed("frontdesk backup (verified, with the keys)", take)
        until = time.monotonic()
        desk.terminate()
        busy_ms = _latencies(desk, since, until)
        print(f"  {report.size / 1e6:,.0f} MB, {report.counts['patient']:,} patients")
        for label, values in (("idle", idle_ms), ("during the backup", busy_ms)):
            p50, p99, worst = stats(values)
            print(
                f"  a desk's check-in, {label:<18} p50 {p50:6.2f} ms  p99 {p99:7.2f} ms  "
                f"max {worst:7.2f} ms  ({len(values)} check-ins)"
            )
        _timed(
            "frontdesk restore (checked, current kept aside)",
            lambda: restore_database(url, report.path),
        )
        close_database()


if __name__ == "__main__":
    main()
