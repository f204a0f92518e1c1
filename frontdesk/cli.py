"""The ``frontdesk`` command: the window by default, and the desk's jobs as subcommands.

    frontdesk                                   # the window, on the default SQLite file
    frontdesk --db postgresql://127.0.0.1/ipc   # the window, on a shared server
    frontdesk demo --patients 2000
    frontdesk schedule --date 2026-11-28 --json
    frontdesk search "mohamed ali" --json
    frontdesk checkin MRN0000042 --staff demo --station "Desk 1"
    frontdesk import today.csv --dry-run
    frontdesk import siu-0630.hl7 --skip-bad --json
    frontdesk badge MRN0000042 --layout cr80 --staff amal -o badge.pdf
    frontdesk badges --date 2026-11-30 --layout sheet-letter --staff amal -o day.pdf
    frontdesk summary MRN0000042 --from 2026-11-30 --to 2026-12-02 --lang ar -o stay.pdf
    frontdesk office-info --name "International Patient Center" --phone "+1 617 555 0100"

Bad input prints one line on stderr and exits with status 2; nothing is written.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from frontdesk import __version__
from frontdesk.config import DB_ENV, database_url, skip_postgres_driver
from frontdesk.errors import FrontdeskError
from frontdesk.timeutil import parse_date

log = logging.getLogger("frontdesk")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="frontdesk",
        description="Front desk of an International Patient Center.",
    )
    parser.add_argument(
        "--db",
        metavar="URL",
        help="sqlite:///PATH or postgresql://HOST/NAME "
        "(default: $FRONTDESK_DB, else a SQLite file in your data directory)",
    )
    parser.add_argument("--version", action="version", version=f"frontdesk {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log what happens")
    shot = parser.add_argument_group("screenshot mode (render the window to a PNG and exit)")
    shot.add_argument("--screenshot", metavar="FILE.png")
    shot.add_argument("--date", dest="screenshot_date", metavar="D", help="the day to show")
    shot.add_argument("--size", default="1366x768", metavar="WxH")
    shot.add_argument("--search", metavar="TEXT", help="typed into the search box")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

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

    sched = sub.add_parser("schedule", help="the appointments of a day")
    sched.add_argument("--date", metavar="D")
    sched.add_argument("--json", action="store_true")

    search = sub.add_parser("search", help="find patients by name, MRN, passport or birth date")
    search.add_argument("query")
    search.add_argument("--limit", type=int, default=20, metavar="N")
    search.add_argument("--json", action="store_true")

    checkin = sub.add_parser("checkin", help="check a patient in for a day")
    checkin.add_argument("mrn")
    checkin.add_argument("--date", metavar="D")
    checkin.add_argument("--staff", required=True, metavar="USER")
    checkin.add_argument("--station", required=True, metavar="NAME")
    checkin.add_argument("--json", action="store_true")

    check = sub.add_parser("verify", help="check a badge token as a door does (exit 1: refused)")
    check.add_argument("payload", help="the text in the badge's QR code")
    check.add_argument("--at", metavar="INSTANT", help="ISO 8601 instant (default: now)")
    check.add_argument("--json", action="store_true")

    layouts = "badge-4x3, cr80, brother-62, dymo-30857, sheet-letter, sheet-a4"
    badge = sub.add_parser("badge", help="print one holder's visitor badge to a PDF")
    badge.add_argument("mrn")
    badge.add_argument("--date", metavar="D", help="the day of the visit (default today)")
    badge.add_argument("--companion", type=int, metavar="ID", help="a companion's badge")
    badge.add_argument("--layout", default="badge-4x3", metavar="L", help=layouts)
    badge.add_argument("--until", metavar="D", help="last day (a treatment stay; default: D)")
    badge.add_argument("--destination", metavar="TEXT", help="building / floor / zone")
    badge.add_argument("--photo", metavar="FILE", help="a JPEG or PNG photo of the holder")
    badge.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    badge.add_argument(
        "--staff", required=True, metavar="USER", help="staff account the badge is issued by"
    )
    badge.add_argument("--station", default="cli", metavar="NAME")

    batch = sub.add_parser("badges", help="the day's badges for expected patients and companions")
    batch.add_argument("--date", metavar="D", help="default today")
    batch.add_argument("--layout", default="sheet-letter", metavar="L", help=layouts)
    batch.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    batch.add_argument("--staff", required=True, metavar="USER", help="who prints them")
    batch.add_argument("--station", default="cli", metavar="NAME")

    door = sub.add_parser("door", help="the door station: scan badges, full screen")
    door.add_argument("--door", required=True, metavar="NAME", help="e.g. 'Main entrance'")
    door.add_argument(
        "--direction",
        choices=["in", "out", "both", "inside"],
        default="both",
        help="inside: a door within the building, which does not count people in or out",
    )
    door.add_argument("--windowed", action="store_true", help="not full screen")
    door.add_argument("--no-camera", action="store_true", help="scanner only")
    door.add_argument("--screenshot", metavar="FILE.png", help="render and exit (with --scan)")
    door.add_argument("--scan", action="append", metavar="PAYLOAD", help="scan this first")

    onsite = sub.add_parser("onsite", help="who is on site now (fire roll-call)")
    onsite.add_argument("--json", action="store_true")
    onsite.add_argument("--pdf", metavar="FILE.pdf", help="the roll-call to print")
    onsite.add_argument("--paper", choices=["letter", "a4"], default="letter")

    scans = sub.add_parser("scans", help="the day's badge scans at the doors")
    scans.add_argument("--date", metavar="D")
    scans.add_argument("--door", metavar="NAME")
    scans.add_argument("--refused", action="store_true", help="refusals only")
    scans.add_argument("--badge", type=int, metavar="ID")
    scans.add_argument("--json", action="store_true")

    summary = sub.add_parser("summary", help="a patient's visit summary, in their language")
    summary.add_argument("mrn")
    when = summary.add_mutually_exclusive_group()
    when.add_argument("--date", metavar="D", help="the day (default today)")
    when.add_argument("--from", dest="first", metavar="D", help="first day of a stay")
    summary.add_argument("--to", dest="last", metavar="D", help="last day of a stay")
    summary.add_argument(
        "--lang", metavar="TAG", help="e.g. ar, zh-Hans, pt-BR (default: the patient's)"
    )
    summary.add_argument("--paper", choices=["letter", "a4"], help="default: the office's")
    summary.add_argument("-o", "--output", required=True, metavar="FILE.pdf")

    office = sub.add_parser(
        "office-info", help="show or set what visit summaries say of the office"
    )
    office.add_argument("--name", metavar="TEXT")
    office.add_argument("--address", metavar="TEXT", help="lines separated by \\n")
    office.add_argument("--phone", metavar="TEXT")
    office.add_argument("--hours", metavar="TEXT", help='e.g. "Mon–Fri 7:30–18:00"')
    note = office.add_mutually_exclusive_group()
    note.add_argument("--note", metavar="TEXT", help="what to bring / where to go first")
    note.add_argument("--note-file", metavar="FILE", help="the same, from a UTF-8 text file")
    office.add_argument(
        "--note-lang", metavar="TAG", help="the note is for this language only (e.g. ar)"
    )
    office.add_argument("--paper", choices=["letter", "a4"], help="paper of visit summaries")
    office.add_argument("--closes", metavar="HH:MM", help="closing time: day badges end then")
    office.add_argument(
        "--staff", metavar="USER", help="staff account the change is recorded under"
    )
    office.add_argument("--station", default="cli", metavar="NAME")

    staff = sub.add_parser("staff", help="staff accounts")
    staff.add_argument("action", choices=["add", "list"])
    staff.add_argument("username", nargs="?")
    staff.add_argument("--name", metavar="DISPLAY_NAME")

    zone = sub.add_parser("office-zone", help="show or set the office's time zone")
    zone.add_argument("zone", nargs="?", help="an IANA name such as America/New_York")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    url = database_url(args.db)
    try:
        if args.command is None:
            if args.db or os.environ.get(DB_ENV):  # else the station's settings may name one
                skip_postgres_driver(url)
            return _window(args, url)
        skip_postgres_driver(url)
        return COMMANDS[args.command](args, url)
    except FrontdeskError as exc:
        print(f"frontdesk: error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # `frontdesk search kim | head`: the reader has what it wanted
        sys.stderr.close()
        return 0


def _window(args, url: str) -> int:
    from frontdesk.gui.app import run_window

    day = parse_date(args.screenshot_date, what="--date") if args.screenshot_date else None
    try:
        width, height = (int(v) for v in args.size.lower().split("x"))
    except ValueError:
        raise FrontdeskError(
            f"--size {args.size!r}: expected WIDTHxHEIGHT, e.g. 1366x768"
        ) from None
    if not (320 <= width <= 10_000 and 240 <= height <= 10_000):
        raise FrontdeskError(f"--size {args.size!r} is out of range")
    return run_window(
        url,
        url_is_default=args.db is None and not os.environ.get(DB_ENV),
        screenshot=args.screenshot,
        day=day,
        size=(width, height),
        search=args.search,
    )


def _open(url: str):
    from frontdesk.store.database import open_database

    return open_database(url)


def _day(text: str | None):
    from frontdesk.services.office import office_zone
    from frontdesk.timeutil import today

    return parse_date(text, what="--date") if text else today(office_zone())


def cmd_demo(args, url: str) -> int:
    from frontdesk.demo.generator import DemoOptions, generate
    from frontdesk.store.demo_tables import patient_count

    start = parse_date(args.date, what="--date") if args.date else None
    _open(url)
    if args.if_empty and (count := patient_count()):
        print(f"the database already holds {count:,} patients; no demo data added")
        return 0
    options = DemoOptions(
        patients=args.patients, start=start, days=args.days, seed=args.seed, per_day=args.per_day
    )
    report = generate(options, progress=None if args.quiet else _progress)
    print(report.describe())
    return 0


def _progress(stage: str, done: int, total: int) -> None:
    width = 30
    filled = width * done // max(total, 1)
    bar = "#" * filled + "." * (width - filled)
    end = "\n" if done >= total else ""
    print(f"\r{stage:<14} [{bar}] {done:>9,}/{total:,}", end=end, file=sys.stderr, flush=True)


def cmd_import(args, url: str) -> int:
    from frontdesk.services.actors import Actor, find_staff, station_named
    from frontdesk.services.schedule_import import (
        ImportFailed,
        import_schedule_bytes,
        read_import_file,
    )

    _open(url)
    staff = find_staff(args.staff) if args.staff else None
    data = read_import_file(args.file)  # an unreadable file registers no station
    actor = Actor(staff, station_named(args.station))
    try:
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
    _open(url)
    day = _day(args.date)
    entries = day_schedule(day)
    if args.json:
        print(json.dumps([entry_as_json(e) for e in entries], ensure_ascii=False, indent=2))
        return 0
    print(f"{day.isoformat()}: {len(entries)} appointments")
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
    _open(url)
    hits = search_patients(args.query, limit=args.limit)
    if args.json:
        print(json.dumps([hit_as_json(h) for h in hits], ensure_ascii=False, indent=2))
        return 0
    for h in hits:
        p = h.patient
        native = f" ({p.native_name})" if p.native_name else ""
        print(
            f"{h.score:.2f}  {p.mrn:<12} {p.family_name}, {p.given_name}{native}  "
            f"{p.date_of_birth.isoformat()}  {p.nationality or ''}"
        )
    return 0


def cmd_checkin(args, url: str) -> int:
    from frontdesk.services.actors import Actor, find_staff, station_named
    from frontdesk.services.checkin import check_in
    from frontdesk.services.office import office_zone
    from frontdesk.services.patients import patient_by_mrn

    if args.date:
        parse_date(args.date, what="--date")
    _open(url)
    day = _day(args.date)
    staff = find_staff(args.staff)  # both checked before the station is registered
    patient = patient_by_mrn(args.mrn)
    result = check_in(patient.id, day, Actor(staff, station_named(args.station)))
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


def cmd_verify(args, url: str) -> int:
    from frontdesk.services.badges import verify_badge
    from frontdesk.services.office import office_zone
    from frontdesk.timeutil import parse_instant

    _open(url)
    at = parse_instant(args.at, office_zone(), what="--at") if args.at else None
    check = verify_badge(args.payload, at)
    if args.json:
        print(json.dumps(check.as_json(), ensure_ascii=False))
    elif check.verdict.valid:
        print(
            f"VALID  {check.verdict.holder.value.upper()}  {check.display_name}"
            f"  → {check.destination or '-'}  until {check.verdict.valid_until:%Y-%m-%d %H:%M}Z"
        )
    else:
        print(f"NOT VALID  {check.verdict.reason.value}")
    return 0 if check.verdict.valid else 1


def _actor(args):
    from frontdesk.services.actors import Actor, find_staff, station_named

    staff = find_staff(args.staff) if args.staff else None  # before the station is made
    return Actor(staff, station_named(args.station))


def _write_pdf(path: str, data: bytes) -> None:
    target = Path(path)
    partial = target.with_name(target.name + ".partial")
    try:
        partial.write_bytes(data)
        partial.replace(target)  # never a half-written PDF under the name asked for
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise FrontdeskError(f"cannot write {path}: {error.strerror}") from None


def cmd_badge(args, url: str) -> int:
    import datetime as dt

    from frontdesk.printing.badge_layouts import layout_named
    from frontdesk.services.badge_printing import badge_number, print_holder_badge
    from frontdesk.services.office import closing_time, office_zone
    from frontdesk.services.patients import patient_by_mrn
    from frontdesk.store.models import Visit

    layout = layout_named(args.layout)
    photo = None
    if args.photo:
        try:
            photo = Path(args.photo).read_bytes()
        except OSError as error:
            raise FrontdeskError(f"--photo {args.photo}: {error.strerror}") from None
    _open(url)
    day = _day(args.date)
    until = None
    if args.until:
        last = parse_date(args.until, what="--until")
        if last < day:
            raise FrontdeskError(f"--until {last} is before the visit day {day}")
        until = dt.datetime.combine(last, closing_time(), tzinfo=office_zone())
    patient = patient_by_mrn(args.mrn)
    visit = Visit.get_or_none((Visit.patient == patient.id) & (Visit.local_date == day))
    if visit is None:
        raise FrontdeskError(f"{args.mrn} has no visit on {day}")
    badge, pdf = print_holder_badge(
        visit.id,
        _actor(args),
        layout,
        companion_id=args.companion,
        destination=args.destination,
        valid_until=until,
        photo=photo,
    )
    _write_pdf(args.output, pdf)
    print(f"{badge_number(badge)}: {badge.display_name} ({badge.holder_type}) -> {args.output}")
    return 0


def cmd_badges(args, url: str) -> int:
    from frontdesk.printing.badge_layouts import layout_named
    from frontdesk.services.badge_printing import day_batch, mark_printed

    layout = layout_named(args.layout)
    _open(url)
    actor = _actor(args)
    batch = day_batch(_day(args.date), actor, layout)
    _write_pdf(args.output, batch.pdf)
    mark_printed(list(batch.printed), actor, layout)
    print(f"{batch.badges} badges for {batch.patients} patients -> {args.output}")
    for line in batch.skipped:
        print(f"frontdesk: warning: not printed: {line}", file=sys.stderr)
    return 0


def cmd_door(args, url: str) -> int:
    from frontdesk.gui.app import run_door

    return run_door(
        url,
        args.door,
        args.direction,
        windowed=args.windowed,
        camera=not args.no_camera,
        screenshot=args.screenshot,
        scan=args.scan,
    )


def cmd_onsite(args, url: str) -> int:
    import datetime as dt

    from frontdesk.services.office import office_zone
    from frontdesk.services.onsite import as_json, onsite_now

    _open(url)
    tz = office_zone()
    people = onsite_now()
    if args.pdf:
        from frontdesk.printing.rollcall_pdf import roll_call_pdf

        pdf = roll_call_pdf(
            people, dt.datetime.now(dt.UTC), tz, source="the shared scan log", paper=args.paper
        )
        _write_pdf(args.pdf, pdf)
    if args.json:
        print(json.dumps(as_json(people, tz), ensure_ascii=False, indent=1))
    elif not args.pdf:
        for p in people:
            holder = p.holder.value if p.holder else "unknown"
            print(
                f"{p.entered_at.astimezone(tz):%H:%M}  {holder:<11}  B-{p.badge_id:<6} "
                f"{p.display_name or '?'}  ({p.door or '-'})"
            )
        print(f"{len(people)} on site")
    else:
        print(f"{len(people)} on site -> {args.pdf}")
    return 0


def cmd_scans(args, url: str) -> int:
    from frontdesk.services.office import office_zone
    from frontdesk.services.scan_view import day_scans

    _open(url)
    tz = office_zone()
    rows = day_scans(
        _day(args.date), door=args.door, refused_only=args.refused, badge_id=args.badge
    )
    if args.json:
        print(json.dumps([r.as_json(tz) for r in rows], ensure_ascii=False, indent=1))
        return 0
    for r in rows:
        verdict = "VALID    " if r.valid else "REFUSED  "
        print(
            f"{r.at.astimezone(tz):%H:%M:%S}  {verdict}{r.reason or '':<14} {r.door:<20} "
            f"{r.direction:<4}  {'B-' + str(r.badge_id) if r.badge_id else '-'}"
        )
    print(f"{len(rows)} scans")
    return 0


def cmd_summary(args, url: str) -> int:
    from frontdesk.services.patients import patient_by_mrn
    from frontdesk.services.visit_summary import summary_pdf

    if args.last and not args.first:
        raise FrontdeskError("--to needs --from")
    first = parse_date(args.first, what="--from") if args.first else None
    last = parse_date(args.last, what="--to") if args.last else first
    if args.date:
        first = last = parse_date(args.date, what="--date")
    _open(url)
    if first is None:
        first = last = _day(None)
    patient = patient_by_mrn(args.mrn)
    printed = summary_pdf(patient.id, first, last, language=args.lang, paper=args.paper)
    _write_pdf(args.output, printed.pdf)
    days = f"{printed.days} days, " if printed.days > 1 else ""
    print(
        f"{patient.mrn}: {days}{printed.appointments} appointments, in {printed.language} "
        f"on {printed.paper} -> {args.output}"
    )
    return 0


def cmd_office_info(args, url: str) -> int:
    from frontdesk.printing.translations import FALLBACK, catalog_code
    from frontdesk.services.office import (
        closing_time,
        office_settings,
        set_office_info,
        summary_paper,
    )

    note = args.note
    if args.note_file:
        try:
            note = Path(args.note_file).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            raise FrontdeskError(f"--note-file {args.note_file}: {error}") from None
    note_language = None
    if args.note_lang:
        note_language = catalog_code(args.note_lang)
        if note_language == FALLBACK and not args.note_lang.lower().startswith(FALLBACK):
            raise FrontdeskError(
                f"--note-lang {args.note_lang}: no summary catalog for that language "
                "(add resources/locale/<lang>/LC_MESSAGES/summary.po)"
            )
    address = args.address.replace("\\n", "\n") if args.address else args.address
    fields = {
        "name": args.name,
        "address": address,
        "phone": args.phone,
        "hours": args.hours,
        "note": note,
    }
    _open(url)
    if any(v is not None for v in fields.values()) or args.paper or args.closes:
        set_office_info(
            _actor(args),
            note_language=note_language,
            paper=args.paper,
            closes=args.closes,
            **fields,
        )
    settings = office_settings()
    for key in ("name", "address", "phone", "hours"):
        print(f"{key + ':':<9}{settings.get(f'office.{key}', '-')}")
    print(f"{'paper:':<9}{summary_paper()}")
    print(f"{'closes:':<9}{closing_time():%H:%M}")
    for key in sorted(k for k in settings if k.startswith("office.note")):
        where = key.removeprefix("office.note").lstrip(".") or "every language"
        print(f"note ({where}): {settings[key]}")
    return 0


def cmd_staff(args, url: str) -> int:
    from frontdesk.services.actors import create_staff, list_staff

    _open(url)
    if args.action == "add":
        if not args.username:
            raise FrontdeskError("staff add needs a USERNAME")
        staff = create_staff(args.username, args.name or args.username)
        print(f"created staff account {staff.username}")
    else:
        for staff in list_staff():
            print(f"{staff.username:<20} {staff.display_name}")
    return 0


def cmd_office_zone(args, url: str) -> int:
    from frontdesk.services.office import office_zone, set_office_zone

    _open(url)
    if args.zone:
        set_office_zone(args.zone, None)
    print(office_zone().key)
    return 0


COMMANDS = {
    "demo": cmd_demo,
    "import": cmd_import,
    "schedule": cmd_schedule,
    "search": cmd_search,
    "checkin": cmd_checkin,
    "staff": cmd_staff,
    "verify": cmd_verify,
    "badge": cmd_badge,
    "badges": cmd_badges,
    "door": cmd_door,
    "onsite": cmd_onsite,
    "scans": cmd_scans,
    "office-zone": cmd_office_zone,
    "summary": cmd_summary,
    "office-info": cmd_office_info,
}


if __name__ == "__main__":
    sys.exit(main())
