"""The interpreter roster and bookings: suggestions, conflicts, statuses, audit, checklist."""

from __future__ import annotations

import datetime as dt

import pytest

from frontdesk.errors import ConflictError, InputError, NotFound
from frontdesk.services.case_terms import (
    BookingStatus,
    CheckItem,
    ConflictKind,
    InterpreterMode,
    ItemState,
)
from frontdesk.services.checklist import checklist_of, set_item
from frontdesk.services.interpreter_bookings import (
    book_interpreter,
    find_appointment,
    set_booking_status,
    suggest_interpreters,
)
from frontdesk.services.interpreter_roster import (
    InterpreterInput,
    add_absence,
    add_interpreter,
    find_interpreter,
    list_interpreters,
    set_active,
    update_interpreter,
)
from frontdesk.store.models import AuditEvent

from .helpers import DAY, book, make_patient

YAWKEY = "Yawkey Building, floor 5, room 512"
WANG = "Wang Building, floor 3, room 310"


def roster(actor):
    nadia = add_interpreter(
        InterpreterInput(
            name="Nadia Haddad",
            native_name="نادية حداد",
            languages="ar, fr",
            hours="Mon-Fri 08:00-17:00",
            phone="+1 617 555 0101",
        ),
        actor,
    )
    omar = add_interpreter(
        InterpreterInput(
            name="Omar Saleh", languages=["ar-EG"], kind="agency", agency="LinguaCare"
        ),
        actor,
    )
    wei = add_interpreter(
        InterpreterInput(name="Li Wei", languages="zh-Hans", hours="Mon-Fri 09:00-13:00"), actor
    )
    return nadia, omar, wei


def test_the_roster_keeps_languages_hours_and_days_off(actor):
    nadia, omar, wei = roster(actor)
    assert nadia.languages == ("ar", "fr") and nadia.hours_text == "Mon-Fri 08:00-17:00"
    assert nadia.phone == "+16175550101" and omar.kind.value == "agency"
    # Arabic speakers, whatever variant they list; staff first.
    assert [i.name for i in list_interpreters(language="ar-SA")] == ["Nadia Haddad", "Omar Saleh"]
    assert [i.name for i in list_interpreters(language="zh-Hant")] == ["Li Wei"]
    add_absence(wei.id, dt.date(2026, 12, 24), dt.date(2026, 12, 26), actor, reason="leave")
    assert find_interpreter("li wei").absences[0][:2] == (
        dt.date(2026, 12, 24),
        dt.date(2026, 12, 26),
    )
    assert find_interpreter("omar").id == omar.id and find_interpreter(f"#{wei.id}").id == wei.id
    with pytest.raises(InputError, match="exists already"):
        add_interpreter(InterpreterInput(name="Nadia Haddad", languages="ar"), actor)
    with pytest.raises(InputError, match="BCP 47"):
        add_interpreter(InterpreterInput(name="X", languages="arabic!"), actor)
    with pytest.raises(InputError, match="working hours"):
        add_interpreter(InterpreterInput(name="Y", languages="ar", hours="weekdays 9-5"), actor)
    with pytest.raises(NotFound):
        find_interpreter("Nobody")
    updated = update_interpreter(
        omar.id, InterpreterInput(name="Omar Saleh", languages="ar-EG, en", kind="agency"), actor
    )
    assert updated.languages == ("ar-EG", "en") and updated.agency is None
    with pytest.raises(InputError, match="exists already") as taken:  # a located message
        update_interpreter(omar.id, InterpreterInput(name="Nadia Haddad", languages="ar"), actor)
    assert taken.value.where == "name"
    set_active(omar.id, False, actor)
    assert [i.name for i in list_interpreters(language="ar")] == ["Nadia Haddad"]
    changes = AuditEvent.select().where(AuditEvent.object_type == "interpreter")
    actions = [e.action for e in changes.order_by(AuditEvent.id)]  # in the order they were made
    assert actions == [
        "interpreter.create",
        "interpreter.create",
        "interpreter.create",
        "interpreter.day_off",
        "interpreter.update",
        "interpreter.deactivate",
    ]


def test_suggestions_put_free_exact_staff_first_and_say_why_others_are_not(actor):
    nadia, omar, _wei = roster(actor)
    first = make_patient(actor, "M1", preferred_language="ar", interpreter_needed=True)
    second = make_patient(actor, "M2", "Saleh", "Amal", preferred_language="ar")
    a1 = book(actor, first, "A-1", 9, location=YAWKEY)
    a2 = book(actor, second, "A-2", 9, 15, location=YAWKEY)
    assert [(s.interpreter.name, s.match, s.free) for s in suggest_interpreters(a1.id)] == [
        ("Nadia Haddad", "exact", True),
        ("Omar Saleh", "language", True),
    ]
    book_interpreter(a1.id, actor, interpreter_id=nadia.id)
    # Nadia is now busy at 09:00: for the 09:15 appointment the agency comes first.
    suggestions = suggest_interpreters(a2.id)
    assert [s.interpreter.name for s in suggestions] == ["Omar Saleh", "Nadia Haddad"]
    assert [c.kind for c in suggestions[1].conflicts] == [ConflictKind.DOUBLE_BOOKED]
    evening = book(actor, second, "A-3", 18, location=YAWKEY)
    late = {s.interpreter.name: s for s in suggest_interpreters(evening.id)}
    assert [c.kind for c in late["Nadia Haddad"].conflicts] == [ConflictKind.OUTSIDE_HOURS]
    assert late["Omar Saleh"].free  # an agency without hours is on call
    add_absence(omar.id, DAY, DAY, actor)
    late = {s.interpreter.name: s for s in suggest_interpreters(evening.id)}
    assert [c.kind for c in late["Omar Saleh"].conflicts] == [ConflictKind.DAY_OFF]


