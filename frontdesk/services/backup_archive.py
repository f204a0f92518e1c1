"""The backup file: one tar archive holding the database, this station's badge keys, a manifest.

    write_archive(target, manifest, database_file, keys)   # 0600, fsynced, then renamed
    manifest = read_manifest(target)                       # {"schema_version": 3, ...}
    extract_database(target, manifest, into)               # checked against its SHA-256

Inside: ``manifest.json`` (format, program and schema versions, engine, when, the row counts
and the database member's SHA-256), ``database.sqlite3`` (a SQLite file) or ``database.pgdump``
(pg_dump's custom format), and ``keys/badge-signing-N.pem`` (the private keys this station
signs badges with: without them a restored desk cannot reprint its badges). An ordinary tar:
``tar tvf`` lists it, and nothing in it is compressed, so writing it costs one file copy.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import tarfile
from pathlib import Path

from frontdesk.errors import ConfigError, InputError

FORMAT = 1
MANIFEST = "manifest.json"
KEYS_DIR = "keys"
CHUNK = 1 << 20


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while block := handle.read(CHUNK):
            digest.update(block)
    return digest.hexdigest()


def _private_open(path: Path):
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.fchmod(fd, 0o600)
    return os.fdopen(fd, "wb")


def write_archive(target: Path, manifest: dict, database: Path, keys: list[Path]) -> None:
    """Write the archive under a temporary name, sync it, and rename it into place."""
    partial = target.with_name(target.name + ".partial")
    try:
        with _private_open(partial) as handle:
            with tarfile.open(fileobj=handle, mode="w", format=tarfile.PAX_FORMAT) as tar:
                data = json.dumps(manifest, indent=1, sort_keys=True).encode()
                info = tarfile.TarInfo(MANIFEST)
                info.size, info.mode = len(data), 0o600
                tar.addfile(info, io.BytesIO(data))
                tar.add(database, arcname=manifest["database"], recursive=False)
                for key in keys:
                    tar.add(key, arcname=f"{KEYS_DIR}/{key.name}", recursive=False)
            handle.flush()
            os.fsync(handle.fileno())
        partial.replace(target)
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise ConfigError(f"cannot write {target}: {error.strerror or error}") from None


def _open(path: Path) -> tarfile.TarFile:
    try:
        return tarfile.open(path, mode="r:")
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except (tarfile.TarError, OSError) as error:
        raise InputError(f"{path} is not a Frontdesk backup ({error})") from None


def read_manifest(path: Path) -> dict:
    with _open(path) as tar:
        try:
            member = tar.extractfile(MANIFEST)
            manifest = json.loads(member.read()) if member else None
        except (KeyError, ValueError):
            manifest = None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise InputError(f"{path} is not a Frontdesk backup (no manifest of format {FORMAT})")
    return manifest


def extract_database(path: Path, manifest: dict, into: Path) -> None:
    """The database member, written to ``into`` (0600), checked against the manifest."""
    with _open(path) as tar, _private_open(into) as out:
        source = tar.extractfile(manifest["database"])
        if source is None:
            raise InputError(f"{path}: the backup has no {manifest['database']}")
        digest = hashlib.sha256()
        while block := source.read(CHUNK):
            digest.update(block)
            out.write(block)
    if digest.hexdigest() != manifest["database_sha256"]:
        into.unlink(missing_ok=True)
        raise InputError(f"{path}: the database in the backup is damaged (checksum differs)")


def verify_archive(path: Path) -> dict:
    """Read the written archive back: its manifest, and its database member's checksum."""
    manifest = read_manifest(path)
    with _open(path) as tar:
        source = tar.extractfile(manifest["database"])
        digest = hashlib.sha256()
        while source is not None and (block := source.read(CHUNK)):
            digest.update(block)
    if digest.hexdigest() != manifest["database_sha256"]:
        raise ConfigError(f"{path}: read back, the database differs from what was written")
    return manifest


def key_files(path: Path) -> dict[str, bytes]:
    """The badge signing keys in the archive, by file name."""
    with _open(path) as tar:
        found = {}
        for member in tar.getmembers():
            name = Path(member.name)
            if member.isfile() and name.parent.as_posix() == KEYS_DIR and name.suffix == ".pem":
                handle = tar.extractfile(member)
                if handle is not None:
                    found[name.name] = handle.read()
        return found
