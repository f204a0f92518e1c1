"""Who is in the building: from the scan log, everyone counted in and not counted out since.

    people = onsite_now()                 # from the shared database
    people = onsite_from(scans, badges)   # from any list of scans (a door that is offline)

What counts (the README's "Doors: what counts" says it for people):

- a valid scan at an "in" door enters, at an "out" door leaves; at a door that works both ways
  it toggles: the holder enters if they were not on site, and leaves if they were;
- an "inside" door (into a clinical area) never takes anyone out; it puts on the list someone
  the log had not seen enter (a person seen inside is inside), and it is remembered as the
  last place the person was seen;
- **leaving always counts**: a genuine badge of ours that is refused (expired, revoked,
  replaced, not yet valid) still takes its holder out at an "out" door, and at a "both" door
  when its holder is on site. A refused badge never enters anyone;
- a person is one person whatever badge they wear (:func:`holder_key`): a replacement badge
  continues the lost one's presence.

Scans of the last :data:`WINDOW` count: a badge is valid for a day.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, replace

from frontdesk.badge_token import HolderType, Reason
from frontdesk.store import scan_log
from frontdesk.store.door_contacts import last_contacts
from frontdesk.store.models import Badge, utc_now

WINDOW = dt.timedelta(hours=24)
_ORDER = {h: i for i, h in enumerate(HolderType)}


# A refused badge of ours (its signature checked, so its number can be trusted) still counts
# its holder out: leaving always counts.
GENUINE_REFUSALS = (
    Reason.EXPIRED,
    Reason.REVOKED,
    Reason.SUPERSEDED,
    Reason.NOT_YET_VALID,
    Reason.NOT_IN_COPY,  # signed by one of our keys; only the door's copy is too old
)


@dataclass(frozen=True, slots=True)
class OnSite:
    badge_id: int
    holder: HolderType | None
    display_name: str | None
    native_name: str | None
    destination: str | None
    entered_at: dt.datetime  # UTC
    door: str | None
    seen_at: str | None = None  # the last inside door (a clinical area) that saw them
    seen_time: dt.datetime | None = None  # UTC

    @property
    def places(self) -> list[str]:
        """Every place the person may be: each of the day's destinations, then the last
        clinical area a door saw them enter."""
        found = [p.strip() for p in (self.destination or "").split(" · ") if p.strip()]
        if self.seen_at and self.seen_at not in found:
            found.append(self.seen_at)
        return found


@dataclass(frozen=True, slots=True)
class Presence:
    entered_at: dt.datetime
    door: str | None  # where they came in
    badge_id: int  # the newest badge they used
    seen_at: str | None = None  # the last inside door that saw them
    seen_time: dt.datetime | None = None


Inside = dict[object, Presence]  # holder -> presence
Counted = tuple[int, dt.datetime, str, str | None, bool]  # badge, at, direction, door, valid


def holder_key(visit_id: int, companion_id: int | None) -> str:
    """One person on one visit, whatever badge they wear: a replacement badge continues the
    lost one's presence instead of counting the person twice."""
    return f"{visit_id}:{companion_id or 0}"


def way(direction: str, valid: bool, present: bool) -> str | None:
    """What one scan does to its holder: "in", "out" or None (nothing). ``present``: the
    holder is on site before it."""
    if not valid:  # leaving always counts; a refused badge never lets anyone in
        return "out" if direction == "out" or (direction == "both" and present) else None
    if direction == "in":
        return "in"
    if direction == "out":
        return "out"
    if direction == "both":
        return "out" if present else "in"
    return None if present else "in"  # inside: seen inside, so inside


def count(inside: Inside, key: object, scan: Counted) -> str | None:
    """Apply one scan to ``inside`` (in place); returns what it did ("in", "out" or None)."""
    badge_id, at, direction, door, valid = scan
    present = inside.get(key)
    did = way(direction, valid, present is not None)
    if did == "in":
        if present is None:
            present = Presence(at, door, badge_id)
        else:  # already in: the first entry stays, the newest badge is kept
            present = replace(present, badge_id=badge_id)
        inside[key] = present
    elif did == "out":
        inside.pop(key, None)
    if direction == "inside" and valid and key in inside:
        inside[key] = replace(inside[key], badge_id=badge_id, seen_at=door, seen_time=at)
    return did


def entries(
    scans: Iterable[Counted],
    start: Inside | None = None,
    holder=lambda badge_id: badge_id,
) -> Inside:
    """holder -> :class:`Presence` for those on site after these scans (oldest first), from
    ``start`` (who was on site before them). ``holder(badge_id)`` names the person a badge
    belongs to."""
    inside: Inside = dict(start or {})
    for scan in scans:
        count(inside, holder(scan[0]), scan)
    return inside


def onsite_from(inside: Inside, describe) -> list[OnSite]:
    """The list, sorted by holder type then name; ``describe(badge_id)`` gives (holder,
    display name, native name, destination) or None for a badge not known here."""
    people = []
    for p in inside.values():
        known = describe(p.badge_id)
        holder, name, native, destination = known if known else (None, None, None, None)
        people.append(
            OnSite(
                p.badge_id,
                holder,
                name,
                native,
                destination,
                p.entered_at,
                p.door,
                p.seen_at,
                p.seen_time,
            )
        )
    return sorted(
        people,
        key=lambda p: (
            _ORDER.get(p.holder, 99) if p.holder else 99,
            (p.display_name or "").upper(),
            p.badge_id,
        ),
    )


def current_entries(now: dt.datetime | None = None) -> tuple[Inside, dict[int, Badge]]:
    """Who is on site by the shared scan log, and the badges its scans name."""
    now = now or utc_now()
    scans = scan_log.counting_scans_since(now - WINDOW, [r.value for r in GENUINE_REFUSALS])
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
            "places": p.places,
            "seen_at": p.seen_at,
        }
        for p in people
    ]


@dataclass(frozen=True, slots=True)
class DoorContact:
    door: str
    last_contact: dt.datetime | None  # UTC; None: never
    offline: bool


DOOR_SILENT = dt.timedelta(minutes=2)  # a door refreshes every 30 s: four missed is offline


def door_contacts(now: dt.datetime | None = None) -> list[DoorContact]:
    """Each door's last contact with the shared database, offline when silent too long."""
    now = now or utc_now()
    return [
        DoorContact(door, at, now - at > DOOR_SILENT)
        for door, at in sorted(last_contacts().items())
    ]
