"""The daily backup: a time of day and how many to keep, shared by the office in the database.

    set_backup_schedule(dt.time(2, 0), keep=14, actor=actor)
    backup_schedule()                       # BackupSchedule(at=02:00, keep=14) or None
    report = run_scheduled_backup(url, folder)   # None when not due

Who runs it: the operating system's scheduler, not a desk window (a desk may be closed at
night, and two open desks must not both back up). ``frontdesk backup --scheduled`` is meant to
be started often (a systemd timer every 15 minutes, or cron); it backs up once a day, at the
first run at or after the set time in the office's zone, and keeps the newest ``keep``
scheduled backups in its folder (manual ones are never pruned). When several machines run it
against one PostgreSQL server, the first to claim the day in the database does it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from frontdesk import clock
from frontdesk.errors import ConfigError, InputError
from frontdesk.services.actors import Actor
from frontdesk.services.audit import record
from frontdesk.services.backup import SUFFIX, BackupReport, backup_database
from frontdesk.services.office import get_setting, office_zone, set_setting
from frontdesk.store.models import Setting, database_proxy
from frontdesk.store.sqlite_backup import prune_oldest

AT_KEY = "backup.daily_at"
KEEP_KEY = "backup.keep"
LAST_KEY = "backup.last_scheduled"
PREFIX = "frontdesk-scheduled"
MAX_KEEP = 366


@dataclass(frozen=True, slots=True)
class BackupSchedule:
    at: dt.time
    keep: int


def parse_time(text: str) -> dt.time:
    try:
        return dt.time.fromisoformat(text.strip())
    except ValueError:
        raise InputError(f"{text!r} is not a time of day (expected HH:MM, e.g. 02:00)") from None


def set_backup_schedule(at: dt.time, keep: int, actor: Actor | None) -> BackupSchedule:
    if not 1 <= keep <= MAX_KEEP:
        raise InputError(f"--keep {keep}: keep between 1 and {MAX_KEEP} daily backups")
    with database_proxy.atomic():
        set_setting(AT_KEY, at.strftime("%H:%M"), actor)
        set_setting(KEEP_KEY, str(keep), actor)
    return BackupSchedule(at, keep)


def backup_schedule() -> BackupSchedule | None:
    at, keep = get_setting(AT_KEY), get_setting(KEEP_KEY)
    if not at or not keep:
        return None
    return BackupSchedule(parse_time(at), int(keep))


def next_due(schedule: BackupSchedule, now: dt.datetime, tz: dt.tzinfo) -> dt.datetime:
    """Today's backup time in the office's zone (UTC), or tomorrow's once today's is done."""
    local = now.astimezone(tz)
    due = dt.datetime.combine(local.date(), schedule.at, tzinfo=tz).astimezone(dt.UTC)
    last = get_setting(LAST_KEY)
    if last and dt.datetime.fromisoformat(last) >= due:
        tomorrow = local.date() + dt.timedelta(days=1)
        due = dt.datetime.combine(tomorrow, schedule.at, tzinfo=tz).astimezone(dt.UTC)
    return due


def _claim(now: dt.datetime, old: str | None, new: str | None) -> bool:
    """Move the last scheduled backup from ``old`` to ``new``, unless another machine moved it
    first (the conditional write decides between machines)."""
    with database_proxy.atomic():
        if old is None:
            claimed = Setting.insert(key=LAST_KEY, value=new).on_conflict_ignore().execute()
        elif new is None:
            claimed = Setting.delete().where(Setting.key == LAST_KEY).execute()
        else:
            claimed = (
                Setting.update(value=new)
                .where((Setting.key == LAST_KEY) & (Setting.value == old))
                .execute()
            )
        if claimed:
            action = "database.backup" if new else "database.backup_failed"
            record(None, action, "database", None, scheduled=True)
    return bool(claimed)


def run_scheduled_backup(url: str, folder: Path) -> BackupReport | None:
    """Today's backup if it is due (and not yet taken), then the old ones pruned."""
    schedule = backup_schedule()
    if schedule is None:
        raise ConfigError(
            "no backup schedule is set: frontdesk backup-schedule --at 02:00 --keep 14"
        )
    if not folder.is_dir():
        raise ConfigError(f"no folder {folder} for the scheduled backups")
    now = clock.now()
    last = get_setting(LAST_KEY)
    if now < next_due(schedule, now, office_zone()) or not _claim(now, last, now.isoformat()):
        return None
    try:
        report = backup_database(url, folder / f"{PREFIX}-{now:%Y%m%dT%H%M%SZ}{SUFFIX}")
    except Exception:
        _claim(now, now.isoformat(), last)  # not done: the next run tries again
        raise
    prune_oldest(sorted(folder.glob(f"{PREFIX}-*{SUFFIX}")), schedule.keep)
    return report
