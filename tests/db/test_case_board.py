"""The pre-arrival checklist (who set what, driven items, stays) and the case board's filters,
and the warnings at check-in, which never stop a check-in."""

from __future__ import annotations

import datetime as dt

import pytest

from frontdesk.errors import InputError
from frontdesk.services.case_board import BoardFilter, case_board
from frontdesk.services.case_terms import CheckItem, ItemState
from frontdesk.services.case_view import checkin_warnings, patient_case
from frontdesk.services.checkin import check_in
from frontdesk.services.checklist import checklist_of, drive_item, open_items, set_item
from frontdesk.services.database import transaction
from frontdesk.services.interpreter_bookings import book_interpreter
from frontdesk.services.travel import save_travel
from frontdesk.store.models import AuditEvent

from .helpers import DAY, NEW_YORK, book, make_patient

MONDAY = DAY  # 2026-11-30 is a Monday
ALL_BUT_INTERPRETER = [i for i in CheckItem if i != CheckItem.INTERPRETER_BOOKED]


def test_each_item_says_who_set_it_and_when_and_is_audited(actor):
    patient = make_patient(actor, "M1", preferred_language="ar", interpreter_needed=True)
    visit = book(actor, patient, "A-1", 9).visit_id
    assert open_items(visit) == list(CheckItem)
    line = set_item(visit, "records_received", "done", actor, note="by courier")
    assert (line.state, line.set_by, line.set_station, line.note) == (
        ItemState.DONE,
        "Amal Haddad",
        "Desk 1",
        "by courier",
    )
    assert line.set_at is not None
    set_item(visit, CheckItem.RECORDS_RECEIVED, ItemState.DONE, actor, note="by courier")
    audit = list(AuditEvent.select().where(AuditEvent.action == "checklist.set"))
    assert len(audit) == 1 and '"old": "open"' in audit[0].details  # the repeat wrote nothing
    with pytest.raises(InputError, match="not a checklist item"):
        set_item(visit, "passport_photo", "done", actor)
    with pytest.raises(InputError, match="not a state"):
        set_item(visit, "visa_letter", "maybe", actor)


def test_another_record_drives_an_item_but_a_persons_not_needed_stands(actor):
    """How issue 19's visa letters and financial clearance will set their items."""
    patient = make_patient(actor, "M1")
    visit = book(actor, patient, "A-1", 9).visit_id
    with transaction():  # called inside the driving record's own change (audit.record checks)
        assert drive_item(
            visit,
            CheckItem.VISA_LETTER,
            ItemState.DONE,
            actor,
            source="visa_letters",
            reference="letter 17",
        )
    line = next(i for i in checklist_of(visit) if i.item == CheckItem.VISA_LETTER)
    assert (line.state, line.source, line.reference) == (
        ItemState.DONE,
        "visa_letters",
        "letter 17",
    )
    set_item(visit, CheckItem.FINANCIAL_CLEARANCE, ItemState.NOT_NEEDED, actor, note="embassy")
    with transaction():
        assert not drive_item(
            visit, CheckItem.FINANCIAL_CLEARANCE, ItemState.OPEN, actor, source="finance"
        )
    # No interpreter needed: that item is not needed without anyone setting it.
    line = next(i for i in checklist_of(visit) if i.item == CheckItem.INTERPRETER_BOOKED)
    assert line.state == ItemState.NOT_NEEDED and line.source is None


def test_a_stays_visits_share_one_checklist(actor):
    """Friday, Monday: one trip. Three weeks later: another."""
    patient = make_patient(actor, "M1")
    friday = book(actor, patient, "A-1", 9, day=MONDAY - dt.timedelta(days=3)).visit_id
    monday = book(actor, patient, "A-2", 9, day=MONDAY).visit_id
    later = book(actor, patient, "A-3", 9, day=MONDAY + dt.timedelta(days=21)).visit_id
    set_item(monday, CheckItem.HOTEL_BOOKED, ItemState.DONE, actor)  # set from Monday
    hotel = next(i for i in checklist_of(friday) if i.item == CheckItem.HOTEL_BOOKED)
    assert hotel.state == ItemState.DONE
    assert CheckItem.HOTEL_BOOKED in open_items(later)
    case = patient_case("m1", since=MONDAY - dt.timedelta(days=3))
    assert [s.days[0] for s in case.stays] == [
        MONDAY - dt.timedelta(days=3),
        MONDAY + dt.timedelta(days=21),
    ]
    assert case.stays[0].visit_id == friday  # the items live on the stay's first visit


