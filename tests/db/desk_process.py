"""Another station in its own process, for tests/db/test_import_locks.py: for each line
``check_in PATIENT_ID DAY`` or ``undo VISIT_ID`` read from stdin it makes that change in its own
transaction (its own connection, the usual busy timeout), then prints ``done MS`` (how long the
change took) or ``failed MS ERROR``.

    python tests/db/desk_process.py URL
"""

from __future__ import annotations

import datetime as dt
import sys
import time


def main() -> None:
    from frontdesk.services.actors import actor_for
    from frontdesk.services.checkin import check_in, undo_check_in
    from frontdesk.store.database import close_database, open_database

    open_database(sys.argv[1], upgrade=False)
    actor = actor_for("amal", "Desk 2")
    print("ready", flush=True)
    for line in sys.stdin:
        command, *args = line.split()
        started = time.perf_counter()
        try:
            if command == "check_in":
                check_in(int(args[0]), dt.date.fromisoformat(args[1]), actor)
            elif command == "undo":
                undo_check_in(int(args[0]), actor)
            else:
                raise ValueError(command)
        except Exception as exc:  # the test reads it
            took = (time.perf_counter() - started) * 1000
            print(f"failed {took:.0f} {type(exc).__name__}: {exc}", flush=True)
            continue
        print(f"done {(time.perf_counter() - started) * 1000:.0f}", flush=True)
    close_database()


if __name__ == "__main__":
    main()
