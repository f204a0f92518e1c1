"""Opening databases by URL, SQLite settings, schema version and upgrades with a backup."""

from __future__ import annotations

import sqlite3

import pytest
from playhouse.migrate import migrate

from frontdesk.config import database_url, default_database_url
from frontdesk.errors import ConfigError
from frontdesk.store import migrations
from frontdesk.store.database import close_database, open_database, sqlite_path
from frontdesk.store.models import Patient, SchemaVersion


def test_sqlite_file_is_created_in_wal_mode_with_foreign_keys(tmp_path):
    path = tmp_path / "sub" / "desk.sqlite3"
    path.parent.mkdir()  # a new file in an existing folder (a missing folder is refused)
    db = open_database(f"sqlite:///{path}")
    try:
        assert path.exists()
        assert db.pragma("journal_mode") == "wal"
        assert db.pragma("foreign_keys") == 1
        assert db.pragma("busy_timeout") >= 5000
        assert SchemaVersion.get().version == migrations.SCHEMA_VERSION
    finally:
        close_database()


def test_a_sqlite_writer_gets_the_lock_just_after_another_commits(tmp_path):
    """A desk whose write waits for another station's (an import's) gets in a few
    milliseconds after that commit, not at SQLite's next try (its busy handler sleeps 100 ms
    between tries after the first quarter second: a lock freed at 240 ms was taken at 328 ms);
    and the waiting settings are back as they were after it."""
    import threading
    import time

    from frontdesk.store.models import database_proxy

    path = tmp_path / "desk.sqlite3"
    open_database(f"sqlite:///{path}")
    late = []
    try:
        for _ in range(3):
            other = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
            other.execute("BEGIN IMMEDIATE")
            released = []

            def commit_later(other=other, released=released) -> None:
                time.sleep(0.24)
                other.execute("COMMIT")
                released.append(time.perf_counter())

            thread = threading.Thread(target=commit_later)
            thread.start()
            with database_proxy.atomic():
                got = time.perf_counter()
            thread.join()
            other.close()
            late.append(got - released[0])
        assert min(late) < 0.03, late
        assert database_proxy.obj.pragma("busy_timeout") == 5000
    finally:
        close_database()


def test_default_database_lives_in_the_data_directory(_isolated_home):
    url = database_url(None)
    assert url == default_database_url()
    assert sqlite_path(url).startswith(str(_isolated_home))


def test_environment_variable_names_the_database(monkeypatch, tmp_path):
    monkeypatch.setenv("FRONTDESK_DB", f"sqlite:///{tmp_path}/x.db")
    assert database_url(None) == f"sqlite:///{tmp_path}/x.db"
    assert database_url("postgresql://h/db") == "postgresql://h/db"


@pytest.mark.parametrize(
    "url", ["mysql://host/db", "http://example/", "postgresql://127.0.0.1:1/x"]
)
def test_unusable_urls_are_refused_clearly(url):
    with pytest.raises(ConfigError) as caught:
        open_database(url)
    assert "database" in str(caught.value)


def test_reopening_keeps_data(db_url, actor):
    from .helpers import make_patient

    make_patient(actor)
    close_database()
    open_database(db_url)
    assert Patient.select().count() == 1
    assert SchemaVersion.select().count() == 1


def test_upgrade_migrates_and_backs_up_the_file(tmp_path, monkeypatch):
    path = tmp_path / "old.sqlite3"
    open_database(f"sqlite:///{path}")
    close_database()

    def add_column(migrator, db):
        from peewee import TextField

        migrate(migrator.add_column("patient", "nickname", TextField(null=True)))

    current = migrations.SCHEMA_VERSION
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", current + 1)
    monkeypatch.setitem(migrations.MIGRATIONS, current + 1, add_column)
    open_database(f"sqlite:///{path}")
    close_database()
    backups = list(tmp_path.glob(f"old.sqlite3.v{current}-*.bak"))
    assert len(backups) == 1
    with sqlite3.connect(path) as conn:
        columns = [row[1] for row in conn.execute("PRAGMA table_info(patient)")]
        assert "nickname" in columns
        assert conn.execute("SELECT version FROM schema_version").fetchone() == (current + 1,)
    with sqlite3.connect(backups[0]) as conn:
        assert conn.execute("SELECT version FROM schema_version").fetchone() == (current,)


def test_a_failed_upgrade_leaves_the_database_as_it_was(tmp_path, monkeypatch):
    path = tmp_path / "old.sqlite3"
    open_database(f"sqlite:///{path}")
    close_database()

    def broken(migrator, db):
        db.execute_sql("CREATE TABLE half_done (x INTEGER)")
        raise RuntimeError("disk on fire")

    current = migrations.SCHEMA_VERSION
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", current + 1)
    monkeypatch.setitem(migrations.MIGRATIONS, current + 1, broken)
    with pytest.raises(RuntimeError):
        open_database(f"sqlite:///{path}")
    close_database()
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT version FROM schema_version").fetchone() == (current,)
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        assert "half_done" not in tables


def test_a_newer_database_is_refused(tmp_path):
    path = tmp_path / "new.sqlite3"
    open_database(f"sqlite:///{path}")
    SchemaVersion.update(version=migrations.SCHEMA_VERSION + 1).execute()
    close_database()
    with pytest.raises(ConfigError, match="newer"):
        open_database(f"sqlite:///{path}")
    close_database()


def test_sqlite_sync_level_is_a_setting(tmp_path, monkeypatch):
    monkeypatch.setenv("FRONTDESK_SQLITE_SYNC", "normal")
    db = open_database(f"sqlite:///{tmp_path / 'n.sqlite3'}")
    try:
        assert db.pragma("synchronous") == 1  # NORMAL
    finally:
        close_database()
    monkeypatch.setenv("FRONTDESK_SQLITE_SYNC", "sometimes")
    with pytest.raises(ConfigError, match="FRONTDESK_SQLITE_SYNC"):
        open_database(f"sqlite:///{tmp_path / 'x.sqlite3'}")
    monkeypatch.delenv("FRONTDESK_SQLITE_SYNC")
    db = open_database(f"sqlite:///{tmp_path / 'f.sqlite3'}")
    try:
        assert db.pragma("synchronous") == 2  # FULL, the default
    finally:
        close_database()


def test_a_dropped_postgres_connection_is_replaced(db_url, actor):
    from frontdesk.store import sql

    if not db_url.startswith("postgres"):
        # SQLite has no server to lose; the same statement simply works.
        assert sql.rows("SELECT 1") == [(1,)]
        return
    import psycopg

    (pid,) = sql.rows("SELECT pg_backend_pid()")[0]
    admin = db_url.split("?", 1)[0]
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute("SELECT pg_terminate_backend(%s)", (pid,))
    assert sql.rows("SELECT 1") == [(1,)]
    assert Patient.select().count() == 0


def test_url_parameters_override_the_defaults():
    from frontdesk.store.database import make_database

    db = make_database("postgresql://u@db.example:6543/ipc?connect_timeout=10&application_name=x")
    assert db.connect_params["connect_timeout"] == "10"
    assert db.connect_params["application_name"] == "x"
    assert (db.database, db.connect_params["port"]) == ("ipc", 6543)
