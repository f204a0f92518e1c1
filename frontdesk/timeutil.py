"""Office time: instants in UTC, dates and clock times in the office's own zone.

>>> from zoneinfo import ZoneInfo
>>> start, end = local_day_bounds(dt.date(2026, 3, 8), ZoneInfo("America/New_York"))
>>> (end - start).total_seconds() / 3600  # the day the clocks go forward has 23 hours
23.0
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from frontdesk import clock
from frontdesk.errors import ConfigError, InputError

UTC = dt.UTC


def zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ConfigError(
            f"unknown time zone {name!r} (expected an IANA name such as 'America/New_York')"
        ) from exc


def computer_zone_name() -> str:
    """The computer's own zone as an IANA name; UTC where it cannot be told."""
    try:
        import tzlocal

        name = tzlocal.get_localzone_name()
    except Exception:  # tzlocal raises several kinds on odd systems; UTC is a safe answer
        name = None
    return name or "UTC"


def local_day_bounds(day: dt.date, tz: dt.tzinfo) -> tuple[dt.datetime, dt.datetime]:
    """The UTC instants where the local day starts and the next one starts."""
    start = dt.datetime.combine(day, dt.time(0), tzinfo=tz).astimezone(UTC)
    end = dt.datetime.combine(day + dt.timedelta(days=1), dt.time(0), tzinfo=tz).astimezone(UTC)
    return start, end


def local_date(instant: dt.datetime, tz: dt.tzinfo) -> dt.date:
    return instant.astimezone(tz).date()


def today(tz: dt.tzinfo) -> dt.date:
    return clock.today(tz)


def parse_date(text: str, *, what: str = "date") -> dt.date:
    """ISO 8601 (2026-11-28) or day/month/year (28/11/2026, 28.11.2026)."""
    parsed = try_parse_date(text)
    if parsed is None:
        raise InputError(f"{what} {text!r} is not a date (expected YYYY-MM-DD or DD/MM/YYYY)")
    return parsed


def try_parse_date(text: str) -> dt.date | None:
    text = text.strip()
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        pass
    for sep in ("/", ".", "-"):
        parts = text.split(sep)
        if len(parts) == 3 and all(p.isdigit() for p in parts) and len(parts[2]) == 4:
            day, month, year = (int(p) for p in parts)
            try:
                return dt.date(year, month, day)
            except ValueError:
                return None
    return None


def parse_instant(text: str, tz: dt.tzinfo, *, what: str = "start") -> dt.datetime:
    """ISO 8601 date and time; without an offset it is the office's local time. Returns UTC."""
    try:
        value = dt.datetime.fromisoformat(text.strip())
    except ValueError as exc:
        raise InputError(
            f"{what} {text!r} is not an ISO 8601 date and time (e.g. 2026-11-28T09:30)"
        ) from exc
    if value.tzinfo is None:
        value = value.replace(tzinfo=tz)
    return value.astimezone(UTC)
