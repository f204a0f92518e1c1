"""Opening the database named by a URL: a SQLite file (the default) or a PostgreSQL server.

    >>> db = open_database("sqlite:///:memory:")
    >>> db.pragma("foreign_keys")
    1

``sqlite:///relative/path.db``, ``sqlite:////absolute/path.db`` or a plain file path open a
SQLite file (created on first use, in WAL mode, foreign keys on, a busy timeout, every write
transaction ``BEGIN IMMEDIATE`` so that it takes the write lock before it reads and cannot fail
half-way with "database is locked"). ``postgresql://user@host:port/name`` opens a PostgreSQL
server through psycopg 3. :func:`open_database` binds the models to it and brings its schema up
to date (see :mod:`frontdesk.store.migrations`).
"""

from __future__ import annotations

import logging
import os
import sqlite3
import time
from pathlib import Path
from urllib.parse import parse_qsl, unquote, urlsplit

from peewee import (
    Database,
    InterfaceError,
    OperationalError,
    PostgresqlDatabase,
    SqliteDatabase,
    __exception_wrapper__,
)
from playhouse.shortcuts import ReconnectMixin

from frontdesk.db_url import has_password, redact
from frontdesk.errors import ConfigError
from frontdesk.private_files import ensure_private_file
from frontdesk.store import import_runs, migrations
from frontdesk.store.audit_log import Sealing
from frontdesk.store.checkpoint import SAFETY_NET_PAGES, Checkpointer
from frontdesk.store.models import database_proxy
from frontdesk.store.pgpass import passfile_for

log = logging.getLogger(__name__)

# How long a write waits for another station's lock (SQLite's busy handler retries until then;
# PostgreSQL's lock_timeout) before the person is told "the database is busy; try again".
# Writers hold locks briefly (an import writes its changes in one short transaction, worked out
# beforehand), so a wait this long means something is wrong, and a person should not wait more.
BUSY_TIMEOUT_S = 5.0

SYNC_ENV = "FRONTDESK_SQLITE_SYNC"
SYNC_LEVELS = ("full", "normal")

SQLITE_PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    # FULL (the default): a check-in acknowledged on screen survives a power cut, because the
    # WAL is synced at every commit. NORMAL ($FRONTDESK_SQLITE_SYNC=normal) syncs it only at
    # checkpoints (twice a second here): commits are 3-4x faster, an application crash still
    # loses nothing, but a power cut may lose the last half second.
    "synchronous": "full",
    "busy_timeout": int(BUSY_TIMEOUT_S * 1000),
    "cache_size": -64_000,  # 64 MB
    # Read through the operating system's page cache instead of copying each page into
    # SQLite's: a search checks a few hundred patients' rows scattered over the file, and
    # mapped they cost half as much (benchmarks/bench_search_engines.py, docs/benchmarks.md).
    # Address space, not memory: the pages are the file's, shared and reclaimable.
    "mmap_size": 1 << 30,
    "temp_store": "memory",
    "wal_autocheckpoint": SAFETY_NET_PAGES,  # the Checkpointer thread does it sooner
}


# How often a SQLite writer tries again for another station's write lock. SQLite's own busy
# handler sleeps longer and longer between tries (1, 2, 5, ... 50, then 100 ms each): a desk
# whose check-in waits for an import's write got in up to 100 ms after the write had ended.
LOCK_POLL_S = 0.004


class ChainedSqliteDatabase(Sealing, SqliteDatabase):
    """SQLite, linking each transaction's audit records into the chain as it commits."""

    def begin(self, lock_type=None):
        """``BEGIN IMMEDIATE`` (every write transaction takes the write lock first): waiting
        for another writer's lock by trying again every :data:`LOCK_POLL_S`, so that a desk
        gets in a few milliseconds after the other's commit, for at most
        :data:`BUSY_TIMEOUT_S`, then SQLite's "database is locked" as before. Other statements
        keep SQLite's busy timeout."""
        lock_type = lock_type or self._lock_type
        if (lock_type or "").upper() != "IMMEDIATE":
            return super().begin(lock_type)
        conn = self.connection()
        deadline = time.monotonic() + BUSY_TIMEOUT_S
        conn.execute("PRAGMA busy_timeout = 0")
        try:
            with __exception_wrapper__:
                while True:
                    try:
                        conn.execute("BEGIN IMMEDIATE")
                        return
                    except sqlite3.OperationalError as exc:
                        if not is_busy_error(exc) or time.monotonic() >= deadline:
                            raise
                    time.sleep(LOCK_POLL_S)
        finally:
            conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")


