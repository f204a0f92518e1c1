"""What could go wrong with giving an interpreter one more appointment: pure rules, no database.

    >>> import datetime as dt
    >>> at = lambda h, m=0: dt.datetime(2026, 11, 30, h, m, tzinfo=dt.UTC)
    >>> mine = Slot(1, at(14), at(15), "Yawkey Building")
    >>> theirs = [Slot(2, at(13), at(13, 50), "Wang Building")]
    >>> [c.kind.value for c in conflicts(mine, theirs, travel_minutes=15)]
    ['travel_tight']
    >>> building_of("Yawkey Building, floor 7, room 712")
    'Yawkey Building'

A *double booking* is another appointment of the same interpreter that overlaps this one.
*Travel* is tight when the interpreter's appointment just before (or just after) is in another
building and the gap between the two is shorter than the office's walking time between
buildings (``interpreters.travel_minutes``, 15 unless set). Working hours and days off come
from the roster. Phone and video bookings take the interpreter's time but go nowhere.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from frontdesk.services.case_terms import Conflict, ConflictKind

DEFAULT_TRAVEL_MINUTES = 15


@dataclass(frozen=True, slots=True)
class Slot:
    appointment_id: int
    start: dt.datetime
    end: dt.datetime
    building: str | None  # None: no place (phone, video, or not known)


def building_of(location: str | None) -> str | None:
    """The building of a location written "Building, floor N, room M" (the first part)."""
    if not location:
        return None
    return location.split(",", 1)[0].strip() or None


def conflicts(slot: Slot, others: list[Slot], *, travel_minutes: int) -> list[Conflict]:
    """Double bookings and tight travel between ``slot`` and the interpreter's other
    appointments of the day (``others`` never contains ``slot`` itself)."""
    found: list[Conflict] = []
    before: Slot | None = None
    after: Slot | None = None
    for other in sorted(others, key=lambda s: s.start):
        if other.start < slot.end and slot.start < other.end:
            found.append(
                Conflict(
                    ConflictKind.DOUBLE_BOOKED,
                    other.appointment_id,
                    other.start,
                    other.building,
                )
            )
        elif other.end <= slot.start:
            before = other
        elif after is None:
            after = other
    for near, gap in (
        (before, (slot.start - before.end) if before else None),
        (after, (after.start - slot.end) if after else None),
    ):
        if near is None or gap is None:
            continue
        moving = slot.building and near.building and slot.building != near.building
        minutes = int(gap.total_seconds() // 60)
        if moving and minutes < travel_minutes:
            found.append(
                Conflict(
                    ConflictKind.TRAVEL_TIGHT,
                    near.appointment_id,
                    near.start,
                    near.building,
                    minutes=minutes,
                )
            )
    return found


def availability_conflicts(
    start: dt.datetime,
    end: dt.datetime,
    tz: dt.tzinfo,
    *,
    hours: tuple[tuple[int, int, int], ...],
    absences: tuple[tuple, ...],
    active: bool = True,
) -> list[Conflict]:
    """Outside working hours (when the roster has hours), on a day off, not active."""
    found: list[Conflict] = []
    local_start, local_end = start.astimezone(tz), end.astimezone(tz)
    day = local_start.date()
    if not active:
        found.append(Conflict(ConflictKind.INACTIVE))
    if any(first <= day <= last for first, last, *_ in absences):
        found.append(Conflict(ConflictKind.DAY_OFF))
    elif hours:
        starts = local_start.hour * 60 + local_start.minute
        ends = starts + int((local_end - local_start).total_seconds() // 60)
        if not any(w == day.weekday() and s <= starts and ends <= e for w, s, e in hours):
            found.append(Conflict(ConflictKind.OUTSIDE_HOURS))
    return found
