"""Imports written in chunks that nobody sees half done (SQLite, issue 12).

    run = start_run("Station 2", batch_id)     # its own short transaction
    ... each chunk: rows inserted with import_run_id = run, then beat(run) ...
    with database_proxy.atomic():               # the last step, with the file's other changes
        finish(run)                             # the whole file appears at this commit
    sweep(run)                                  # or, if it failed: its rows deleted, in chunks

SQLite has one writer at a time: an import of 60,000 appointments written in one transaction
held every desk's check-in for its whole write (1-2 s). Written in chunks of short transactions
instead, the rows it adds carry the run's id and every read leaves them out while the run is
``writing`` (:func:`frontdesk.store.models.visible_rows` for peewee's queries, :func:`visible`
in raw SQL). The file's last step sets ``done`` in the one transaction that also makes its
changes to existing rows, so a reader sees all of the file or none of it.

A run whose station died mid-way stays ``writing`` with an old heartbeat: :func:`stale_runs`
finds it and :func:`sweep` deletes its rows (nobody saw them; its audit records were never
sealed into the chain, so ``audit verify`` names them as an unfinished import's, not as a break).
"""

from __future__ import annotations

import datetime as dt
import logging
from collections import Counter

from frontdesk import clock
from frontdesk.store import audit_log, sql
from frontdesk.store.models import ImportRun, database_proxy
from frontdesk.store.search_changes import note_index_change

log = logging.getLogger(__name__)

# The records of the chain that name a run's audit batch when it starts, and its sweep.
START_ACTION, SWEPT_ACTION = "import_run.start", "import_run.swept"
WRITING, DONE, SWEPT = "writing", "done", "swept"  # only a done run's rows are seen
# A run that has not beaten its heart for this long is taken for dead (a chunk takes well under
# a second; a station that died leaves its run behind).
STALE_AFTER = dt.timedelta(minutes=2)
SWEEP_CHUNK = 2000


def visible(alias: str) -> str:
    """The raw-SQL condition that leaves out the rows of ``alias`` (a patient, visit or
    appointment) added by an import not done (being written, or swept)."""
    return (
        f"({alias}.import_run_id IS NULL OR {alias}.import_run_id NOT IN "
        "(SELECT id FROM import_run WHERE state <> 'done'))"
    )


def id_range(ids: list[int]) -> str:
    return f"{min(ids)}-{max(ids)}" if ids else ""


def start_run(station: str, audit_batch: str | None, ranges: dict[str, list[int]]) -> int:
    """A new run, in a transaction of its own; its id."""
    now = clock.now()
    with database_proxy.atomic():
        run = ImportRun.create(
            station=station,
            started_at=now,
            heartbeat=now,
            audit_batch=audit_batch,
            patient_ids=id_range(ranges.get("patient", [])),
            visit_ids=id_range(ranges.get("visit", [])),
            appointment_ids=id_range(ranges.get("appointment", [])),
        )
    return int(run.id)


def beat(run_id: int, *, first_audit_id: int | None = None) -> bool:
    """Inside a chunk's transaction: the run is alive (and where its audit records begin).
    False if it was swept meanwhile (its station taken for dead): the chunk must roll back."""
    params: list = [sql.instant(clock.now())]
    extra = ""
    if first_audit_id is not None:
        extra = ", first_audit_id = COALESCE(first_audit_id, ?)"
        params.append(first_audit_id)
    cursor = sql.execute(
        f"UPDATE import_run SET heartbeat = ?{extra} WHERE id = ? AND state = ?",
        [*params, run_id, WRITING],
    )
    return cursor.rowcount == 1


def finish(run_id: int) -> bool:
    """Inside the last step's transaction: the run's rows become visible when it commits (and
    to the rest of that transaction at once). False if the run was swept meanwhile."""
    cursor = sql.execute(
        "UPDATE import_run SET state = ?, heartbeat = ? WHERE id = ? AND state = ?",
        (DONE, sql.instant(clock.now()), run_id, WRITING),
    )
    if cursor.rowcount != 1:
        return False
    note_index_change()  # other stations' search caches read the newcomers again
    return True


def writing_runs() -> list[ImportRun]:
    return list(ImportRun.select().where(ImportRun.state == WRITING).order_by(ImportRun.id))


def stale_runs(now: dt.datetime | None = None) -> list[ImportRun]:
    """Runs still ``writing`` whose station has not been heard of for :data:`STALE_AFTER`."""
    now = now or clock.now()
    return [r for r in writing_runs() if now - r.heartbeat > STALE_AFTER]


