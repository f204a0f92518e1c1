"""How stations learn that the database under them was restored from a backup.

    before = latest_event_id()          # read from the live database before the restore
    ...                                 # the restored content replaces the live one
    mark_restore(before, staff_id, station_id, details)   # in the restored database
    database_generation()               # a new value after every restore

A desk follows other stations' changes through the audit log, from the last event id it has
read. A restored database has fewer events, so new events would come with ids the desk has
already read, and it would never see them. The restore therefore records its own audit event
with an id above every id the database had given before (later events continue from there), so
every desk's change feed sees a new event, ``database.restore``, and reads the whole day again
(services/schedule.py treats it as a bulk change). ``database.generation`` (a setting that
changes with every restore) is the same signal for a station that does not read the audit
log: a door that sees it change re-sends its day's scans (their ids make that idempotent).
The search caches of every station are told too (a change in ``search_change``).
"""

from __future__ import annotations

import datetime as dt
import uuid

from frontdesk.store import audit_log, sql
from frontdesk.store.changes import latest_event_id
from frontdesk.store.models import Setting, database_proxy
from frontdesk.store.search_changes import note_index_change

GENERATION_KEY = "database.generation"
RESTORE_ACTION = "database.restore"

__all__ = ["database_generation", "latest_event_id", "mark_restore"]


def database_generation() -> str:
    """The current restore generation ('' for a database never restored)."""
    row = Setting.get_or_none(Setting.key == GENERATION_KEY)
    return row.value if row else ""


def mark_restore(
    events_before: int,
    at: dt.datetime,
    staff_id: int | None,
    station_id: int | None,
    details: str,
) -> str:
    """Record the restore in the restored database; returns the new generation."""
    generation = uuid.uuid4().hex
    postgres = database_proxy.obj.param != "?"
    with database_proxy.atomic():
        event_id = max(events_before, latest_event_id()) + 1
        audit_log.append(
            at, staff_id, station_id, RESTORE_ACTION, "database", None, details, event_id=event_id
        )
        if postgres:  # the next event continues after this one
            sql.execute(
                "SELECT setval(pg_get_serial_sequence('audit_event', 'id'), ?)", (event_id,)
            )
        Setting.insert(key=GENERATION_KEY, value=generation).on_conflict(
            conflict_target=[Setting.key], update={Setting.value: generation}
        ).execute()
        # The search caches' stamps may predate the restored rows (a PostgreSQL dump keeps its
        # transaction ids): a change committed now is one every cache sees.
        note_index_change()
    return generation
