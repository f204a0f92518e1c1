"""Loading many rows at once (demo data, benchmarks): the fast path around the ORM.

    with bulk_load(["patient", "search_posting"]) as load:
        load.rows("patient", ["id", "mrn", ...], patient_rows)

On SQLite the secondary indexes of the tables are dropped for the load and built again after
(a sort is far faster than a million random B-tree inserts), the load is one transaction, and
the file is synced once at the end. On PostgreSQL rows go through ``COPY``. Either way the load
is all or nothing.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable, Iterable, Iterator, Sequence

from frontdesk.name_signature import ID_MASK, PACKED_ID_BITS
from frontdesk.store.database import is_postgres, sqlite_sync_level
from frontdesk.store.models import database_proxy
from frontdesk.store.search_index_ddl import SIGNATURE_INDEX_NAME

Progress = Callable[[int], None]


class BulkLoader:
    def __init__(self, db) -> None:
        self.db = db
        self.postgres = is_postgres(db)
        self.dropped: list[tuple[str, str, str]] = []  # (name, table, sql) to build again

    def build_indexes(self, table: str | None = None) -> None:
        """Build the dropped indexes of ``table`` (of every table: None) now, once its rows are
        all in, rather than at the end of the load."""
        for name, of, sql in list(self.dropped):
            if table is None or of == table:
                self.db.execute_sql(sql)
                self.dropped.remove((name, of, sql))

    def rows(
        self,
        table: str,
        columns: Sequence[str],
        rows: Iterable[Sequence],
        progress: Progress | None = None,
        every: int = 50_000,
    ) -> int:
        """Insert the rows; calls ``progress(count)`` every ``every`` rows. Returns the count."""
        counted = _counting(rows, progress, every)
        cursor = self.db.cursor()
        cols = ", ".join(f'"{c}"' for c in columns)
        if self.postgres:
            with cursor.copy(f'COPY "{table}" ({cols}) FROM STDIN') as copy:
                for row in counted:
                    copy.write_row(row)
        else:
            marks = ", ".join("?" for _ in columns)
            cursor.executemany(f'INSERT INTO "{table}" ({cols}) VALUES ({marks})', counted)
        return counted.count

    def postings(
        self, postings: Sequence[tuple[int, str]], progress: Progress | None = None
    ) -> int:
        """search_posting rows, term by term: ``(term id, its patients as a JSON array)``,
        ascending, each patient's id and name signature packed in one number
        (:func:`frontdesk.name_signature.pack_postings`). On SQLite each term is one statement
        (json_each, the two taken apart by bit operations), so that a million patients'
        postings cost no Python per row; on PostgreSQL they go through ``COPY``."""
        if self.postgres:
            return self.rows(
                "search_posting",
                ("term_id", "patient_id", "sig"),
                (
                    (t, packed & ID_MASK, packed >> PACKED_ID_BITS)
                    for t, patients in postings
                    for packed in json.loads(patients)
                ),
            )
        cursor = self.db.cursor()
        count = 0
        for done, (term_id, patients) in enumerate(postings, 1):
            count += cursor.execute(
                "INSERT INTO search_posting (term_id, patient_id, sig) "
                f"SELECT ?, value & {ID_MASK}, value >> {PACKED_ID_BITS} FROM json_each(?)",
                (term_id, patients),
            ).rowcount
            if progress is not None and (done % 2000 == 0 or done == len(postings)):
                progress(done)
        return count

    def reset_sequences(self, tables: Sequence[str]) -> None:
        """After rows with explicit ids: PostgreSQL's id sequences continue after the largest."""
        if not self.postgres:
            return
        for table in tables:
            self.db.execute_sql(
                f"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'id'), "
                f'COALESCE((SELECT MAX(id) FROM "{table}"), 0) + 1, false)'
            )

    def max_id(self, table: str) -> int:
        (value,) = self.db.execute_sql(f'SELECT COALESCE(MAX(id), 0) FROM "{table}"').fetchone()
        return int(value)


class _counting:
    def __init__(self, rows: Iterable, progress: Progress | None, every: int) -> None:
        self.rows = rows
        self.progress = progress
        self.every = every
        self.count = 0

    def __iter__(self) -> Iterator:
        for row in self.rows:
            yield row
            self.count += 1
            if self.progress is not None and self.count % self.every == 0:
                self.progress(self.count)
        if self.progress is not None:
            self.progress(self.count)


@contextlib.contextmanager
def bulk_load(tables: Sequence[str], *, in_order: Sequence[str] = ()) -> Iterator[BulkLoader]:
    """``in_order``: indexes whose keys the load inserts in ascending order (an MRN made from
    the id): kept, since appending to them costs less than building them again."""
    db = database_proxy.obj
    loader = BulkLoader(db)
    if loader.postgres:
        with db.atomic():
            # A GIN index (the patients' terms), and the postings' signature index, take a row
            # at a time far slower than they are built from all of them: dropped for the load,
            # built again before it commits.
            gin = _rebuilt_indexes(db, tables)
            for name, _ in gin:
                db.execute_sql(f'DROP INDEX "{name}"')
            yield loader
            if gin:  # built in memory: the default 64 MB makes a million rows' build spill
                db.execute_sql("SET LOCAL maintenance_work_mem = '256MB'")
            for _, definition in gin:
                db.execute_sql(definition)
        # The planner's statistics for what was just loaded, as SQLite's ANALYZE below: a
        # server with autovacuum off (or not yet woken) otherwise plans a million rows blind.
        # The postings are vacuumed too: their pages marked all-visible, search reads a posting
        # list's signatures from the index alone, not the table's pages (a page at a posting).
        analyzed = [table for table in tables if table != "search_posting"]
        if analyzed:
            db.execute_sql("ANALYZE " + ", ".join(f'"{table}"' for table in analyzed))
        if "search_posting" in tables and not db.in_transaction():
            db.execute_sql('VACUUM (ANALYZE) "search_posting"')
        elif "search_posting" in tables:
            db.execute_sql('ANALYZE "search_posting"')
        return
    indexes = [row for row in _secondary_indexes(db, tables) if row[0] not in in_order]
    db.execute_sql("PRAGMA synchronous = OFF")
    try:
        with db.atomic():
            for name, _, _ in indexes:
                db.execute_sql(f'DROP INDEX "{name}"')
            loader.dropped = indexes
            yield loader
            loader.build_indexes()
    finally:
        db.execute_sql(f"PRAGMA synchronous = {sqlite_sync_level()}")
    db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.execute_sql("PRAGMA analysis_limit = 2000")
    db.execute_sql("ANALYZE")


def _secondary_indexes(db, tables: Sequence[str]) -> list[tuple[str, str, str]]:
    marks = ", ".join("?" for _ in tables)
    cursor = db.execute_sql(
        f"SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
        f"AND tbl_name IN ({marks})",
        list(tables),
    )
    return [(name, table, sql) for name, table, sql in cursor.fetchall()]


def _rebuilt_indexes(db, tables: Sequence[str]) -> list[tuple[str, str]]:
    """PostgreSQL: (name, CREATE INDEX statement) of the tables' indexes that a bulk load
    builds again (GIN, and the postings' signatures), in this schema."""
    cursor = db.execute_sql(
        "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() "
        "AND tablename = ANY(%s) AND (indexdef LIKE '%% USING gin %%' OR indexname = %s)",
        (list(tables), SIGNATURE_INDEX_NAME),
    )
    return [(name, definition) for name, definition in cursor.fetchall()]
