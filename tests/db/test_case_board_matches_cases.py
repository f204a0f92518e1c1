"""The case board's rows, read a fortnight at a time in a few statements, say what each stay's
own case says when it is read the slow way, one stay at a time through the services (its
checklist, travel, appointments and their interpreter bookings): on the demo's realistic mix,
for windows that start inside stays begun days before, with cancelled appointments, bookings
under review and interpreters needed or not."""

from __future__ import annotations

import datetime as dt

import pytest

from frontdesk.demo.generator import DemoOptions, generate
from frontdesk.services.case_board import case_board
from frontdesk.services.case_view import stay_case
from frontdesk.services.office import office_zone
from frontdesk.services.stays import Stay, patient_stays
from frontdesk.store.models import Patient, Visit

DAY = dt.date(2026, 11, 30)
_CLOSED = ("cancelled", "no_show")


def _one_stay_at_a_time(first: dt.date, days: int) -> dict[int, tuple]:
    tz = office_zone()
    last = first + dt.timedelta(days=days - 1)
    patients = {
        v.patient_id
        for v in Visit.select(Visit.patient).where(
            (Visit.local_date >= first) & (Visit.local_date <= last)
        )
    }
    expected = {}
    for patient_id in patients:
        needed = bool(Patient.get_by_id(patient_id).interpreter_needed)
        for stay in patient_stays(patient_id):
            if not any(first <= d <= last for d in stay.days):
                continue
            # The board shows a stay up to its last day: a later visit is a later board's.
            kept = [(v, d) for v, d in zip(stay.visit_ids, stay.days, strict=True) if d <= last]
            stay = Stay(patient_id, kept[0][0], *map(tuple, zip(*kept, strict=True)))
            case = stay_case(stay, tz)
            held = [a for a in case.appointments if a.status not in _CLOSED]
            needing = len(held) if needed else 0
            covered = sum(
                1
                for a in held
                if a.booking and a.booking.status.covers and not a.booking.needs_review
            )
            travel = case.travel
            expected[case.visit_id] = (
                patient_id,
                stay.first_day,
                stay.last_day,
                tuple(line.state for line in case.checklist),
                len(held),
                needing,
                min(covered, needing),
                sum(1 for a in case.appointments if a.booking and a.booking.needs_review),
                travel.arrival_at if travel else None,
                bool(travel and travel.pickup_booked),
                travel.departure_at if travel else None,
            )
    return expected


def _board(first: dt.date, days: int) -> dict[int, tuple]:
    return {
        r.visit_id: (
            r.patient_id,
            r.first_day,
            r.last_day,
            r.states,
            r.appointments,
            r.needing,
            r.covered,
            r.review,
            r.arrival_at,
            r.pickup_booked,
            r.departure_at,
        )
        for r in case_board(first, days)
    }


@pytest.mark.parametrize("offset, days", [(0, 1), (2, 1), (3, 4), (0, 8)])
def test_the_board_says_what_each_stays_case_says(db, actor, offset, days):
    generate(DemoOptions(patients=600, start=DAY, days=8, seed=11, per_day=100))
    first = DAY + dt.timedelta(days=offset)
    board, expected = _board(first, days), _one_stay_at_a_time(first, days)
    assert len(board) > 20
    assert any(row[1] < first for row in board.values()) or offset == 0
    assert any(row[7] for row in board.values())  # bookings under review
    assert board == expected
