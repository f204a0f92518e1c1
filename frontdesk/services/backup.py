"""Backing up and restoring the office's database, with this station's badge signing keys.

    report = backup_database(url)        # <data folder>/backups/frontdesk-<UTC>.backup.tar
    report = backup_database(url, Path("/mnt/usb/monday.backup.tar"))
    result = restore_database(url, Path("/mnt/usb/monday.backup.tar"), station="IT")

A backup is taken while desks and doors work: SQLite's online backup API (one read
transaction) or pg_dump (one snapshot), so it holds every check-in committed before it started
and nothing half-written. It is verified before it is reported: SQLite's integrity_check on the
copy, the row count of every table, and the archive read back against the copy's checksum. It
is written 0600: it holds patients' data.

A restore refuses a backup from a newer Frontdesk (a schema version this program does not
know), checks the copy the same way, migrates an older one, keeps the current database aside
(``frontdesk.sqlite3.pre-restore-<UTC>.bak``, or the PostgreSQL schema renamed
``<schema>_before_restore_<UTC>``), then puts the backup's content in place and marks the
restore so that running desks and doors reload (see :mod:`frontdesk.store.restore_mark`).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from frontdesk import __version__, clock
from frontdesk.config import data_dir, is_postgres_url
from frontdesk.errors import ConfigError, InputError
from frontdesk.services import backup_archive as archive
from frontdesk.services.badges import key_dir
from frontdesk.store import migrations, pg_backup, sqlite_backup
from frontdesk.store.database import open_database, redact, sqlite_path
from frontdesk.store.restore_mark import latest_event_id, mark_restore

KEY_FILE = re.compile(r"^badge-signing-\d+\.pem$")
SUFFIX = ".backup.tar"


@dataclass(frozen=True, slots=True)
class BackupReport:
    path: Path
    engine: str
    schema_version: int
    counts: dict[str, int]
    keys: list[str]
    size: int
    seconds: float


@dataclass(frozen=True, slots=True)
class RestoreReport:
    engine: str
    schema_version: int  # the backup's (migrated to the current one if older)
    taken_at: str
    counts: dict[str, int]
    kept_aside: str  # where the database that was replaced is
    keys: list[str] = field(default_factory=list)  # key files put back
    keys_aside: list[str] = field(default_factory=list)  # different local keys kept aside


def stamp() -> str:
    return clock.now().strftime("%Y%m%dT%H%M%SZ")


def default_folder() -> Path:
    folder = data_dir() / "backups"
    folder.mkdir(mode=0o700, exist_ok=True)
    return folder


def _target(to: Path | None, prefix: str) -> Path:
    target = to if to is not None else default_folder() / f"{prefix}-{stamp()}{SUFFIX}"
    if not target.parent.is_dir():  # a mistyped folder is not created
        raise ConfigError(f"cannot write {target}: no folder {target.parent}")
    if target.exists():
        raise ConfigError(f"{target} exists already: choose another name")
    return target


def _station_keys() -> list[Path]:
    folder = key_dir()
    return sorted(p for p in folder.iterdir() if KEY_FILE.match(p.name))


def backup_database(url: str, to: Path | None = None, *, prefix: str = "frontdesk") -> BackupReport:
    """A verified backup of the database at ``url`` (opened by the caller when PostgreSQL)."""
    started = time.monotonic()
    target = _target(to, prefix)
    scratch = Path(tempfile.mkdtemp(prefix=".frontdesk-backup-", dir=target.parent))
    try:
        if is_postgres_url(url):
            member = "database.pgdump"
            copy = scratch / member
            schema, counts = pg_backup.dump_schema(url, copy)
            if pg_backup.dump_counts(copy) != counts:
                raise ConfigError("the dump does not hold the rows counted in its snapshot")
            version = migrations.current_version(_db())
            extra = {"schema": schema}
        else:
            member = "database.sqlite3"
            copy = scratch / member
            sqlite_backup.snapshot(_sqlite_file(url), copy)
            counts = sqlite_backup.check_copy(copy)
            version = sqlite_backup.schema_version(copy)
            extra = {}
        if version is None:  # no schema_version table: not a Frontdesk database
            raise ConfigError("the database has no schema version: it is not Frontdesk's")
        keys = _station_keys()
        engine = "postgresql" if is_postgres_url(url) else "sqlite"
        key_names = [k.name for k in keys]
        manifest = {
            "format": archive.FORMAT,
            "frontdesk": __version__,
            "engine": engine,
            "schema_version": version,
            "taken_at": clock.now().isoformat(),
            "source": redact(url),
            "database": member,
            "database_sha256": archive.sha256_of(copy),
            "counts": counts,
            "keys": key_names,
            **extra,
        }
        archive.write_archive(target, manifest, copy, keys)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    archive.verify_archive(target)
    return BackupReport(
        target,
        engine,
        version,
        counts,
        key_names,
        target.stat().st_size,
        time.monotonic() - started,
    )


def _db():
    from frontdesk.store.models import database_proxy

    return database_proxy.obj


def _sqlite_file(url: str) -> str:
    path = sqlite_path(url)
    if path is None or path == ":memory:":
        raise ConfigError(f"{redact(url)}: not a database file that can be backed up")
    return str(Path(path).expanduser())


def check_backup(path: Path, url: str) -> dict:
    """The backup's manifest, refused when it cannot be restored here by this program."""
    manifest = archive.read_manifest(path)
    engine = "postgresql" if is_postgres_url(url) else "sqlite"
    if manifest.get("engine") != engine:
        raise InputError(
            f"{path} is a backup of a {manifest.get('engine')} database; "
            f"this one ({redact(url)}) is {engine}"
        )
    version = manifest.get("schema_version")
    if not isinstance(version, int) or version > migrations.SCHEMA_VERSION:
        raise InputError(
            f"{path} was written by a newer Frontdesk ({manifest.get('frontdesk')}, schema "
            f"version {version}); this one knows version {migrations.SCHEMA_VERSION}: "
            "install the newer release to restore it"
        )
    return manifest


