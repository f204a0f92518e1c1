"""Importing a day's schedule from a CSV export, all or nothing (the CSV face of
:mod:`frontdesk.services.schedule_import`, which reads HL7 and FHIR too).

    report = import_csv_file("today.csv", actor, dry_run=True)
    print(report.describe())      # what would change; nothing written
    report = import_csv_file("today.csv", actor)

The columns are described in :mod:`frontdesk.services.schedule_import.csv_rows`. Every row is
checked before anything is written; each bad row is reported with its line and column, and then
nothing of the file is written. Patients are matched by MRN, appointments by
(``csv``, appointment_id), so the same file imported twice changes nothing.
"""

from __future__ import annotations

from pathlib import Path

from frontdesk.services.actors import Actor
from frontdesk.services.schedule_import import (
    ImportFailed,
    ImportReport,
    import_schedule_bytes,
    read_import_file,
)
from frontdesk.services.schedule_import.csv_rows import SOURCE_SYSTEM

__all__ = [
    "SOURCE_SYSTEM",
    "ImportFailed",
    "ImportReport",
    "import_csv_bytes",
    "import_csv_file",
    "read_import_file",
]


def import_csv_file(path: str | Path, actor: Actor, *, dry_run: bool = False) -> ImportReport:
    return import_csv_bytes(read_import_file(path), actor, dry_run=dry_run, name=Path(path).name)


def import_csv_bytes(
    data: bytes, actor: Actor, *, dry_run: bool = False, name: str = "schedule.csv"
) -> ImportReport:
    return import_schedule_bytes(data, actor, fmt="csv", dry_run=dry_run, name=name)
