"""Moving the SQLite write-ahead log into the database file off the critical path.

    checkpointer = Checkpointer("/path/frontdesk.sqlite3").start()
    ...
    checkpointer.stop()

SQLite's automatic checkpoint runs inside whichever commit crosses the threshold, so one
check-in in seventy would pay for copying a thousand pages and an extra fsync. Instead a daemon
thread with its own connection runs a PASSIVE checkpoint (it never blocks writers or readers)
twice a second; the automatic one stays on, at a higher threshold, as a safety net.
"""

from __future__ import annotations

import logging
import sqlite3
import threading

log = logging.getLogger(__name__)

INTERVAL_S = 0.5
SAFETY_NET_PAGES = 8000


class Checkpointer:
    def __init__(self, path: str, interval: float = INTERVAL_S) -> None:
        self.path = path
        self.interval = interval
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="sqlite-checkpoint", daemon=True)

    def start(self) -> Checkpointer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(timeout=5)

    def _run(self) -> None:
        try:
            conn = sqlite3.connect(self.path, timeout=1, check_same_thread=False)
        except sqlite3.Error as exc:
            log.warning("checkpoint thread cannot open %s: %s", self.path, exc)
            return
        try:
            while not self._stop.wait(self.interval):
                try:
                    conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
                except sqlite3.Error as exc:  # busy or the file went away: try again later
                    log.debug("checkpoint skipped: %s", exc)
        finally:
            conn.close()
