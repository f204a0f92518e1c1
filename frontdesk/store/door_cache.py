"""A door's own SQLite file: what it needs to decide alone, and the scans not yet sent.

    cache = DoorCache(data_dir() / "door-main-entrance.sqlite3")
    cache.replace_snapshot(keys, badges, onsite, refreshed_at)   # from the shared database
    cache.enqueue(scan)                                          # durable before the answer
    cache.pending(500); cache.drop(uids)                         # sent: forget them

It holds the public keys by key id, the badges the door may see (state, name, destination), the
last known people on site, and a queue of scans. The queue is written with
``synchronous=FULL`` (unless the station chose NORMAL): a scan the door has answered survives a
power cut. This file is the
door's, never shared; the shared database is reached through the services.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path

from frontdesk.private_files import ensure_private_file, private_folder
from frontdesk.store.database import sqlite_sync_level

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (k TEXT PRIMARY KEY, v TEXT);
CREATE TABLE IF NOT EXISTS badge_key (
    key_id INTEGER PRIMARY KEY, public_key TEXT NOT NULL, issues INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS badge (
    id INTEGER PRIMARY KEY, state TEXT, holder_type TEXT, display_name TEXT,
    native_name TEXT, destination TEXT, valid_until TEXT, holder_key TEXT,
    key_id INTEGER, valid_from TEXT);
CREATE TABLE IF NOT EXISTS onsite (
    badge_id INTEGER PRIMARY KEY, entered_at TEXT NOT NULL, door TEXT);
CREATE TABLE IF NOT EXISTS queue (
    uid TEXT PRIMARY KEY, at TEXT NOT NULL, door TEXT NOT NULL, direction TEXT NOT NULL,
    valid INTEGER NOT NULL, reason TEXT, badge_id INTEGER, holder_type TEXT,
    sent INTEGER NOT NULL DEFAULT 0);
CREATE INDEX IF NOT EXISTS queue_unsent ON queue (sent, at);
CREATE INDEX IF NOT EXISTS queue_badge ON queue (badge_id, at);
"""
KEEP_SENT = dt.timedelta(hours=36)  # the door's own scans, for its roll-call when offline


@dataclass(frozen=True, slots=True)
class CachedBadge:
    id: int
    state: str | None  # "revoked", "superseded" or None
    holder_type: str | None
    display_name: str | None
    native_name: str | None
    destination: str | None
    valid_until: dt.datetime | None
    holder_key: str | None = None  # the person on the visit (see services.onsite.holder_key)
    key_id: int | None = None  # the key it was issued with: a token signed by another is forged
    valid_from: dt.datetime | None = None


@dataclass(frozen=True, slots=True)
class QueuedScan:
    uid: str
    at: dt.datetime
    door: str
    direction: str
    valid: bool
    reason: str | None
    badge_id: int | None
    holder_type: str | None


def _queued(r) -> QueuedScan:
    return QueuedScan(r[0], _instant(r[1]), r[2], r[3], bool(r[4]), r[5], r[6], r[7])


def _text(instant: dt.datetime | None) -> str | None:
    return instant.astimezone(dt.UTC).isoformat() if instant else None


