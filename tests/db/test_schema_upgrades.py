"""Real users' files: a database written by an earlier release opens, upgraded, with its data.

tests/db/fixtures/schema-vN.sqlite3 is a file made by the release that had schema version N
(150 demo patients, a day of appointments, one check-in). Add one each time the schema changes.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from frontdesk.services.search import search_patients
from frontdesk.store import migrations
from frontdesk.store.database import close_database, open_database
from frontdesk.store.models import (
    Appointment,
    Badge,
    BadgeKey,
    Companion,
    Patient,
    Scan,
    SchemaVersion,
    SearchPosting,
    Setting,
    Visit,
)
from frontdesk.store.search_index import index_patient

FIXTURES = Path(__file__).parent / "fixtures"


def test_version_1_file_is_upgraded_with_a_backup_and_keeps_its_data(tmp_path):
    path = tmp_path / "frontdesk.sqlite3"
    shutil.copy(FIXTURES / "schema-v1.sqlite3", path)
    before = sqlite3.connect(path).execute("SELECT COUNT(*) FROM patient").fetchone()[0]
    open_database(f"sqlite:///{path}")
    try:
        assert SchemaVersion.get().version == migrations.SCHEMA_VERSION
        assert Patient.select().count() == before == 150
        assert Visit.select().where(Visit.arrived_at.is_null(False)).count() == 1
        assert BadgeKey.select().count() == 0 and Badge.select().count() == 0
        assert search_patients("M00000001")[0].patient.mrn == "M00000001"
    finally:
        close_database()
    backups = list(tmp_path.glob("frontdesk.sqlite3.v1-*.bak"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as conn:
        assert conn.execute("SELECT version FROM schema_version").fetchone() == (1,)


@contextlib.contextmanager
def upgraded(tmp_path: Path, version: int) -> Iterator[None]:
    """A copy of the version's file, opened (so upgraded) for the block, backed up once."""
    path = tmp_path / "frontdesk.sqlite3"
    shutil.copy(FIXTURES / f"schema-v{version}.sqlite3", path)
    open_database(f"sqlite:///{path}")
    try:
        assert SchemaVersion.get().version == migrations.SCHEMA_VERSION
        yield
    finally:
        close_database()
    assert len(list(tmp_path.glob(f"frontdesk.sqlite3.v{version}-*.bak"))) == 1


def test_version_2_file_is_upgraded_and_keeps_its_badges(tmp_path):
    with upgraded(tmp_path, 2):
        assert Patient.select().count() == 150
        assert Badge.select().count() == 1 and BadgeKey.select().count() == 1
        assert Badge.get().print_count == 1
        assert Scan.select().count() == 0  # the scan log starts empty


def test_version_3_file_is_upgraded_and_its_search_learns_of_changes_without_a_counter(tmp_path):
    with upgraded(tmp_path, 3):
        assert Patient.select().count() == 151 and Scan.select().count() == 1
        assert Setting.get_or_none(Setting.key == "search.version") is None
        assert [h.patient.mrn for h in search_patients("zylberstein")] == ["V3NEW"]
        patient = Patient.get(Patient.mrn == "V3NEW")
        index_patient(patient.id, {"zylbersztajn", "ada"}, patient.search_terms)
        assert search_patients("zylberstein") == []  # the cache of the first search is gone


def test_version_4_file_gains_the_international_case_tables(tmp_path):
    """Interpreters, bookings, travel and the checklist start empty and work at once."""
    from frontdesk.services.actors import actor_for
    from frontdesk.services.checklist import open_items, set_item
    from frontdesk.services.interpreter_roster import InterpreterInput, add_interpreter
    from frontdesk.store.case_models import ChecklistItem, Interpreter, VisitTravel

    with upgraded(tmp_path, 4):
        assert Patient.select().count() == 150 and Scan.select().count() == 1
        assert Badge.select().count() == 1
        assert Interpreter.select().count() == VisitTravel.select().count() == 0
        actor = actor_for("amal", "Desk 1")
        add_interpreter(InterpreterInput(name="Nadia Haddad", languages="ar"), actor)
        visit = Visit.select().where(Visit.arrived_at.is_null(False)).get()
        set_item(visit.id, "records_received", "done", actor)
        assert "records_received" not in open_items(visit.id)
        assert ChecklistItem.select().count() == 1
        assert search_patients("M00000001")[0].patient.mrn == "M00000001"


