"""Telling the other stations that something changed, and hearing it, without each of them
reading the audit log every second.

    watch = watch_changes(database_proxy.obj, on_change)   # a thread of its own
    ...
    watch.stop()

PostgreSQL: a transaction that writes audit records sends ``NOTIFY`` just before it commits
(:func:`announce`, called by :func:`frontdesk.store.audit_log.seal`), so the notice is
delivered when it commits and never for one rolled back. Each station keeps one ``LISTEN``
connection of its own. Each time it starts listening (at first, and after a lost connection,
which it makes again with growing pauses) it calls ``on_change`` once: what was committed
before it listened was not heard and must be read. The channel is named after the schema, so
two offices in two schemas of one database (or two test runs) do not wake each other.

SQLite has no notices: the watch reads the file's ``PRAGMA data_version`` a few times a second,
a counter in shared memory that changes when another connection commits (no table is read).

``on_change()`` runs on the watch's thread, once per notice; the caller reads the audit log from
its own cursor (:mod:`frontdesk.store.changes`), so notices only say *when* to read and a burst
of them may be served by one read.
"""

from __future__ import annotations

import abc
import logging
import os
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path
from urllib.parse import quote

from peewee import Database

log = logging.getLogger(__name__)

CHANNEL = "frontdesk_changes"
# The channel for the schema the connection works in (PostgreSQL names are at most 63 bytes).
_CHANNEL_SQL = f"left('{CHANNEL}.' || coalesce(current_schema(), ''), 63)"
LISTENER_NAME = "frontdesk-listener"  # its application_name in pg_stat_activity
LISTEN_CHECK_S = 0.5  # how soon a stopped watch notices it was stopped
RECONNECT_PAUSES_S = (0.2, 0.5, 1.0, 2.0, 5.0)  # then 5 s between attempts
SQLITE_POLL_S = 0.25


def announce(db: Database, last_event_id: int) -> None:
    """Inside the transaction that wrote audit records up to ``last_event_id``: tell the
    listening stations when it commits (PostgreSQL; nothing to do on SQLite)."""
    if db.param == "?":
        return
    db.execute_sql(f"SELECT pg_notify({_CHANNEL_SQL}, %s)", (str(last_event_id),))


class ChangeWatch(abc.ABC):
    """A thread that calls ``on_change`` when other connections have committed changes."""

    def __init__(self, on_change: Callable[[], None], name: str) -> None:
        self.on_change = on_change
        self.stopping = threading.Event()
        self.connected = threading.Event()  # watching now (tests wait for it)
        self.thread = threading.Thread(target=self._run, name=name, daemon=True)

    def start(self) -> ChangeWatch:
        self.thread.start()
        return self

    def stop(self, wait_s: float = 0.0) -> None:
        """Stop listening; the thread ends within about half a second (``wait_s``: wait for
        it, in tests). The caller (a window closing) does not wait by default."""
        self.stopping.set()
        if wait_s:
            self.thread.join(wait_s)

    def _tell(self) -> None:
        try:
            self.on_change()
        except Exception:  # the listener must outlive a bug in one reader
            log.exception("a change reader failed")

    @abc.abstractmethod
    def _run(self) -> None:
        """The thread's body: watch until ``stopping`` is set, ``_tell()`` on each change."""


class PostgresChangeWatch(ChangeWatch):
    """``LISTEN`` on a connection of its own, made from the station's database settings."""

    def __init__(self, db: Database, on_change: Callable[[], None]) -> None:
        super().__init__(on_change, "change-listener")
        self.dbname = db.database
        self.params = dict(db.connect_params)
        self.reconnections = 0

    def _connect(self):
        import psycopg
        from psycopg import sql

        conn = psycopg.connect(
            dbname=self.dbname,
            autocommit=True,
            # A connection lost without a word (a cable, a server's crash) is noticed in about
            # half a minute rather than never.
            **{"keepalives_idle": 10, "keepalives_interval": 5, "keepalives_count": 3}
            | self.params
            | {"application_name": LISTENER_NAME},
        )
        try:
            ((channel,),) = conn.execute(f"SELECT {_CHANNEL_SQL}").fetchall()
            conn.execute(sql.SQL("LISTEN {}").format(sql.Identifier(channel)))
        except BaseException:
            conn.close()
            raise
        return conn

    def _run(self) -> None:
        import psycopg

        failures, lost = 0, False
        while not self.stopping.is_set():
            try:
                conn = self._connect()
            except psycopg.Error as error:
                pause = RECONNECT_PAUSES_S[min(failures, len(RECONNECT_PAUSES_S) - 1)]
                failures, lost = failures + 1, True
                log.warning("change listener cannot connect (%s); again in %.1f s", error, pause)
                self.stopping.wait(pause)
                continue
            if lost:
                self.reconnections += 1
                log.info("change listener connected again")
            failures, lost = 0, False
            self.connected.set()
            try:
                self._tell()  # what was committed before this connection listened
                self._listen(conn)
            except psycopg.Error as error:
                log.warning("change listener lost its connection (%s)", error)
                lost = True
            finally:
                self.connected.clear()
                conn.close()

    def _listen(self, conn) -> None:
        while not self.stopping.is_set():
            for _notice in conn.notifies(timeout=LISTEN_CHECK_S):
                self._tell()
                if self.stopping.is_set():
                    return
            if conn.closed or conn.broken:
                import psycopg

                raise psycopg.OperationalError("the connection is closed")


class SqliteChangeWatch(ChangeWatch):
    """``PRAGMA data_version`` of the file, on a connection of its own, every ``poll_s``."""

    def __init__(self, path: str, on_change: Callable[[], None], poll_s: float) -> None:
        super().__init__(on_change, "change-watch")
        self.path = path
        self.poll_s = poll_s
        self.polls = 0  # counter reads so far (tests wait on it rather than on the clock)

    def _open(self) -> sqlite3.Connection:
        uri = f"file:{quote(os.fspath(Path(self.path).resolve()))}?mode=rw"  # never creates it
        return sqlite3.connect(uri, uri=True, timeout=1.0, check_same_thread=False)

    def _run(self) -> None:
        conn: sqlite3.Connection | None = None
        version = None
        pause = 0.0
        while not self.stopping.wait(pause):
            pause = self.poll_s
            try:
                if conn is None:
                    conn, version = self._open(), None
                ((now,),) = conn.execute("PRAGMA data_version").fetchall()
            except sqlite3.Error as error:  # the file moved away, a restore under way
                log.warning("change watch cannot read %s (%s)", self.path, error)
                if conn is not None:
                    conn.close()
                conn, pause = None, 1.0
                self.connected.clear()
                continue
            self.connected.set()
            self.polls += 1
            if now != version:  # first read too: what was committed before it was not seen
                self._tell()
            version = now
        if conn is not None:
            conn.close()


def watch_changes(
    db: Database, on_change: Callable[[], None], *, poll_s: float = SQLITE_POLL_S
) -> ChangeWatch | None:
    """A started watch of ``db`` (None for an in-memory SQLite database, which no other
    connection can change)."""
    if db.param != "?":
        return PostgresChangeWatch(db, on_change).start()
    if db.database == ":memory:":
        return None
    return SqliteChangeWatch(os.fspath(db.database), on_change, poll_s).start()
