"""Interpreter bookings follow their appointments: a moved or cancelled appointment flags its
booking for the coordinator's review. The schedule import calls this hook.

    follow_appointment_changes(
        [AppointmentChange(appointment_id, before={"start": old, ...}, after={"start": new, ...})],
        actor,
    )

A change of start, length or place (HL7 S13 / S14, a FHIR Appointment with a new start, a CSV
row with another room) flags an active booking "moved"; a cancellation flags it "cancelled"
(the interpreter must be told). Nothing is rebooked by itself: the coordinator keeps the
booking (:func:`~frontdesk.services.interpreter_bookings.keep_after_move`), books someone else,
or releases it. Runs inside the caller's transaction, with one audit record per flagged
booking; the stay's "interpreter booked" item opens again.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from frontdesk.services.actors import Actor
from frontdesk.services.audit import record
from frontdesk.services.case_terms import ReviewReason
from frontdesk.services.checklist import refresh_interpreter_item
from frontdesk.store.case_models import InterpreterBooking
from frontdesk.store.models import Appointment, utc_now

_MOVES = ("start", "duration_min", "location")
_ACTIVE = ("requested", "booked", "confirmed")
_CHUNK = 400


@dataclass(frozen=True, slots=True)
class AppointmentChange:
    appointment_id: int
    before: Mapping  # the appointment's fields before ("start", "duration_min", "location",
    after: Mapping  # "status"), and after; a field missing from either is taken as unchanged


def review_reason(change: AppointmentChange) -> ReviewReason | None:
    """Why the change needs a look at the booking, if it does."""
    if change.after.get("status") == "cancelled" and change.before.get("status") != "cancelled":
        return ReviewReason.CANCELLED
    moved = any(
        name in change.before and name in change.after and change.before[name] != change.after[name]
        for name in _MOVES
    )
    return ReviewReason.MOVED if moved else None


def follow_appointment_changes(changes: Iterable[AppointmentChange], actor: Actor) -> int:
    """Flag the active bookings of moved or cancelled appointments; returns how many."""
    reasons = {}
    for change in changes:
        reason = review_reason(change)
        if reason is not None:
            reasons[change.appointment_id] = reason
    if not reasons:
        return 0
    ids = sorted(reasons)
    flagged = 0
    visits: set[int] = set()
    for i in range(0, len(ids), _CHUNK):
        chunk = ids[i : i + _CHUNK]
        query = InterpreterBooking.select(
            InterpreterBooking.id, InterpreterBooking.appointment, InterpreterBooking.status
        ).where(InterpreterBooking.appointment.in_(chunk) & InterpreterBooking.status.in_(_ACTIVE))
        for booking in query:
            reason = reasons[booking.appointment_id]
            InterpreterBooking.update(
                needs_review=True, review_reason=reason.value, updated_at=utc_now()
            ).where(InterpreterBooking.id == booking.id).execute()
            record(
                actor,
                "interpreter_booking.flag",
                "appointment",
                booking.appointment_id,
                reason=reason.value,
                status=booking.status,
            )
            flagged += 1
            visits.add(booking.appointment_id)
    if visits:
        visit_ids = {
            a.visit_id
            for a in Appointment.select(Appointment.visit).where(Appointment.id.in_(sorted(visits)))
            if a.visit_id
        }
        refresh_interpreter_item(visit_ids, actor)
    return flagged
