"""Reading a CSV schedule export into records: one row, one appointment.

Columns (header names in any case, extra columns ignored, comma or semicolon, UTF-8 with or
without a BOM): appointment_id, start, duration_min, department, clinician, location, type,
status, mrn, family_name, given_name, native_family_name, native_given_name, date_of_birth, sex,
nationality, passport_no, preferred_language, interpreter_needed, phone, email. Required:
appointment_id, start, mrn, family_name, given_name, date_of_birth. A ``start`` without an offset
is the office's local time. A status of ``cancelled`` cancels; ``deleted`` removes.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io

from frontdesk.domain import AppointmentStatus
from frontdesk.errors import FrontdeskError, InputError
from frontdesk.services.appointments import AppointmentInput
from frontdesk.services.patient_input import PatientInput
from frontdesk.services.schedule_import.records import (
    Action,
    ParseResult,
    Problem,
    ScheduleRecord,
)
from frontdesk.timeutil import parse_instant

SOURCE_SYSTEM = "csv"
REQUIRED = ("appointment_id", "start", "mrn", "family_name", "given_name", "date_of_birth")
PATIENT_COLUMNS = tuple(
    f.name for f in dataclasses.fields(PatientInput) if f.name != "local_address"
)


def parse_csv(data: bytes, tz: dt.tzinfo, *, name: str = "schedule.csv") -> ParseResult:
    result = ParseResult(format="csv", unit_word="rows")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        result.add_problem(
            _problem(line, None, f"is not UTF-8 (byte {exc.start}); save the file as CSV UTF-8")
        )
        return result
    first_line = text.split("\n", 1)[0]
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    try:
        header = next(reader)
    except StopIteration:
        result.add_problem(_problem(1, None, "the file is empty"))
        return result
    except csv.Error as exc:
        result.add_problem(_problem(1, None, f"not CSV: {exc}"))
        return result
    columns = {h.strip().lower(): i for i, h in enumerate(header)}
    missing = [c for c in REQUIRED if c not in columns]
    if missing:
        result.add_problem(_problem(1, None, "missing required column(s): " + ", ".join(missing)))
        return result
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            # Nothing after this point can be read: the whole file is refused, even with
            # skip-bad (the rows after it would be lost without a word).
            problem = _problem(reader.line_num, None, f"not CSV: {exc}")
            result.add_problem(dataclasses.replace(problem, unit="file"))
            break
        line = reader.line_num
        if not any(c.strip() for c in cells):
            continue
        result.units += 1
        try:
            result.records.append(_row(cells, columns, tz, line))
        except FrontdeskError as exc:
            if not result.add_problem(_problem(line, exc.where, exc.message)):
                break
    if result.units == 0 and not result.problems:
        # A header and nothing else: an export cut short, not an empty day (a day without
        # appointments is not sent).
        problem = _problem(2, None, "no appointment rows after the header")
        result.add_problem(dataclasses.replace(problem, unit="file"))
    return result


def _problem(line: int, column: str | None, message: str) -> Problem:
    where = f"line {line}" + (f", column {column}" if column else "")
    return Problem(unit=f"line {line}", where=where, message=message, line=line, column=column)


def _row(cells: list[str], columns: dict[str, int], tz: dt.tzinfo, line: int) -> ScheduleRecord:
    def get(name: str) -> str | None:
        index = columns.get(name)
        if index is None or index >= len(cells):
            return None
        return cells[index]

    patient = PatientInput(**{name: get(name) for name in PATIENT_COLUMNS}).validated()
    supplied = frozenset(name for name in PATIENT_COLUMNS if (get(name) or "").strip())
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
    action = Action.UPSERT
    if status_text == "deleted":
        action, status_text = Action.DELETE, "scheduled"
    try:
        status = AppointmentStatus(status_text or "scheduled")
    except ValueError as exc:
        raise InputError(
            f"{get('status')!r} is not a status (expected one of "
            + ", ".join(s.value for s in AppointmentStatus)
            + ", deleted)",
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
    return ScheduleRecord(
        unit=f"line {line}",
        action=action,
        source_system=SOURCE_SYSTEM,
        external_id=appointment.external_id,
        mrn=patient.mrn,
        patient=patient,
        supplied=supplied,
        appointment=appointment,
    )
