"""A desk's private badge keys on disk: written whole or not at all, read only when private.

    write_private_key(path, key)      # temp file 0600, fsync, rename, fsync the folder
    key = read_private_key(path)      # None when missing or damaged (set aside, with a warning)

A key file is written to a temporary name, synced and renamed, so a power cut leaves either
no file or a whole one. A file that cannot be read as a key (empty, truncated, another kind of
key) is renamed ``*.damaged.pem`` and logged: the desk makes a new key and goes on printing;
badges signed with the old one still verify at the doors (its public half is in the database).
A key file that other local accounts can read is refused: whoever read it can sign badges.
"""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from frontdesk.errors import ConfigError
from frontdesk.store.models import utc_now

log = logging.getLogger(__name__)


def write_private_key(path: Path, key: Ed25519PrivateKey) -> None:
    pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(pem)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    _sync_folder(path.parent)


def read_private_key(path: Path) -> Ed25519PrivateKey | None:
    """The key in ``path``; None when there is none or it is damaged (then set aside).
    Raises :class:`ConfigError` when others can read the file."""
    try:
        info = path.stat()
    except FileNotFoundError:
        return None
    if info.st_mode & 0o077:
        raise ConfigError(
            f"the badge signing key {path} can be read by other accounts on this computer "
            f"(mode {stat.filemode(info.st_mode)}); anyone who copied it can sign badges. "
            f"Make it private (chmod 600 {path}) or retire the key and remove the file"
        )
    data = path.read_bytes()
    try:
        private = serialization.load_pem_private_key(data, password=None)
    except (ValueError, TypeError) as error:
        _set_aside(path, f"cannot be read as a key ({error})" if data else "is empty")
        return None
    if not isinstance(private, Ed25519PrivateKey):
        _set_aside(path, "holds another kind of key")
        return None
    return private


def _set_aside(path: Path, why: str) -> None:
    aside = path.with_name(f"{path.stem}.{utc_now():%Y%m%dT%H%M%S}.damaged.pem")
    os.replace(path, aside)
    log.warning("badge signing key %s %s; set aside as %s; a new key is made", path, why, aside)


def _sync_folder(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:  # some systems cannot open a folder; the rename is still atomic
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
