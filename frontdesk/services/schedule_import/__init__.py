"""Importing the day's schedule from CSV, HL7 v2 SIU or FHIR R4, by one path.

    report = import_schedule_file("siu-0630.hl7", actor, dry_run=True)   # format from content
    print(report.describe())      # what would change; nothing written
    report = import_schedule_file("siu-0630.hl7", actor, skip_bad=True)

A parser per format (:mod:`.csv_rows`, :mod:`.hl7_siu`, :mod:`.fhir_bundle`) turns the file
into format-neutral records or problems that say where (``line 4, column start``,
``message 3 (control id 0042), SCH-11.4``, ``entry[2].resource.start``) and what was
expected; :mod:`.applier` works out their changes without a lock (a dry run stops there) and
writes them in one short transaction (:mod:`.writer`). A file with any problem writes nothing
(:class:`ImportFailed`), unless ``skip_bad``: then the good units are written and the bad ones
listed in the report. Patients are matched by MRN, appointments by (source system,
id), so the same file twice changes nothing.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import os
import stat
import threading
from pathlib import Path

from frontdesk.errors import InputError
from frontdesk.services.actors import Actor
from frontdesk.services.office import office_zone
from frontdesk.services.schedule_import.applier import apply_records
from frontdesk.services.schedule_import.conventions import Conventions
from frontdesk.services.schedule_import.records import (
    Action,
    ImportFailed,
    ImportReport,
    ParseResult,
    Problem,
    Progress,
    ScheduleRecord,
)

__all__ = [
    "FORMATS",
    "Action",
    "ImportFailed",
    "ImportReport",
    "Problem",
    "ScheduleRecord",
    "detect_format",
    "import_schedule_bytes",
    "import_schedule_file",
    "parse_schedule",
    "read_import_file",
]

FORMATS = ("csv", "hl7", "fhir")
MAX_FILE_BYTES = 64 * 1024 * 1024  # a day's export of a large hospital is a few megabytes


def detect_format(data: bytes) -> str:
    """hl7 if the first segment is MSH, FHS or BHS (after MLLP framing), fhir if it is a JSON
    object or XML (which the FHIR reader refuses with a message that says so), else csv."""
    head = data[:4096].lstrip(b"\xef\xbb\xbf").lstrip(b" \t\r\n\x0b")
    if head[:3] in (b"MSH", b"FHS", b"BHS"):
        return "hl7"
    if head[:1] in (b"{", b"<"):
        return "fhir"
    return "csv"


def read_import_file(path: str | Path, *, limit: int = MAX_FILE_BYTES) -> bytes:
    """The file's bytes; a FIFO, a device, a directory or a file over ``limit`` is refused
    before a byte is read (``/dev/zero`` or a pipe would otherwise never end)."""
    path = Path(path)
    try:
        # O_NONBLOCK: opening a FIFO nobody writes to would wait forever.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror}") from exc
    info = os.fstat(fd)
    if not stat.S_ISREG(info.st_mode):
        os.close(fd)
        if stat.S_ISFIFO(info.st_mode):
            kind = "a named pipe (FIFO)"
        elif stat.S_ISDIR(info.st_mode):
            kind = "a directory"
        elif stat.S_ISCHR(info.st_mode) or stat.S_ISBLK(info.st_mode):
            kind = "a device"
        else:
            kind = "not a regular file"
        raise InputError(f"{path} is {kind}, not a file: nothing was read")
    with os.fdopen(fd, "rb") as handle:
        if info.st_size > limit:
            raise InputError(
                f"{path}: {info.st_size:,} bytes is larger than a schedule export can be "
                f"(at most {limit // (1024 * 1024)} MB): split it into days"
            )
        # Bytes, not text: HL7 separates segments with CR and names its character set in
        # MSH-18, so nothing may translate line ends or guess an encoding on the way in.
        # At most limit + 1 bytes, should the file grow while it is read.
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise InputError(f"{path} grew past {limit // (1024 * 1024)} MB while it was read")
    return data


def parse_schedule(
    data: bytes,
    fmt: str = "auto",
    *,
    tz: dt.tzinfo,
    name: str = "schedule",
    progress: Progress | None = None,
    conventions: Conventions | None = None,
) -> ParseResult:
    conv = conventions or Conventions()
    if fmt == "auto":
        fmt = detect_format(data)
    if fmt == "csv":
        from frontdesk.services.schedule_import.csv_rows import parse_csv

        return parse_csv(data, tz, name=name, conv=conv)
    if fmt == "hl7":
        from frontdesk.services.schedule_import.hl7_siu import parse_hl7

        return parse_hl7(data, tz, progress, conv)
    if fmt == "fhir":
        from frontdesk.services.schedule_import.fhir_bundle import parse_fhir

        return parse_fhir(data, tz, progress, conv)
    raise InputError(f"unknown format {fmt!r} (expected auto, csv, hl7 or fhir)")


def import_schedule_bytes(
    data: bytes,
    actor: Actor,
    *,
    fmt: str = "auto",
    dry_run: bool = False,
    skip_bad: bool = False,
    name: str = "schedule",
    progress: Progress | None = None,
) -> ImportReport:
    """Parse and apply; raises :class:`ImportFailed` (nothing written) when the file is bad
    and ``skip_bad`` is not set, or when nothing of it can be read at all."""
    from frontdesk.services.interface_settings import conventions

    tz = office_zone()
    conv = conventions()
    with _no_cyclic_gc():
        parsed = parse_schedule(data, fmt, tz=tz, name=name, progress=progress, conventions=conv)
    if progress is not None:
        progress("read", parsed.units, parsed.units)
    report = ImportReport(
        file=name,
        dry_run=dry_run,
        format=parsed.format,
        unit_word=parsed.unit_word,
        rows=parsed.units,
        errors=list(parsed.problems),
        notices=list(parsed.notices),
        skip_bad=skip_bad,
    )
    file_level = any(p.unit == "file" for p in parsed.problems)
    if parsed.problems and (not skip_bad or file_level or not parsed.records):
        report.skip_bad = False
        raise ImportFailed(report)
    with _no_cyclic_gc():
        apply_records(
            parsed, actor, report, tz=tz, dry_run=dry_run, skip_bad=skip_bad, progress=progress
        )
    if report.refused:
        raise ImportFailed(report)
    return report


def import_schedule_file(path: str | Path, actor: Actor, **options) -> ImportReport:
    return import_schedule_bytes(read_import_file(path), actor, name=Path(path).name, **options)


@contextlib.contextmanager
def _no_cyclic_gc():
    """Reading a file makes millions of small objects and no reference cycles: the cycle
    collector would walk the growing heap again and again for nothing (a fifth to a third of
    the time of a 10,000-message file). Reference counting still frees everything as usual."""
    if threading.current_thread() is not threading.main_thread():
        # The switch is process-wide: on a window's worker it would stop collection on the GUI
        # thread too, which then collects the whole backlog at once, Qt objects included, and
        # aborted the process in the tests. Only a command-line import gets the speed-up.
        yield
        return
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
