"""Where Frontdesk keeps its data, and which database it opens.

    database_url(None)   # --db, else $FRONTDESK_DB, else the SQLite file in the data directory

The data directory is the user's (platformdirs), or ``$FRONTDESK_HOME`` when set, which the tests
use so that they never touch a real user's files.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "Frontdesk"
DB_ENV = "FRONTDESK_DB"
HOME_ENV = "FRONTDESK_HOME"


def data_dir() -> Path:
    override = os.environ.get(HOME_ENV)
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database_url() -> str:
    return f"sqlite:///{data_dir() / 'frontdesk.sqlite3'}"


def database_url(cli_value: str | None) -> str:
    return cli_value or os.environ.get(DB_ENV) or default_database_url()


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
