"""The older way to run service calls off the GUI thread, answers routed by string tags.

    runner = Runner(parent=self)
    runner.finished.connect(self.on_results)       # (tag, result) on the GUI thread
    runner.failed.connect(self.on_error)           # (tag, message)
    runner.run("search", search_patients, "kim")

New code uses :class:`frontdesk.gui.jobs.LatestJob` (answers routed to callbacks, one job at a
time, the newest kept); this stays until the last windows that use it have moved over.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from frontdesk.errors import FrontdeskError
from frontdesk.services.database import connect_this_thread, explained

log = logging.getLogger(__name__)


class _Signals(QObject):
    finished = Signal(str, object)
    failed = Signal(str, str)


class _Job(QRunnable):
    def __init__(
        self, signals: _Signals, tag: str, fn: Callable, args, kwargs, opens_database: bool
    ) -> None:
        super().__init__()
        self.signals, self.tag, self.fn, self.args, self.kwargs = signals, tag, fn, args, kwargs
        self.opens_database = opens_database

    def run(self) -> None:
        try:
            if self.opens_database:
                connect_this_thread()
            result = self.fn(*self.args, **self.kwargs)
        except Exception as raw:
            error = explained(raw)
            if not isinstance(error, FrontdeskError):  # a bug: say so, keep the window alive
                log.error("%s failed", self.tag, exc_info=error)
                self.signals.failed.emit(self.tag, f"{type(error).__name__}: {error}")
            else:
                self.signals.failed.emit(self.tag, str(error))
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
        self._opens_database = connect  # not self.connect: that is QObject.connect
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(threads)
        self.pool.setExpiryTimeout(-1)  # keep the threads, and so their database connections
        self._signals = _Signals(self)
        self._signals.finished.connect(self.finished)
        self._signals.failed.connect(self.failed)

    def run(self, tag: str, fn: Callable, *args, **kwargs) -> None:
        self.pool.start(_Job(self._signals, tag, fn, args, kwargs, self._opens_database))

    def wait(self, msecs: int = 10_000) -> bool:
        return self.pool.waitForDone(msecs)
