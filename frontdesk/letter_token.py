"""The token in a visa letter's QR code: signed by a desk's badge key, checked offline.

    >>> import datetime as dt
    >>> from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    >>> key = Ed25519PrivateKey.generate()
    >>> claims = LetterClaims(key_id=3, letter_id=17, issued_on=dt.date(2026, 12, 6),
    ...                       valid_until=dt.date(2027, 1, 31), digest=bytes(range(11)))
    >>> token = sign(claims, key)
    >>> len(token), token.isalnum() and token.isupper()
    (144, True)
    >>> v = verify(token, dt.date(2026, 12, 7), lambda kid: key.public_key(), lambda i: None)
    >>> v.valid, v.letter_id, v.valid_until
    (True, 17, datetime.date(2027, 1, 31))
    >>> verify(token, dt.date(2027, 2, 1), lambda kid: key.public_key(), lambda i: None).reason
    <LetterReason.EXPIRED: 'expired'>

A new token type beside the badge's (:mod:`frontdesk.badge_token`), signed with the same
infrastructure (each desk's Ed25519 key, its public half in the database under a key id), and
told apart by its first byte: :data:`VERSION` is ``0x4C`` ("L") where a badge token has 1, so a
badge's QR shown as a letter is refused as *not a letter* and a letter's QR at a door is a
badge of the wrong version.

Layout (version 0x4C), 90 bytes: version (1), key id (2), letter id (4), issued on and valid
until (4 each: the Unix seconds of the day's midnight, UTC), the first 11 bytes of
the SHA-256 of the letter's content (its travellers, passport numbers, dates, purpose, estimate
and coordinator as the register keeps them), then the Ed25519 signature (64) of those 26 bytes.
Base32 without padding, 144 characters: a QR code's alphanumeric mode, as the badge's.

Offline, the signature proves that a desk holding the key issued letter N for these dates; the
register (``frontdesk verify-letter`` with the database) adds whether it was revoked and, by the
digest, that it says what the register says it said.
"""

from __future__ import annotations

import base64
import datetime as dt
import struct
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

# The same reading as a badge's QR text: base32, any case, a scanner's newline stripped, junk
# (too long, not ASCII, not base32) refused as None.
from frontdesk.badge_token import _decode

VERSION = 0x4C  # "L": a letter, version 1
DIGEST_SIZE = 11
_CLAIMS = struct.Struct(f">BHIII{DIGEST_SIZE}s")
_SIGNATURE_SIZE = 64
RAW_SIZE = _CLAIMS.size + _SIGNATURE_SIZE  # 90
TOKEN_LENGTH = RAW_SIZE * 8 // 5  # 144
_EPOCH = dt.date(1970, 1, 1)


class LetterReason(StrEnum):
    MALFORMED = "malformed"
    NOT_A_LETTER = "not_a_letter"  # a badge's token, or another version
    UNKNOWN_KEY = "unknown_key"
    BAD_SIGNATURE = "bad_signature"
    EXPIRED = "expired"
    REVOKED = "revoked"
    NOT_AS_ISSUED = "not_as_issued"  # signed, but the register holds another letter under it


@dataclass(frozen=True, slots=True)
class LetterClaims:
    key_id: int
    letter_id: int
    issued_on: dt.date
    valid_until: dt.date
    digest: bytes  # DIGEST_SIZE bytes


@dataclass(frozen=True, slots=True)
class LetterVerdict:
    valid: bool
    reason: LetterReason | None
    letter_id: int | None = None
    issued_on: dt.date | None = None
    valid_until: dt.date | None = None
    key_id: int | None = None
    digest: bytes | None = None


def sign(claims: LetterClaims, key: Ed25519PrivateKey) -> str:
    if len(claims.digest) != DIGEST_SIZE:
        raise ValueError(f"a letter token's digest is {DIGEST_SIZE} bytes")
    body = _CLAIMS.pack(
        VERSION,
        claims.key_id,
        claims.letter_id,
        _seconds(claims.issued_on),
        _seconds(claims.valid_until),
        claims.digest,
    )
    return base64.b32encode(body + key.sign(body)).decode("ascii").rstrip("=")


def verify(
    payload: object,
    on: dt.date,
    public_key: Callable[[int], Ed25519PublicKey | None],
    letter_state: Callable[[int], str | None],
) -> LetterVerdict:
    """Valid, or refused with one reason; never raises. ``letter_state(letter_id)`` gives
    "revoked" or None (fine, or not known: offline)."""
    try:
        return _verify(payload, on, public_key, letter_state)
    except Exception:  # whatever it is fed, an answer
        return LetterVerdict(False, LetterReason.MALFORMED)


def _verify(payload, on, public_key, letter_state) -> LetterVerdict:
    raw = _decode(payload)
    if raw is None:
        return LetterVerdict(False, LetterReason.MALFORMED)
    if raw[0] != VERSION:
        return LetterVerdict(False, LetterReason.NOT_A_LETTER)
    if len(raw) != RAW_SIZE:
        return LetterVerdict(False, LetterReason.MALFORMED)
    body, signature = raw[: _CLAIMS.size], raw[_CLAIMS.size :]
    _, key_id, letter_id, issued, until, digest = _CLAIMS.unpack(body)
    key = public_key(key_id)
    if key is None:
        return LetterVerdict(False, LetterReason.UNKNOWN_KEY, key_id=key_id)
    try:
        key.verify(signature, body)
    except InvalidSignature:
        return LetterVerdict(False, LetterReason.BAD_SIGNATURE, key_id=key_id)
    if until < issued or issued % 86400 or until % 86400:
        return LetterVerdict(False, LetterReason.MALFORMED)  # signed, yet not what we sign
    found = dict(
        letter_id=letter_id,
        issued_on=_day(issued),
        valid_until=_day(until),
        key_id=key_id,
        digest=digest,
    )
    if on > _day(until):
        return LetterVerdict(False, LetterReason.EXPIRED, **found)
    if letter_state(letter_id) == "revoked":
        return LetterVerdict(False, LetterReason.REVOKED, **found)
    return LetterVerdict(True, None, **found)


def _seconds(day: dt.date) -> int:
    return (day - _EPOCH).days * 86400


def _day(seconds: int) -> dt.date:
    return _EPOCH + dt.timedelta(days=seconds // 86400)
