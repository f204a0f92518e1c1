"""The bulk statements of a schedule import: many rows in a few statements, in the caller's
transaction.

    values = new_appointment_values([{"source_system": "hl7:EPIC@MGH", ...}])  # before the lock
    insert_appointment_values(values)                                        # in the write
    add_postings([(17, 1001, 5), (17, 1002, 9), (40, 1001, 5)], {17: 2, 40: 1})

A morning export registers hundreds or thousands of patients at once. Indexing them one by one
(:func:`frontdesk.store.search_index.index_patient`: five statements each, built by peewee)
costs more than everything else of the import together; here the same postings, the same
patient counts per term, the same ``patient.search_terms`` and the same change note are written
with one statement per kind (``tests/db/test_import_common.py`` checks that the result equals
indexing them one by one).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from frontdesk.store import sql
from frontdesk.store.search_changes import note_index_change

_CHUNK = 500


def known_term_ids(terms: Iterable[str]) -> dict[str, int]:
    """{term: id} of those terms the vocabulary has. Terms are never removed, so this may be
    read before the write that uses it."""
    wanted = sorted(set(terms))
    found: dict[str, int] = {}
    for i in range(0, len(wanted), _CHUNK):
        part = wanted[i : i + _CHUNK]
        for term_id, term in sql.rows(
            f"SELECT id, term FROM search_term WHERE term IN ({sql.marks(len(part))})", part
        ):
            found[term] = int(term_id)
    return found


def add_terms(rows: Sequence[tuple[int, str, str | None]]) -> int:
    """Add terms to the vocabulary, (id given beforehand, term, phonetic key) each; how many
    went in (a term another station added meanwhile is left out)."""
    if not rows:
        return 0
    found = insert_returning(
        "search_term",
        ("id", "term", "phonetic", "df"),
        [(term_id, term, key, 0) for term_id, term, key in rows],
        "id",
        "ON CONFLICT (term) DO NOTHING",
        types=("integer", "text", "text", "integer"),
    )
    return len(found)


# -- ids given before the write ------------------------------------------------------------
ID_TABLES = ("patient", "visit", "appointment", "search_term")


def take_ids(counts: dict[str, int]) -> tuple[dict[str, list[int]], dict[str, int] | None]:
    """Ids for new rows of those tables ({table: how many}), given before the write so that
    everything that names them (an import's audit records) is worked out before it too.
    PostgreSQL: from each table's sequence (an id not used in the end is a gap, as a rolled-back
    insert's). SQLite: after each table's largest id, returned as the marks that the write checks
    (:func:`ids_still_free`) once it holds the lock."""
    ids: dict[str, list[int]] = {}
    if sql.is_postgres():
        for table, count in counts.items():
            ids[table] = [
                int(value)
                for (value,) in sql.rows(
                    f"SELECT nextval(pg_get_serial_sequence('\"{table}\"', 'id')) "
                    "FROM generate_series(1, ?)",
                    [count],
                )
            ]
        return ids, None
    marks = {table: _largest_id(table) for table in counts}
    for table, count in counts.items():
        ids[table] = list(range(marks[table] + 1, marks[table] + 1 + count))
    return ids, marks


def ids_still_free(marks: dict[str, int]) -> bool:
    """SQLite, in the write transaction: no table got a row above its mark since the ids were
    given (another station's patient, visit, appointment or search term)."""
    return all(_largest_id(table) <= mark for table, mark in marks.items())


def _largest_id(table: str) -> int:
    assert table in ID_TABLES
    ((largest,),) = sql.rows(f'SELECT COALESCE(MAX(id), 0) FROM "{table}"')
    return int(largest)


def add_postings(postings: Sequence[tuple[int, int, int]], counts: dict[int, int]) -> None:
    """(term id, patient id, the patient's name signature) postings, best sorted (the primary
    key's order: each B-tree page of the million-row table is then visited once), and how many
    patients each term gained."""
    if sql.is_postgres() and postings:
        sql.arrays(
            "INSERT INTO search_posting (term_id, patient_id, sig) "
            "SELECT * FROM unnest(%b::integer[], %b::integer[], %b::bigint[]) "
            "ON CONFLICT DO NOTHING",
            [list(column) for column in zip(*postings, strict=True)],
            fetch=False,
        )
    else:
        sql.many(
            "INSERT INTO search_posting (term_id, patient_id, sig) VALUES (?, ?, ?) "
            "ON CONFLICT DO NOTHING",
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
            sql.many(statement, [(count, *chunk)])
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


# -- the write of an import whose changes were computed beforehand ----------------------------
# Multi-row INSERT ... RETURNING (SQLite 3.35+, PostgreSQL): the new rows' ids come back with the
# statement that made them, and ON CONFLICT DO NOTHING leaves out a row that another station
# wrote meanwhile, which the caller sees as a missing id (its plan is then out of date).

_MAX_PARAMS = 30_000  # SQLite's default limit is 32,766 bound values a statement


def insert_returning(
    table: str,
    columns: Sequence[str],
    rows: Sequence[Sequence],
    returning: str,
    conflict: str = "",
    *,
    types: Sequence[str],
) -> list[tuple]:
    """``types``: the PostgreSQL type of each column. There the rows go as one array a column
    (``INSERT ... SELECT * FROM unnest(%s::text[], ...)``): psycopg takes seconds to read a
    statement with tens of thousands of ``%s`` marks; SQLite gets multi-row VALUES."""
    cols = ", ".join(f'"{c}"' for c in columns)
    found: list[tuple] = []
    if sql.is_postgres():
        arrays = ", ".join(f"%b::{t}[]" for t in types)  # binary: no text escaping of each value
        statement = (
            f'INSERT INTO "{table}" ({cols}) SELECT * FROM unnest({arrays}) {conflict} '
            f"RETURNING {returning}"
        )
        for i in range(0, len(rows), 10_000):
            part = rows[i : i + 10_000]
            found += sql.arrays(statement, [list(column) for column in zip(*part, strict=True)])
        return found
    per = max(1, min(500, _MAX_PARAMS // len(columns)))
    group = f"({sql.marks(len(columns))})"
    for i in range(0, len(rows), per):
        part = rows[i : i + per]
        statement = (
            f'INSERT INTO "{table}" ({cols}) VALUES {", ".join([group] * len(part))} '
            f"{conflict} RETURNING {returning}"
        )
        found += sql.rows(statement, [value for row in part for value in row])
    return found


PATIENT_TYPES: tuple[str, ...] = (
    *(("text",) * 5),
    "date",
    *(("text",) * 5),
    "boolean",
    *(("text",) * 3),
    "boolean",
    "text",
    "timestamp",
    "timestamp",
)
PATIENT_COLUMNS = (
    "mrn",
    "family_name",
    "given_name",
    "native_family_name",
    "native_given_name",
    "date_of_birth",
    "sex",
    "nationality",
    "passport_no",
    "passport_key",
    "preferred_language",
    "interpreter_needed",
    "phone",
    "email",
    "local_address",
    "name_to_confirm",
    "search_terms",
    "created_at",
    "updated_at",
)
NEW_PATIENT_COLUMNS = PATIENT_COLUMNS[:-3]  # what new_patient_values is given


def new_patient_values(rows: Sequence[dict], now: dt.datetime) -> list[list]:
    """The parameters of new patients (``rows`` keyed by the columns of
    :data:`PATIENT_COLUMNS` but the last three), worked out before the write: each a list in
    that order, ``search_terms`` (index :data:`SEARCH_TERMS`) left None for the write to fill."""
    stamp = sql.instant(now)
    values = []
    for row in rows:
        line = [row.get(c) for c in NEW_PATIENT_COLUMNS]
        if line[5] is not None:
            line[5] = sql.day(line[5])
        values.append([*line, None, stamp, stamp])
    return values


SEARCH_TERMS = PATIENT_COLUMNS.index("search_terms")


def insert_patient_values(values: Sequence[Sequence], run_id: int | None = None) -> set[str]:
    """New patients, each its id (given beforehand) and then :func:`new_patient_values`'
    parameters; the MRNs of those inserted. An MRN registered meanwhile is left out. With
    ``run_id`` (an import written in chunks), invisible until that run is done."""
    columns, rows, types = _of_run(
        ("id", *PATIENT_COLUMNS), values, ("integer", *PATIENT_TYPES), run_id
    )
    found = insert_returning(
        "patient", columns, rows, "mrn", "ON CONFLICT (mrn) DO NOTHING", types=types
    )
    return {mrn for (mrn,) in found}


def insert_new_visits(
    rows: Sequence[tuple[int, int, dt.date]], now: dt.datetime, run_id: int | None = None
) -> set[tuple[int, dt.date]]:
    """Expected visits, (id given beforehand, patient id, local date) each; the (patient id,
    local date) of those inserted (one that exists already, made meanwhile, is left out)."""
    stamp = sql.instant(now)
    columns, values, types = _of_run(
        ("id", "patient_id", "local_date", "status", "updated_at"),
        [(v, patient_id, sql.day(day), "expected", stamp) for v, patient_id, day in rows],
        ("integer", "integer", "date", "text", "timestamp"),
        run_id,
    )
    found = insert_returning(
        "visit",
        columns,
        values,
        "patient_id, local_date",
        "ON CONFLICT (patient_id, local_date) DO NOTHING",
        types=types,
    )
    return {(int(p), _date(d)) for p, d in found}


def visits_by_key(keys: Sequence[tuple[int, dt.date]]) -> dict[tuple[int, dt.date], tuple]:
    """{(patient id, local date): (visit id, arrived)} of the visits that exist."""
    found: dict[tuple[int, dt.date], tuple] = {}
    by_day: dict[dt.date, list[int]] = {}
    for patient_id, day in keys:
        by_day.setdefault(day, []).append(patient_id)
    for day, patients in by_day.items():
        for i in range(0, len(patients), _CHUNK):
            part = patients[i : i + _CHUNK]
            for visit_id, patient_id, arrived in sql.rows(
                "SELECT id, patient_id, arrived_at IS NOT NULL FROM visit WHERE local_date = ? "
                f"AND patient_id IN ({sql.marks(len(part))})",
                [sql.day(day), *part],
            ):
                found[(int(patient_id), day)] = (int(visit_id), bool(arrived))
    return found


def visits_arrived(visit_ids: Sequence[int]) -> dict[int, bool]:
    """{visit id: whether it is checked in} of those that still exist."""
    found: dict[int, bool] = {}
    ids = sorted(set(visit_ids))
    for i in range(0, len(ids), _CHUNK):
        part = ids[i : i + _CHUNK]
        for visit_id, arrived in sql.rows(
            f"SELECT id, arrived_at IS NOT NULL FROM visit WHERE id IN ({sql.marks(len(part))})",
            part,
        ):
            found[int(visit_id)] = bool(arrived)
    return found


def new_appointment_values(rows: Sequence[dict]) -> list[list]:
    """The parameters of new appointments (keyed by :data:`APPOINTMENT_COLUMNS`), worked out
    before the write: each a list in that order (``patient_id`` and ``visit_id`` may be
    placeholders there, for the write to fill in)."""
    converted = []
    stamps: dict[dt.datetime, object] = {}  # (all share one updated_at; many one start)
    for row in rows:
        values = [row[c] for c in APPOINTMENT_COLUMNS]
        for i in (4, 11):
            if values[i] not in stamps:
                stamps[values[i]] = sql.instant(values[i])
            values[i] = stamps[values[i]]
        converted.append(values)
    return converted


def insert_appointment_values(
    values: Sequence[Sequence], run_id: int | None = None
) -> set[tuple[str, str]]:
    """New appointments, each its id (given beforehand) and then
    :func:`new_appointment_values`' parameters; the (source, external id) of those inserted
    (one that another station imported meanwhile is left out)."""
    columns, rows, types = _of_run(
        ("id", *APPOINTMENT_COLUMNS),
        values,
        ("integer", "text", "text", "integer", "integer", "timestamp", "integer")
        + ("text",) * 5
        + ("timestamp",),
        run_id,
    )
    found = insert_returning(
        "appointment",
        columns,
        rows,
        "source_system, external_id",
        "ON CONFLICT (source_system, external_id) DO NOTHING",
        types=types,
    )
    return {(source, external_id) for source, external_id in found}


def _of_run(
    columns: tuple[str, ...], rows: Sequence[Sequence], types: tuple[str, ...], run_id: int | None
) -> tuple[tuple[str, ...], Sequence[Sequence], tuple[str, ...]]:
    """The columns, rows and types of an insert, with the import run's id if there is one."""
    if run_id is None:
        return columns, rows, types
    return (*columns, "import_run_id"), [[*row, run_id] for row in rows], (*types, "integer")


def update_appointment_as_read(row_id: int, read_status: str, values: dict) -> bool:
    """Write the appointment's new values if its status is still the one read (a desk's
    check-in or no-show meanwhile changes it); False if it was not."""
    names = [n for n in values if n != "id"]
    params = [
        sql.instant(values[n]) if isinstance(values[n], dt.datetime) else values[n] for n in names
    ]
    assignments = ", ".join(f'"{n}" = ?' for n in names)
    cursor = sql.execute(
        f"UPDATE appointment SET {assignments} WHERE id = ? AND status = ?",
        [*params, row_id, read_status],
    )
    return cursor.rowcount == 1


def delete_appointment_as_read(row_id: int, read_status: str) -> bool:
    cursor = sql.execute(
        "DELETE FROM appointment WHERE id = ? AND status = ?", (row_id, read_status)
    )
    return cursor.rowcount == 1


def _date(value) -> dt.date:
    return dt.date.fromisoformat(value) if isinstance(value, str) else value


ANALYZE_AFTER_ROWS = 1000


def refresh_statistics(rows_written: int) -> None:
    """After an import wrote many appointments (outside its transaction): PostgreSQL's planner
    statistics of the tables it grew, brought up to date at once. Until autovacuum gets to it,
    the next file's look-up of its appointments by (source, id) was planned from statistics that
    had never seen the source, scanned every row of it for each chunk, and took 30 s instead of
    6 s for 60,000 rows (measured on a copy of the million-patient database). ANALYZE blocks no
    reader nor writer. SQLite: nothing (its statistics are only read by the planner as hints)."""
    if rows_written < ANALYZE_AFTER_ROWS or not sql.is_postgres():
        return
    sql.execute("ANALYZE appointment, visit")
