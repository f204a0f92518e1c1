"""The check-in statements: find or create the day's visit, mark it arrived, read who did it.

Raw SQL (see :mod:`frontdesk.store.sql`): a check-in is a handful of statements and must take
under two milliseconds with its fsync, which peewee's statement building alone would exceed.
"""

from __future__ import annotations

import datetime as dt

from frontdesk import clock
from frontdesk.store import sql


def patient_mrn(patient_id: int) -> str | None:
    found = sql.rows("SELECT mrn FROM patient WHERE id = ?", (patient_id,))
    return found[0][0] if found else None


def visit_id(patient_id: int, local_date: dt.date) -> int:
    """The patient's visit on that date, created if there is none (safe when two race)."""
    params = (patient_id, sql.day(local_date))
    found = sql.rows("SELECT id FROM visit WHERE patient_id = ? AND local_date = ?", params)
    if found:
        return found[0][0]
    sql.execute(
        "INSERT INTO visit (patient_id, local_date, status, updated_at) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (patient_id, local_date) DO NOTHING",
        (*params, "expected", sql.instant(clock.now())),
    )
    return sql.rows("SELECT id FROM visit WHERE patient_id = ? AND local_date = ?", params)[0][0]


def mark_arrived(visit: int, now: dt.datetime, staff_id: int | None, station_id: int) -> bool:
    """Record the arrival unless one is recorded: True if this call did it."""
    cursor = sql.execute(
        "UPDATE visit SET status = 'arrived', arrived_at = ?, checked_in_by_id = ?, "
        "checked_in_station_id = ?, updated_at = ? WHERE id = ? AND arrived_at IS NULL",
        (sql.instant(now), staff_id, station_id, sql.instant(now), visit),
    )
    return cursor.rowcount == 1


def scheduled_to_arrived(visit: int, now: dt.datetime) -> int:
    cursor = sql.execute(
        "UPDATE appointment SET status = 'arrived', updated_at = ? "
        "WHERE visit_id = ? AND status = 'scheduled'",
        (sql.instant(now), visit),
    )
    return cursor.rowcount


def arrival(visit: int) -> tuple[str, dt.datetime | None, str | None, str | None]:
    """(status, arrived_at, staff username, station name) of a visit; arrived_at is None when
    it is not checked in (on PostgreSQL, an undo may commit between a check-in's conditional
    UPDATE and this read)."""
    status, arrived_at, username, station = sql.rows(
        "SELECT v.status, v.arrived_at, s.username, t.name FROM visit v "
        "LEFT JOIN staff s ON s.id = v.checked_in_by_id "
        "LEFT JOIN station t ON t.id = v.checked_in_station_id WHERE v.id = ?",
        (visit,),
    )[0]
    if arrived_at is None:
        return status, None, username, station
    if isinstance(arrived_at, str):
        arrived_at = dt.datetime.fromisoformat(arrived_at)
    return status, arrived_at.replace(tzinfo=dt.UTC), username, station