def sweep(run_id: int) -> dict[str, int]:
    """Delete what a run that will never finish wrote (its station died, or its plan went
    stale), in short transactions: the run is marked ``swept`` first (its rows stay unseen,
    and a chunk of its station, if alive after all, can no longer commit), then its
    appointments, visits, search postings (and the terms' counts), patients and audit records
    go. Sweeping a run swept already deletes what is left of it. Returns how many went."""
    with database_proxy.atomic():  # first taken from its station: no chunk of it commits now
        cursor = sql.execute(
            "UPDATE import_run SET state = ? WHERE id = ? AND state = ?", (SWEPT, run_id, WRITING)
        )
        if cursor.rowcount == 1:
            audit_log.append(clock.now(), None, None, SWEPT_ACTION, "import_run", str(run_id), "{}")
    run = ImportRun.get_by_id(run_id)
    if run.state != SWEPT:
        return {}
    gone: Counter[str] = Counter()
    # Its audit records first and its patients last: a sweep that stops half way leaves
    # patients, by which left_behind() finds the run to sweep again.
    if run.audit_batch and run.first_audit_id is not None:
        while True:
            with database_proxy.atomic():
                ids = [
                    i
                    for (i,) in sql.rows(
                        "SELECT id FROM audit_event WHERE id >= ? AND batch = ? LIMIT ?",
                        (run.first_audit_id, run.audit_batch, SWEEP_CHUNK),
                    )
                ]
                if not ids:
                    break
                sql.execute(f"DELETE FROM audit_event WHERE id IN ({sql.marks(len(ids))})", ids)
                gone["audit_event"] += len(ids)
    for table in ("appointment", "visit"):
        gone[table] += _delete_range(table, getattr(run, f"{table}_ids"), run_id)
    gone["patient"] += _delete_patients(run.patient_ids, run_id)
    return dict(gone)


def sweep_abandoned() -> list[int]:
    """Sweep every run whose station has not been heard of for :data:`STALE_AFTER`, and what a
    sweep that stopped half way left (SQLite; called before an import, when a station opens
    the database and before an HL7 message is applied). The runs swept."""
    swept = [int(run.id) for run in stale_runs()] + left_behind()
    for run_id in swept:
        log.warning("import run %s: swept (its station stopped before it ended)", run_id)
        sweep(run_id)
    return swept


def left_behind() -> list[int]:
    """Runs swept whose rows are not all gone (the sweeping station died too): swept again."""
    left = []
    for run in ImportRun.select().where(ImportRun.state == SWEPT):
        bounds = _bounds(run.patient_ids)
        if bounds and sql.rows(
            "SELECT 1 FROM patient WHERE id >= ? AND id <= ? AND import_run_id = ? LIMIT 1",
            (*bounds, run.id),
        ):
            left.append(int(run.id))
    return left


def _bounds(text: str) -> tuple[int, int] | None:
    if not text:
        return None
    low, high = text.split("-")
    return int(low), int(high)


def _spans(ids: str):
    """(first, last) id of each sweep transaction over a run's id range ("low-high")."""
    bounds = _bounds(ids)
    if bounds is not None:
        low, high = bounds
        for start in range(low, high + 1, SWEEP_CHUNK):
            yield start, min(high, start + SWEEP_CHUNK - 1)


def _delete_range(table: str, ids: str, run_id: int) -> int:
    deleted = 0
    for span in _spans(ids):
        with database_proxy.atomic():
            deleted += _delete_span(table, span, run_id)
    return deleted


def _delete_span(table: str, span: tuple[int, int], run_id: int) -> int:
    cursor = sql.execute(
        f"DELETE FROM {table} WHERE id >= ? AND id <= ? AND import_run_id = ?", (*span, run_id)
    )
    return cursor.rowcount


def _delete_patients(ids: str, run_id: int) -> int:
    """The run's patients, and first their search postings (and the terms' counts)."""
    deleted = 0
    for span in _spans(ids):
        with database_proxy.atomic():
            rows = sql.rows(
                "SELECT id, search_terms FROM patient "
                "WHERE id >= ? AND id <= ? AND import_run_id = ?",
                (*span, run_id),
            )
            postings = sorted((int(t), int(p)) for p, terms in rows for t in (terms or "").split())
            if postings:
                sql.many(
                    "DELETE FROM search_posting WHERE term_id = ? AND patient_id = ?", postings
                )
                for term_id, count in Counter(t for t, _ in postings).items():
                    sql.execute("UPDATE search_term SET df = df - ? WHERE id = ?", (count, term_id))
                note_index_change()
            deleted += _delete_span("patient", span, run_id)
    return deleted
