"""Case board benchmark: the coming fortnight's stays on the million-patient database.

    .venv/bin/python benchmarks/bench_case_board.py   # after bench_foundation.py (its database)

On a copy of ``bench-data/foundation.sqlite3`` (1,000,000 patients; the original is never
written), 14 days of 2,000 visits a day are added from Monday 2026-12-07 (28,000 visits, one
to three appointments each; a fifth of each day's patients were already here the day before,
so stays run over several days; the first visit of each stay carries a flight, a pickup and
five of the seven checklist items; half the appointments of patients who need an interpreter
have one booked). Then, in one process:

  1. **the service** the window and ``frontdesk case-board`` call (``case_board``: six
     statements whatever the number of stays, the rows built in Python), for the 14 days and
     for one day, p50 / max of 7 runs after one warm-up;
  2. **the window**: the case board dialog made, its rows read on the worker, the table
     painted (``grab``), from the click to the picture, 5 times; then every day in; the same
     from the second day, where a fifth of the stays began the day before (an office's every
     day: the first day of the fortnight has no visits before it);
  3. **the naive way, same run**: each visit's stay, travel, checklist and interpreter
     bookings asked of the services one visit at a time (what a view built from
     ``patient_case`` per row would do), timed on the first 500 stays and scaled to all.
Prints a Markdown table for docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench_common import FOUNDATION  # noqa: E402

FIRST = dt.date(2026, 12, 7)
DAYS = 14
PER_DAY = 2000
NAIVE_SAMPLE = 500
NEW_YORK_OFFSET = dt.timedelta(hours=5)  # December: EST
ITEMS = (
    "records_received",
    "records_translated",
    "visa_letter",
    "financial_clearance",
    "travel_booked",
    "hotel_booked",
    "interpreter_booked",
)
FLIGHTS = (
    ("SV 35", "RUH"),
    ("CA 979", "PEK"),
    ("SU 102", "SVO"),
    ("LA 8180", "GRU"),
    ("KE 91", "ICN"),
)


def copy_foundation(source: Path, work: Path) -> Path:
    """A consistent copy through SQLite's backup API (the source may have a WAL)."""
    copy = work / "case-board.sqlite3"
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    dst = sqlite3.connect(copy)
    with dst:
        src.backup(dst)
    src.close()
    dst.close()
    return copy


PG_ARGS = ("-h", "127.0.0.1", "-U", "postgres")
PG_SERVER = "postgresql://postgres@127.0.0.1:5432/"
PG_COPY = "bench_case_board"


def copy_postgres(template: str) -> str:
    """A copy of the million-patient PostgreSQL database (the template is never written)."""
    subprocess.run(["dropdb", *PG_ARGS, "--if-exists", "--force", PG_COPY], check=True)
    subprocess.run(["createdb", *PG_ARGS, "-T", template, PG_COPY], check=True)
    return PG_SERVER + PG_COPY


def _utc(day: dt.date, hour: int, minute: int) -> str:
    local = dt.datetime.combine(day, dt.time(hour, minute))
    return (local + NEW_YORK_OFFSET).strftime("%Y-%m-%d %H:%M:%S")


def add_fortnight(path: Path, per_day: int = PER_DAY, seed: int = 18) -> dict[str, int]:
    """14 days of 2,000 visits, their appointments, travel, checklists and bookings (raw SQL:
    the services would take minutes for what a schedule import writes in bulk)."""
    raw = sqlite3.connect(path)
    try:
        return add_fortnight_to(raw, "?", per_day, seed)
    finally:
        raw.close()


