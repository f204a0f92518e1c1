"""The demo's international cases exercise everything: the roster, bookings of every kind,
flights from the patients' countries (some after midnight), stays of several days, checklists."""

from __future__ import annotations

import datetime as dt

from frontdesk.demo.generator import DemoOptions, generate
from frontdesk.services.arrivals import arrivals_on
from frontdesk.services.case_board import BoardFilter, case_board
from frontdesk.services.interpreter_bookings import conflicts_of
from frontdesk.store.case_models import InterpreterBooking, VisitTravel
from frontdesk.store.models import Appointment

DAY = dt.date(2026, 11, 30)


def test_demo_cases_are_a_realistic_mix(db, actor):
    report = generate(DemoOptions(patients=2000, start=DAY, days=3, seed=7, per_day=200))
    assert Appointment.select().count() == report.appointments
    board = case_board(DAY, days=4)
    assert len(board) > 300
    assert any(r.last_day > r.first_day for r in board)  # follow-ups: stays of several days
    needing = [r for r in board if r.needing]
    assert len(needing) > len(board) / 2  # most international patients need an interpreter
    gaps = [r for r in board if BoardFilter(interpreter_gap=True).accepts(r)]
    assert 0 < len(gaps) < len(needing) / 2
    assert any(r.review for r in board)
    assert any(not r.open_items for r in board) and any(r.open_items for r in board)
    modes = {b.mode for b in InterpreterBooking.select(InterpreterBooking.mode)}
    assert modes == {"in_person", "phone", "video"}
    origins = {t.arrival_from for t in VisitTravel.select(VisitTravel.arrival_from)}
    assert {"RUH", "ICN", "GRU"} & origins and len(origins) > 20
    # Arrivals from midnight on belong to the day they land in office time.
    sheet = arrivals_on(DAY)
    assert sheet and sheet == sorted(sheet, key=lambda m: m.at)
    assert any(m.at.hour == 0 for m in sheet) and all(m.at.date() == DAY for m in sheet)
    # The demo's bookings respect each interpreter's hours and never double-book.
    in_person = InterpreterBooking.select().where(InterpreterBooking.mode == "in_person")
    kinds = {c.kind.value for b in in_person for c in conflicts_of(b.appointment_id)}
    assert not kinds & {"double_booked", "outside_hours"}