class ReconnectingPostgresqlDatabase(Sealing, ReconnectMixin, PostgresqlDatabase):
    """A station keeps working after the server restarts or drops its connection: a statement
    outside a transaction that fails because the connection is gone is run again on a new one
    (inside a transaction it is not: the transaction failed and says so)."""

    def _initialize_connection(self, conn) -> None:
        # A writer waits for another's row or table lock as long as a SQLite writer waits for
        # the file's (then "the database is busy; try again"), never for ever.
        with conn.cursor() as cursor:
            cursor.execute(f"SET lock_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
        conn.commit()

    reconnect_errors = (
        (OperationalError, "terminating connection"),
        (OperationalError, "the connection is closed"),
        (OperationalError, "server closed the connection"),
        (OperationalError, "connection is lost"),
        (InterfaceError, "connection already closed"),
        (InterfaceError, "the connection is closed"),
    )


def is_postgres(db: Database) -> bool:
    return isinstance(db, PostgresqlDatabase)


def is_sqlite(db: Database) -> bool:
    return isinstance(db, SqliteDatabase)


def sqlite_path(url: str) -> str | None:
    """The file path of a SQLite URL (or of a bare path); None for other URLs."""
    if url.startswith("sqlite:"):
        rest = url[len("sqlite:") :]
        if rest.startswith("///"):
            rest = rest[3:]
        elif rest.startswith("//"):
            rest = rest[2:]
        return unquote(rest) or ":memory:"
    if "://" in url:
        return None
    return url


def sqlite_sync_level() -> str:
    level = os.environ.get(SYNC_ENV, "full").strip().lower() or "full"
    if level not in SYNC_LEVELS:
        raise ConfigError(f"{SYNC_ENV}={level!r}: expected one of {', '.join(SYNC_LEVELS)}")
    return level


def make_database(url: str) -> Database:
    """A peewee Database for the URL, not yet connected nor bound to the models."""
    path = sqlite_path(url)
    if path is not None:
        if path != ":memory:":
            path = str(Path(path).expanduser())
            folder = Path(path).parent
            if not folder.is_dir():  # a mistyped path is not an empty new database
                raise ConfigError(f"database {path}: there is no folder {folder}")
            ensure_private_file(Path(path))  # 0600 before SQLite creates it 0644
        return ChainedSqliteDatabase(
            path,
            pragmas={**SQLITE_PRAGMAS, "synchronous": sqlite_sync_level()},
            timeout=BUSY_TIMEOUT_S,
            lock_type="IMMEDIATE",
            check_same_thread=False,
        )
    parts = _split_server_url(url)
    if parts.scheme in ("postgresql", "postgres"):
        return ReconnectingPostgresqlDatabase(
            unquote(parts.path.lstrip("/")) or "postgres",
            user=unquote(parts.username) if parts.username else None,
            password=unquote(parts.password) if parts.password else None,
            host=parts.hostname,
            port=parts.port,
            # ?sslmode=require, ?options=-csearch_path%3Dipc and the like go to libpq as they
            # are, and may override these defaults.
            **(
                {"connect_timeout": 5, "application_name": "frontdesk"}
                | _station_passfile(url)
                | dict(parse_qsl(parts.query))
            ),
        )
    raise ConfigError(
        f"database URL {redact(url)!r}: expected sqlite:///PATH, a file path, "
        "or postgresql://HOST/NAME"
    )


def open_database(url: str, *, upgrade: bool = True) -> Database:
    """Open the database, bind the models to it and bring its schema up to date."""
    db = make_database(url)
    try:
        db.connect(reuse_if_open=True)
    except Exception as exc:  # the driver's own error types differ; the message is what matters
        raise ConfigError(f"cannot open database {redact(url)}: {exc}") from exc
    database_proxy.initialize(db)
    if upgrade:
        migrations.upgrade(db, sqlite_file=_file_of(db))
    path = _file_of(db)
    if path is not None:
        _checkpointers[id(db)] = Checkpointer(path).start()
        if upgrade:
            _sweep_abandoned_imports()
    return db


def _sweep_abandoned_imports() -> None:
    """A station that opens a SQLite file sweeps what an import whose station died left
    (unseen rows: :mod:`frontdesk.store.import_runs`); if the file is busy, a later import or
    start does it."""
    try:
        import_runs.sweep_abandoned()
    except OperationalError as exc:
        log.warning("abandoned imports not swept now: %s", exc)


_checkpointers: dict[int, Checkpointer] = {}


def close_database() -> None:
    db = database_proxy.obj
    if db is None:
        return
    checkpointer = _checkpointers.pop(id(db), None)
    if checkpointer is not None:
        checkpointer.stop()
    if not db.is_closed():
        db.close()


def ping() -> None:
    """One trivial round trip to the open database; raises the driver's error when it is gone."""
    database_proxy.obj.execute_sql("SELECT 1").fetchall()


def _file_of(db: Database) -> str | None:
    if is_sqlite(db) and db.database != ":memory:":
        return os.fspath(db.database)
    return None


def _station_passfile(url: str) -> dict[str, str]:
    """``passfile=`` this station's password file when it knows this server's password (the
    window's Settings put it there) and the URL has none."""
    if has_password(url):
        return {}
    path = passfile_for(url)
    return {"passfile": str(path)} if path else {}


def _split_server_url(url: str):
    """``urlsplit`` of a server URL, refusing (without printing the password) one it would
    misread: an unencoded ``/``, ``#`` or ``?`` in the password makes the rest of the password
    look like the host, the port or the path."""
    parts = urlsplit(url)
    try:
        parts.port  # noqa: B018 - raises on a port that is not a number
        misread = "@" in url.split("://", 1)[-1] and "@" not in parts.netloc
    except ValueError:
        misread = True
    if misread:
        raise ConfigError(
            f"database URL {redact(url)} cannot be read: characters such as / # ? @ : in the "
            "user name or password must be percent-encoded (%2F %23 %3F %40 %3A)"
        )
    return parts


# SQLSTATEs of a PostgreSQL write that waited too long or lost a race it may simply run again:
# lock_not_available (lock_timeout), serialization_failure, deadlock_detected.
_RETRYABLE_SQLSTATES = {"55P03", "40001", "40P01"}
_CONNECTION_WORDS = (
    "terminating connection",
    "server closed the connection",
    "connection is lost",
    "connection is closed",
    "connection already closed",
    "the connection is closed",
    "could not connect",
    "connection refused",
    "connection failed",
    "unable to open database file",
)


def _causes(error: BaseException):
    """The error, the driver's error peewee wrapped (its first argument), and their causes."""
    seen: set[int] = set()
    stack = [error]
    while stack:
        current = stack.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        stack.extend(
            e
            for e in (current.__cause__, current.__context__, *current.args[:1])
            if isinstance(e, BaseException)
        )


def is_busy_error(error: BaseException) -> bool:
    """A write that could not get its lock in time (SQLite "database is locked"), or a
    PostgreSQL lock timeout, serialization failure or deadlock: trying again may succeed."""
    for e in _causes(error):
        if getattr(e, "sqlstate", None) in _RETRYABLE_SQLSTATES:
            return True
        # sqlite3 names its error (Python 3.11+): SQLITE_BUSY, SQLITE_BUSY_SNAPSHOT, SQLITE_LOCKED
        name = getattr(e, "sqlite_errorname", None) or ""
        if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
            return True
    return False


def is_connection_error(error: BaseException) -> bool:
    """The database cannot be reached: the server went away, the network dropped."""
    for e in _causes(error):
        sqlstate = getattr(e, "sqlstate", None) or ""
        if sqlstate.startswith("08") or sqlstate in ("57P01", "57P02", "57P03"):
            return True
        if type(e).__name__ in ("OperationalError", "InterfaceError") and any(
            word in str(e).lower() for word in _CONNECTION_WORDS
        ):
            return True
    return False
