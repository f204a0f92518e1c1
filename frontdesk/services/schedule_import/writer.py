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
* a new patient, visit, appointment or search term is inserted ``ON CONFLICT DO NOTHING``: one
  that another station registered meanwhile comes back missing.

The new rows get their ids before the write (:class:`Numbered`: on SQLite after each table's
largest id, on PostgreSQL from the sequences), so that the rows' parameters, the search postings
and the audit records of what is created (which name those ids) are made, and the records
hashed, before the transaction. On SQLite the write first checks that nobody added a row since
(another station's patient, visit, appointment or search term); if somebody did, it gives the
ids again, there (the write is then as long as it was before ids were given beforehand).

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
from frontdesk.name_signature import name_signature
from frontdesk.names import name_terms, phonetic_key
from frontdesk.services.appointments import settle_visit
from frontdesk.services.audit import details_text, hashed_many, record_hashed, record_many
from frontdesk.services.booking_review import AppointmentChange, follow_appointment_changes
from frontdesk.services.identity import record_conflict
from frontdesk.services.patients import save_validated_patient
from frontdesk.services.stays import has_case
from frontdesk.store.audit_log import BATCH_MIN, HashedBatch
from frontdesk.store.import_rows import (
    NEW_PATIENT_COLUMNS,
    SEARCH_TERMS,
    add_postings,
    add_terms,
    delete_appointment_as_read,
    ids_still_free,
    insert_appointment_values,
    insert_new_visits,
    insert_patient_values,
    known_term_ids,
    new_appointment_values,
    new_patient_values,
    take_ids,
    update_appointment_as_read,
    visits_arrived,
    visits_by_key,
)
from frontdesk.store.models import Appointment, Badge, Patient, Visit, database_proxy, utc_now
from frontdesk.store.sql import is_postgres

if TYPE_CHECKING:
    from frontdesk.services.schedule_import.applier import _Run

# SQLite: an import that brings this many new patients writes them (with their visits,
# appointments and search postings) in chunks of short transactions that nobody sees until its
# last step (:mod:`.chunked_write`), so that a desk's check-in never waits for the whole file.
CHUNKED_MIN_NEWCOMERS = 1000
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
    numbered: Numbered | None = None
    chunked: bool = False  # its newcomers written in chunks nobody sees (.chunked_write)


@dataclasses.dataclass
class Numbered:
    """The new rows with the ids given them (:func:`take_ids`), ready to insert, and the audit
    records of their creation (hashed as a batch when there are enough of them)."""

    marks: dict[str, int] | None  # SQLite: each table's largest id when the ids were given
    terms: list[tuple[int, str, str | None]]  # (id, term, phonetic key) new to the vocabulary
    patients: list[list]  # [id, *new_patient_values]
    patient_ids: dict[int, int]  # a newcomer's placeholder (-1, -2, ...): its id
    postings: list[tuple[int, int, int]]  # (term id, patient id, name signature), sorted
    visits: list[tuple[int, int, dt.date]]  # (id, patient id, day) to make
    visit_ids: dict[tuple[int, dt.date], int]  # every (patient id, day) the file's rows go to
    appointments: list[list]  # [id, *new_appointment_values], in created's order
    closing_visits: set[int]  # the visits of new cancelled or no-show appointments
    audit: HashedBatch | list[tuple]  # patient.create and appointment.create
    # what a desk may make meanwhile, looked for in the write on PostgreSQL: the visits to make
    # for patients known already, and the terms the vocabulary lacked
    checked: list[tuple[int, dt.date]]
    new_terms: list[str]
    # written in chunks (:mod:`.chunked_write`): the records of what is made for patients known
    # already, recorded by the last step (``audit`` then holds the newcomers' only)
    later: list[tuple] = dataclasses.field(default_factory=list)

    def real(self, patient_id: int) -> int:
        return self.patient_ids[patient_id] if patient_id < 0 else patient_id


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
    prepared = Prepared(
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
    prepared.chunked = (  # (not inside a caller's transaction: its chunks would not commit)
        not is_postgres()
        and not database_proxy.in_transaction()
        and len(prepared.newcomer_mrns) >= CHUNKED_MIN_NEWCOMERS
    )
    known = {key: visit.id for key, visit in run.visits.items()}
    prepared.numbered = _number(run, prepared, prepared.term_ids, prepared.new_terms, known)
    return prepared


def write_plan(run: _Run, prepared: Prepared, rest: Numbered | None = None) -> None:
    """The plan's write, in the caller's transaction. ``rest``: the last step of a write in
    chunks (:mod:`.chunked_write`), what is left once the newcomers are in (their ids held)."""
    now = prepared.now
    _check_patients(run)
    _check_visits(prepared)
    assert prepared.numbered is not None
    numbered = prepared.numbered if rest is None else rest
    if rest is None and not _ids_good(numbered):
        numbered = _number_again(run, prepared, numbered)
    _register_newcomers(run, prepared, numbered)
    real, visit_ids = numbered.real, numbered.visit_ids
    for clean, supplied in run.patient_updates:
        save_validated_patient(clean, run.actor, fields=supplied)
    for conflict in run.conflicts:
        record_conflict(*conflict)
    made = insert_new_visits(numbered.visits, now)
    if len(made) != len(numbered.visits):
        patient_id, _day = next(key for _, *key in numbered.visits if tuple(key) not in made)
        raise ChangedMeanwhile(f"patient id {patient_id}", "a visit was made at a desk meanwhile")
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
    _insert_appointments(prepared, numbered)
    touched_visits |= numbered.closing_visits
    if isinstance(numbered.audit, HashedBatch):
        record_hashed(numbered.audit)
    else:
        audit = numbered.audit + audit
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


def _ids_good(numbered: Numbered) -> bool:
    """The ids given before the write are still free, and what was to be made still missing."""
    if numbered.marks is not None:  # SQLite: nobody added a row since (the lock is held now)
        return ids_still_free(numbered.marks)
    # PostgreSQL: ids from the sequences are nobody else's; a visit or a term made meanwhile
    # would be left out by the INSERT and must be used instead.
    return not visits_by_key(numbered.checked) and not known_term_ids(numbered.new_terms)


def _number_again(run: _Run, prepared: Prepared, numbered: Numbered) -> Numbered:
    """In the write: ids given again, using the visits and terms made meanwhile."""
    known = {key: visit.id for key, visit in run.visits.items()}
    for key, (visit_id, arrived) in visits_by_key(numbered.checked).items():
        if arrived:  # a desk made the visit meanwhile: fine, unless the patient has arrived
            raise ChangedMeanwhile(f"patient id {key[0]}", "checked in at a desk meanwhile")
        known[key] = visit_id
    term_ids = prepared.term_ids | known_term_ids(prepared.new_terms)
    new_terms = {t: k for t, k in prepared.new_terms.items() if t not in term_ids}
    return _number(run, prepared, term_ids, new_terms, known)


def _number(
    run: _Run,
    prepared: Prepared,
    term_ids: dict[str, int],
    new_terms: dict[str, str | None],
    known_visits: dict[tuple[int, dt.date], int],
) -> Numbered:
    """Give the new rows their ids and fill them in wherever they are named."""
    mrns = prepared.newcomer_mrns
    placeholders = [run.patients[mrn].id for mrn in mrns]
    wanted = prepared.wanted_visits
    checked = sorted(k for k in wanted if k[0] > 0 and k not in known_visits)
    # A newcomer has no visit yet. Newcomers' rows get the largest ids, in the order of their
    # patients' ids: written in chunks, the first chunk (the last patients) then holds each
    # table's largest id, and no desk's row can take an id given to a later chunk.
    rank = {placeholder: i for i, placeholder in enumerate(placeholders)}
    missing = checked + sorted((k for k in wanted if k[0] < 0), key=lambda k: (rank[k[0]], k[1]))
    terms = sorted(new_terms)
    ids, marks = take_ids(
        {
            "patient": len(mrns),
            "visit": len(missing),
            "appointment": len(prepared.created),
            "search_term": len(terms),
        }
    )
    patient_ids = dict(zip(placeholders, ids["patient"], strict=True))
    term_ids = term_ids | dict(zip(terms, ids["search_term"], strict=True))
    patients, postings = [], []
    for patient_id, line, wanted_terms in zip(
        ids["patient"], prepared.newcomer_values, prepared.terms, strict=True
    ):
        indexed = sorted({term_ids[t] for t in wanted_terms})
        row = [patient_id, *line]
        row[1 + SEARCH_TERMS] = " ".join(map(str, indexed))
        patients.append(row)
        sig = name_signature(wanted_terms)
        postings += [(t, patient_id, sig) for t in indexed]

    def real(patient_id: int) -> int:
        return patient_ids[patient_id] if patient_id < 0 else patient_id

    visits = sorted((v, real(p), day) for v, (p, day) in zip(ids["visit"], missing, strict=True))
    patients_of = [patient for patient, _day in prepared.appointment_visits]
    in_id_order = sorted(
        range(len(patients_of)),
        key=lambda i: (1, rank[patients_of[i]]) if patients_of[i] < 0 else (0, 0),
    )
    appointment_ids = [0] * len(patients_of)
    for position, i in enumerate(in_id_order):
        appointment_ids[i] = ids["appointment"][position]
    visit_ids = dict(known_visits)
    visit_ids.update({(p, day): v for v, p, day in visits})
    appointments, closing_visits = [], set()
    for appointment_id, line, (patient_id, day), closing in zip(
        appointment_ids,
        prepared.appointment_values,
        prepared.appointment_visits,
        prepared.closing,
        strict=True,
    ):
        row = [appointment_id, *line]
        row[3] = patient_id = real(patient_id)
        row[4] = visit_id = visit_ids[(patient_id, day)]
        if closing:
            closing_visits.add(visit_id)
        appointments.append(row)
    entries: list[tuple] = [
        ("patient.create", "patient", patient_id, details)
        for patient_id, details in zip(ids["patient"], prepared.newcomer_details, strict=True)
    ]
    later: list[tuple] = []
    for appointment_id, details, patient_id in zip(
        appointment_ids, prepared.created_details, patients_of, strict=True
    ):
        entry = ("appointment.create", "appointment", appointment_id, details)
        (later if prepared.chunked and patient_id > 0 else entries).append(entry)
    batched = len(entries) >= BATCH_MIN or prepared.chunked  # (chunks write a batch's records)
    audit = hashed_many(run.actor, entries) if batched else entries
    return Numbered(
        marks,
        [(i, t, new_terms[t]) for t, i in zip(terms, ids["search_term"], strict=True)],
        patients,
        patient_ids,
        sorted(postings),
        visits,
        visit_ids,
        appointments,
        closing_visits,
        audit,
        checked,
        terms,
        later,
    )


def _register_newcomers(run: _Run, prepared: Prepared, numbered: Numbered) -> None:
    if add_terms(numbered.terms) != len(numbered.terms):
        raise ChangedMeanwhile("the search index", "a name was added at another station meanwhile")
    if not numbered.patients:
        return
    created = insert_patient_values(numbered.patients)
    if len(created) != len(numbered.patients):
        mrn = next(m for m in prepared.newcomer_mrns if m not in created)
        raise ChangedMeanwhile(
            f"patient {mrn}", "registered at another station meanwhile, or being imported there"
        )
    postings = numbered.postings
    add_postings(postings, Counter(t for t, _, _ in postings))


def _insert_appointments(prepared: Prepared, numbered: Numbered) -> None:
    made = insert_appointment_values(numbered.appointments)
    if len(made) != len(numbered.appointments):
        keys = ((row[1], row[2]) for row in numbered.appointments)
        _source, external_id = next(key for key in keys if key not in made)
        raise ChangedMeanwhile(
            f"appointment {external_id}", "imported by another station meanwhile"
        )


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
