"""When each door last reached the shared database: the roll-call says which doors it may be
missing scans from.

    touch("Main entrance", now)        # a door's refresh, every 30 s
    last_contacts()                    # {"Main entrance": instant, ...}

Kept as settings rows ``door.contact.<name>`` (one row a door, overwritten): a heartbeat, not
a change of anyone's data, so no audit record.
"""

from __future__ import annotations

import datetime as dt

from frontdesk.store.models import Setting

PREFIX = "door.contact."


def touch(door: str, at: dt.datetime) -> None:
    value = at.astimezone(dt.UTC).isoformat()
    Setting.insert(key=(PREFIX + door)[:100], value=value).on_conflict(
        conflict_target=[Setting.key], update={Setting.value: value}
    ).execute()


def last_contacts() -> dict[str, dt.datetime]:
    rows = Setting.select().where(Setting.key.startswith(PREFIX))
    found = {}
    for row in rows:
        try:
            found[row.key[len(PREFIX) :]] = dt.datetime.fromisoformat(row.value)
        except ValueError:
            continue
    return found
