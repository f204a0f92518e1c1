"""Who runs a command, proven: a password (prompt or ``--password-stdin``) or a service token.

    actor = signed_in(args)      # None while the office has not switched sign-in on

Once the office has its first admin (``frontdesk staff add USER --admin``), every command that
changes data needs ``--staff USER`` and that person's password: typed at a prompt (never
echoed), or the first line of standard input with ``--password-stdin`` (scripts), or a service
account's API token in ``$FRONTDESK_TOKEN`` or a 0600 file named by ``--token-file``. A
password is never taken from the command line, where ``ps`` shows it.
"""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

from frontdesk.errors import FrontdeskError, InputError

TOKEN_ENV = "FRONTDESK_TOKEN"


def add_options(parser) -> None:
    parser.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the password from the first line of standard input (for scripts)",
    )
    parser.add_argument(
        "--token-file", metavar="FILE", help="a service account's API token (a 0600 file)"
    )


def read_secret(args, prompt: str) -> str:
    """The next secret: a line of standard input with --password-stdin, else a prompt."""
    if getattr(args, "password_stdin", False):
        lines = getattr(args, "stdin_lines", None)
        if lines is None:  # read once per command: one line per secret asked
            lines = args.stdin_lines = sys.stdin.read().splitlines()
        if not lines:
            raise InputError("--password-stdin: standard input has no (more) lines")
        return lines.pop(0)
    if sys.stdin.isatty():
        return getpass.getpass(prompt)
    raise InputError(
        "this office signs staff in: type the password at a prompt (a terminal), or give it "
        "with --password-stdin, or use a service token ($FRONTDESK_TOKEN or --token-file)"
    )


def _token(args) -> str | None:
    path = getattr(args, "token_file", None)
    if path:
        file = Path(path)
        try:
            if file.stat().st_mode & 0o077:
                raise InputError(f"{path} can be read by other accounts; chmod 600 it")
            return file.read_text("utf-8").strip()
        except OSError as error:
            raise InputError(
                f"cannot read {path}: {error.strerror}", where="--token-file"
            ) from None
    return os.environ.get(TOKEN_ENV) or None


def signed_in(args, staff_name: str | None, station_name: str):
    """The authenticated actor for this command, or None when the office has not switched
    sign-in on (nobody is asked; see services.roles)."""
    from frontdesk.services.accounts import sign_in, sign_in_with_token
    from frontdesk.services.roles import sign_in_required

    if not sign_in_required():
        return None
    token = _token(args)
    if token:
        return sign_in_with_token(token, station_name)
    if not staff_name:
        raise FrontdeskError(
            "this office signs staff in: name yourself with --staff USER (your password is "
            "asked), or run as a service account with a token"
        )
    password = read_secret(args, f"password for {staff_name}: ")
    return sign_in(staff_name, password, station_name, audit=False)
