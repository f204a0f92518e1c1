"""Opening a patient's record: allowed by role, and recorded as an access event.

    details = open_patient(actor, patient_id, day)   # PermissionDenied for a door account
    record_access(actor, patient_id)                 # "patient.view": who, which patient, when

Hospitals' access audits ask who looked at whose record, not only who changed it. The window
reads the record first (reading never waits for a writer) and records the access after, on a
worker; a record opened again by the same person at the same station within
:data:`SAME_VISIT` (the panel refreshed after a check-in, a change at another desk) is one
access. The event's object type is ``access``, so the desks' change feeds do not take it for a
change of the patient.
"""

from __future__ import annotations

import datetime as dt

from frontdesk.services.actors import Actor
from frontdesk.services.audit import record
from frontdesk.services.patient_view import patient_details
from frontdesk.services.roles import Permission, require
from frontdesk.store.models import AuditEvent, database_proxy, utc_now

SAME_VISIT = dt.timedelta(minutes=10)


def open_patient(actor: Actor | None, patient_id: int, day: dt.date, **kwargs):
    """The patient's details for ``day``, if the actor's role may open patients."""
    require(actor, Permission.PATIENTS)
    return patient_details(patient_id, day, **kwargs)


def record_access(actor: Actor | None, patient_id: int) -> bool:
    """Record that the actor opened the patient's record; False when it was already recorded
    within :data:`SAME_VISIT` (or nobody is signed in to record it under)."""
    if actor is None or actor.staff is None:
        return False
    since = utc_now() - SAME_VISIT
    # Asked first with a plain read: the panel read again (after a check-in, a change at
    # another desk) needs no write, and on SQLite a write transaction takes the write lock,
    # which an import may hold for a second or two.
    if _recorded_since(actor, patient_id, since):
        return False
    with database_proxy.atomic():
        # Asked again in the transaction: on SQLite under its write lock; on PostgreSQL two
        # stations' records at the same instant could both be written, a harmless duplicate.
        if _recorded_since(actor, patient_id, since):
            return False
        record(actor, "patient.view", "access", patient_id)
    return True


def _recorded_since(actor: Actor, patient_id: int, since) -> bool:
    assert actor.staff is not None
    return (
        AuditEvent.select(AuditEvent.id)
        .where(
            (AuditEvent.object_type == "access")
            & (AuditEvent.object_id == str(patient_id))
            & (AuditEvent.at >= since)
            & (AuditEvent.action == "patient.view")
            & (AuditEvent.staff == actor.staff.id)
            & (AuditEvent.station == actor.station.id)
        )
        .exists()
    )
