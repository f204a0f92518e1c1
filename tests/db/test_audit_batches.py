"""A large transaction's audit records (an import's) form a batch of their own, sealed by one
record of the chain: ``frontdesk audit verify`` names a batch record changed, removed or
inserted, a batch whose seal is gone, and a seal whose records are gone, on SQLite and
PostgreSQL. A small transaction's records stay in the chain, one place each."""

from __future__ import annotations

import itertools
import json

import pytest

from frontdesk.services.audit import record, record_many
from frontdesk.store.audit_log import BATCH_MIN, batch_record_hash, canonical_instant
from frontdesk.store.audit_verify import verify_chain
from frontdesk.store.models import AuditChainHead, AuditEvent, database_proxy

from .test_audit_chain import _raw, _verify

N = 40


@pytest.fixture
def batch(actor):
    """A record, an import-like transaction of N records and its own summary record, then a
    last record: returns the batch's records in order and the record that seals them."""
    with database_proxy.atomic():
        record(actor, "test.before", "desk", 1)
    with database_proxy.atomic():
        entries = [
            ("appointment.create", "appointment", n, {"n": n, "name": "Ünal"}) for n in range(N)
        ]
        record_many(actor, entries)
        record(actor, "schedule.import", "import", None, created=N)
    with database_proxy.atomic():
        record(actor, "test.after", "desk", 2)
    members = list(
        AuditEvent.select().where(AuditEvent.batch.is_null(False)).order_by(AuditEvent.batch_pos)
    )
    (seal,) = AuditEvent.select().where(AuditEvent.action == "audit.batch")
    assert verify_chain().ok
    return members, seal


def test_a_batch_is_sealed_by_one_record_of_the_chain(batch, db_url, capsys):
    members, seal = batch
    assert [m.batch_pos for m in members] == list(range(1, N + 1))
    assert all(m.seq is None and m.batch == seal.object_id for m in members)
    assert json.loads(seal.details) == {"records": N, "last_hash": members[-1].hash}
    assert members[0].prev_hash == "0" * 64
    assert all(b.prev_hash == a.hash for a, b in itertools.pairwise(members))
    # the chain: staff, station, before, the import's summary, its batch's seal, after
    placed = AuditEvent.select().where(AuditEvent.seq.is_null(False)).order_by(AuditEvent.seq)
    chained = [e.action for e in placed]
    assert chained[-3:] == ["schedule.import", "audit.batch", "test.after"]
    assert AuditChainHead.get().seq == len(chained) == AuditEvent.select().count() - N
    code, out = _verify(db_url, capsys)
    assert code == 0 and f"audit chain intact: {len(chained) + N} records" in out


def test_a_changed_batch_record_is_named(batch, db_url, capsys):
    members, _ = batch
    target = members[17]
    _raw("UPDATE audit_event SET details = ? WHERE id = ?", ('{"n": 99}', target.id))
    code, out = _verify(db_url, capsys)
    assert code == 1 and f"record {target.id} (#18 of batch {target.batch}," in out
    assert "was changed" in out


def test_a_batch_record_rewritten_with_its_hash_breaks_the_next_link(batch, db_url, capsys):
    members, _ = batch
    target, following = members[5], members[6]
    digest = batch_record_hash(
        target.batch,
        target.batch_pos,
        canonical_instant(target.at),
        target.staff_id,
        None,
        target.action,
        target.object_type,
        target.object_id,
        target.details,
        target.prev_hash,
    )
    _raw("UPDATE audit_event SET station_id = NULL, hash = ? WHERE id = ?", (digest, target.id))
    code, out = _verify(db_url, capsys)
    assert code == 1 and f"record {following.id} (#7 of batch" in out and "does not follow" in out


def test_a_removed_batch_record_is_named(batch, db_url, capsys):
    members, seal = batch
    _raw("DELETE FROM audit_event WHERE id = ?", (members[9].id,))
    code, out = _verify(db_url, capsys)
    assert code == 1 and f"record #10 of batch {seal.object_id} (sealed by record {seal.id}" in out
    assert "is missing (removed)" in out and f"record {members[10].id} (#11 of batch" in out


def test_a_removed_last_batch_record_is_named(batch, db_url, capsys):
    members, seal = batch
    _raw("DELETE FROM audit_event WHERE id IN (?, ?)", (members[-1].id, members[-2].id))
    code, out = _verify(db_url, capsys)
    assert code == 1 and f"batch {seal.object_id} (sealed by record {seal.id}" in out
    assert f"has {N - 2} of its {N} records: the last 2 were removed" in out


