"""Writing the audit trail: one AuditEvent per change, inside the change's own transaction.

    with database_proxy.atomic():
        ...                                                       # the change
        record(actor, "visit.check_in", "visit", visit.id, mrn="MRN1")

``actor`` (:class:`~frontdesk.services.actors.Actor`: who, at which station; None for the
system itself, a scheduled backup) is who the record names. A record outside a transaction is
refused (:class:`OutsideTransaction`): it would commit on its own, and a change that then fails
would leave a record of something that never happened (or the other way round).

Details are JSON. They name what changed (fields, ids, counts), not health data itself: the
audit log must not become a second copy of the record.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from frontdesk.store import audit_log
from frontdesk.store.models import database_proxy, utc_now

if TYPE_CHECKING:
    from frontdesk.services.actors import Actor


class OutsideTransaction(RuntimeError):
    """An audit record written outside the change's transaction: a bug in the caller."""


def _ids(actor: Actor | None) -> tuple[int | None, int | None]:
    if database_proxy.obj is None or not database_proxy.in_transaction():
        raise OutsideTransaction("an audit record must be written inside its change's transaction")
    return _who(actor)


def _who(actor: Actor | None) -> tuple[int | None, int | None]:
    if actor is None:
        return None, None
    staff, station = actor.staff, actor.station
    return (staff.id if staff is not None else None, station.id if station is not None else None)


def record(
    actor: Actor | None,
    action: str,
    object_type: str,
    object_id: int | str | None,
    **details: Any,
) -> None:
    staff_id, station_id = _ids(actor)
    audit_log.append(
        utc_now(),
        staff_id,
        station_id,
        action,
        object_type,
        None if object_id is None else str(object_id),
        json.dumps(details, ensure_ascii=False, default=str, sort_keys=True),
    )


def record_many(
    actor: Actor | None,
    entries: list[tuple[str, str, int | str | None, dict[str, Any] | str]],
) -> None:
    """Many records by one actor in one transaction (an import's): (action, object type,
    object id, details) each, written in a few statements. Details may come as the text of
    :func:`details_text`, made before the transaction."""
    audit_log.append_many(_records(_ids(actor), entries))


def hashed_many(
    actor: Actor | None,
    entries: list[tuple[str, str, int | str | None, dict[str, Any] | str]],
) -> audit_log.HashedBatch:
    """:func:`record_many`'s records worked out and hashed as a batch *before* their
    transaction (an import's new rows, whose ids are given beforehand); written inside it by
    :func:`record_hashed`. Their time is when they were hashed."""
    return audit_log.hash_batch(_records(_who(actor), entries))


def record_hashed(batch: audit_log.HashedBatch) -> None:
    _ids(None)  # inside the change's transaction, as every record
    audit_log.append_hashed(batch)


def _records(who: tuple[int | None, int | None], entries: list[tuple]) -> list[tuple]:
    at = utc_now()
    staff_id, station_id = who
    return [
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


def details_text(details: dict[str, Any]) -> str:
    """Details as an audit record keeps them (JSON)."""
    return json.dumps(details, ensure_ascii=False, default=str, sort_keys=True)
