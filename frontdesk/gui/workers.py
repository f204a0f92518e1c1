"""Running service calls off the GUI thread and getting their answers back as signals.

    runner = Runner(parent=self)
    runner.finished.connect(self.on_results)       # (tag, result) on the GUI thread
    runner.failed.connect(self.on_error)           # (tag, message)
    runner.run("search", search_patients, "kim")

Each call runs in the runner's own thread pool, with a database connection of that thread
(peewee keeps one per thread). Slow work (a search on a million patients, reading the day,
polling for changes) never blocks typing or painting.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from frontdesk.errors import FrontdeskError
from frontdesk.store.models import database_proxy

log = logging.getLogger(__name__)


class _Signals(QObject):
    finished = Signal(str, object)
    failed = Signal(str, str)


class _Job(QRunnable):
    def __init__(
        self, signals: _Signals, tag: str, fn: Callable, args, kwargs, connect: bool = True
    ) -> None:
        super().__init__()
        self.signals, self.tag, self.fn, self.args, self.kwargs = signals, tag, fn, args, kwargs
        self.connect = connect

    def run(self) -> None:
        try:
            db = database_proxy.obj
            if db is not None and self.connect:
                db.connect(reuse_if_open=True)
            result = self.fn(*self.args, **self.kwargs)
        except FrontdeskError as exc:
            self.signals.failed.emit(self.tag, str(exc))
        except Exception as exc:  # a bug or a lost database: say so, keep the window alive
            log.error("%s failed:\n%s", self.tag, traceback.format_exc())
            self.signals.failed.emit(self.tag, f"{type(exc).__name__}: {exc}")
        else:
            self.signals.finished.emit(self.tag, result)


class Runner(QObject):
    """A small thread pool whose results come back to the GUI thread as signals."""

    finished = Signal(str, object)
    failed = Signal(str, str)

    def __init__(
        self, parent: QObject | None = None, threads: int = 1, *, connect: bool = True
    ) -> None:
        """``connect=False``: the calls open the database themselves (the door, which must
        not connect to a SQLite path whose file is gone: that would create an empty one)."""
        super().__init__(parent)
        self.connect = connect
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(threads)
        self.pool.setExpiryTimeout(-1)  # keep the threads, and so their database connections
        self._signals = _Signals(self)
        self._signals.finished.connect(self.finished)
        self._signals.failed.connect(self.failed)

    def run(self, tag: str, fn: Callable, *args, **kwargs) -> None:
        self.pool.start(_Job(self._signals, tag, fn, args, kwargs, self.connect))

    def wait(self, msecs: int = 10_000) -> bool:
        return self.pool.waitForDone(msecs)
