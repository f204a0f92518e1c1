"""Copying a live SQLite database out and back in, while desks and doors keep working.

    snapshot("/data/frontdesk.sqlite3", "/backups/copy.sqlite3")   # a consistent copy, 0600
    check_copy("/backups/copy.sqlite3")        # integrity_check, then {"patient": 5000, ...}
    copy_into_live("/tmp/restored.sqlite3", "/data/frontdesk.sqlite3")

Copying the file with ``cp`` is not a backup: committed check-ins may still be in the
write-ahead log beside it (``-wal``), and a copy taken during a write is torn. SQLite's online
backup API reads every page inside one read transaction, so the copy holds exactly what was
committed when it started, and in WAL mode the desks' writes go on meanwhile.

A restore goes the same way in the other direction, into the live file, instead of renaming a
file over it: a station that has the database open keeps its file handle and its ``-wal`` and
``-shm`` files, which would then belong to the wrong database. Written through SQLite, the
restore is one write transaction that every open connection sees at its next read.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from frontdesk.errors import ConfigError

# Derived from the records (rebuilt by search_index) and large: not worth counting.
UNCOUNTED_PREFIX = "search_"
BUSY_TIMEOUT_MS = 15_000


def create_private(path: Path) -> None:
    """An empty file only its owner can read (a backup holds patients' data)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)


def _connect(path: os.PathLike | str) -> sqlite3.Connection:
    conn = sqlite3.connect(os.fspath(path), timeout=BUSY_TIMEOUT_MS / 1000)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    return conn


def snapshot(source: str, target: Path) -> None:
    """A consistent copy of the database ``source`` as the new file ``target`` (mode 0600),
    a single file in rollback-journal mode (no ``-wal`` beside it)."""
    if not Path(source).is_file():
        raise ConfigError(f"no database file at {source}")
    create_private(target)
    _copy_pages(source, target, "PRAGMA journal_mode = DELETE")


def _copy_pages(source: os.PathLike | str, target: os.PathLike | str, then: str) -> None:
    """Every page of ``source`` into ``target`` through SQLite, then one statement on target."""
    src = _connect(source)
    dst = _connect(target)
    try:
        # pages=-1: every page in one step, so one read transaction sees one committed state.
        src.backup(dst, pages=-1)
        dst.execute(then)
    finally:
        dst.close()
        src.close()


def check_copy(path: Path) -> dict[str, int]:
    """integrity_check on a copy, then the row count of each table; raises on damage."""
    conn = _connect(path)
    try:
        problems = [row[0] for row in conn.execute("PRAGMA integrity_check")]
        if problems != ["ok"]:
            raise ConfigError(f"{path}: integrity check failed: {'; '.join(problems[:5])}")
        return table_counts(conn)
    finally:
        conn.close()


def table_counts(conn: sqlite3.Connection) -> dict[str, int]:
    names = [
        row[0]
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "ORDER BY name"
        )
    ]
    return {
        name: conn.execute(f'SELECT COUNT(*) FROM "{name}"').fetchone()[0]
        for name in names
        if not name.startswith(UNCOUNTED_PREFIX)
    }


def schema_version(path: Path) -> int | None:
    conn = _connect(path)
    try:
        row = conn.execute("SELECT MAX(version) FROM schema_version").fetchone()
    except sqlite3.DatabaseError as error:
        raise ConfigError(f"{path} is not a Frontdesk database: {error}") from None
    finally:
        conn.close()
    return row[0] if row else None


def copy_into_live(source: Path, live: str) -> None:
    """Replace the content of the live database ``live`` with ``source``'s, in one write
    transaction that the other connections see as a whole."""
    _copy_pages(source, live, "PRAGMA wal_checkpoint(PASSIVE)")


def prune_oldest(paths: list[Path], keep: int) -> list[Path]:
    """Delete all but the last ``keep`` of ``paths`` (sorted oldest first); returns the deleted."""
    doomed = paths[: max(0, len(paths) - keep)]
    for path in doomed:
        path.unlink(missing_ok=True)
    return doomed
