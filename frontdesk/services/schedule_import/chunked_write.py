"""An import's new patients written in chunks that nobody sees half done (SQLite, issue 12).

    write_in_chunks(run, prepared, summary_record)   # raises ChangedMeanwhile: planned again

SQLite lets one writer in at a time, so a desk's check-in that meets an import's write waits for
all of it: 1-2 s for 60,000 appointments written in one transaction, however fast. Here the
rows that hang off the file's new patients (the patients, their search postings, visits and
appointments, and the audit records of their creation) go in as chunks of
:data:`PATIENTS_PER_CHUNK` patients, each its own transaction of a few tens of milliseconds,
with the run's id (:mod:`frontdesk.store.import_runs`): every read leaves them out while the
run is being written. The desks' writes get in between two chunks.

The last step is one transaction, as the whole write was before: the "changed meanwhile" checks,
the changes to existing rows (patients known already, their new visits and appointments,
updates, deletes), the seal of the newcomers' audit batch, the file's summary record, and the
run marked done, so that the file appears all at once. If anything fails on the way (a desk
registered one of the MRNs meanwhile, the plan went stale, the station's disk is full), the
run's rows are swept (deleted, in chunks; nobody saw them) and nothing of the file is left.

The newcomers' rows have the largest ids, in the order of their patients' ids (the ids are given
before the write, :func:`.writer._number`). The first chunk writes the *last* patients, so it
holds each table's largest id at once: SQLite gives a desk's new row the largest id + 1, never
an id kept for a later chunk or for the last step.
"""

from __future__ import annotations

import dataclasses
import time
from collections import Counter
from collections.abc import Callable
from typing import TYPE_CHECKING

from frontdesk.services.audit import record
from frontdesk.services.schedule_import.writer import (
    ChangedMeanwhile,
    Numbered,
    Prepared,
    _ids_good,
    _number_again,
    write_plan,
)
from frontdesk.store import audit_log, import_runs
from frontdesk.store.audit_log import HashedBatch
from frontdesk.store.import_rows import (
    add_postings,
    add_terms,
    insert_appointment_values,
    insert_new_visits,
    insert_patient_values,
    take_ids,
    visits_by_key,
)
from frontdesk.store.models import database_proxy

if TYPE_CHECKING:
    from frontdesk.services.schedule_import.applier import _Run

PATIENTS_PER_CHUNK = 500  # about 30 ms of the write lock each on a million-patient file
# After each chunk the import lets go of the database this long, so that a desk waiting for the
# write lock (it tries again every 4 ms, frontdesk.store.database) gets in before the next chunk.
CHUNK_PAUSE_S = 0.01
# Tests call this after each chunk's commit (chunk number, run id); nothing else does.
after_chunk: Callable[[int, int], None] | None = None


@dataclasses.dataclass
class _Chunk:
    patients: list[list]
    terms: list[tuple[int, str, str | None]]  # new to the vocabulary, first needed here
    postings: list[tuple[int, int, int]]
    visits: list[tuple]
    appointments: list[list]
    audit: tuple[int, int]  # the batch's records [start, end)


def write_in_chunks(run: _Run, prepared: Prepared, last_records: Callable[[], None]) -> None:
    """Write ``prepared`` (its ``chunked`` set): the newcomers in chunks, then the rest and
    ``last_records`` (the file's summary) in the last step. Raises :class:`ChangedMeanwhile`
    with nothing of the file left if the plan went stale."""
    assert prepared.numbered is not None
    numbered, run_id = prepared.numbered, None
    try:
        for _attempt in range(3):
            chunks = _chunks(numbered)
            with database_proxy.atomic():
                if _ids_good(numbered):  # nobody took ids since they were given (lock held)
                    run_id = _first_chunk(run, prepared, numbered, chunks[0])
            if run_id is not None:
                break
            numbered = _number_again(run, prepared, numbered)
        if run_id is None:
            raise ChangedMeanwhile("the file", "other stations kept adding rows")
        _between_chunks(0, run_id)
        for number, chunk in enumerate(chunks[1:], 1):
            with database_proxy.atomic():
                _write_chunk(prepared, numbered, chunk, run_id)
            _between_chunks(number, run_id)
        with database_proxy.atomic():
            if not import_runs.finish(run_id):  # from here this transaction sees the rows
                raise ChangedMeanwhile("the file", "its rows were swept as abandoned meanwhile")
            if isinstance(numbered.audit, HashedBatch):
                audit_log.seal_written_batch(numbered.audit)
            write_plan(run, prepared, _number_rest(_rest(numbered)))
            last_records()
    except BaseException:
        if run_id is not None:
            import_runs.sweep(run_id)
        raise