def test_version_5_file_is_upgraded_without_losing_a_visit_or_appointment(tmp_path):
    """Version 6 rebuilds the patient table on SQLite (its date of birth may be unknown now):
    with foreign keys on, dropping the old table would have deleted every visit and
    appointment of every patient."""
    path = FIXTURES / "schema-v5.sqlite3"
    tables = ("patient", "visit", "appointment", "companion", "search_posting")
    with contextlib.closing(sqlite3.connect(path)) as raw:
        counts = [raw.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0] for table in tables]
    assert counts[0] == 150 and counts[2] > 0
    with upgraded(tmp_path, 5):
        models = (Patient, Visit, Appointment, Companion, SearchPosting)
        assert [model.select().count() for model in models] == counts
        assert Visit.select().where(Visit.arrived_at.is_null(False)).count() == 1
        db = Patient._meta.database
        assert db.pragma("foreign_keys") == 1
        assert not db.execute_sql("PRAGMA foreign_key_check").fetchall()
        # A patient whose date of birth is unknown can now be stored.
        Patient.update(date_of_birth=None).where(Patient.mrn == "M00000001").execute()
        assert Patient.get(Patient.mrn == "M00000001").date_of_birth is None
        assert search_patients("M00000001")[0].patient.mrn == "M00000001"


def test_version_6_file_keeps_its_scans_and_takes_an_inside_door(tmp_path):
    """Version 7 widens a scan's direction for "inside" doors (PostgreSQL enforced four
    characters; an inside door's scans could not be sent there)."""
    import datetime as dt

    from frontdesk.store import scan_log
    from frontdesk.store.models import database_proxy

    with upgraded(tmp_path, 6):
        (old,) = Scan.select()
        assert (old.uid, old.door, old.direction) == ("fixture-v6-scan-1", "Garage", "both")
        at = dt.datetime(2026, 11, 30, 16, tzinfo=dt.UTC)
        with database_proxy.atomic():
            row = ("inside-1", at, "Imaging", "inside", True, None, 1, "patient")
            assert scan_log.insert([row], None, at) == 1
        assert Scan.get(Scan.uid == "inside-1").direction == "inside"
        assert Visit.select().where(Visit.arrived_at.is_null(False)).count() == 1


def test_a_version_6_postgresql_database_takes_inside_door_scans_after_the_upgrade(pg_url):
    """On PostgreSQL the old four-character direction refused "inside": the upgrade widens it."""
    import datetime as dt

    from frontdesk.store import scan_log
    from frontdesk.store.models import database_proxy

    db = open_database(pg_url)
    try:  # back to what a version 6 server had
        db.execute_sql('ALTER TABLE "scan" ALTER COLUMN "direction" TYPE varchar(4)')
        SchemaVersion.update(version=6).execute()
    finally:
        close_database()
    db = open_database(pg_url)  # upgraded to the current version
    try:
        assert SchemaVersion.get().version == migrations.SCHEMA_VERSION
        at = dt.datetime(2026, 11, 30, 16, tzinfo=dt.UTC)
        with database_proxy.atomic():
            row = ("inside-1", at, "Imaging", "inside", True, None, 1, "patient")
            assert scan_log.insert([row], None, at) == 1
    finally:
        close_database()


def test_version_7_file_gains_clearance_letters_and_companions_passports(tmp_path):
    """Version 8 (issue 19): financial clearance, the visa letter register, and a companion's
    passport number, nationality and date of birth (empty for the companions already there)."""
    from frontdesk.store.clearance_models import Clearance, VisaLetter

    with upgraded(tmp_path, 7):
        assert Patient.select().count() == 150
        assert Visit.select().where(Visit.arrived_at.is_null(False)).count() == 1
        companions = list(Companion.select())
        assert len(companions) == 20
        assert all(c.passport_no is None and c.date_of_birth is None for c in companions)
        assert Clearance.select().count() == 0 and VisaLetter.select().count() == 0


