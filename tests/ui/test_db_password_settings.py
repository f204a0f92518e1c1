"""The window's Settings keep the database URL in QSettings without its password; the
password goes to the station's 0600 password file, which the real server is opened with."""

from __future__ import annotations

import os
import stat

from PySide6.QtCore import QSettings

from frontdesk.gui.desk_settings import DeskSettings
from frontdesk.store.database import close_database, make_database, open_database
from frontdesk.store.pg_backup import connection
from frontdesk.store.pgpass import passfile_for, pgpass_path


def test_the_settings_keep_the_url_and_the_password_file_keeps_the_password(tmp_path, pg_url):
    ini = tmp_path / "desk.ini"
    settings = DeskSettings(QSettings(str(ini), QSettings.Format.IniFormat))
    with_password = pg_url.replace("://", "://postgres:s3%2Fcret@", 1)
    if "@" in pg_url.split("://", 1)[1]:  # the test server's URL names its user already
        user_part = pg_url.split("://", 1)[1].split("@", 1)[0]
        with_password = pg_url.replace(f"{user_part}@", f"{user_part}:s3%2Fcret@", 1)
    settings.database_url = with_password
    settings.q.sync()
    assert "s3" not in ini.read_text() and settings.database_url == pg_url
    stored = pgpass_path()
    assert stat.S_IMODE(os.stat(stored).st_mode) == 0o600
    assert stored.read_text().rstrip().endswith(":s3/cret")  # libpq's format, decoded
    assert passfile_for(pg_url) == stored
    assert make_database(pg_url).connect_params["passfile"] == str(stored)
    assert connection(pg_url)[1]["PGPASSFILE"] == str(stored)  # pg_dump and pg_restore too
    open_database(pg_url)  # the real server, opened from the settings' URL
    close_database()

    # A URL kept with its password by an earlier release is moved out when first read.
    settings.q.setValue("database/url", with_password.replace("s3%2Fcret", "older"))
    settings.q.sync()
    assert settings.database_url == pg_url
    settings.q.sync()
    assert "older" not in ini.read_text() and stored.read_text().rstrip().endswith(":older")
    assert len(stored.read_text().splitlines()) == 1  # one line per server, replaced
