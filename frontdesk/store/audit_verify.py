"""Checking the audit chain from the raw rows, apart from the code that writes it.

    report = verify_chain()        # reads every audit_event row with one plain cursor
    report.ok, report.problem      # the first record changed, removed or inserted, in words

Written on purpose without :mod:`frontdesk.store.audit_log`: it recomputes each record's hash
from what the table holds, by the rule written down there and in the README, so a mistake in
the writer shows here instead of being repeated. It walks the records by ``seq`` and names the
first one that breaks the chain:

- a record whose content no longer gives its hash: *changed*;
- a place in the chain missing: the record there was *removed* (at the end too: the head row
  remembers the last place);
- a record without a place, or one that does not link to the record before it: *inserted*
  (or the one before it was rewritten with a new hash).

Then each batch (a large transaction's records, chained among themselves by ``batch_pos``) is
walked the same way against the record of the chain that sealed it (``audit.batch``, whose
details give the batch's count and last hash): a batch record changed, removed (in the middle
or at the end), or inserted (a place taken twice, one more than the seal counts, a link that
does not follow); a batch whose sealing record is not in the chain; a seal whose batch is gone.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
from dataclasses import dataclass

from frontdesk.store.models import database_proxy

ZERO = "0" * 64


@dataclass(frozen=True, slots=True)
class ChainReport:
    ok: bool
    records: int
    head_seq: int | None
    head_hash: str | None
    problem: str | None = None
    record_id: int | None = None  # the record the problem is about
    unfinished: int = 0  # records of imports still being written, not yet sealed (not checked)


def _stamp(value) -> str:
    instant = dt.datetime.fromisoformat(value) if isinstance(value, str) else value
    if instant.tzinfo is not None:
        instant = instant.astimezone(dt.UTC).replace(tzinfo=None)
    return f"{instant:%Y-%m-%d %H:%M:%S}.{instant.microsecond:06d}"


def _digest(row: tuple) -> str:
    _id, seq, at, staff, station, action, kind, object_id, details, prev, _hash = row[:11]
    body = [seq, _stamp(at), staff, station, action, kind, object_id, details, prev]
    data = json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return hashlib.sha256(data).hexdigest()


def _describe(row: tuple) -> str:
    return f"record {row[0]} (#{row[1]}, {_stamp(row[2])[:19]} UTC, {row[5]})"


def _batch_digest(row: tuple) -> str:
    _id, _seq, at, staff, station, action, kind, object_id, details, prev, _hash = row[:11]
    batch, pos = row[11], row[12]
    body = [batch, pos, _stamp(at), staff, station, action, kind, object_id, details, prev]
    data = json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return hashlib.sha256(data).hexdigest()


def _describe_in_batch(row: tuple) -> str:
    return f"record {row[0]} (#{row[12]} of batch {row[11]}, {_stamp(row[2])[:19]} UTC, {row[5]})"


SEAL_ACTION, SEAL_OBJECT = "audit.batch", "audit_batch"
START_ACTION = "import_run.start"  # (frontdesk.store.import_runs: written apart on purpose)


def verify_chain() -> ChainReport:
    db = database_proxy.obj
    everything = db.execute_sql(
        "SELECT id, seq, at, staff_id, station_id, action, object_type, object_id, details, "
        "prev_hash, hash, batch, batch_pos FROM audit_event ORDER BY seq, id"
    ).fetchall()
    rows = [r for r in everything if r[11] is None]
    batched: dict[str, list[tuple]] = {}
    for r in everything:
        if r[11] is not None:
            batched.setdefault(r[11], []).append(r)
    head = db.execute_sql("SELECT seq, hash FROM audit_chain_head WHERE id = 1").fetchone()
    head_seq, head_hash = (int(head[0]), head[1]) if head else (None, None)

    def broken(problem: str, row: tuple | None = None) -> ChainReport:
        record_id = row[0] if row is not None else None
        return ChainReport(False, len(everything), head_seq, head_hash, problem, record_id)

    if head is None:
        return broken("the chain's head row (audit_chain_head) is missing")
    unplaced = [r for r in rows if r[1] is None]
    if unplaced:  # NULLs sort first on SQLite, last on PostgreSQL: looked at apart
        row = min(unplaced, key=lambda r: r[0])
        return broken(f"{_describe(row)} has no place in the chain: it was inserted", row)
    seals = {r[7]: r for r in rows if r[5] == SEAL_ACTION and r[6] == SEAL_OBJECT}
    # An import written in chunks (SQLite) writes its records with its chunks and seals them in
    # its last step; a record of the chain names their batch when it starts. Until the seal
    # they are counted apart (``unfinished``), not checked; if the import is swept they go.
    writing = set()
    for r in rows:
        if r[5] == START_ACTION:
            with contextlib.suppress(ValueError, TypeError, KeyError):
                writing.add(str(json.loads(r[8])["batch"]))
    unfinished = sum(len(batched[b]) for b in writing if b in batched and b not in seals)
    unsealed = sorted(set(batched) - set(seals) - writing)
    orphans = (
        f"; the {len(batched[unsealed[0]])} record(s) of batch {unsealed[0]} have no sealing "
        "record in the chain: it may be the one removed"
        if unsealed
        else ""
    )
    expected_prev, expected_seq = ZERO, 1
    for row in rows:
        seq = int(row[1])
        if seq != expected_seq:
            return broken(
                f"record #{expected_seq} of the chain is missing (removed): the next one is "
                f"{_describe(row)}{orphans}",
                row,
            )
        if _digest(row) != row[10]:
            return broken(f"{_describe(row)} was changed: its content does not match its hash", row)
        if row[9] != expected_prev:
            return broken(
                f"{_describe(row)} does not follow the record before it: it was inserted, or "
                "the one before it was rewritten",
                row,
            )
        expected_prev, expected_seq = row[10], seq + 1
    last_seq = expected_seq - 1
    if head_seq != last_seq:
        return broken(
            f"the chain ends at #{last_seq} but its head says #{head_seq}: "
            f"{head_seq - last_seq} record(s) at the end were removed"
            if head_seq > last_seq
            else f"the head (#{head_seq}) is behind the last record (#{last_seq})"
        )
    if head_hash != expected_prev:
        return broken("the last record's hash differs from the head's: the end was rewritten")
    if unsealed:
        first = min(batched[unsealed[0]], key=lambda r: (r[12] is None, r[12] or 0, r[0]))
        return broken(
            f"batch {unsealed[0]} ({len(batched[unsealed[0]])} record(s), the first "
            f"{_describe_in_batch(first)}) has no sealing record in the chain: it was inserted, "
            "or its seal was removed",
            first,
        )
    sealed_twice = [r for r in rows if r[5] == SEAL_ACTION and r[6] == SEAL_OBJECT]
    if len(sealed_twice) != len(seals):
        seen: set[str] = set()
        for row in sealed_twice:
            if row[7] in seen:
                return broken(f"{_describe(row)} seals batch {row[7]} a second time", row)
            seen.add(row[7])
    for batch, seal in sorted(seals.items(), key=lambda item: int(item[1][1])):
        problem = _check_batch(batch, seal, batched.get(batch, []))
        if problem is not None:
            return broken(*problem)
    return ChainReport(True, len(everything), head_seq, head_hash, unfinished=unfinished)


def _check_batch(batch: str, seal: tuple, members: list[tuple]) -> tuple[str, tuple] | None:
    """The first problem of one batch against its sealing record, or None."""
    try:
        sealed = json.loads(seal[8])
        count, last_hash = int(sealed["records"]), str(sealed["last_hash"])
    except (ValueError, TypeError, KeyError):
        return f"{_describe(seal)} seals batch {batch} without its count and last hash", seal
    name = f"batch {batch} (sealed by {_describe(seal)})"
    if any(r[12] is None for r in members):
        row = min((r for r in members if r[12] is None), key=lambda r: r[0])
        return f"{_describe_in_batch(row)} has no place in its batch: it was inserted", row
    members = sorted(members, key=lambda r: (int(r[12]), r[0]))
    expected_prev, expected_pos = ZERO, 1
    for row in members:
        pos = int(row[12])
        if row[1] is not None:
            return f"{_describe_in_batch(row)} has a place in the chain too: it was changed", row
        if pos < expected_pos:
            return f"{_describe_in_batch(row)} takes a place taken already: it was inserted", row
        if pos != expected_pos:
            return (
                f"record #{expected_pos} of {name} is missing (removed): the next one is "
                f"{_describe_in_batch(row)}",
                row,
            )
        if _batch_digest(row) != row[10]:
            return (
                f"{_describe_in_batch(row)} was changed: its content does not match its hash",
                row,
            )
        if row[9] != expected_prev:
            return (
                f"{_describe_in_batch(row)} does not follow the record before it: it was "
                "inserted, or the one before it was rewritten",
                row,
            )
        expected_prev, expected_pos = row[10], pos + 1
    found = expected_pos - 1
    if found > count:
        row = members[count]
        return (
            f"{_describe_in_batch(row)} was inserted: {name} was sealed with {count} record(s)",
            row,
        )
    if found < count:
        return (
            f"{name} has {found} of its {count} records: the last {count - found} were removed",
            seal,
        )
    if expected_prev != last_hash:
        return f"the last record of {name} differs from the one sealed: it was rewritten", seal
    return None
