"""Who is in the building: from the scan log, everyone whose last valid scan was an entry.

    people = onsite_now()                 # from the shared database
    people = onsite_from(scans, badges)   # from any list of scans (a door that is offline)

A scan at an "in" door enters, at an "out" door leaves; a door that works both ways toggles:
the holder enters if they were not on site, and leaves if they were. Scans of the last
:data:`WINDOW` count: a badge is valid for a day (a treatment stay re-enters each morning).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from frontdesk.badge_token import HolderType
from frontdesk.store import scan_log
from frontdesk.store.models import Badge, utc_now

WINDOW = dt.timedelta(hours=24)
_ORDER = {h: i for i, h in enumerate(HolderType)}


@dataclass(frozen=True, slots=True)
class OnSite:
    badge_id: int
    holder: HolderType | None
    display_name: str | None
    native_name: str | None
    destination: str | None
    entered_at: dt.datetime  # UTC
    door: str | None


def entries(
    scans: Iterable[tuple[int, dt.datetime, str, str | None]],
    start: dict[int, tuple[dt.datetime, str | None]] | None = None,
) -> dict[int, tuple[dt.datetime, str | None]]:
    """badge id -> (entered at, door) for those on site after these scans (oldest first),
    starting from ``start`` (who was on site before them)."""
    inside: dict[int, tuple[dt.datetime, str | None]] = dict(start or {})
    for badge_id, at, direction, door in scans:
        if direction == "in" or (direction == "both" and badge_id not in inside):
            inside.setdefault(badge_id, (at, door))  # a second "in" keeps the first entry
        else:
            inside.pop(badge_id, None)
    return inside


def onsite_from(
    inside: dict[int, tuple[dt.datetime, str | None]],
    describe,
) -> list[OnSite]:
    """The list, sorted by holder type then name; ``describe(badge_id)`` gives (holder,
    display name, native name, destination) or None for a badge not known here."""
    people = []
    for badge_id, (at, door) in inside.items():
        known = describe(badge_id)
        holder, name, native, destination = known if known else (None, None, None, None)
        people.append(OnSite(badge_id, holder, name, native, destination, at, door))
    return sorted(
        people,
        key=lambda p: (_ORDER.get(p.holder, 99), (p.display_name or "").upper(), p.badge_id),
    )


def onsite_now(now: dt.datetime | None = None) -> list[OnSite]:
    now = now or utc_now()
    inside = entries(scan_log.valid_scans_since(now - WINDOW))
    badges = {
        b.id: (HolderType(b.holder_type), b.display_name, b.native_name, b.destination)
        for b in Badge.select().where(Badge.id.in_(list(inside) or [0]))
    }
    return onsite_from(inside, badges.get)


def as_json(people: list[OnSite], tz: dt.tzinfo) -> list[dict]:
    return [
        {
            "badge_id": p.badge_id,
            "holder_type": p.holder.value if p.holder else None,
            "display_name": p.display_name,
            "native_name": p.native_name,
            "destination": p.destination,
            "entered_at": p.entered_at.astimezone(tz).isoformat(),
            "door": p.door,
        }
        for p in people
    ]