def _instant(text: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(text) if text else None


class DoorCache:
    def __init__(self, path: str | Path, synchronous: str | None = None) -> None:
        """``synchronous``: FULL (the default, as for the shared file: a scan survives a power
        cut) or NORMAL (``FRONTDESK_SQLITE_SYNC=normal``: survives a crash of the program, and
        commits without waiting for the disk)."""
        self.path = Path(path)
        private_folder(self.path.parent)
        ensure_private_file(self.path)  # names, destinations and who is on site
        self._lock = threading.Lock()
        self._conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        self._conn.execute("PRAGMA journal_mode=WAL")
        level = (synchronous or sqlite_sync_level()).upper()
        self._conn.execute(f"PRAGMA synchronous={'NORMAL' if level == 'NORMAL' else 'FULL'}")
        for table, newest in (("badge", "valid_from"), ("badge_key", "issues")):
            columns = [r[1] for r in self._conn.execute(f"PRAGMA table_info({table})")]
            if columns and newest not in columns:  # a copy from an earlier release
                self._conn.execute(f"DROP TABLE {table}")  # a snapshot: the next refresh refills it
        self._conn.executescript(_SCHEMA)

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    # -- the snapshot ------------------------------------------------------------------------
    def replace_snapshot(
        self,
        keys: dict[int, str],
        badges: list[CachedBadge],
        onsite: list[tuple[int, dt.datetime, str | None]],
        refreshed_at: dt.datetime,
        issuing: frozenset[int] = frozenset(),
    ) -> None:
        """Swap in what the shared database said, all at once. ``issuing``: the key ids of
        stations allowed to issue badges (desks), the only keys a badge not in the copy may be
        signed with. Call it after sending the queue, with no send running: the scans still
        queued are the only ones of this door made before it that the copy does not hold, and
        they are remembered (with the newest scan's place in the queue) for
        :meth:`scans_not_in_copy`."""
        with self._lock:
            c = self._conn
            c.execute("BEGIN IMMEDIATE")
            try:
                c.execute("DELETE FROM badge_key")
                c.executemany(
                    "INSERT INTO badge_key VALUES (?, ?, ?)",
                    [(k, public, int(k in issuing)) for k, public in keys.items()],
                )
                c.execute("DELETE FROM badge")
                c.executemany(
                    "INSERT INTO badge VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [
                        (
                            b.id,
                            b.state,
                            b.holder_type,
                            b.display_name,
                            b.native_name,
                            b.destination,
                            _text(b.valid_until),
                            b.holder_key,
                            b.key_id,
                            _text(b.valid_from),
                        )
                        for b in badges
                    ],
                )
                c.execute("DELETE FROM onsite")
                c.executemany(
                    "INSERT INTO onsite VALUES (?, ?, ?)",
                    [(badge_id, _text(at), door) for badge_id, at, door in onsite],
                )
                c.execute(
                    "INSERT OR REPLACE INTO meta VALUES ('refreshed_at', ?)", (_text(refreshed_at),)
                )
                unsent = [r[0] for r in c.execute("SELECT uid FROM queue WHERE sent = 0")]
                (newest,) = c.execute("SELECT COALESCE(MAX(rowid), 0) FROM queue").fetchone()
                c.execute(
                    "INSERT OR REPLACE INTO meta VALUES ('after_snapshot', ?)",
                    (json.dumps({"unsent": sorted(unsent), "newest": newest}),),
                )
                c.execute("COMMIT")
            except BaseException:
                c.execute("ROLLBACK")
                raise

    def get(self, key: str) -> str | None:
        with self._lock:
            row = self._conn.execute("SELECT v FROM meta WHERE k = ?", (key,)).fetchone()
        return row[0] if row else None

    def set(self, key: str, value: str) -> None:
        with self._lock:
            self._conn.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))

    def refreshed_at(self) -> dt.datetime | None:
        with self._lock:
            row = self._conn.execute("SELECT v FROM meta WHERE k = 'refreshed_at'").fetchone()
        return _instant(row[0]) if row else None

    def keys(self) -> dict[int, str]:
        with self._lock:
            return dict(self._conn.execute("SELECT key_id, public_key FROM badge_key"))

    def issuing_keys(self) -> frozenset[int]:
        with self._lock:
            rows = self._conn.execute("SELECT key_id FROM badge_key WHERE issues = 1").fetchall()
        return frozenset(r[0] for r in rows)

    def badges(self) -> dict[int, CachedBadge]:
        with self._lock:
            rows = self._conn.execute("SELECT * FROM badge").fetchall()
        return {
            r[0]: CachedBadge(
                r[0], r[1], r[2], r[3], r[4], r[5], _instant(r[6]), r[7], r[8], _instant(r[9])
            )
            for r in rows
        }

    def scans_not_in_copy(self, since: dt.datetime) -> list[QueuedScan]:
        """This door's scans (since then, oldest first) that the last copy does not hold:
        those queued after it was made, and those still unsent when it was made."""
        mark = json.loads(self.get("after_snapshot") or "{}")
        if not isinstance(mark, dict):
            mark = {}
        unsent, newest = set(mark.get("unsent", [])), int(mark.get("newest", 0))
        with self._lock:
            rows = self._conn.execute(
                "SELECT *, rowid FROM queue WHERE at >= ? ORDER BY at, rowid", (_text(since),)
            ).fetchall()
        return [_queued(r) for r in rows if r[-1] > newest or r[0] in unsent]

    def onsite(self) -> list[tuple[int, dt.datetime, str | None]]:
        with self._lock:
            rows = self._conn.execute("SELECT badge_id, entered_at, door FROM onsite").fetchall()
        return [(r[0], _instant(r[1]), r[2]) for r in rows]

    # -- the queue ---------------------------------------------------------------------------
    def enqueue(self, scan: QueuedScan) -> None:
        """One scan, on disk (synced) when this returns."""
        with self._lock:
            self._conn.execute(
                "INSERT OR IGNORE INTO queue VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)",
                (
                    scan.uid,
                    _text(scan.at),
                    scan.door,
                    scan.direction,
                    int(scan.valid),
                    scan.reason,
                    scan.badge_id,
                    scan.holder_type,
                ),
            )

    def pending(self, limit: int = 1000) -> list[QueuedScan]:
        """Scans not yet in the shared database, oldest first."""
        with self._lock:
            rows = self._conn.execute(
                "SELECT * FROM queue WHERE sent = 0 ORDER BY at, uid LIMIT ?", (limit,)
            ).fetchall()
        return [_queued(r) for r in rows]

    def scans_since(self, since: dt.datetime) -> list[QueuedScan]:
        """This door's own scans since then, sent or not, oldest first."""
        with self._lock:
            rows = self._conn.execute(
                "SELECT * FROM queue WHERE at >= ? ORDER BY at, uid", (_text(since),)
            ).fetchall()
        return [_queued(r) for r in rows]

    def last_scan_of(self, badge_id: int, since: dt.datetime) -> QueuedScan | None:
        """This door's newest scan of that badge at or after ``since`` (the repeat window)."""
        with self._lock:
            row = self._conn.execute(
                "SELECT * FROM queue WHERE badge_id = ? AND at >= ? ORDER BY at DESC LIMIT 1",
                (badge_id, _text(since)),
            ).fetchone()
        return _queued(row) if row else None

    def pending_count(self) -> int:
        with self._lock:
            return self._conn.execute("SELECT COUNT(*) FROM queue WHERE sent = 0").fetchone()[0]

    def newest_sent_uid(self) -> str | None:
        with self._lock:
            row = self._conn.execute(
                "SELECT uid FROM queue WHERE sent = 1 ORDER BY at DESC, rowid DESC LIMIT 1"
            ).fetchone()
        return row[0] if row else None

    def send_kept_again(self) -> int:
        """Every scan this file still keeps (the last :data:`KEEP_SENT`) queued again: the
        shared database was restored from a copy that may predate them."""
        with self._lock:
            return self._conn.execute("UPDATE queue SET sent = 0 WHERE sent = 1").rowcount

    def mark_sent(self, uids: list[str], now: dt.datetime) -> None:
        """The shared database holds these now; scans sent long ago are forgotten."""
        if not uids:
            return
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                self._conn.executemany(
                    "UPDATE queue SET sent = 1 WHERE uid = ?", [(u,) for u in uids]
                )
                self._conn.execute(
                    "DELETE FROM queue WHERE sent = 1 AND at < ?", (_text(now - KEEP_SENT),)
                )
                self._conn.execute("COMMIT")
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
