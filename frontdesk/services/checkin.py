"""Checking a patient in for a day, and undoing it.

    result = check_in(patient.id, dt.date(2026, 11, 28), actor)
    result.message(zone)     # "checked in at 09:12 by amal at Desk 2"
    check_in(patient.id, ...).already   # True: a second check-in changes nothing

Check-in is idempotent even when two stations do it at the same moment: the arrival is written
by one conditional UPDATE (``... WHERE arrived_at IS NULL``), so exactly one of them wins and the
other reports who did it. The day's scheduled appointments become "arrived" in the same
transaction, with the audit record. On PostgreSQL (READ COMMITTED) an undo at another station
may commit between that UPDATE and the read of who checked in: the visit is then not checked in
any more, and the UPDATE is tried again.
"""

from __future__ import annotations

import datetime as dt

from frontdesk.domain import AppointmentStatus, CheckInResult, VisitStatus
from frontdesk.errors import ConflictError, InputError, NotFound
from frontdesk.services.actors import Actor
from frontdesk.services.audit import record
from frontdesk.services.office import office_zone
from frontdesk.services.roles import Permission, require, sign_in_required
from frontdesk.store import visits
from frontdesk.store.models import Appointment, Visit, database_proxy, utc_now
from frontdesk.timeutil import today

_RETRIES = 5  # an undo racing each attempt five times in a row is a person, not a race


def check_in(
    patient_id: int, day: dt.date, actor: Actor, *, reason: str | None = None
) -> CheckInResult:
    """Check in for ``day``. Another day than the office's today is a supervisor's correction,
    with a reason, once the office signs staff in (services.roles)."""
    if actor.staff is None:
        raise ConflictError("a check-in needs a signed-in staff member")
    require(actor, Permission.PATIENTS)
    if day != today(office_zone()):
        require(actor, Permission.CHECK_IN_OTHER_DAY)
        if sign_in_required() and not (reason or "").strip():
            raise InputError(
                f"a check-in for {day:%Y-%m-%d} (not today) needs a reason", where="--reason"
            )
    with database_proxy.atomic():
        mrn = visits.patient_mrn(patient_id)
        if mrn is None:
            raise NotFound(f"no patient with id {patient_id}")
        visit = visits.visit_id(patient_id, day)
        for _attempt in range(_RETRIES):
            now = utc_now()
            if visits.mark_arrived(visit, now, actor.staff.id, actor.station.id):
                break
            status, arrived_at, username, station = visits.arrival(visit)
            if arrived_at is not None:
                return CheckInResult(
                    visit, VisitStatus(status), arrived_at, username, station, already=True
                )
            # PostgreSQL: another station's undo committed since our UPDATE looked: try again.
        else:
            raise ConflictError("this check-in keeps changing at another station; try again")
        visits.scheduled_to_arrived(visit, now)
        record(
            actor,
            "visit.check_in",
            "visit",
            visit,
            mrn=mrn,
            date=day.isoformat(),
            **({"reason": reason.strip()[:200]} if reason and reason.strip() else {}),
        )
    return CheckInResult(
        visit, VisitStatus.ARRIVED, now, actor.staff.username, actor.station.name, already=False
    )


def undo_check_in(visit_id: int, actor: Actor) -> Visit:
    """Back to expected: the arrival is cleared and arrived appointments are scheduled again."""
    with database_proxy.atomic():
        visit = Visit.get_or_none(Visit.id == visit_id)
        if visit is None:
            raise NotFound(f"no visit with id {visit_id}")
        if visit.arrived_at is None:
            raise ConflictError("this visit is not checked in; there is nothing to undo")
        if visit.checked_in_station_id != actor.station.id:
            require(actor, Permission.UNDO_OTHER_DESK)
        else:
            require(actor, Permission.PATIENTS)
        now = utc_now()
        previous = visit.arrived_at
        undone = (
            Visit.update(
                status=VisitStatus.EXPECTED.value,
                arrived_at=None,
                checked_in_by=None,
                checked_in_station=None,
                updated_at=now,
            )
            .where((Visit.id == visit_id) & (Visit.arrived_at == previous))
            .execute()
        )
        if not undone:
            raise ConflictError("this check-in was just changed at another station; look again")
        (
            Appointment.update(status=AppointmentStatus.SCHEDULED.value, updated_at=now)
            .where(
                (Appointment.visit == visit_id)
                & (Appointment.status == AppointmentStatus.ARRIVED.value)
            )
            .execute()
        )
        record(
            actor,
            "visit.undo_check_in",
            "visit",
            visit_id,
            arrived_at=previous.isoformat(),
        )
    return Visit.get_by_id(visit_id)
