"""Financial clearance: exact money, the four statuses on the day asked, the audit, the
checklist item it drives, and the check-in warning that never stops a check-in."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest

from frontdesk.errors import InputError
from frontdesk.services.case_terms import CheckItem, ItemState
from frontdesk.services.checkin import check_in
from frontdesk.services.checklist import checklist_of, set_item
from frontdesk.services.clearance import (
    ClearanceStatus,
    ClearanceWarning,
    add_deposit,
    add_guarantee,
    clearance_of,
    clearance_warning,
    set_estimate,
    set_needed,
)
from frontdesk.store.clearance_models import Clearance, ClearanceDeposit
from frontdesk.store.models import AuditEvent, Visit

from .helpers import DAY, book, make_patient

BEFORE = DAY - dt.timedelta(days=10)


def item_state(visit_id: int) -> ItemState:
    return next(i.state for i in checklist_of(visit_id) if i.item == CheckItem.FINANCIAL_CLEARANCE)


def test_deposits_that_cover_the_estimate_clear_it_exactly(actor):
    patient = make_patient(actor, "M1")
    visit = book(actor, patient, "A-1", 9).visit_id
    assert clearance_of(visit, DAY).status == ClearanceStatus.PENDING
    assert clearance_warning(patient.id, DAY) == ClearanceWarning.MISSING

    view = set_estimate(visit, "12,500.10", "usd", actor, today=BEFORE)
    assert (view.status, view.currency, view.estimate) == (
        ClearanceStatus.PENDING,
        "USD",
        Decimal("12500.10"),
    )
    assert clearance_warning(patient.id, DAY) == ClearanceWarning.PENDING
    # 0.1 + 0.2 as floats is not 0.3; ten deposits of 1250.01 must still make 12500.10
    for _ in range(10):
        view = add_deposit(visit, "1250.01", actor, today=BEFORE, reference="TT-881")
    assert view.deposited == Decimal("12500.10") and view.outstanding == Decimal("0.00")
    assert view.status == ClearanceStatus.CLEARED
    assert clearance_warning(patient.id, DAY) is None
    assert item_state(visit) == ItemState.DONE
    assert ClearanceDeposit.get().amount_minor == 125001  # stored in cents: exact
    assert view.money(view.estimate) == "$12,500.10"
    assert view.money(view.estimate, "de") == "12.500,10\xa0$"

    audit = [
        json.loads(a.details)
        for a in AuditEvent.select().where(AuditEvent.action.startswith("clearance."))
    ]
    assert audit[0] == {"currency": "USD", "estimate": "12500.10", "previous": None}
    assert len(audit) == 11 and audit[1]["amount"] == "1250.01"


def test_a_guarantee_clears_while_valid_and_is_expired_after(actor):
    patient = make_patient(actor, "M1")
    visit = book(actor, patient, "A-1", 9).visit_id
    set_estimate(visit, "20000", "KWD", actor, today=BEFORE)
    add_deposit(visit, "5000.250", actor, today=BEFORE)
    view = add_guarantee(
        visit,
        actor,
        today=BEFORE,
        guarantor="Embassy of the State of Kuwait, Health Office",
        kind="embassy",
        number="HO/2026/118",
        amount="14999.750",
        valid_from=BEFORE,
        valid_to=DAY,
    )
    assert view.status == ClearanceStatus.CLEARED and view.estimate == Decimal("20000.000")
    assert view.money(view.guaranteed) == "KWD14,999.750"
    assert clearance_warning(patient.id, DAY) is None  # valid through its last day
    after = DAY + dt.timedelta(days=1)
    book(actor, patient, "A-2", 9, day=after)  # the same stay goes on the next day
    assert clearance_of(visit, after).status == ClearanceStatus.EXPIRED
    assert clearance_warning(patient.id, after) == ClearanceWarning.EXPIRED
    assert "ran out" in ClearanceWarning.EXPIRED.message()


def test_not_needed_silences_the_warning_and_drives_the_item(actor):
    patient = make_patient(actor, "M1")
    visit = book(actor, patient, "A-1", 9).visit_id
    view = set_needed(visit, False, actor, today=BEFORE)
    assert view.status == ClearanceStatus.NOT_NEEDED
    assert item_state(visit) == ItemState.NOT_NEEDED
    assert clearance_warning(patient.id, DAY) is None
    set_needed(visit, True, actor, today=BEFORE)
    assert item_state(visit) == ItemState.OPEN
    assert clearance_warning(patient.id, DAY) == ClearanceWarning.MISSING


def test_a_persons_not_needed_on_the_checklist_stands(actor):
    patient = make_patient(actor, "M1")
    visit = book(actor, patient, "A-1", 9).visit_id
    set_item(visit, CheckItem.FINANCIAL_CLEARANCE, ItemState.NOT_NEEDED, actor)
    set_estimate(visit, "100", "EUR", actor, today=BEFORE)
    assert item_state(visit) == ItemState.NOT_NEEDED


def test_check_in_goes_ahead_with_the_warning_standing(actor):
    patient = make_patient(actor, "M1")
    book(actor, patient, "A-1", 9)
    assert clearance_warning(patient.id, DAY) == ClearanceWarning.MISSING
    result = check_in(patient.id, DAY, actor)
    assert not result.already and Visit.get_by_id(result.visit_id).arrived_at is not None


def usd_estimate(visit, actor):
    set_estimate(visit, "100", "USD", actor, today=DAY)


def yen_estimate(visit, actor):
    set_estimate(visit, "1000", "JPY", actor, today=DAY)


@pytest.mark.parametrize(
    ("setup", "call", "words"),
    [
        (None, lambda v, a: set_estimate(v, "10.005", "USD", a, today=DAY), "USD has 2 decimals"),
        (yen_estimate, lambda v, a: set_estimate(v, "10.5", "JPY", a, today=DAY), "JPY has 0"),
        (None, lambda v, a: set_estimate(v, "100", "DOLLARS", a, today=DAY), "not an ISO 4217"),
        (None, lambda v, a: set_estimate(v, "-5", "USD", a, today=DAY), "more than zero"),
        (None, lambda v, a: set_estimate(v, "ten", "USD", a, today=DAY), "is not an amount"),
        (None, lambda v, a: add_deposit(v, "100", a, today=DAY), "needs a currency"),
        (
            usd_estimate,
            lambda v, a: add_deposit(v, "100", a, today=DAY, currency="EUR"),
            "is in USD",
        ),
        (
            usd_estimate,
            lambda v, a: add_guarantee(
                v,
                a,
                today=DAY,
                guarantor="X",
                kind="bank",
                amount="1",
                valid_from=DAY,
                valid_to=DAY,
            ),
            "not one of insurer",
        ),
        (
            usd_estimate,
            lambda v, a: add_guarantee(
                v,
                a,
                today=DAY,
                guarantor="X",
                kind="insurer",
                amount="1",
                valid_from=DAY,
                valid_to=BEFORE,
            ),
            "before it is valid from",
        ),
        (
            usd_estimate,
            lambda v, a: add_guarantee(
                v,
                a,
                today=DAY,
                guarantor=" ",
                kind="insurer",
                amount="1",
                valid_from=DAY,
                valid_to=DAY,
            ),
            "guarantor",
        ),
    ],
)
def test_bad_money_is_refused_by_name_and_nothing_is_half_written(actor, setup, call, words):
    patient = make_patient(actor, "M1")
    visit = book(actor, patient, "A-1", 9).visit_id
    if setup:
        setup(visit, actor)
    before = [m.select().count() for m in (Clearance, ClearanceDeposit, AuditEvent)]
    estimate = Clearance.select(Clearance.estimate_minor).scalar()
    with pytest.raises(InputError, match=words):
        call(visit, actor)
    assert [m.select().count() for m in (Clearance, ClearanceDeposit, AuditEvent)] == before
    assert Clearance.select(Clearance.estimate_minor).scalar() == estimate


def test_the_days_statuses_in_one_pass_agree_with_each_stays_own(actor):
    from frontdesk.services.clearance import clearance_on_day

    none = make_patient(actor, "M1")
    book(actor, none, "A-1", 9)
    pending = make_patient(actor, "M2")
    v2 = book(actor, pending, "A-2", 9).visit_id
    set_estimate(v2, "1000", "EUR", actor, today=BEFORE)
    cleared = make_patient(actor, "M3")
    # the stay began the day before: its clearance is on that visit
    v3 = book(actor, cleared, "A-3", 9, day=DAY - dt.timedelta(days=1)).visit_id
    book(actor, cleared, "A-4", 9)
    set_estimate(v3, "1000", "EUR", actor, today=BEFORE)
    add_deposit(v3, "1000", actor, today=BEFORE)
    expired = make_patient(actor, "M4")
    v5 = book(actor, expired, "A-5", 9).visit_id
    set_estimate(v5, "1000", "EUR", actor, today=BEFORE)
    add_guarantee(
        v5, actor, today=BEFORE, guarantor="Allianz Care", kind="insurer", amount="1000",
        valid_from=BEFORE, valid_to=DAY - dt.timedelta(days=1),
    )  # fmt: skip
    waived = make_patient(actor, "M5")
    set_needed(book(actor, waived, "A-6", 9).visit_id, False, actor, today=BEFORE)
    elsewhere = make_patient(actor, "M6")  # not here that day
    book(actor, elsewhere, "A-7", 9, day=DAY + dt.timedelta(days=9))

    statuses = clearance_on_day(DAY)
    assert statuses == {
        none.id: ClearanceStatus.PENDING,
        pending.id: ClearanceStatus.PENDING,
        cleared.id: ClearanceStatus.CLEARED,
        expired.id: ClearanceStatus.EXPIRED,
        waived.id: ClearanceStatus.NOT_NEEDED,
    }
    for patient_id, status in statuses.items():
        visit = Visit.get((Visit.patient == patient_id) & (Visit.local_date == DAY))
        assert clearance_of(visit.id, DAY).status == status


def test_the_case_board_narrows_to_stays_whose_clearance_is_open(actor):
    from frontdesk.services.case_board import BoardFilter, case_board

    open_one = make_patient(actor, "M1")
    book(actor, open_one, "A-1", 9)
    paid = make_patient(actor, "M2")
    visit = book(actor, paid, "A-2", 9).visit_id
    set_estimate(visit, "500", "GBP", actor, today=BEFORE)
    add_deposit(visit, "500", actor, today=BEFORE)
    rows = case_board(DAY, days=1)
    clearance_open = BoardFilter(item=CheckItem.FINANCIAL_CLEARANCE)
    assert [r.mrn for r in rows if clearance_open.accepts(r)] == ["M1"]
