"""The front desk's vocabulary: statuses, and the plain records that services return.

    >>> AppointmentStatus("no_show").label
    'No-show'
    >>> AppointmentStatus.ARRIVED.is_open
    True

Services return these dataclasses, not database rows, so that the window, the CLI and the tests
read the same thing, and the Qt layer translates the codes (``self.tr(status.label)``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum


class AppointmentStatus(StrEnum):
    SCHEDULED = "scheduled"
    ARRIVED = "arrived"
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    CANCELLED = "cancelled"
    NO_SHOW = "no_show"

    @property
    def label(self) -> str:
        return {"in_progress": "In progress", "no_show": "No-show"}.get(
            self.value, self.value.capitalize()
        )

    @property
    def is_open(self) -> bool:
        """Still expected to happen today (not cancelled, no-show or completed)."""
        return self in (self.SCHEDULED, self.ARRIVED, self.IN_PROGRESS)


class VisitStatus(StrEnum):
    EXPECTED = "expected"  # appointments booked, patient not here yet
    ARRIVED = "arrived"  # checked in
    NO_SHOW = "no_show"  # every appointment of the day marked no-show or cancelled
    CANCELLED = "cancelled"


@dataclass(frozen=True, slots=True)
class PatientSummary:
    id: int
    mrn: str
    family_name: str
    given_name: str
    native_name: str | None
    date_of_birth: dt.date | None  # None: unknown (a hospital feed's newcomer), ask it
    nationality: str | None
    preferred_language: str | None
    interpreter_needed: bool


@dataclass(frozen=True, slots=True)
class InterpreterCover:
    """What the day view shows of an appointment's interpreter booking (see
    :mod:`frontdesk.services.interpreter_bookings`)."""

    status: str  # requested, booked, confirmed, done, no_show, cancelled
    needs_review: bool  # the appointment moved or was cancelled after the booking
    mode: str  # in_person, phone, video
    interpreter_name: str | None

    @property
    def covers(self) -> bool:
        """An interpreter will be there (booked, confirmed or done) and nothing moved since."""
        return self.status in ("booked", "confirmed", "done") and not self.needs_review


@dataclass(frozen=True, slots=True)
class ScheduleEntry:
    appointment_id: int
    source_system: str
    external_id: str
    start: dt.datetime  # aware, in the office's zone
    end: dt.datetime
    department: str | None
    clinician: str | None
    location: str | None
    type: str | None
    status: AppointmentStatus
    visit_id: int | None
    visit_status: VisitStatus | None
    arrived_at: dt.datetime | None
    patient: PatientSummary
    interpreter: InterpreterCover | None = None  # the appointment's interpreter booking


@dataclass(frozen=True, slots=True)
class SearchHit:
    patient: PatientSummary
    score: float
    matched: tuple[str, ...] = field(default=())  # the terms or identifiers that matched
    expected_today: bool = False  # has a visit on the day the desk is looking at


@dataclass(frozen=True, slots=True)
class CheckInResult:
    visit_id: int
    status: VisitStatus
    arrived_at: dt.datetime  # aware, UTC
    staff_username: str | None
    station_name: str | None
    already: bool

    def message(self, zone: dt.tzinfo) -> str:
        when = self.arrived_at.astimezone(zone).strftime("%H:%M")
        who = self.staff_username or "unknown staff"
        where = f" at {self.station_name}" if self.station_name else ""
        if self.already:
            return f"already checked in at {when} by {who}{where}"
        return f"checked in at {when} by {who}{where}"
