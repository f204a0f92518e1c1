"""Booking an interpreter for an appointment: suggestions, conflicts, statuses, reviews.

    suggest_interpreters(appointment_id)          # who speaks the language, free ones first
    result = book_interpreter(appointment_id, actor, interpreter_id=7)
    result.conflicts                               # [Conflict(DOUBLE_BOOKED, ...)]: warnings
    book_interpreter(appointment_id, actor, mode=InterpreterMode.PHONE,
                     remote_service="LanguageLine")   # the phone / video fallback
    set_booking_status(appointment_id, BookingStatus.CONFIRMED, actor)
    keep_after_move(appointment_id, actor)         # the coordinator checked a moved booking

An appointment has at most one booking. A double booking or tight travel between buildings is
a warning the coordinator sees (they may know the two appointments are the same family's, in
one room); an interpreter who does not speak the patient's language, or who has left the
roster, is refused. Every change is one transaction with its audit record, and drives the
stay's "interpreter booked" checklist item.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import IntegrityError

from frontdesk.errors import ConflictError, InputError, NotFound
from frontdesk.language_tags import best_match
from frontdesk.services.actors import Actor
from frontdesk.services.audit import record
from frontdesk.services.case_terms import (
    BookingStatus,
    Conflict,
    InterpreterMode,
    ReviewReason,
    parse_code,
)
from frontdesk.services.checklist import refresh_interpreter_item
from frontdesk.services.interpreter_conflicts import (
    DEFAULT_TRAVEL_MINUTES,
    Slot,
    availability_conflicts,
    building_of,
    conflicts,
)
from frontdesk.services.interpreter_roster import (
    InterpreterLine,
    interpreter_line,
    list_interpreters,
)
from frontdesk.services.office import get_setting, office_zone
from frontdesk.services.patient_input import clean_text
from frontdesk.store import case_rows
from frontdesk.store.case_models import Interpreter, InterpreterBooking
from frontdesk.store.models import Appointment, Patient, database_proxy, utc_now
from frontdesk.timeutil import local_day_bounds

TRAVEL_MINUTES = "interpreters.travel_minutes"
_CLOSED_APPOINTMENT = ("cancelled", "no_show")


def travel_minutes() -> int:
    """The office's walking time between two buildings, for tight-travel warnings."""
    text = get_setting(TRAVEL_MINUTES)
    return int(text) if text and text.isdigit() else DEFAULT_TRAVEL_MINUTES


@dataclass(frozen=True, slots=True)
class BookingLine:
    appointment_id: int
    interpreter_id: int | None
    interpreter_name: str | None
    mode: InterpreterMode
    language: str | None
    status: BookingStatus
    remote_service: str | None
    note: str | None
    needs_review: bool
    review_reason: ReviewReason | None
    booked_start: dt.datetime | None  # the appointment's start when booked (UTC)
    booked_location: str | None

    def as_json(self, tz: dt.tzinfo) -> dict:
        return {
            "interpreter": self.interpreter_name,
            "interpreter_id": self.interpreter_id,
            "mode": self.mode.value,
            "language": self.language,
            "status": self.status.value,
            "remote_service": self.remote_service,
            "note": self.note,
            "needs_review": self.needs_review,
            "review_reason": self.review_reason.value if self.review_reason else None,
            "booked_start": self.booked_start.astimezone(tz).isoformat()
            if self.booked_start
            else None,
            "booked_location": self.booked_location,
        }


@dataclass(frozen=True, slots=True)
class BookingResult:
    booking: BookingLine
    conflicts: list[Conflict]
    change: str  # "created", "updated", "unchanged"


@dataclass(frozen=True, slots=True)
class Suggestion:
    interpreter: InterpreterLine
    match: str  # "exact" or "language" (see frontdesk.language_tags)
    conflicts: list[Conflict]
    bookings_that_day: int

    @property
    def free(self) -> bool:
        return not self.conflicts


def booking_of(appointment_id: int) -> BookingLine | None:
    row = InterpreterBooking.get_or_none(InterpreterBooking.appointment == appointment_id)
    return _line(row) if row else None


