"""The supervisor's view of a day's scans: filterable by door, verdict and badge.

rows = day_scans(dt.date(2026, 11, 30), door="Main entrance", refused_only=True)
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from frontdesk.services.office import office_zone
from frontdesk.store import scan_log
from frontdesk.store.models import Badge
from frontdesk.timeutil import local_day_bounds


@dataclass(frozen=True, slots=True)
class ScanLine:
    id: int
    at: dt.datetime  # UTC
    door: str
    direction: str
    valid: bool
    reason: str | None
    badge_id: int | None
    holder_type: str | None
    display_name: str | None  # the badge's printed name, when the badge is ours
    station: str | None
    late: bool  # reached the database more than a minute after the scan (the door was offline)

    def as_json(self, tz: dt.tzinfo) -> dict:
        return {
            "at": self.at.astimezone(tz).isoformat(),
            "door": self.door,
            "direction": self.direction,
            "valid": self.valid,
            "reason": self.reason,
            "badge_id": self.badge_id,
            "holder_type": self.holder_type,
            "display_name": self.display_name,
            "station": self.station,
            "sent_late": self.late,
        }


def day_scans(
    day: dt.date,
    *,
    door: str | None = None,
    refused_only: bool = False,
    badge_id: int | None = None,
    tz: dt.tzinfo | None = None,
) -> list[ScanLine]:
    """The day's scans, newest first."""
    start, end = local_day_bounds(day, tz or office_zone())
    scans = scan_log.scans_between(
        start, end, door=door, valid=False if refused_only else None, badge_id=badge_id
    )
    ids = {s.badge_id for s in scans if s.badge_id is not None}
    names = {}
    if ids:
        names = dict(
            Badge.select(Badge.id, Badge.display_name).where(Badge.id.in_(list(ids))).tuples()
        )
    lines = []
    for s in scans:
        station = s.station.name if s.station_id is not None and s.station else None
        lines.append(
            ScanLine(
                s.id,
                s.at,
                s.door,
                s.direction,
                bool(s.valid),
                s.reason,
                s.badge_id,
                s.holder_type,
                names.get(s.badge_id),
                station,
                (s.received_at - s.at) > dt.timedelta(minutes=1),
            )
        )
    return lines


def doors(day: dt.date, tz: dt.tzinfo | None = None) -> list[str]:
    start, _end = local_day_bounds(day, tz or office_zone())
    return sorted(scan_log.doors_seen(start))
