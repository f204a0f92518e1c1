"""Slow work off the GUI thread, one job at a time, the newest request kept: the window's one way
to run a database query, draw a PDF or talk to a printer.

    self.preview = LatestJob(self)
    self.preview.busy_changed.connect(self._show_busy)
    self.preview.submit(render, first, last, done=self._show, failed=self._failed)
    if not self.printing.start(deliver, pdf, done=self._printed):
        ...                                      # refused: a print is already under way

``submit`` is for questions whose newest form is all that matters (a preview, a search, the
day): while a job runs, a newer ``submit`` waits in its place, replacing any older waiting one,
and the running job's answer is dropped when a newer question waits. ``start`` is for actions
(a check-in, a print) that must neither queue behind themselves nor be dropped: it refuses
while a job runs. ``done`` gets the value, ``failed`` the exception, both on the GUI thread; a
job with no ``failed`` handler (here or given to the constructor) goes to
:func:`frontdesk.gui.failures.report`, so nothing fails silently. Answers for an owner that is
gone (a closed dialog) are not delivered.

Jobs run in *lanes*: process-wide thread pools whose threads keep their database connection
(peewee keeps one a thread). ``"desk"`` (the default) has a few threads; ``"search"``,
``"changes"``, ``"import"`` and any other named lane have one each, so that a keystroke never
waits behind a badge batch nor a poll behind an import. ``"patient writes"`` runs the desk's
writes on the patient in the panel (check-in, undo, no-show) and the record of its opening one
after the other: at the same time, they contended for the audit chain's head and the two cores
(a check-in right after an opening took 15 ms on its worker against 3 ms alone, on PostgreSQL).
"""

from __future__ import annotations

import logging
import threading
import weakref
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal, Slot

from frontdesk.errors import FrontdeskError
from frontdesk.services.database import connect_this_thread, explained

log = logging.getLogger(__name__)

LANE_THREADS = {"desk": 3, "search": 1, "changes": 1, "import": 1, "patient writes": 1}
_lanes: dict[str, QThreadPool] = {}


def lane(name: str) -> QThreadPool:
    """The thread pool of a lane, made on first use; its threads (and their database
    connections) live as long as the program."""
    pool = _lanes.get(name)
    if pool is None:
        pool = QThreadPool()
        pool.setMaxThreadCount(LANE_THREADS.get(name, 1))
        pool.setExpiryTimeout(-1)
        _lanes[name] = pool
    return pool


def lanes_idle(msecs: int = 10_000) -> bool:
    """Wait until no lane runs anything (tests, between one database and the next)."""
    return all(pool.waitForDone(msecs) for pool in list(_lanes.values()))


class _Dispatcher(QObject):
    """Lives on the GUI thread for good: workers hand their answers to it, never to an owner
    that may be deleted meanwhile."""

    arrived = Signal(object)

    def __init__(self) -> None:
        super().__init__(QCoreApplication.instance())
        self.arrived.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    @Slot(object)
    def _deliver(self, outcome: _Outcome) -> None:
        job = outcome.job()
        try:
            if job is not None and shiboken6.isValid(job):
                job._finished(outcome.request.ticket, outcome.ok, outcome.value)
        finally:
            # The job has run: let go of what it called and answered, here on the GUI thread
            # (a bound method keeps its window alive; the worker must never drop the last
            # reference to a Qt object, and a window must not stay in a cycle with its job).
            outcome.request.forget()


_dispatcher: _Dispatcher | None = None


def _the_dispatcher() -> _Dispatcher:
    global _dispatcher
    if _dispatcher is None or not shiboken6.isValid(_dispatcher):
        _dispatcher = _Dispatcher()
    return _dispatcher


@dataclass(slots=True)
class _Outcome:
    job: weakref.ref
    request: _Request
    ok: bool
    value: Any


@dataclass(slots=True)
class _Request:
    fn: Callable[..., Any]
    args: tuple
    kwargs: dict
    done: Callable[[Any], None] | None
    failed: Callable[[BaseException], None] | None
    ticket: int = 0
    ended: threading.Event = field(default_factory=threading.Event)

    def forget(self) -> None:
        self.fn = _gone
        self.args, self.kwargs, self.done, self.failed = (), {}, None, None


def _gone(*_args: Any, **_kwargs: Any) -> None:
    """What a request calls once it has run and been answered: nothing."""


