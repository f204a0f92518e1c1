"""A desk in its own process for tests/db/test_backup.py: checks in patients first..last on a
day, one by one, and writes "patient_id monotonic_ns" to its log after each check-in returns
(the instant the desk would have shown it as done). Stops early when the stop file appears.

    python tests/db/checkin_worker.py URL 2026-11-30 FIRST LAST LOG STOPFILE
"""

from __future__ import annotations

import datetime as dt
import sys
import time
from pathlib import Path


def main() -> None:
    url, day, first, last, log, stop = sys.argv[1:7]
    from frontdesk.services.actors import actor_for
    from frontdesk.services.checkin import check_in
    from frontdesk.store.database import close_database, open_database

    open_database(url)
    actor = actor_for("demo", f"Desk {first}")
    with open(log, "a", encoding="ascii") as out:
        for patient_id in range(int(first), int(last) + 1):
            if Path(stop).exists():
                break
            check_in(patient_id, dt.date.fromisoformat(day), actor)
            out.write(f"{patient_id} {time.monotonic_ns()}\n")
            out.flush()
            time.sleep(0.01)
    close_database()


if __name__ == "__main__":
    main()
