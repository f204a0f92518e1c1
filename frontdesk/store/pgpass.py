"""This station's PostgreSQL passwords, in libpq's own ``.pgpass`` format, in a 0600 file.

    url = remember_password("postgresql://ipc:s3cret@db.example/ipc")  # "postgresql://ipc@db..."
    passfile_for("postgresql://ipc@db.example/ipc")                    # the file, if it knows it

The window's Settings stores the database URL (QSettings, clear text) *without* its password;
the password goes here, one ``host:port:database:user:password`` line (see libpq's "The
Password File"), written whole (temporary file, fsync, rename), 0600. libpq reads it when the
connection is opened with ``passfile=``, which is done only when the file holds a line for
that server, so a person's own ``~/.pgpass`` keeps working for every other one.
"""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import unquote, urlsplit

from frontdesk.config import data_dir
from frontdesk.db_url import redact


def pgpass_path() -> Path:
    return data_dir() / "pgpass"


def _escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace(":", "\\:")


def _fields(line: str) -> list[str]:
    fields, current, escaped = [], "", False
    for char in line:
        if escaped:
            current, escaped = current + char, False
        elif char == "\\":
            escaped = True
        elif char == ":":
            fields.append(current)
            current = ""
        else:
            current += char
    return [*fields, current]


def _server(url: str) -> tuple[str, str, str, str]:
    parts = urlsplit(url)
    return (
        parts.hostname or "localhost",
        str(parts.port or 5432),
        unquote(parts.path.lstrip("/")) or "postgres",
        unquote(parts.username) if parts.username else "",
    )


def remember_password(url: str) -> str:
    """The URL without its password; the password kept in :func:`pgpass_path`. A URL without a
    password comes back as it is."""
    parts = urlsplit(url)
    if parts.scheme not in ("postgresql", "postgres") or parts.password is None:
        return url
    server = _server(url)
    line = ":".join(_escape(v) for v in (*server, unquote(parts.password)))
    path = pgpass_path()
    kept = []
    if path.exists():
        kept = [
            old for old in path.read_text("utf-8").splitlines() if _fields(old)[:4] != [*server]
        ]
    temporary = path.with_name(f".pgpass.{os.getpid()}.tmp")
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write("\n".join([*kept, line]) + "\n")
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, path)
    return redact(url).replace(":***@", "@", 1)


def passfile_for(url: str) -> Path | None:
    """The station's password file if it has a line for this URL's server, database and user."""
    path = pgpass_path()
    if not path.exists():
        return None
    server = _server(url)
    for line in path.read_text("utf-8").splitlines():
        fields = _fields(line)
        if len(fields) == 5 and all(f in ("*", w) for f, w in zip(fields[:4], server, strict=True)):
            return path
    return None
