"""Which database a station opens, and what it loads for it."""

from __future__ import annotations

import subprocess
import sys

import pytest

PROBE = (
    "import sys; from frontdesk.config import skip_postgres_driver; "
    "skip_postgres_driver(sys.argv[1]); import peewee; print(peewee.psycopg is not None)"
)


@pytest.mark.parametrize(
    ("url", "loaded"),
    [
        ("sqlite:////tmp/x.db", "False"),
        ("/tmp/x.db", "False"),
        ("postgresql://127.0.0.1/test", "True"),
    ],
)
def test_a_sqlite_station_does_not_load_the_postgres_driver(url, loaded):
    out = subprocess.run(
        [sys.executable, "-c", PROBE, url], capture_output=True, text=True, check=True, timeout=60
    ).stdout.strip()
    assert out == loaded


def test_machine_settings_are_defaults_that_a_station_narrows(tmp_path, monkeypatch):
    from frontdesk.config import database_url, machine_setting

    conf = tmp_path / "machine" / "frontdesk.conf"
    conf.parent.mkdir()
    assert database_url(None).endswith("frontdesk.sqlite3")  # no machine file: the data folder
    conf.write_text(
        "[database]\nurl = postgresql://ipc-db/ipc  # the office's server\n"
        "[office]\nzone = Asia/Dubai\n",
        encoding="utf-8",
    )
    assert database_url(None) == "postgresql://ipc-db/ipc"
    assert machine_setting("office", "zone") == "Asia/Dubai"
    monkeypatch.setenv("FRONTDESK_DB", "sqlite:////tmp/station.db")
    assert database_url(None) == "sqlite:////tmp/station.db"
    assert database_url("sqlite:////tmp/cli.db") == "sqlite:////tmp/cli.db"


def test_a_broken_machine_settings_file_is_named(tmp_path):
    from frontdesk.config import machine_setting
    from frontdesk.errors import ConfigError

    conf = tmp_path / "machine" / "frontdesk.conf"
    conf.parent.mkdir()
    conf.write_text("url = no section\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"machine settings .*frontdesk.conf"):
        machine_setting("database", "url")
