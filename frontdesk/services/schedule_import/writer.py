"""Writing an import's plan: the net changes, in the caller's one short transaction.

    with database_proxy.atomic():
        write_plan(run)          # raises ChangedMeanwhile (and writes nothing) if the plan is stale

The plan (:class:`.applier._Run`) was computed without a lock, so the database may have moved
since. Everything the plan depends on is checked here, in the transaction, by statements whose
cost follows what the file changes, not its size:

* an appointment is updated or deleted only if its status is still the one read
  (``WHERE status = ?``: a desk's check-in or no-show meanwhile changes it);
* the visits whose check-in the plan looked at still say the same;
* a patient the file updates (or disagrees with) still has the fields read;
* a new patient, visit or appointment is inserted ``ON CONFLICT DO NOTHING RETURNING id``: one
  that another station registered meanwhile comes back missing.

Any of these raises :class:`ChangedMeanwhile`; the transaction then rolls back and the file is
planned again. Rows go in with multi-row INSERTs and audit records in batches, so the write
holds the database's lock (SQLite) or its rows (PostgreSQL) for milliseconds per thousand rows.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import Counter
from typing import TYPE_CHECKING

from frontdesk.domain import AppointmentStatus
from frontdesk.names import name_terms, phonetic_key
from frontdesk.services.appointments import settle_visit
from frontdesk.services.audit import details_text, record_many
from frontdesk.services.booking_review import AppointmentChange, follow_appointment_changes
from frontdesk.services.identity import record_conflict
from frontdesk.services.patients import save_validated_patient
from frontdesk.services.stays import has_case
from frontdesk.store.import_rows import (
    NEW_PATIENT_COLUMNS,
    SEARCH_TERMS,
    add_postings,
    add_terms,
    delete_appointment_as_read,
    insert_appointment_values,
    insert_new_visits,
    insert_patient_values,
    known_term_ids,
    new_appointment_values,
    new_patient_values,
    update_appointment_as_read,
    visits_arrived,
    visits_by_key,
)
from frontdesk.store.models import Appointment, Badge, Patient, Visit, utc_now

if TYPE_CHECKING:
    from frontdesk.services.schedule_import.applier import _Run

_COMPARED = ("start", "duration_min", "department", "clinician", "location", "type", "status")
_CLOSED = {AppointmentStatus.CANCELLED, AppointmentStatus.NO_SHOW}


class ChangedMeanwhile(Exception):
    """What the plan was computed from changed before the write (a desk checked a patient in,
    registered an MRN, another station imported the same appointment): writing it would undo
    or duplicate that change."""

    def __init__(self, where: str, what: str) -> None:
        super().__init__(f"{where}: {what}")
        self.where = where
        self.what = what


@dataclasses.dataclass
class Prepared:
    """What the write needs that can be worked out before its transaction, so that the write
    itself runs little Python per row: the net changes by kind, the new rows' parameters (ids
    of rows not made yet left for the write to fill in), the newcomers' search terms and the
    ids the vocabulary has for them, the visits to check, the audit records' details as text."""

    now: dt.datetime
    keys: list[tuple[str, str]]  # every appointment the file changes, in the file's order
    deleted: list[tuple[str, str]]
    updated: list[tuple[str, str]]
    created: list[tuple[str, str]]
    newcomer_mrns: list[str]  # sorted: the MRN index is then written in its order
    newcomer_values: list[list]  # their parameters, search_terms left to the write
    newcomer_details: list[str]  # their patient.create audit details
    terms: list[list[str]]  # each newcomer's search terms
    term_ids: dict[str, int]
    new_terms: dict[str, str | None]  # term: phonetic key, for terms the vocabulary lacks
    visits_read: dict[int, tuple[bool, str]]  # visit id: (arrived as read, appointment id)
    wanted_visits: list[tuple[int, dt.date]]  # (patient id, or a newcomer's placeholder, day)
    appointment_values: list[list]  # the created appointments' parameters, in created's order
    appointment_visits: list[tuple[int, dt.date]]  # and the visit each goes to
    created_details: list[str]  # a new appointment's audit details, in created's order
    closing: list[bool]  # a new appointment that is cancelled or a no-show (its visit settles)


