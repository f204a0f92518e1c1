"""Backups and restores, on a real SQLite file and a real PostgreSQL schema (pg_dump, pg_restore).

The first test is the one that matters: eight desks in eight processes check patients in while
backups are taken, and every check-in acknowledged before a backup started is in it.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
import stat
import subprocess
import sys
import tarfile
import time
from pathlib import Path

import pytest

from frontdesk import clock
from frontdesk.demo.generator import DemoOptions, generate
from frontdesk.errors import ConfigError, InputError
from frontdesk.services import backup_archive
from frontdesk.services.backup import backup_database, restore_database
from frontdesk.services.badges import key_dir
from frontdesk.services.checkin import check_in
from frontdesk.services.schedule import change_position, schedule_changes
from frontdesk.store import migrations
from frontdesk.store.models import Patient, Visit
from frontdesk.store.restore_mark import database_generation
from frontdesk.store.search_changes import index_changed

from .helpers import DAY, NEW_YORK

WORKER = Path(__file__).with_name("checkin_worker.py")
DESKS = 8
PER_DESK = 1000  # more than a desk checks in before it is stopped (about 15 s at least)


def _arrived_in_backup(path: Path, workdir: Path) -> set[int]:
    """The patients with an arrival on DAY in a backup, read from the file itself."""
    manifest = backup_archive.read_manifest(path)
    copy = workdir / f"{path.stem}.{manifest['database']}"
    backup_archive.extract_database(path, manifest, copy)
    if manifest["engine"] == "sqlite":
        with sqlite3.connect(copy) as conn:
            rows = conn.execute(
                "SELECT patient_id FROM visit WHERE arrived_at IS NOT NULL AND local_date = ?",
                (DAY.isoformat(),),
            )
            return {row[0] for row in rows}
    text = subprocess.run(
        ["pg_restore", "--data-only", "--table=visit", "--file=-", str(copy)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    arrived, columns = set(), None
    for line in text.splitlines():
        if line.startswith("COPY "):
            columns = line[line.index("(") + 1 : line.index(")")].split(", ")
        elif columns and line != "\\.":
            row = dict(zip(columns, line.split("\t"), strict=True))
            if row["arrived_at"] != "\\N" and row["local_date"] == DAY.isoformat():
                arrived.add(int(row["patient_id"]))
        elif line == "\\.":
            columns = None
    return arrived


def _acknowledged_after(logs: list[Path], instant: int) -> bool:
    for log in logs:
        lines = log.read_text(encoding="ascii").splitlines()
        last = lines[-1].split() if lines else []
        if len(last) == 2 and last[1].isdigit() and int(last[1]) > instant:
            return True
    return False


def test_backups_during_eight_desks_checking_in_hold_every_acknowledged_check_in(
    db, db_url, tmp_path
):
    generate(DemoOptions(patients=DESKS * PER_DESK, start=DAY, seed=3, per_day=0))
    ids = [p.id for p in Patient.select(Patient.id).order_by(Patient.id)]
    stop = tmp_path / "stop"
    logs = [tmp_path / f"desk{n}.log" for n in range(DESKS)]
    desks = [
        subprocess.Popen(
            [
                sys.executable,
                str(WORKER),
                db_url,
                DAY.isoformat(),
                str(ids[n * PER_DESK]),
                str(ids[(n + 1) * PER_DESK - 1]),
                str(logs[n]),
                str(stop),
            ],
            env={**os.environ, "PYTHONPATH": str(Path(__file__).parents[2])},
        )
        for n in range(DESKS)
    ]
    backups: list[tuple[int, Path]] = []
    try:
        deadline = time.monotonic() + 120
        while not all(log.exists() and log.stat().st_size for log in logs):
            assert time.monotonic() < deadline, "the desks did not start"
            assert all(d.poll() is None for d in desks), "a desk stopped"
            time.sleep(0.05)
        for n in range(3):
            started = time.monotonic_ns()
            report = backup_database(db_url, tmp_path / f"during-{n}.backup.tar")
            backups.append((started, report.path))
            time.sleep(0.2)
        # Every backup ran while the desks were checking in: some desk acknowledged a check-in
        # after the last backup had finished.
        finished = time.monotonic_ns()
        deadline = time.monotonic() + 30
        while not _acknowledged_after(logs, finished):
            assert time.monotonic() < deadline, "the backups were not taken during the loop"
            assert any(d.poll() is None for d in desks), "the desks stopped before the backups"
            time.sleep(0.05)
    finally:
        stop.touch()
        for desk in desks:
            assert desk.wait(timeout=120) == 0
    acks = [(int(pid), int(at)) for log in logs for pid, at in (ln.split() for ln in log.open())]
    assert len(acks) > 3 * DESKS
    in_between = 0
    for started, path in backups:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        arrived = _arrived_in_backup(path, tmp_path)
        before = {pid for pid, at in acks if at < started}
        assert before <= arrived, f"{path.name} lacks acknowledged check-ins"
        in_between += len(arrived - before)  # committed while the backup was being started
    assert in_between <= DESKS * len(backups)


def test_restore_brings_back_the_backup_and_tells_the_desks(db, db_url, actor, tmp_path):
    generate(DemoOptions(patients=30, start=DAY, seed=4, per_day=10))
    first, second = (p.id for p in Patient.select().order_by(Patient.id).limit(2))
    check_in(first, DAY, actor)
    from frontdesk.services.badges import signing_key

    key_id, _ = signing_key(actor)
    key_file = key_dir() / f"badge-signing-{key_id}.pem"
    report = backup_database(db_url, tmp_path / "monday.backup.tar")
    assert report.counts["patient"] == 30 and report.keys == [key_file.name]
    with tarfile.open(report.path) as tar:
        assert f"keys/{key_file.name}" in tar.getnames()

    check_in(second, DAY, actor)  # after the backup: gone after the restore
    cursor, seen = change_position()  # a desk that has read everything so far
    generation = database_generation()
    _, search_stamp = index_changed(None)  # a station's search cache
    key_file.unlink()  # a station rebuilt from scratch
    result = restore_database(db_url, report.path, station="IT")

    arrived = {v.patient_id for v in Visit.select().where(Visit.arrived_at.is_null(False))}
    assert arrived == {first}
    assert result.keys == [key_file.name] and key_file.exists()
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert database_generation() not in ("", generation)
    assert schedule_changes(DAY, cursor, seen, tz=NEW_YORK).reload  # the desk reloads the day
    assert index_changed(search_stamp)[0]  # and its search cache is dropped
    if "sqlite" in db_url:
        aside = Path(result.kept_aside)
        assert stat.S_IMODE(aside.stat().st_mode) == 0o600
        with sqlite3.connect(aside) as conn:  # the replaced database, as it was
            assert conn.execute(
                "SELECT COUNT(*) FROM visit WHERE arrived_at IS NOT NULL"
            ).fetchone() == (2,)
    else:
        assert result.kept_aside.startswith("schema ") and "_before_restore_" in result.kept_aside
    check_in(second, DAY, actor)  # the desks go on writing into the restored database
    assert Visit.select().where(Visit.arrived_at.is_null(False)).count() == 2


def _rewritten(path: Path, target: Path, **changes) -> Path:
    """The same backup with its manifest changed (as a newer Frontdesk would write it)."""
    manifest = backup_archive.read_manifest(path) | changes
    scratch = target.parent / "scratch"
    scratch.mkdir(exist_ok=True)
    member = scratch / manifest["database"]
    with tarfile.open(path) as tar:
        member.write_bytes(tar.extractfile(manifest["database"]).read())
    backup_archive.write_archive(target, manifest, member, [])
    return target


def test_restore_refuses_a_newer_schema_and_a_damaged_file(db, db_url, actor, tmp_path):
    generate(DemoOptions(patients=10, start=DAY, seed=4, per_day=0))
    report = backup_database(db_url, tmp_path / "b.backup.tar")
    newer = _rewritten(report.path, tmp_path / "newer.backup.tar", schema_version=99)
    with pytest.raises(InputError, match="newer Frontdesk"):
        restore_database(db_url, newer)
    damaged = _rewritten(report.path, tmp_path / "damaged.backup.tar", database_sha256="0" * 64)
    with pytest.raises(InputError, match="damaged"):
        restore_database(db_url, damaged)
    not_a_backup = tmp_path / "notes.txt"
    not_a_backup.write_text("hello")
    with pytest.raises(InputError, match="not a Frontdesk backup"):
        restore_database(db_url, not_a_backup)
    assert Patient.select().count() == 10  # nothing was touched


def test_backup_refuses_a_missing_folder_and_an_existing_file(db, db_url, tmp_path):
    with pytest.raises(ConfigError, match="no folder"):
        backup_database(db_url, tmp_path / "missing" / "x.backup.tar")
    assert not (tmp_path / "missing").exists()
    (tmp_path / "there.backup.tar").write_text("keep me")
    with pytest.raises(ConfigError, match="exists already"):
        backup_database(db_url, tmp_path / "there.backup.tar")
    assert (tmp_path / "there.backup.tar").read_text() == "keep me"


def test_scheduled_backups_run_once_a_day_and_keep_the_newest(db, db_url, actor, tmp_path):
    from frontdesk.services.backup_schedule import (
        backup_schedule,
        run_scheduled_backup,
        set_backup_schedule,
    )

    folder = tmp_path / "nightly"
    folder.mkdir()
    set_backup_schedule(dt.time(2, 0), 2, actor)
    assert backup_schedule().keep == 2
    night = dt.datetime(2026, 11, 30, 1, 50, tzinfo=NEW_YORK)
    taken = []
    with clock.frozen(night) as fixed:
        assert run_scheduled_backup(db_url, folder) is None  # 01:50: not yet
        for _ in range(4):
            fixed.advance(minutes=15)  # 02:05 the first night
            report = run_scheduled_backup(db_url, folder)
            assert run_scheduled_backup(db_url, folder) is None  # once a night
            taken.append(report.path.name)
            fixed.advance(days=1, minutes=-15)
    kept = sorted(p.name for p in folder.iterdir())
    assert kept == taken[-2:]
    assert all(stat.S_IMODE((folder / name).stat().st_mode) == 0o600 for name in kept)


def test_migration_backups_are_private_and_pruned(tmp_path):
    from frontdesk.store.database import close_database, open_database

    path = tmp_path / "frontdesk.sqlite3"
    fixture = Path(__file__).parent / "fixtures" / "schema-v1.sqlite3"
    for n in range(5):  # older copies from earlier upgrades
        old = tmp_path / f"frontdesk.sqlite3.v1-2025010{n}T000000.bak"
        old.write_bytes(b"old")
        os.utime(old, (1_700_000_000 + n, 1_700_000_000 + n))
    path.write_bytes(fixture.read_bytes())
    open_database(f"sqlite:///{path}")
    close_database()
    copies = sorted(tmp_path.glob("frontdesk.sqlite3.v*-*.bak"))
    assert len(copies) == migrations.MIGRATION_BACKUPS_KEPT
    newest = max(copies, key=lambda p: p.stat().st_mtime)
    assert stat.S_IMODE(newest.stat().st_mode) == 0o600
    with sqlite3.connect(newest) as conn:
        assert conn.execute("SELECT version FROM schema_version").fetchone() == (1,)


def test_the_command_line_backs_up_and_restores(tmp_path, capsys):
    from frontdesk.cli import main
    from frontdesk.store.database import close_database

    url = f"sqlite:///{tmp_path / 'desk.sqlite3'}"
    assert main(["--db", url, "demo", "--patients", "20", "--quiet"]) == 0
    close_database()
    capsys.readouterr()
    target = tmp_path / "b.backup.tar"
    assert main(["--db", url, "backup", "--to", str(target), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["counts"]["patient"] == 20 and out["schema_version"] == migrations.SCHEMA_VERSION
    assert main(["--db", url, "restore", str(target)]) == 0
    close_database()
    assert "kept as" in capsys.readouterr().out
