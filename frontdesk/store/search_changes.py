"""Telling every station's search caches that the name index changed, without a hot row.

    note_index_change()                      # a writer, inside its transaction
    changed, stamp = index_changed(None)     # a reader, before it reads what it will keep
    changed, stamp = index_changed(stamp)    # later: has anything been committed since?

Search keeps posting lists and patients' terms in memory across keystrokes, so it must learn
when another station adds or renames a patient. A counter row that every writer increments
does that, but on PostgreSQL each writer then holds that row's lock until it commits, and all
writers queue behind the slowest (a new patient's save waited 7.8 s behind an import).

Here a writer only inserts a row of its own into ``search_change``:

- on **PostgreSQL** the row is keyed by the writer's transaction id (``pg_current_xact_id()``,
  so one row per transaction however many patients it indexes; inserts of different keys never
  wait for each other). A reader's stamp is the snapshot of the statement that checked; a later
  check asks whether any change row is invisible to that snapshot but visible now, i.e. was
  committed since. That is exact whatever order transactions commit in (ids handed out before
  commit are not: a long import's id can be lower than that of a save committed before it);
- on **SQLite** writers are serialised by the database lock anyway, so ids follow commit order
  and the stamp is the largest id; the writer deletes the older rows.

Needs PostgreSQL 13 or newer (``xid8``, ``pg_visible_in_snapshot``).
"""

from __future__ import annotations

from collections.abc import Sequence

from peewee import PostgresqlDatabase

from frontdesk.store import sql
from frontdesk.store.models import database_proxy


def is_postgres(db) -> bool:  # (store.database imports the migrations, which import this)
    return isinstance(db, PostgresqlDatabase)


POSTGRES_DDL = (
    "CREATE TABLE IF NOT EXISTS search_change (xid xid8 PRIMARY KEY DEFAULT pg_current_xact_id())",
)
SQLITE_DDL = ("CREATE TABLE IF NOT EXISTS search_change (id INTEGER PRIMARY KEY)",)


def create_table(db) -> None:
    for statement in POSTGRES_DDL if is_postgres(db) else SQLITE_DDL:
        db.execute_sql(statement)


def note_index_change() -> None:
    """Called inside the transaction that changed postings; seen by readers once it commits."""
    if is_postgres(database_proxy.obj):
        sql.execute("INSERT INTO search_change DEFAULT VALUES ON CONFLICT DO NOTHING")
        return
    new_id = sql.execute("INSERT INTO search_change DEFAULT VALUES").lastrowid
    sql.execute("DELETE FROM search_change WHERE id < ?", (new_id,))


_CHANGED_SINCE = (
    "EXISTS (SELECT 1 FROM search_change WHERE xid >= pg_snapshot_xmin(?::pg_snapshot) "
    "AND NOT pg_visible_in_snapshot(xid, ?::pg_snapshot)), pg_current_snapshot()::text"
)


def index_changed(previous: object | None) -> tuple[bool, object]:
    """Whether the index changed since the stamp ``previous`` was taken (True for None), and
    the stamp to keep from now on. Check before reading anything a cache will keep."""
    changed, stamp, _, _ = index_changed_with(previous, None)
    return changed, stamp


def index_changed_with(
    previous: object | None,
    also: tuple[str, Sequence] | None,
    then: tuple[str, Sequence] | None = None,
) -> tuple[bool, object, tuple | None, list[tuple] | None]:
    """:func:`index_changed`, and in the same statement (one round trip to a server) the row of
    ``also``, a one-row query (SQL, parameters) that search needs on every keystroke too, and
    the rows of ``then``, any query (the search's first statement: its vocabulary lookups)."""
    postgres = is_postgres(database_proxy.obj)
    if postgres:
        columns, params = (
            ("TRUE, pg_current_snapshot()::text", [])
            if previous is None
            else (_CHANGED_SINCE, [previous, previous])
        )
    else:
        columns, params = "(SELECT COALESCE(MAX(id), 0) FROM search_change)", []
    statement = f"SELECT {columns}"
    if also is not None:
        statement += f", q.* FROM ({also[0]}) AS q"
        params += list(also[1])
    if then is not None:
        # The check's one row beside each of the query's rows, and alone if it has none: a
        # column named then_present tells the two apart, and where the query's columns start.
        statement = (
            f"SELECT c.*, r.* FROM ({statement}) AS c LEFT JOIN "
            f"(SELECT 1 AS then_present, r0.* FROM ({then[0]}) AS r0) AS r ON TRUE"
        )
        params += list(then[1])
    cursor = sql.execute(statement, params)
    found = cursor.fetchall()
    row = found[0]
    width = len(row)
    followed = None
    if then is not None:
        width = [column[0] for column in cursor.description].index("then_present")
        followed = [tuple(r[width + 1 :]) for r in found if r[width] is not None]
    extra = tuple(row[2 if postgres else 1 : width]) if also is not None else None
    if postgres:
        # Unchanged, the newer snapshot says the same, and keeps the next check's range short.
        return bool(row[0]), row[1], extra, followed
    return row[0] != previous, row[0], extra, followed
