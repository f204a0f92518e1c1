"""Financial clearance benchmark: the day view's clearance filter on the million-patient database.

    .venv/bin/python benchmarks/bench_clearance.py     # after bench_foundation.py (its database)

On a copy of ``bench-data/foundation.sqlite3`` (1,000,000 patients, 2,000 appointments on
2026-11-30), after giving about two thirds of the day's stays a clearance (an estimate; for
some a deposit covering it, a guarantee valid or run out, or "not needed"):

  1. **one pass** (``clearance_on_day``, what the window's filter runs on a worker): every
     patient of the day with their stay's status, in a handful of statements, p50 / max of 15;
  2. **the naive way, same run**: each patient's ``clearance_warning`` (their stays found, then
     the clearance, its deposits and guarantees read), one patient after the other, as a loop
     over the day's rows would; checked to give the same answers.
Prints a Markdown table for docs/benchmarks.md.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import datetime as dt  # noqa: E402

from bench_common import main_on_copy, percentile  # noqa: E402

DAY = dt.date(2026, 11, 30)
RUNS = 15


def run(copy: Path) -> int:
    from frontdesk import clock
    from frontdesk.services.actors import actor_for, create_staff
    from frontdesk.services.clearance import (
        ClearanceStatus,
        add_deposit,
        add_guarantee,
        clearance_of,
        clearance_on_day,
        set_estimate,
        set_needed,
    )
    from frontdesk.store.database import close_database, open_database
    from frontdesk.store.models import Staff, Visit, database_proxy

    start = time.perf_counter()
    open_database(f"sqlite:///{copy}")  # upgraded to the current schema on the copy
    upgrade_s = time.perf_counter() - start
    if Staff.get_or_none(Staff.username == "bench") is None:
        create_staff("bench", "Benchmark")
    actor = actor_for("bench", "Bench desk")
    visits = list(Visit.select(Visit.id, Visit.patient).where(Visit.local_date == DAY).tuples())
    before = DAY - dt.timedelta(days=20)
    start = time.perf_counter()
    with clock.frozen(dt.datetime(2026, 11, 10, 15, tzinfo=dt.UTC)), database_proxy.atomic():
        for n, (visit, _patient) in enumerate(visits):
            kind = n % 6
            if kind == 5:
                continue  # nothing recorded: missing
            if kind == 4:
                set_needed(visit, False, actor, today=before)
                continue
            set_estimate(visit, "12500.00", "USD", actor, today=before)
            if kind == 1:
                add_deposit(visit, "12500", actor, today=before)
            elif kind in (2, 3):
                until = DAY if kind == 2 else DAY - dt.timedelta(days=1)
                add_guarantee(
                    visit, actor, today=before, guarantor="Allianz Care", kind="insurer",
                    amount="12500", valid_from=before, valid_to=until,
                )  # fmt: skip
    setup_s = time.perf_counter() - start

    one_pass = []
    for _ in range(RUNS):
        start = time.perf_counter()
        statuses = clearance_on_day(DAY)
        one_pass.append((time.perf_counter() - start) * 1000)
    naive = []
    for _ in range(3):
        start = time.perf_counter()
        answers = {p: clearance_of(v, DAY).status for v, p in visits}
        naive.append((time.perf_counter() - start) * 1000)
    assert answers == statuses, "the one pass and the naive loop disagree"
    counts = {s.value: 0 for s in ClearanceStatus}
    for status in statuses.values():
        counts[status.value] += 1
    close_database()

    print(f"day {DAY}: {len(visits):,} visits, {len(statuses):,} patients; statuses {counts}")
    print(f"(schema upgrade of the copy {upgrade_s:.1f} s; clearances written in {setup_s:.1f} s)")
    print()
    print("| the day's clearance statuses | p50 | max | runs |")
    print("|---|---:|---:|---:|")
    print(
        f"| one pass (`clearance_on_day`) | {percentile(one_pass, 50):.0f} ms | "
        f"{max(one_pass):.0f} ms | {RUNS} |"
    )
    print(
        f"| naive: `clearance_of` patient by patient | {percentile(naive, 50):.0f} ms | "
        f"{max(naive):.0f} ms | 3 |"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main_on_copy("clearance", run, __doc__))