def add_fortnight_to(raw, param: str, per_day: int = PER_DAY, seed: int = 18) -> dict[str, int]:
    """The same rows through any DB-API connection (SQLite's or psycopg's), committed."""
    rnd = random.Random(seed)
    cursor = raw.cursor()

    def one(sql: str) -> list:
        cursor.execute(sql)
        return cursor.fetchall()

    now = "2026-12-06 12:00:00"
    needed = dict(one("SELECT id, interpreter_needed FROM patient WHERE id <= 1000000"))
    ids = list(needed)
    interpreters = [row[0] for row in one("SELECT id FROM interpreter")] or [None]
    next_visit = one("SELECT COALESCE(MAX(id), 0) FROM visit")[0][0] + 1
    next_appt = one("SELECT COALESCE(MAX(id), 0) FROM appointment")[0][0] + 1
    visits, appointments, travel, checklist, bookings = [], [], [], [], []
    yesterday: list[int] = []
    counts = {"visits": 0, "appointments": 0, "stays": 0, "bookings": 0}
    for offset in range(DAYS):
        day = FIRST + dt.timedelta(days=offset)
        staying = rnd.sample(yesterday, min(len(yesterday), per_day // 5))
        fresh = set(staying)
        while len(fresh) < per_day:
            fresh.add(rnd.choice(ids))
        today = list(fresh)
        for patient in today:
            visit = next_visit
            next_visit += 1
            visits.append((visit, patient, day.isoformat(), "expected", now))
            for _ in range(rnd.choice((1, 1, 2, 2, 3))):
                hour, minute = rnd.randint(8, 16), rnd.choice((0, 15, 30, 45))
                appointments.append(
                    (
                        next_appt,
                        "bench",
                        f"B{next_appt}",
                        patient,
                        visit,
                        _utc(day, hour, minute),
                        rnd.choice((30, 45, 60)),
                        "Heart Center",
                        "Dr. Levin",
                        f"Yawkey Building, floor {rnd.randint(1, 9)}",
                        "consultation",
                        "scheduled",
                        now,
                    )
                )
                if needed[patient] and rnd.random() < 0.5:
                    bookings.append(
                        (
                            next_appt,
                            rnd.choice(interpreters),
                            "in_person",
                            "ar",
                            "booked",
                            False,
                            now,
                            now,
                        )
                    )
                next_appt += 1
            if patient not in staying:  # the first visit of a stay carries its case
                counts["stays"] += 1
                number, origin = rnd.choice(FLIGHTS)
                travel.append(
                    (
                        visit,
                        "flight",
                        number,
                        origin,
                        "BOS",
                        _utc(day - dt.timedelta(days=1), 18, 5),
                        "America/New_York",
                        rnd.random() < 0.8,
                        "Logan Cars",
                        "Hotel",
                        now,
                    )
                )
                for item in rnd.sample(ITEMS[:6], 5):
                    checklist.append((visit, item, "done", "desk", now))
        yesterday = today
    for table, columns, rows in (
        ("visit", "id, patient_id, local_date, status, updated_at", visits),
        (
            "appointment",
            "id, source_system, external_id, patient_id, visit_id, start, duration_min, "
            "department, clinician, location, type, status, updated_at",
            appointments,
        ),
        (
            "visit_travel",
            "visit_id, arrival_mode, arrival_number, arrival_from, arrival_place, arrival_at, "
            "arrival_zone, pickup_booked, pickup_by, stay_address, updated_at",
            travel,
        ),
        ("checklist_item", "visit_id, item, state, source, set_at", checklist),
        (
            "interpreter_booking",
            "appointment_id, interpreter_id, mode, language, status, needs_review, created_at, "
            "updated_at",
            bookings,
        ),
    ):
        marks = ", ".join([param] * len(rows[0]))
        cursor.executemany(f"INSERT INTO {table} ({columns}) VALUES ({marks})", rows)
    raw.commit()
    cursor.execute("ANALYZE")
    raw.commit()
    counts.update(visits=len(visits), appointments=len(appointments), bookings=len(bookings))
    return counts


def timed(fn, runs: int) -> tuple[list[float], list[float]]:
    """(wall ms, CPU ms of the whole process) of each run, after a warm-up run."""
    fn()  # warm-up: the page cache and the first statements
    wall, cpu = [], []
    for _ in range(runs):
        start, used = time.perf_counter(), time.process_time()
        fn()
        wall.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - used) * 1000)
    return wall, cpu


def naive_board(first: dt.date, days: int, sample: int) -> tuple[float, int, int]:
    """Each stay asked of the services one at a time; (ms for the sample, sample, all stays)."""
    from frontdesk.services.case_view import stay_case
    from frontdesk.services.office import office_zone
    from frontdesk.services.stays import stay_of_visit
    from frontdesk.store.models import Visit

    tz = office_zone()
    last = first + dt.timedelta(days=days - 1)
    visit_ids = [
        v.id
        for v in Visit.select(Visit.id)
        .where((Visit.local_date >= first) & (Visit.local_date <= last))
        .order_by(Visit.local_date, Visit.id)
    ]
    seen: set[int] = set()
    done = 0
    start = time.perf_counter()
    for visit_id in visit_ids:
        if visit_id in seen:
            continue
        stay = stay_of_visit(visit_id)
        seen.update(stay.visit_ids)
        stay_case(stay, tz)  # travel, checklist, appointments and their bookings
        done += 1
        if done >= sample:
            break
    elapsed = (time.perf_counter() - start) * 1000
    return elapsed, done, len(visit_ids)