def test_a_whole_removed_batch_is_named(batch, db_url, capsys):
    _raw("DELETE FROM audit_event WHERE batch IS NOT NULL")
    code, out = _verify(db_url, capsys)
    assert code == 1 and f"has 0 of its {N} records: the last {N} were removed" in out


def _forged(after: AuditEvent, pos: int) -> tuple[int, str]:
    """A record slipped into the batch by someone who knows the rule: its hash is right."""
    at = after.at
    digest = batch_record_hash(
        after.batch,
        pos,
        canonical_instant(at),
        None,
        None,
        "appointment.delete",
        "appointment",
        "1",
        "{}",
        after.hash,
    )
    _raw(
        "INSERT INTO audit_event (at, staff_id, station_id, action, object_type, object_id, "
        "details, batch, batch_pos, prev_hash, hash) VALUES (?, NULL, NULL, "
        "'appointment.delete', 'appointment', '1', '{}', ?, ?, ?, ?)",
        (str(at.replace(tzinfo=None)), after.batch, pos, after.hash, digest),
    )
    forged = AuditEvent.select().order_by(AuditEvent.id.desc()).first()
    return forged.id, digest


def test_a_record_added_at_the_end_of_a_batch_is_named(batch, db_url, capsys):
    members, seal = batch
    forged_id, _ = _forged(members[-1], N + 1)
    code, out = _verify(db_url, capsys)
    assert code == 1 and f"record {forged_id} (#{N + 1} of batch" in out
    assert f"was inserted: batch {seal.object_id} (sealed by record {seal.id}" in out
    assert f"was sealed with {N} record(s)" in out


def test_a_record_inserted_into_a_batch_is_named(batch, db_url, capsys):
    members, _ = batch
    forged_id, _ = _forged(members[3], 5)  # takes the place of the fifth
    code, out = _verify(db_url, capsys)
    # sorted by place then id, the real fifth comes first; the forged one takes its place again
    assert code == 1 and f"record {forged_id} (#5 of batch" in out
    assert "takes a place taken already: it was inserted" in out


def test_a_batch_without_its_seal_is_named(batch, db_url, capsys):
    """The seal removed, the places after it renumbered and rehashed by the published rule
    and the head moved: the chain itself checks out, the batch has no seal."""
    from frontdesk.store.audit_log import record_hash

    members, seal = batch
    later = list(AuditEvent.select().where(AuditEvent.seq > seal.seq).order_by(AuditEvent.seq))
    _raw("DELETE FROM audit_event WHERE id = ?", (seal.id,))
    prev_hash = seal.prev_hash
    for event in later:
        digest = record_hash(
            event.seq - 1,
            canonical_instant(event.at),
            event.staff_id,
            event.station_id,
            event.action,
            event.object_type,
            event.object_id,
            event.details,
            prev_hash,
        )
        _raw(
            "UPDATE audit_event SET seq = ?, prev_hash = ?, hash = ? WHERE id = ?",
            (event.seq - 1, prev_hash, digest, event.id),
        )
        prev_hash = digest
    _raw("UPDATE audit_chain_head SET seq = seq - 1, hash = ?", (prev_hash,))
    code, out = _verify(db_url, capsys)
    assert code == 1 and f"batch {seal.object_id} ({N} record(s), the first record" in out
    assert f"record {members[0].id} (#1 of batch" in out
    assert "has no sealing record in the chain: it was inserted, or its seal was removed" in out


def test_a_removed_seal_is_named_with_its_batch(batch, db_url, capsys):
    _, seal = batch
    _raw("DELETE FROM audit_event WHERE id = ?", (seal.id,))
    code, out = _verify(db_url, capsys)
    assert code == 1 and f"record #{seal.seq} of the chain is missing (removed)" in out
    assert f"the {N} record(s) of batch {seal.object_id} have no sealing record" in out


