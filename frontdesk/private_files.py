"""Files that hold patients' data are created private: folders 0700, files 0600.

    private_folder(data_dir)         # made 0700; a warning when found open to others
    ensure_private_file(db_path)     # made 0600 before SQLite opens it (its -wal follows)
    handler = PrivateRotatingFileHandler(path, maxBytes=..., backupCount=3)

Existing files are not changed behind the owner's back (an office may share a folder on
purpose); one that others can read is logged as a warning, once per path, naming it and its
mode. SQLite gives a new ``-wal``/``-shm`` the permissions of its database file, so a database
created here keeps its journal private too.
"""

from __future__ import annotations

import logging
import os
import stat
from logging.handlers import RotatingFileHandler
from pathlib import Path

log = logging.getLogger(__name__)

_warned: set[str] = set()


def others_can_read(path: Path) -> bool:
    try:
        return bool(path.stat().st_mode & 0o077)
    except OSError:
        return False


def warn_if_open(path: Path) -> bool:
    """Log (once) that ``path`` can be read or written by other accounts; True if so."""
    if not others_can_read(path):
        return False
    key = os.fspath(path)
    if key not in _warned:
        _warned.add(key)
        mode = stat.filemode(path.stat().st_mode)
        fix = "chmod 700" if path.is_dir() else "chmod 600"
        log.warning(
            "%s can be read by other accounts on this computer (%s): it holds patients' data; "
            "make it private (%s %s)",
            path,
            mode,
            fix,
            path,
        )
    return True


def private_folder(path: Path) -> Path:
    """The folder, created 0700 (with its parents) if missing; a warning if open to others."""
    if not path.is_dir():
        path.mkdir(parents=True, exist_ok=True, mode=0o700)
    else:
        warn_if_open(path)
    return path


def ensure_private_file(path: Path) -> None:
    """Create ``path`` empty and 0600 if it is not there; warn if it is and others can read
    it (and its SQLite journal files, if any)."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        for name in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            if name.exists():
                warn_if_open(name)
        return
    os.close(fd)


class PrivateRotatingFileHandler(RotatingFileHandler):
    """A rotating log whose every file (the first and each after a rollover) is 0600: the
    log names patients' record numbers and staff."""

    def _open(self):
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        warn_if_open(Path(self.baseFilename))  # one made by an earlier release
        return os.fdopen(fd, self.mode, encoding=self.encoding, errors=self.errors)
