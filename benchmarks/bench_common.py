"""What the benchmarks share: percentiles, and a throwaway copy of the million-patient database.

    with foundation_copy("badges", morning=True) as path:   # bench-data/foundation.sqlite3, copied
        ...                                                  # FRONTDESK_HOME points inside it

``bench_foundation.py`` makes ``bench-data/foundation.sqlite3``; the others never write to it.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOUNDATION = ROOT / "bench-data" / "foundation.sqlite3"


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    k = (len(ordered) - 1) * pct / 100
    low = int(k)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (k - low)


def stats(values: list[float]) -> tuple[float, float, float]:
    """p50, p99 and max."""
    return percentile(values, 50), percentile(values, 99), max(values)


@contextmanager
def foundation_copy(
    name: str, source: Path = FOUNDATION, *, morning: bool = False
) -> Iterator[Path]:
    """A copy of the foundation database in a temporary folder beside it (removed after), with
    ``FRONTDESK_HOME`` inside that folder. ``morning``: the day's patients that
    ``bench_foundation.py`` checked in are expected again, as before the desk opens."""
    if not source.exists():
        sys.exit(f"{source} is missing: run benchmarks/bench_foundation.py first")
    work = Path(tempfile.mkdtemp(prefix=f"bench-{name}-", dir=source.parent))
    try:
        copy = work / f"{name}.sqlite3"
        shutil.copyfile(source, copy)
        if morning:
            with sqlite3.connect(copy) as raw:
                raw.execute(
                    "UPDATE visit SET status = 'expected', arrived_at = NULL "
                    "WHERE status = 'arrived'"
                )
                raw.execute("UPDATE appointment SET status = 'scheduled' WHERE status = 'arrived'")
        os.environ["FRONTDESK_HOME"] = str(work / "home")
        yield copy
    finally:
        shutil.rmtree(work, ignore_errors=True)


FOUNDATION_DAY = dt.date(2026, 11, 30)  # bench_foundation.py's day


def main_on_copy(name: str, run, doc: str, *, morning: bool = False) -> int:
    """The benchmarks' command line: ``--db`` (default: the foundation database), then
    ``run(copy)`` on a throwaway copy of it."""
    import argparse

    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("--db", default=str(FOUNDATION))
    args = parser.parse_args()
    with foundation_copy(name, Path(args.db), morning=morning) as copy:
        if not morning:
            return run(copy)
        # The foundation database's day is fixed (FOUNDATION_DAY): badges are issued only for
        # a day that is not over, so the run happens on that day's morning, whatever today is.
        from frontdesk import clock

        with clock.frozen(dt.datetime.combine(FOUNDATION_DAY, dt.time(13, 0), tzinfo=dt.UTC)):
            return run(copy)