def restore_database(url: str, path: Path, *, station: str = "restore", staff: str | None = None):
    """Replace the database at ``url`` by the backup at ``path``; see the module's docstring."""
    manifest = check_backup(path, url)
    if manifest["engine"] == "sqlite":
        live = _sqlite_file(url)
        restored = _restore_sqlite(url, path, manifest, live)
    else:
        restored = _restore_postgres(url, path, manifest)
    kept_aside, events_before = restored
    _mark(manifest, events_before, station, staff)
    keys, keys_aside = _restore_keys(path)
    return RestoreReport(
        manifest["engine"],
        manifest["schema_version"],
        manifest["taken_at"],
        manifest["counts"],
        kept_aside,
        keys,
        keys_aside,
    )


def _checked_copy(path: Path, manifest: dict, folder: Path) -> Path:
    copy = folder / manifest["database"]
    archive.extract_database(path, manifest, copy)
    if manifest["engine"] == "sqlite":
        counts = sqlite_backup.check_copy(copy)
    else:
        counts = pg_backup.dump_counts(copy)
    if counts != manifest["counts"]:
        raise InputError(f"{path}: the database does not hold the rows its manifest counts")
    return copy


def _restore_sqlite(url: str, path: Path, manifest: dict, live: str) -> tuple[str, int]:
    from frontdesk.store.database import close_database

    folder = Path(live).parent
    if not folder.is_dir():
        raise ConfigError(f"cannot restore into {live}: no folder {folder}")
    scratch = Path(tempfile.mkdtemp(prefix=".frontdesk-restore-", dir=folder))
    try:
        copy = _checked_copy(path, manifest, scratch)
        if manifest["schema_version"] < migrations.SCHEMA_VERSION:
            open_database(f"sqlite:///{copy}")  # migrated here, before any desk can see it
            close_database()
        if not Path(live).exists():
            os.replace(copy, live)
            open_database(url)
            return "", 0
        aside = Path(f"{live}.pre-restore-{stamp()}.bak")
        sqlite_backup.snapshot(live, aside)
        open_database(url, upgrade=False)
        events_before = latest_event_id()
        try:
            sqlite_backup.copy_into_live(copy, live)
        except Exception as error:  # sqlite3's errors: the live file is as it was
            raise ConfigError(f"cannot restore into {live}: {error}") from None
        return str(aside), events_before
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def _restore_postgres(url: str, path: Path, manifest: dict) -> tuple[str, int]:
    open_database(url, upgrade=False)
    schema = pg_backup.current_schema()
    if schema != manifest.get("schema"):
        raise InputError(
            f"{path} holds schema {manifest.get('schema')!r}; this connection's is {schema!r} "
            "(name it with ?options=-csearch_path%3D...)"
        )
    db = _db()
    events_before = latest_event_id() if migrations.current_version(db) is not None else 0
    aside = f"{schema}_before_restore_{stamp().lower()}"[:63]
    with tempfile.TemporaryDirectory(prefix="frontdesk-restore-") as scratch:
        copy = _checked_copy(path, manifest, Path(scratch))
        pg_backup.restore_schema(url, copy, schema, aside)
    migrations.upgrade(db)
    return f"schema {aside}", events_before


def _mark(manifest: dict, events_before: int, station: str, staff: str | None) -> None:
    from frontdesk.services.actors import find_staff, station_named

    who = find_staff(staff) if staff else None
    where = station_named(station)
    details = json.dumps(
        {"taken_at": manifest["taken_at"], "schema_version": manifest["schema_version"]}
    )
    mark_restore(events_before, clock.now(), who.id if who else None, where.id, details)


def _restore_keys(path: Path) -> tuple[list[str], list[str]]:
    """Put the backup's badge keys back; a different local key of the same name is kept aside."""
    restored, aside = [], []
    folder = key_dir()
    for name, data in sorted(archive.key_files(path).items()):
        target = folder / name
        if target.exists():
            if target.read_bytes() == data:
                continue
            moved = target.with_name(f"{target.stem}.pre-restore-{stamp()}.pem")
            target.replace(moved)
            aside.append(moved.name)
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        restored.append(name)
    return restored, aside
