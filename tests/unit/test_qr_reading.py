"""The door camera's reader: a printed badge in a noisy frame is read; a frame without one is
not; the scanner-input rules (speed, terminator) are exercised in tests/ui/test_door_window.py."""

from __future__ import annotations

import datetime as dt
import random

import pypdfium2
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from PIL import Image, ImageFilter

from frontdesk.badge_token import BadgeClaims, HolderType, sign
from frontdesk.printing.badge_layouts import layout_named
from frontdesk.printing.badge_pdf import BadgeFace, render_badges
from frontdesk.qr_reading import read_frame


def _card(token: str) -> Image.Image:
    now = dt.datetime(2026, 11, 30, 12, tzinfo=dt.UTC)
    face = BadgeFace(HolderType.VISITOR, "Noa LEVI", "נועה לוי", now, now, None, "B-7", token)
    document = pypdfium2.PdfDocument(render_badges([face], layout_named("cr80")))
    try:
        return document[0].render(scale=120 / 72).to_pil().convert("L")
    finally:
        document.close()


def test_a_badge_in_a_camera_frame_is_read_and_an_empty_frame_is_not():
    start = dt.datetime(2026, 11, 30, 8, tzinfo=dt.UTC)
    token = sign(
        BadgeClaims(3, 77, HolderType.VISITOR, start, start + dt.timedelta(hours=9)),
        Ed25519PrivateKey.generate(),
    )
    card = _card(token)
    rng = random.Random(3)
    read = 0
    for _ in range(10):
        frame = Image.effect_noise((640, 480), 12).point(lambda v: v * 0.5 + 60)
        frame.paste(
            card.rotate(rng.uniform(-10, 10), fillcolor=90),
            (rng.randrange(0, 640 - card.width), rng.randrange(0, 480 - card.height)),
        )
        frame = frame.filter(ImageFilter.GaussianBlur(0.5))
        texts = read_frame(frame.tobytes(), 640, 480)
        assert texts in ([], [token])  # never a wrong text
        read += texts == [token]
    assert read >= 8
    empty = Image.effect_noise((640, 480), 12)
    assert read_frame(empty.tobytes(), 640, 480) == []
    # A frame whose rows are padded (the stride of a camera's buffer) reads the same.
    padded = Image.new("L", (704, 480))
    padded.paste(Image.frombytes("L", (640, 480), frame.tobytes()), (0, 0))
    assert read_frame(padded.tobytes(), 640, 480, stride=704) in ([], [token])
