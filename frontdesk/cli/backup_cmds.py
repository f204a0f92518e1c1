"""The backup commands: back up, restore, and the daily backup's schedule."""

from __future__ import annotations

import json
from pathlib import Path

from frontdesk.cli.common import open_db
from frontdesk.config import is_postgres_url


def register(sub) -> None:
    backup = sub.add_parser(
        "backup", help="a verified copy of the database and this station's badge keys"
    )
    backup.add_argument(
        "--to",
        metavar="FILE",
        help="default: backups/frontdesk-<UTC time>.backup.tar in the data folder",
    )
    backup.add_argument(
        "--scheduled",
        action="store_true",
        help="the daily backup, if due (for a systemd timer or cron; see backup-schedule)",
    )
    backup.add_argument(
        "--folder", metavar="DIR", help="where --scheduled writes and prunes (default: backups/)"
    )
    backup.add_argument("--json", action="store_true")
    backup.set_defaults(handler=cmd_backup)

    restore = sub.add_parser(
        "restore", help="replace the database by a backup (the current one is kept aside)"
    )
    restore.add_argument("file")
    restore.add_argument(
        "--staff", metavar="USER", help="staff account the restore is recorded under"
    )
    restore.add_argument("--station", default="restore", metavar="NAME")
    restore.set_defaults(handler=cmd_restore)

    schedule = sub.add_parser("backup-schedule", help="show or set the daily backup")
    schedule.add_argument("--at", metavar="HH:MM", help="time of day, in the office's zone")
    schedule.add_argument("--keep", type=int, metavar="N", help="daily backups kept")
    schedule.set_defaults(handler=cmd_backup_schedule)


def _describe(report) -> list[str]:
    size = report.size / 1e6
    lines = [
        f"backup written and verified: {report.path} ({size:,.1f} MB, {report.seconds:.1f} s)",
        f"  {report.engine}, schema version {report.schema_version}, "
        f"{len(report.keys)} badge signing key{'s' if len(report.keys) != 1 else ''}",
    ]
    lines += [f"  {table:<16} {count:>12,}" for table, count in sorted(report.counts.items())]
    return lines


def cmd_backup(args, url: str) -> int:
    from frontdesk.errors import FrontdeskError
    from frontdesk.services.backup import backup_database, default_folder

    if args.scheduled and args.to:
        raise FrontdeskError("--scheduled writes into --folder; --to is for one backup")
    if args.folder and not args.scheduled:
        raise FrontdeskError("--folder goes with --scheduled (for one backup use --to FILE)")
    if is_postgres_url(url) or args.scheduled:
        open_db(url, upgrade=False)
    if args.scheduled:
        from frontdesk.services.backup_schedule import run_scheduled_backup

        report = run_scheduled_backup(url, Path(args.folder) if args.folder else default_folder())
        if report is None:
            print("no backup due now")
            return 0
    else:
        report = backup_database(url, Path(args.to) if args.to else None)
    if args.json:
        print(
            json.dumps(
                {
                    "path": str(report.path),
                    "engine": report.engine,
                    "schema_version": report.schema_version,
                    "counts": report.counts,
                    "keys": report.keys,
                    "bytes": report.size,
                    "seconds": round(report.seconds, 3),
                }
            )
        )
    else:
        print("\n".join(_describe(report)))
    return 0


def _admin_of_live_database(args, url: str) -> None:
    """Replacing an office's database that signs staff in takes one of its admins."""
    from frontdesk.cli.credentials import signed_in
    from frontdesk.services.database import close_database, sqlite_path
    from frontdesk.services.roles import Permission, require

    path = sqlite_path(url)
    if path is not None and (path == ":memory:" or not Path(path).expanduser().is_file()):
        return  # nothing there to protect
    try:
        db = open_db(url, upgrade=False)
    except Exception:  # a damaged or unreachable database is what a restore is for
        return
    try:
        if db.table_exists("staff_credential"):
            actor = signed_in(args, args.staff, args.station)
            if actor is not None:
                require(actor, Permission.OFFICE_SETTINGS)
    finally:
        close_database()


def cmd_restore(args, url: str) -> int:
    from frontdesk.services.backup import restore_database

    _admin_of_live_database(args, url)
    result = restore_database(url, Path(args.file), station=args.station, staff=args.staff)
    print(
        f"restored the backup of {result.taken_at} (schema version {result.schema_version}); "
        "running desks and doors reload within seconds"
    )
    if result.kept_aside:
        print(f"  the database it replaced is kept as {result.kept_aside}")
    if result.keys:
        print(f"  badge signing keys put back: {', '.join(result.keys)}")
    for name in result.keys_aside:
        print(f"  a different key of the same name was kept as {name}")
    return 0


def cmd_backup_schedule(args, url: str) -> int:
    from frontdesk.errors import FrontdeskError
    from frontdesk.services.backup_schedule import (
        backup_schedule,
        parse_time,
        set_backup_schedule,
    )

    at = parse_time(args.at) if args.at else None
    open_db(url)
    if at is not None or args.keep is not None:
        current = backup_schedule()
        new_at = at if at is not None else current.at if current else None
        keep = args.keep if args.keep is not None else current.keep if current else None
        if new_at is None or keep is None:
            raise FrontdeskError("the first schedule needs both --at HH:MM and --keep N")
        set_backup_schedule(new_at, keep, None)
    schedule = backup_schedule()
    if schedule is None:
        print("no daily backup is scheduled")
    else:
        print(
            f"daily backup at {schedule.at:%H:%M} (office time), the newest {schedule.keep} kept; "
            "run `frontdesk backup --scheduled` from a systemd timer or cron"
        )
    return 0
