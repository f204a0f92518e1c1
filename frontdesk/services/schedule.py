"""The day's schedule: every appointment of a local date with its patient and visit.

    entries = day_schedule(dt.date(2026, 11, 28))
    entries[0].start, entries[0].patient.family_name, entries[0].status

One query (appointments joined with patients and visits, by the indexed start instant); times
are returned in the office's zone.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from frontdesk.domain import (
    AppointmentStatus,
    InterpreterCover,
    PatientSummary,
    ScheduleEntry,
    VisitStatus,
)
from frontdesk.names import native_full_name
from frontdesk.services.office import office_zone
from frontdesk.store import changes, schedule_rows
from frontdesk.store.models import Companion
from frontdesk.timeutil import local_day_bounds


def day_schedule(day: dt.date, *, tz: dt.tzinfo | None = None) -> list[ScheduleEntry]:
    return _entries(day, tz or office_zone())


def entries_for_patient(patient_id: int, day: dt.date, *, tz: dt.tzinfo | None = None):
    return _entries(day, tz or office_zone(), patient_id=patient_id)


def entries_for_patient_between(
    patient_id: int, first: dt.date, last: dt.date, *, tz: dt.tzinfo | None = None
) -> list[ScheduleEntry]:
    """The patient's appointments from local day ``first`` to ``last`` inclusive, in one
    query, in start order (a stay of several days)."""
    tz = tz or office_zone()
    start, _ = local_day_bounds(first, tz)
    _, end = local_day_bounds(last, tz)
    rows = schedule_rows.appointment_rows(start, end, patient_id=patient_id)
    return [_entry(row, tz) for row in rows]


def _entries(day: dt.date, tz: dt.tzinfo, **only) -> list[ScheduleEntry]:
    start, end = local_day_bounds(day, tz)
    return [_entry(row, tz) for row in schedule_rows.appointment_rows(start, end, **only)]


def _entry(row: tuple, tz: dt.tzinfo) -> ScheduleEntry:
    (
        appt_id,
        source,
        external_id,
        start,
        duration,
        department,
        clinician,
        location,
        type_,
        status,
        visit_id,
        visit_status,
        arrived_at,
        patient_id,
        mrn,
        family,
        given,
        native_family,
        native_given,
        dob,
        nationality,
        language,
        interpreter,
        booking_status,
        booking_review,
        booking_mode,
        interpreter_name,
    ) = row
    start = start.astimezone(tz)
    return ScheduleEntry(
        appointment_id=appt_id,
        source_system=source,
        external_id=external_id,
        start=start,
        end=start + dt.timedelta(minutes=duration),
        department=department,
        clinician=clinician,
        location=location,
        type=type_,
        status=AppointmentStatus(status),
        visit_id=visit_id,
        visit_status=VisitStatus(visit_status) if visit_status else None,
        arrived_at=arrived_at,
        patient=PatientSummary(
            id=patient_id,
            mrn=mrn,
            family_name=family,
            given_name=given,
            native_name=native_full_name(
                native_family, native_given, language=language, nationality=nationality
            ),
            date_of_birth=dob,
            nationality=nationality,
            preferred_language=language,
            interpreter_needed=interpreter,
        ),
        interpreter=InterpreterCover(booking_status, booking_review, booking_mode, interpreter_name)
        if booking_status
        else None,
    )


@dataclass(frozen=True, slots=True)
class ScheduleChanges:
    """What changed on a day since a point in the audit log."""

    cursor: int  # pass back next time
    entries: list[ScheduleEntry]  # appointments of the day that changed or appeared
    gone: set[int]  # appointment ids that changed and are no longer on the day
    reload: bool  # too much changed (an import): read the whole day again
    patients: set[int]  # patients whose details changed (the open panel may need a refresh)
    settings_changed: bool = False  # an office setting (the time zone) changed


# A restore replaced everything: its event comes with an id above all earlier ones.
_BULK_ACTIONS = ("import.", "demo.", "database.restore")


def schedule_changes(day: dt.date, cursor: int, seen: set[int], *, tz: dt.tzinfo | None = None):
    """Changes to ``day`` after audit event ``cursor``; ``seen`` holds the ids already applied
    (it is updated). Cheap when nothing changed: one indexed read of the audit log."""
    tz = tz or office_zone()
    events = [e for e in changes.events_after(cursor) if e[0] not in seen]
    if not events:
        return ScheduleChanges(cursor, [], set(), False, set())
    seen.update(e[0] for e in events)
    new_cursor = max(cursor, max(e[0] for e in events))
    seen.difference_update([i for i in seen if i <= new_cursor - changes.OVERLAP])
    settings_changed = any(e[1] == "setting" for e in events)
    if any(action.startswith(_BULK_ACTIONS) for *_, action in events) or len(events) > 500:
        return ScheduleChanges(new_cursor, [], set(), True, set(), settings_changed)
    ids: dict[str, set[int]] = {"appointment": set(), "visit": set(), "patient": set()}
    for _, object_type, object_id, _ in events:
        if object_type in ids and object_id and object_id.isdigit():
            ids[object_type].add(int(object_id))
    companions = {int(e[2]) for e in events if e[1] == "companion" and e[2] and e[2].isdigit()}
    appointment_ids = set(ids["appointment"])
    appointment_ids.update(changes.appointment_ids_of_visits(sorted(ids["visit"])))
    appointment_ids.update(changes.appointment_ids_of_patients(sorted(ids["patient"])))
    entries = _entries(day, tz, appointment_ids=sorted(appointment_ids)) if appointment_ids else []
    patients = set(ids["patient"]) | {e.patient.id for e in entries}
    if companions:
        patients |= {
            c.patient_id
            for c in Companion.select(Companion.patient).where(Companion.id.in_(sorted(companions)))
        }
    gone = appointment_ids - {e.appointment_id for e in entries}
    return ScheduleChanges(new_cursor, entries, gone, settings_changed, patients, settings_changed)


def change_position() -> tuple[int, set[int]]:
    """The cursor and the events up to it that are already visible (to pass as ``seen``)."""
    cursor = changes.latest_event_id()
    return cursor, changes.recent_event_ids(cursor)


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
