"""The international case's commands: arrivals and departures, a patient's case, the case
board (the interpreters' commands are in :mod:`frontdesk.cli.interpreter_cmds`).

    frontdesk arrivals --date 2026-11-29 [--json] [--pdf arrivals.pdf]
    frontdesk departures --date 2026-12-04
    frontdesk case M00000042 --json
    frontdesk case M00000042 --set records_received=done --travel arrival_number="SV 35" \
        --staff amal
    frontdesk case-board --from 2026-11-30 --days 7 --open --arriving
    frontdesk case-import cases.csv --staff amal [--dry-run]   # columns: services/case_import.py
"""

from __future__ import annotations

import datetime as dt
import json

from frontdesk.cli.common import day_arg, open_db, write_pdf
from frontdesk.errors import InputError


def register(sub) -> None:
    for name, helptext in (("arrivals", "who arrives on a day"), ("departures", "who leaves")):
        sheet = sub.add_parser(name, help=helptext)
        sheet.add_argument("--date", metavar="D")
        sheet.add_argument("--json", action="store_true")
        sheet.add_argument("--pdf", metavar="FILE.pdf")
        sheet.add_argument("--paper", choices=["letter", "a4"], default="letter")
        sheet.set_defaults(handler=cmd_movements, arriving=name == "arrivals")

    case = sub.add_parser("case", help="a patient's international case; change it with options")
    case.add_argument("mrn")
    case.add_argument("--since", metavar="D", help="stays not over by this day (default today)")
    case.add_argument("--date", metavar="D", help="the stay to change (default: the next one)")
    case.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="ITEM=STATE",
        help="a checklist item: open, done or not_needed",
    )
    case.add_argument("--note", help="a note with --set")
    case.add_argument(
        "--travel",
        action="append",
        default=[],
        metavar="FIELD=VALUE",
        help="e.g. arrival_number='SV 35', arrival_time='2026-11-29 18:05'",
    )
    case.add_argument("--json", action="store_true")
    add_actor_options(case, required=False)
    case.set_defaults(handler=cmd_case)

    load = sub.add_parser(
        "case-import",
        help="travel, checklist items and interpreter bookings from a CSV file (all or nothing)",
    )
    load.add_argument("file", metavar="FILE.csv")
    load.add_argument("--dry-run", action="store_true", help="check the file, write nothing")
    add_actor_options(load, required=False)
    load.set_defaults(handler=cmd_case_import)

    board = sub.add_parser("case-board", help="the coming days' stays and their checklists")
    board.add_argument("--from", dest="first", metavar="D", help="(default today)")
    board.add_argument("--days", type=int, default=14, metavar="N")
    board.add_argument("--open", action="store_true", help="something on the checklist open")
    board.add_argument("--arriving", action="store_true", help="arriving in these days")
    board.add_argument(
        "--no-interpreter", action="store_true", help="needs an interpreter, none booked"
    )
    board.add_argument("--review", action="store_true", help="a booking to review")
    board.add_argument("--item", metavar="ITEM", help="this item open")
    board.add_argument("--text", metavar="TEXT", help="part of a name or the MRN")
    board.add_argument("--json", action="store_true")
    board.set_defaults(handler=cmd_case_board)


def add_actor_options(parser, *, required: bool = True) -> None:
    parser.add_argument(
        "--staff",
        required=required,
        metavar="USER",
        help="the staff account the change is recorded under",
    )
    parser.add_argument("--station", default="cli", metavar="NAME")


def acting_actor(args):
    from frontdesk.cli.common import actor_arg

    if not args.staff:
        raise InputError("--staff is required to change anything (who makes the change)")
    return actor_arg(args)


def print_json(value) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=1))


# -- travel -----------------------------------------------------------------------------------


def cmd_movements(args, url: str) -> int:
    from frontdesk.services.arrivals import arrivals_on, departures_on
    from frontdesk.services.office import office_zone

    open_db(url)
    tz = office_zone()
    day = day_arg(args.date)
    sheet = (arrivals_on if args.arriving else departures_on)(day, tz=tz)
    if args.pdf:
        from frontdesk.printing.arrivals_pdf import movements_pdf

        write_pdf(args.pdf, movements_pdf(sheet, day, tz, arriving=args.arriving, paper=args.paper))
    if args.json:
        print_json([m.as_json() for m in sheet])
        return 0
    for m in sheet:
        there = f" ({m.at_there:%H:%M} local)" if m.at_there else ""
        interpreter = f" interpreter: {m.language}" if m.interpreter_needed else ""
        pickup = m.pickup_by or ("pickup not booked" if args.arriving else "")
        print(
            f"{m.at:%H:%M}{there}  {m.number or '-':<11} {m.other_end or '?':<5} "
            f"{m.family_name.upper()}, {m.given_name} (+{m.companions}){interpreter}  "
            f"{pickup}"
        )
    word = ("arrival" if args.arriving else "departure") + ("" if len(sheet) == 1 else "s")
    print(f"{len(sheet)} {word} on {day}" + (f" -> {args.pdf}" if args.pdf else ""))
    return 0


# -- the case ---------------------------------------------------------------------------------


