"""The schedule's commands: demo data, import, the day's schedule, search, check-in."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from frontdesk.cli.common import acting, day_arg, open_db, plural, progress
from frontdesk.errors import FrontdeskError, InputError
from frontdesk.timeutil import parse_date, today


def register(sub) -> None:
    demo = sub.add_parser("demo", help="fill an empty database with realistic demo data")
    demo.add_argument("--patients", type=int, default=2000, metavar="N")
    demo.add_argument("--date", metavar="D", help="first day with appointments (default today)")
    demo.add_argument("--days", type=int, default=0, metavar="K", help="and the next K days")
    demo.add_argument("--seed", type=int, default=1, metavar="S")
    demo.add_argument(
        "--per-day",
        type=int,
        metavar="N",
        help="appointments a day (default: grows with --patients, up to 2000)",
    )
    demo.add_argument("--quiet", action="store_true", help="no progress on the terminal")
    demo.add_argument(
        "--if-empty",
        action="store_true",
        help="do nothing (and succeed) when the database already holds patients",
    )
    demo.set_defaults(handler=cmd_demo)

    imp = sub.add_parser("import", help="import a day's schedule (CSV, HL7 v2 SIU, FHIR R4)")
    imp.add_argument("file")
    imp.add_argument(
        "--format",
        choices=("auto", "csv", "hl7", "fhir"),
        default="auto",
        help="the file's format (default: told from its content)",
    )
    imp.add_argument(
        "--dry-run", action="store_true", help="report what would change, write nothing"
    )
    imp.add_argument(
        "--skip-bad",
        action="store_true",
        help="write the good rows/messages/entries and list the bad ones (default: all or nothing)",
    )
    imp.add_argument("--json", action="store_true")
    imp.add_argument("--staff", metavar="USER", help="staff account the import is recorded under")
    imp.add_argument("--station", metavar="NAME", default="import")
    imp.set_defaults(handler=cmd_import)

    sched = sub.add_parser("schedule", help="the appointments of a day")
    sched.add_argument("--date", metavar="D")
    sched.add_argument("--json", action="store_true")
    sched.set_defaults(handler=cmd_schedule)

    search = sub.add_parser("search", help="find patients by name, MRN, passport or birth date")
    search.add_argument("query")
    search.add_argument("--limit", type=int, default=20, metavar="N")
    search.add_argument(
        "--date",
        metavar="D",
        help="patients expected that day come first, as in the window (default: today)",
    )
    search.add_argument("--json", action="store_true")
    search.set_defaults(handler=cmd_search)

    checkin = sub.add_parser("checkin", help="check a patient in for a day")
    checkin.add_argument("mrn")
    checkin.add_argument("--date", metavar="D", help="default today; a past day is a supervisor's")
    checkin.add_argument("--reason", metavar="TEXT", help="why a past day (a supervisor's fix)")
    checkin.add_argument("--staff", required=True, metavar="USER")
    checkin.add_argument("--station", required=True, metavar="NAME")
    checkin.add_argument("--json", action="store_true")
    checkin.set_defaults(handler=cmd_checkin)


def cmd_demo(args, url: str) -> int:
    from frontdesk.demo.generator import DemoOptions, generate
    from frontdesk.services.patients import patient_count

    start = parse_date(args.date, what="--date") if args.date else None
    options = DemoOptions(
        patients=args.patients, start=start, days=args.days, seed=args.seed, per_day=args.per_day
    ).checked()  # refused before a database file is made
    open_db(url)
    if args.if_empty and (count := patient_count()):
        print(f"the database already holds {plural(count, 'patient')}; no demo data added")
        return 0
    report = generate(options, progress=None if args.quiet else progress)
    print(report.describe())
    return 0


def cmd_import(args, url: str) -> int:
    from frontdesk.services.schedule_import import (
        ImportFailed,
        import_schedule_bytes,
        read_import_file,
    )

    open_db(url)
    data = read_import_file(args.file)  # an unreadable file registers no station
    try:
        with acting(args) as actor:  # a refused import registers no station either
            report = import_schedule_bytes(
                data,
                actor,
                fmt=args.format,
                dry_run=args.dry_run,
                skip_bad=args.skip_bad,
                name=Path(args.file).name,
            )
    except ImportFailed as failed:
        if args.json:
            print(json.dumps(failed.report.as_json(), ensure_ascii=False, indent=2))
        print(f"frontdesk: error: {failed.report.describe()}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(report.as_json(), ensure_ascii=False, indent=2))
    else:
        print(report.describe())
    return 1 if report.errors else 0  # 1: written, but bad units were left out (--skip-bad)


def cmd_schedule(args, url: str) -> int:
    from frontdesk.services.schedule import day_schedule, entry_as_json

    if args.date:
        parse_date(args.date, what="--date")  # a bad date is refused before anything is opened
    open_db(url)
    day = day_arg(args.date)
    entries = day_schedule(day)
    if args.json:
        print(json.dumps([entry_as_json(e) for e in entries], ensure_ascii=False, indent=2))
        return 0
    if not entries:
        print(f"{day.isoformat()}: no appointments")
        return 0
    print(f"{day.isoformat()}: {plural(len(entries), 'appointment')}")
    for e in entries:
        native = f" ({e.patient.native_name})" if e.patient.native_name else ""
        print(
            f"{e.start:%H:%M}  {e.status.label:<11} {e.patient.mrn:<12} "
            f"{e.patient.family_name}, {e.patient.given_name}{native}  "
            f"{e.department or ''} / {e.location or ''}"
        )
    return 0


def cmd_search(args, url: str) -> int:
    from frontdesk.services.search import hit_as_json, search_patients

    if not 1 <= args.limit <= 500:
        raise FrontdeskError("--limit must be between 1 and 500")
    if args.date:
        parse_date(args.date, what="--date")
    open_db(url)
    day = day_arg(args.date)
    hits = search_patients(args.query, limit=args.limit, day=day)
    if args.json:
        print(json.dumps([hit_as_json(h) for h in hits], ensure_ascii=False, indent=2))
        return 0
    if not hits:
        print(f"no patient matches {args.query!r}")
        return 0
    for h in hits:
        p = h.patient
        native = f" ({p.native_name})" if p.native_name else ""
        expected = f"  expected {day.isoformat()}" if h.expected_today else ""
        print(
            f"{h.score:.2f}  {p.mrn:<12} {p.family_name}, {p.given_name}{native}  "
            f"{p.date_of_birth.isoformat() if p.date_of_birth else 'born ?':<10}  "
            f"{p.nationality or ''}{expected}"
        )
    return 0


def cmd_checkin(args, url: str) -> int:
    from frontdesk.services.checkin import check_in
    from frontdesk.services.office import office_zone
    from frontdesk.services.patients import patient_by_mrn

    if args.date:
        parse_date(args.date, what="--date")
    open_db(url)
    day = day_arg(args.date)
    if day > today(office_zone()):  # nobody arrives in the future (2031-01-01 was stored)
        raise InputError(
            f"{day:%Y-%m-%d} has not come yet in the office's time zone ({office_zone().key}): "
            "a patient is checked in on the day they arrive",
            where="--date",
        )
    with acting(args) as actor:  # the staff account first, then the patient
        patient_id = patient_by_mrn(args.mrn).id
        result = check_in(patient_id, day, actor, reason=args.reason)
    _warn_clearance(patient_id, day)
    if args.json:
        print(
            json.dumps(
                {
                    "visit_id": result.visit_id,
                    "status": result.status.value,
                    "arrived_at": result.arrived_at.isoformat(),
                    "already": result.already,
                }
            )
        )
    else:
        print(f"{args.mrn}: {result.message(office_zone())}")
    return 0


def _warn_clearance(patient_id: int, day) -> None:
    """A warning, never a refusal: the patient is checked in all the same (issue 19)."""
    from frontdesk.cli.common import warn
    from frontdesk.services.clearance import clearance_warning

    warning = clearance_warning(patient_id, day)
    if warning is not None:
        warn(warning.message())
