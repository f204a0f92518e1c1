"""The stations' PostgreSQL role, granted by packaging/postgres/station-grants.sql (run with
the real psql): it checks patients in and writes audit records, and cannot change or remove a
record of the audit log."""

from __future__ import annotations

import subprocess
import uuid
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from peewee import ProgrammingError

from frontdesk.services.actors import actor_for, create_staff
from frontdesk.services.audit import record, record_many
from frontdesk.store.audit_verify import verify_chain
from frontdesk.store.database import close_database, open_database
from frontdesk.store.models import AuditEvent, database_proxy

GRANTS = Path(__file__).parents[2] / "packaging" / "postgres" / "station-grants.sql"


@pytest.fixture
def station_role(pg_url):
    role = f"station_{uuid.uuid4().hex[:8]}"
    schema = parse_qs(urlsplit(pg_url).query)["options"][0].split("=", 1)[1]
    admin = pg_url.split("?", 1)[0]
    db = open_database(pg_url)  # the owner creates the schema
    create_staff("amal", "Amal Haddad")
    db.execute_sql(f'CREATE ROLE "{role}" NOLOGIN')
    close_database()
    done = subprocess.run(
        [
            *("psql", "-v", "ON_ERROR_STOP=1", "-v", f"schema={schema}", "-v", f"role={role}"),
            *("-f", str(GRANTS), admin),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    yield role
    db = open_database(pg_url)
    db.execute_sql(f'DROP OWNED BY "{role}"')
    db.execute_sql(f'DROP ROLE "{role}"')
    close_database()


def test_the_station_role_appends_but_cannot_edit_or_delete_the_audit_log(pg_url, station_role):
    db = open_database(pg_url, upgrade=False)
    try:
        db.execute_sql(f'SET ROLE "{station_role}"')
        actor = actor_for("amal", "Desk 1")  # a new station: written by the station role
        with database_proxy.atomic():
            record(actor, "visit.check_in", "visit", 1)
        with database_proxy.atomic():  # an import's records: a batch, sealed in the chain
            record_many(actor, [("appointment.create", "appointment", n, {}) for n in range(40)])
        # staff, station, check-in; forty in a batch and its seal
        assert verify_chain().ok and AuditEvent.select().count() == 44
        for statement in (
            "UPDATE audit_event SET staff_id = NULL",
            "UPDATE audit_event SET hash = prev_hash",  # a column it may set, on a placed record
            "UPDATE audit_event SET hash = prev_hash WHERE batch IS NOT NULL",  # in a batch
            "UPDATE audit_event SET seq = 99 WHERE batch IS NOT NULL",
            "UPDATE audit_event SET seq = NULL",
            "DELETE FROM audit_event",
            "TRUNCATE audit_event",
            "DELETE FROM audit_chain_head",
        ):
            assert db.execute_sql("SELECT current_user").fetchone()[0] == station_role
            with (
                pytest.raises(ProgrammingError, match=r"permission denied|never changed"),
                database_proxy.atomic(),
            ):
                db.execute_sql(statement)
        assert verify_chain().ok and AuditEvent.select().count() == 44
    finally:
        close_database()
