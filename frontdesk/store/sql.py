"""Raw SQL for the few statements on hot paths (a keystroke, a check-in, an audit record).

    rows("SELECT id FROM patient WHERE mrn = ?", ("A1",))
    execute("UPDATE visit SET status = ? WHERE id = ?", ("arrived", 7)).rowcount

peewee builds a statement in about 100 us of Python, more than SQLite takes to run it; these
helpers skip that. ``?`` marks parameters on every backend (turned into ``%s`` for PostgreSQL).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from frontdesk.store.models import database_proxy


def _sql(sql: str) -> str:
    param = database_proxy.obj.param
    return sql if param == "?" else sql.replace("?", param)


def execute(sql: str, params: Sequence = ()):
    """Run one statement; returns the cursor (``rowcount``, ``fetchone``...)."""
    return database_proxy.obj.execute_sql(_sql(sql), tuple(params))


def rows(sql: str, params: Sequence = ()) -> list[tuple]:
    return execute(sql, params).fetchall()


def is_postgres() -> bool:
    return database_proxy.obj.param != "?"


def arrays(statement: str, columns: Sequence[list], *, fetch: bool = True) -> list[tuple]:
    """PostgreSQL: a statement taking whole columns as arrays (``unnest(%b::text[], ...)``),
    passed in binary: psycopg escapes each value of a text-format array with a regular
    expression, a second for a hundred thousand values."""
    cursor = database_proxy.obj.execute_sql(statement, tuple(columns))
    return cursor.fetchall() if fetch else []


def marks(count: int) -> str:
    return ", ".join("?" * count)


def instant(value: dt.datetime) -> dt.datetime | str:
    """An aware instant as the models store it: naive UTC (text on SQLite)."""
    naive = value.astimezone(dt.UTC).replace(tzinfo=None)
    return naive if database_proxy.obj.param != "?" else str(naive)


def day(value: dt.date) -> dt.date | str:
    """A local date as the models store it (ISO text on SQLite)."""
    return value if database_proxy.obj.param != "?" else value.isoformat()


def among(column: str, values: Sequence) -> tuple[str, list]:
    """``column`` is one of ``values``: the condition and its parameters. On PostgreSQL one
    array parameter (``column = ANY(?)``), so the statement's text is the same whatever the
    count and the driver prepares it once; on SQLite ``IN (?, ?, ...)``."""
    if database_proxy.obj.param == "?":
        return f"{column} IN ({marks(len(values))})", list(values)
    return f"{column} = ANY(?)", [list(values)]
