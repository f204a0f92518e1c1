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
    frontdesk interpreter-book A-17 "Nadia Haddad" --staff amal
    frontdesk arrivals --date 2026-11-29 --pdf arrivals.pdf
    frontdesk case M00000042 --json
    frontdesk interfaces --phone-region AU --status hl7:EPIC@MGH Sch=scheduled
    frontdesk clearance MRN0000042 --estimate 12500 --currency USD --staff amal
    frontdesk letter MRN0000042 --kind visa --lang ar --staff amal -o letter.pdf
    frontdesk mrz "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<" "L898902C36UTO74...<<<<<10" --json

Bad input, a usage error included, prints one line on stderr and exits with status 2; a command
that fails writes nothing (not even the station it names). Counts are said with their plural
right, and an empty result is said, not left as silence.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence

from frontdesk import __version__
from frontdesk.cli import (
    audit_cmds,
    backup_cmds,
    badge_cmds,
    case_cmds,
    clearance_cmds,
    credentials,
    door_cmds,
    interface_cmds,
    interpreter_cmds,
    letter_cmds,
    mrz_cmds,
    office_cmds,
    patient_cmds,
    schedule_cmds,
)
from frontdesk.config import DB_ENV, database_url, skip_postgres_driver
from frontdesk.db_url import refuse_password_in_argv
from frontdesk.errors import FrontdeskError
from frontdesk.timeutil import parse_date

log = logging.getLogger("frontdesk")

COMMAND_GROUPS = (
    schedule_cmds,
    patient_cmds,
    badge_cmds,
    door_cmds,
    office_cmds,
    interpreter_cmds,
    case_cmds,
    interface_cmds,
    backup_cmds,
    mrz_cmds,
    clearance_cmds,
    audit_cmds,
    letter_cmds,
)


class CommandParser(argparse.ArgumentParser):
    """argparse, with a usage error on one line and exit status 2, as every other error: the
    usage itself is what --help is for. Subcommands' parsers are of this class too."""

    def error(self, message: str):
        self.exit(2, f"{self.prog}: error: {message} (see {self.prog} --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = CommandParser(
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
    shot.add_argument(
        "--size",
        metavar="WxH",
        help="the window's size (default: fitted to the screen; 1366x768 for --screenshot)",
    )
    shot.add_argument("--search", metavar="TEXT", help="typed into the search box")
    parser.add_argument(
        "--language",
        choices=("en", "es", "ar", "zh_CN"),
        help="the window's language for this run (default: the station's Settings, else the "
        "system's)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    # Each group of commands adds its own subcommands (and their handlers) to `sub`.
    for group in COMMAND_GROUPS:
        group.register(sub)
    for command in sub.choices.values():  # whoever names a staff member proves who they are
        if any("--staff" in action.option_strings for action in command._actions):
            credentials.add_options(command)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    try:
        refuse_password_in_argv(args.db)
        url = database_url(args.db)
        if args.command is None:
            if args.db or os.environ.get(DB_ENV):  # else the station's settings may name one
                skip_postgres_driver(url)
            return _window(args, url)
        skip_postgres_driver(url)
        return args.handler(args, url)
    except FrontdeskError as exc:
        print(f"frontdesk: error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # `frontdesk search kim | head`: the reader has what it wanted
        sys.stderr.close()
        return 0
    except Exception as exc:
        # A write that waited its bounded time for another station's lock, or a database that
        # went away: one line a person can act on ("the database is busy; try again"), not a
        # driver's traceback. Anything else is a bug and keeps its traceback.
        from frontdesk.services.database import explained

        error = explained(exc)
        if error is exc:
            raise
        print(f"frontdesk: error: {error}", file=sys.stderr)
        return 2


def _window(args, url: str) -> int:
    from frontdesk.gui.app import run_window

    day = parse_date(args.screenshot_date, what="--date") if args.screenshot_date else None
    if args.size is None:
        size = (1366, 768) if args.screenshot else None
    else:
        size = _window_size(args.size)
    return run_window(
        url,
        url_is_default=args.db is None and not os.environ.get(DB_ENV),
        screenshot=args.screenshot,
        day=day,
        size=size,
        search=args.search,
        language=args.language,
    )


def _window_size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(v) for v in text.lower().split("x"))
    except ValueError:
        raise FrontdeskError(f"--size {text!r}: expected WIDTHxHEIGHT, e.g. 1366x768") from None
    if not (320 <= width <= 10_000 and 240 <= height <= 10_000):
        raise FrontdeskError(f"--size {text!r} is out of range")
    return width, height


if __name__ == "__main__":
    sys.exit(main())
