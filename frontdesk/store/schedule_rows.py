"""The day's appointments with their patient and visit, in one statement.

Raw SQL (see :mod:`frontdesk.store.sql`): the window reads two thousand of these at start and
peewee's model objects would cost half a second.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from frontdesk.store import sql
from frontdesk.store.import_runs import visible

COLUMNS = (
    "a.id, a.source_system, a.external_id, a.start, a.duration_min, a.department, a.clinician, "
    "a.location, a.type, a.status, a.visit_id, v.status, v.arrived_at, "
    "p.id, p.mrn, p.family_name, p.given_name, p.native_family_name, p.native_given_name, "
    "p.date_of_birth, p.nationality, p.preferred_language, p.interpreter_needed, "
    # The appointment's interpreter booking, if any (one a appointment, by a unique index).
    "ib.status, ib.needs_review, ib.mode, i.name"
)


def appointment_rows(
    start: dt.datetime,
    end: dt.datetime,
    *,
    patient_id: int | None = None,
    appointment_ids: Sequence[int] | None = None,
) -> list[tuple]:
    """Rows of COLUMNS for appointments starting in [start, end), in start order. Instants
    come back as aware UTC datetimes and dates as dates, whatever the backend."""
    # an import still being written in chunks adds appointments nobody may see yet
    where = ["a.start >= ?", "a.start < ?", visible("a")]
    params: list = [sql.instant(start), sql.instant(end)]
    if patient_id is not None:
        where.append("a.patient_id = ?")
        params.append(patient_id)
    if appointment_ids is not None:
        if not appointment_ids:
            return []
        where.append(f"a.id IN ({sql.marks(len(appointment_ids))})")
        params.extend(appointment_ids)
    found = sql.rows(
        f"SELECT {COLUMNS} FROM appointment a JOIN patient p ON p.id = a.patient_id "
        "LEFT JOIN visit v ON v.id = a.visit_id "
        "LEFT JOIN interpreter_booking ib ON ib.appointment_id = a.id "
        f"LEFT JOIN interpreter i ON i.id = ib.interpreter_id WHERE {' AND '.join(where)} "
        "ORDER BY a.start, p.family_name, p.given_name, a.id",
        params,
    )
    return [_typed(row) for row in found]


def _typed(row: tuple) -> tuple:
    row = list(row)
    row[3] = _instant(row[3])
    row[12] = _instant(row[12]) if row[12] is not None else None
    if isinstance(row[19], str):
        row[19] = dt.date.fromisoformat(row[19])
    row[22] = bool(row[22])
    row[24] = bool(row[24]) if row[24] is not None else False
    return tuple(row)


def _instant(value) -> dt.datetime:
    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value)
    return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)