def test_double_booking_and_tight_travel_are_flagged_not_refused(actor):
    nadia, _omar, wei = roster(actor)
    patient = make_patient(actor, "M1", preferred_language="ar", interpreter_needed=True)
    other = make_patient(actor, "M2", "Qasim", "Huda", preferred_language="ar")
    a1 = book(actor, patient, "A-1", 10, location=YAWKEY, duration_min=30)
    a2 = book(actor, other, "A-2", 10, 15, location=YAWKEY)
    a3 = book(actor, other, "A-3", 10, 40, location=WANG)
    assert book_interpreter(a1.id, actor, interpreter_id=nadia.id).conflicts == []
    double = book_interpreter(a2.id, actor, interpreter_id=nadia.id)
    assert double.booking.status == BookingStatus.BOOKED
    assert [(c.kind, c.other_appointment_id) for c in double.conflicts] == [
        (ConflictKind.DOUBLE_BOOKED, a1.id)
    ]
    # 10:30 in the Yawkey Building, 10:40 in the Wang Building: ten minutes to walk.
    travel = book_interpreter(a3.id, actor, interpreter_id=nadia.id)
    tight = [c for c in travel.conflicts if c.kind == ConflictKind.TRAVEL_TIGHT]
    assert [(c.other_place, c.minutes) for c in tight] == [("Yawkey Building", 10)]
    # Phone interpreting goes nowhere: no travel to worry about.
    by_phone = book_interpreter(
        a3.id, actor, mode=InterpreterMode.PHONE, remote_service="LanguageLine"
    )
    assert by_phone.booking.mode == InterpreterMode.PHONE and by_phone.conflicts == []
    assert by_phone.booking.status == BookingStatus.BOOKED and by_phone.change == "updated"
    with pytest.raises(InputError, match="does not speak the patient's language"):
        book_interpreter(a1.id, actor, interpreter_id=wei.id)
    set_active(nadia.id, False, actor)
    with pytest.raises(ConflictError, match="no longer on the roster"):
        book_interpreter(a3.id, actor, interpreter_id=nadia.id)


def test_statuses_and_the_checklist_item_follow_the_bookings(actor):
    nadia, _omar, _wei = roster(actor)
    patient = make_patient(actor, "M1", preferred_language="ar", interpreter_needed=True)
    a1 = book(actor, patient, "A-1", 9, location=YAWKEY)
    a2 = book(actor, patient, "A-2", 11, location=WANG)
    visit = a1.visit_id

    def interpreter_item():
        return next(i for i in checklist_of(visit) if i.item == CheckItem.INTERPRETER_BOOKED)

    assert interpreter_item().state == ItemState.OPEN
    requested = book_interpreter(a1.id, actor)  # nobody chosen yet
    assert requested.booking.status == BookingStatus.REQUESTED
    book_interpreter(a1.id, actor, interpreter_id=nadia.id)
    assert interpreter_item().state == ItemState.OPEN  # A-2 has nobody yet
    book_interpreter(a2.id, actor, mode="video")
    item = interpreter_item()
    assert (item.state, item.source, item.set_by) == (ItemState.DONE, "interpreters", "Amal Haddad")
    assert set_booking_status(a1.id, "confirmed", actor).status == BookingStatus.CONFIRMED
    assert set_booking_status(a1.id, BookingStatus.NO_SHOW, actor).status == BookingStatus.NO_SHOW
    assert interpreter_item().state == ItemState.OPEN  # the interpreter did not come
    with pytest.raises(InputError, match="not a booking status"):
        set_booking_status(a1.id, "maybe", actor)
    # A person's "not needed" (the family brings their own interpreter) stands.
    set_item(visit, CheckItem.INTERPRETER_BOOKED, ItemState.NOT_NEEDED, actor, note="own")
    set_booking_status(a1.id, "booked", actor)
    assert interpreter_item().state == ItemState.NOT_NEEDED
    actions = [
        e.action
        for e in AuditEvent.select().where(AuditEvent.action.startswith("interpreter_booking"))
    ]
    assert actions.count("interpreter_booking.book") == 3
    assert actions.count("interpreter_booking.status") == 3


def test_a_cancelled_appointment_needs_no_interpreter(actor):
    from frontdesk.services.appointments import cancel_appointment

    patient = make_patient(actor, "M1", preferred_language="ar", interpreter_needed=True)
    appt = book(actor, patient, "A-1", 9)
    cancel_appointment(appt.id, actor)
    with pytest.raises(ConflictError, match="cancelled"):
        book_interpreter(appt.id, actor)


def test_appointments_are_found_by_their_scheduling_id(actor):
    patient = make_patient(actor, "M1")
    appt = book(actor, patient, "A-1", 9)
    assert find_appointment("A-1") == appt.id == find_appointment(f"#{appt.id}")
    with pytest.raises(NotFound):
        find_appointment("A-404")
