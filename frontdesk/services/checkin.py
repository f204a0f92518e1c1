"""Checking a patient in for a day, and undoing it.

    result = check_in(patient.id, dt.date(2026, 11, 28), actor)
    result.message(zone)     # "checked in at 09:12 by amal at Desk 2"
    check_in(patient.id, ...).already   # True: a second check-in changes nothing

Check-in is idempotent even when two stations do it at the same moment: the arrival is written
by one conditional UPDATE (``... WHERE arrived_at IS NULL``), so exactly one of them wins and the
other reports who did it. The day's scheduled appointments become "arrived" in the same
transaction, with the audit record.
"""

from __future__ import annotations

import datetime as dt

from frontdesk.domain import AppointmentStatus, CheckInResult, VisitStatus
from frontdesk.errors import ConflictError, NotFound
from frontdesk.services.actors import Actor
from frontdesk.services.appointments import visit_for
from frontdesk.services.audit import record
from frontdesk.store.models import (
    Appointment,
    Patient,
    Staff,
    Station,
    Visit,
    database_proxy,
    utc_now,
)


def check_in(patient_id: int, day: dt.date, actor: Actor) -> CheckInResult:
    with database_proxy.atomic():
        patient = Patient.get_or_none(Patient.id == patient_id)
        if patient is None:
            raise NotFound(f"no patient with id {patient_id}")
        visit = visit_for(patient, day)
        now = utc_now()
        won = (
            Visit.update(
                status=VisitStatus.ARRIVED.value,
                arrived_at=now,
                checked_in_by=actor.staff,
                checked_in_station=actor.station,
                updated_at=now,
            )
            .where((Visit.id == visit.id) & (Visit.arrived_at.is_null()))
            .execute()
        )
        if not won:
            return _already(visit.id)
        (
            Appointment.update(status=AppointmentStatus.ARRIVED.value, updated_at=now)
            .where(
                (Appointment.visit == visit.id)
                & (Appointment.status == AppointmentStatus.SCHEDULED.value)
            )
            .execute()
        )
        record(
            actor.staff,
            actor.station,
            "visit.check_in",
            "visit",
            visit.id,
            mrn=patient.mrn,
            date=day.isoformat(),
        )
    return CheckInResult(
        visit.id, VisitStatus.ARRIVED, now, actor.staff.username, actor.station.name, already=False
    )


def _already(visit_id: int) -> CheckInResult:
    visit = Visit.get_by_id(visit_id)
    staff = (
        Staff.get_or_none(Staff.id == visit.checked_in_by_id) if visit.checked_in_by_id else None
    )
    station = (
        Station.get_or_none(Station.id == visit.checked_in_station_id)
        if visit.checked_in_station_id
        else None
    )
    return CheckInResult(
        visit.id,
        VisitStatus(visit.status),
        visit.arrived_at,
        staff.username if staff else None,
        station.name if station else None,
        already=True,
    )


def undo_check_in(visit_id: int, actor: Actor) -> Visit:
    """Back to expected: the arrival is cleared and arrived appointments are scheduled again."""
    with database_proxy.atomic():
        visit = Visit.get_or_none(Visit.id == visit_id)
        if visit is None:
            raise NotFound(f"no visit with id {visit_id}")
        if visit.arrived_at is None:
            raise ConflictError("this visit is not checked in; there is nothing to undo")
        now = utc_now()
        previous = visit.arrived_at
        Visit.update(
            status=VisitStatus.EXPECTED.value,
            arrived_at=None,
            checked_in_by=None,
            checked_in_station=None,
            updated_at=now,
        ).where(Visit.id == visit_id).execute()
        (
            Appointment.update(status=AppointmentStatus.SCHEDULED.value, updated_at=now)
            .where(
                (Appointment.visit == visit_id)
                & (Appointment.status == AppointmentStatus.ARRIVED.value)
            )
            .execute()
        )
        record(
            actor.staff,
            actor.station,
            "visit.undo_check_in",
            "visit",
            visit_id,
            arrived_at=previous.isoformat(),
        )
    return Visit.get_by_id(visit_id)
