"""``frontdesk mrz``: a passport's machine-readable zone read and checked, as the desk's forms do.

    frontdesk mrz "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<" \\
                  "L898902C36UTO7408122F1204159ZE184226B<<<<<10" --json

One argument holding both lines (as pasted, separated by a line break or run together) is read
too. A wrong check digit exits with status 2 and names the field; an expired passport is read,
with a warning.
"""

from __future__ import annotations

import json

from frontdesk import clock
from frontdesk.cli.common import warn
from frontdesk.mrz import read_td3, split_lines
from frontdesk.timeutil import computer_zone_name, parse_date, zone


def register(sub) -> None:
    mrz = sub.add_parser("mrz", help="read a passport's machine-readable zone (ICAO 9303 TD3)")
    mrz.add_argument("lines", nargs="+", metavar="LINE", help="line 1 and line 2 (or both in one)")
    mrz.add_argument(
        "--on", metavar="DATE", help="the day the expiry is judged on (default: today)"
    )
    mrz.add_argument("--json", action="store_true")
    mrz.set_defaults(handler=cmd_mrz)


def cmd_mrz(args, url: str) -> int:
    here = zone(computer_zone_name())
    today = parse_date(args.on, what="--on") if args.on else clock.today(here)
    line1, line2 = split_lines("\n".join(args.lines))
    passport = read_td3(line1, line2, today=today)
    if passport.expired(today):
        warn(f"the passport {passport.passport_number} expired on {passport.expiry.isoformat()}")
    if args.json:
        print(json.dumps(passport.as_json(today), ensure_ascii=False, indent=2))
        return 0
    birth = passport.date_of_birth.isoformat() if passport.date_of_birth else "unknown"
    print(f"family name      {passport.family_name}")
    print(f"given names      {passport.given_names}")
    print(f"passport number  {passport.passport_number} ({passport.issuing_state})")
    print(f"nationality      {passport.nationality}")
    print(f"date of birth    {birth}")
    print(f"sex              {passport.sex}")
    print(f"expiry           {passport.expiry.isoformat()}")
    return 0
