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


Inside = dict[object, tuple[dt.datetime, str | None, int]]  # holder -> (entered, door, badge)


def holder_key(visit_id: int, companion_id: int | None) -> str:
    """One person on one visit, whatever badge they wear: a replacement badge continues the
    lost one's presence instead of counting the person twice."""
    return f"{visit_id}:{companion_id or 0}"


def entries(
    scans: Iterable[tuple[int, dt.datetime, str, str | None]],
    start: Inside | None = None,
    holder=lambda badge_id: badge_id,
) -> Inside:
    """holder -> (entered at, door, last badge) for those on site after these scans (oldest
    first), from ``start`` (who was on site before them). ``holder(badge_id)`` names the
    person a badge belongs to. An "inside" door (a clinical area within the building) never
    takes anyone out; it puts in someone the log had not seen enter."""
    inside: Inside = dict(start or {})
    for badge_id, at, direction, door in scans:
        key = holder(badge_id)
        present = key in inside
        if direction in ("in", "inside") or (direction == "both" and not present):
            entered, first_door, _badge = inside.get(key, (at, door, badge_id))
            inside[key] = (entered, first_door, badge_id)  # the first entry, the newest badge
        else:
            inside.pop(key, None)
    return inside


def onsite_from(inside: Inside, describe) -> list[OnSite]:
    """The list, sorted by holder type then name; ``describe(badge_id)`` gives (holder,
    display name, native name, destination) or None for a badge not known here."""
    people = []
    for at, door, badge_id in inside.values():
        known = describe(badge_id)
        holder, name, native, destination = known if known else (None, None, None, None)
        people.append(OnSite(badge_id, holder, name, native, destination, at, door))
    return sorted(
        people,
        key=lambda p: (_ORDER.get(p.holder, 99), (p.display_name or "").upper(), p.badge_id),
    )


def current_entries(now: dt.datetime | None = None) -> tuple[Inside, dict[int, Badge]]:
    """Who is on site by the shared scan log, and the badges its scans name."""
    now = now or utc_now()
    scans = scan_log.valid_scans_since(now - WINDOW)
    rows = {b.id: b for b in Badge.select().where(Badge.id.in_(list({s[0] for s in scans}) or [0]))}

    def holder(badge_id: int) -> object:
        badge = rows.get(badge_id)
        return holder_key(badge.visit_id, badge.companion_id) if badge else badge_id

    return entries(scans, holder=holder), rows


def onsite_now(now: dt.datetime | None = None) -> list[OnSite]:
    inside, rows = current_entries(now)
    badges = {
        b.id: (HolderType(b.holder_type), b.display_name, b.native_name, b.destination)
        for b in rows.values()
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