def prepare(run: _Run) -> Prepared:
    now = utc_now()
    keys = [k for k in run.touched if run._net(k) != "unchanged"]
    deleted, updated, created = [], [], []
    for key in keys:
        slot = run.slots[key]
        if slot.values is None:
            deleted.append(key)
        elif slot.row_id is None:
            created.append(key)
        else:
            updated.append(key)
    mrns = sorted(run.newcomer_mrns)
    terms = []
    for mrn in mrns:
        p = run.patients[mrn]
        terms.append(
            sorted(
                name_terms(p.family_name, p.given_name, p.native_family_name, p.native_given_name)
            )
        )
    vocabulary = {t for wanted in terms for t in wanted}
    term_ids = known_term_ids(vocabulary)
    mrn_of = {p.id: p.mrn for p in run.patients.values()}
    wanted_visits: set[tuple[int, dt.date]] = set()
    for key in created + updated:
        slot = run.slots[key]
        assert slot.visit_key is not None  # every appointment kept has its day
        wanted_visits.add((slot.patient_id, slot.visit_key[1]))
    rows, visits, details, closing = [], [], [], []
    for key in created:
        slot = run.slots[key]
        assert slot.values is not None and slot.visit_key is not None
        rows.append(
            dict(
                slot.values,
                source_system=key[0],
                external_id=key[1],
                patient_id=slot.patient_id,  # a newcomer's placeholder: the write fills it in
                visit_id=None,
                updated_at=now,
            )
        )
        visits.append((slot.patient_id, slot.visit_key[1]))
        details.append(
            details_text(
                {"source": key[0], "external_id": key[1], "mrn": mrn_of.get(slot.patient_id)}
            )
        )
        closing.append(AppointmentStatus(slot.values["status"]) in _CLOSED)
    return Prepared(
        now,
        keys,
        deleted,
        updated,
        created,
        mrns,
        new_patient_values(
            [{c: getattr(run.patients[m], c) for c in NEW_PATIENT_COLUMNS} for m in mrns], now
        ),
        [details_text({"mrn": mrn}) for mrn in mrns],
        terms,
        term_ids,
        {t: phonetic_key(t) for t in vocabulary - term_ids.keys()},
        _visits_read(run, keys),
        sorted(wanted_visits),
        new_appointment_values(rows),
        visits,
        details,
        closing,
    )


def write_plan(run: _Run, prepared: Prepared) -> None:
    now = prepared.now
    _check_patients(run)
    _check_visits(prepared)
    ids = _register_newcomers(run, prepared)

    def real(patient_id: int) -> int:
        return ids[patient_id] if patient_id < 0 else patient_id

    for clean, supplied in run.patient_updates:
        save_validated_patient(clean, run.actor, fields=supplied)
    for conflict in run.conflicts:
        record_conflict(*conflict)
    visit_ids = _visits(run, prepared, real, now)
    audit: list[tuple] = []
    touched_visits: set[int] = set()
    changed: list[AppointmentChange] = []
    for key in prepared.deleted:
        slot = run.slots[key]
        assert slot.row_id is not None and slot.original is not None  # deleted: it existed
        if not delete_appointment_as_read(slot.row_id, slot.original["status"]):
            raise ChangedMeanwhile(f"appointment {key[1]}", "its status changed")
        audit.append(_entry("appointment.delete", slot.row_id, key))
        touched_visits.add(slot.original_visit_id or 0)
    for key in prepared.updated:
        slot = run.slots[key]
        assert slot.original is not None and slot.values is not None
        assert slot.visit_key is not None and slot.row_id is not None
        visit_id = visit_ids[(real(slot.patient_id), slot.visit_key[1])]
        row = dict(slot.values, patient_id=real(slot.patient_id), visit_id=visit_id, updated_at=now)
        if not update_appointment_as_read(slot.row_id, slot.original["status"], row):
            raise ChangedMeanwhile(f"appointment {key[1]}", "its status changed (a check-in?)")
        fields = [n for n in _COMPARED if slot.original[n] != slot.values[n]]
        if real(slot.patient_id) != slot.original_patient_id:
            fields.append("patient")
        if visit_id != slot.original_visit_id:
            fields.append("visit")
            touched_visits.add(slot.original_visit_id or 0)
        audit.append(_entry("appointment.update", slot.row_id, key, fields=sorted(fields)))
        if "status" in fields:
            touched_visits.add(visit_id)
        changed.append(AppointmentChange(slot.row_id, slot.original, slot.values))
    # A moved or cancelled appointment flags its interpreter booking for review.
    follow_appointment_changes(changed, run.actor)
    audit += _insert_appointments(prepared, real, visit_ids, touched_visits)
    record_many(run.actor, audit)
    touched_visits.discard(0)
    for visit_id in sorted(touched_visits):
        _settle_or_drop(visit_id)