def _line(row: InterpreterBooking) -> BookingLine:
    name = None
    if row.interpreter_id is not None:
        found = Interpreter.select(Interpreter.name).where(Interpreter.id == row.interpreter_id)
        name = found.scalar()
    return BookingLine(
        appointment_id=row.appointment_id,
        interpreter_id=row.interpreter_id,
        interpreter_name=name,
        mode=InterpreterMode(row.mode),
        language=row.language,
        status=BookingStatus(row.status),
        remote_service=row.remote_service,
        note=row.note,
        needs_review=bool(row.needs_review),
        review_reason=ReviewReason(row.review_reason) if row.review_reason else None,
        booked_start=row.booked_start,
        booked_location=row.booked_location,
    )


def _appointment(appointment_id: int) -> tuple[Appointment, Patient]:
    appt = Appointment.get_or_none(Appointment.id == appointment_id)
    if appt is None:
        raise NotFound(f"no appointment with id {appointment_id}")
    return appt, Patient.get_by_id(appt.patient_id)


def _slot(appt: Appointment, mode: InterpreterMode = InterpreterMode.IN_PERSON) -> Slot:
    building = building_of(appt.location) if mode == InterpreterMode.IN_PERSON else None
    return Slot(appt.id, appt.start, appt.start + dt.timedelta(minutes=appt.duration_min), building)


def _day_slots(interpreter_ids: list[int], appt: Appointment, tz) -> dict[int, list[Slot]]:
    start, end = local_day_bounds(appt.start.astimezone(tz).date(), tz)
    by_interpreter: dict[int, list[Slot]] = {i: [] for i in interpreter_ids}
    for interpreter_id, appointment_id, begins, minutes, location, mode in case_rows.busy_slots(
        interpreter_ids, start, end
    ):
        if appointment_id == appt.id:
            continue
        building = building_of(location) if mode == InterpreterMode.IN_PERSON.value else None
        by_interpreter[interpreter_id].append(
            Slot(appointment_id, begins, begins + dt.timedelta(minutes=minutes), building)
        )
    return by_interpreter


def _conflicts_for(line: InterpreterLine, slot: Slot, others: list[Slot], tz) -> list[Conflict]:
    return availability_conflicts(
        slot.start, slot.end, tz, hours=line.hours, absences=line.absences, active=line.active
    ) + conflicts(slot, others, travel_minutes=travel_minutes())


def suggest_interpreters(appointment_id: int) -> list[Suggestion]:
    """Active interpreters who speak the patient's language: free ones first, exact language
    matches before variants, staff before agencies, the least busy that day first."""
    appt, patient = _appointment(appointment_id)
    tz = office_zone()
    if not patient.preferred_language:
        return []
    candidates = list_interpreters(language=patient.preferred_language)
    slots = _day_slots([c.id for c in candidates], appt, tz)
    slot = _slot(appt)
    found = []
    for line in candidates:
        match = best_match(patient.preferred_language, list(line.languages))
        if match is None:
            continue
        found.append(
            Suggestion(
                line, match, _conflicts_for(line, slot, slots[line.id], tz), len(slots[line.id])
            )
        )
    return sorted(
        found,
        key=lambda s: (
            not s.free,
            s.match != "exact",
            s.interpreter.kind.value != "staff",
            s.bookings_that_day,
            s.interpreter.name.casefold(),
        ),
    )


def conflicts_of(appointment_id: int) -> list[Conflict]:
    """The warnings that stand for the appointment's current booking."""
    row = InterpreterBooking.get_or_none(InterpreterBooking.appointment == appointment_id)
    if row is None or row.interpreter_id is None:
        return []
    appt, _patient = _appointment(appointment_id)
    tz = office_zone()
    line = interpreter_line(row.interpreter_id)
    mode = InterpreterMode(row.mode)
    return _conflicts_for(line, _slot(appt, mode), _day_slots([line.id], appt, tz)[line.id], tz)


