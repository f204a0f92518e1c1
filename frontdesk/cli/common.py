"""What the commands share: opening the database, the day and the actor they name, writing a PDF."""

from __future__ import annotations

import sys
from pathlib import Path

from frontdesk.errors import FrontdeskError
from frontdesk.timeutil import parse_date


def open_db(url: str, *, upgrade: bool = True):
    from frontdesk.store.database import open_database

    return open_database(url, upgrade=upgrade)


def day_arg(text: str | None):
    from frontdesk.services.office import office_zone
    from frontdesk.timeutil import today

    return parse_date(text, what="--date") if text else today(office_zone())


def actor_arg(args):
    from frontdesk.services.actors import Actor, find_staff, station_named

    staff = find_staff(args.staff) if args.staff else None  # before the station is made
    return Actor(staff, station_named(args.station))


def write_pdf(path: str, data: bytes) -> None:
    target = Path(path)
    partial = target.with_name(target.name + ".partial")
    try:
        partial.write_bytes(data)
        partial.replace(target)  # never a half-written PDF under the name asked for
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise FrontdeskError(f"cannot write {path}: {error.strerror}") from None


def progress(stage: str, done: int, total: int) -> None:
    width = 30
    filled = width * done // max(total, 1)
    bar = "#" * filled + "." * (width - filled)
    end = "\n" if done >= total else ""
    print(f"\r{stage:<14} [{bar}] {done:>9,}/{total:,}", end=end, file=sys.stderr, flush=True)
