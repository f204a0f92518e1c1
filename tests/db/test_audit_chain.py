"""The audit log is a hash chain: a record edited, removed or inserted behind Frontdesk's back
makes ``frontdesk audit verify`` exit 1 naming it, on SQLite and PostgreSQL; desks writing at
once (PostgreSQL, real threads with their own connections) keep one unbroken chain."""

from __future__ import annotations

import json
import threading

import pytest

from frontdesk.cli import main
from frontdesk.services.audit import record
from frontdesk.store.audit_verify import verify_chain
from frontdesk.store.database import close_database, open_database
from frontdesk.store.models import AuditEvent, database_proxy


@pytest.fixture
def logged(actor):
    """Forty real records (a patient, appointments, check-ins) from two desks."""
    from frontdesk.services.actors import actor_for, create_staff
    from frontdesk.services.checkin import check_in

    from .helpers import DAY, book, make_patient

    create_staff("li.wei", "Li Wei")
    other = actor_for("li.wei", "Desk 2")
    for n in range(8):
        patient = make_patient(actor if n % 2 else other, mrn=f"MRN{n}", family=f"Family{n}")
        book(actor, patient, f"A{n}", 9 + n % 8, day=DAY)
        check_in(patient.id, DAY, other if n % 2 else actor)
    ids = [e.id for e in AuditEvent.select(AuditEvent.id).order_by(AuditEvent.seq)]
    assert len(ids) >= 20 and verify_chain().ok
    return ids


def _verify(db_url, capsys) -> tuple[int, str]:
    close_database()
    try:
        code = main(["--db", db_url, "audit", "verify"])
        return code, capsys.readouterr().out
    finally:
        open_database(db_url)


def _raw(statement: str, params=()) -> None:
    """What a person with the database's password does, outside Frontdesk."""
    db = database_proxy.obj
    with db.atomic():
        db.execute_sql(statement.replace("?", db.param), params)


def test_an_intact_chain_verifies(logged, db_url, capsys):
    code, out = _verify(db_url, capsys)
    assert code == 0 and f"audit chain intact: {len(logged)} records" in out


