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
"""

from __future__ import annotations

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


def _stamp(value) -> str:
    instant = dt.datetime.fromisoformat(value) if isinstance(value, str) else value
    if instant.tzinfo is not None:
        instant = instant.astimezone(dt.UTC).replace(tzinfo=None)
    return f"{instant:%Y-%m-%d %H:%M:%S}.{instant.microsecond:06d}"


def _digest(row: tuple) -> str:
    _id, seq, at, staff, station, action, kind, object_id, details, prev, _hash = row
    body = [seq, _stamp(at), staff, station, action, kind, object_id, details, prev]
    data = json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return hashlib.sha256(data).hexdigest()


def _describe(row: tuple) -> str:
    return f"record {row[0]} (#{row[1]}, {_stamp(row[2])[:19]} UTC, {row[5]})"


def verify_chain() -> ChainReport:
    db = database_proxy.obj
    rows = db.execute_sql(
        "SELECT id, seq, at, staff_id, station_id, action, object_type, object_id, details, "
        "prev_hash, hash FROM audit_event ORDER BY seq, id"
    ).fetchall()
    head = db.execute_sql("SELECT seq, hash FROM audit_chain_head WHERE id = 1").fetchone()
    head_seq, head_hash = (int(head[0]), head[1]) if head else (None, None)

    def broken(problem: str, row: tuple | None = None) -> ChainReport:
        record_id = row[0] if row is not None else None
        return ChainReport(False, len(rows), head_seq, head_hash, problem, record_id)

    if head is None:
        return broken("the chain's head row (audit_chain_head) is missing")
    unplaced = [r for r in rows if r[1] is None]
    if unplaced:  # NULLs sort first on SQLite, last on PostgreSQL: looked at apart
        row = min(unplaced, key=lambda r: r[0])
        return broken(f"{_describe(row)} has no place in the chain: it was inserted", row)
    expected_prev, expected_seq = ZERO, 1
    for row in rows:
        seq = int(row[1])
        if seq != expected_seq:
            return broken(
                f"record #{expected_seq} of the chain is missing (removed): the next one is "
                f"{_describe(row)}",
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
    return ChainReport(True, len(rows), head_seq, head_hash)
