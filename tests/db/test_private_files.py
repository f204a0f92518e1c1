"""Files that hold patients' data are private from the moment they exist: the data folder
0700; the database, its -wal, the migration and office backups, a door's copy and the log
0600; a file found open to others is named in a warning."""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

import pytest

from frontdesk.cli import main
from frontdesk.config import data_dir
from frontdesk.private_files import PrivateRotatingFileHandler
from frontdesk.services.actors import actor_for, create_staff
from frontdesk.services.door import DoorStation
from frontdesk.store.database import close_database, open_database
from frontdesk.store.models import Patient


def _mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.fixture
def usual_umask():
    old = os.umask(0o022)  # the usual umask, which alone would make every file 0644
    yield
    os.umask(old)


def test_the_data_folder_database_wal_backups_door_copy_and_log_are_private(usual_umask):
    home = data_dir()
    assert _mode(home) == 0o700
    db_file = home / "frontdesk.sqlite3"
    url = f"sqlite:///{db_file}"
    open_database(url)
    try:
        create_staff("amal", "Amal Haddad")
        actor_for("amal", "Desk 1")
        assert Patient.select().count() == 0
        assert _mode(db_file) == 0o600
        assert _mode(Path(f"{db_file}-wal")) == 0o600  # SQLite gives it the file's mode
        door = DoorStation(url, "Main entrance", "in")
        assert door.refresh()
        assert _mode(door.cache.path) == 0o600 and door.cache.path.parent == home
        assert _mode(Path(f"{door.cache.path}-wal")) == 0o600
        door.close()
    finally:
        close_database()
    assert main(["--db", url, "backup"]) == 0
    backups = list((home / "backups").iterdir())
    assert backups and all(_mode(b) == 0o600 for b in backups)
    assert _mode(home / "backups") == 0o700

    log_file = home / "frontdesk.log"
    handler = PrivateRotatingFileHandler(log_file, maxBytes=200, backupCount=2, encoding="utf-8")
    logger = logging.getLogger("frontdesk.test_private")
    logger.addHandler(handler)
    try:
        for i in range(20):
            logger.warning("line %d of a log that rolls over", i)
    finally:
        logger.removeHandler(handler)
        handler.close()
    logs = sorted(home.glob("frontdesk.log*"))
    assert len(logs) == 3 and all(_mode(p) == 0o600 for p in logs)  # after rollovers too


def test_files_found_open_to_others_are_named_in_a_warning(tmp_path, caplog, usual_umask):
    folder = tmp_path / "shared"
    folder.mkdir(mode=0o755)
    os.chmod(folder, 0o755)
    db_file = folder / "old.sqlite3"
    open_database(f"sqlite:///{db_file}")
    close_database()
    os.chmod(db_file, 0o644)  # a file an earlier release made
    with caplog.at_level(logging.WARNING, logger="frontdesk"):
        open_database(f"sqlite:///{db_file}")
        close_database()
    assert f"{db_file} can be read by other accounts" in caplog.text
    assert "-rw-r--r--" in caplog.text and f"chmod 600 {db_file}" in caplog.text
    assert _mode(db_file) == 0o644  # named, not changed behind the owner's back
