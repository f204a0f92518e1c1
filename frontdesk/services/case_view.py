"""One patient's international case: their stays from a day on, each with its travel, its
checklist and its appointments with their interpreters; and what the desk is warned about at
check-in.

    case = patient_case("M00000042")               # stays from today on
    case.stays[0].checklist, case.stays[0].travel, case.stays[0].appointments[0].booking
    checkin_warnings(patient_id, today)            # open items: warnings, never a refusal
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from frontdesk.errors import NotFound
from frontdesk.names import patient_native_name
from frontdesk.services.case_terms import CheckItem, Conflict
from frontdesk.services.checklist import ItemLine, checklist_of
from frontdesk.services.interpreter_bookings import BookingLine, booking_of, conflicts_of
from frontdesk.services.office import office_zone
from frontdesk.services.stays import Stay, case_visit, patient_stays, stay_on
from frontdesk.services.travel import Travel, travel_of
from frontdesk.store.models import Appointment, Patient
from frontdesk.timeutil import today as local_today


@dataclass(frozen=True, slots=True)
class CaseAppointment:
    appointment_id: int
    external_id: str
    start: dt.datetime  # office zone
    minutes: int
    department: str | None
    location: str | None
    type: str | None
    status: str
    booking: BookingLine | None
    conflicts: list[Conflict]

    def as_json(self, tz: dt.tzinfo) -> dict:
        return {
            "appointment_id": self.external_id,
            "id": self.appointment_id,
            "start": self.start.isoformat(),
            "duration_min": self.minutes,
            "department": self.department,
            "location": self.location,
            "type": self.type,
            "status": self.status,
            "interpreter": self.booking.as_json(tz) if self.booking else None,
            "warnings": [c.kind.value for c in self.conflicts],
        }


@dataclass(frozen=True, slots=True)
class StayCase:
    visit_id: int  # the stay's case visit (see stays.case_visit)
    days: tuple[dt.date, ...]
    travel: Travel | None
    checklist: list[ItemLine]
    appointments: list[CaseAppointment]

    @property
    def open_items(self) -> list[CheckItem]:
        return [line.item for line in self.checklist if line.state.is_open]

    def as_json(self, tz: dt.tzinfo) -> dict:
        return {
            "visit_id": self.visit_id,
            "days": [d.isoformat() for d in self.days],
            "travel": self.travel.as_json(tz) if self.travel else None,
            "checklist": [line.as_json(tz) for line in self.checklist],
            "open_items": [i.value for i in self.open_items],
            "appointments": [a.as_json(tz) for a in self.appointments],
        }


@dataclass(frozen=True, slots=True)
class PatientCase:
    patient_id: int
    mrn: str
    family_name: str
    given_name: str
    native_name: str | None
    nationality: str | None
    language: str | None
    interpreter_needed: bool
    phone: str | None
    local_address: str | None
    stays: list[StayCase]

    def as_json(self, tz: dt.tzinfo) -> dict:
        return {
            "patient": {
                "mrn": self.mrn,
                "family_name": self.family_name,
                "given_name": self.given_name,
                "native_name": self.native_name,
                "nationality": self.nationality,
                "preferred_language": self.language,
                "interpreter_needed": self.interpreter_needed,
                "phone": self.phone,
                "local_address": self.local_address,
            },
            "stays": [s.as_json(tz) for s in self.stays],
        }


def patient_case(
    mrn: str, since: dt.date | None = None, *, tz: dt.tzinfo | None = None
) -> PatientCase:
    """The patient's stays that are not over by ``since`` (the office's today by default)."""
    tz = tz or office_zone()
    patient = Patient.get_or_none(Patient.mrn == (mrn or "").strip().upper())
    if patient is None:
        raise NotFound(f"no patient with MRN {mrn!r}")
    since = since or local_today(tz)
    stays = [s for s in patient_stays(patient.id) if s.last_day >= since]
    return PatientCase(
        patient_id=patient.id,
        mrn=patient.mrn,
        family_name=patient.family_name,
        given_name=patient.given_name,
        native_name=patient_native_name(patient),
        nationality=patient.nationality,
        language=patient.preferred_language,
        interpreter_needed=bool(patient.interpreter_needed),
        phone=patient.phone,
        local_address=patient.local_address,
        stays=[stay_case(s, tz) for s in stays],
    )


def stay_case(stay: Stay, tz: dt.tzinfo) -> StayCase:
    appointments = (
        Appointment.select()
        .where(Appointment.visit.in_(list(stay.visit_ids)))
        .order_by(Appointment.start, Appointment.id)
    )
    lines = []
    for a in appointments:
        booking = booking_of(a.id)
        lines.append(
            CaseAppointment(
                appointment_id=a.id,
                external_id=a.external_id,
                start=a.start.astimezone(tz),
                minutes=a.duration_min,
                department=a.department,
                location=a.location,
                type=a.type,
                status=a.status,
                booking=booking,
                conflicts=conflicts_of(a.id) if booking and booking.status.holds_time else [],
            )
        )
    carrier = case_visit(stay)
    return StayCase(
        visit_id=carrier,
        days=stay.days,
        travel=travel_of(carrier),
        checklist=checklist_of(carrier),
        appointments=lines,
    )


@dataclass(frozen=True, slots=True)
class CheckInWarnings:
    """What the desk is told at check-in; it never stops the check-in."""

    open_items: list[CheckItem]
    no_interpreter: int  # the day's appointments that need an interpreter and have none
    review: int  # the day's bookings flagged after a move

    def __bool__(self) -> bool:
        return bool(self.open_items or self.no_interpreter or self.review)


def checkin_warnings(patient_id: int, day: dt.date) -> CheckInWarnings:
    stay = stay_on(patient_id, day)
    if stay is None:
        return CheckInWarnings([], 0, 0)
    tz = office_zone()
    case = stay_case(stay, tz)
    needed = bool(Patient.get_by_id(patient_id).interpreter_needed)
    todays = [
        a
        for a in case.appointments
        if a.start.date() == day and a.status not in ("cancelled", "no_show")
    ]
    no_interpreter = sum(
        1
        for a in todays
        if needed and (a.booking is None or not a.booking.status.covers or a.booking.needs_review)
    )
    review = sum(1 for a in todays if a.booking and a.booking.needs_review)
    return CheckInWarnings(case.open_items, no_interpreter, review)