def book_interpreter(
    appointment_id: int,
    actor: Actor,
    *,
    interpreter_id: int | None = None,
    mode: InterpreterMode | str = InterpreterMode.IN_PERSON,
    remote_service: str | None = None,
    status: BookingStatus | str | None = None,
    note: str | None = None,
) -> BookingResult:
    """Book (or re-book) the appointment's interpreter. Without an interpreter or a remote
    service the booking is "requested"; with one it is "booked" unless told otherwise."""
    mode = _mode(mode)
    remote_service = clean_text(remote_service, "remote_service", required=False)
    note = clean_text(note, "note", required=False, limit=500)
    if mode == InterpreterMode.IN_PERSON and remote_service:
        raise InputError(
            "a remote service is for phone or video interpreting", where="remote_service"
        )
    with database_proxy.atomic():
        appt, patient = _appointment(appointment_id)
        if appt.status in _CLOSED_APPOINTMENT:
            raise ConflictError(
                f"appointment {appt.external_id} is {appt.status.replace('_', '-')}: "
                "it needs no interpreter"
            )
        line = interpreter_line(interpreter_id) if interpreter_id is not None else None
        if line is not None:
            _check_interpreter(line, patient)
        assigned = (
            line is not None or remote_service is not None or mode != InterpreterMode.IN_PERSON
        )
        wanted = (
            _status(status)
            if status
            else (BookingStatus.BOOKED if assigned else BookingStatus.REQUESTED)
        )
        if wanted in (BookingStatus.CONFIRMED, BookingStatus.DONE) and not assigned:
            raise InputError(f"a booking is {wanted.value} only with an interpreter or a service")
        values = {
            "interpreter": line.id if line else None,
            "mode": mode.value,
            "language": patient.preferred_language,
            "status": wanted.value,
            "remote_service": remote_service,
            "note": note,
            "needs_review": False,
            "review_reason": None,
            "booked_start": appt.start,
            "booked_minutes": appt.duration_min,
            "booked_location": appt.location,
            "updated_by": actor.staff.id if actor.staff else None,
            "updated_station": actor.station.id if actor.station else None,
            "updated_at": utc_now(),
        }
        current = InterpreterBooking.get_or_none(InterpreterBooking.appointment == appointment_id)
        change = _upsert(current, appointment_id, values)
        if change != "unchanged":
            record(
                actor,
                "interpreter_booking.book",
                "appointment",
                appointment_id,
                interpreter=values["interpreter"],
                previous_interpreter=current.interpreter_id if current else None,
                mode=mode.value,
                status=wanted.value,
            )
            refresh_interpreter_item([appt.visit_id] if appt.visit_id else [], actor)
        booking = booking_of(appointment_id)
        assert booking is not None
        found = conflicts_of(appointment_id) if line is not None else []
    return BookingResult(booking, found, change)


def _upsert(current: InterpreterBooking | None, appointment_id: int, values: dict) -> str:
    if current is not None:
        compared = ("interpreter", "mode", "status", "remote_service", "note", "needs_review")
        same = all(
            getattr(current, f + "_id" if f == "interpreter" else f) == values[f] for f in compared
        )
        if same and current.booked_start == values["booked_start"]:
            return "unchanged"
        InterpreterBooking.update(**values).where(InterpreterBooking.id == current.id).execute()
        return "updated"
    try:
        with database_proxy.atomic():
            InterpreterBooking.create(appointment=appointment_id, **values)
    except IntegrityError:
        raise ConflictError(
            "this appointment's interpreter was just booked at another station; look again"
        ) from None
    return "created"


def _check_interpreter(line: InterpreterLine, patient: Patient) -> None:
    if not line.active:
        raise ConflictError(f"{line.name} is no longer on the roster")
    language = patient.preferred_language
    if language and best_match(language, list(line.languages)) is None:
        raise InputError(
            f"{line.name} does not speak the patient's language ({language}); "
            f"speaks {', '.join(line.languages)}",
            where="interpreter",
        )


