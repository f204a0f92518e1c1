"""Reading a CSV schedule export into records: one row, one appointment.

Columns (header names in any case, extra columns ignored, comma or semicolon, UTF-8 with or
without a BOM): appointment_id, start, duration_min, department, clinician, location, type,
status, mrn, family_name, given_name, native_family_name, native_given_name, date_of_birth, sex,
nationality, passport_no, preferred_language, interpreter_needed, phone, email. Required
columns: appointment_id, start, mrn, family_name, given_name. A ``start`` without an offset is
the office's local time. A status of ``cancelled`` cancels; ``deleted`` removes.

A row needs its appointment id, start and MRN (and a name for a patient the desk does not
know yet); any other cell that cannot be read (a phone without a country code when the office
has no phone region, a date of birth that is not one, an unknown status) is left out with a
notice, and every problem of a row is reported, not only the first.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io

from frontdesk.domain import AppointmentStatus
from frontdesk.errors import InputError
from frontdesk.services.appointments import AppointmentInput
from frontdesk.services.patient_input import PatientInput
from frontdesk.services.schedule_import.conventions import Conventions
from frontdesk.services.schedule_import.patient_fields import read_language, settle_patient
from frontdesk.services.schedule_import.records import (
    Action,
    Findings,
    ParseResult,
    Problem,
    ScheduleRecord,
)
from frontdesk.timeutil import parse_instant

SOURCE_SYSTEM = "csv"
REQUIRED = ("appointment_id", "start", "mrn", "family_name", "given_name")
PATIENT_COLUMNS = tuple(
    f.name
    for f in dataclasses.fields(PatientInput)
    if f.name not in ("local_address", "name_to_confirm")
)


def parse_csv(
    data: bytes, tz: dt.tzinfo, *, name: str = "schedule.csv", conv: Conventions | None = None
) -> ParseResult:
    conv = conv or Conventions()
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
        findings = Findings(f"line {line}")
        record = _row(cells, columns, tz, line, conv, findings)
        if not _add_row(result, findings, record, line):
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


def _add_row(result: ParseResult, findings: Findings, record, line: int) -> bool:
    """A row's record and problems, located by line and column."""
    result.units += 1
    if result.too_many():
        return False
    result.notices.extend(
        _problem(line, p.where.partition(", column ")[2] or None, p.message)
        for p in findings.notice_problems()
    )
    if record is not None and not findings.errors:
        result.records.append(record)
        return True
    return all(
        result.add_problem(_problem(line, p.where.partition(", column ")[2] or None, p.message))
        for p in findings.error_problems()
    )


def _row(cells, columns, tz, line, conv: Conventions, findings: Findings):
    def get(name: str) -> str | None:
        index = columns.get(name)
        if index is None or index >= len(cells):
            return None
        return cells[index]

    findings.sep = ", column "
    values: dict = {name: get(name) for name in PATIENT_COLUMNS}
    language = values.get("preferred_language")
    if language and language.strip():  # a language name (Arabic) is a language too
        values["preferred_language"] = read_language(language) or language
    places = {name: name for name in PATIENT_COLUMNS}
    patient, supplied = settle_patient(values, places, findings, region=conv.phone_region)
    mrn = (values.get("mrn") or "").strip().upper()
    start = None
    start_text = (get("start") or "").strip()
    if not start_text:
        findings.error("start", "is required")
    else:
        try:
            start = parse_instant(start_text, tz)
        except InputError as exc:
            findings.error("start", exc.message)
    duration_text = (get("duration_min") or "").strip()
    duration = 30
    if duration_text:
        try:
            duration = int(duration_text)
        except ValueError:
            findings.notice(
                "duration_min", f"{duration_text!r} is not a whole number of minutes; 30 used"
            )
    action, status, status_given = _status(get("status") or "", conv, findings)
    if findings.errors or start is None:
        return None
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
    )
    for _ in range(5):  # leave out each optional cell the desk cannot keep
        try:
            appointment = appointment.validated()
            break
        except InputError as exc:
            field = exc.where or "start"
            if field in ("department", "clinician", "location", "type", "duration_min"):
                findings.notice(field, f"{exc.message}; left out")
                default = 30 if field == "duration_min" else None
                appointment = dataclasses.replace(appointment, **{field: default})
                continue
            findings.error(field, exc.message)
            return None
    return ScheduleRecord(
        unit=f"line {line}",
        action=action,
        source_system=SOURCE_SYSTEM,
        external_id=appointment.external_id,
        mrn=mrn,
        patient=patient,
        supplied=frozenset(supplied),
        appointment=appointment,
        status_given=status_given,
    )


def _status(text: str, conv: Conventions, findings: Findings):
    """(action, status, whether it could be read)."""
    word = text.strip().lower().replace("-", "_").replace(" ", "_")
    if word == "deleted":
        return Action.DELETE, AppointmentStatus.SCHEDULED, True
    mapped = conv.status_for(SOURCE_SYSTEM, text) if word else None
    if mapped is not None:
        return Action.UPSERT, mapped, True
    try:
        return Action.UPSERT, AppointmentStatus(word or "scheduled"), True
    except ValueError:
        findings.notice(
            "status",
            f"{text!r} is not a status (expected one of "
            + ", ".join(s.value for s in AppointmentStatus)
            + ", deleted): a new booking reads as scheduled and a known one keeps its status",
        )
        return Action.UPSERT, AppointmentStatus.SCHEDULED, False
