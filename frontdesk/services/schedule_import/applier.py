"""Applying parsed schedule records: planned without a lock, written in one short transaction.

    report = apply_records(parsed, actor, report, dry_run=False, skip_bad=False)

The rules are those of :func:`frontdesk.services.appointments.upsert_appointment` (keyed by
source system + id; a schedule's "scheduled" never undoes a check-in; a cancellation always
counts), plus: a delete removes an appointment only if nobody has checked the patient in for
it, and a no-show from the source does not overrule a check-in; either conflict is an error
that the desk must look at.

Two phases, so that other stations' writes never wait for the file (issue 12):

* **planning**, outside any write transaction: patients, appointments and visits are read in
  chunks; each record is compared with that state in memory (so an S12, S13 and S15 of the
  same appointment in one file apply in order); what would change is counted. A dry run stops
  here: it takes no write lock at all;
* **writing** (:mod:`.writer`), one transaction: the net changes only, new rows with multi-row
  INSERTs, all or nothing. It first checks that what the plan was computed from is still so
  (an appointment's status, a visit's check-in, a patient's fields, an MRN or appointment id
  nobody registered meanwhile); if a desk changed it, the transaction writes nothing and the
  file is planned again (at most :data:`PLANS` times, then refused, saying why).

A re-import of the same file reads, and writes nothing else than its one audit record.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import time

from frontdesk.domain import AppointmentStatus
from frontdesk.services.actors import Actor
from frontdesk.services.appointments import merged_status
from frontdesk.services.audit import record_many
from frontdesk.services.identity import IDENTITY_FIELDS
from frontdesk.services.patient_input import PatientInput, passport_key
from frontdesk.services.schedule_import.chunked_write import write_in_chunks
from frontdesk.services.schedule_import.records import (
    Action,
    ImportReport,
    ParseResult,
    Problem,
    Progress,
    ScheduleRecord,
)
from frontdesk.services.schedule_import.writer import ChangedMeanwhile, prepare, write_plan
from frontdesk.store import import_runs
from frontdesk.store.import_rows import refresh_statistics
from frontdesk.store.models import Appointment, Patient, Visit, database_proxy
from frontdesk.store.sql import is_postgres
from frontdesk.timeutil import local_date

CHUNK = 400
# SQLite: how long an import waits for another station's import being written in chunks.
OTHER_IMPORT_WAIT_S = 120
PLANS = 3  # a file planned again this often when desks keep changing what it reads, then refused
_PATIENT_FIELDS = [f.name for f in dataclasses.fields(PatientInput)]
_COMPARED = ("start", "duration_min", "department", "clinician", "location", "type", "status")
_CHECKED_IN = {
    AppointmentStatus.ARRIVED,
    AppointmentStatus.IN_PROGRESS,
    AppointmentStatus.COMPLETED,
}
_CLOSED = {AppointmentStatus.CANCELLED, AppointmentStatus.NO_SHOW}


def wait_for_other_imports() -> str | None:
    """SQLite: an import still being written in chunks elsewhere is waited for (its rows are
    invisible until it ends, so a plan made now would miss them, and a change to them be lost);
    one whose station died is swept. None when the way is clear, else why not, in one line.

    Inside a transaction (an HL7 message's, which holds the write lock: no chunk can commit
    meanwhile) it does not wait: a run between two chunks is a refusal to send again."""
    if is_postgres():
        return None
    if database_proxy.in_transaction():
        running = import_runs.writing_runs()
        if running:
            return (
                f"{running[0].station} is writing a schedule import right now: "
                "nothing was changed; send this again in a moment"
            )
        return None
    deadline = time.monotonic() + OTHER_IMPORT_WAIT_S
    while True:
        import_runs.sweep_abandoned()
        running = import_runs.writing_runs()
        if not running:
            return None
        if time.monotonic() > deadline:
            return (
                f"{running[0].station} is still importing a file; nothing was imported: "
                "import this one again when it has finished"
            )
        time.sleep(0.2)


class _Conflict(Exception):
    def __init__(self, where: str, message: str) -> None:
        super().__init__(message)
        self.where = where
        self.message = message


@dataclasses.dataclass
class _Slot:
    """An appointment as the file wants it (``values`` None: deleted)."""

    row_id: int | None  # the existing row, if any
    values: dict | None
    patient_id: int
    visit_key: tuple[int, dt.date] | None
    original: dict | None = None  # the row as it was before the file (None: new)
    original_visit_id: int | None = None
    original_patient_id: int | None = None
    original_visit_key: tuple[int, dt.date] | None = None

    def net_change(self) -> str:
        """What the file does to this appointment, all its messages taken together."""
        if self.original is None:
            return "unchanged" if self.values is None else "created"
        if self.values is None:
            return "deleted"
        changed = [n for n in _COMPARED if self.original[n] != self.values[n]]
        moved = (self.patient_id, self.visit_key) != (
            self.original_patient_id,
            self.original_visit_key,
        )
        if not changed and not moved:
            return "unchanged"
        if "status" in changed and self.values["status"] in ("cancelled", "no_show"):
            return self.values["status"]
        return "updated"


def apply_records(
    parsed: ParseResult,
    actor: Actor,
    report: ImportReport,
    *,
    tz: dt.tzinfo,
    dry_run: bool,
    skip_bad: bool,
    progress: Progress | None = None,
) -> ImportReport:
    """Plans ``parsed.records`` against the database as it is, then (unless ``dry_run``)
    writes the plan in one transaction. Conflicts found on the way go to ``report.errors``;
    without ``skip_bad`` they refuse the whole file (nothing written)."""
    first_errors, first_notices = list(report.errors), list(report.notices)
    changed: ChangedMeanwhile | None = None
    if not dry_run:
        busy = wait_for_other_imports()
        if busy is not None:
            report.errors.append(Problem(unit="file", where="the database", message=busy))
            return report
    for _attempt in range(PLANS):
        report.errors[:], report.notices[:] = first_errors, first_notices
        report.appointments.clear()
        report.patients.clear()
        run = _Run(actor, report, tz)
        run.plan(parsed.records, progress)
        if report.errors and not skip_bad:
            return report
        run.count()
        report.patients.update(run.patient_outcome.values())
        if dry_run:
            return report
        prepared = prepare(run)
        summary = {
            "file": report.file,
            "rows": report.rows,
            "appointments": dict(report.appointments),
            "patients": dict(report.patients),
            "skipped": sorted({e.unit for e in report.errors}),
        }

        def summary_record(summary=summary) -> None:
            # The file's summary, after its records (kept with them until the commit).
            record_many(actor, [(f"import.{parsed.format}", "import", None, summary)])

        try:
            if prepared.chunked:
                write_in_chunks(run, prepared, summary_record)
            else:
                with database_proxy.atomic():
                    write_plan(run, prepared)
                    summary_record()
            written = sum(n for kind, n in report.appointments.items() if kind != "unchanged")
            if not database_proxy.in_transaction():
                refresh_statistics(written)
            return report
        except ChangedMeanwhile as exc:
            changed = exc  # planned again, from what the database holds now
    assert changed is not None
    report.skip_bad = False
    report.errors.append(
        Problem(
            unit="file",
            where=changed.where,
            message=(
                f"changed at a desk while the file was being imported ({changed.what}), "
                f"{PLANS} times in a row; nothing was imported: import the file again"
            ),
        )
    )
    return report


class _Run:
    def __init__(self, actor: Actor, report: ImportReport, tz: dt.tzinfo) -> None:
        self.actor = actor
        self.report = report
        self.tz = tz
        self.patients: dict[str, Patient] = {}
        self.patient_outcome: dict[str, str] = {}
        self.newcomers: set[str] = set()
        self.slots: dict[tuple[str, str], _Slot] = {}
        self.visits: dict[tuple[int, dt.date], Visit] = {}
        self.visits_by_id: dict[int, Visit] = {}
        self.touched: dict[tuple[str, str], None] = {}  # ordered set
        # What the write does besides the appointments, and what it checks first:
        self.newcomer_mrns: list[str] = []  # patients to register (their ids: -1, -2, ...)
        self.patient_updates: list[tuple[PatientInput, frozenset[str]]] = []
        self.conflicts: list[tuple] = []  # record_conflict's arguments
        self.patients_as_read: dict[int, tuple] = {}  # id: the compared fields, as planned from

    def plan(self, records: list[ScheduleRecord], progress: Progress | None) -> None:
        """Reads what the records concern and compares each with it, in memory: no write."""
        self.prefetch(records)
        total = len(records)
        for done, rec in enumerate(records, 1):
            try:
                self.apply(rec)
            except _Conflict as conflict:
                self.report.errors.append(
                    Problem(unit=rec.unit, where=conflict.where, message=conflict.message)
                )
            if progress is not None and (done % 250 == 0 or done == total):
                progress("apply", done, total)

    # -- reading the current state, in chunks -------------------------------------------------
    def prefetch(self, records: list[ScheduleRecord]) -> None:
        mrns = sorted({r.mrn for r in records})
        compared = [Patient.id, Patient.passport_key] + [
            getattr(Patient, f.name) for f in dataclasses.fields(PatientInput)
        ]
        for chunk in _chunks(mrns):
            for p in Patient.select(*compared).where(Patient.mrn.in_(chunk)):
                self.patients[p.mrn] = p
                self.patients_as_read[p.id] = _compared(p)
        # Newcomers are registered together by the write (one by one, indexing them for search
        # would cost more than the rest of the import); until then their ids are -1, -2, ...
        newcomers: dict[str, ScheduleRecord] = {}
        for r in records:
            if (
                r.mrn not in self.patients
                and r.mrn not in newcomers
                and r.patient is not None
                and r.appointment is not None
                and r.action == Action.UPSERT
            ):
                newcomers[r.mrn] = r
        for r in newcomers.values():
            self._newcomer(r.patient)
        by_source: dict[str, set[str]] = {}
        for r in records:
            by_source.setdefault(r.source_system, set()).add(r.external_id)
        visit_ids: set[int] = set()
        for source, ids in by_source.items():
            for chunk in _chunks(sorted(ids)):
                query = Appointment.select(
                    Appointment.id,
                    Appointment.external_id,
                    Appointment.patient,
                    Appointment.visit,
                    *(getattr(Appointment, name) for name in _COMPARED),
                ).where((Appointment.source_system == source) & Appointment.external_id.in_(chunk))
                # Tuples, not model instances: a re-import reads every appointment of the file.
                for row_id, external_id, patient_id, visit_id, *values in query.tuples():
                    original = dict(zip(_COMPARED, values, strict=True))
                    self.slots[(source, external_id)] = _Slot(
                        row_id,
                        dict(original),
                        patient_id,
                        None,
                        original,
                        visit_id,
                        patient_id,
                    )
                    if visit_id is not None:
                        visit_ids.add(visit_id)
        columns = (Visit.id, Visit.patient, Visit.local_date, Visit.arrived_at)
        for chunk in _chunks(sorted(visit_ids)):
            for v in Visit.select(*columns).where(Visit.id.in_(chunk)):
                self._remember_visit(v)
        for slot in self.slots.values():
            visit = self.visits_by_id.get(slot.original_visit_id or -1)
            if visit is not None:
                slot.visit_key = slot.original_visit_key = (visit.patient_id, visit.local_date)
        # The visits of the file's patients on the file's days that were not read above.
        wanted = {
            (self.patients[r.mrn].id, local_date(r.appointment.start, self.tz))
            for r in records
            if r.appointment is not None and r.mrn in self.patients and r.mrn not in self.newcomers
        }
        missing = wanted - self.visits.keys()
        days = sorted({day for _, day in missing})
        for chunk in _chunks(sorted({patient for patient, _ in missing})):
            query = Visit.select(*columns).where(
                Visit.patient.in_(chunk) & Visit.local_date.in_(days)
            )
            for v in query:
                self._remember_visit(v)

    def _newcomer(self, clean: PatientInput) -> Patient:
        self.newcomer_mrns.append(clean.mrn)
        values = {name: getattr(clean, name) for name in _PATIENT_FIELDS}
        patient = Patient(id=-len(self.newcomer_mrns), **values)
        patient.passport_key = passport_key(clean.passport_no)
        self.patients[clean.mrn] = patient
        self.newcomers.add(clean.mrn)
        return patient

    def _remember_visit(self, v: Visit) -> None:
        self.visits[(v.patient_id, v.local_date)] = v
        self.visits_by_id[v.id] = v

    # -- one record, against the state in memory ---------------------------------------------
    def apply(self, rec: ScheduleRecord) -> None:
        key = (rec.source_system, rec.external_id)
        slot = self.slots.get(key)
        self.touched[key] = None
        if rec.action == Action.DELETE:
            if slot is not None and slot.values is not None:
                self._refuse_if_checked_in(rec, slot, "deleted")
                slot.values = None
            elif slot is None:
                self._unknown(rec, "a deletion")
            return
        if rec.action in (Action.CANCEL, Action.NO_SHOW) and (slot is None or slot.values is None):
            # A cancellation or no-show of what this desk never had (or no longer has) creates
            # nothing, even when the message carries the time and the patient.
            if slot is None:
                self._unknown(rec, "a cancellation or no-show")
            return
        if rec.action == Action.NO_SHOW:
            self._refuse_if_checked_in(rec, slot, "marked as no-show")
        incoming = {
            Action.CANCEL: AppointmentStatus.CANCELLED,
            Action.NO_SHOW: AppointmentStatus.NO_SHOW,
        }.get(rec.action)
        if rec.appointment is None:
            if slot is None or slot.values is None:
                raise _Conflict(
                    f"{rec.unit}, SCH-11.4",
                    f"no start time, and appointment {rec.external_id} ({rec.source_system}) "
                    "is not one this desk has: a new appointment needs its time (TQ1-7, "
                    "SCH-11.4 or AIS-4)",
                )
            patient_id = slot.patient_id
            if rec.patient is not None:
                patient_id = self._patient(rec).id
            wanted = dict(slot.values)
            for name, value in (rec.changes or {}).items():
                if value is not None:
                    wanted[name] = value.value if name == "status" else value
            visit_key = slot.visit_key or (patient_id, local_date(wanted["start"], self.tz))
        else:
            patient = self._patient(rec)
            patient_id = patient.id
            wanted = {name: getattr(rec.appointment, name) for name in _COMPARED}
            visit_key = (patient_id, local_date(rec.appointment.start, self.tz))
            if not rec.status_given and slot is not None and slot.values is not None:
                wanted["status"] = slot.values["status"]  # an unreadable code changes nothing
        if incoming is not None and slot is not None and slot.values is not None:
            # A cancellation or no-show that leaves out the clinician or the place does not
            # mean they are gone.
            for name in ("department", "clinician", "location", "type"):
                if wanted[name] is None:
                    wanted[name] = slot.values[name]
        incoming = incoming or AppointmentStatus(wanted["status"])
        if incoming == AppointmentStatus.NO_SHOW and slot is not None and slot.values is not None:
            # A no-show given as a status (CSV no_show, SCH-25 Noshow), not only as S26.
            self._refuse_if_checked_in(rec, slot, "marked as no-show")
        current = (
            AppointmentStatus(slot.values["status"]) if slot and slot.values is not None else None
        )
        visit = self.visits.get(visit_key)
        arrived = visit is not None and visit.arrived_at is not None
        wanted["status"] = merged_status(incoming, current, arrived).value
        if slot is None:
            self.slots[key] = _Slot(None, wanted, patient_id, visit_key)
        else:
            slot.values, slot.patient_id, slot.visit_key = wanted, patient_id, visit_key

    def count(self) -> None:
        for key in self.touched:
            self.report.appointments[self._net(key)] += 1

    def _net(self, key: tuple[str, str]) -> str:
        slot = self.slots.get(key)
        return "unchanged" if slot is None else slot.net_change()

    def _unknown(self, rec: ScheduleRecord, what: str) -> None:
        self.report.notices.append(
            Problem(
                unit=rec.unit,
                where=rec.unit,
                message=(
                    f"{what} of appointment {rec.external_id} ({rec.source_system}), which "
                    "this desk does not have: nothing to change"
                ),
            )
        )

    def _refuse_if_checked_in(self, rec: ScheduleRecord, slot: _Slot, what: str) -> None:
        status = AppointmentStatus(slot.values["status"]) if slot.values else None
        visit = self.visits.get(slot.visit_key) if slot.visit_key else None
        if status in _CHECKED_IN or (visit is not None and visit.arrived_at is not None):
            raise _Conflict(
                rec.unit,
                f"appointment {rec.external_id} cannot be {what} by the import: the patient "
                f"({rec.mrn}) has been checked in for it; the desk must look at it",
            )

    def _patient(self, rec: ScheduleRecord) -> Patient:
        known = self.patients.get(rec.mrn)
        if rec.patient is None:
            if known is None:
                raise _Conflict(
                    rec.unit,
                    f"no patient with MRN {rec.mrn} in the database or in the file "
                    "(expected the patient's details in the file)",
                )
            self.patient_outcome.setdefault(rec.mrn, "unchanged")
            return known
        change = "created"
        supplied = rec.supplied
        if known is not None and rec.mrn not in self.newcomers:
            supplied = self._identity_conflicts(known, rec)
        if known is None:  # an update without a time for a patient nobody has: registered
            known = self._newcomer(rec.patient)
        elif _patient_differs(known, rec, supplied):
            change = "updated"
            # As save_validated_patient will (a newcomer is registered as it ends up).
            for name in supplied:
                setattr(known, name, getattr(rec.patient, name))
            if "passport_no" in supplied:
                known.passport_key = passport_key(rec.patient.passport_no)
            if rec.mrn not in self.newcomers:
                self.patient_updates.append((rec.patient, supplied))
        else:
            change = "unchanged"
        if rec.mrn in self.newcomers and rec.mrn not in self.patient_outcome:
            change = "created"
        if self.patient_outcome.get(rec.mrn, "unchanged") == "unchanged":
            self.patient_outcome[rec.mrn] = change
        return known

    def _identity_conflicts(self, known: Patient, rec: ScheduleRecord) -> frozenset[str]:
        """A known patient's date of birth or sex that the file gives otherwise is a
        wrong-patient signal, not an update: the stored value stays, the conflict is kept on
        the patient (once) for the desk to resolve, and the report says so. A value the desk
        does not have yet (unknown date of birth, sex U) is simply filled in."""
        assert rec.patient is not None
        kept = set(rec.supplied)
        for field in IDENTITY_FIELDS:
            stored, incoming = getattr(known, field), getattr(rec.patient, field)
            if field not in rec.supplied or stored in (None, "", "U") or stored == incoming:
                continue
            kept.discard(field)
            shown = _shown(incoming)
            self.report.notices.append(
                Problem(
                    unit=rec.unit,
                    where=f"{rec.unit}, {field}",
                    message=(
                        f"patient {rec.mrn} has {field.replace('_', ' ')} {_shown(stored)} at "
                        f"the desk but {shown} in the file: kept as it was, and marked on the "
                        "patient for the desk to check (is this the same person?)"
                    ),
                )
            )
            self.conflicts.append(
                (known.id, field, _shown(stored), shown, rec.source_system, rec.unit)
            )
        return frozenset(kept)


def _patient_differs(known: Patient, rec: ScheduleRecord, supplied: frozenset[str]) -> bool:
    """Would :func:`save_validated_patient` change anything? (Without a statement per patient.)"""
    clean = rec.patient
    assert clean is not None
    for name in supplied:
        if getattr(known, name) != getattr(clean, name):
            return True
    return "passport_no" in supplied and known.passport_key != passport_key(clean.passport_no)


def _shown(value) -> str:
    return value.isoformat() if isinstance(value, dt.date) else str(value)


def _compared(patient: Patient) -> tuple:
    return tuple(getattr(patient, name) for name in _PATIENT_FIELDS)


def _chunks(items: list, size: int = CHUNK):
    for i in range(0, len(items), size):
        yield items[i : i + size]
