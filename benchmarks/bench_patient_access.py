"""Recording a patient's opening after a large import, with the index of audit records by object
(schema 14) and without it (the way before), on both engines (issue 12).

    .venv/bin/python benchmarks/bench_patient_access.py                  # SQLite only
    .venv/bin/python benchmarks/bench_patient_access.py \
        --pg postgresql://postgres@127.0.0.1:5432/postgres --pg-copy-of bench_1m

The window records each patient it opens (``services.patient_access.record_access``, on a
worker), unless the same person at the same station opened the record in the last ten minutes.
On a copy of the million-patient database (``bench-data/foundation.sqlite3``; PostgreSQL: a copy
of ``--pg-copy-of`` made with ``CREATE DATABASE ... TEMPLATE``, dropped after), 90,000 audit
records of the last minutes are added as a 60,000-appointment import leaves them (one batch),
then patients never opened before are opened, 100 a round, in turn with the index and with it
dropped (the naive way: the check reads every record of the last ten minutes). Each opening is
one write transaction (the check, the access record, the commit): on SQLite it holds the write
lock for all of it, so every other desk's write waits that long. Prints a Markdown table.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench_common import foundation_copy, percentile

INDEX = "audit_event_object_type_object_id_at"
IMPORTED = 90_000
ROUNDS = 3
PER_ROUND = 100


def _numbers(postgres: bool) -> str:
    if postgres:
        return "generate_series(1, %s) AS g(value)"
    return (
        "(WITH RECURSIVE s(value) AS (SELECT 1 UNION ALL SELECT value + 1 FROM s "
        "WHERE value < ?) SELECT value FROM s)"
    )


def measure(url: str) -> dict[str, list[float]]:
    from frontdesk.services.actors import actor_for, create_staff
    from frontdesk.services.patient_access import record_access
    from frontdesk.store.database import close_database, open_database
    from frontdesk.store.models import Staff, database_proxy, utc_now

    db = open_database(url)  # brought to schema 14: the index made if missing
    postgres = db.param != "?"
    try:
        if Staff.get_or_none(Staff.username == "amal") is None:
            create_staff("amal", "Amal Haddad")
        actor = actor_for("amal", "Desk 1")
        with database_proxy.atomic():
            db.execute_sql(
                "INSERT INTO audit_event (at, action, object_type, object_id, details, batch, "
                f"batch_pos) SELECT {db.param}, 'appointment.create', 'appointment', "
                f"CAST(value AS TEXT), '{{}}', 'bench', value FROM {_numbers(postgres)}",
                (utc_now(), IMPORTED),
            )
        top = db.execute_sql("SELECT max(id) FROM patient").fetchone()[0]
        patients = iter(range(top, 0, -7))  # never opened before: each opening is recorded
        times: dict[str, list[float]] = {"with the index (now)": [], "without it (before)": []}
        for _ in range(ROUNDS):
            for way, values in times.items():
                if way.startswith("with "):
                    db.execute_sql(
                        f'CREATE INDEX IF NOT EXISTS "{INDEX}" '
                        'ON "audit_event" ("object_type", "object_id", "at")'
                    )
                else:
                    db.execute_sql(f'DROP INDEX IF EXISTS "{INDEX}"')
                db.execute_sql("ANALYZE audit_event" if postgres else "ANALYZE")
                for _ in range(PER_ROUND):
                    began = time.perf_counter()
                    assert record_access(actor, next(patients))
                    values.append((time.perf_counter() - began) * 1000)
        return times
    finally:
        close_database()


def table(engine: str, times: dict[str, list[float]]) -> str:
    lines = [
        f"| {engine}: recording an opening ({IMPORTED:,} audit records of the last minutes) "
        "| p50 / p95 / max (ms) |",
        "|---|---|",
    ]
    for way, values in times.items():
        lines.append(
            f"| {way}, {len(values)} openings | {percentile(values, 50):.2f} / "
            f"{percentile(values, 95):.2f} / {max(values):.2f} |"
        )
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pg", help="a PostgreSQL server URL (its maintenance database)")
    parser.add_argument("--pg-copy-of", metavar="NAME", help="the database to copy there")
    args = parser.parse_args()
    print(f"load average before: {Path('/proc/loadavg').read_text().split()[:3]}")
    with foundation_copy("patient-access") as copy:
        copy.chmod(0o600)  # a patients' file: the desk warns of one others can read
        print(table("SQLite (1M patients)", measure(f"sqlite:///{copy}")))
    if args.pg:
        import psycopg

        name = f"bench_access_{uuid.uuid4().hex[:8]}"
        with psycopg.connect(args.pg, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{args.pg_copy_of or "template1"}"')
        os.environ.setdefault("FRONTDESK_HOME", f"/tmp/{name}")
        try:
            url = args.pg.rsplit("/", 1)[0] + f"/{name}"
            print()
            print(table("PostgreSQL (copy of bench_1m)", measure(url)))
        finally:
            with psycopg.connect(args.pg, autocommit=True) as conn:
                conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
    print(f"load average after: {Path('/proc/loadavg').read_text().split()[:3]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
