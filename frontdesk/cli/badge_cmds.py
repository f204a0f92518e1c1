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
    elif check.verdict.valid and check.verdict.valid_until and check.verdict.holder:
        until = check.verdict.valid_until.astimezone(office_zone())  # office time, as elsewhere
        print(
            f"VALID  {check.verdict.holder.value.upper()}  {check.display_name}"
            f"  → {check.destination or '-'}  until {until:%Y-%m-%d %H:%M} ({until.tzinfo})"
        )
    else:
        reason = check.verdict.reason
        print(f"NOT VALID  {reason.value if reason else 'unknown'}")
    return 0 if check.verdict.valid else 1


def cmd_badge(args, url: str) -> int:
    import datetime as dt

    from frontdesk.printing.badge_layouts import layout_named
    from frontdesk.services.badge_printing import badge_number, visit_id_on
    from frontdesk.services.badge_workflow import print_holders
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
    # The window's workflow: issued, drawn, written, and only then counted; and here the badge,
    # its count, its audit and a new station in one transaction with the file, so that a PDF
    # that cannot be written leaves no badge issued and nothing counted.
    with all_or_nothing():
        done = print_holders(
            visit_id,
            [args.companion],
            actor_arg(args),
            layout,
            _to_file(args.output),
            destination=args.destination,
            valid_until=until,
            photo=photo,
        )
    badge = done.badges[0]
    print(f"{badge_number(badge)}: {badge.display_name} ({badge.holder_type}) -> {args.output}")
    _warn_about(done)
    return 0


def _to_file(path: str):
    """The CLI's output: the PDF file, written whole (a partial file renamed) or not at all."""
    from frontdesk.services.badge_workflow import Delivery

    def write(pdf: bytes, _name: str) -> Delivery:
        write_pdf(path, pdf)
        return Delivery(printed=True, path=Path(path))

    return write


def _warn_about(done) -> None:
    for note in done.left_off:
        print(f"frontdesk: warning: {note}", file=sys.stderr)
    for line in done.skipped:
        print(f"frontdesk: warning: not printed: {line}", file=sys.stderr)
    if done.count_error:
        print(
            f"frontdesk: warning: the PDF is written, but the print count was not saved:"
            f" {done.count_error}",
            file=sys.stderr,
        )


def cmd_badges(args, url: str) -> int:
    from frontdesk.printing.badge_layouts import layout_named
    from frontdesk.services.badge_workflow import print_day

    layout = layout_named(args.layout)
    open_db(url)
    day = day_arg(args.date)
    check_output(args.output)  # before any badge of the day is issued
    # The window's workflow: issued, drawn, written, and only then counted. A station named for
    # the first time is registered with the badges it issues, in one transaction (acting); a
    # known one issues outside a long transaction, so that drawing a day of badges does not
    # hold the other desks' writes.
    with acting(args) as actor:
        done = print_day(day, actor, layout, _to_file(args.output))
    print(f"{len(done.numbers)} badges for {done.patients} patients -> {args.output}")
    _warn_about(done)
    return 0
