"""Appending to the audit log: one INSERT inside the caller's transaction, linked into a hash
chain when that transaction commits.

    append(at, staff_id, station_id, "visit.check_in", "visit", "42", '{"mrn": "M1"}')

Each record gets its place in the chain (``seq``: 1, 2, 3, ...), the previous record's hash
(``prev_hash``; 64 zeros for the first) and its own ``hash``: SHA-256 of the UTF-8 JSON array
``[seq, at, staff_id, station_id, action, object_type, object_id, details, prev_hash]``
(separators ``,`` and ``:`` without spaces, non-ASCII characters as they are, ``at`` as naive
UTC ``YYYY-MM-DD HH:MM:SS.ffffff``). The one-row ``audit_chain_head`` holds the last place and
hash. Places are given at COMMIT (:class:`Sealing`, mixed into the database classes), with the
head's row lock held only from there to the end of the commit: on PostgreSQL concurrent desks
take places one after the other, and a long transaction (an import) makes no one wait while it
works. ``frontdesk audit verify`` (:mod:`frontdesk.store.audit_verify`, written apart from this
module) recomputes every hash from the raw rows.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import threading

from frontdesk.store import change_signal, sql
from frontdesk.store.models import database_proxy

GENESIS = "0" * 64


def canonical_instant(at: dt.datetime) -> str:
    return at.astimezone(dt.UTC).replace(tzinfo=None).strftime("%Y-%m-%d %H:%M:%S.%f")


def record_hash(
    seq: int,
    at: str,
    staff_id: int | None,
    station_id: int | None,
    action: str,
    object_type: str,
    object_id: str | None,
    details: str,
    prev_hash: str,
) -> str:
    content = [seq, at, staff_id, station_id, action, object_type, object_id, details, prev_hash]
    text = json.dumps(content, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


_pending = threading.local()  # per thread: {id(db): [(event_id, content), ...]}


def _pending_for(db) -> list[tuple[int, tuple]]:
    lists = getattr(_pending, "lists", None)
    if lists is None:
        lists = _pending.lists = {}
    return lists.setdefault(id(db), [])


def append(
    at: dt.datetime,
    staff_id: int | None,
    station_id: int | None,
    action: str,
    object_type: str,
    object_id: str | None,
    details: str,
    *,
    event_id: int | None = None,
) -> None:
    """One record, linked into the chain when its transaction commits (see :class:`Sealing`).
    ``event_id``: a given id (a restore's mark continues after the ids it replaced)."""
    columns = "at, staff_id, station_id, action, object_type, object_id, details"
    values = [sql.instant(at), staff_id, station_id, action, object_type, object_id, details]
    if event_id is not None:
        columns = "id, " + columns
        values.insert(0, event_id)
    db = database_proxy.obj
    marks = sql.marks(len(values))
    statement = f"INSERT INTO audit_event ({columns}) VALUES ({marks}) RETURNING id"
    content = (canonical_instant(at), staff_id, station_id, action, object_type, object_id, details)
    if db.in_transaction():
        ((new_id,),) = sql.rows(statement, values)
        _pending_for(db).append((int(new_id), content))
        return
    with db.atomic():  # a transaction of its own, sealed when it commits
        ((new_id,),) = sql.rows(statement, values)
        _pending_for(db).append((int(new_id), content))


def append_many(records: list[tuple]) -> None:
    """Many records of one transaction at once (an import's), each a tuple of :func:`append`'s
    arguments; multi-row INSERTs, linked into the chain at COMMIT like the others."""
    db = database_proxy.obj
    assert db.in_transaction(), "append_many runs inside the change's own transaction"
    columns = "at, staff_id, station_id, action, object_type, object_id, details"
    pending = _pending_for(db)
    postgres = sql.is_postgres()
    per = 10_000 if postgres else 400
    for start in range(0, len(records), per):
        part = records[start : start + per]
        stamps: dict[dt.datetime, object] = {}
        rows = []
        for at, *rest in part:
            if at not in stamps:
                stamps[at] = sql.instant(at)
            rows.append([stamps[at], *rest])
        if postgres:  # one array a column: psycopg is slow to read thousands of %s marks
            found = sql.arrays(
                f"INSERT INTO audit_event ({columns}) SELECT * FROM unnest(%b::timestamp[], "
                "%b::integer[], %b::integer[], %b::text[], %b::text[], %b::text[], %b::text[]) "
                "RETURNING id",
                [list(column) for column in zip(*rows, strict=True)],
            )
        else:
            group = f"({sql.marks(7)})"
            found = sql.rows(
                f"INSERT INTO audit_event ({columns}) VALUES {', '.join([group] * len(part))} "
                "RETURNING id",
                [value for row in rows for value in row],
            )
        # Ids are given in the order of the VALUES; RETURNING need not list them in it.
        ids = sorted(int(row[0]) for row in found)
        canonical = {at: canonical_instant(at) for at in stamps}
        for new_id, (at, *rest) in zip(ids, part, strict=True):
            pending.append((new_id, (canonical[at], *rest)))


def seal(db) -> None:
    """Give this transaction's new records their places and hashes, just before it commits.
    The chain head's row lock is taken here, so it is held only for the commit itself: desks
    whose transactions are long (an import) do not make every other desk wait."""
    pending = _pending_for(db)
    if not pending:
        return
    _pending.lists[id(db)] = []
    p = db.param
    ids = [event_id for event_id, _ in pending]
    # A rolled-back savepoint took some away: one range scan of the primary key finds those
    # left (an import's thousands of ids in IN lists cost a third of a second on SQLite).
    found = db.execute_sql(
        f"SELECT id FROM audit_event WHERE id >= {p} AND id <= {p}", (min(ids), max(ids))
    )
    present = {row[0] for row in found.fetchall()}
    records = sorted((e, c) for e, c in pending if e in present)
    if not records:
        return
    updates: list[tuple] = []
    if p != "?":
        # PostgreSQL: the hashes are worked out from the head as it is, before its row lock is
        # taken; the lock is taken only if nobody moved the head meanwhile (else they are
        # worked out again, under the lock). An import's thousands of hashes then cost the
        # other desks no wait. (SQLite holds its write lock from BEGIN: nobody can move it.)
        ((seen_seq, seen_hash),) = db.execute_sql(
            "SELECT seq, hash FROM audit_chain_head WHERE id = 1"
        ).fetchall()
        updates, prev_hash = _linked(records, int(seen_seq), seen_hash)
        taken = db.execute_sql(
            f"UPDATE audit_chain_head SET seq = seq + {p}, hash = {p} WHERE id = 1 AND seq = {p} "
            "RETURNING seq",
            (len(records), prev_hash, seen_seq),
        ).fetchall()
        if not taken:
            updates = []
    if not updates:
        ((last_seq, head_hash),) = db.execute_sql(
            f"UPDATE audit_chain_head SET seq = seq + {p} WHERE id = 1 RETURNING seq, hash",
            (len(records),),
        ).fetchall()
        updates, prev_hash = _linked(records, int(last_seq) - len(records), head_hash)
        db.execute_sql(f"UPDATE audit_chain_head SET hash = {p} WHERE id = 1", (prev_hash,))
    if p != "?" and len(updates) > 20:  # PostgreSQL: one statement, not one a record
        db.execute_sql(
            "UPDATE audit_event a SET seq = u.seq, prev_hash = u.prev_hash, hash = u.hash "
            "FROM unnest(%b::bigint[], %b::text[], %b::text[], %b::integer[]) "
            "AS u(seq, prev_hash, hash, id) WHERE a.id = u.id",
            [list(column) for column in zip(*updates, strict=True)],
        )
    else:
        db.cursor().executemany(
            f"UPDATE audit_event SET seq = {p}, prev_hash = {p}, hash = {p} WHERE id = {p}",
            updates,
        )
    change_signal.announce(db, records[-1][0])  # the other stations hear it when this commits


def _linked(records: list[tuple[int, tuple]], seq: int, prev_hash: str) -> tuple[list, str]:
    """(seq, prev_hash, hash, id) of each record placed after ``seq``, and the last hash."""
    updates = []
    for event_id, content in records:
        seq += 1
        digest = record_hash(seq, *content, prev_hash)
        updates.append((seq, prev_hash, digest, event_id))
        prev_hash = digest
    return updates, prev_hash


def forget(db) -> None:
    """The transaction rolled back: its records are gone."""
    lists = getattr(_pending, "lists", None)
    if lists:
        lists[id(db)] = []


class Sealing:
    """Mixed into the database classes: the chain is extended at COMMIT, forgotten at
    ROLLBACK."""

    def commit(self):
        seal(self)
        return super().commit()

    def rollback(self):
        forget(self)
        return super().rollback()


def chain_existing(db) -> int:
    """Link the records written before the chain existed, in id order (the migration to it);
    returns how many."""
    cursor = db.execute_sql(
        "SELECT id, at, staff_id, station_id, action, object_type, object_id, details "
        "FROM audit_event ORDER BY id"
    )
    rows = cursor.fetchall()
    prev_hash, updates = GENESIS, []
    for seq, (event_id, at, staff_id, station_id, action, kind, object_id, details) in enumerate(
        rows, 1
    ):
        instant = dt.datetime.fromisoformat(at) if isinstance(at, str) else at
        stamp = instant.strftime("%Y-%m-%d %H:%M:%S.%f")
        digest = record_hash(
            seq, stamp, staff_id, station_id, action, kind, object_id, details, prev_hash
        )
        updates.append((seq, prev_hash, digest, event_id))
        prev_hash = digest
    p = db.param
    statement = f"UPDATE audit_event SET seq = {p}, prev_hash = {p}, hash = {p} WHERE id = {p}"
    for start in range(0, len(updates), 5000):
        db.cursor().executemany(statement, updates[start : start + 5000])
    start_head(db, len(rows), prev_hash)
    return len(rows)


def start_head(db, seq: int = 0, last_hash: str = GENESIS) -> None:
    p = db.param
    db.execute_sql(
        f"INSERT INTO audit_chain_head (id, seq, hash) VALUES (1, {p}, {p})", (seq, last_hash)
    )