def cmd_case(args, url: str) -> int:
    from frontdesk.services.case_view import patient_case
    from frontdesk.services.office import office_zone
    from frontdesk.timeutil import parse_date

    open_db(url)
    tz = office_zone()
    since = parse_date(args.since, what="--since") if args.since else None
    if args.set or args.travel:
        _change_case(args, since)
    case = patient_case(args.mrn, since)
    if args.json:
        print_json(case.as_json(tz))
        return 0
    print(
        f"{case.mrn}  {case.family_name.upper()}, {case.given_name}  {case.native_name or ''}"
        f"  [{case.language or '?'}{', interpreter' if case.interpreter_needed else ''}]"
    )
    for stay in case.stays:
        print(f"\nstay {stay.days[0]} to {stay.days[-1]} (visit {stay.visit_id})")
        t = stay.travel
        if t and t.arrival_at:
            print(
                f"  arrives {t.arrival_at.astimezone(tz):%Y-%m-%d %H:%M} {t.arrival_number or ''}"
                f" {t.arrival_from or ''} -> {t.arrival_place or ''}"
                f"  pickup: {t.pickup_by or 'not booked'}"
            )
        if stay.travel and stay.travel.stay_address:
            print(f"  stays at {stay.travel.stay_address}")
        for line in stay.checklist:
            mark = {"done": "x", "not_needed": "-", "open": " "}[line.state.value]
            who = (
                f"  ({line.set_by or line.source}, {line.set_at.astimezone(tz):%Y-%m-%d %H:%M})"
                if line.set_at
                else ""
            )
            print(f"  [{mark}] {line.item.label}{who}")
        for a in stay.appointments:
            booking = a.booking
            interp = "-"
            if booking:
                interp = (
                    f"{booking.interpreter_name or booking.mode.value} ({booking.status.value})"
                )
                if booking.needs_review:
                    interp += " REVIEW"
            print(
                f"  {a.start:%Y-%m-%d %H:%M}  {a.external_id:<12} {a.location or '':<36} {interp}"
            )
    if not case.stays:
        print("no stay from this day on")
    return 0


def _change_case(args, since: dt.date | None) -> None:
    from frontdesk.services.checklist import set_item
    from frontdesk.services.database import transaction
    from frontdesk.services.patients import patient_by_mrn
    from frontdesk.services.stays import patient_stays
    from frontdesk.services.travel import save_travel
    from frontdesk.timeutil import parse_date

    actor = acting_actor(args)
    patient = patient_by_mrn(args.mrn)
    day = parse_date(args.date, what="--date") if args.date else (since or day_arg(None))
    stays = [s for s in patient_stays(patient.id) if s.last_day >= day]
    if not stays:
        raise InputError(f"{patient.mrn} has no stay from {day} on to change")
    visit_id = stays[0].first_visit_id
    items = [_pair(text, "--set") for text in args.set]
    travel = dict(_pair(text, "--travel") for text in args.travel)
    with transaction():  # all the changes, or none
        for item, state in items:
            set_item(visit_id, item, state, actor, note=args.note)
        if travel:
            save_travel(visit_id, travel, actor)


def _pair(text: str, option: str) -> tuple[str, str]:
    name, sep, value = text.partition("=")
    if not sep or not name.strip():
        raise InputError(f"{option} {text!r}: expected NAME=VALUE")
    return name.strip(), value.strip()


def cmd_case_import(args, url: str) -> int:
    from pathlib import Path

    from frontdesk.services.case_import import import_case_csv

    open_db(url)
    report = import_case_csv(Path(args.file), acting_actor(args), dry_run=args.dry_run)
    rows = f"{report.rows} row{'s' if report.rows != 1 else ''}"
    what = (
        f"travel of {report.travel} stay(s), {report.items} checklist item(s), "
        f"{report.bookings} interpreter booking(s)"
    )
    if report.dry_run:
        print(f"{rows} checked, nothing written (dry run): would change {what}")
    else:
        print(f"{rows} imported: {what}")
    return 0


def cmd_case_board(args, url: str) -> int:
    from frontdesk.services.case_board import BoardFilter, case_board
    from frontdesk.services.case_terms import CheckItem, parse_code
    from frontdesk.services.office import office_zone

    open_db(url)
    tz = office_zone()
    first = day_arg(args.first)
    if not 1 <= args.days <= 366:
        raise InputError("--days must be between 1 and 366")
    last = first + dt.timedelta(days=args.days - 1)
    wanted = BoardFilter(
        open_only=args.open,
        item=parse_code(CheckItem, args.item, what="a checklist item", where="--item")
        if args.item
        else None,
        arriving_within=(first, last) if args.arriving else None,
        interpreter_gap=args.no_interpreter,
        review=args.review,
        text=args.text or "",
    )
    rows = [r for r in case_board(first, args.days, tz=tz) if wanted.accepts(r)]
    if args.json:
        print_json([r.as_json(tz) for r in rows])
        return 0
    for r in rows:
        arrival = f"{r.arrival_at:%a %d %H:%M} {r.arrival_number or ''}" if r.arrival_at else "-"
        open_items = ", ".join(i.short for i in r.open_items) or "ready"
        interp = f"  interpreter {r.covered}/{r.needing}" if r.needing else ""
        review = f"  REVIEW {r.review}" if r.review else ""
        name = f"{r.family_name.upper()}, {r.given_name}"
        print(
            f"{max(r.first_day, first)}  {r.mrn:<10} {name:<28} {arrival:<20} "
            f"open: {open_items}{interp}{review}"
        )
    print(f"{len(rows)} stays from {first} to {last}")
    return 0
