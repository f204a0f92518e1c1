"""An import holds the write lock only while it writes (issue 12): it reads the file's patients
and appointments and works out its changes first, with no write lock; a dry run takes none at
all. What changed meanwhile at a desk is never overwritten by a stale plan.

Another station is a real second process on the same SQLite file or PostgreSQL schema
(tests/db/desk_process.py); the file's planning is where the import reports progress "apply".
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest

from frontdesk.services.checkin import check_in, undo_check_in
from frontdesk.services.patients import patient_by_mrn
from frontdesk.services.schedule_import import ImportFailed, import_schedule_bytes
from frontdesk.store.database import is_postgres
from frontdesk.store.models import Appointment, AuditEvent, Patient, Visit, database_proxy

from .helpers import DAY
from .test_csv_import import ROWS, csv_bytes, snapshot

DESK = Path(__file__).with_name("desk_process.py")
ROOT = Path(__file__).parents[2]
PROMPT_MS = 2000  # far below the 15 s a writer waits for a lock before it gives up


class Desk:
    """Another station's process: ``desk.check_in(patient_id)`` returns its milliseconds."""

    def __init__(self, url: str, home: Path) -> None:
        env = {**os.environ, "FRONTDESK_HOME": str(home), "PYTHONPATH": str(ROOT)}
        self.process = subprocess.Popen(
            [sys.executable, str(DESK), url],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        assert self.process.stdout.readline().strip() == "ready"

    def _ask(self, line: str) -> float:
        self.process.stdin.write(line + "\n")
        self.process.stdin.flush()
        answer = self.process.stdout.readline().split(maxsplit=2)
        assert answer and answer[0] == "done", answer
        return float(answer[1])

    def check_in(self, patient_id: int) -> float:
        return self._ask(f"check_in {patient_id} {DAY.isoformat()}")

    def undo(self, visit_id: int) -> float:
        return self._ask(f"undo {visit_id}")

    def close(self) -> None:
        self.process.stdin.close()
        assert self.process.wait(timeout=30) == 0


@pytest.fixture
def desk(db, db_url, tmp_path):
    station = Desk(db_url, tmp_path / "desk-home")
    yield station
    station.close()


def _written_since(before: dict) -> dict:
    """What moved since ``before``: row counts, and on PostgreSQL the id sequences (a rolled
    back INSERT still takes its id)."""
    return {k: v for k, v in _marks().items() if v != before[k]}


def _marks() -> dict:
    marks = {
        "patients": Patient.select().count(),
        "appointments": Appointment.select().count(),
        "visits": Visit.select().count(),
        "audit": AuditEvent.select().count(),
    }
    if is_postgres(database_proxy.obj):
        for table in ("patient", "appointment", "visit", "audit_event"):
            cursor = database_proxy.obj.execute_sql(
                f"SELECT last_value, is_called FROM {table}_id_seq"
            )
            marks[f"{table}_id_seq"] = cursor.fetchone()
    return marks


def test_a_dry_run_takes_no_write_lock(actor, desk):
    """While a dry run works out a file that moves M1's appointment and registers a newcomer,
    another station checks M1 in at once; the dry run writes nothing (on PostgreSQL not even
    an id taken from a sequence), and on SQLite its connection never begins a write."""
    import_schedule_bytes(csv_bytes(ROWS[:1]), actor)
    moved = [ROWS[0].replace("T09:00", "T09:30"), ROWS[2]]
    statements: list[str] = []
    if not is_postgres(database_proxy.obj):
        database_proxy.obj.connection().set_trace_callback(statements.append)
    waits = []

    def another_station_checks_in(stage, done, total):
        if stage == "apply" and done == total:
            waits.append(desk.check_in(patient_by_mrn("M1").id))

    before = _marks()
    report = import_schedule_bytes(
        csv_bytes(moved), actor, dry_run=True, progress=another_station_checks_in
    )
    if not is_postgres(database_proxy.obj):
        database_proxy.obj.connection().set_trace_callback(None)
        writes = [s for s in statements if s.split()[0].upper() in ("BEGIN", "INSERT", "UPDATE")]
        assert writes == []
    assert report.dry_run and report.appointments["created"] == 1
    assert len(waits) == 1 and waits[0] < PROMPT_MS, waits
    # Only the other station's check-in was written (with its audit record).
    written = _written_since(before)
    assert set(written) <= {"audit", "audit_event_id_seq"}
    assert written.get("audit") == before["audit"] + 1
    assert Appointment.get(Appointment.external_id == "A-1").status == "arrived"
    assert not Patient.select().where(Patient.mrn == "M2").exists()


def test_a_check_in_while_an_import_is_planned_is_prompt_and_kept(actor, desk):
    """Another station checks M1 in while the import works out its changes (one of them moves
    M1's appointment): the check-in takes no longer than usual; the import, finding at its
    write that M1's appointment changed since it read it, works it out again and then writes
    the move with the arrival kept."""
    import_schedule_bytes(csv_bytes(ROWS), actor)
    moved = [ROWS[0].replace("T09:00", "T09:30"), *ROWS[1:]]
    waits = []
    plans = []

    def another_station_checks_in(stage, done, total):
        if stage == "apply" and done == total:
            plans.append(done)
            if len(plans) == 1:
                waits.append(desk.check_in(patient_by_mrn("M1").id))

    report = import_schedule_bytes(csv_bytes(moved), actor, progress=another_station_checks_in)
    assert waits[0] < PROMPT_MS, waits
    assert len(plans) == 2  # planned again after the check-in
    assert report.appointments["updated"] == 1
    row = Appointment.get(Appointment.external_id == "A-1")
    assert row.status == "arrived"
    assert row.start.astimezone(dt.UTC).hour == 14 and row.start.minute == 30
    assert Visit.get(Visit.patient == patient_by_mrn("M1").id).arrived_at is not None


def test_a_plan_that_keeps_going_stale_is_refused_and_writes_nothing(actor):
    """A desk checks M1 in, or undoes it, every time the import has worked out its changes: the
    plan is stale at each write; after a few tries the file is refused, saying why, and
    nothing of it is written."""
    import_schedule_bytes(csv_bytes(ROWS), actor)
    moved = [ROWS[0].replace("T09:00", "T09:30"), ROWS[1], ROWS[2].replace("T11:00", "T12:00")]
    m1 = patient_by_mrn("M1").id

    def desk_keeps_changing(stage, done, total):
        if stage == "apply" and done == total:
            visit = Visit.get(Visit.patient == m1)
            if visit.arrived_at is None:
                check_in(m1, DAY, actor)
            else:
                undo_check_in(visit.id, actor)

    before = snapshot()
    with pytest.raises(ImportFailed) as failed:
        import_schedule_bytes(csv_bytes(moved), actor, progress=desk_keeps_changing)
    text = str(failed.value)
    assert "changed at a desk while the file was being imported" in text
    assert "appointment A-1" in text and "nothing was imported" in text
    after = snapshot()
    # Only the desk's check-ins and undos were written (statuses): not the file's moves.
    assert [(e, t, d) for e, _, t, d in after[0]] == [(e, t, d) for e, _, t, d in before[0]]
    assert after[1] == before[1]
    assert AuditEvent.select().where(AuditEvent.action == "import.csv").count() == 1


def test_an_mrn_registered_at_a_desk_meanwhile_is_not_registered_twice(actor):
    """The file brings a new patient M2; a desk registers M2 while the import is planned: the
    write finds the MRN taken, the file is planned again, and M2's appointment goes to the
    desk's patient (one M2, updated from the file)."""
    from frontdesk.services.patient_input import PatientInput
    from frontdesk.services.patients import save_patient

    registered = []

    def desk_registers_m2(stage, done, total):
        if stage == "apply" and done == total and not registered:
            patient, _ = save_patient(
                PatientInput(
                    mrn="M2", family_name="Kim", given_name="Minjun", date_of_birth="1979-12-25"
                ),
                actor,
            )
            registered.append(patient.id)

    report = import_schedule_bytes(csv_bytes(ROWS), actor, progress=desk_registers_m2)
    assert report.patients == {"created": 1, "updated": 1}
    m2 = Patient.select().where(Patient.mrn == "M2")
    assert m2.count() == 1 and m2.get().id == registered[0]
    assert m2.get().given_name == "Min-jun"
    assert Appointment.get(Appointment.external_id == "A-3").patient_id == registered[0]


def test_a_busy_database_is_one_line_at_the_command_line(actor, db_url, capsys):
    """Another station holds the write lock (SQLite) or the visit and appointment tables
    (PostgreSQL) for longer than a write waits: the command line's check-in waits its bounded
    time (5 s), then says so in one line and exits 2; nothing is written."""
    import time

    from frontdesk.cli import main
    from frontdesk.store.database import BUSY_TIMEOUT_S, close_database

    import_schedule_bytes(csv_bytes(ROWS), actor)
    holder = subprocess.Popen(
        [sys.executable, str(ROOT / "tests" / "ui" / "lock_holder.py"), db_url, "30"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "locked"
        close_database()  # the command line opens its own
        started = time.perf_counter()
        code = main(
            [
                "--db",
                db_url,
                "checkin",
                "M1",
                "--staff",
                "amal",
                "--station",
                "Desk 1",
                "--date",
                DAY.isoformat(),
            ]
        )
        took = time.perf_counter() - started
    finally:
        holder.kill()
        holder.wait()
    _, err = capsys.readouterr()
    assert code == 2
    assert err == "frontdesk: error: the database is busy; try again\n"
    assert BUSY_TIMEOUT_S <= took < BUSY_TIMEOUT_S + 5, took
    from frontdesk.store.database import open_database

    open_database(db_url)
    assert not AuditEvent.select().where(AuditEvent.action == "visit.check_in").exists()


def test_a_large_import_brings_postgresql_statistics_up_to_date(pg_url, tmp_path):
    """After a file that wrote a thousand appointments or more, the planner's statistics of
    appointment and visit count them (ANALYZE): the next file's look-ups are planned from
    what the tables hold, not from before the import (30 s instead of 6 s, measured)."""
    from frontdesk.services.actors import actor_for, create_staff
    from frontdesk.services.office import set_office_zone
    from frontdesk.store.database import close_database, open_database

    open_database(pg_url)
    try:
        create_staff("amal", "Amal Haddad")
        set_office_zone("America/New_York", None)
        actor = actor_for("amal", "Desk 1")
        head = "appointment_id,start,mrn,family_name,given_name,date_of_birth"
        rows = [
            f"L-{n},2026-11-30T09:00,LM{n // 2},Large,File {n // 2},1970-01-15" for n in range(1200)
        ]
        data = "\r\n".join([head, *rows]).encode()

        def counted() -> float:
            cursor = database_proxy.obj.execute_sql(
                "SELECT reltuples FROM pg_class WHERE oid = 'appointment'::regclass"
            )
            return cursor.fetchone()[0]

        assert counted() <= 0  # never analysed: a new table
        import_schedule_bytes(data, actor)
        assert counted() == 1200
    finally:
        close_database()
