"""Other stations' changes, as one Qt signal on the GUI thread.

    feed = ChangeFeed(self, sqlite_poll_ms=250)
    feed.changed.connect(self.read_changes)     # then read the audit log from your cursor
    feed.start()
    ...
    feed.stop()                                 # does not wait

The database layer hears the changes on a thread of its own (PostgreSQL ``LISTEN``/``NOTIFY``;
on SQLite the file's change counter, read a few times a second:
:mod:`frontdesk.store.change_signal`), so no station reads the audit log every second for
nothing. ``changed`` also comes once when listening starts and after a lost connection is back,
since what was committed meanwhile was not heard.
"""

from __future__ import annotations

import contextlib
import weakref

import shiboken6
from PySide6.QtCore import QObject, Signal

from frontdesk.services.database import watch_changes

SQLITE_POLL_MS = 250


class ChangeFeed(QObject):
    changed = Signal()

    def __init__(self, parent: QObject | None = None, *, sqlite_poll_ms: int = SQLITE_POLL_MS):
        super().__init__(parent)
        self._poll_s = sqlite_poll_ms / 1000
        self._watch = None
        self._stopped = False

    def start(self) -> None:
        """Start listening (a thread of its own; the GUI thread does not wait for it); again
        does nothing, nor does it after :meth:`stop`."""
        if self._watch is None and not self._stopped:
            self._watch = watch_changes(_relay(self), poll_s=self._poll_s)

    def stop(self) -> None:
        self._stopped = True
        if self._watch is not None:
            self._watch.stop()
            self._watch = None


def _relay(feed: ChangeFeed):
    """The watch's callback: emits ``changed`` (queued to the GUI thread, where the feed lives)
    while the feed exists; it holds no reference that would keep a closed window alive."""
    ref = weakref.ref(feed)

    def heard() -> None:
        target = ref()
        if target is not None and shiboken6.isValid(target):
            with contextlib.suppress(RuntimeError):  # deleted in between: nobody listens
                target.changed.emit()

    return heard
