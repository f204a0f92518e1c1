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
works.

A large transaction's records (:func:`append_many`'s, :data:`BATCH_MIN` or more: an import's
tens of thousands) form a **batch** instead, so that the head is not held while they are
written: they get no ``seq`` but the batch's id (``batch``, 32 hex digits, new for each) and
their place in it (``batch_pos`` 1, 2, 3, ...), and are chained among themselves: ``hash`` =
SHA-256 of
``[batch, batch_pos, at, staff_id, station_id, action, object_type, object_id, details,
prev_hash]`` (the same JSON), ``prev_hash`` 64 zeros for the first. They are written at COMMIT
before the head is touched; then one record of the chain, action ``audit.batch``, object
``audit_batch`` / the batch's id, details ``{"last_hash": ..., "records": N}``, seals the
batch: the head's row lock is held for that one record and the commit.

A batch may also be hashed before its transaction begins (:func:`hash_batch`, then
:func:`append_hashed` inside it): an import whose new rows' ids are known beforehand then spends
no time in its write on its records' hashes. Such a batch is written and sealed at COMMIT as
above, by the same rule.

``frontdesk audit verify`` (:mod:`frontdesk.store.audit_verify`, written apart from this
module) recomputes every hash from the raw rows.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import threading
import uuid

import peewee

from frontdesk.store import change_signal, sql
from frontdesk.store.models import database_proxy

GENESIS = "0" * 64
BATCH_ACTION = "audit.batch"  # the chain's record that seals a batch
BATCH_OBJECT = "audit_batch"
# Fewer records than this are linked into the chain one by one, as before: the head held for a
# few more inserts costs nothing, a batch of them would cost its seal.
BATCH_MIN = 32


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
    return _sha256(content)


def batch_record_hash(batch: str, pos: int, *content_and_prev_hash) -> str:
    """A batch's record: ``[batch, pos, at, staff_id, ..., details, prev_hash]``."""
    return _sha256([batch, pos, *content_and_prev_hash])


