"""Rebooking follows a rescheduled appointment: real imports (HL7 S13, FHIR, CSV) that move or
cancel an appointment flag its interpreter booking for the coordinator's review."""

from __future__ import annotations

import pytest

from frontdesk.services.case_terms import BookingStatus, CheckItem, ItemState, ReviewReason
from frontdesk.services.checklist import checklist_of, set_item
from frontdesk.services.interpreter_bookings import (
    book_interpreter,
    booking_of,
    keep_after_move,
    set_booking_status,
)
from frontdesk.services.interpreter_roster import InterpreterInput, add_interpreter
from frontdesk.services.schedule_import import import_schedule_bytes
from frontdesk.services.travel import save_travel, travel_of
from frontdesk.store.models import Appointment, AuditEvent
from tests.schedule_samples import collection_bundle, fhir_bytes, hl7_file, modified, siu

from .test_csv_import import ROWS, csv_bytes


def _appointment(external_id: str) -> Appointment:
    return Appointment.get(Appointment.external_id == external_id)


def _arabic_interpreter(actor):
    return add_interpreter(InterpreterInput(name="Nadia Haddad", languages="ar"), actor)


def interpreter_item(visit_id):
    return next(i for i in checklist_of(visit_id) if i.item == CheckItem.INTERPRETER_BOOKED)


def test_an_s13_flags_the_booking_and_the_coordinator_keeps_it(actor):
    import_schedule_bytes(hl7_file([siu("S12", "1", "C-1", "M1", "202611300900-0500")]), actor)
    appt = _appointment("C-1")
    assert appt.patient.preferred_language == "ar"
    appt.patient.interpreter_needed = True
    appt.patient.save()
    nadia = _arabic_interpreter(actor)
    book_interpreter(appt.id, actor, interpreter_id=nadia.id, status="confirmed")
    assert interpreter_item(appt.visit_id).state == ItemState.DONE

    moved = siu("S13", "2", "C-1", "M1", "202611301400-0500")
    import_schedule_bytes(hl7_file([moved]), actor)
    booking = booking_of(appt.id)
    assert booking.needs_review and booking.review_reason == ReviewReason.MOVED
    assert booking.status == BookingStatus.CONFIRMED  # not silently released
    assert booking.booked_start.hour == 14  # 09:00 New York, as it was booked
    assert interpreter_item(appt.visit_id).state == ItemState.OPEN
    flag = AuditEvent.get(AuditEvent.action == "interpreter_booking.flag")
    assert flag.object_id == str(appt.id) and '"moved"' in flag.details

    kept = keep_after_move(appt.id, actor)
    assert not kept.needs_review and kept.booked_start == _appointment("C-1").start
    assert interpreter_item(appt.visit_id).state == ItemState.DONE
    # The same file again moves nothing: nothing to review.
    import_schedule_bytes(hl7_file([moved]), actor)
    assert not booking_of(appt.id).needs_review


def test_an_s15_cancellation_flags_the_booking_to_release_the_interpreter(actor):
    import_schedule_bytes(hl7_file([siu("S12", "1", "C-1", "M1", "202611300900-0500")]), actor)
    appt = _appointment("C-1")
    book_interpreter(appt.id, actor, interpreter_id=_arabic_interpreter(actor).id)
    cancelled = siu("S15", "2", "C-1", "M1", "202611300900-0500", status="Cancelled")
    import_schedule_bytes(hl7_file([cancelled]), actor)
    booking = booking_of(appt.id)
    assert booking.needs_review and booking.review_reason == ReviewReason.CANCELLED
    released = set_booking_status(appt.id, "cancelled", actor)
    assert released.status == BookingStatus.CANCELLED and not released.needs_review


def test_a_moved_fhir_appointment_flags_its_booking(actor):
    import_schedule_bytes(fhir_bytes(collection_bundle()), actor)
    appt = Appointment.get(Appointment.external_id == "a1")
    book_interpreter(appt.id, actor, interpreter_id=_arabic_interpreter(actor).id)
    untouched = Appointment.get(Appointment.external_id == "a2")
    book_interpreter(untouched.id, actor, mode="phone")

    def later(bundle):
        for entry in bundle["entry"]:
            resource = entry["resource"]
            if resource.get("id") == "a1":
                resource["start"] = "2026-12-01T10:00:00-05:00"
                resource["end"] = "2026-12-01T10:30:00-05:00"

    import_schedule_bytes(fhir_bytes(modified(collection_bundle(), later)), actor)
    assert booking_of(appt.id).needs_review
    assert not booking_of(untouched.id).needs_review


@pytest.mark.parametrize(
    ("old", "new", "reason"),
    [
        ("Yawkey Building, floor 5, room 512", "Wang Building, floor 2, room 210", "moved"),
        ("consultation,,M1", "consultation,cancelled,M1", "cancelled"),
    ],
)
def test_a_csv_row_with_another_room_or_cancelled_flags_the_booking(actor, old, new, reason):
    import_schedule_bytes(csv_bytes(ROWS), actor, fmt="csv")
    appt = _appointment("A-1")
    book_interpreter(appt.id, actor, interpreter_id=_arabic_interpreter(actor).id)
    other = _appointment("A-2")
    book_interpreter(other.id, actor, mode="video")
    # A-1 moves (or is cancelled); A-2 only changes its clinician, which is not a move.
    changed = [ROWS[0].replace(old, new), ROWS[1].replace("Radiology team", "Dr. Lee"), ROWS[2]]
    report = import_schedule_bytes(csv_bytes(changed), actor, fmt="csv")
    assert report.appointments["unchanged"] == 1
    assert booking_of(appt.id).review_reason == ReviewReason(reason)
    assert not booking_of(other.id).needs_review


def test_a_moved_appointment_keeps_the_stays_travel_and_checklist(actor):
    """The visit an S13 empties would be dropped; one that carries the coordinator's travel
    and checklist stays, and the stay still finds them."""
    import_schedule_bytes(hl7_file([siu("S12", "1", "C-1", "M1", "202611300900-0500")]), actor)
    appt = _appointment("C-1")
    first_visit = appt.visit_id
    save_travel(
        first_visit,
        {"arrival_number": "SV 35", "arrival_place": "BOS", "arrival_time": "2026-11-29 18:05"},
        actor,
    )
    set_item(first_visit, CheckItem.RECORDS_RECEIVED, ItemState.DONE, actor)
    import_schedule_bytes(hl7_file([siu("S13", "2", "C-1", "M1", "202612010900-0500")]), actor)
    moved = _appointment("C-1")
    assert moved.visit_id != first_visit
    assert travel_of(moved.visit_id).arrival_number == "SV 35"
    received = next(i for i in checklist_of(moved.visit_id) if i.item == CheckItem.RECORDS_RECEIVED)
    assert received.state == ItemState.DONE and received.set_by == "Amal Haddad"
