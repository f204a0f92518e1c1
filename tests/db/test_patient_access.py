"""Recording a patient's opening reads a few index entries, however busy the last minutes were
(issue 12). The window records each opening after it shows the patient, unless the same person
at the same station opened the record in the last ten minutes; that check used to read every
audit record of those minutes (an import's 90,000: 8-10 ms a patient, and on SQLite with the
write lock held, so that every other desk's write waited for it). It now reads the index of
audit records by object (schema 14). An opening already recorded (the panel read again after
a check-in) is found with a plain read, without a write transaction: on SQLite that would take
the write lock, which an import may hold for a second or two."""

from __future__ import annotations

from frontdesk.services.patient_access import record_access
from frontdesk.services.patient_input import PatientInput
from frontdesk.services.patients import save_patient
from frontdesk.store.models import AuditEvent, utc_now

INDEX = "audit_event_object_type_object_id_at"
IMPORTED = 20_000  # an import's audit records, all of the last minutes


def _an_import_s_records(db) -> None:
    postgres = db.param != "?"
    numbers = (
        "generate_series(1, ?) AS g(value)"
        if postgres
        else "(WITH RECURSIVE s(value) AS (SELECT 1 UNION ALL SELECT value + 1 FROM s "
        "WHERE value < ?) SELECT value FROM s)"
    )
    sql = (
        "INSERT INTO audit_event (at, action, object_type, object_id, details, batch, batch_pos) "
        f"SELECT ?, 'appointment.create', 'appointment', CAST(value AS TEXT), '{{}}', 'imp', value "
        f"FROM {numbers}"
    )
    with db.atomic():
        db.execute_sql(sql.replace("?", db.param), (utc_now(), IMPORTED))
    db.execute_sql("ANALYZE audit_event" if postgres else "ANALYZE")


def _plan(db, sql: str, params) -> str:
    explain = "EXPLAIN " if db.param != "?" else "EXPLAIN QUERY PLAN "
    return "\n".join(str(row) for row in db.execute_sql(explain + sql, params).fetchall())


def test_an_opening_is_checked_on_the_index_after_an_import(db, actor):
    patients = 3
    ids = [
        save_patient(
            PatientInput(
                mrn=f"A{n}", family_name="Access", given_name=f"N{n}", date_of_birth="1980-01-01"
            ),
            actor,
        )[0].id
        for n in range(patients)
    ]
    _an_import_s_records(db)
    lookups: list[tuple[str, tuple]] = []
    real = db.execute_sql

    def recorded(sql, params=None, *args, **kwargs):
        if "patient.view" in str(params) and sql.lstrip().upper().startswith("SELECT"):
            lookups.append((sql, params))
        return real(sql, params, *args, **kwargs)

    writes = []  # write transactions begun (on SQLite each takes the write lock)
    real_begin = db.begin

    def begin(*args, **kwargs):
        writes.append(1)
        return real_begin(*args, **kwargs)

    db.execute_sql, db.begin = recorded, begin
    try:
        assert record_access(actor, ids[0]) and len(writes) == 1
        assert not record_access(actor, ids[0])  # once: asked with a read, no write transaction
        assert len(writes) == 1
        assert record_access(actor, ids[1]) and len(writes) == 2
    finally:
        del db.execute_sql, db.begin
    assert len(lookups) == 5  # a read before each write transaction, and again inside it
    for sql, params in lookups:
        plan = _plan(db, sql, params)
        assert INDEX in plan, plan  # not the minutes' records one by one
    views = AuditEvent.select().where(AuditEvent.action == "patient.view")
    assert sorted(int(v.object_id) for v in views) == sorted(ids[:2])
