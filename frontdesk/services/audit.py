"""Writing the audit trail: one AuditEvent per change, inside the change's own transaction.

record(actor.staff, actor.station, "visit.check_in", "visit", visit.id, mrn="MRN1")
"""

from __future__ import annotations

import json
from typing import Any

from frontdesk.store.models import AuditEvent, Staff, Station, utc_now


def record(
    staff: Staff | None,
    station: Station | None,
    action: str,
    object_type: str,
    object_id: int | str | None,
    **details: Any,
) -> AuditEvent:
    return AuditEvent.create(
        at=utc_now(),
        staff=staff,
        station=station,
        action=action,
        object_type=object_type,
        object_id=None if object_id is None else str(object_id),
        details=json.dumps(details, ensure_ascii=False, default=str, sort_keys=True),
    )
