"""Importing a day's schedule from a CSV export, all or nothing.

    report = import_csv_file("today.csv", actor, dry_run=True)
    print(report.describe())      # what would change; nothing written
    report = import_csv_file("today.csv", actor)

Columns (header names in any case, extra columns ignored, comma or semicolon, UTF-8 with or
without a BOM): appointment_id, start, duration_min, department, clinician, location, type,
status, mrn, family_name, given_name, native_family_name, native_given_name, date_of_birth, sex,
nationality, passport_no, preferred_language, interpreter_needed, phone, email. Required:
appointment_id, start, mrn, family_name, given_name, date_of_birth. A ``start`` without an offset
is the office's local time.

Every row is checked before anything is written; each bad row is reported with its line and
column, and then nothing of the file is written. Patients are matched by MRN, appointments by
(``csv``, appointment_id), so the same file imported twice changes nothing.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
from collections import Counter
from pathlib import Path

from frontdesk.domain import AppointmentStatus
from frontdesk.errors import FrontdeskError, InputError
from frontdesk.services.actors import Actor
from frontdesk.services.appointments import AppointmentInput, upsert_appointment
from frontdesk.services.audit import record
from frontdesk.services.office import office_zone
from frontdesk.services.patient_input import PatientInput
from frontdesk.services.patients import save_validated_patient
from frontdesk.store.models import database_proxy
from frontdesk.timeutil import parse_instant

SOURCE_SYSTEM = "csv"
MAX_FILE_BYTES = 200 * 1024 * 1024
REQUIRED = ("appointment_id", "start", "mrn", "family_name", "given_name", "date_of_birth")
PATIENT_COLUMNS = tuple(
    f.name for f in dataclasses.fields(PatientInput) if f.name != "local_address"
)
APPOINTMENT_COLUMNS = (
    "appointment_id",
    "start",
    "duration_min",
    "department",
    "clinician",
    "location",
    "type",
    "status",
)
MAX_ERRORS = 200


@dataclasses.dataclass(frozen=True)
class RowError:
    line: int
    column: str | None
    message: str

    def __str__(self) -> str:
        where = f"line {self.line}" + (f", column {self.column}" if self.column else "")
        return f"{where}: {self.message}"


@dataclasses.dataclass
class ImportReport:
    file: str
    dry_run: bool
    rows: int = 0
    appointments: Counter = dataclasses.field(default_factory=Counter)
    patients: Counter = dataclasses.field(default_factory=Counter)
    errors: list[RowError] = dataclasses.field(default_factory=list)

    @property
    def written(self) -> bool:
        return not self.dry_run and not self.errors

    def describe(self) -> str:
        if self.errors:
            lines = [f"{self.file}: {len(self.errors)} error(s); nothing was imported"]
            lines += [f"  {e}" for e in self.errors]
            return "\n".join(lines)
        verb = "would change" if self.dry_run else "imported"
        a, p = self.appointments, self.patients
        return (
            f"{self.file}: {self.rows} rows {verb}: appointments {a['created']} created, "
            f"{a['updated']} updated, {a['cancelled']} cancelled, {a['unchanged']} unchanged; "
            f"patients {p['created']} created, {p['updated']} updated, "
            f"{p['unchanged']} unchanged"
        )

    def as_json(self) -> dict:
        return {
            "file": self.file,
            "dry_run": self.dry_run,
            "rows": self.rows,
            "appointments": {
                k: self.appointments[k] for k in ("created", "updated", "cancelled", "unchanged")
            },
            "patients": {k: self.patients[k] for k in ("created", "updated", "unchanged")},
            "errors": [dataclasses.asdict(e) for e in self.errors],
        }


class ImportFailed(InputError):
    """The file was refused; ``report.errors`` says where and why."""

    def __init__(self, report: ImportReport) -> None:
        self.report = report
        super().__init__(report.describe())


def import_csv_file(path: str | Path, actor: Actor, *, dry_run: bool = False) -> ImportReport:
    return import_csv_bytes(read_import_file(path), actor, dry_run=dry_run, name=Path(path).name)


def read_import_file(path: str | Path) -> bytes:
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise InputError(f"{path}: {size:,} bytes is larger than a schedule export can be")
        return path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror}") from exc


def import_csv_bytes(
    data: bytes, actor: Actor, *, dry_run: bool = False, name: str = "schedule.csv"
) -> ImportReport:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(
            f"{name}: line {line} is not UTF-8 (byte {exc.start}); save the file as CSV UTF-8"
        ) from exc
    report = ImportReport(file=name, dry_run=dry_run)
    rows = _parse(text, report, office_zone())
    if report.errors:
        raise ImportFailed(report)
    outcome: dict[str, str] = {}  # each patient counted once, by what happened to them first
    with database_proxy.atomic() as txn:
        for patient, appointment, supplied in rows:
            # Cells left empty do not erase what the desk knows (a phone, a hotel).
            saved, change = save_validated_patient(patient, actor, fields=supplied)
            if outcome.get(saved.mrn, "unchanged") == "unchanged":
                outcome[saved.mrn] = change
            _, change = upsert_appointment(appointment, saved, actor)
            report.appointments[change] += 1
        report.patients.update(outcome.values())
        record(
            actor.staff,
            actor.station,
            "import.csv",
            "import",
            None,
            file=name,
            rows=report.rows,
            appointments=dict(report.appointments),
        )
        if dry_run:
            txn.rollback()
    return report


def _parse(text: str, report: ImportReport, tz: dt.tzinfo) -> list[tuple]:
    first_line = text.split("\n", 1)[0]
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    try:
        header = next(reader)
    except StopIteration:
        report.errors.append(RowError(1, None, "the file is empty"))
        return []
    except csv.Error as exc:
        report.errors.append(RowError(1, None, f"not CSV: {exc}"))
        return []
    columns = {h.strip().lower(): i for i, h in enumerate(header)}
    missing = [c for c in REQUIRED if c not in columns]
    if missing:
        report.errors.append(RowError(1, None, "missing required column(s): " + ", ".join(missing)))
        return []
    parsed = []
    line = 1
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            report.errors.append(RowError(reader.line_num, None, f"not CSV: {exc}"))
            break
        line = reader.line_num
        if not any(c.strip() for c in cells):
            continue
        report.rows += 1
        try:
            parsed.append(_row(cells, columns, tz))
        except FrontdeskError as exc:
            report.errors.append(RowError(line, exc.where, exc.message))
            if len(report.errors) >= MAX_ERRORS:
                break
    return parsed


def _row(cells: list[str], columns: dict[str, int], tz: dt.tzinfo):
    def get(name: str) -> str | None:
        index = columns.get(name)
        if index is None or index >= len(cells):
            return None
        return cells[index]

    patient = PatientInput(**{name: get(name) for name in PATIENT_COLUMNS}).validated()
    supplied = {name for name in PATIENT_COLUMNS if (get(name) or "").strip()}
    start_text = (get("start") or "").strip()
    if not start_text:
        raise InputError("is required", where="start")
    try:
        start = parse_instant(start_text, tz)
    except InputError as exc:
        raise InputError(exc.message, where="start") from exc
    duration_text = (get("duration_min") or "").strip()
    try:
        duration = int(duration_text) if duration_text else 30
    except ValueError as exc:
        raise InputError(
            f"{duration_text!r} is not a whole number of minutes", where="duration_min"
        ) from exc
    status_text = (get("status") or "").strip().lower().replace("-", "_").replace(" ", "_")
    try:
        status = AppointmentStatus(status_text or "scheduled")
    except ValueError as exc:
        raise InputError(
            f"{get('status')!r} is not a status (expected one of "
            + ", ".join(s.value for s in AppointmentStatus)
            + ")",
            where="status",
        ) from exc
    appointment = AppointmentInput(
        external_id=get("appointment_id") or "",
        start=start,
        duration_min=duration,
        department=get("department"),
        clinician=get("clinician"),
        location=get("location"),
        type=get("type"),
        status=status,
        source_system=SOURCE_SYSTEM,
    ).validated()
    return patient, appointment, supplied
