"""Badge tokens: round trip, every refusal reason, and nothing a door is fed makes it raise."""

from __future__ import annotations

import base64
import datetime as dt
import random
import struct

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from frontdesk.badge_token import (
    TOKEN_LENGTH,
    BadgeClaims,
    HolderType,
    Reason,
    sign,
    verify,
)

OURS = Ed25519PrivateKey.generate()
THEIRS = Ed25519PrivateKey.generate()  # another office's key
START = dt.datetime(2026, 11, 30, 13, 0, tzinfo=dt.UTC)
END = START + dt.timedelta(hours=10)
NOON = START + dt.timedelta(hours=2)


def keys(key_id):
    return OURS.public_key() if key_id == 1 else None


def fine(badge_id):
    return None


def token(badge_id=42, holder=HolderType.PATIENT, key=OURS, key_id=1, start=START, end=END):
    return sign(BadgeClaims(key_id, badge_id, holder, start, end), key)


def check(payload, at=NOON, state=fine):
    return verify(payload, at, keys, state)


def test_round_trip_every_holder_type():
    for n, holder in enumerate(HolderType):
        text = token(badge_id=1000 + n, holder=holder)
        assert len(text) == TOKEN_LENGTH and text.isupper() and text.isalnum()
        verdict = check(text)
        assert verdict.valid and verdict.reason is None
        assert (verdict.badge_id, verdict.holder) == (1000 + n, holder)
        assert (verdict.valid_from, verdict.valid_until) == (START, END)


def test_a_scanner_newline_and_lower_case_are_accepted():
    assert check(token() + "\r\n").valid
    assert check(token().lower()).valid


def _raw_token(version=1, key=OURS, key_id=1):
    body = struct.pack(
        ">BHIBII", version, key_id, 42, 0, int(START.timestamp()), int(END.timestamp())
    )
    return base64.b32encode(body + key.sign(body)).decode().rstrip("=")


@pytest.mark.parametrize(
    ("payload", "at", "state", "reason"),
    [
        ("", NOON, fine, Reason.MALFORMED),
        ("NOT A TOKEN", NOON, fine, Reason.MALFORMED),
        ("A" * 2_000_000, NOON, fine, Reason.MALFORMED),
        (b"\x00\xff\xfe binary", NOON, fine, Reason.MALFORMED),
        ("ÄÖÜ" * 40, NOON, fine, Reason.MALFORMED),
        (None, NOON, fine, Reason.MALFORMED),
        (12345, NOON, fine, Reason.MALFORMED),
        ("AE" * 20, NOON, fine, Reason.MALFORMED),
        (_raw_token(version=2), NOON, fine, Reason.WRONG_VERSION),
        (_raw_token(key_id=7), NOON, fine, Reason.UNKNOWN_KEY),
        (_raw_token(key=THEIRS), NOON, fine, Reason.BAD_SIGNATURE),
        (_raw_token(), START - dt.timedelta(minutes=1), fine, Reason.NOT_YET_VALID),
        (_raw_token(), END, fine, Reason.EXPIRED),
        (_raw_token(), NOON, lambda b: "revoked", Reason.REVOKED),
        (_raw_token(), NOON, lambda b: "superseded", Reason.SUPERSEDED),
    ],
)
def test_each_refusal_reason(payload, at, state, reason):
    verdict = check(payload, at, state)
    assert not verdict.valid
    assert verdict.reason == reason


def test_ten_thousand_byte_mutations_are_all_refused_and_none_raises():
    rng = random.Random(20261130)
    originals = [token(badge_id=i) for i in range(50)]
    refused = 0
    for n in range(10_000):
        raw = bytearray(base64.b32decode(originals[n % 50]))
        for _ in range(rng.randint(1, 4)):
            position = rng.randrange(len(raw))
            raw[position] ^= rng.randrange(1, 256)
        mutated = base64.b32encode(bytes(raw)).decode().rstrip("=")
        verdict = check(mutated)
        refused += not verdict.valid
    assert refused == 10_000


def test_two_hundred_generated_bad_payloads_and_five_hundred_good_ones():
    rng = random.Random(5)
    bad = [
        "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") for _ in range(rng.randint(0, 200)))
        for _ in range(160)
    ]
    good = token()
    bad += [good[:k] for k in range(1, 128, 3)]  # truncated
    bad += [good + "A" * k for k in (1, 8, 100)]  # overlong
    bad += [good[:60] + "\x07" + good[61:], good.replace("A", "Ä", 1), "\u202e" + good]
    assert len(bad) >= 200
    assert not any(check(p).valid for p in bad)
    assert all(check(token(badge_id=i)).valid for i in range(500))
