"""The day's schedule: every appointment of a local date with its patient and visit.

    entries = day_schedule(dt.date(2026, 11, 28))
    entries[0].start, entries[0].patient.family_name, entries[0].status

One query (appointments joined with patients and visits, by the indexed start instant); times
are returned in the office's zone.
"""

from __future__ import annotations

import datetime as dt

from peewee import JOIN

from frontdesk.domain import AppointmentStatus, ScheduleEntry, VisitStatus
from frontdesk.services.office import office_zone
from frontdesk.services.patients import summary
from frontdesk.store.models import Appointment, Patient, Visit
from frontdesk.timeutil import local_day_bounds


def day_schedule(day: dt.date, *, tz: dt.tzinfo | None = None) -> list[ScheduleEntry]:
    tz = tz or office_zone()
    start, end = local_day_bounds(day, tz)
    query = (
        Appointment.select(Appointment, Patient, Visit)
        .join(Patient, on=(Appointment.patient == Patient.id))
        .switch(Appointment)
        .join(Visit, on=(Appointment.visit == Visit.id), join_type=JOIN.LEFT_OUTER)
        .where((Appointment.start >= start) & (Appointment.start < end))
        .order_by(Appointment.start, Patient.family_name, Patient.given_name, Appointment.id)
    )
    return [_entry(appt, tz) for appt in query]


def _entry(appt: Appointment, tz: dt.tzinfo) -> ScheduleEntry:
    start = appt.start.astimezone(tz)
    visit = appt.visit if appt.visit_id else None
    return ScheduleEntry(
        appointment_id=appt.id,
        source_system=appt.source_system,
        external_id=appt.external_id,
        start=start,
        end=start + dt.timedelta(minutes=appt.duration_min),
        department=appt.department,
        clinician=appt.clinician,
        location=appt.location,
        type=appt.type,
        status=AppointmentStatus(appt.status),
        visit_id=appt.visit_id,
        visit_status=VisitStatus(visit.status) if visit else None,
        arrived_at=visit.arrived_at if visit else None,
        patient=summary(appt.patient),
    )


def entry_as_json(entry: ScheduleEntry) -> dict:
    """The ``schedule --json`` shape."""
    p = entry.patient
    return {
        "appointment_id": entry.external_id,
        "source_system": entry.source_system,
        "start": entry.start.isoformat(),
        "end": entry.end.isoformat(),
        "department": entry.department,
        "clinician": entry.clinician,
        "location": entry.location,
        "type": entry.type,
        "status": entry.status.value,
        "visit_id": entry.visit_id,
        "patient": {
            "mrn": p.mrn,
            "family_name": p.family_name,
            "given_name": p.given_name,
            "native_name": p.native_name,
            "preferred_language": p.preferred_language,
            "interpreter_needed": p.interpreter_needed,
        },
    }
