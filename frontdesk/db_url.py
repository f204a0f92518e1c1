"""Database URLs as people see them: never with their password.

    redact("postgresql://ipc:secret@db/ipc")     # 'postgresql://ipc:***@db/ipc'
    refuse_password_in_argv("postgresql://ipc:secret@db/ipc")   # ConfigError: ps shows argv

A password belongs in ``~/.pgpass``, the station's password file (the window's Settings
write it, :mod:`frontdesk.store.pgpass`) or ``$FRONTDESK_DB`` (a process's environment is
readable by its owner only), never on a command line, where every account sees it in ``ps``.
"""

from __future__ import annotations

import re

from frontdesk.errors import ConfigError

_USERINFO = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*://[^:/@]*):.*@", re.DOTALL)


def redact(url: str) -> str:
    """The URL without its password, for messages and logs. Everything between the user name
    and the last ``@`` goes, so a password with an unencoded ``/``, ``#`` or ``@`` is hidden
    whole, never in part.

    >>> redact("postgresql://ipc:s3/cr#et@db.example:5432/ipc")
    'postgresql://ipc:***@db.example:5432/ipc'
    """
    return _USERINFO.sub(r"\1:***@", url)


def has_password(url: str) -> bool:
    return redact(url) != url


def refuse_password_in_argv(cli_value: str | None) -> None:
    if cli_value and has_password(cli_value):
        raise ConfigError(
            "a password in --db is visible to every account on this computer (ps); put it in "
            "~/.pgpass (host:port:database:user:password, chmod 600) or $FRONTDESK_DB, or "
            "enter it once in the window's Settings, and give --db without it",
            where="--db",
        )