class _Task(QRunnable):
    def __init__(
        self, dispatcher: _Dispatcher, job: LatestJob, request: _Request, opens_database: bool
    ) -> None:
        super().__init__()
        self.dispatcher, self.request = dispatcher, request
        self.job = weakref.ref(job)
        self.opens_database = opens_database

    def run(self) -> None:
        request = self.request
        try:
            if self.opens_database:
                connect_this_thread()
            value, ok = request.fn(*request.args, **request.kwargs), True
        except Exception as raw:
            error = explained(raw)  # a locked or lost database becomes a FrontdeskError
            value, ok = error, False
            if not isinstance(error, FrontdeskError):  # a bug: keep the trace
                log.error("%s failed", _name(request.fn), exc_info=error)
            elif error is not raw:
                log.warning("%s: %s (%r)", _name(request.fn), error, raw)
        try:
            self.dispatcher.arrived.emit(_Outcome(self.job, request, ok, value))
        except RuntimeError:  # the application is gone (the end of the program): nobody waits
            pass
        finally:
            request.ended.set()


def _name(fn: Callable) -> str:
    return getattr(fn, "__qualname__", None) or repr(fn)


class LatestJob(QObject):
    """One job at a time for its owner (a child QObject): see the module's docstring."""

    busy_changed = Signal(bool)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        failed: Callable[[BaseException], None] | None = None,
        lane_name: str = "desk",
        opens_database: bool = True,
    ) -> None:
        """``opens_database=False``: the jobs open the database themselves, or need none (a
        door, which must not create an empty SQLite file where the shared one has gone)."""
        super().__init__(parent)
        self._default_failed = failed
        self._pool = lane(lane_name)
        self._opens_database = opens_database
        self._dispatcher = _the_dispatcher()
        self._tickets = 0
        self._running: _Request | None = None
        self._waiting: _Request | None = None
        self._last: _Request | None = None
        self._closed = False

    @property
    def busy(self) -> bool:
        return self._running is not None

    def submit(
        self,
        fn: Callable[..., Any],
        *args: Any,
        done: Callable[[Any], None] | None = None,
        failed: Callable[[BaseException], None] | None = None,
        **kwargs: Any,
    ) -> None:
        """Run ``fn`` now, or as soon as the running job is back (the newest request wins)."""
        if self._closed:
            return
        request = _Request(fn, args, kwargs, done, failed)
        if self._running is None:
            self._launch(request)
        else:
            self._waiting = request  # an older waiting request is dropped, unanswered

    def start(
        self,
        fn: Callable[..., Any],
        *args: Any,
        done: Callable[[Any], None] | None = None,
        failed: Callable[[BaseException], None] | None = None,
        **kwargs: Any,
    ) -> bool:
        """Run ``fn`` now if nothing runs; False (and nothing runs) while a job is under way."""
        if self._closed or self._running is not None:
            return False
        self._launch(_Request(fn, args, kwargs, done, failed))
        return True

    def cancel(self) -> None:
        """Forget the waiting request and the running job's answer (its work goes on)."""
        self._waiting = None
        if self._running is not None:
            self._running = None
            self.busy_changed.emit(False)

    def close(self) -> None:
        """Nothing more runs nor answers (the owner is closing)."""
        self.cancel()
        self._closed = True

    def wait(self, msecs: int = 10_000) -> bool:
        """Wait for the last job started to end (tests); its answer still comes by the event
        loop."""
        return self._last is None or self._last.ended.wait(msecs / 1000)

    def _launch(self, request: _Request) -> None:
        self._tickets += 1
        request.ticket = self._tickets
        was_busy = self._running is not None
        self._running = self._last = request
        if not was_busy:
            self.busy_changed.emit(True)
        self._pool.start(_Task(self._dispatcher, self, request, self._opens_database))

    def _finished(self, ticket: int, ok: bool, value: Any) -> None:
        running = self._running
        if running is None or running.ticket != ticket:
            return  # cancelled meanwhile
        if self._waiting is not None:  # the answer to an older question is not shown
            request, self._waiting = self._waiting, None
            self._launch(request)
            return
        self._running = None
        self.busy_changed.emit(False)
        if ok:
            if running.done is not None:
                running.done(value)
            return
        handler = running.failed or self._default_failed
        if handler is None:
            from frontdesk.gui.failures import report

            handler = report
        handler(value)