def test_version_8_file_links_its_audit_records_into_the_chain(tmp_path):
    """Version 9 makes the audit log a hash chain: the records already there are linked."""
    from frontdesk.services.audit import record
    from frontdesk.store.audit_verify import verify_chain
    from frontdesk.store.models import AuditEvent, database_proxy

    with upgraded(tmp_path, 8):
        before = [e.action for e in AuditEvent.select().order_by(AuditEvent.id)]
        assert before == ["demo.generate", "visit.check_in"]
        assert [e.seq for e in AuditEvent.select().order_by(AuditEvent.id)] == [1, 2]
        report = verify_chain()
        assert report.ok and report.records == 2 and report.head_seq == 2
        with database_proxy.atomic():
            record(None, "test.after_upgrade", "test", 1)
        assert (
            verify_chain().ok and AuditEvent.get(AuditEvent.action == "test.after_upgrade").seq == 3
        )


def test_a_version_8_postgresql_database_links_its_audit_records(pg_url):
    from frontdesk.services.actors import actor_for, create_staff
    from frontdesk.services.audit import record
    from frontdesk.store.audit_verify import verify_chain
    from frontdesk.store.models import AuditEvent, database_proxy

    db = open_database(pg_url)
    try:
        create_staff("amal", "Amal Haddad")
        actor = actor_for("amal", "Desk 1")
        with database_proxy.atomic():
            for n in range(30):
                record(actor, "test.before", "test", n, n=n, name="Ünal")
        # back to what a version 8 server had: no chain
        for column in ("seq", "prev_hash", "hash"):
            db.execute_sql(f'ALTER TABLE "audit_event" DROP COLUMN "{column}"')
        db.execute_sql('DROP TABLE "audit_chain_head"')
        SchemaVersion.update(version=8).execute()
    finally:
        close_database()
    open_database(pg_url)
    try:
        assert SchemaVersion.get().version == migrations.SCHEMA_VERSION
        report = verify_chain()
        assert report.ok and report.records == AuditEvent.select().count() >= 32
        AuditEvent.update(details='{"n": 99}').where(AuditEvent.action == "test.before").where(
            AuditEvent.object_id == "7"
        ).execute()
        assert not verify_chain().ok
    finally:
        close_database()


def test_version_9_file_takes_staff_sign_in_and_stays_open_until_its_first_admin(tmp_path):
    """Version 10: staff credentials. An upgraded office has no sign-in until it creates its
    first admin; its accounts and chained audit records are kept."""
    from frontdesk.services.accounts import add_staff, sign_in
    from frontdesk.services.roles import sign_in_required
    from frontdesk.store.audit_verify import verify_chain
    from frontdesk.store.models import Staff

    with upgraded(tmp_path, 9):
        assert Staff.get(Staff.username == "demo").active and not sign_in_required()
        assert verify_chain().ok and verify_chain().records == 2
        add_staff(None, "ines", "Inês Costa", "admin", password="first-admin-password")
        assert sign_in_required() and sign_in("ines", "first-admin-password", "Desk 1")
        assert verify_chain().ok


def test_version_10_file_keeps_its_chain_and_seals_an_import_as_a_batch(tmp_path):
    """Version 11: a large transaction's audit records form a batch sealed by one record of the
    chain; the records already there stay in the chain as they were."""
    from frontdesk.services.audit import record_many
    from frontdesk.store.audit_verify import verify_chain
    from frontdesk.store.models import AuditEvent, database_proxy

    with upgraded(tmp_path, 10):
        assert [(e.seq, e.batch) for e in AuditEvent.select().order_by(AuditEvent.id)] == [
            (1, None),
            (2, None),
        ]
        assert verify_chain().ok and verify_chain().records == 2
        with database_proxy.atomic():
            record_many(None, [("appointment.create", "appointment", n, {}) for n in range(40)])
        report = verify_chain()
        assert report.ok and report.records == 43 and report.head_seq == 3
        assert AuditEvent.get(AuditEvent.seq == 3).action == "audit.batch"


