"""The interpreters' commands: the roster, bookings, an interpreter's day sheet.

    frontdesk interpreters add "Nadia Haddad" --lang ar,fr --hours "Mon-Fri 08:00-17:00" \
        --staff amal
    frontdesk interpreters list [--lang ar] [--json]
    frontdesk interpreters day-off "Nadia Haddad" --from 2026-12-24 --to 2026-12-26 --staff amal
    frontdesk interpreters sheet "Nadia Haddad" --date 2026-11-30 --pdf day.pdf --csv day.csv
    frontdesk interpreter-book A-17                     # who is free: suggestions
    frontdesk interpreter-book A-17 "Nadia Haddad" --staff amal
    frontdesk interpreter-book A-17 phone --service LanguageLine --staff amal
    frontdesk interpreter-book A-17 --status confirmed --staff amal
    frontdesk interpreter-book A-17 --keep --staff amal  # after the appointment moved
"""

from __future__ import annotations

from frontdesk.cli.case_cmds import acting_actor, add_actor_options, print_json
from frontdesk.cli.common import day_arg, open_db, write_pdf


def register(sub) -> None:
    interpreters = sub.add_parser("interpreters", help="the interpreter roster")
    action = interpreters.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = action.add_parser("add", help="add an interpreter")
    add.add_argument("name")
    add.add_argument(
        "--lang",
        required=True,
        action="append",
        metavar="TAGS",
        help="BCP 47 tags, e.g. ar or zh-Hans (repeat, or separate with commas)",
    )
    add.add_argument("--kind", choices=["staff", "agency"], default="staff")
    add.add_argument("--agency", metavar="NAME")
    add.add_argument("--native-name", metavar="NAME")
    add.add_argument("--phone")
    add.add_argument("--email")
    add.add_argument("--base", metavar="BUILDING", help="where they start the day")
    add.add_argument("--hours", metavar="SPANS", help="e.g. 'Mon-Fri 08:00-17:00; Sat 09:00-13:00'")
    add_actor_options(add)
    add.set_defaults(handler=cmd_interpreters_add)
    listing = action.add_parser("list", help="list the roster")
    listing.add_argument("--lang", metavar="TAG", help="who speaks this language")
    listing.add_argument("--all", action="store_true", help="with those no longer active")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=cmd_interpreters_list)
    off = action.add_parser("day-off", help="record days off")
    off.add_argument("interpreter")
    off.add_argument("--from", dest="first", required=True, metavar="D")
    off.add_argument("--to", dest="last", metavar="D", help="(default: the same day)")
    off.add_argument("--reason")
    add_actor_options(off)
    off.set_defaults(handler=cmd_interpreters_day_off)
    sheet = action.add_parser("sheet", help="an interpreter's day sheet (PDF, CSV, JSON)")
    sheet.add_argument("interpreter")
    sheet.add_argument("--date", metavar="D")
    sheet.add_argument("--pdf", metavar="FILE.pdf")
    sheet.add_argument("--csv", metavar="FILE.csv")
    sheet.add_argument("--json", action="store_true")
    sheet.add_argument("--paper", choices=["letter", "a4"], default="letter")
    sheet.set_defaults(handler=cmd_interpreters_sheet)

    book = sub.add_parser(
        "interpreter-book",
        help="book an interpreter for an appointment (without one: who is free)",
    )
    book.add_argument("appointment_id", help="as `schedule --json` shows it, or #ID")
    book.add_argument(
        "interpreter", nargs="?", help="a name or id from the roster, or 'phone' / 'video'"
    )
    book.add_argument("--source", metavar="SYSTEM", help="when the id exists in two sources")
    book.add_argument("--service", metavar="NAME", help="the phone or video service")
    book.add_argument(
        "--status", metavar="S", help="requested, booked, confirmed, done, no_show or cancelled"
    )
    book.add_argument("--note")
    book.add_argument(
        "--keep", action="store_true", help="keep a booking flagged after its appointment moved"
    )
    book.add_argument("--json", action="store_true")
    add_actor_options(book, required=False)
    book.set_defaults(handler=cmd_interpreter_book)


# -- interpreters -----------------------------------------------------------------------------


def cmd_interpreters_add(args, url: str) -> int:
    from frontdesk.services.interpreter_roster import InterpreterInput, add_interpreter

    open_db(url)
    line = add_interpreter(
        InterpreterInput(
            name=args.name,
            languages=",".join(args.lang),
            kind=args.kind,
            agency=args.agency,
            native_name=args.native_name,
            phone=args.phone,
            email=args.email,
            base=args.base,
            hours=args.hours,
        ),
        acting_actor(args),
    )
    print(f"interpreter {line.id}: {line.name} ({', '.join(line.languages)})")
    return 0


def cmd_interpreters_list(args, url: str) -> int:
    from frontdesk.services.interpreter_roster import list_interpreters

    open_db(url)
    roster = list_interpreters(language=args.lang, active_only=not args.all)
    if args.json:
        print_json([i.as_json() for i in roster])
        return 0
    for i in roster:
        who = i.kind.value + (f", {i.agency}" if i.agency else "")
        state = "" if i.active else "  (inactive)"
        print(
            f"{i.id:>4}  {i.name:<28} {', '.join(i.languages):<18} {who:<22} "
            f"{i.hours_text or 'on call'}{state}"
        )
    print(f"{len(roster)} interpreters")
    return 0


