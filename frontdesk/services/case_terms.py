"""The international case's vocabulary: booking statuses, checklist items and their states.

    >>> BookingStatus("no_show").label
    'No-show'
    >>> BookingStatus.CONFIRMED.covers, BookingStatus.REQUESTED.covers
    (True, False)
    >>> [item.value for item in CheckItem][:2]
    ['records_received', 'records_translated']

Services return these codes; the window translates ``label`` with ``tr()``, the CLI prints the
code or the label, the database stores the value.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from typing import TypeVar

from frontdesk.errors import InputError

Code = TypeVar("Code", bound=StrEnum)


def parse_code(kind: type[Code], value: object, *, what: str, where: str, **aliases: str) -> Code:
    """A code typed by a person or read from a file, forgiving case, spaces and hyphens
    (``"No-show"`` is ``no_show``); :class:`InputError` lists the codes there are.

    >>> parse_code(BookingStatus, " No-show", what="a booking status", where="status")
    <BookingStatus.NO_SHOW: 'no_show'>
    """
    if isinstance(value, kind):
        return value
    text = str(value).strip().lower()
    text = aliases.get(text, text).replace("-", "_").replace(" ", "_")
    try:
        return kind(text)
    except ValueError:
        expected = ", ".join(code.value for code in kind)
        raise InputError(
            f"{value!r} is not {what} (expected one of {expected})", where=where
        ) from None


class InterpreterKind(StrEnum):
    STAFF = "staff"
    AGENCY = "agency"


class InterpreterMode(StrEnum):
    IN_PERSON = "in_person"
    PHONE = "phone"
    VIDEO = "video"

    @property
    def label(self) -> str:
        return {"in_person": "In person"}.get(self.value, self.value.capitalize())


class BookingStatus(StrEnum):
    REQUESTED = "requested"  # asked for (an agency asked, or nobody chosen yet)
    BOOKED = "booked"  # someone (or a phone/video service) is assigned
    CONFIRMED = "confirmed"  # the interpreter confirmed they will come
    DONE = "done"
    NO_SHOW = "no_show"  # the interpreter did not come
    CANCELLED = "cancelled"  # released (the appointment was cancelled, or no longer needed)

    @property
    def label(self) -> str:
        return "No-show" if self is BookingStatus.NO_SHOW else self.value.capitalize()

    @property
    def covers(self) -> bool:
        """An interpreter is there for the appointment (booked, confirmed or done)."""
        return self in (BookingStatus.BOOKED, BookingStatus.CONFIRMED, BookingStatus.DONE)

    @property
    def holds_time(self) -> bool:
        """The interpreter's time is taken (double bookings are counted among these)."""
        return self in (BookingStatus.BOOKED, BookingStatus.CONFIRMED)


class ReviewReason(StrEnum):
    MOVED = "moved"  # the appointment's time or place changed after the booking
    CANCELLED = "cancelled"  # the appointment was cancelled: release the interpreter


class ConflictKind(StrEnum):
    """What a coordinator is warned about when booking; a warning, not a refusal."""

    DOUBLE_BOOKED = "double_booked"  # another booking of the same interpreter overlaps
    TRAVEL_TIGHT = "travel_tight"  # not enough time to walk from the previous/next building
    OUTSIDE_HOURS = "outside_hours"  # outside the interpreter's working hours that weekday
    DAY_OFF = "day_off"
    INACTIVE = "inactive"  # no longer on the roster

    @property
    def label(self) -> str:
        return {
            "double_booked": "Double-booked",
            "travel_tight": "Tight travel between buildings",
            "outside_hours": "Outside working hours",
            "day_off": "Day off",
            "inactive": "Not on the roster any more",
        }[self.value]


@dataclass(frozen=True, slots=True)
class Conflict:
    kind: ConflictKind
    # The other appointment involved (double booking, travel), its start and building.
    other_appointment_id: int | None = None
    other_start: dt.datetime | None = None
    other_place: str | None = None
    minutes: int | None = None  # the gap there is (travel), for the message

    def describe(self, tz: dt.tzinfo) -> str:
        """An English sentence for the CLI (the window builds its own with tr())."""
        when = f" at {self.other_start.astimezone(tz):%H:%M}" if self.other_start else ""
        where = f" in {self.other_place}" if self.other_place else ""
        if self.kind == ConflictKind.DOUBLE_BOOKED:
            return f"double-booked: another appointment{when}{where}"
        if self.kind == ConflictKind.TRAVEL_TIGHT:
            return f"only {self.minutes} min to get from/to the appointment{when}{where}"
        return self.kind.label.lower()


class CheckItem(StrEnum):
    """The pre-arrival checklist of a visit, in the order a coordinator works through it."""

    RECORDS_RECEIVED = "records_received"
    RECORDS_TRANSLATED = "records_translated"
    VISA_LETTER = "visa_letter"  # a status here; issue 19's visa letters may drive it
    FINANCIAL_CLEARANCE = "financial_clearance"  # likewise, from issue 19's estimates/deposits
    TRAVEL_BOOKED = "travel_booked"
    HOTEL_BOOKED = "hotel_booked"
    INTERPRETER_BOOKED = "interpreter_booked"  # driven by the bookings

    @property
    def label(self) -> str:
        return _ITEM_LABELS[self.value]

    @property
    def short(self) -> str:
        """A column heading."""
        return _ITEM_SHORT[self.value]


_ITEM_LABELS = {
    "records_received": "Medical records received",
    "records_translated": "Records translated",
    "visa_letter": "Visa letter issued",
    "financial_clearance": "Financial clearance",
    "travel_booked": "Travel booked",
    "hotel_booked": "Hotel booked",
    "interpreter_booked": "Interpreter booked",
}
_ITEM_SHORT = {
    "records_received": "Records",
    "records_translated": "Translated",
    "visa_letter": "Visa",
    "financial_clearance": "Finance",
    "travel_booked": "Travel",
    "hotel_booked": "Hotel",
    "interpreter_booked": "Interp.",
}


class ItemState(StrEnum):
    OPEN = "open"
    DONE = "done"
    NOT_NEEDED = "not_needed"

    @property
    def label(self) -> str:
        return {"not_needed": "Not needed"}.get(self.value, self.value.capitalize())

    @property
    def is_open(self) -> bool:
        return self is ItemState.OPEN


# Who set an item: a person at the desk, or another record that drives it. Issue 19 adds
# "visa_letters" and "finance" through checklist.drive_item().
SOURCE_DESK = "desk"
SOURCE_INTERPRETERS = "interpreters"


class TravelMode(StrEnum):
    FLIGHT = "flight"
    TRAIN = "train"
    ROAD = "road"
