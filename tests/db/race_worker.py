"""A desk in its own process for the race tests: for SECONDS, over and over, checks in (role
"checkin") or undoes the check-in (role "undo") of the given patients on DAY, or makes its first
badge key (role "key", once, after the start file appears). Prints one JSON line:
{"calls": n, "refused": n, "errors": ["Type: message", ...]} (refused: a FrontdeskError, the
service saying no in words; errors: anything else, which is a bug).

    python tests/db/race_worker.py URL ROLE SECONDS DAY STATION PATIENT_ID...
"""

from __future__ import annotations

import datetime as dt
import json
import sys
import time
import traceback
from pathlib import Path


def main() -> None:
    url, role, seconds, day, station, *patients = sys.argv[1:]
    from frontdesk.errors import FrontdeskError
    from frontdesk.services.actors import actor_for
    from frontdesk.services.checkin import check_in, undo_check_in
    from frontdesk.store.database import close_database, open_database
    from frontdesk.store.models import Visit

    open_database(url, upgrade=False)
    actor = actor_for("amal", station)
    date = dt.date.fromisoformat(day)
    calls = refused = 0
    errors: list[str] = []

    def attempt(fn, *args) -> None:
        nonlocal calls, refused
        calls += 1
        try:
            fn(*args)
        except FrontdeskError as exc:
            refused += 1
            if refused <= 3:
                print(f"refused: {exc}", file=sys.stderr)
        except Exception as exc:  # the race this test is about
            errors.append(f"{type(exc).__name__}: {exc}")
            if len(errors) <= 3:
                traceback.print_exc()

    if role == "key":
        from frontdesk.services.badges import issue_badge

        start = Path(patients[0])
        while not start.exists():
            time.sleep(0.001)
        visit = Visit.get(Visit.patient == int(patients[1]))
        attempt(issue_badge, visit.id, actor)
    else:
        ids = [int(p) for p in patients]
        deadline = time.monotonic() + float(seconds)
        while time.monotonic() < deadline:
            for patient_id in ids:
                if role == "checkin":
                    attempt(check_in, patient_id, date, actor)
                else:
                    visit = Visit.get_or_none(
                        (Visit.patient == patient_id) & (Visit.local_date == date)
                    )
                    if visit is not None:
                        attempt(undo_check_in, visit.id, actor)
    print(json.dumps({"calls": calls, "refused": refused, "errors": errors}), flush=True)
    close_database()


if __name__ == "__main__":
    main()
