"""The day's schedule: every appointment of a local date with its patient and visit.

    entries = day_schedule(dt.date(2026, 11, 28))
    entries[0].start, entries[0].patient.family_name, entries[0].status

One query (appointments joined with patients and visits, by the indexed start instant); times
are returned in the office's zone.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import JOIN

from frontdesk.domain import AppointmentStatus, ScheduleEntry, VisitStatus
from frontdesk.services.office import office_zone
from frontdesk.services.patients import summary
from frontdesk.store import changes
from frontdesk.store.models import Appointment, Companion, Patient, Visit
from frontdesk.timeutil import local_day_bounds


def day_schedule(day: dt.date, *, tz: dt.tzinfo | None = None) -> list[ScheduleEntry]:
    return _entries(day, tz or office_zone())


def entries_for_patient(patient_id: int, day: dt.date, *, tz: dt.tzinfo | None = None):
    return _entries(day, tz or office_zone(), Appointment.patient == patient_id)


def _entries(day: dt.date, tz: dt.tzinfo, *conditions) -> list[ScheduleEntry]:
    start, end = local_day_bounds(day, tz)
    query = (
        Appointment.select(Appointment, Patient, Visit)
        .join(Patient, on=(Appointment.patient == Patient.id))
        .switch(Appointment)
        .join(Visit, on=(Appointment.visit == Visit.id), join_type=JOIN.LEFT_OUTER)
        .where((Appointment.start >= start) & (Appointment.start < end), *conditions)
        .order_by(Appointment.start, Patient.family_name, Patient.given_name, Appointment.id)
    )
    return [_entry(appt, tz) for appt in query]


@dataclass(frozen=True, slots=True)
class ScheduleChanges:
    """What changed on a day since a point in the audit log."""

    cursor: int  # pass back next time
    entries: list[ScheduleEntry]  # appointments of the day that changed or appeared
    gone: set[int]  # appointment ids that changed and are no longer on the day
    reload: bool  # too much changed (an import): read the whole day again
    patients: set[int]  # patients whose details changed (the open panel may need a refresh)


_BULK_ACTIONS = ("import.", "demo.")


def schedule_changes(day: dt.date, cursor: int, seen: set[int], *, tz: dt.tzinfo | None = None):
    """Changes to ``day`` after audit event ``cursor``; ``seen`` holds the ids already applied
    (it is updated). Cheap when nothing changed: one indexed read of the audit log."""
    tz = tz or office_zone()
    events = [e for e in changes.events_after(cursor) if e[0] not in seen]
    if not events:
        return ScheduleChanges(cursor, [], set(), False, set())
    seen.update(e[0] for e in events)
    new_cursor = max(cursor, max(e[0] for e in events))
    if any(action.startswith(_BULK_ACTIONS) for *_, action in events) or len(events) > 500:
        return ScheduleChanges(new_cursor, [], set(), True, set())
    ids = {"appointment": set(), "visit": set(), "patient": set()}
    for _, object_type, object_id, _ in events:
        if object_type in ids and object_id and object_id.isdigit():
            ids[object_type].add(int(object_id))
    companions = {int(e[2]) for e in events if e[1] == "companion" and e[2] and e[2].isdigit()}
    appointment_ids = set(ids["appointment"])
    appointment_ids.update(changes.appointment_ids_of_visits(sorted(ids["visit"])))
    appointment_ids.update(changes.appointment_ids_of_patients(sorted(ids["patient"])))
    entries = (
        _entries(day, tz, Appointment.id.in_(sorted(appointment_ids))) if appointment_ids else []
    )
    patients = set(ids["patient"]) | {e.patient.id for e in entries}
    if companions:
        patients |= {
            c.patient_id
            for c in Companion.select(Companion.patient).where(Companion.id.in_(sorted(companions)))
        }
    gone = appointment_ids - {e.appointment_id for e in entries}
    return ScheduleChanges(new_cursor, entries, gone, False, patients)


def change_cursor() -> int:
    """Where the change feed stands now: read the day, then follow changes after this."""
    return changes.latest_event_id()


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
