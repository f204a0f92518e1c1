"""The database as the window and the command line see it: open it, close it, and give a worker
thread its own connection, without reaching into :mod:`frontdesk.store`.

    open_database("sqlite:///frontdesk.sqlite3")   # bound to the models, schema brought up
    connect_this_thread()                          # in a worker, before its first query
    with transaction():                            # several services' changes, all or none
        ...
    close_database()

Only services and the store import peewee and :mod:`frontdesk.store`; the GUI and the CLI come
through here (the import-linter contracts in pyproject.toml check it, run by scripts/test).
"""

from __future__ import annotations

import contextlib
import threading
from typing import Any

from frontdesk.errors import DatabaseBusy, DatabaseUnavailable, FrontdeskError
from frontdesk.store import database as _database
from frontdesk.store import pgpass
from frontdesk.store.models import database_proxy


def open_database(url: str, *, upgrade: bool = True) -> Any:
    """Open the database named by ``url`` and bring its schema up to date (raises ConfigError);
    returns the opened database."""
    return _database.open_database(url, upgrade=upgrade)


def close_database() -> None:
    _database.close_database()


def sqlite_path(url: str) -> str | None:
    """The file path of a SQLite URL (or of a bare path); None for other URLs."""
    return _database.sqlite_path(url)


def transaction() -> contextlib.AbstractContextManager:
    """One transaction (or a savepoint inside one) around several services' changes: all of
    them, or none."""
    return database_proxy.atomic()


def remember_password(url: str) -> str:
    """The URL without its password, which goes to this station's private password file."""
    return pgpass.remember_password(url)


def is_open() -> bool:
    return database_proxy.obj is not None


_thread = threading.local()


def connect_this_thread() -> None:
    """Open this thread's own connection (peewee keeps one a thread) if it has none yet. A
    worker thread outlives the database it last used (another file opened, a test's throwaway
    schema): that connection is closed here rather than kept open for nothing."""
    db = database_proxy.obj
    previous = getattr(_thread, "db", None)
    if previous is not None and previous is not db:
        with contextlib.suppress(Exception):  # a connection already gone is closed enough
            previous.close()
    _thread.db = db
    if db is not None:
        db.connect(reuse_if_open=True)


def watch_changes(on_change, *, poll_s: float = 0.25):
    """A thread that calls ``on_change()`` when other connections commit changes to the open
    database (PostgreSQL ``LISTEN``; on SQLite ``poll_s`` apart): see
    :mod:`frontdesk.store.change_signal`. Returns the watch (``stop()``), or None when nothing
    else can change the database (in memory)."""
    from frontdesk.store.change_signal import watch_changes as _watch

    db = database_proxy.obj
    return None if db is None else _watch(db, on_change, poll_s=poll_s)


def is_postgres() -> bool:
    db = database_proxy.obj
    return db is not None and _database.is_postgres(db)


def explained(error: BaseException) -> BaseException:
    """A driver's error as the :class:`FrontdeskError` a person can act on (the database is
    busy, or cannot be reached), chained to it; any other error as it is."""
    if isinstance(error, FrontdeskError):
        return error
    if _database.is_busy_error(error):
        busy = DatabaseBusy()
        busy.__cause__ = error
        return busy
    if _database.is_connection_error(error):
        first_line = str(error).strip().splitlines()[0] if str(error).strip() else ""
        lost = DatabaseUnavailable(
            f"the database cannot be reached ({first_line})"
            if first_line
            else "the database cannot be reached"
        )
        lost.__cause__ = error
        return lost
    return error