def test_an_edited_record_is_named(logged, db_url, capsys):
    target = logged[len(logged) // 2]
    staff_ids = {e.staff_id for e in AuditEvent.select()}
    forged_author = max(i for i in staff_ids if i is not None)
    _raw("UPDATE audit_event SET staff_id = ? WHERE id = ?", (forged_author + 0, target))
    _raw("UPDATE audit_event SET staff_id = staff_id WHERE id = ?", (target,))  # no-op: still ok
    if AuditEvent.get_by_id(target).staff_id == forged_author:  # the forgery changed nothing
        _raw("UPDATE audit_event SET station_id = NULL WHERE id = ?", (target,))
    code, out = _verify(db_url, capsys)
    assert code == 1 and f"record {target} (" in out and "was changed" in out


def test_an_edited_detail_is_named(logged, db_url, capsys):
    target = logged[3]
    details = json.loads(AuditEvent.get_by_id(target).details)
    details["forged"] = True
    _raw("UPDATE audit_event SET details = ? WHERE id = ?", (json.dumps(details), target))
    code, out = _verify(db_url, capsys)
    assert code == 1 and f"record {target} (" in out and "was changed" in out


def test_a_removed_record_is_named(logged, db_url, capsys):
    target = logged[5]
    seq = AuditEvent.get_by_id(target).seq
    _raw("DELETE FROM audit_event WHERE id = ?", (target,))
    code, out = _verify(db_url, capsys)
    assert code == 1 and f"record #{seq} of the chain is missing (removed)" in out


def test_a_removed_last_record_is_named(logged, db_url, capsys):
    _raw("DELETE FROM audit_event WHERE id = ?", (logged[-1],))
    code, out = _verify(db_url, capsys)
    assert code == 1 and "1 record(s) at the end were removed" in out


def test_an_inserted_record_is_named(logged, db_url, capsys):
    _raw(
        "INSERT INTO audit_event (at, staff_id, station_id, action, object_type, object_id, "
        "details) VALUES (?, NULL, NULL, 'visit.check_in', 'visit', '1', '{}')",
        ("2026-11-30 10:00:00",),
    )
    inserted = AuditEvent.select().order_by(AuditEvent.id.desc()).first().id
    code, out = _verify(db_url, capsys)
    assert code == 1 and f"record {inserted} (" in out and "inserted" in out


def test_a_record_inserted_into_the_middle_with_a_real_hash_is_named(logged, db_url, capsys):
    """Someone who knows the rule renumbers the places after theirs to slip one in: the
    inserted record itself checks out, the first renumbered one after it does not (its place
    is part of its hash)."""
    from frontdesk.store.audit_log import canonical_instant, record_hash

    middle = AuditEvent.get_by_id(logged[10])
    later = [e.id for e in AuditEvent.select().where(AuditEvent.seq > middle.seq)]
    _raw("UPDATE audit_event SET seq = seq + 1000000 WHERE seq > ?", (middle.seq,))
    _raw("UPDATE audit_event SET seq = seq - 1000000 + 1 WHERE seq > 1000000")
    _raw("UPDATE audit_chain_head SET seq = seq + 1")
    at = middle.at
    digest = record_hash(
        middle.seq + 1,
        canonical_instant(at),
        None,
        None,
        "visit.undo",
        "visit",
        "1",
        "{}",
        middle.hash,
    )
    _raw(
        "INSERT INTO audit_event (at, staff_id, station_id, action, object_type, object_id, "
        "details, seq, prev_hash, hash) VALUES (?, NULL, NULL, 'visit.undo', 'visit', '1', "
        "'{}', ?, ?, ?)",
        (str(at.replace(tzinfo=None)), middle.seq + 1, middle.hash, digest),
    )
    code, out = _verify(db_url, capsys)
    assert code == 1 and f"record {later[0]} (#{middle.seq + 2}," in out and "changed" in out


def test_desks_writing_at_once_keep_one_chain(pg_url):
    """Eight threads, each with its own PostgreSQL connection, 25 records each."""
    open_database(pg_url)
    errors: list[BaseException] = []

    def desk(n: int) -> None:
        try:
            for i in range(25):
                with database_proxy.atomic():
                    record(None, "test.concurrent", "desk", n, i=i)
        except BaseException as error:
            errors.append(error)
        finally:
            database_proxy.obj.close()

    try:
        threads = [threading.Thread(target=desk, args=(n,)) for n in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
        assert not errors
        report = verify_chain()
        assert report.ok and report.records == 200 and report.head_seq == 200
    finally:
        close_database()


def test_a_record_rewritten_with_its_hash_recomputed_breaks_the_next_link(logged, db_url, capsys):
    """The forger recomputes the edited record's own hash by the published rule: the record
    after it still names the old hash."""
    from frontdesk.store.audit_log import canonical_instant, record_hash

    target = AuditEvent.get_by_id(logged[6])
    following = AuditEvent.get(AuditEvent.seq == target.seq + 1)
    forged_station = None
    digest = record_hash(
        target.seq,
        canonical_instant(target.at),
        target.staff_id,
        forged_station,
        target.action,
        target.object_type,
        target.object_id,
        target.details,
        target.prev_hash,
    )
    _raw("UPDATE audit_event SET station_id = NULL, hash = ? WHERE id = ?", (digest, target.id))
    code, out = _verify(db_url, capsys)
    assert code == 1 and f"record {following.id} (" in out and "does not follow" in out


def test_a_record_names_its_actor_and_is_refused_outside_a_transaction(actor):
    """record(actor, ...) names who and where; written outside the change's transaction it
    would commit on its own, so it is refused and nothing is written."""
    from frontdesk.services.audit import OutsideTransaction

    before = AuditEvent.select().count()
    with pytest.raises(OutsideTransaction):
        record(actor, "test.outside", "desk", 1)
    assert AuditEvent.select().count() == before
    with database_proxy.atomic():
        record(actor, "test.inside", "desk", 1, n=2)
        record(None, "test.system", "database", None)
    inside, system = AuditEvent.select().order_by(AuditEvent.id.desc()).limit(2)[::-1]
    assert (inside.staff_id, inside.station_id) == (actor.staff.id, actor.station.id)
    assert (system.staff_id, system.station_id, system.action) == (None, None, "test.system")
    assert json.loads(inside.details) == {"n": 2}