def _check_patients(run: _Run) -> None:
    """The patients the file updates or disagrees with still hold what the plan read."""
    from frontdesk.services.schedule_import.applier import _compared  # (a cycle otherwise)

    ids = {run.patients[clean.mrn].id for clean, _ in run.patient_updates}
    ids |= {conflict[0] for conflict in run.conflicts}
    concerned = sorted(i for i in ids if i > 0)
    for start in range(0, len(concerned), 500):
        part = concerned[start : start + 500]
        now = {p.id: _compared(p) for p in Patient.select().where(Patient.id.in_(part))}
        for patient_id in part:
            if now.get(patient_id) != run.patients_as_read[patient_id]:
                raise ChangedMeanwhile(f"patient id {patient_id}", "the patient was edited")


def _visits_read(run: _Run, keys: list[tuple[str, str]]) -> dict[int, tuple[bool, str]]:
    """The visits whose check-in the plan looked at, for the appointments it changes: {visit
    id: (checked in, as read; the appointment's id)}."""
    read: dict[int, tuple[bool, str]] = {}
    for key in keys:
        slot = run.slots[key]
        seen = (
            run.visits.get(slot.visit_key) if slot.visit_key else None,
            run.visits_by_id.get(slot.original_visit_id) if slot.original_visit_id else None,
        )
        for visit in seen:
            if visit is not None:
                read[visit.id] = (visit.arrived_at is not None, key[1])
    return read


def _check_visits(prepared: Prepared) -> None:
    """Those visits (:func:`_visits_read`) say the same."""
    read = prepared.visits_read
    if not read:
        return
    now = visits_arrived(sorted(read))
    for visit_id, (arrived, external_id) in read.items():
        if now.get(visit_id) != arrived:
            raise ChangedMeanwhile(
                f"appointment {external_id}", "its patient was checked in or out at a desk"
            )


def _register_newcomers(run: _Run, prepared: Prepared) -> dict[int, int]:
    """{placeholder id (-1, -2, ...): the new patient's id}."""
    mrns = prepared.newcomer_mrns
    if not mrns:
        return {}
    term_ids = prepared.term_ids | add_terms(prepared.new_terms)
    values = prepared.newcomer_values
    indexed: list[list[int]] = []
    for line, terms in zip(values, prepared.terms, strict=True):
        ids = sorted({term_ids[t] for t in terms})
        indexed.append(ids)
        line[SEARCH_TERMS] = " ".join(map(str, ids))
    created = insert_patient_values(values)
    if len(created) != len(values):
        mrn = next(m for m in mrns if m not in created)
        raise ChangedMeanwhile(f"patient {mrn}", "registered at a desk meanwhile")
    patient_ids = [created[mrn] for mrn in mrns]
    postings = sorted(
        (t, patient_id) for patient_id, ids in zip(patient_ids, indexed, strict=True) for t in ids
    )
    add_postings(postings, Counter(t for t, _ in postings))
    record_many(
        run.actor,
        [
            ("patient.create", "patient", patient_id, details)
            for patient_id, details in zip(patient_ids, prepared.newcomer_details, strict=True)
        ],
    )
    return {run.patients[mrn].id: created[mrn] for mrn in mrns}


def _visits(
    run: _Run, prepared: Prepared, real, now: dt.datetime
) -> dict[tuple[int, dt.date], int]:
    """The visit of each (patient id, day) the changed appointments go to, made if missing."""
    wanted = [(real(patient_id), day) for patient_id, day in prepared.wanted_visits]
    ids = {key: run.visits[key].id for key in wanted if key in run.visits}
    missing = sorted(key for key in wanted if key not in ids)
    made = insert_new_visits(missing, now)
    ids.update(made)
    late = [key for key in missing if key not in made]
    if late:  # a desk made the visit meanwhile: fine, unless the patient has arrived
        for key, (visit_id, arrived) in visits_by_key(late).items():
            if arrived:
                raise ChangedMeanwhile(f"patient id {key[0]}", "checked in at a desk meanwhile")
            ids[key] = visit_id
    return ids


def _insert_appointments(prepared: Prepared, real, visit_ids, touched_visits) -> list[tuple]:
    values = prepared.appointment_values
    for line, (patient_id, day), closing in zip(
        values, prepared.appointment_visits, prepared.closing, strict=True
    ):
        line[2] = patient_id = real(patient_id)
        line[3] = visit_id = visit_ids[(patient_id, day)]
        if closing:
            touched_visits.add(visit_id)
    made = insert_appointment_values(values)
    if len(made) != len(values):
        _source, external_id = next(key for key in prepared.created if key not in made)
        raise ChangedMeanwhile(
            f"appointment {external_id}", "imported by another station meanwhile"
        )
    return [
        ("appointment.create", "appointment", made[key], details)
        for key, details in zip(prepared.created, prepared.created_details, strict=True)
    ]


def _entry(action: str, row_id: int, key: tuple[str, str], **details) -> tuple:
    return (action, "appointment", row_id, {"source": key[0], "external_id": key[1], **details})


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
