"""Writing the audit trail: one AuditEvent per change, inside the change's own transaction.

    record(actor.staff, actor.station, "visit.check_in", "visit", visit.id, mrn="MRN1")

Details are JSON. They name what changed (fields, ids, counts), not health data itself: the
audit log must not become a second copy of the record.
"""

from __future__ import annotations

import json
from typing import Any

from frontdesk.store import audit_log
from frontdesk.store.models import Staff, Station, utc_now


def record(
    staff: Staff | None,
    station: Station | None,
    action: str,
    object_type: str,
    object_id: int | str | None,
    **details: Any,
) -> None:
    audit_log.append(
        utc_now(),
        staff.id if staff is not None else None,
        station.id if station is not None else None,
        action,
        object_type,
        None if object_id is None else str(object_id),
        json.dumps(details, ensure_ascii=False, default=str, sort_keys=True),
    )


def record_many(
    staff: Staff | None,
    station: Station | None,
    entries: list[tuple[str, str, int | str | None, dict[str, Any] | str]],
) -> None:
    """Many records by one actor in one transaction (an import's): (action, object type,
    object id, details) each, written in a few statements. Details may come as the text of
    :func:`details_text`, made before the transaction."""
    at = utc_now()
    staff_id = staff.id if staff is not None else None
    station_id = station.id if station is not None else None
    audit_log.append_many(
        [
            (
                at,
                staff_id,
                station_id,
                action,
                object_type,
                None if object_id is None else str(object_id),
                details if isinstance(details, str) else details_text(details),
            )
            for action, object_type, object_id, details in entries
        ]
    )


def details_text(details: dict[str, Any]) -> str:
    """Details as an audit record keeps them (JSON)."""
    return json.dumps(details, ensure_ascii=False, default=str, sort_keys=True)