def _between_chunks(number: int, run_id: int) -> None:
    """After chunk ``number`` committed: the database let go of for a desk that waits for it
    (SQLite has no queue of writers: only a pause lets the desk's next try win)."""
    if after_chunk is not None:
        after_chunk(number, run_id)
    time.sleep(CHUNK_PAUSE_S)


def _first_chunk(run: _Run, prepared: Prepared, numbered: Numbered, chunk: _Chunk) -> int:
    """In the first chunk's transaction: the run's row, the new search terms, the first rows."""
    batch = numbered.audit if isinstance(numbered.audit, HashedBatch) else None
    newcomers = set(numbered.patient_ids.values())
    ranges = {
        "patient": [row[0] for row in numbered.patients],
        "visit": [row[0] for row in numbered.visits if row[1] in newcomers],
        "appointment": [row[0] for row in numbered.appointments if row[3] in newcomers],
    }
    assert batch is not None, "a file with this many new patients has its records as a batch"
    run_id = import_runs.start_run(run.actor.station.name, audit_log.batch_id(batch), ranges)
    # In the chain: the batch its chunks write, unsealed until the last step (audit verify
    # counts such records apart only when a record of the chain names their batch so).
    record(
        run.actor,
        import_runs.START_ACTION,
        "import_run",
        run_id,
        batch=audit_log.batch_id(batch),
        patients=len(numbered.patients),
    )
    _write_chunk(prepared, numbered, chunk, run_id)
    return run_id


def _write_chunk(prepared: Prepared, numbered: Numbered, chunk: _Chunk, run_id: int) -> None:
    if add_terms(chunk.terms) != len(chunk.terms):
        raise ChangedMeanwhile("the search index", "a name was added at another station meanwhile")
    created = insert_patient_values(chunk.patients, run_id)
    if len(created) != len(chunk.patients):
        mrn = next(row[1] for row in chunk.patients if row[1] not in created)
        raise ChangedMeanwhile(f"patient {mrn}", "registered at a desk meanwhile")
    add_postings(chunk.postings, Counter(t for t, _, _ in chunk.postings))
    made = insert_new_visits(chunk.visits, prepared.now, run_id)
    if len(made) != len(chunk.visits):
        raise ChangedMeanwhile("a new patient's visit", "made at another station meanwhile")
    inserted = insert_appointment_values(chunk.appointments, run_id)
    if len(inserted) != len(chunk.appointments):
        row = next(r for r in chunk.appointments if (r[1], r[2]) not in inserted)
        raise ChangedMeanwhile(f"appointment {row[2]}", "imported by another station meanwhile")
    first_audit_id = None
    if isinstance(numbered.audit, HashedBatch):
        first_audit_id = audit_log.write_batch_part(numbered.audit, *chunk.audit)
    if not import_runs.beat(run_id, first_audit_id=first_audit_id):
        raise ChangedMeanwhile("the file", "this station's import was swept as abandoned")


