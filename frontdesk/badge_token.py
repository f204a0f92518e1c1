"""The token in a badge's QR code: signed, compact, nothing personal, and checked offline.

    >>> import datetime as dt
    >>> from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    >>> key = Ed25519PrivateKey.generate()
    >>> start = dt.datetime(2026, 11, 30, 12, tzinfo=dt.UTC)
    >>> claims = BadgeClaims(key_id=1, badge_id=42, holder=HolderType.COMPANION,
    ...                      valid_from=start, valid_until=start + dt.timedelta(hours=8))
    >>> token = sign(claims, key)
    >>> len(token), token.isalnum() and token.isupper()
    (128, True)
    >>> result = verify(token, start, lambda kid: key.public_key(), lambda badge_id: None)
    >>> result.valid, result.badge_id, result.holder.value
    (True, 42, 'companion')
    >>> forged = token[:100] + ("B" if token[100] == "A" else "A") + token[101:]
    >>> verify(forged, start, lambda kid: key.public_key(), lambda b: None).reason.value
    'bad_signature'

Layout (version 1), 80 bytes: version (1), key id (2), badge id (4), holder type (1), valid from
and valid until (4 each, Unix seconds), then the Ed25519 signature (64) of those 16 bytes. It is
written in RFC 4648 base32 without padding: upper-case A-Z and 2-7 only, so it is a QR code's
alphanumeric mode and survives a keyboard-wedge scanner on any keyboard layout. The badge id
points at the badge record; the name, the destination and the patient stay in the database.

:func:`verify` decides what a door decides and never raises, whatever it is given.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import struct
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

VERSION = 1
_CLAIMS = struct.Struct(">BHIBII")
_SIGNATURE_SIZE = 64
RAW_SIZE = _CLAIMS.size + _SIGNATURE_SIZE  # 80
TOKEN_LENGTH = RAW_SIZE * 8 // 5  # 128 characters, no padding needed
MAX_INPUT = 4096  # anything longer is refused before it is looked at


class HolderType(StrEnum):
    PATIENT = "patient"
    COMPANION = "companion"
    INTERPRETER = "interpreter"
    VISITOR = "visitor"


_HOLDER_CODES = {h: i for i, h in enumerate(HolderType)}
_HOLDERS = dict(enumerate(HolderType))


class Reason(StrEnum):
    MALFORMED = "malformed"
    UNKNOWN_KEY = "unknown_key"
    BAD_SIGNATURE = "bad_signature"
    NOT_YET_VALID = "not_yet_valid"
    EXPIRED = "expired"
    REVOKED = "revoked"
    SUPERSEDED = "superseded"
    WRONG_VERSION = "wrong_version"
    NOT_AS_ISSUED = "not_as_issued"  # well signed, but not the badge the record says was issued
    NOT_IN_COPY = "not_in_copy"  # a door: not in its copy, and the copy too old to vouch for it


@dataclass(frozen=True, slots=True)
class BadgeClaims:
    key_id: int
    badge_id: int
    holder: HolderType
    valid_from: dt.datetime
    valid_until: dt.datetime


@dataclass(frozen=True, slots=True)
class Verdict:
    valid: bool
    reason: Reason | None
    badge_id: int | None = None
    holder: HolderType | None = None
    valid_from: dt.datetime | None = None
    valid_until: dt.datetime | None = None
    key_id: int | None = None


def as_issued(
    verdict: Verdict,
    key_id: int,
    holder: str | None,
    valid_from: dt.datetime | None,
    valid_until: dt.datetime | None,
) -> Verdict:
    """The verdict, refused as :attr:`Reason.NOT_AS_ISSUED` when the token's key, holder or
    validity differ from the badge record's. Any registered key makes a good signature; only
    the record says which key signed *this* badge, for whom and until when (a second desk's
    key re-signing a patient's badge as a visitor's badge valid for a month is caught here).

    >>> import datetime as dt
    >>> start = dt.datetime(2026, 11, 30, 12, tzinfo=dt.UTC)
    >>> v = Verdict(True, None, 42, HolderType.PATIENT, start, start + dt.timedelta(hours=8), 1)
    >>> as_issued(v, 1, "patient", start, start + dt.timedelta(hours=8)).valid
    True
    >>> as_issued(v, 2, "patient", start, start + dt.timedelta(hours=8)).reason.value
    'not_as_issued'
    """
    if verdict.badge_id is None or verdict.reason in (Reason.MALFORMED, Reason.UNKNOWN_KEY):
        return verdict
    if verdict.reason in (Reason.BAD_SIGNATURE, Reason.WRONG_VERSION):
        return verdict
    same = (
        verdict.key_id == key_id
        and verdict.holder is not None
        and verdict.holder.value == holder
        and _same_second(verdict.valid_from, valid_from)
        and _same_second(verdict.valid_until, valid_until)
    )
    if same:
        return verdict
    return Verdict(
        False,
        Reason.NOT_AS_ISSUED,
        verdict.badge_id,
        verdict.holder,
        verdict.valid_from,
        verdict.valid_until,
        verdict.key_id,
    )


def _same_second(a: dt.datetime | None, b: dt.datetime | None) -> bool:
    return a is not None and b is not None and _seconds(a) == _seconds(b)


def _seconds(instant: dt.datetime) -> int:
    if instant.tzinfo is None:
        raise ValueError("badge validity needs aware datetimes")
    return int(instant.timestamp())


def sign(claims: BadgeClaims, key: Ed25519PrivateKey) -> str:
    body = _CLAIMS.pack(
        VERSION,
        claims.key_id,
        claims.badge_id,
        _HOLDER_CODES[HolderType(claims.holder)],
        _seconds(claims.valid_from),
        _seconds(claims.valid_until),
    )
    raw = body + key.sign(body)
    return base64.b32encode(raw).decode("ascii").rstrip("=")


def verify(
    payload: object,
    at: dt.datetime,
    public_key: Callable[[int], Ed25519PublicKey | None],
    badge_state: Callable[[int], str | None],
) -> Verdict:
    """Valid, or refused with one reason. ``public_key(key_id)`` gives a trusted key or None;
    ``badge_state(badge_id)`` gives "revoked", "superseded" or None (fine, or not known)."""
    try:
        return _verify(payload, at, public_key, badge_state)
    except Exception:  # a door must answer whatever it is fed: anything odd is malformed
        return Verdict(False, Reason.MALFORMED)


def _verify(payload, at, public_key, badge_state) -> Verdict:
    raw = _decode(payload)
    if raw is None:
        return Verdict(False, Reason.MALFORMED)
    if raw[0] != VERSION:
        # A token of another version still carries a signature; shorter junk is just junk.
        # A later version numbers itself after this one; a first byte of 0 or far beyond is
        # junk that happens to be base32 (128 such characters are not a badge at all).
        plausible = len(raw) >= _SIGNATURE_SIZE + 8 and VERSION < raw[0] <= VERSION + 15
        return Verdict(False, Reason.WRONG_VERSION if plausible else Reason.MALFORMED)
    if len(raw) != RAW_SIZE:
        return Verdict(False, Reason.MALFORMED)
    body, signature = raw[: _CLAIMS.size], raw[_CLAIMS.size :]
    _, key_id, badge_id, holder_code, start, end = _CLAIMS.unpack(body)
    key = public_key(key_id)
    if key is None:
        return Verdict(False, Reason.UNKNOWN_KEY)
    try:
        key.verify(signature, body)
    except InvalidSignature:
        return Verdict(False, Reason.BAD_SIGNATURE)
    holder = _HOLDERS.get(holder_code)
    if holder is None or end <= start:
        return Verdict(False, Reason.MALFORMED)  # signed, yet not what we sign: refuse
    valid_from = dt.datetime.fromtimestamp(start, dt.UTC)
    valid_until = dt.datetime.fromtimestamp(end, dt.UTC)
    found = dict(
        badge_id=badge_id,
        holder=holder,
        valid_from=valid_from,
        valid_until=valid_until,
        key_id=key_id,
    )
    now = _seconds(at)
    if now < start:
        return Verdict(False, Reason.NOT_YET_VALID, **found)
    if now >= end:
        return Verdict(False, Reason.EXPIRED, **found)
    state = badge_state(badge_id)
    if state == "revoked":
        return Verdict(False, Reason.REVOKED, **found)
    if state == "superseded":
        return Verdict(False, Reason.SUPERSEDED, **found)
    return Verdict(True, None, **found)


def _decode(payload) -> bytes | None:
    if isinstance(payload, bytes | bytearray):
        if len(payload) > MAX_INPUT:
            return None
        try:
            payload = bytes(payload).decode("ascii")
        except UnicodeDecodeError:
            return None
    if not isinstance(payload, str) or len(payload) > MAX_INPUT:
        return None
    text = payload.strip().upper()  # scanners add a newline; some layouts send lower case
    if not text or not text.isascii() or not text.isalnum():
        return None
    padding = "=" * (-len(text) % 8)
    try:
        raw = base64.b32decode(text + padding)
    except (binascii.Error, ValueError):
        return None
    return raw or None
