"""Reading the audit log as a change feed: what other stations changed since we last looked.

Every change writes its audit record in its own transaction, so the log is a complete, ordered
list of changes. PostgreSQL hands out ids before commit, so a transaction can commit after a
later-numbered one: readers look back over a short overlap and skip ids they have seen.
"""

from __future__ import annotations

from frontdesk.store import sql

OVERLAP = 200


def latest_event_id() -> int:
    ((value,),) = sql.rows("SELECT COALESCE(MAX(id), 0) FROM audit_event")
    return int(value)


def events_after(event_id: int, limit: int = 2000) -> list[tuple[int, str, str | None, str]]:
    """(id, object_type, object_id, action) of events after ``event_id - OVERLAP``; not the
    records of an import still being written in chunks (they name rows nobody sees yet; its
    last step's summary record tells the stations to read the day again)."""
    return sql.rows(
        "SELECT id, object_type, object_id, action FROM audit_event WHERE id > ? "
        f"AND {_NOT_UNFINISHED} ORDER BY id LIMIT ?",
        (max(0, event_id - OVERLAP), limit),
    )


_NOT_UNFINISHED = (
    "(batch IS NULL OR batch NOT IN (SELECT audit_batch FROM import_run "
    "WHERE state <> 'done' AND audit_batch IS NOT NULL))"
)


def appointment_ids_of_visits(visit_ids: list[int]) -> list[int]:
    if not visit_ids:
        return []
    found = sql.rows(
        f"SELECT id FROM appointment WHERE visit_id IN ({sql.marks(len(visit_ids))})", visit_ids
    )
    return [row[0] for row in found]


def appointment_ids_of_patients(patient_ids: list[int]) -> list[int]:
    if not patient_ids:
        return []
    found = sql.rows(
        f"SELECT id FROM appointment WHERE patient_id IN ({sql.marks(len(patient_ids))})",
        patient_ids,
    )
    return [row[0] for row in found]


def recent_event_ids(event_id: int) -> set[int]:
    """Ids already visible in the overlap before ``event_id``: a reader starting at
    ``event_id`` has seen these (the day it read includes them)."""
    found = sql.rows(
        "SELECT id FROM audit_event WHERE id > ? AND id <= ?",
        (max(0, event_id - OVERLAP), event_id),
    )
    return {row[0] for row in found}