def window_open(first: dt.date, runs: int) -> dict[str, list[float]]:
    """Wall and CPU ms to the first day painted and to every day in, of the case board
    dialog (CPU: the whole process, the worker thread included). The GUI thread waits in an
    event loop, as in the application (not polling, which would compete with the worker)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QTimer  # noqa: TID251 (the window, measured)
    from PySide6.QtWidgets import QApplication  # noqa: TID251

    from frontdesk.gui.case_board import CaseBoardDialog

    app = QApplication.instance() or QApplication([])
    out: dict[str, list[float]] = {"opened": [], "opened_cpu": [], "all": [], "all_cpu": []}

    def wait_for(*signals) -> None:
        loop = QEventLoop()
        for signal in signals:
            signal.connect(loop.quit)
        QTimer.singleShot(120_000, loop.quit)  # never for ever
        loop.exec()

    for _ in range(runs + 1):
        start, used = time.perf_counter(), time.process_time()
        dialog = CaseBoardDialog(first)
        dialog.resize(1440, 720)
        dialog.show()
        if dialog.model.rowCount() == 0:
            wait_for(dialog.part_shown, dialog.loaded)
        app.processEvents()
        dialog.grab()
        out["opened"].append((time.perf_counter() - start) * 1000)
        out["opened_cpu"].append((time.process_time() - used) * 1000)
        if dialog.loading:
            wait_for(dialog.loaded)
        app.processEvents()
        dialog.grab()
        out["all"].append((time.perf_counter() - start) * 1000)
        out["all_cpu"].append((time.process_time() - used) * 1000)
        dialog.reject()
        dialog.deleteLater()
        app.processEvents()
    return {key: values[1:] for key, values in out.items()}  # the first run warms up


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default=str(FOUNDATION))
    parser.add_argument("--keep", metavar="DIR", help="work in DIR and keep the copy")
    parser.add_argument("--per-day", type=int, default=PER_DAY, help="visits a day (2000)")
    parser.add_argument(
        "--pg",
        metavar="DB",
        help="PostgreSQL instead: a copy (createdb -T) of this million-patient database on "
        "127.0.0.1 (e.g. bench_1m; never written), dropped afterwards",
    )
    args = parser.parse_args()
    work = Path(args.keep or tempfile.mkdtemp(prefix="bench-case-board-"))
    work.mkdir(parents=True, exist_ok=True)
    os.environ["FRONTDESK_HOME"] = str(work / "home")
    try:
        load_before = os.getloadavg()
        t0 = time.perf_counter()
        if args.pg:
            url = copy_postgres(args.pg)
        else:
            copy = copy_foundation(Path(args.db), work)
            counts = add_fortnight(copy, args.per_day)
            url = f"sqlite:///{copy}"
        if args.pg:
            import psycopg

            with psycopg.connect(PG_SERVER + PG_COPY) as raw:
                counts = add_fortnight_to(raw, "%s", args.per_day)
        print(f"copy and {counts} in {time.perf_counter() - t0:.0f} s", file=sys.stderr)

        from frontdesk.services.case_board import case_board
        from frontdesk.store.database import open_database

        open_database(url)
        rows14 = case_board(FIRST, DAYS)
        rows1 = case_board(FIRST, 1)
        fortnight = timed(lambda: case_board(FIRST, DAYS), 7)
        one_day = timed(lambda: case_board(FIRST, 1), 7)
        window = window_open(FIRST, 5)
        # The next day, as an office sees every day: stays under way since the days before.
        second = window_open(FIRST + dt.timedelta(days=1), 5)
        naive_ms, sample, _visits = naive_board(FIRST, DAYS, NAIVE_SAMPLE)
        scaled = naive_ms / sample * len(rows14)
        load = os.getloadavg()
        print(
            f"\n{counts['visits']:,} visits ({counts['appointments']:,} appointments, "
            f"{counts['bookings']:,} interpreter bookings) on {DAYS} days from {FIRST}; "
            f"{len(rows14):,} stays on the 14-day board, {len(rows1):,} on the first day's; "
            f"{'PostgreSQL' if args.pg else 'SQLite'}; "
            f"load average {load_before[0]:.1f} / {load_before[1]:.1f} / {load_before[2]:.1f} "
            f"before, {load[0]:.1f} / {load[1]:.1f} / {load[2]:.1f} after, on "
            f"{os.cpu_count()} cores\n"
        )
        print("| What | wall p50 | wall max | CPU p50 | CPU max |")
        print("|---|---:|---:|---:|---:|")
        for name, (wall, cpu) in (
            (f"case_board, 14 days ({len(rows14):,} stays)", fortnight),
            (f"case_board, 1 day ({len(rows1):,} stays)", one_day),
            (
                "the window opens: dialog made, the first day read on the worker, painted",
                (window["opened"], window["opened_cpu"]),
            ),
            (
                "the window, every day in (the later days read in parts of 4)",
                (window["all"], window["all_cpu"]),
            ),
            (
                "the window opens on the second day (stays under way since the day before)",
                (second["opened"], second["opened_cpu"]),
            ),
            ("the window from the second day, every day in", (second["all"], second["all_cpu"])),
        ):
            print(
                f"| {name} | {statistics.median(wall):,.0f} ms | {max(wall):,.0f} ms "
                f"| {statistics.median(cpu):,.0f} ms | {max(cpu):,.0f} ms |"
            )
        print(
            f"| naive: the services one stay at a time ({sample} stays timed, "
            f"scaled to {len(rows14):,}) | {scaled:,.0f} ms | | | |"
        )
        return 0
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
        if args.pg and not args.keep:
            from frontdesk.store.database import close_database

            close_database()
            subprocess.run(["dropdb", *PG_ARGS, "--if-exists", "--force", PG_COPY], check=False)


if __name__ == "__main__":
    sys.exit(main())
