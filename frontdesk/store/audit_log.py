"""Appending to the audit log: one INSERT, inside the caller's transaction."""

from __future__ import annotations

import datetime as dt

from frontdesk.store import sql


def append(
    at: dt.datetime,
    staff_id: int | None,
    station_id: int | None,
    action: str,
    object_type: str,
    object_id: str | None,
    details: str,
) -> None:
    sql.execute(
        "INSERT INTO audit_event (at, staff_id, station_id, action, object_type, object_id, "
        "details) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (sql.instant(at), staff_id, station_id, action, object_type, object_id, details),
    )