def test_a_check_in_stays_in_the_chain_and_a_savepoint_takes_back_its_batch(actor):
    """A check-in's record takes a place in the chain as before (no batch). Records kept for
    a batch in a savepoint that rolls back are not written; those of one released are."""
    with database_proxy.atomic():
        record(actor, "visit.check_in", "visit", 1)
    (checked_in,) = AuditEvent.select().where(AuditEvent.action == "visit.check_in")
    assert checked_in.seq is not None and checked_in.batch is None
    assert not AuditEvent.select().where(AuditEvent.action == "audit.batch").exists()
    with database_proxy.atomic():
        record_many(actor, [("test.outer", "desk", n, {}) for n in range(20)])
        with pytest.raises(RuntimeError), database_proxy.atomic():
            record_many(actor, [("test.dropped", "desk", n, {}) for n in range(50)])
            raise RuntimeError("this part failed")
        with database_proxy.atomic():
            record_many(actor, [("test.kept", "desk", n, {}) for n in range(30)])
    batched = AuditEvent.select().where(AuditEvent.batch.is_null(False)).order_by(AuditEvent.id)
    assert [e.action for e in batched] == ["test.outer"] * 20 + ["test.kept"] * 30
    assert [e.batch_pos for e in batched] == list(range(1, 51))
    assert verify_chain().ok
    # an import of a few rows (or its summary alone): in the chain, no batch
    with database_proxy.atomic():
        record_many(actor, [("test.few", "desk", n, {}) for n in range(BATCH_MIN - 1)])
    few = AuditEvent.select().where(AuditEvent.action == "test.few")
    assert all(e.seq is not None and e.batch is None for e in few) and len(few) == BATCH_MIN - 1
    assert AuditEvent.select().where(AuditEvent.action == "audit.batch").count() == 1


def test_a_batch_rolled_back_leaves_nothing(actor):
    with pytest.raises(RuntimeError), database_proxy.atomic():
        record_many(actor, [("test.rolled_back", "desk", n, {}) for n in range(50)])
        raise RuntimeError("the import failed")
    assert not AuditEvent.select().where(AuditEvent.action.startswith("test.")).exists()
    with database_proxy.atomic():
        record_many(actor, [("test.kept", "desk", n, {}) for n in range(40)])
    report = verify_chain()
    assert report.ok and AuditEvent.select().where(AuditEvent.batch.is_null(False)).count() == 40


def test_audit_list_places_a_batch_record_after_its_seal(batch, db_url, capsys):
    """`audit list` names a batch record by its seal's place and its own: #<seal>.<n>."""
    from frontdesk.cli import main
    from frontdesk.store.database import close_database, open_database

    _, seal = batch
    close_database()
    try:
        code = main(["--db", db_url, "audit", "list", "--staff", "amal", "--action", "appoint"])
        out = capsys.readouterr().out
    finally:
        open_database(db_url)
    lines = out.splitlines()
    assert code == 0 and len(lines) == N
    assert lines[0].startswith(f"#{seal.seq}.1 ") and lines[-1].startswith(f"#{seal.seq}.{N} ")


def test_a_batch_hashed_before_its_transaction_is_sealed_and_verifies(actor, db_url, capsys):
    """An import hashes its new rows' records before its write (their ids given beforehand):
    written at the commit beside the transaction's other records, each batch sealed by its own
    record of the chain, and ``audit verify`` checks them by the same rule. A savepoint rolled
    back takes back the batch handed in within it; a changed record is named."""
    from frontdesk.store.audit_log import append_hashed, hash_batch
    from frontdesk.store.models import utc_now

    at = utc_now()
    hashed = hash_batch(
        [(at, None, None, "patient.create", "patient", str(n), '{"mrn": "Ü"}') for n in range(40)]
    )
    dropped = hash_batch([(at, None, None, "test.dropped", "desk", "1", "{}")])
    with database_proxy.atomic():
        record(actor, "test.first", "desk", 1)
        append_hashed(hashed)
        with pytest.raises(RuntimeError), database_proxy.atomic():
            append_hashed(dropped)
            raise RuntimeError("this part failed")
        record_many(actor, [("appointment.update", "appointment", n, {}) for n in range(BATCH_MIN)])
    assert not AuditEvent.select().where(AuditEvent.action == "test.dropped").exists()
    created = list(
        AuditEvent.select().where(AuditEvent.action == "patient.create").order_by(AuditEvent.id)
    )
    assert [e.object_id for e in created] == [str(n) for n in range(40)]
    assert [e.batch_pos for e in created] == list(range(1, 41)) and created[0].seq is None
    seals = AuditEvent.select().where(AuditEvent.action == "audit.batch")
    # this batch's seal and the updates' (append_many's batch), both in the chain
    assert created[0].batch in {s.object_id for s in seals} and seals.count() == 2
    assert all(s.seq is not None for s in seals)
    code, out = _verify(db_url, capsys)
    assert code == 0 and "audit chain intact" in out
    _raw("UPDATE audit_event SET object_id = '7' WHERE id = ?", (created[3].id,))
    code, out = _verify(db_url, capsys)
    assert code == 1 and f"record {created[3].id} " in out and "was changed" in out