def set_booking_status(
    appointment_id: int, status: BookingStatus | str, actor: Actor
) -> BookingLine:
    wanted = _status(status)
    with database_proxy.atomic():
        row = InterpreterBooking.get_or_none(InterpreterBooking.appointment == appointment_id)
        if row is None:
            raise NotFound(f"appointment {appointment_id} has no interpreter booking")
        current = BookingStatus(row.status)
        if current == wanted:
            return _line(row)
        assigned = row.interpreter_id is not None or row.mode != InterpreterMode.IN_PERSON.value
        if wanted in (BookingStatus.BOOKED, BookingStatus.CONFIRMED, BookingStatus.DONE) and not (
            assigned
        ):
            raise InputError(f"choose an interpreter before marking the booking {wanted.value}")
        updated = (
            InterpreterBooking.update(
                status=wanted.value,
                # Releasing (or closing) a booking answers a pending review.
                needs_review=row.needs_review and wanted.holds_time,
                updated_by=actor.staff.id if actor.staff else None,
                updated_station=actor.station.id if actor.station else None,
                updated_at=utc_now(),
            )
            .where((InterpreterBooking.id == row.id) & (InterpreterBooking.status == row.status))
            .execute()
        )
        if not updated:
            raise ConflictError("this booking was just changed at another station; look again")
        record(
            actor,
            "interpreter_booking.status",
            "appointment",
            appointment_id,
            old=current.value,
            new=wanted.value,
        )
        appt = Appointment.get_by_id(appointment_id)
        refresh_interpreter_item([appt.visit_id] if appt.visit_id else [], actor)
        return _line(InterpreterBooking.get_by_id(row.id))


def keep_after_move(appointment_id: int, actor: Actor) -> BookingLine:
    """The coordinator checked a booking flagged after its appointment moved, and the
    interpreter can make the new time: the flag goes and the booking follows the appointment."""
    with database_proxy.atomic():
        row = InterpreterBooking.get_or_none(InterpreterBooking.appointment == appointment_id)
        if row is None:
            raise NotFound(f"appointment {appointment_id} has no interpreter booking")
        if not row.needs_review:
            return _line(row)
        appt = Appointment.get_by_id(appointment_id)
        InterpreterBooking.update(
            needs_review=False,
            review_reason=None,
            booked_start=appt.start,
            booked_minutes=appt.duration_min,
            booked_location=appt.location,
            updated_by=actor.staff.id if actor.staff else None,
            updated_station=actor.station.id if actor.station else None,
            updated_at=utc_now(),
        ).where(InterpreterBooking.id == row.id).execute()
        record(
            actor,
            "interpreter_booking.reviewed",
            "appointment",
            appointment_id,
            reason=row.review_reason,
        )
        refresh_interpreter_item([appt.visit_id] if appt.visit_id else [], actor)
        return _line(InterpreterBooking.get_by_id(row.id))


def _mode(value: InterpreterMode | str) -> InterpreterMode:
    return parse_code(InterpreterMode, value, what="an interpreting mode", where="mode")


def _status(value: BookingStatus | str) -> BookingStatus:
    return parse_code(BookingStatus, value, what="a booking status", where="status")


def find_appointment(reference: str, source: str | None = None) -> int:
    """An appointment by its id in the scheduling system (as ``schedule --json`` shows it),
    or by the database id written ``#123``."""
    text = (reference or "").strip()
    if text.startswith("#") and text[1:].isdigit():
        found = Appointment.select(Appointment.id).where(Appointment.id == int(text[1:]))
        ids = [a.id for a in found]
    else:
        query = Appointment.select(Appointment.id, Appointment.source_system).where(
            Appointment.external_id == text
        )
        if source:
            query = query.where(Appointment.source_system == source)
        rows = list(query)
        if len(rows) > 1:
            sources = ", ".join(sorted(r.source_system for r in rows))
            raise InputError(
                f"appointment {text!r} exists in several sources ({sources}): "
                "name one with --source"
            )
        ids = [r.id for r in rows]
    if not ids:
        raise NotFound(f"no appointment {text!r}")
    return ids[0]
