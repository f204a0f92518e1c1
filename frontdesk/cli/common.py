"""What the commands share: opening the database, the day and the actor they name, writing a PDF."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from frontdesk.cli.credentials import signed_in
from frontdesk.errors import FrontdeskError
from frontdesk.timeutil import parse_date


def open_db(url: str, *, upgrade: bool = True):
    from frontdesk.services.database import open_database

    return open_database(url, upgrade=upgrade)


def day_arg(text: str | None):
    from frontdesk.services.office import office_zone
    from frontdesk.timeutil import today

    return parse_date(text, what="--date") if text else today(office_zone())


def actor_arg(args):
    from frontdesk.services.actors import Actor, find_staff, station_named

    proven = signed_in(args, getattr(args, "staff", None), args.station)
    if proven is not None:
        return proven
    staff = find_staff(args.staff) if args.staff else None  # before the station is made
    return Actor(staff, station_named(args.station))


@contextmanager
def acting(args) -> Iterator:
    """The actor the command names (``--staff``, ``--station``). A station named for the first
    time is registered in one transaction with the command's change, so that a command that
    fails leaves no station behind; a known station needs no such transaction."""
    from frontdesk.services.actors import Actor, find_staff, known_station, station_named
    from frontdesk.services.database import transaction

    proven = signed_in(args, getattr(args, "staff", None), args.station)
    if proven is not None:  # an office with sign-in: the person proved who they are
        yield proven
        return
    staff = find_staff(args.staff) if getattr(args, "staff", None) else None
    known = known_station(args.station)
    if known is not None:
        yield Actor(staff, known)
        return
    with transaction():
        yield Actor(staff, station_named(args.station))


def plural(count: int, word: str, words: str | None = None) -> str:
    """>>> plural(1, "appointment"), plural(3, "patient"), plural(0, "person", "people")
    ('1 appointment', '3 patients', '0 people')
    """
    return f"{count:,} {word if count == 1 else words or word + 's'}"


def warn(message: str) -> None:
    print(f"frontdesk: warning: {message}", file=sys.stderr)


def check_output(path: str) -> None:
    """Refuse, before anything is issued or counted, a PDF path that cannot be written: a
    folder that does not exist, a folder given as the file, no permission to write there."""
    target = Path(path)
    if target.is_dir():
        raise FrontdeskError(f"cannot write {path}: it is a folder; give a file name")
    if not target.parent.is_dir():
        raise FrontdeskError(f"cannot write {path}: there is no folder {target.parent}")
    probe = target.with_name(target.name + ".partial")
    try:
        probe.open("wb").close()
        probe.unlink()
    except OSError as error:
        raise FrontdeskError(f"cannot write {path}: {error.strerror}") from None


@contextmanager
def all_or_nothing() -> Iterator:
    """One transaction for a command's changes (a station named for the first time included):
    a command that fails halfway leaves nothing behind."""
    from frontdesk.services.database import transaction

    with transaction():
        yield


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
