"""The one clock every service, store default and printout reads: the real one, or a fixed one.

    >>> import datetime as dt
    >>> from frontdesk import clock
    >>> with clock.frozen(dt.datetime(2026, 11, 30, 9, 0, tzinfo=dt.UTC)) as fixed:
    ...     clock.now().isoformat()
    ...     _ = fixed.advance(minutes=5)
    ...     clock.now().isoformat()
    '2026-11-30T09:00:00+00:00'
    '2026-11-30T09:05:00+00:00'

Code that needs "now" calls :func:`now` (an aware UTC instant) or :func:`today` (a zone's date),
never ``datetime.now()``: tests then run on a fixed day instead of following the calendar, and
a door or a batch can be replayed at the instant it happened. The clock is process-wide (the
GUI's worker threads see the same one); :func:`frozen` is for tests and benchmarks.
"""

from __future__ import annotations

import datetime as dt
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Protocol

UTC = dt.UTC


class Clock(Protocol):
    def now(self) -> dt.datetime:
        """An aware instant in UTC."""
        ...


class SystemClock:
    def now(self) -> dt.datetime:
        return dt.datetime.now(UTC)


class FixedClock:
    """Stands still until advanced (thread-safe)."""

    def __init__(self, instant: dt.datetime) -> None:
        if instant.tzinfo is None:
            raise ValueError("a fixed clock needs an aware instant")
        self._instant = instant.astimezone(UTC)
        self._lock = threading.Lock()

    def now(self) -> dt.datetime:
        with self._lock:
            return self._instant

    def advance(self, delta: dt.timedelta | None = None, **units: float) -> dt.datetime:
        with self._lock:
            self._instant += (delta or dt.timedelta()) + dt.timedelta(**units)
            return self._instant

    def set(self, instant: dt.datetime) -> None:
        with self._lock:
            self._instant = instant.astimezone(UTC)


class RunningClock:
    """Starts at a fixed instant and runs at the real pace from there: a test or a replay on a
    day of its choosing whose timeouts, orderings and waits still see time pass."""

    def __init__(self, instant: dt.datetime) -> None:
        if instant.tzinfo is None:
            raise ValueError("a running clock needs an aware instant")
        self._start = instant.astimezone(UTC)
        self._started = time.monotonic()

    def now(self) -> dt.datetime:
        return self._start + dt.timedelta(seconds=time.monotonic() - self._started)


SYSTEM = SystemClock()
_current: Clock = SYSTEM


def now() -> dt.datetime:
    """This instant, in UTC, by the current clock."""
    return _current.now()


def today(tz: dt.tzinfo) -> dt.date:
    """The current date in a zone (the office's, for a visit day)."""
    return _current.now().astimezone(tz).date()


def current() -> Clock:
    return _current


def use(clock: Clock) -> None:
    """Make ``clock`` the process's clock (``use(SYSTEM)`` goes back to the real one)."""
    global _current
    _current = clock


@contextmanager
def frozen(instant: dt.datetime) -> Iterator[FixedClock]:
    """A fixed clock for the duration of a block; the previous clock afterwards."""
    previous = _current
    fixed = FixedClock(instant)
    use(fixed)
    try:
        yield fixed
    finally:
        use(previous)


@contextmanager
def running_from(instant: dt.datetime) -> Iterator[RunningClock]:
    """A clock that starts at ``instant`` and runs, for the duration of a block."""
    previous = _current
    running = RunningClock(instant)
    use(running)
    try:
        yield running
    finally:
        use(previous)