def _chunks(numbered: Numbered) -> list[_Chunk]:
    """The newcomers' rows by chunks of :data:`PATIENTS_PER_CHUNK` patients, the last patients'
    chunk first (it holds each table's largest id); at least one chunk (maybe empty)."""
    patients = sorted(numbered.patients, key=lambda row: row[0])
    group_of: dict[int, int] = {}
    chunks: list[_Chunk] = []
    for start in range(0, len(patients), PATIENTS_PER_CHUNK):
        part = patients[start : start + PATIENTS_PER_CHUNK]
        for row in part:
            group_of[row[0]] = len(chunks)
        chunks.append(_Chunk(part, [], [], [], [], (0, 0)))
    if not chunks:
        chunks.append(_Chunk([], [], [], [], [], (0, 0)))
    # The chunk written first (the last patients') must hold each table's largest id given to a
    # newcomer's row: the patients whose visit and appointment have those go in it too.
    first = len(chunks) - 1
    owners = [
        max(((v[0], v[1]) for v in numbered.visits if v[1] in group_of), default=None),
        max(((a[0], a[3]) for a in numbered.appointments if a[3] in group_of), default=None),
    ]
    for owner in owners:
        if owner is not None and group_of[owner[1]] != first:
            row = next(r for r in chunks[group_of[owner[1]]].patients if r[0] == owner[1])
            chunks[group_of[owner[1]]].patients.remove(row)
            chunks[first].patients.append(row)
            group_of[owner[1]] = first
    for posting in numbered.postings:
        chunks[group_of[posting[1]]].postings.append(posting)
    for visit in numbered.visits:
        if visit[1] in group_of:
            chunks[group_of[visit[1]]].visits.append(visit)
    for appointment in numbered.appointments:
        if appointment[3] in group_of:
            chunks[group_of[appointment[3]]].appointments.append(appointment)
    if isinstance(numbered.audit, HashedBatch):
        total, count = len(numbered.audit.rows), len(chunks)
        for i, chunk in enumerate(chunks):
            chunk.audit = (i * total // count, (i + 1) * total // count)
    chunks.reverse()
    # Each new term goes in with the first chunk (in the order written) whose patients carry
    # it; the largest id with the first chunk whatever it is, as for the other tables.
    new = {term[0]: term for term in numbered.terms}
    if new:
        chunks[0].terms.append(new.pop(max(new)))
    for chunk in chunks:
        for term_id in sorted({t for t, _, _ in chunk.postings} & new.keys()):
            chunk.terms.append(new.pop(term_id))
    chunks[0].terms += new.values()  # (none: every new term is some newcomer's)
    return chunks


def _number_rest(rest: Numbered) -> Numbered:
    """In the last step (the lock held): the rows it writes (known patients' new visits and
    appointments) get their ids now, after each table's largest id, since a desk may have taken
    the ones given before the chunks; a visit that a desk made meanwhile for a known patient's
    day of the file is used instead of a new one, unless the patient has arrived."""
    made = visits_by_key([(patient_id, day) for _id, patient_id, day in rest.visits])
    for (patient_id, _day), (_visit_id, arrived) in made.items():
        if arrived:
            raise ChangedMeanwhile(f"patient id {patient_id}", "checked in at a desk meanwhile")
    to_make = [(p, day) for _id, p, day in rest.visits if (p, day) not in made]
    ids, _marks = take_ids({"visit": len(to_make), "appointment": len(rest.appointments)})
    visit_of = dict(zip(to_make, ids["visit"], strict=True))
    visit_of.update({key: visit_id for key, (visit_id, _arrived) in made.items()})
    renamed = {old: visit_of[(p, day)] for old, p, day in rest.visits}
    appointments, appointment_ids = [], {}
    for new_id, row in zip(ids["appointment"], rest.appointments, strict=True):
        appointment_ids[row[0]] = new_id
        appointments.append([new_id, *row[1:4], renamed.get(row[4], row[4]), *row[5:]])
    assert isinstance(rest.audit, list)  # (the last step's records are hashed as it commits)
    return dataclasses.replace(
        rest,
        visits=[(visit_of[key], *key) for key in to_make],
        appointments=appointments,
        visit_ids={key: renamed.get(v, v) for key, v in rest.visit_ids.items()},
        closing_visits={renamed.get(v, v) for v in rest.closing_visits},
        audit=[
            (action, kind, appointment_ids.get(object_id, object_id), details)
            for action, kind, object_id, details in rest.audit
        ],
    )


def _rest(numbered: Numbered) -> Numbered:
    """What the last step writes: the rows of patients known already (their ids were kept below
    the newcomers'), with the records of their creation."""
    newcomers = set(numbered.patient_ids.values())
    return dataclasses.replace(
        numbered,
        marks=None,
        terms=[],
        patients=[],
        postings=[],
        visits=[v for v in numbered.visits if v[1] not in newcomers],
        appointments=[a for a in numbered.appointments if a[3] not in newcomers],
        audit=numbered.later,
        later=[],
        checked=[],
        new_terms=[],
    )
