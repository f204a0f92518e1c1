"""Settings the whole office shares, kept in the database: its time zone first of all.

set_office_zone("Asia/Dubai", actor)
office_zone()          # ZoneInfo('Asia/Dubai'); the computer's own zone until one is set
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

from frontdesk.services.actors import Actor
from frontdesk.services.audit import record
from frontdesk.store.models import Setting, database_proxy
from frontdesk.timeutil import computer_zone_name, zone

OFFICE_TIMEZONE = "office.timezone"


def get_setting(key: str) -> str | None:
    row = Setting.get_or_none(Setting.key == key)
    return row.value if row else None


def set_setting(key: str, value: str, actor: Actor | None) -> None:
    with database_proxy.atomic():
        old = get_setting(key)
        Setting.insert(key=key, value=value).on_conflict(
            conflict_target=[Setting.key], update={Setting.value: value}
        ).execute()
        record(
            actor.staff if actor else None,
            actor.station if actor else None,
            "setting.change",
            "setting",
            key,
            old=old,
            new=value,
        )


def office_zone() -> ZoneInfo:
    return zone(get_setting(OFFICE_TIMEZONE) or computer_zone_name())


def set_office_zone(name: str, actor: Actor | None) -> ZoneInfo:
    tz = zone(name)  # refuses unknown names before anything is written
    set_setting(OFFICE_TIMEZONE, name, actor)
    return tz
