"""Shared fixtures: a throwaway database per test, on SQLite and (when configured) PostgreSQL.

``FRONTDESK_TEST_PG`` names a PostgreSQL server (e.g. ``postgresql://127.0.0.1/test``): each test
that uses ``db`` then runs once on a fresh SQLite file and once in a fresh schema of that server.
Without it the PostgreSQL runs are skipped, unless ``FRONTDESK_REQUIRE_PG=1`` (CI), where a
missing or unreachable server fails the run instead.
"""

from __future__ import annotations

import contextlib
import os
import uuid
from urllib.parse import quote

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PG_ENV = "FRONTDESK_TEST_PG"
REQUIRE_PG = os.environ.get("FRONTDESK_REQUIRE_PG") == "1"


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path, monkeypatch):
    """No test touches the real user's data directory or database."""
    home = tmp_path / "home"
    monkeypatch.setenv("FRONTDESK_HOME", str(home))
    monkeypatch.delenv("FRONTDESK_DB", raising=False)
    # nor the machine's settings (/etc/frontdesk/frontdesk.conf, if the package is installed)
    monkeypatch.setenv("FRONTDESK_CONFIG", str(tmp_path / "machine" / "frontdesk.conf"))
    return home


@pytest.fixture(autouse=True)
def _module_clock(request):
    """A module that sets ``RUNS_AT`` (an aware instant) runs its tests, fixtures included, on
    frontdesk.clock started from there (badge and door tests: their day, not the calendar's)."""
    at = getattr(request.module, "RUNS_AT", None)
    if at is None:
        yield None
        return
    from frontdesk import clock

    with clock.running_from(at) as running:
        yield running


def _pg_admin_url() -> str | None:
    url = os.environ.get(PG_ENV)
    if not url:
        if REQUIRE_PG:
            pytest.fail(f"{PG_ENV} is not set but FRONTDESK_REQUIRE_PG=1")
        pytest.skip(f"{PG_ENV} not set: PostgreSQL tests skipped")
    _ensure_pg_database(url)
    return url


_PG_READY: set[str] = set()


def _ensure_pg_database(url: str) -> None:
    """Create the database the URL names when the server has none of that name (a fresh
    server has only ``postgres``), once per run."""
    if url in _PG_READY:
        return
    import psycopg
    from psycopg import errors
    from psycopg.conninfo import conninfo_to_dict, make_conninfo

    try:
        psycopg.connect(url, connect_timeout=5).close()
    except psycopg.OperationalError as error:
        name = conninfo_to_dict(url).get("dbname")
        if not name or f'database "{name}" does not exist' not in str(error):
            raise
        maintenance = make_conninfo(url, dbname="postgres")
        with (
            psycopg.connect(maintenance, autocommit=True, connect_timeout=5) as conn,
            contextlib.suppress(errors.DuplicateDatabase),  # another run made it meanwhile
        ):
            conn.execute(f'CREATE DATABASE "{name}"')
    _PG_READY.add(url)


def _pg_execute(url: str, sql: str) -> None:
    import psycopg

    with psycopg.connect(url, autocommit=True, connect_timeout=5) as conn:
        conn.execute(sql)


def _pg_schema_url():
    """A URL of a fresh schema of the PostgreSQL server, dropped (with everything in it) after."""
    admin = _pg_admin_url()
    schema = f"t_{uuid.uuid4().hex[:12]}"
    _pg_execute(admin, f'CREATE SCHEMA "{schema}"')
    separator = "&" if "?" in admin else "?"
    yield f"{admin}{separator}options={quote(f'-csearch_path={schema}')}"
    from frontdesk.store.database import close_database

    close_database()
    _pg_execute(admin, f'DROP SCHEMA "{schema}" CASCADE')


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request, tmp_path):
    """A URL of an empty database that nobody else uses."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'frontdesk.sqlite3'}"
        return
    yield from _pg_schema_url()


@pytest.fixture
def pg_url():
    """A URL of an empty PostgreSQL schema, for tests of what only PostgreSQL does."""
    yield from _pg_schema_url()


@pytest.fixture
def db(db_url):
    from frontdesk.store.database import close_database, open_database

    database = open_database(db_url)
    yield database
    close_database()


@pytest.fixture
def actor(db):
    """Staff member 'amal' at station 'Desk 1', in an office on New York time."""
    from frontdesk.services.actors import actor_for, create_staff
    from frontdesk.services.office import set_office_zone

    create_staff("amal", "Amal Haddad")
    set_office_zone("America/New_York", None)
    return actor_for("amal", "Desk 1")


# A CUPS of the tests' own with queues on real printer drivers (tests/cups/server.py).
from tests.cups.server import cups, cups_server  # noqa: E402, F401
