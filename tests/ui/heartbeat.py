"""How long the GUI thread stalls: a 10 ms timer notes the longest gap between its ticks.

    with Heartbeat() as beat:
        ...                     # drive the window (qtbot.waitUntil keeps the event loop going)
    assert beat.longest_ms < 100

A tick that comes 10 ms late means the event loop was busy for 10 ms more than asked: a person
would have seen the window freeze for that long.
"""

from __future__ import annotations

import time

from PySide6.QtCore import Qt, QTimer


class Heartbeat:
    def __init__(self, interval_ms: int = 10) -> None:
        self.interval_ms = interval_ms
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._tick)
        self.gaps: list[float] = []
        self._last = 0.0

    def _tick(self) -> None:
        now = time.perf_counter()
        self.gaps.append((now - self._last) * 1000)
        self._last = now

    @property
    def longest_ms(self) -> float:
        """The longest stall: the longest gap between two ticks, less the interval asked."""
        return max(self.gaps, default=0.0) - self.interval_ms

    def __enter__(self) -> Heartbeat:
        self._last = time.perf_counter()
        self.timer.start()
        return self

    def __exit__(self, *exc) -> None:
        self.timer.stop()