def test_a_version_10_postgresql_database_takes_audit_batches(pg_url):
    """Schema 11 on PostgreSQL: the two columns added to a server at schema 10, its chained
    records kept as they were, an import's records then a batch."""
    from frontdesk.services.audit import record, record_many
    from frontdesk.store.audit_verify import verify_chain
    from frontdesk.store.models import AuditEvent, database_proxy

    db = open_database(pg_url)
    try:
        with database_proxy.atomic():
            for n in range(5):
                record(None, "test.before", "test", n)
        for column in ("batch", "batch_pos"):  # back to what a version 10 server had
            db.execute_sql(f'ALTER TABLE "audit_event" DROP COLUMN "{column}"')
        SchemaVersion.update(version=10).execute()
    finally:
        close_database()
    open_database(pg_url)
    try:
        assert SchemaVersion.get().version == migrations.SCHEMA_VERSION
        assert verify_chain().ok and verify_chain().head_seq == 5
        with database_proxy.atomic():
            record_many(None, [("appointment.create", "appointment", n, {}) for n in range(40)])
        report = verify_chain()
        assert report.ok and report.records == 46 and report.head_seq == 6
        assert AuditEvent.select().where(AuditEvent.batch.is_null(False)).count() == 40
    finally:
        close_database()


def test_version_11_file_is_upgraded_and_searches_as_before(tmp_path):
    """Version 12 adds PostgreSQL's index of the patients' terms; a SQLite file only moves on."""
    with upgraded(tmp_path, 11):
        assert Patient.select().count() == 150
        assert Visit.select().where(Visit.status == "arrived").count() == 1
        patient = Patient.get(Patient.mrn == "M00000102")
        hits = search_patients(f"{patient.given_name} {patient.family_name}")
        assert patient.mrn in [h.patient.mrn for h in hits]


def test_a_version_11_postgresql_database_gains_the_index_of_patients_terms(pg_url):
    from frontdesk.demo.generator import DemoOptions, generate
    from frontdesk.store.search_index_ddl import INDEX_NAME
    from frontdesk.store.sql import rows

    def indexed() -> bool:
        found = rows(
            "SELECT 1 FROM pg_indexes WHERE schemaname = current_schema() AND indexname = ?",
            (INDEX_NAME,),
        )
        return bool(found)

    db = open_database(pg_url)
    try:
        generate(DemoOptions(patients=300, start=dt.date(2026, 11, 30), seed=4, per_day=20))
        assert indexed()
        db.execute_sql(f'DROP INDEX "{INDEX_NAME}"')  # back to what a version 11 server had
        SchemaVersion.update(version=11).execute()
    finally:
        close_database()
    open_database(pg_url)
    try:
        assert SchemaVersion.get().version == migrations.SCHEMA_VERSION and indexed()
        patient = Patient.get(Patient.id == 17)
        hits = search_patients(f"{patient.family_name} {patient.given_name}")
        assert patient.mrn in [h.patient.mrn for h in hits]
    finally:
        close_database()


def test_version_12_file_gains_the_name_signatures_of_its_postings(tmp_path):
    """Version 13 keeps the patient's name signature on each posting, worked out on upgrade."""
    from .test_posting_signatures import mismatched_postings

    with sqlite3.connect(FIXTURES / "schema-v12.sqlite3") as old:
        columns = [row[1] for row in old.execute("PRAGMA table_info(search_posting)")]
        assert "sig" not in columns
    with upgraded(tmp_path, 12):
        assert mismatched_postings() == []
        assert SearchPosting.select().where(SearchPosting.sig == 0).count() == 0
        assert Visit.select().where(Visit.status == "arrived").count() == 1
        patient = Patient.get(Patient.mrn == "M00000102")
        hits = search_patients(f"{patient.family_name} {patient.given_name[:1]}", limit=100)
        assert patient.mrn in [h.patient.mrn for h in hits]


def test_a_version_12_postgresql_database_gains_the_name_signatures(pg_url):
    from frontdesk.demo.generator import DemoOptions, generate

    from .test_posting_signatures import mismatched_postings

    db = open_database(pg_url)
    try:
        generate(DemoOptions(patients=300, start=dt.date(2026, 11, 30), seed=4, per_day=20))
        db.execute_sql("ALTER TABLE search_posting DROP COLUMN sig")  # as a version 12 server
        SchemaVersion.update(version=12).execute()
    finally:
        close_database()
    open_database(pg_url)
    try:
        assert SchemaVersion.get().version == migrations.SCHEMA_VERSION
        assert mismatched_postings() == []
        patient = Patient.get(Patient.id == 17)
        hits = search_patients(f"{patient.family_name} {patient.given_name[:1]}", limit=100)
        assert patient.mrn in [h.patient.mrn for h in hits]
    finally:
        close_database()


