"""The door commands: the door station, who is on site, the doors' scan log."""

from __future__ import annotations

import json

from frontdesk.cli.common import day_arg, open_db, plural, write_pdf


def register(sub) -> None:
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
    door.set_defaults(handler=cmd_door)

    onsite = sub.add_parser("onsite", help="who is on site now (fire roll-call)")
    onsite.add_argument("--json", action="store_true")
    onsite.add_argument("--pdf", metavar="FILE.pdf", help="the roll-call to print")
    onsite.add_argument("--paper", choices=["letter", "a4"], default="letter")
    onsite.set_defaults(handler=cmd_onsite)

    scans = sub.add_parser("scans", help="the day's badge scans at the doors")
    scans.add_argument("--date", metavar="D")
    scans.add_argument("--door", metavar="NAME")
    scans.add_argument("--refused", action="store_true", help="refusals only")
    scans.add_argument("--badge", type=int, metavar="ID")
    scans.add_argument("--json", action="store_true")
    scans.set_defaults(handler=cmd_scans)


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
    from frontdesk import clock
    from frontdesk.services.office import office_zone
    from frontdesk.services.onsite import as_json, door_contacts, onsite_now

    open_db(url)
    tz = office_zone()
    people = onsite_now()
    if args.pdf:
        from frontdesk.printing.rollcall_pdf import roll_call_pdf

        pdf = roll_call_pdf(
            people,
            clock.now(),
            tz,
            source="the shared scan log",
            paper=args.paper,
            doors=door_contacts(),
        )
        write_pdf(args.pdf, pdf)
    if args.json:
        print(json.dumps(as_json(people, tz), ensure_ascii=False, indent=1))
    elif not args.pdf:
        for p in people:
            holder = p.holder.value if p.holder else "unknown"
            print(
                f"{p.entered_at.astimezone(tz):%H:%M}  {holder:<11}  B-{p.badge_id:<6} "
                f"{p.display_name or '?'}  ({p.door or '-'})"
            )
        print(f"{plural(len(people), 'person', 'people')} on site" if people else "nobody on site")
    else:
        print(f"{plural(len(people), 'person', 'people')} on site -> {args.pdf}")
    return 0


def cmd_scans(args, url: str) -> int:
    from frontdesk.services.office import office_zone
    from frontdesk.services.scan_view import day_scans

    open_db(url)
    tz = office_zone()
    rows = day_scans(
        day_arg(args.date), door=args.door, refused_only=args.refused, badge_id=args.badge
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
    print(plural(len(rows), "scan") if rows else "no scans")
    return 0
