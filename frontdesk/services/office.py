"""Settings the whole office shares, kept in the database: its time zone first of all.

set_office_zone("Asia/Dubai", actor)
office_zone()          # ZoneInfo('Asia/Dubai'); the computer's own zone until one is set
set_office_info(actor, name="International Patient Center", phone="+1 617 555 0100")
office_settings()      # {'office.name': 'International Patient Center', ...}
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from frontdesk.config import machine_setting
from frontdesk.errors import InputError
from frontdesk.services.actors import Actor
from frontdesk.services.audit import record
from frontdesk.services.roles import Permission, require
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
            actor,
            "setting.change",
            "setting",
            key,
            old=old,
            new=value,
        )


def office_zone() -> ZoneInfo:
    """The zone the office set (in the database), else the machine's (/etc/frontdesk), else
    the computer's own."""
    return zone(
        get_setting(OFFICE_TIMEZONE) or machine_setting("office", "zone") or computer_zone_name()
    )


def set_office_zone(name: str, actor: Actor | None) -> ZoneInfo:
    require(actor, Permission.OFFICE_SETTINGS)
    tz = zone(name)  # refuses unknown names before anything is written
    set_setting(OFFICE_TIMEZONE, name, actor)
    return tz


# What the visit summary prints about the office (``frontdesk office-info``). The advice
# ("what to bring / where to go first") may be written once for every language (office.note)
# and again in any language of the summary's catalogs (office.note.<lang>), which wins.
OFFICE_FIELDS = {"name": 200, "address": 500, "phone": 64, "hours": 200, "note": 2000}
SUMMARY_PAPER = "office.summary_paper"
PAPERS = ("letter", "a4")
CLOSING_TIME = "office.closing_time"  # HH:MM: until when a day's badge is valid
DEFAULT_CLOSING = dt.time(19, 0)


def closing_time() -> dt.time:
    """When the office closes (badges of the day are valid until then): 19:00 unless set."""
    text = get_setting(CLOSING_TIME)
    try:
        return dt.time.fromisoformat(text) if text else DEFAULT_CLOSING
    except ValueError:
        return DEFAULT_CLOSING


def office_settings() -> dict[str, str]:
    """Every ``office.*`` setting that has a value, in one read."""
    rows = Setting.select().where(Setting.key.startswith("office."))
    return {row.key: row.value for row in rows if row.value}


def summary_paper() -> str:
    """The office's paper for visit summaries: "letter" (the default) or "a4"."""
    paper = get_setting(SUMMARY_PAPER)
    return paper if paper in PAPERS else "letter"


def set_office_info(
    actor: Actor | None,
    *,
    note_language: str | None = None,
    paper: str | None = None,
    closes: str | None = None,
    **fields: str | None,
) -> list[str]:
    """Change the office's name, address, phone, hours or advice (a field given as "" is
    cleared; None leaves it as it is) and the summary's paper, in one transaction with an
    audit record for each setting that changed. Returns the keys that changed. The advice
    goes under ``note_language`` (a catalog code such as "ar") when one is given."""
    require(actor, Permission.OFFICE_SETTINGS)
    changes: dict[str, str] = {}
    for field, value in fields.items():
        if field not in OFFICE_FIELDS:
            raise InputError(f"unknown office field {field!r}")
        if value is None:
            continue
        value = value.strip()
        if len(value) > OFFICE_FIELDS[field]:
            raise InputError(
                f"the office {field} is {len(value)} characters long; "
                f"at most {OFFICE_FIELDS[field]}"
            )
        key = f"office.{field}"
        if field == "note" and note_language:
            key += f".{note_language}"
        changes[key] = value
    if paper is not None:
        if paper.lower() not in PAPERS:
            raise InputError(f"paper {paper!r}: choose letter or a4")
        changes[SUMMARY_PAPER] = paper.lower()
    if closes is not None:
        try:
            changes[CLOSING_TIME] = dt.time.fromisoformat(closes.strip()).strftime("%H:%M")
        except ValueError:
            raise InputError(f"closing time {closes!r}: expected HH:MM, e.g. 19:30") from None
    with database_proxy.atomic():
        current = office_settings()
        changed = [key for key, value in changes.items() if current.get(key, "") != value]
        for key in changed:
            set_setting(key, changes[key], actor)
    return changed
