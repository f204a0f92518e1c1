"""The office's commands: visit summaries, office details, staff accounts, time zone."""

from __future__ import annotations

from pathlib import Path

from frontdesk.cli.common import acting, day_arg, open_db, plural, warn, write_pdf
from frontdesk.errors import FrontdeskError
from frontdesk.timeutil import parse_date


def register(sub) -> None:
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
    summary.set_defaults(handler=cmd_summary)

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
    office.set_defaults(handler=cmd_office_info)

    staff = sub.add_parser(
        "staff", help="staff accounts: add, list, deactivate, password, role, unlock, token"
    )
    staff.add_argument("action", choices=STAFF_ACTIONS)
    staff.add_argument("username", nargs="?")
    staff.add_argument("--name", metavar="DISPLAY_NAME")
    staff.add_argument("--role", choices=["reception", "door", "supervisor", "admin"])
    staff.add_argument(
        "--admin",
        action="store_true",
        help="staff add: an admin (the office's first switches sign-in on)",
    )
    staff.add_argument("-o", "--output", metavar="FILE", help="staff token: write it here (0600)")
    staff.add_argument("--staff", metavar="USER", help="who makes the change (an admin)")
    staff.add_argument("--station", default="cli", metavar="NAME")
    staff.set_defaults(handler=cmd_staff)

    zone = sub.add_parser("office-zone", help="show or set the office's time zone")
    zone.add_argument("zone", nargs="?", help="an IANA name such as America/New_York")
    zone.add_argument("--staff", metavar="USER", help="who makes the change (an admin)")
    zone.add_argument("--station", default="cli", metavar="NAME")
    zone.set_defaults(handler=cmd_office_zone)


def cmd_summary(args, url: str) -> int:
    from frontdesk.printing.translations import FALLBACK, catalog_code
    from frontdesk.services.patients import patient_by_mrn
    from frontdesk.services.visit_summary import summary_pdf

    if args.last and not args.first:
        raise FrontdeskError("--to needs --from")
    first = parse_date(args.first, what="--from") if args.first else None
    last = parse_date(args.last, what="--to") if args.last else first
    if args.date:
        first = last = parse_date(args.date, what="--date")
    open_db(url)
    if first is None:
        first = last = day_arg(None)
    patient = patient_by_mrn(args.mrn)
    printed = summary_pdf(patient.id, first, last, language=args.lang, paper=args.paper)
    write_pdf(args.output, printed.pdf)
    if args.lang and catalog_code(args.lang) == FALLBACK and not _is_english(args.lang):
        warn(f"--lang {args.lang}: no visit summary catalog for that language; printed in English")
    for field in printed.office_unset:  # a patient with no way to reach the office
        warn(f"the office's {field} is not set: the summary has none (office-info --{field})")
    days = f"{printed.days} days, " if printed.days > 1 else ""
    print(
        f"{patient.mrn}: {days}{plural(printed.appointments, 'appointment')}, "
        f"in {printed.language} on {printed.paper} -> {args.output}"
    )
    return 0


def _is_english(tag: str) -> bool:
    return tag.strip().lower().replace("_", "-").split("-")[0] == "en"


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
    open_db(url)
    if any(v is not None for v in fields.values()) or args.paper or args.closes:
        with acting(args) as actor:  # refused fields register no station
            set_office_info(
                actor, note_language=note_language, paper=args.paper, closes=args.closes, **fields
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


STAFF_ACTIONS = ["add", "list", "deactivate", "password", "role", "unlock", "token"]


def _new_password(args, username: str) -> str:
    from frontdesk.cli.credentials import read_secret

    first = read_secret(args, f"new password for {username}: ")
    typed = not getattr(args, "password_stdin", False)
    if typed and read_secret(args, f"the same again for {username}: ") != first:
        raise FrontdeskError("the two passwords differ; nothing was changed")
    return first


def cmd_staff(args, url: str) -> int:
    from frontdesk.cli.credentials import signed_in
    from frontdesk.services import accounts
    from frontdesk.services.actors import deactivate_staff, list_staff
    from frontdesk.services.roles import sign_in_required

    if args.action != "list" and not args.username:
        raise FrontdeskError(f"staff {args.action} needs a USERNAME")
    if args.action != "add" and args.name:
        raise FrontdeskError("--name goes with staff add")
    open_db(url)
    first_admin = args.action == "add" and args.admin and not sign_in_required()
    reading = args.action == "list"  # names and roles only
    actor = None if first_admin or reading else signed_in(args, args.staff, args.station)
    if args.action == "add":
        role = "admin" if args.admin else (args.role or "reception")
        password = _new_password(args, args.username) if (actor or first_admin) else None
        staff = accounts.add_staff(
            actor, args.username, args.name or args.username, role, password=password
        )
        print(f"created staff account {staff.username} ({role})")
        if first_admin:
            print("sign-in is on: every change now needs a staff member and their password")
    elif args.action == "deactivate":
        staff = deactivate_staff(args.username, actor)
        print(f"deactivated staff account {staff.username}: it can no longer sign in")
    elif args.action == "password":
        accounts.set_password(actor, args.username, _new_password(args, args.username))
        print(f"password of {args.username} changed")
    elif args.action == "role":
        if not args.role:
            raise FrontdeskError("staff role needs --role")
        accounts.set_role(actor, args.username, args.role)
        print(f"{args.username} is now {args.role}")
    elif args.action == "unlock":
        accounts.unlock_account(actor, args.username)
        print(f"{args.username} unlocked")
    elif args.action == "token":
        token = accounts.issue_token(actor, args.username)
        if args.output:
            import os

            fd = os.open(args.output, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(token + "\n")
            print(f"token of {args.username} written to {args.output} (0600)")
        else:
            print(token)
    else:
        accounts_list = list_staff()
        if not accounts_list:
            print("no active staff accounts (frontdesk staff add USER --name NAME)")
        for staff in accounts_list:
            print(f"{staff.username:<20} {accounts.role_name(staff):<11} {staff.display_name}")
    return 0


def cmd_office_zone(args, url: str) -> int:
    from frontdesk.services.office import office_zone, set_office_zone

    open_db(url)
    if args.zone:
        from frontdesk.cli.credentials import signed_in

        set_office_zone(args.zone, signed_in(args, args.staff, args.station))
    print(office_zone().key)
    return 0
