"""Where Frontdesk keeps its data, and which database it opens.

    database_url(None)   # --db, else $FRONTDESK_DB, else the machine's, else the data directory's
    machine_setting("office", "zone")   # from /etc/frontdesk/frontdesk.conf, or None

The data directory is the user's (platformdirs), or ``$FRONTDESK_HOME`` when set, which the tests
use so that they never touch a real user's files.

The machine-wide settings (``/etc/frontdesk/frontdesk.conf`` on Linux, the site configuration
folder elsewhere, ``$FRONTDESK_CONFIG`` to name another file) are what IT sets once for every
account of a computer::

    [database]
    url = postgresql://ipc-db.hospital.example/ipc
    [office]
    zone = America/New_York

They are defaults: a station's own settings narrow them (``--db``, ``$FRONTDESK_DB``, the
database chosen in the window's Settings), and the zone stored in the database, which every
station of the office shares, wins over the machine's.
"""

from __future__ import annotations

import configparser
import os
import sys
from pathlib import Path

import platformdirs

from frontdesk.errors import ConfigError
from frontdesk.private_files import private_folder

APP_NAME = "Frontdesk"
DB_ENV = "FRONTDESK_DB"
HOME_ENV = "FRONTDESK_HOME"
MACHINE_CONFIG_ENV = "FRONTDESK_CONFIG"


def data_dir() -> Path:
    override = os.environ.get(HOME_ENV)
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, False))
    return private_folder(path)  # the database, keys, backups, door copies and log live here


def default_database_url() -> str:
    return f"sqlite:///{data_dir() / 'frontdesk.sqlite3'}"


def database_url(cli_value: str | None) -> str:
    return (
        cli_value
        or os.environ.get(DB_ENV)
        or machine_setting("database", "url")
        or default_database_url()
    )


def machine_config_file() -> Path:
    override = os.environ.get(MACHINE_CONFIG_ENV)
    if override:
        return Path(override)
    if sys.platform.startswith("linux"):
        return Path("/etc/frontdesk/frontdesk.conf")
    return Path(platformdirs.site_config_dir(APP_NAME, False)) / "frontdesk.conf"


def machine_setting(section: str, key: str) -> str | None:
    """A machine-wide setting, or None where the file or the key is absent."""
    path = machine_config_file()
    parser = configparser.ConfigParser(interpolation=None, inline_comment_prefixes=("#", ";"))
    try:
        with path.open(encoding="utf-8") as handle:
            parser.read_file(handle)
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError, configparser.Error) as error:
        raise ConfigError(f"machine settings {path}: {error}") from None
    value = parser.get(section, key, fallback="").strip()
    return value or None


def is_postgres_url(url: str) -> bool:
    return url.split("://", 1)[0] in ("postgresql", "postgres")


def skip_postgres_driver(url: str) -> None:
    """A station on a SQLite file never needs the PostgreSQL driver, yet peewee imports it
    (0.3 s) when it is installed. Called before peewee is first imported, this makes that
    import fail fast, as if the driver were absent; nothing else changes."""
    import sys

    if is_postgres_url(url) or "peewee" in sys.modules:
        return
    for name in ("psycopg", "psycopg2", "psycopg2cffi"):
        sys.modules.setdefault(name, None)  # type: ignore[arg-type]
