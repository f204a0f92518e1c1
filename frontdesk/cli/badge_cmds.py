"""The badge commands: verify a token, print one holder's badge, the day's batch."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from frontdesk.cli.common import (
    acting,
    actor_arg,
    all_or_nothing,
    check_output,
    day_arg,
    open_db,
    write_pdf,
)
from frontdesk.errors import FrontdeskError
from frontdesk.timeutil import parse_date


def register(sub) -> None:
    check = sub.add_parser("verify", help="check a badge token as a door does (exit 1: refused)")
    check.add_argument("payload", help="the text in the badge's QR code")
    check.add_argument("--at", metavar="INSTANT", help="ISO 8601 instant (default: now)")
    check.add_argument("--json", action="store_true")
    check.set_defaults(handler=cmd_verify)

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
    badge.set_defaults(handler=cmd_badge)

    batch = sub.add_parser("badges", help="the day's badges for expected patients and companions")
    batch.add_argument("--date", metavar="D", help="default today")
    batch.add_argument("--layout", default="sheet-letter", metavar="L", help=layouts)
    batch.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    batch.add_argument("--staff", required=True, metavar="USER", help="who prints them")
    batch.add_argument("--station", default="cli", metavar="NAME")
    batch.set_defaults(handler=cmd_badges)


def cmd_verify(args, url: str) -> int:
    from frontdesk.services.badges import verify_badge
    from frontdesk.services.office import office_zone
    from frontdesk.timeutil import parse_instant

    open_db(url)
    at = parse_instant(args.at, office_zone(), what="--at") if args.at else None
    check = verify_badge(args.payload, at)
    if args.json:
        print(json.dumps(check.as_json(), ensure_ascii=False))
    elif check.verdict.valid:
        until = check.verdict.valid_until.astimezone(office_zone())  # office time, as elsewhere
        print(
            f"VALID  {check.verdict.holder.value.upper()}  {check.display_name}"
            f"  → {check.destination or '-'}  until {until:%Y-%m-%d %H:%M} ({until.tzinfo})"
        )
    else:
        print(f"NOT VALID  {check.verdict.reason.value}")
    return 0 if check.verdict.valid else 1


def cmd_badge(args, url: str) -> int:
    import datetime as dt

    from frontdesk.printing.badge_layouts import layout_named
    from frontdesk.services.badge_printing import (
        badge_number,
        names_left_off,
        print_holder_badge,
        visit_id_on,
    )
    from frontdesk.services.office import closing_time, office_zone

    layout = layout_named(args.layout)
    photo = None
    if args.photo:
        try:
            photo = Path(args.photo).read_bytes()
        except OSError as error:
            raise FrontdeskError(f"--photo {args.photo}: {error.strerror}") from None
    open_db(url)
    day = day_arg(args.date)
    until = None
    if args.until:
        last = parse_date(args.until, what="--until")
        if last < day:
            raise FrontdeskError(f"--until {last} is before the visit day {day}")
        until = dt.datetime.combine(last, closing_time(), tzinfo=office_zone())
    visit_id = visit_id_on(args.mrn, day)
    check_output(args.output)
    # The badge, its print count, its audit and a new station in one transaction with the
    # file: a PDF that cannot be written leaves no badge issued and nothing counted.
    with all_or_nothing():
        badge, pdf = print_holder_badge(
            visit_id,
            actor_arg(args),
            layout,
            companion_id=args.companion,
            destination=args.destination,
            valid_until=until,
            photo=photo,
        )
        write_pdf(args.output, pdf)
    print(f"{badge_number(badge)}: {badge.display_name} ({badge.holder_type}) -> {args.output}")
    for note in names_left_off([(badge, "")]):
        print(f"frontdesk: warning: {note}", file=sys.stderr)
    return 0


def cmd_badges(args, url: str) -> int:
    from frontdesk.printing.badge_layouts import layout_named
    from frontdesk.services.badge_printing import day_batch, mark_printed

    layout = layout_named(args.layout)
    open_db(url)
    day = day_arg(args.date)
    check_output(args.output)  # before any badge of the day is issued
    # A station named for the first time is registered with the badges it issues, in one
    # transaction (acting); a known one issues outside a long transaction, so that drawing a
    # day of badges does not hold the other desks' writes.
    with acting(args) as actor:
        batch = day_batch(day, actor, layout)
    write_pdf(args.output, batch.pdf)
    mark_printed(list(batch.printed), actor, layout)
    print(f"{batch.badges} badges for {batch.patients} patients -> {args.output}")
    for line in batch.skipped:
        print(f"frontdesk: warning: not printed: {line}", file=sys.stderr)
    return 0
