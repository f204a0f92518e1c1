"""``frontdesk clearance``: a stay's financial clearance shown, and changed with options.

    frontdesk clearance M00000042 [--date D] [--json]
    frontdesk clearance M00000042 --estimate 12500.00 --currency USD --staff amal
    frontdesk clearance M00000042 --deposit 5000 --received 2026-11-20 --reference TT-881 \\
        --staff amal
    frontdesk clearance M00000042 --guarantee "Embassy of Kuwait" --kind embassy \\
        --number HO/2026/118 --amount 7500 --valid-from 2026-11-01 --valid-to 2026-12-31 \\
        --staff amal
    frontdesk clearance M00000042 --not-needed --staff amal

The stay is the patient's stay on ``--date`` (default today), else their next one. All the
changes one command asks for are made in one transaction, or none.
"""

from __future__ import annotations

import json

from frontdesk.cli.case_cmds import acting_actor, add_actor_options
from frontdesk.cli.common import all_or_nothing, day_arg, open_db
from frontdesk.errors import InputError, NotFound
from frontdesk.timeutil import parse_date


def register(sub) -> None:
    clearance = sub.add_parser("clearance", help="a stay's financial clearance")
    clearance.add_argument("mrn")
    clearance.add_argument("--date", metavar="D", help="the stay on (or after) this day")
    clearance.add_argument("--estimate", metavar="AMOUNT")
    clearance.add_argument("--currency", metavar="CODE", help="ISO 4217: USD, EUR, SAR, KWD...")
    clearance.add_argument("--deposit", metavar="AMOUNT", help="a deposit received")
    clearance.add_argument("--received", metavar="D", help="the day it was received (today)")
    clearance.add_argument("--reference", metavar="TEXT", help="the receipt or transfer number")
    clearance.add_argument("--guarantee", metavar="GUARANTOR", help="a guarantee of payment")
    clearance.add_argument("--kind", default="insurer", help="insurer, embassy, employer, other")
    clearance.add_argument("--number", metavar="TEXT", help="the guarantee's number")
    clearance.add_argument("--amount", metavar="AMOUNT", help="the amount guaranteed")
    clearance.add_argument("--valid-from", metavar="D")
    clearance.add_argument("--valid-to", metavar="D")
    needed = clearance.add_mutually_exclusive_group()
    needed.add_argument("--needed", action="store_true", default=None)
    needed.add_argument("--not-needed", dest="needed", action="store_false")
    clearance.add_argument("--json", action="store_true")
    add_actor_options(clearance, required=False)
    clearance.set_defaults(handler=cmd_clearance)


def cmd_clearance(args, url: str) -> int:
    from frontdesk.services import clearance as service
    from frontdesk.services.patients import patient_by_mrn
    from frontdesk.services.stays import patient_stays

    received = parse_date(args.received, what="--received") if args.received else None
    guarantee = _guarantee_args(args)
    open_db(url)
    today = day_arg(None)
    day = day_arg(args.date)
    patient = patient_by_mrn(args.mrn)
    stay = next((s for s in patient_stays(patient.id) if s.last_day >= day), None)
    if stay is None:
        raise NotFound(f"{patient.mrn} has no visit on or after {day.isoformat()}")
    visit = stay.first_visit_id
    changes = (
        args.estimate is not None,
        args.deposit is not None,
        guarantee is not None,
        args.needed is not None,
    )
    if any(changes):
        actor = acting_actor(args)
        with all_or_nothing():
            if args.needed is not None:
                service.set_needed(visit, args.needed, actor, today=today)
            if args.estimate is not None:
                if not args.currency:
                    raise InputError("--estimate needs --currency (an ISO 4217 code: USD, SAR...)")
                service.set_estimate(visit, args.estimate, args.currency, actor, today=today)
            if args.deposit is not None:
                service.add_deposit(
                    visit,
                    args.deposit,
                    actor,
                    today=today,
                    received_on=received,
                    reference=args.reference,
                    currency=args.currency,
                )
            if guarantee is not None:
                service.add_guarantee(
                    visit, actor, today=today, currency=args.currency, **guarantee
                )
    view = service.clearance_of(visit, day if day >= stay.first_day else stay.first_day)
    if args.json:
        print(json.dumps({"mrn": patient.mrn, **view.as_json()}, ensure_ascii=False, indent=1))
        return 0
    print(f"{patient.mrn}: financial clearance {view.status.value.replace('_', ' ')}")
    if view.estimate is not None:
        print(f"  estimate     {view.money(view.estimate)}")
        print(f"  deposited    {view.money(view.deposited)}")
        print(f"  guaranteed   {view.money(view.guaranteed)} (valid on {view.on.isoformat()})")
        print(f"  outstanding  {view.money(view.outstanding)}")
    for d in view.deposits:
        print(f"  deposit {view.money(d.amount)} received {d.received_on} {d.reference or ''}")
    for g in view.guarantees:
        state = "valid" if g.valid_on(view.on) else "not valid"
        print(
            f"  guarantee {view.money(g.amount)} by {g.guarantor} ({g.kind.value}) "
            f"{g.number or ''} {g.valid_from} to {g.valid_to}: {state}"
        )
    return 0


def _guarantee_args(args) -> dict | None:
    if args.guarantee is None:
        if args.amount or args.valid_from or args.valid_to or args.number:
            raise InputError("--amount, --number, --valid-from and --valid-to go with --guarantee")
        return None
    missing = [
        name
        for name, value in (
            ("--amount", args.amount),
            ("--valid-from", args.valid_from),
            ("--valid-to", args.valid_to),
        )
        if not value
    ]
    if missing:
        raise InputError(f"--guarantee needs {', '.join(missing)}")
    return {
        "guarantor": args.guarantee,
        "kind": args.kind,
        "number": args.number,
        "amount": args.amount,
        "valid_from": parse_date(args.valid_from, what="--valid-from"),
        "valid_to": parse_date(args.valid_to, what="--valid-to"),
    }
