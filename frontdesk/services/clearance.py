"""A stay's financial clearance: the estimate, deposits received, guarantees of payment, a status.

    set_estimate(visit_id, "12500.00", "USD", actor)
    add_deposit(visit_id, "5000", actor, received_on=date(2026, 11, 20), reference="TT-881")
    add_guarantee(visit_id, actor, guarantor="Embassy of Kuwait", kind="embassy",
                  number="HO/2026/118", amount="7500", valid_from=..., valid_to=...)
    set_needed(visit_id, False, actor)          # a patient whose care is already paid for
    view = clearance_of(visit_id, today)        # ClearanceView: status, covered, outstanding
    clearance_warning(patient_id, today)        # None, or MISSING / PENDING / EXPIRED

The status is worked out from the record on the day asked, so a guarantee that ran out
yesterday makes the clearance *expired* today without anyone touching it:

- **not needed**: the office said so;
- **cleared**: deposits received, plus the guarantees valid that day, cover the estimate;
- **expired**: it would be cleared if a guarantee had not run out (or was not yet valid);
- **pending**: anything else (no estimate yet, money short).

Every change is one transaction with its audit record (amounts and currency, not the patient's
health data), and drives the checklist's "financial clearance" item: done when cleared, not
needed when not needed, open otherwise (:func:`frontdesk.services.checklist.drive_item`).
At check-in a visit that needs clearance and has none, or has it pending or expired, is a
warning for the desk (:func:`clearance_warning`), never a reason to turn a patient away.
A clearance belongs to the patient's stay (:mod:`frontdesk.services.stays`): any visit of the
stay finds it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from frontdesk.errors import InputError
from frontdesk.money import currency_code, format_money, from_minor, parse_amount, to_minor
from frontdesk.services.actors import Actor
from frontdesk.services.audit import record
from frontdesk.services.case_terms import CheckItem, ItemState
from frontdesk.services.checklist import drive_item
from frontdesk.services.patient_input import clean_text
from frontdesk.services.stays import Stay, case_visit, stay_of_visit, stay_on
from frontdesk.store.clearance_models import Clearance, ClearanceDeposit, ClearanceGuarantee
from frontdesk.store.models import database_proxy, utc_now

SOURCE_CLEARANCE = "clearance"


class ClearanceStatus(StrEnum):
    NOT_NEEDED = "not_needed"
    PENDING = "pending"
    CLEARED = "cleared"
    EXPIRED = "expired"


class ClearanceWarning(StrEnum):
    MISSING = "missing"  # needed, and nothing recorded
    PENDING = "pending"
    EXPIRED = "expired"

    def message(self) -> str:
        return {
            "missing": "financial clearance missing (no estimate, deposit or guarantee)",
            "pending": "financial clearance pending (the estimate is not covered)",
            "expired": "financial clearance expired (a guarantee of payment ran out)",
        }[self.value]


class GuarantorKind(StrEnum):
    INSURER = "insurer"
    EMBASSY = "embassy"
    EMPLOYER = "employer"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class DepositLine:
    amount: Decimal
    received_on: dt.date
    reference: str | None


@dataclass(frozen=True, slots=True)
class GuaranteeLine:
    guarantor: str
    kind: GuarantorKind
    number: str | None
    amount: Decimal
    valid_from: dt.date
    valid_to: dt.date

    def valid_on(self, day: dt.date) -> bool:
        return self.valid_from <= day <= self.valid_to


@dataclass(frozen=True, slots=True)
class ClearanceView:
    visit_id: int  # the visit that carries it
    recorded: bool  # False: nothing recorded yet (needed by default)
    needed: bool
    currency: str | None
    estimate: Decimal | None
    deposits: tuple[DepositLine, ...]
    guarantees: tuple[GuaranteeLine, ...]
    status: ClearanceStatus
    on: dt.date

    @property
    def deposited(self) -> Decimal:
        return sum((d.amount for d in self.deposits), Decimal(0))

    @property
    def guaranteed(self) -> Decimal:
        """What the guarantees valid on the day cover."""
        return sum((g.amount for g in self.guarantees if g.valid_on(self.on)), Decimal(0))

    @property
    def outstanding(self) -> Decimal | None:
        if self.estimate is None:
            return None
        return max(self.estimate - self.deposited - self.guaranteed, Decimal(0))

    def money(self, amount: Decimal | None, locale: str = "en") -> str:
        if amount is None or self.currency is None:
            return ""
        return format_money(amount, self.currency, locale)

    def as_json(self) -> dict:
        def text(amount: Decimal | None) -> str | None:
            return None if amount is None else str(amount)

        return {
            "status": self.status.value,
            "needed": self.needed,
            "recorded": self.recorded,
            "on": self.on.isoformat(),
            "currency": self.currency,
            "estimate": text(self.estimate),
            "deposited": text(self.deposited),
            "guaranteed": text(self.guaranteed),
            "outstanding": text(self.outstanding),
            "deposits": [
                {
                    "amount": str(d.amount),
                    "received_on": d.received_on.isoformat(),
                    "reference": d.reference,
                }
                for d in self.deposits
            ],
            "guarantees": [
                {
                    "guarantor": g.guarantor,
                    "kind": g.kind.value,
                    "number": g.number,
                    "amount": str(g.amount),
                    "valid_from": g.valid_from.isoformat(),
                    "valid_to": g.valid_to.isoformat(),
                    "valid": g.valid_on(self.on),
                }
                for g in self.guarantees
            ],
        }


def status_of(
    needed: bool,
    estimate: Decimal | None,
    deposits: Decimal,
    guarantees: list[GuaranteeLine],
    day: dt.date,
) -> ClearanceStatus:
    """The rule, apart from the database.

    >>> from decimal import Decimal as D
    >>> g = GuaranteeLine("Kuwait Embassy", GuarantorKind.EMBASSY, None, D(8000),
    ...                   dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    >>> days = (dt.date(2026, 11, 30), dt.date(2026, 12, 1))
    >>> [status_of(True, D(10000), D(2000), [g], day).value for day in days]
    ['cleared', 'expired']
    >>> status_of(True, None, D(0), [], dt.date(2026, 11, 30)).value
    'pending'
    """
    if not needed:
        return ClearanceStatus.NOT_NEEDED
    if estimate is None:
        return ClearanceStatus.PENDING
    valid = sum((g.amount for g in guarantees if g.valid_on(day)), Decimal(0))
    if deposits + valid >= estimate:
        return ClearanceStatus.CLEARED
    every = sum((g.amount for g in guarantees), Decimal(0))
    if deposits + every >= estimate:
        return ClearanceStatus.EXPIRED
    return ClearanceStatus.PENDING


def clearance_of(visit_id: int, day: dt.date) -> ClearanceView:
    stay = stay_of_visit(visit_id)
    row = _row(stay)
    if row is None:
        return ClearanceView(
            case_visit(stay), False, True, None, None, (), (), ClearanceStatus.PENDING, day
        )
    currency = row.currency
    deposits = tuple(
        DepositLine(_amount(d.amount_minor, currency), d.received_on, d.reference)
        for d in row.deposits.order_by(ClearanceDeposit.received_on, ClearanceDeposit.id)
    )
    guarantees = tuple(
        _guarantee_line(g, currency)
        for g in row.guarantees.order_by(ClearanceGuarantee.valid_from, ClearanceGuarantee.id)
    )
    estimate = None if row.estimate_minor is None else _amount(row.estimate_minor, currency)
    paid = sum((d.amount for d in deposits), Decimal(0))
    status = status_of(row.needed, estimate, paid, list(guarantees), day)
    return ClearanceView(
        row.visit_id, True, row.needed, currency, estimate, deposits, guarantees, status, day
    )


def clearance_warning(patient_id: int, day: dt.date) -> ClearanceWarning | None:
    """What the desk is warned about at check-in on ``day``: None when cleared or not needed
    (or the patient has no visit that day)."""
    stay = stay_on(patient_id, day)
    if stay is None:
        return None
    view = clearance_of(stay.first_visit_id, day)
    if view.status in (ClearanceStatus.CLEARED, ClearanceStatus.NOT_NEEDED):
        return None
    if view.status == ClearanceStatus.EXPIRED:
        return ClearanceWarning.EXPIRED
    if not view.recorded or (view.estimate is None and not view.deposits and not view.guarantees):
        return ClearanceWarning.MISSING
    return ClearanceWarning.PENDING


def set_estimate(
    visit_id: int, amount: str | Decimal, currency: str, actor: Actor, *, today: dt.date
) -> ClearanceView:
    code = currency_code(currency)
    value = parse_amount(amount, code, what="estimate")
    with database_proxy.atomic():
        stay = stay_of_visit(visit_id)
        row = _row(stay, create=True, actor=actor)
        if row.currency and row.currency != code and _has_money(row):
            raise InputError(
                f"this clearance is in {row.currency} (its deposits and guarantees are); "
                f"an estimate in {code} cannot be compared with them"
            )
        previous = row.estimate_minor
        Clearance.update(
            currency=code, estimate_minor=to_minor(value, code), **_touched(actor)
        ).where(Clearance.id == row.id).execute()
        record(
            actor,
            "clearance.estimate",
            "visit",
            row.visit_id,
            currency=code,
            estimate=str(value),
            previous=None if previous is None else str(_amount(previous, row.currency or code)),
        )
        return _settled(stay, actor, today)


def set_needed(visit_id: int, needed: bool, actor: Actor, *, today: dt.date) -> ClearanceView:
    with database_proxy.atomic():
        stay = stay_of_visit(visit_id)
        row = _row(stay, create=True, actor=actor)
        if row.needed != needed:
            Clearance.update(needed=needed, **_touched(actor)).where(
                Clearance.id == row.id
            ).execute()
            record(actor, "clearance.needed", "visit", row.visit_id, needed=needed)
        return _settled(stay, actor, today)


def add_deposit(
    visit_id: int,
    amount: str | Decimal,
    actor: Actor,
    *,
    today: dt.date,
    received_on: dt.date | None = None,
    reference: str | None = None,
    currency: str | None = None,
) -> ClearanceView:
    reference = clean_text(reference, "reference", required=False, limit=100)
    with database_proxy.atomic():
        stay = stay_of_visit(visit_id)
        row = _row(stay, create=True, actor=actor)
        code = _currency_for(row, currency, "deposit")
        value = parse_amount(amount, code, what="deposit")
        ClearanceDeposit.create(
            clearance=row.id,
            amount_minor=to_minor(value, code),
            received_on=received_on or today,
            reference=reference,
            recorded_by=actor.staff,
            recorded_station=actor.station,
        )
        Clearance.update(currency=code, **_touched(actor)).where(Clearance.id == row.id).execute()
        record(
            actor,
            "clearance.deposit",
            "visit",
            row.visit_id,
            currency=code,
            amount=str(value),
            reference=reference,
        )
        return _settled(stay, actor, today)


def add_guarantee(
    visit_id: int,
    actor: Actor,
    *,
    today: dt.date,
    guarantor: str,
    kind: GuarantorKind | str,
    amount: str | Decimal,
    valid_from: dt.date,
    valid_to: dt.date,
    number: str | None = None,
    currency: str | None = None,
) -> ClearanceView:
    name = clean_text(guarantor, "guarantor", required=True, limit=200)
    number = clean_text(number, "guarantee number", required=False, limit=100)
    try:
        kind = GuarantorKind(kind)
    except ValueError:
        choices = ", ".join(k.value for k in GuarantorKind)
        raise InputError(f"guarantor kind {kind!r} is not one of {choices}") from None
    if valid_to < valid_from:
        raise InputError(
            f"the guarantee is valid to {valid_to.isoformat()}, before it is valid from "
            f"{valid_from.isoformat()}"
        )
    with database_proxy.atomic():
        stay = stay_of_visit(visit_id)
        row = _row(stay, create=True, actor=actor)
        code = _currency_for(row, currency, "guarantee")
        value = parse_amount(amount, code, what="guarantee amount")
        ClearanceGuarantee.create(
            clearance=row.id,
            guarantor=name,
            kind=kind.value,
            number=number,
            amount_minor=to_minor(value, code),
            valid_from=valid_from,
            valid_to=valid_to,
            recorded_by=actor.staff,
            recorded_station=actor.station,
        )
        Clearance.update(currency=code, **_touched(actor)).where(Clearance.id == row.id).execute()
        record(
            actor,
            "clearance.guarantee",
            "visit",
            row.visit_id,
            currency=code,
            amount=str(value),
            kind=kind.value,
            valid_from=valid_from.isoformat(),
            valid_to=valid_to.isoformat(),
        )
        return _settled(stay, actor, today)


def _row(stay: Stay, *, create: bool = False, actor: Actor | None = None) -> Clearance | None:
    found = (
        Clearance.select()
        .where(Clearance.visit.in_(list(stay.visit_ids)))
        .order_by(Clearance.visit)
        .first()
    )
    if found is not None or not create:
        return found
    assert actor is not None
    return Clearance.create(visit=case_visit(stay), **_touched(actor))


def _touched(actor: Actor) -> dict:
    return {"updated_by": actor.staff, "updated_station": actor.station, "updated_at": utc_now()}


def _has_money(row: Clearance) -> bool:
    return bool(row.deposits.count() or row.guarantees.count())


def _currency_for(row: Clearance, given: str | None, what: str) -> str:
    code = currency_code(given) if given else row.currency
    if code is None:
        raise InputError(f"a {what} needs a currency (set the estimate first, or give one)")
    if row.currency and code != row.currency:
        raise InputError(f"this clearance is in {row.currency}; a {what} in {code} is not")
    return code


def _guarantee_line(row: ClearanceGuarantee, currency: str | None) -> GuaranteeLine:
    return GuaranteeLine(
        row.guarantor,
        GuarantorKind(row.kind),
        row.number,
        _amount(row.amount_minor, currency),
        row.valid_from,
        row.valid_to,
    )


def _amount(minor: int, currency: str | None) -> Decimal:
    return from_minor(minor, currency or "XXX")


def _settled(stay: Stay, actor: Actor, today: dt.date) -> ClearanceView:
    """The view after a change, with the checklist item driven to match (same transaction)."""
    view = clearance_of(stay.first_visit_id, today)
    state = {
        ClearanceStatus.CLEARED: ItemState.DONE,
        ClearanceStatus.NOT_NEEDED: ItemState.NOT_NEEDED,
    }.get(view.status, ItemState.OPEN)
    drive_item(
        view.visit_id,
        CheckItem.FINANCIAL_CLEARANCE,
        state,
        actor,
        source=SOURCE_CLEARANCE,
        reference=f"clearance {view.status.value}",
    )
    return view


def clearance_on_day(day: dt.date) -> dict[int, ClearanceStatus]:
    """Patient id -> the clearance status of their stay, for every patient with a visit on
    ``day``: the day view's filter. A handful of statements whatever the day's size (a stay
    is looked for within :data:`STAY_REACH` days of the day)."""
    from peewee import chunked, fn

    from frontdesk.services.stays import fold_stays
    from frontdesk.store.models import Visit

    patients = [
        v for (v,) in Visit.select(Visit.patient).where(Visit.local_date == day).distinct().tuples()
    ]
    near: list[tuple[int, int, dt.date]] = []
    reach = dt.timedelta(days=STAY_REACH)
    for chunk in chunked(patients, 500):
        near += list(
            Visit.select(Visit.id, Visit.patient, Visit.local_date)
            .where(Visit.patient.in_(chunk) & Visit.local_date.between(day - reach, day + reach))
            .tuples()
        )
    stays = [s for s in fold_stays(near) if day in s.days]
    stay_of = {v: s for s in stays for v in s.visit_ids}
    found: dict[int, Clearance] = {}  # patient id -> the stay's clearance (earliest visit's)
    for chunk in chunked(list(stay_of), 500):
        for row in Clearance.select().where(Clearance.visit.in_(chunk)).order_by(Clearance.visit):
            found.setdefault(stay_of[row.visit_id].patient_id, row)
    by_id = {c.id: c for c in found.values()}
    paid: dict[int, int] = {}
    guarantees: dict[int, list[ClearanceGuarantee]] = {}
    for chunk in chunked(list(by_id), 500):
        sums = (
            ClearanceDeposit.select(
                ClearanceDeposit.clearance, fn.SUM(ClearanceDeposit.amount_minor)
            )
            .where(ClearanceDeposit.clearance.in_(chunk))
            .group_by(ClearanceDeposit.clearance)
            .tuples()
        )
        paid |= {c: int(total) for c, total in sums}
        for g in ClearanceGuarantee.select().where(ClearanceGuarantee.clearance.in_(chunk)):
            guarantees.setdefault(g.clearance_id, []).append(g)
    statuses = {}
    for stay in stays:
        row = found.get(stay.patient_id)
        if row is None:
            statuses[stay.patient_id] = ClearanceStatus.PENDING
            continue
        currency = row.currency
        lines = [_guarantee_line(g, currency) for g in guarantees.get(row.id, [])]
        estimate = None if row.estimate_minor is None else _amount(row.estimate_minor, currency)
        deposits = _amount(paid.get(row.id, 0), currency)
        statuses[stay.patient_id] = status_of(row.needed, estimate, deposits, lines, day)
    return statuses


STAY_REACH = 60  # days around the day in which a stay's visits are looked for
