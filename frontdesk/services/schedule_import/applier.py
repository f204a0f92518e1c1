"""Writing parsed schedule records: one transaction, the same rules as a single upsert, in bulk.

    report = apply_records(parsed, actor, report, dry_run=False, skip_bad=False)

The rules are those of :func:`frontdesk.services.appointments.upsert_appointment` (keyed by
source system + id; a schedule's "scheduled" never undoes a check-in; a cancellation always
counts), plus: a delete removes an appointment only if nobody has checked the patient in for
it, and a no-show from the source does not overrule a check-in; either conflict is an error
that the desk must look at.

Why not call ``upsert_appointment`` per record: on a registry of a million patients that costs
about ten statements per appointment. Here patients, appointments and visits are read in
chunks first; each record is compared with that state in memory (so an S12, S13 and S15 of the
same appointment in one file apply in order); only the net changes are written at the end,
new rows with multi-row INSERTs. A re-import of the same file reads and writes nothing else
than its one audit record.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from frontdesk.domain import AppointmentStatus
from frontdesk.services.actors import Actor
from frontdesk.services.appointments import merged_status, settle_visit
from frontdesk.services.audit import record
from frontdesk.services.booking_review import AppointmentChange, follow_appointment_changes
from frontdesk.services.identity import IDENTITY_FIELDS, record_conflict
from frontdesk.services.patient_input import PatientInput, passport_key
from frontdesk.services.patients import create_validated_patients, save_validated_patient
from frontdesk.services.schedule_import.records import (
    Action,
    ImportReport,
    ParseResult,
    Problem,
    Progress,
    ScheduleRecord,
)
from frontdesk.services.stays import has_case
from frontdesk.store.import_rows import insert_appointments, insert_visits
from frontdesk.store.models import Appointment, Badge, Patient, Visit, database_proxy, utc_now
from frontdesk.timeutil import local_date

CHUNK = 400
_COMPARED = ("start", "duration_min", "department", "clinician", "location", "type", "status")
_CHECKED_IN = {
    AppointmentStatus.ARRIVED,
    AppointmentStatus.IN_PROGRESS,
    AppointmentStatus.COMPLETED,
}
_CLOSED = {AppointmentStatus.CANCELLED, AppointmentStatus.NO_SHOW}


class _ChangedMeanwhile(Exception):
    """A desk changed an appointment (a check-in, a no-show) after the file's state was read:
    the file's picture of it is out of date, and its write would undo the desk's."""

    def __init__(self, key: tuple[str, str]) -> None:
        super().__init__(key)
        self.key = key


def _as_read(slot: _Slot):
    """The row, only if its status is still the one the import read (a check-in made at a desk
    while a long file was being applied changes it; PostgreSQL does not hold it locked)."""
    return (Appointment.id == slot.row_id) & (Appointment.status == slot.original["status"])


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
    """Applies ``parsed.records`` in one transaction (rolled back for a dry run). Conflicts
    found on the way go to ``report.errors``; without ``skip_bad`` they roll everything back."""
    with database_proxy.atomic() as txn:
        run = _Run(actor, report, tz)
        run.prefetch(parsed.records)
        total = len(parsed.records)
        for done, rec in enumerate(parsed.records, 1):
            try:
                run.apply(rec)
            except _Conflict as conflict:
                report.errors.append(
                    Problem(unit=rec.unit, where=conflict.where, message=conflict.message)
                )
            if progress is not None and (done % 250 == 0 or done == total):
                progress("apply", done, total)
        if report.errors and not skip_bad:
            txn.rollback()
            return report
        run.count()
        try:
            run.flush()
        except _ChangedMeanwhile as changed:
            txn.rollback()
            _source, external_id = changed.key
            report.errors.append(
                Problem(
                    unit="file",
                    where=f"appointment {external_id}",
                    message=(
                        "changed at a desk while the file was being imported (a check-in?); "
                        "nothing was imported: import the file again"
                    ),
                )
            )
            return report
        report.patients.update(run.patient_outcome.values())
        record(
            actor.staff,
            actor.station,
            f"import.{parsed.format}",
            "import",
            None,
            file=report.file,
            rows=report.rows,
            appointments=dict(report.appointments),
            patients=dict(report.patients),
            skipped=sorted({e.unit for e in report.errors}),
        )
        if dry_run:
            txn.rollback()
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

    # -- reading the current state, in chunks -------------------------------------------------
    def prefetch(self, records: list[ScheduleRecord]) -> None:
        mrns = sorted({r.mrn for r in records})
        compared = [Patient.id, Patient.passport_key] + [
            getattr(Patient, f.name) for f in dataclasses.fields(PatientInput)
        ]
        for chunk in _chunks(mrns):
            for p in Patient.select(*compared).where(Patient.mrn.in_(chunk)):
                self.patients[p.mrn] = p
        # Newcomers are registered together, before the first of their appointments: one by
        # one, indexing them for search would cost more than the rest of the import.
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
        created = create_validated_patients([r.patient for r in newcomers.values()], self.actor)
        self.patients.update(created)
        self.newcomers = set(created)
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
        if known is not None:
            change = "updated" if _patient_differs(known, rec, supplied) else "unchanged"
        if change != "unchanged":
            known, change = save_validated_patient(rec.patient, self.actor, fields=supplied)
            self.patients[rec.mrn] = known
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
            record_conflict(known.id, field, _shown(stored), shown, rec.source_system, rec.unit)
        return frozenset(kept)

    # -- writing the net changes -----------------------------------------------------------
    def flush(self) -> None:
        keys = [k for k in self.touched if self._net(k) != "unchanged"]
        self._create_visits(keys)
        now = utc_now()
        new: list[tuple[tuple[str, str], _Slot]] = []
        touched_visits: set[int] = set()
        changed: list[AppointmentChange] = []
        for key in keys:
            slot = self.slots[key]
            if slot.values is None:
                gone = Appointment.delete().where(_as_read(slot)).execute()
                if not gone:
                    raise _ChangedMeanwhile(key)
                self._audit("appointment.delete", slot.row_id, key)
                touched_visits.add(slot.original_visit_id or 0)
                continue
            visit_id = self.visits[slot.visit_key].id
            if slot.row_id is None:
                new.append((key, slot))
                continue
            row = dict(slot.values, patient=slot.patient_id, visit=visit_id, updated_at=now)
            if not Appointment.update(row).where(_as_read(slot)).execute():
                raise _ChangedMeanwhile(key)
            fields = [n for n in _COMPARED if slot.original[n] != slot.values[n]]
            if slot.patient_id != slot.original_patient_id:
                fields.append("patient")
            if visit_id != slot.original_visit_id:
                fields.append("visit")
                touched_visits.add(slot.original_visit_id or 0)
            self._audit("appointment.update", slot.row_id, key, fields=sorted(fields))
            if "status" in fields:
                touched_visits.add(visit_id)
            changed.append(AppointmentChange(slot.row_id, slot.original, slot.values))
        # A moved or cancelled appointment flags its interpreter booking for review.
        follow_appointment_changes(changed, self.actor)
        self._insert(new, now, touched_visits)
        touched_visits.discard(0)
        for visit_id in sorted(touched_visits):
            _settle_or_drop(visit_id)

    def _create_visits(self, keys: list[tuple[str, str]]) -> None:
        missing = {
            self.slots[k].visit_key
            for k in keys
            if self.slots[k].values is not None and self.slots[k].visit_key not in self.visits
        }
        insert_visits(sorted(missing), utc_now())
        by_patient: dict[int, set[dt.date]] = {}
        for p, d in missing:
            by_patient.setdefault(p, set()).add(d)
        for chunk in _chunks(sorted(by_patient)):
            days = sorted({d for p in chunk for d in by_patient[p]})
            query = Visit.select().where(Visit.patient.in_(chunk) & Visit.local_date.in_(days))
            for v in query:
                self._remember_visit(v)

    def _insert(self, new, now: dt.datetime, touched_visits: set[int]) -> None:
        for chunk in _chunks(new):
            rows = []
            for (source, external_id), slot in chunk:
                visit_id = self.visits[slot.visit_key].id
                rows.append(
                    dict(
                        slot.values,
                        source_system=source,
                        external_id=external_id,
                        patient_id=slot.patient_id,
                        visit_id=visit_id,
                        updated_at=now,
                    )
                )
                if AppointmentStatus(slot.values["status"]) in _CLOSED:
                    touched_visits.add(visit_id)
            insert_appointments(rows)
            by_source: dict[str, list[str]] = {}
            for (source, external_id), _ in chunk:
                by_source.setdefault(source, []).append(external_id)
            mrn_of = {p.id: p.mrn for p in self.patients.values()}
            for source, ids in by_source.items():
                query = Appointment.select(
                    Appointment.id, Appointment.external_id, Appointment.patient
                ).where((Appointment.source_system == source) & Appointment.external_id.in_(ids))
                for a in query:
                    self._audit(
                        "appointment.create",
                        a.id,
                        (source, a.external_id),
                        mrn=mrn_of.get(a.patient_id),
                    )

    def _audit(self, action: str, row_id: int, key: tuple[str, str], **details) -> None:
        record(
            self.actor.staff,
            self.actor.station,
            action,
            "appointment",
            row_id,
            source=key[0],
            external_id=key[1],
            **details,
        )


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


def _settle_or_drop(visit_id: int) -> None:
    """After a delete or a move: a visit left with no appointment, no check-in and no badge
    goes (else search would still show the patient as expected that day)."""
    visit = Visit.get_or_none(Visit.id == visit_id)
    if visit is None:
        return
    if (
        visit.arrived_at is None
        and not Appointment.select().where(Appointment.visit == visit_id).exists()
        and not Badge.select().where(Badge.visit == visit_id).exists()
        and not has_case(visit_id)  # the coordinator's travel and checklist stay with it
    ):
        Visit.delete().where(Visit.id == visit_id).execute()
        return
    settle_visit(visit_id)


def _chunks(items: list, size: int = CHUNK):
    for i in range(0, len(items), size):
        yield items[i : i + size]
