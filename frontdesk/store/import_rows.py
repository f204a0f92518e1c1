"""The bulk statements of a schedule import: many rows in a few statements, in the caller's
transaction.

    index_new_patients({1001: {"kim", "minjun", "김"}, 1002: {...}})
    insert_appointments([{"source_system": "hl7:EPIC@MGH", "external_id": "A-17", ...}])

A morning export registers hundreds or thousands of patients at once. Indexing them one by one
(:func:`frontdesk.store.search_index.index_patient`: five statements each, built by peewee)
costs more than everything else of the import together; here the same postings, the same
patient counts per term, the same ``patient.search_terms`` and the same change note are written
with one statement per kind (``tests/db/test_import_common.py`` checks that the result equals
indexing them one by one).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence

from frontdesk.store import search_index, sql
from frontdesk.store.models import database_proxy
from frontdesk.store.search_changes import note_index_change

_CHUNK = 500


def _many(statement: str, rows: Sequence[Sequence]) -> None:
    db = database_proxy.obj
    if db.param != "?":
        statement = statement.replace("?", db.param)
    if rows:
        db.cursor().executemany(statement, [tuple(r) for r in rows])


def insert_rows(table: str, columns: Sequence[str], rows: Sequence[Sequence]) -> None:
    cols = ", ".join(f'"{c}"' for c in columns)
    marks = ", ".join("?" for _ in columns)
    _many(f'INSERT INTO "{table}" ({cols}) VALUES ({marks})', rows)


def index_new_patients(terms_by_patient: dict[int, set[str]]) -> None:
    """Index patients that have no postings yet (just registered)."""
    if not terms_by_patient:
        return
    ids = search_index.ensure_terms(set().union(*terms_by_patient.values()))
    postings: list[tuple[int, int]] = []
    counts: Counter[int] = Counter()
    search_terms: list[tuple[str, int]] = []
    for patient_id, terms in terms_by_patient.items():
        term_ids = sorted({ids[t] for t in terms})
        postings += [(t, patient_id) for t in term_ids]
        counts.update(term_ids)
        search_terms.append((" ".join(str(t) for t in term_ids), patient_id))
    _many(
        "INSERT INTO search_posting (term_id, patient_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
        postings,
    )
    by_count: dict[int, list[int]] = {}
    for term_id, count in counts.items():
        by_count.setdefault(count, []).append(term_id)
    for count, term_ids in by_count.items():
        for i in range(0, len(term_ids), _CHUNK):
            chunk = sorted(term_ids[i : i + _CHUNK])
            marks = ", ".join("?" for _ in chunk)
            statement = f"UPDATE search_term SET df = df + ? WHERE id IN ({marks})"
            _many(statement, [(count, *chunk)])
    _many("UPDATE patient SET search_terms = ? WHERE id = ?", search_terms)
    if postings:
        note_index_change()  # other stations' search caches learn of it


APPOINTMENT_COLUMNS = (
    "source_system",
    "external_id",
    "patient_id",
    "visit_id",
    "start",
    "duration_min",
    "department",
    "clinician",
    "location",
    "type",
    "status",
    "updated_at",
)


def insert_appointments(rows: Sequence[dict]) -> None:
    """New appointments (``rows`` keyed by :data:`APPOINTMENT_COLUMNS`; instants aware)."""
    converted = []
    for row in rows:
        values = [row[c] for c in APPOINTMENT_COLUMNS]
        values[4] = sql.instant(row["start"])
        values[11] = sql.instant(row["updated_at"])
        converted.append(values)
    insert_rows("appointment", APPOINTMENT_COLUMNS, converted)


def insert_visits(keys: Sequence[tuple[int, dt.date]], now: dt.datetime) -> None:
    """Expected visits for (patient id, local date) pairs; those that exist are left alone."""
    _many(
        "INSERT INTO visit (patient_id, local_date, status, updated_at) "
        "VALUES (?, ?, 'expected', ?) ON CONFLICT DO NOTHING",
        [(patient_id, sql.day(day), sql.instant(now)) for patient_id, day in keys],
    )
