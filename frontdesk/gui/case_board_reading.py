"""The case board read in parts on a worker: the first day first (the window opens on it), the
later days a few at a time, with a pause between parts so that the window paints what it has.

    reading = BoardReading(parent, failed=show_error)
    reading.part_read.connect(take_rows)     # (rows, first part?, last part?)
    reading.start(first_day, 14)             # a newer start drops the older reading

The rows come from :func:`frontdesk.services.case_board.case_board` on the desk lane
(:class:`~frontdesk.gui.jobs.LatestJob`); nothing here waits on the database.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from frontdesk.gui.jobs import LatestJob
from frontdesk.services.case_board import case_board

FIRST_PART_DAYS = 1  # what the board opens on: the coming day
PART_DAYS = 4  # then read this many days at a time
PART_PAUSE_MS = 60  # between two parts: the window paints what it has


def board_parts(first: dt.date, days: int) -> list[tuple[dt.date, int]]:
    """(first day, number of days) of each part the board is read in.

    >>> [(day.isoformat(), n) for day, n in board_parts(dt.date(2026, 11, 30), 7)]
    [('2026-11-30', 1), ('2026-12-01', 4), ('2026-12-05', 2)]
    """
    parts, start, size = [], first, min(FIRST_PART_DAYS, days)
    end = first + dt.timedelta(days=days)
    while start < end:
        size = min(size, (end - start).days)
        parts.append((start, size))
        start += dt.timedelta(days=size)
        size = PART_DAYS
    return parts


class BoardReading(QObject):
    """One reading of the board at a time; its parts arrive in day order."""

    part_read = Signal(object, bool, bool)  # rows, the first part, the last part

    def __init__(
        self, parent: QObject | None = None, *, failed: Callable[[BaseException], None]
    ) -> None:
        super().__init__(parent)
        self.job = LatestJob(self, failed=self._failed)
        self._failed_handler = failed
        self._generation = 0
        self.parts: list[tuple[dt.date, int]] = []
        self.busy = False

    @property
    def last_day(self) -> dt.date | None:
        """The last day of the reading under way (or done)."""
        if not self.parts:
            return None
        start, days = self.parts[-1]
        return start + dt.timedelta(days=days - 1)

    def start(self, first: dt.date, days: int) -> None:
        self._generation += 1
        self.busy = True
        self.parts = board_parts(first, days)
        self._read(self._generation, 0)

    def _read(self, generation: int, index: int) -> None:
        if generation != self._generation:
            return  # the coordinator asked for other days meanwhile
        first, days = self.parts[index]
        self.job.submit(
            case_board, first, days, done=lambda rows: self._arrived(generation, index, rows)
        )

    def _arrived(self, generation: int, index: int, rows: list) -> None:
        if generation != self._generation:
            return
        last = index + 1 == len(self.parts)
        if last:
            self.busy = False
        else:
            # The days read are painted first: the next part's reading would compete with the
            # paint for the processor.
            QTimer.singleShot(PART_PAUSE_MS, self, lambda: self._read(generation, index + 1))
        self.part_read.emit(rows, index == 0, last)

    def _failed(self, error: BaseException) -> None:
        self.busy = False
        self._failed_handler(error)

    def close(self) -> None:
        self._generation += 1
        self.busy = False
        self.job.close()
