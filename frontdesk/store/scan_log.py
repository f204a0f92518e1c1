"""The doors' scan log in the shared database: written once per scan, read for who is on site.

insert(rows, station_id)          # INSERT ... ON CONFLICT (uid) DO NOTHING: a resend lands once
counting_scans_since(instant, refusals)  # (badge_id, at, direction, door, valid), oldest first
scans_between(start, end, ...)    # the supervisor's view of a day
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from peewee import JOIN

from frontdesk.store import sql
from frontdesk.store.models import Scan, Station

_COLUMNS = "uid, at, door, direction, valid, reason, badge_id, holder_type, station_id, received_at"


def insert(rows: Iterable[tuple], station_id: int | None, now: dt.datetime) -> int:
    """Rows of (uid, at, door, direction, valid, reason, badge_id, holder_type); returns how many
    were new. Run inside the caller's transaction."""
    added = 0
    statement = (
        f"INSERT INTO scan ({_COLUMNS}) VALUES ({sql.marks(10)}) ON CONFLICT (uid) DO NOTHING"
    )
    received = sql.instant(now)
    for uid, at, door, direction, valid, reason, badge_id, holder in rows:
        cursor = sql.execute(
            statement,
            (
                uid,
                sql.instant(at),
                door,
                direction,
                bool(valid),
                reason,
                badge_id,
                holder,
                station_id,
                received,
            ),
        )
        added += max(cursor.rowcount, 0)
    return added


def holds(uid: str) -> bool:
    """Is this scan (by the id its door gave it) in the log?"""
    return Scan.select(Scan.id).where(Scan.uid == uid).exists()


def counting_scans_since(
    since: dt.datetime, refusals: Iterable[str] = ()
) -> list[tuple[int, dt.datetime, str, str, bool]]:
    """The scans that may move someone in or out: valid ones, and refused ones of a badge
    whose refusal is one of ``refusals`` (a genuine badge still counts its holder out)."""
    counted = Scan.valid == True  # noqa: E712
    refusals = list(refusals)
    if refusals:
        counted |= Scan.reason.in_(refusals)
    query = (
        Scan.select(Scan.badge_id, Scan.at, Scan.direction, Scan.door, Scan.valid)
        .where((Scan.at >= since) & Scan.badge_id.is_null(False) & counted)
        .order_by(Scan.at, Scan.id)
        .tuples()
    )
    return [(b, at, direction, door, bool(valid)) for b, at, direction, door, valid in query]


def scans_between(
    start: dt.datetime,
    end: dt.datetime,
    *,
    door: str | None = None,
    valid: bool | None = None,
    badge_id: int | None = None,
    limit: int = 20_000,
) -> list[Scan]:
    query = Scan.select(Scan, Station).join(
        Station, on=(Scan.station == Station.id), join_type=JOIN.LEFT_OUTER
    )
    condition = (Scan.at >= start) & (Scan.at < end)
    if door:
        condition &= Scan.door == door
    if valid is not None:
        condition &= Scan.valid == valid
    if badge_id is not None:
        condition &= Scan.badge_id == badge_id
    return list(query.where(condition).order_by(Scan.at.desc(), Scan.id.desc()).limit(limit))


def doors_seen(since: dt.datetime) -> list[str]:
    return [d for (d,) in Scan.select(Scan.door).where(Scan.at >= since).distinct().tuples()]
