"""Backing up and restoring a PostgreSQL database with pg_dump and pg_restore.

    dump_schema(url, Path("/backups/copy.pgdump"))   # -> the row counts the dump holds
    dump_counts(Path("/backups/copy.pgdump"))        # the same, read back from the file
    restore_schema(url, Path("/backups/copy.pgdump"), aside="ipc_before_restore_20261130")

Frontdesk's tables live in one schema (``current_schema()`` of its connection: ``public``, or
the one named by ``?options=-csearch_path%3D...``); only that schema is dumped. The counts are
taken inside the very snapshot pg_dump copies (``pg_export_snapshot``), so the count summary is
what the file holds, not what the tables held a moment later. The password never appears on a
command line (where ``ps`` shows it): it goes to the tools in ``PGPASSWORD``.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path
from urllib.parse import parse_qsl, unquote, urlsplit

from frontdesk.errors import ConfigError
from frontdesk.store import sql
from frontdesk.store.models import database_proxy
from frontdesk.store.pgpass import passfile_for
from frontdesk.store.sqlite_backup import UNCOUNTED_PREFIX, create_private

TOOL_TIMEOUT_S = 3600
_COPY_LINE = re.compile(r'^COPY (?:"?([^".\s]+)"?\.)?"?([^"\s(]+)"? ')


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        raise ConfigError(
            f"{name} is not installed: install the PostgreSQL client (apt-get install "
            "postgresql-client) of the server's major version or newer"
        )
    return path


def _quote(value: str) -> str:
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"


def connection(url: str) -> tuple[str, dict[str, str]]:
    """A libpq connection string without the password, and the environment that carries it."""
    parts = urlsplit(url)
    fields = {
        "host": parts.hostname,
        "port": str(parts.port) if parts.port else None,
        "user": unquote(parts.username) if parts.username else None,
        "dbname": unquote(parts.path.lstrip("/")) or "postgres",
        **dict(parse_qsl(parts.query)),
    }
    conninfo = " ".join(f"{k}={_quote(v)}" for k, v in fields.items() if v)
    env = dict(os.environ)
    if parts.password:
        env["PGPASSWORD"] = unquote(parts.password)
    elif (passfile := passfile_for(url)) is not None:  # the window's Settings put it there
        env["PGPASSFILE"] = str(passfile)
    return conninfo, env


def _run(args: list[str], env: dict[str, str], what: str) -> str:
    done = subprocess.run(
        args, env=env, capture_output=True, text=True, timeout=TOOL_TIMEOUT_S, check=False
    )
    if done.returncode != 0:
        detail = done.stderr.strip().splitlines()
        raise ConfigError(f"{what} failed: {detail[-1] if detail else done.returncode}")
    return done.stdout


def current_schema() -> str:
    ((schema,),) = sql.rows("SELECT current_schema()")
    if schema is None:
        raise ConfigError("the connection's search_path names no existing schema")
    return schema


def _counts(schema: str) -> dict[str, int]:
    tables = sql.rows(
        "SELECT table_name FROM information_schema.tables "
        "WHERE table_schema = ? AND table_type = 'BASE TABLE' ORDER BY table_name",
        (schema,),
    )
    return {
        name: sql.rows(f'SELECT COUNT(*) FROM "{schema}"."{name}"')[0][0]
        for (name,) in tables
        if not name.startswith(UNCOUNTED_PREFIX)
    }


def dump_schema(url: str, target: Path) -> tuple[str, dict[str, int]]:
    """pg_dump of Frontdesk's schema to ``target`` (custom format, mode 0600); returns the
    schema's name and the row counts of the snapshot that was dumped."""
    conninfo, env = connection(url)
    pg_dump = _tool("pg_dump")
    db = database_proxy.obj
    with db.atomic():
        sql.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        ((snapshot,),) = sql.rows("SELECT pg_export_snapshot()")
        schema = current_schema()
        counts = _counts(schema)
        create_private(target)
        _run(
            [
                pg_dump,
                "--format=custom",
                f"--schema={schema}",
                f"--snapshot={snapshot}",
                "--no-owner",
                "--no-privileges",
                f"--file={target}",
                f"--dbname={conninfo}",
            ],
            env,
            "pg_dump",
        )
    return schema, counts


def dump_counts(path: Path) -> dict[str, int]:
    """Rows per table, read back from a dump file (its COPY blocks) by pg_restore."""
    pg_restore = _tool("pg_restore")
    proc = subprocess.Popen(
        [pg_restore, "--data-only", "--file=-", str(path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    counts: dict[str, int] = {}
    table = None
    assert proc.stdout is not None
    for line in proc.stdout:
        if table is None:
            match = _COPY_LINE.match(line)
            if match:
                table = match.group(2)
                counts[table] = 0
        elif line == "\\.\n":
            table = None
        else:
            counts[table] += 1
    _, err = proc.communicate(timeout=TOOL_TIMEOUT_S)
    if proc.returncode != 0:
        raise ConfigError(f"{path}: pg_restore cannot read it: {err.strip()[:300]}")
    return {name: n for name, n in counts.items() if not name.startswith(UNCOUNTED_PREFIX)}


def restore_schema(url: str, dump: Path, schema: str, aside: str) -> None:
    """Rename the live schema to ``aside`` (kept), then restore ``dump`` as ``schema`` in one
    transaction. Stations get errors for the seconds in between, then read the new content."""
    conninfo, env = connection(url)
    pg_restore = _tool("pg_restore")
    listing = _run([pg_restore, "--list", str(dump)], env, "pg_restore --list")
    creates_schema = any(line.split()[3:5] == ["SCHEMA", "-"] for line in listing.splitlines())
    db = database_proxy.obj
    with db.atomic():
        sql.execute(f'ALTER SCHEMA "{schema}" RENAME TO "{aside}"')
        if not creates_schema:  # pg_dump 14 and older leave out the standard schema's creation
            sql.execute(f'CREATE SCHEMA "{schema}"')
    try:
        _run(
            [
                pg_restore,
                "--single-transaction",
                "--exit-on-error",
                "--no-comments",
                "--no-owner",
                "--no-privileges",
                f"--dbname={conninfo}",
                str(dump),
            ],
            env,
            "pg_restore",
        )
    except ConfigError:
        with db.atomic():  # put the live schema back as it was
            sql.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
            sql.execute(f'ALTER SCHEMA "{aside}" RENAME TO "{schema}"')
        raise