def cmd_interpreters_day_off(args, url: str) -> int:
    from frontdesk.services.interpreter_roster import add_absence, find_interpreter
    from frontdesk.timeutil import parse_date

    open_db(url)
    line = find_interpreter(args.interpreter)
    first = parse_date(args.first, what="--from")
    last = parse_date(args.last, what="--to") if args.last else first
    add_absence(line.id, first, last, acting_actor(args), reason=args.reason)
    print(f"{line.name}: off {first} to {last}")
    return 0


def cmd_interpreters_sheet(args, url: str) -> int:
    from frontdesk.services.interpreter_roster import find_interpreter
    from frontdesk.services.interpreter_sheet import day_sheet_csv, interpreter_day
    from frontdesk.services.office import office_zone

    open_db(url)
    day = day_arg(args.date)
    roster_line, lines = interpreter_day(find_interpreter(args.interpreter).id, day)
    if args.pdf:
        from frontdesk.printing.interpreter_sheet_pdf import interpreter_sheet_pdf

        write_pdf(
            args.pdf,
            interpreter_sheet_pdf(roster_line, lines, day, office_zone(), paper=args.paper),
        )
    if args.csv:
        write_pdf(args.csv, ("\ufeff" + day_sheet_csv(lines)).encode("utf-8"))
    if args.json:
        print_json(
            {
                "interpreter": roster_line.name,
                "date": day.isoformat(),
                "appointments": [s.as_json() for s in lines],
            }
        )
    elif not (args.pdf or args.csv):
        for s in lines:
            print(
                f"{s.start:%H:%M}-{s.end:%H:%M}  {s.place or s.mode.value:<36} "
                f"{s.patient}  {s.native_name or ''}  [{s.language or '?'}]"
            )
        print(f"{len(lines)} appointments for {roster_line.name} on {day}")
    return 0


# -- bookings ---------------------------------------------------------------------------------


def cmd_interpreter_book(args, url: str) -> int:
    from frontdesk.services import interpreter_bookings as bookings
    from frontdesk.services.office import office_zone

    open_db(url)
    tz = office_zone()
    appointment_id = bookings.find_appointment(args.appointment_id, args.source)
    if args.keep:
        line = bookings.keep_after_move(appointment_id, acting_actor(args))
        return _show_booking(args, line, [], tz)
    if args.interpreter is None and args.status is None:
        return _suggest(args, appointment_id, tz)
    if args.interpreter is None:
        line = bookings.set_booking_status(appointment_id, args.status, acting_actor(args))
        return _show_booking(args, line, [], tz)
    mode, interpreter_id = "in_person", None
    if args.interpreter.strip().lower() in ("phone", "video"):
        mode = args.interpreter.strip().lower()
    else:
        from frontdesk.services.interpreter_roster import find_interpreter

        interpreter_id = find_interpreter(args.interpreter).id
    result = bookings.book_interpreter(
        appointment_id,
        acting_actor(args),
        interpreter_id=interpreter_id,
        mode=mode,
        remote_service=args.service,
        status=args.status,
        note=args.note,
    )
    return _show_booking(args, result.booking, result.conflicts, tz, change=result.change)


def _show_booking(args, line, conflicts, tz, change: str | None = None) -> int:
    if args.json:
        print_json(
            {
                **line.as_json(tz),
                "change": change,
                "warnings": [{"kind": c.kind.value, "message": c.describe(tz)} for c in conflicts],
            }
        )
        return 0
    who = line.interpreter_name or line.remote_service or line.mode.label.lower()
    review = (
        "  (to review: the appointment " + line.review_reason.value + ")"
        if (line.needs_review and line.review_reason)
        else ""
    )
    print(f"{args.appointment_id}: {who}, {line.status.label.lower()}{review}")
    for c in conflicts:
        print(f"warning: {c.describe(tz)}")
    return 0


def _suggest(args, appointment_id: int, tz) -> int:
    from frontdesk.services.interpreter_bookings import booking_of, suggest_interpreters

    suggestions = suggest_interpreters(appointment_id)
    current = booking_of(appointment_id)
    if args.json:
        print_json(
            {
                "booking": current.as_json(tz) if current else None,
                "suggestions": [
                    {
                        "interpreter": s.interpreter.as_json(),
                        "match": s.match,
                        "free": s.free,
                        "bookings_that_day": s.bookings_that_day,
                        "warnings": [c.kind.value for c in s.conflicts],
                    }
                    for s in suggestions
                ],
            }
        )
        return 0
    if current:
        print(
            f"booked now: {current.interpreter_name or current.mode.value}, {current.status.value}"
        )
    for s in suggestions:
        notes = "; ".join(c.describe(tz) for c in s.conflicts) or "free"
        print(
            f"{s.interpreter.id:>4}  {s.interpreter.name:<28} {s.match:<9} "
            f"{s.bookings_that_day} that day  {notes}"
        )
    if not suggestions:
        print("nobody on the roster speaks the patient's language: book 'phone' or 'video'")
    return 0
