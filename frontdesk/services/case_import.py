"""The international case from a CSV file: travel, checklist items and interpreter bookings,
one row a stay or an appointment, all or nothing.

    report = import_case_csv(Path("cases.csv"), actor)          # InputError lists every problem
    report.rows, report.travel, report.items, report.bookings
    import_case_csv(path, actor, dry_run=True)                  # checked, nothing written

Columns (a header row; names as below, any order; an empty cell is "not given", never "clear"):

* ``mrn`` and ``date`` (required): the patient and a day of the stay (YYYY-MM-DD); the row's
  travel and checklist belong to that stay (:mod:`frontdesk.services.stays`).
* travel: any of :data:`frontdesk.services.travel.FIELDS` (``arrival_number``,
  ``arrival_from``, ``arrival_place``, ``arrival_time`` as on the ticket in the airport's local
  time, ``pickup_by``, ``stay_address``, ``departure_time``, ...).
* checklist: a column per item (``records_received``, ``records_translated``, ``visa_letter``,
  ``financial_clearance``, ``travel_booked``, ``hotel_booked``, ``interpreter_booked``) with
  ``open``, ``done`` or ``not_needed``.
* interpreter: ``appointment_id`` (the scheduling system's id, as ``schedule --json`` shows)
  with ``interpreter`` (a roster name) and/or ``interpreter_mode`` (``in_person``, ``phone``,
  ``video``), ``remote_service``, ``interpreter_status``.

Every row goes through the same services as the window and ``frontdesk case`` (each change
audited); the whole file is one transaction: a problem anywhere (reported as ``line N,
column C``) and nothing is written.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

from frontdesk.errors import FrontdeskError, InputError
from frontdesk.services.actors import Actor
from frontdesk.services.case_terms import CheckItem
from frontdesk.services.checklist import set_item
from frontdesk.services.interpreter_bookings import book_interpreter, find_appointment
from frontdesk.services.interpreter_roster import find_interpreter
from frontdesk.services.stays import stay_on
from frontdesk.services.travel import FIELDS as TRAVEL_FIELDS
from frontdesk.services.travel import save_travel
from frontdesk.store.models import Appointment, Patient, database_proxy
from frontdesk.timeutil import try_parse_date

ITEM_COLUMNS = tuple(item.value for item in CheckItem)
BOOKING_COLUMNS = ("appointment_id", "interpreter", "interpreter_mode", "remote_service")
STATUS_COLUMN = "interpreter_status"
COLUMNS = ("mrn", "date", *TRAVEL_FIELDS, *ITEM_COLUMNS, *BOOKING_COLUMNS, STATUS_COLUMN)


@dataclass(frozen=True, slots=True)
class CaseImportReport:
    rows: int
    travel: int  # stays whose travel changed
    items: int  # checklist items set
    bookings: int  # interpreter bookings made or changed
    dry_run: bool


class _DryRun(Exception):
    """Raised to roll the transaction back after a successful check."""


def import_case_csv(path: Path, actor: Actor, *, dry_run: bool = False) -> CaseImportReport:
    try:
        text = Path(path).read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(f"not UTF-8 text (byte {error.start})", where=str(path)) from None
    except OSError as error:
        raise InputError(error.strerror or str(error), where=str(path)) from None
    return import_case_text(text, actor, dry_run=dry_run)


def import_case_text(text: str, actor: Actor, *, dry_run: bool = False) -> CaseImportReport:
    reader = csv.DictReader(io.StringIO(text))
    header = [h.strip() for h in reader.fieldnames or []]
    unknown = [h for h in header if h not in COLUMNS]
    if not header:
        raise InputError("the file is empty (a header row is needed)")
    if unknown:
        raise InputError(
            f"unknown column(s): {', '.join(unknown)} (see frontdesk.services.case_import)",
            where="line 1",
        )
    for required in ("mrn", "date"):
        if required not in header:
            raise InputError(f"the column {required!r} is missing", where="line 1")
    problems: list[str] = []
    counts = {"rows": 0, "travel": 0, "items": 0, "bookings": 0}
    try:
        with database_proxy.atomic():
            for number, raw in enumerate(reader, start=2):
                row = {k.strip(): (v or "").strip() for k, v in raw.items() if k is not None}
                if not any(row.values()):
                    continue
                counts["rows"] += 1
                try:
                    _apply(row, number, actor, counts)
                except FrontdeskError as error:
                    problems.append(_located(number, error))
                except ExceptionGroup as group:
                    problems += [_located(number, error) for error in group.exceptions]
            if problems:
                raise InputError(
                    f"{len(problems)} problem(s), nothing imported:\n" + "\n".join(problems)
                )
            if dry_run:
                raise _DryRun
    except _DryRun:
        pass
    return CaseImportReport(dry_run=dry_run, **counts)


def _located(number: int, error: BaseException) -> str:
    if not isinstance(error, FrontdeskError):
        raise error
    where = f"line {number}" + (f", column {error.where}" if error.where else "")
    return f"{where}: {error.message}"


def _apply(row: dict[str, str], number: int, actor: Actor, counts: dict[str, int]) -> None:
    """One row; every problem of the row at once (a ``FrontdeskError`` per cell is collected
    into an ``ExceptionGroup``)."""
    mrn = row.get("mrn", "").upper()
    patient = Patient.get_or_none(Patient.mrn == mrn)
    if patient is None:
        raise InputError(f"no patient with MRN {mrn!r}", where="mrn")
    day = try_parse_date(row.get("date", ""))
    if day is None:
        raise InputError(f"{row.get('date')!r} is not a date (expected YYYY-MM-DD)", where="date")
    stay = stay_on(patient.id, day)
    if stay is None:
        raise InputError(f"{patient.mrn} has no visit on {day.isoformat()}", where="date")
    errors: list[FrontdeskError] = []
    travel = {name: row[name] for name in TRAVEL_FIELDS if row.get(name)}
    if travel:
        try:
            _travel, changed = save_travel(stay.first_visit_id, travel, actor)
            counts["travel"] += bool(changed)
        except FrontdeskError as error:
            errors.append(error)
    for name in ITEM_COLUMNS:
        if row.get(name):
            try:
                set_item(stay.first_visit_id, name, row[name], actor)
                counts["items"] += 1
            except FrontdeskError as error:
                errors.append(InputError(error.message, where=name))
    try:
        if row.get("appointment_id"):
            _book(row, patient, actor)
            counts["bookings"] += 1
        elif any(row.get(name) for name in (*BOOKING_COLUMNS[1:], STATUS_COLUMN)):
            raise InputError(
                "an interpreter needs the appointment it is for", where="appointment_id"
            )
    except FrontdeskError as error:
        errors.append(error)
    if len(errors) == 1:
        raise errors[0]
    if errors:
        raise ExceptionGroup(f"line {number}", errors)


def _book(row: dict[str, str], patient: Patient, actor: Actor) -> None:
    appointment_id = find_appointment(row["appointment_id"])
    appointment = Appointment.get_by_id(appointment_id)
    if appointment.patient_id != patient.id:
        raise InputError(
            f"appointment {row['appointment_id']!r} is another patient's", where="appointment_id"
        )
    interpreter_id = None
    if row.get("interpreter"):
        try:
            interpreter_id = find_interpreter(row["interpreter"]).id
        except FrontdeskError as error:
            raise InputError(error.message, where="interpreter") from None
    try:
        book_interpreter(
            appointment_id,
            actor,
            interpreter_id=interpreter_id,
            mode=row.get("interpreter_mode") or "in_person",
            remote_service=row.get("remote_service") or None,
            status=row.get(STATUS_COLUMN) or None,
        )
    except InputError as error:
        where = {"mode": "interpreter_mode", "status": STATUS_COLUMN}.get(error.where or "")
        raise InputError(error.message, where=where or error.where) from None
