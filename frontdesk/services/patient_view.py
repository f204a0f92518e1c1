"""What the patient panel shows: one patient, their day, their companions.

details = patient_details(patient_id, dt.date(2026, 11, 30))
details.patient.passport_no, [a.start for a in details.appointments], details.visit_status
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from frontdesk.domain import AppointmentStatus, ScheduleEntry, VisitStatus
from frontdesk.errors import NotFound
from frontdesk.names import patient_native_name
from frontdesk.services.actors import Actor
from frontdesk.services.appointments import mark_no_show
from frontdesk.services.badge_list import BadgeLine, visit_badges
from frontdesk.services.case_view import CheckInWarnings, checkin_warnings
from frontdesk.services.office import office_zone
from frontdesk.services.schedule import entries_for_patient
from frontdesk.store.models import Companion, Patient, Staff, Station, Visit, database_proxy
from frontdesk.timeutil import today as local_today


@dataclass(frozen=True, slots=True)
class CompanionLine:
    id: int
    name: str
    native_name: str | None
    relationship: str | None
    phone: str | None


@dataclass(frozen=True, slots=True)
class PatientDetails:
    id: int
    mrn: str
    family_name: str
    given_name: str
    native_name: str | None
    date_of_birth: dt.date | None  # None: unknown, asked at check-in
    sex: str
    nationality: str | None
    passport_no: str | None
    preferred_language: str | None
    interpreter_needed: bool
    phone: str | None
    email: str | None
    local_address: str | None
    day: dt.date
    visit_id: int | None
    visit_status: VisitStatus | None
    arrived_at: dt.datetime | None  # aware, office zone
    checked_in_by: str | None
    checked_in_station: str | None
    appointments: list[ScheduleEntry]
    companions: list[CompanionLine]

    is_today: bool  # the office's today: only then can the patient be checked in
    badges: list[BadgeLine] = field(default_factory=list)  # this visit's, oldest first
    # Issue 19: "missing", "pending" or "expired" when the stay needs financial clearance
    # (a warning at check-in, never a refusal); None when cleared, not needed or no visit.
    clearance_warning: str | None = None
    # What is still open before arrival (the stay's checklist, interpreters): shown at
    # check-in as warnings, never a reason to refuse it.
    case_warnings: CheckInWarnings | None = None
    # Issue 11: what a hospital feed left for the desk to settle (a birth date or sex given
    # otherwise, a passport name derived from the native one), in words; resolved with
    # ``frontdesk identity``.
    identity_warnings: tuple[str, ...] = ()

    @property
    def arrived(self) -> bool:
        return self.arrived_at is not None

    @property
    def scheduled_appointment_ids(self) -> list[int]:
        return [
            a.appointment_id for a in self.appointments if a.status == AppointmentStatus.SCHEDULED
        ]


def companion_lines(patient_id: int) -> list[CompanionLine]:
    """The patient's companions, in the order they were added."""
    return [
        CompanionLine(
            c.id,
            f"{c.family_name}, {c.given_name}",
            patient_native_name(c),
            c.relationship,
            c.phone,
        )
        for c in Companion.select().where(Companion.patient == patient_id).order_by(Companion.id)
    ]


def patient_details(
    patient_id: int, day: dt.date, *, tz: dt.tzinfo | None = None, today: dt.date | None = None
):
    tz = tz or office_zone()
    today = today or local_today(tz)
    patient = Patient.get_or_none(Patient.id == patient_id)
    if patient is None:
        raise NotFound(f"no patient with id {patient_id}")
    visit = Visit.get_or_none((Visit.patient == patient_id) & (Visit.local_date == day))
    staff = station = None
    if visit is not None and visit.checked_in_by_id:
        staff = Staff.get_or_none(Staff.id == visit.checked_in_by_id)
    if visit is not None and visit.checked_in_station_id:
        station = Station.get_or_none(Station.id == visit.checked_in_station_id)
    companions = companion_lines(patient_id)
    return PatientDetails(
        id=patient.id,
        mrn=patient.mrn,
        family_name=patient.family_name,
        given_name=patient.given_name,
        native_name=patient_native_name(patient),
        date_of_birth=patient.date_of_birth,
        sex=patient.sex,
        nationality=patient.nationality,
        passport_no=patient.passport_no,
        preferred_language=patient.preferred_language,
        interpreter_needed=bool(patient.interpreter_needed),
        phone=patient.phone,
        email=patient.email,
        local_address=patient.local_address,
        day=day,
        is_today=day == today,
        visit_id=visit.id if visit else None,
        visit_status=VisitStatus(visit.status) if visit else None,
        arrived_at=visit.arrived_at.astimezone(tz) if visit and visit.arrived_at else None,
        checked_in_by=staff.display_name if staff else None,
        checked_in_station=station.name if station else None,
        appointments=entries_for_patient(patient_id, day, tz=tz),
        companions=companions,
        badges=visit_badges(visit.id) if visit else [],
        clearance_warning=_clearance_warning(patient_id, day) if visit else None,
        case_warnings=checkin_warnings(patient_id, day) if visit else None,
        identity_warnings=identity_warnings(patient_id),
    )


def identity_warnings(patient_id: int) -> tuple[str, ...]:
    """The identity questions a feed left open for this patient, each a line for the desk."""
    from frontdesk.services.identity import identity_flags

    flags = identity_flags(patient_id)
    lines = [
        f"{'Date of birth' if c.field == 'date_of_birth' else 'Sex'}: {c.stored or 'none'} on "
        f"file, {c.source} says {c.incoming}. The same person? (conflict {c.id})"
        for c in flags.conflicts
    ]
    if flags.name_to_confirm:
        lines.append("Passport name derived from the native name: confirm its spelling")
    return tuple(lines)


def _clearance_warning(patient_id: int, day: dt.date) -> str | None:
    from frontdesk.services.clearance import clearance_warning

    warning = clearance_warning(patient_id, day)
    return warning.value if warning else None


def mark_day_no_show(details: PatientDetails, actor: Actor) -> int:
    """Every appointment of the day still scheduled becomes a no-show (one transaction)."""
    ids = details.scheduled_appointment_ids
    with database_proxy.atomic():
        for appointment_id in ids:
            mark_no_show(appointment_id, actor)
    return len(ids)