def test_open_items_are_warnings_at_check_in_never_a_refusal(actor):
    patient = make_patient(actor, "M1", preferred_language="ar", interpreter_needed=True)
    appt = book(actor, patient, "A-1", 9)
    for item in ALL_BUT_INTERPRETER[:-1]:
        set_item(appt.visit_id, item, ItemState.DONE, actor)
    warnings = checkin_warnings(patient.id, DAY)
    assert warnings.open_items == [CheckItem.HOTEL_BOOKED, CheckItem.INTERPRETER_BOOKED]
    assert warnings.no_interpreter == 1 and bool(warnings)
    assert check_in(patient.id, DAY, actor).already is False  # the check-in happens anyway
    book_interpreter(appt.id, actor, mode="phone")
    set_item(appt.visit_id, CheckItem.HOTEL_BOOKED, ItemState.NOT_NEEDED, actor)
    assert not checkin_warnings(patient.id, DAY)


def _board_fixture(actor):
    """Five patients over two weeks, in various states of readiness."""
    ready = make_patient(
        actor, "M1", "Al-Qahtani", "Mohammed", preferred_language="ar", interpreter_needed=True
    )
    no_interpreter = make_patient(
        actor,
        "M2",
        "Wang",
        "Xiaoming",
        native_family_name="王",
        native_given_name="小明",
        preferred_language="zh-Hans",
        interpreter_needed=True,
    )
    arriving_open = make_patient(actor, "M3", "Ivanova", "Olga", preferred_language="ru")
    next_week = make_patient(actor, "M4", "Silva", "João", preferred_language="pt-BR")
    gone = make_patient(actor, "M5", "Tanaka", "Yuki")
    a1 = book(actor, ready, "A-1", 9, day=MONDAY + dt.timedelta(days=1))
    book(actor, no_interpreter, "A-2", 10, day=MONDAY + dt.timedelta(days=2))
    a3 = book(actor, arriving_open, "A-3", 11, day=MONDAY + dt.timedelta(days=3))
    a4 = book(actor, next_week, "A-4", 9, day=MONDAY + dt.timedelta(days=9))
    book(actor, gone, "A-5", 9, day=MONDAY - dt.timedelta(days=10))
    for item in ALL_BUT_INTERPRETER:
        set_item(a1.visit_id, item, ItemState.DONE, actor)
        set_item(a4.visit_id, item, ItemState.DONE, actor)
    book_interpreter(a1.id, actor, mode="video")
    save_travel(
        a1.visit_id,
        {"arrival_number": "SV 35", "arrival_place": "BOS", "arrival_time": "2026-11-30 18:05"},
        actor,
    )
    save_travel(
        a3.visit_id,
        {"arrival_number": "SU 102", "arrival_place": "JFK", "arrival_time": "2026-12-02 14:00"},
        actor,
    )
    save_travel(
        a4.visit_id,
        {"arrival_number": "LA 8084", "arrival_place": "BOS", "arrival_time": "2026-12-08 21:00"},
        actor,
    )


def test_the_case_board_lists_the_coming_stays_and_filters_them(actor):
    _board_fixture(actor)
    rows = case_board(MONDAY, days=14, tz=NEW_YORK)
    assert [r.mrn for r in rows] == ["M1", "M2", "M3", "M4"]  # M5's visit is over
    m1, m2, m3, _m4 = rows
    assert m1.open_items == [] and m1.covered == m1.needing == 1
    assert m1.arrival_at.strftime("%a %H:%M") == "Mon 18:05" and m1.arrival_number == "SV 35"
    assert m2.interpreter_gap and m2.native_name == "王小明" and len(m2.open_items) == 7
    assert m3.state(CheckItem.INTERPRETER_BOOKED) == ItemState.NOT_NEEDED

    def shown(**parts):
        wanted = BoardFilter(**parts)
        return [r.mrn for r in rows if wanted.accepts(r)]

    this_week = (MONDAY, MONDAY + dt.timedelta(days=6))
    assert shown(open_only=True, arriving_within=this_week) == ["M3"]
    assert shown(arriving_within=this_week) == ["M1", "M3"]
    assert shown(open_only=True) == ["M2", "M3"]
    assert shown(interpreter_gap=True) == ["M2"]
    assert shown(item=CheckItem.VISA_LETTER) == ["M2", "M3"]
    assert (
        shown(text="joao") == ["M4"] and shown(text="王") == ["M2"] and shown(text="m2") == ["M2"]
    )
    assert shown(languages=frozenset({"ru", "pt-BR"})) == ["M3", "M4"]
    as_json = m2.as_json(NEW_YORK)
    assert as_json["interpreter"] == {"needed": 1, "booked": 0, "review": 0}
    assert as_json["checklist"]["records_received"] == "open"
    # A narrower window.
    assert [r.mrn for r in case_board(MONDAY + dt.timedelta(days=7), days=7)] == ["M4"]