def test_version_13_file_gains_the_index_of_audit_records_by_object(tmp_path):
    """Version 14 indexes audit records by object (a patient's opening is checked on it)."""
    from frontdesk.services.actors import actor_for
    from frontdesk.services.patient_access import record_access
    from frontdesk.store.models import database_proxy

    index = "audit_event_object_type_object_id_at"
    with sqlite3.connect(FIXTURES / "schema-v13.sqlite3") as old:
        names = [row[0] for row in old.execute("SELECT name FROM sqlite_master")]
        assert index not in names and "audit_event_at" in names
    with upgraded(tmp_path, 13):
        sql = "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'audit_event'"
        assert index in [row[0] for row in database_proxy.execute_sql(sql)]
        assert Visit.select().where(Visit.status == "arrived").count() == 1
        patient = Patient.get(Patient.mrn == "M00000008")
        amal = actor_for("amal", "Desk 1")
        assert record_access(amal, patient.id) and not record_access(amal, patient.id)


def test_a_version_13_postgresql_database_gains_the_index_of_audit_records(pg_url):
    from frontdesk.demo.generator import DemoOptions, generate

    index = "audit_event_object_type_object_id_at"
    sql = (
        "SELECT indexname FROM pg_indexes "
        "WHERE tablename = 'audit_event' AND schemaname = current_schema()"
    )
    db = open_database(pg_url)
    try:
        generate(DemoOptions(patients=50, start=dt.date(2026, 11, 30), seed=4, per_day=5))
        db.execute_sql(f'DROP INDEX "{index}"')  # as a version 13 server
        SchemaVersion.update(version=13).execute()
        assert index not in [row[0] for row in db.execute_sql(sql)]
    finally:
        close_database()
    db = open_database(pg_url)
    try:
        assert SchemaVersion.get().version == migrations.SCHEMA_VERSION
        assert index in [row[0] for row in db.execute_sql(sql)]
    finally:
        close_database()


def test_version_14_file_gains_import_runs_and_keeps_every_row_visible(tmp_path):
    """Version 15: the rows an import adds carry its run (unseen until it ends); the rows of
    an older file carry none and are all seen."""
    from frontdesk.store.models import ImportRun, database_proxy

    with sqlite3.connect(FIXTURES / "schema-v14.sqlite3") as old:
        assert "import_run" not in [r[0] for r in old.execute("SELECT name FROM sqlite_master")]
        counts = [old.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in TABLES_15]
    with upgraded(tmp_path, 14):
        for table in TABLES_15:
            columns = [c.name for c in database_proxy.get_columns(table)]
            assert "import_run_id" in columns
        assert [m.select().count() for m in (Patient, Visit, Appointment)] == counts
        assert ImportRun.select().count() == 0
        assert Visit.select().where(Visit.status == "arrived").count() == 1
        patient = Patient.get(Patient.mrn == "M00000008")
        hits = search_patients(f"{patient.family_name} {patient.given_name}", limit=100)
        assert patient.mrn in [h.patient.mrn for h in hits]


TABLES_15 = ("patient", "visit", "appointment")


def test_a_version_14_postgresql_database_gains_import_runs(pg_url):
    from frontdesk.demo.generator import DemoOptions, generate

    db = open_database(pg_url)
    try:
        generate(DemoOptions(patients=50, start=dt.date(2026, 11, 30), seed=4, per_day=5))
        db.execute_sql("DROP TABLE import_run")
        for table in TABLES_15:
            db.execute_sql(f"ALTER TABLE {table} DROP COLUMN import_run_id")
        SchemaVersion.update(version=14).execute()
    finally:
        close_database()
    db = open_database(pg_url)
    try:
        assert SchemaVersion.get().version == migrations.SCHEMA_VERSION
        assert Patient.select().count() == 50
        for table in TABLES_15:
            assert "import_run_id" in [c.name for c in db.get_columns(table)]
    finally:
        close_database()