def _sha256(content: list) -> str:
    text = json.dumps(content, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


_pending = threading.local()  # per thread: {id(db): [(event_id, content), ...]}


def _pending_for(db) -> list[tuple[int, tuple]]:
    lists = getattr(_pending, "lists", None)
    if lists is None:
        lists = _pending.lists = {}
    return lists.setdefault(id(db), [])


_deferred = threading.local()  # per thread: {id(db): [((at stored, at canonical), rest)]}


def _deferred_for(db) -> list[tuple[tuple, list]]:
    lists = getattr(_deferred, "lists", None)
    if lists is None:
        lists = _deferred.lists = {}
    return lists.setdefault(id(db), [])


_hashed = threading.local()  # per thread: {id(db): [HashedBatch, ...]}


def _hashed_for(db) -> list[HashedBatch]:
    lists = getattr(_hashed, "lists", None)
    if lists is None:
        lists = _hashed.lists = {}
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
    arguments. They are kept until the transaction's COMMIT and written then as a batch, sealed
    by one record of the chain (see the module's text): the chain's head is not held while they
    are written (fewer than :data:`BATCH_MIN`: linked into the chain, as :func:`append`'s).
    A savepoint rolled back takes back those it kept (:class:`Sealing`)."""
    db = database_proxy.obj
    assert db.in_transaction(), "append_many runs inside the change's own transaction"
    _deferred_for(db).extend(_stamped(records))


def _stamped(records: list[tuple]) -> list[tuple[tuple, list]]:
    stamps: dict[dt.datetime, tuple] = {}
    rows = []
    for at, *rest in records:
        if at not in stamps:
            stamps[at] = (sql.instant(at), canonical_instant(at))
        rows.append((stamps[at], rest))
    return rows


@dataclasses.dataclass(frozen=True)
class HashedBatch:
    """A batch's records with their places and hashes (:func:`hash_batch`), and the record of
    the chain that will seal it."""

    rows: list[list]
    seal: tuple[tuple, list]


def hash_batch(records: list[tuple]) -> HashedBatch:
    """Records (each a tuple of :func:`append`'s arguments, all known already: the object ids
    of rows not written yet too) hashed as a batch, before their transaction; written by
    :func:`append_hashed` inside it. No database access."""
    return HashedBatch(*_hash_batch(_stamped(records)))


def append_hashed(batch: HashedBatch) -> None:
    """A batch hashed beforehand, written at this transaction's COMMIT and sealed by one record
    of the chain, as :func:`append_many`'s batch (a savepoint rolled back takes it back too).
    The caller makes sure the transaction writes the rows its records name."""
    db = database_proxy.obj
    assert db.in_transaction(), "append_hashed runs inside the change's own transaction"
    _hashed_for(db).append(batch)


def write_batch_part(batch: HashedBatch, start: int, end: int) -> int | None:
    """Insert records ``start:end`` of a batch hashed beforehand now, in the caller's (short)
    transaction, unsealed: an import written in chunks (:mod:`frontdesk.store.import_runs`)
    writes its records with its rows and seals the batch in its last step
    (:func:`seal_written_batch`). Returns the smallest id given (None if none)."""
    db = database_proxy.obj
    assert db.in_transaction(), "write_batch_part runs inside a chunk's transaction"
    rows = batch.rows[start:end]
    if not rows:
        return None
    found = _insert(db, rows, linked="batch")
    return min(int(row[0]) for row in found)


def seal_written_batch(batch: HashedBatch) -> None:
    """The batch's seal only (its records were written by :func:`write_batch_part`), linked
    into the chain at this transaction's COMMIT."""
    append_hashed(HashedBatch([], batch.seal))


def batch_id(batch: HashedBatch) -> str:
    return str(batch.seal[1][4])


_COLUMNS = "at, staff_id, station_id, action, object_type, object_id, details"
_TYPES = ["timestamp", "integer", "integer", "text", "text", "text", "text"]


_LINKS = {  # the columns a record's place takes: in the chain, or in a batch
    "chain": (", seq, prev_hash, hash", ["bigint", "text", "text"]),
    "batch": (", batch, batch_pos, prev_hash, hash", ["text", "integer", "text", "text"]),
}


def _insert(db, rows: list[list], *, linked: str) -> list[tuple]:
    """INSERT ... RETURNING id of whole records with their place (``linked``: in the "chain"
    or in a "batch")."""
    columns, types = _COLUMNS + _LINKS[linked][0], _TYPES + _LINKS[linked][1]
    if db.param != "?":  # one array a column: psycopg is slow to read thousands of %s marks
        arrays = ", ".join(f"%b::{t}[]" for t in types)
        return db.execute_sql(
            f"INSERT INTO audit_event ({columns}) SELECT * FROM unnest({arrays}) RETURNING id",
            [list(column) for column in zip(*rows, strict=True)],
        ).fetchall()
    found: list[tuple] = []
    per = 30_000 // len(types)
    for start in range(0, len(rows), per):
        part = rows[start : start + per]
        group = f"({sql.marks(len(types))})"
        found += db.execute_sql(
            f"INSERT INTO audit_event ({columns}) VALUES {', '.join([group] * len(part))} "
            "RETURNING id",
            [value for row in part for value in row],
        ).fetchall()
    return found


def seal(db) -> None:
    """Give this transaction's new records their places and hashes, just before it commits.
    The chain head's row lock is taken here, so it is held only for the commit itself: desks
    whose transactions are long (an import) do not make every other desk wait."""
    pending, deferred, hashed = _pending_for(db), _deferred_for(db), _hashed_for(db)
    if not pending and not deferred and not hashed:
        return
    _pending.lists[id(db)] = []
    _deferred.lists[id(db)] = []
    _hashed.lists[id(db)] = []
    p = db.param
    batch_last_id = 0
    if len(deferred) >= BATCH_MIN:  # written now, as a batch, before the head is touched
        batch_last_id, deferred = _write_batch(db, deferred)
    for batch in hashed:  # batches hashed beforehand: written now too, their seals linked below
        batch_last_id = max(batch_last_id, _write_rows(db, batch.rows))
    deferred = [batch.seal for batch in hashed] + deferred
    records: list[tuple[int, tuple]] = []
    if pending:
        ids = [event_id for event_id, _ in pending]
        # A rolled-back savepoint took some away: one range scan of the primary key finds
        # those left (thousands of ids in IN lists cost a third of a second on SQLite).
        found = db.execute_sql(
            f"SELECT id FROM audit_event WHERE id >= {p} AND id <= {p}", (min(ids), max(ids))
        )
        present = {row[0] for row in found.fetchall()}
        records = sorted((e, c) for e, c in pending if e in present)
    contents = [c for _, c in records] + [(canonical, *rest) for (_, canonical), rest in deferred]
    if not contents:
        return
    links: list[tuple[int, str, str]] = []
    if p != "?":
        # PostgreSQL: the hashes are worked out from the head as it is, before its row lock is
        # taken; the lock is taken only if nobody moved the head meanwhile (else they are
        # worked out again, under the lock). An import's thousands of hashes then cost the
        # other desks no wait. (SQLite holds its write lock from BEGIN: nobody can move it.)
        ((seen_seq, seen_hash),) = db.execute_sql(
            "SELECT seq, hash FROM audit_chain_head WHERE id = 1"
        ).fetchall()
        links = _linked(contents, int(seen_seq), seen_hash)
        taken = db.execute_sql(
            f"UPDATE audit_chain_head SET seq = seq + {p}, hash = {p} WHERE id = 1 AND seq = {p} "
            "RETURNING seq",
            (len(contents), links[-1][2], seen_seq),
        ).fetchall()
        if not taken:
            links = []
    if not links:
        ((last_seq, head_hash),) = db.execute_sql(
            f"UPDATE audit_chain_head SET seq = seq + {p} WHERE id = 1 RETURNING seq, hash",
            (len(contents),),
        ).fetchall()
        links = _linked(contents, int(last_seq) - len(contents), head_hash)
        db.execute_sql(f"UPDATE audit_chain_head SET hash = {p} WHERE id = 1", (links[-1][2],))
    updates = [(*link, event_id) for link, (event_id, _) in zip(links, records, strict=False)]
    if p != "?" and len(updates) > 20:  # PostgreSQL: one statement, not one a record
        db.execute_sql(
            "UPDATE audit_event a SET seq = u.seq, prev_hash = u.prev_hash, hash = u.hash "
            "FROM unnest(%b::bigint[], %b::text[], %b::text[], %b::integer[]) "
            "AS u(seq, prev_hash, hash, id) WHERE a.id = u.id",
            [list(column) for column in zip(*updates, strict=True)],
        )
    elif updates:
        db.cursor().executemany(
            f"UPDATE audit_event SET seq = {p}, prev_hash = {p}, hash = {p} WHERE id = {p}",
            updates,
        )
    last_id = max(records[-1][0] if records else 0, batch_last_id)
    if deferred:
        rows = [
            [stored, *rest, *link]
            for ((stored, _), rest), link in zip(deferred, links[len(records) :], strict=True)
        ]
        found = _insert(db, rows, linked="chain")
        last_id = max(last_id, *(int(row[0]) for row in found))
    change_signal.announce(db, last_id)  # the other stations hear it when this commits


def _write_batch(db, deferred: list[tuple[tuple, list]]) -> tuple[int, list[tuple[tuple, list]]]:
    """Insert the records as a batch of their own (hashed among themselves); returns the
    largest id given and the one record that seals the batch in the chain, to be linked."""
    rows, seal_record = _hash_batch(deferred)
    return _write_rows(db, rows), [seal_record]


def _hash_batch(deferred: list[tuple[tuple, list]]) -> tuple[list[list], tuple[tuple, list]]:
    """The batch's rows (with their places and hashes) and the record of the chain sealing it."""
    batch, prev_hash, rows = uuid.uuid4().hex, GENESIS, []
    for pos, ((stored, canonical), rest) in enumerate(deferred, 1):
        digest = batch_record_hash(batch, pos, canonical, *rest, prev_hash)
        rows.append([stored, *rest, batch, pos, prev_hash, digest])
        prev_hash = digest
    stamps, (staff_id, station_id, *_) = deferred[-1]
    details = json.dumps({"last_hash": prev_hash, "records": len(rows)}, sort_keys=True)
    seal_record = [staff_id, station_id, BATCH_ACTION, BATCH_OBJECT, batch, details]
    return rows, (stamps, seal_record)


def _write_rows(db, rows: list[list]) -> int:
    """Insert a batch's rows; the largest id given."""
    last_id = 0
    for start in range(0, len(rows), 20_000):
        found = _insert(db, rows[start : start + 20_000], linked="batch")
        last_id = max(last_id, *(int(row[0]) for row in found))
    return last_id


def _linked(contents: list[tuple], seq: int, prev_hash: str) -> list[tuple[int, str, str]]:
    """(seq, prev_hash, hash) of each record's content, placed in turn after ``seq``."""
    links = []
    for content in contents:
        seq += 1
        digest = record_hash(seq, *content, prev_hash)
        links.append((seq, prev_hash, digest))
        prev_hash = digest
    return links


def forget(db) -> None:
    """The transaction rolled back: its records are gone."""
    for store in (_pending, _deferred, _hashed):
        lists = getattr(store, "lists", None)
        if lists:
            lists[id(db)] = []


class _Savepoint(peewee._savepoint):
    """A savepoint that, rolled back, also takes back the batch records kept since it began
    (:func:`append`'s are in the table: the rollback removes them, :func:`seal` sees it)."""

    def _begin(self):
        super()._begin()
        self.kept = len(_deferred_for(self.db))
        self.kept_hashed = len(_hashed_for(self.db))

    def rollback(self, begin=True):
        self.db.execute_sql(f"ROLLBACK TO SAVEPOINT {self.quoted_sid};")
        del _deferred_for(self.db)[self.kept :]
        del _hashed_for(self.db)[self.kept_hashed :]
        if begin:
            self._begin()


class Sealing:
    """Mixed into the database classes: the chain is extended at COMMIT, forgotten at
    ROLLBACK."""

    def commit(self):
        seal(self)
        return super().commit()

    def rollback(self):
        forget(self)
        return super().rollback()

    def savepoint(self):
        return _Savepoint(self)


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
