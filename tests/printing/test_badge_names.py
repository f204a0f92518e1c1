"""Names fitted to the badge (issue 16): wrapped before shrunk, never cut with an ellipsis,
bold in every script, Japanese kanji in Japanese shapes, and a name that stacks marks kept
inside its own box. The long names are CLDR's "foreignFull" sample (tests/corpus/SOURCES.md)."""

from __future__ import annotations

import dataclasses
import io

import pypdf
import pypdfium2
import pytest
import zxingcpp
from PIL import ImageChops

from frontdesk.printing.badge_layouts import LAYOUTS, layout_named
from frontdesk.printing.badge_names import MIN_NAME_SIZE, NameRoom, fit_names
from frontdesk.printing.badge_pdf import render_badges
from frontdesk.printing.specimens import specimen_faces
from tests.pdf_reading import pdf_text, qr_codes
from tests.printing.test_scripts import embedded_fonts

LONG = (
    "Ada Cornelia GONZALEZ DOMINGO VON BRUHL",
    "Ada Cornelia César Martín von Brühl González Domingo",
)


def _photo() -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (300, 400), (200, 200, 210)).save(buffer, "JPEG")
    return buffer.getvalue()


TEMPLATE = specimen_faces(1)[0]  # one token for every badge here: only the names differ


def _face(display: str, native: str | None, **changes):
    return dataclasses.replace(TEMPLATE, display_name=display, native_name=native, **changes)


@pytest.mark.parametrize("key", list(LAYOUTS))
def test_a_long_name_is_wrapped_not_cut_on_every_layout(key):
    faces = [_face(*LONG), _face(*LONG, photo=_photo())]
    pdf = render_badges(faces, layout_named(key))
    text = " ".join(pdf_text(pdf).split())
    assert "…" not in text
    for word in (*LONG[0].split(), *LONG[1].split()):
        assert word in text, (key, word)
    assert all(page.count(faces[0].token) for page in qr_codes(pdf)[:1])


def test_wrapping_comes_before_shrinking():
    """Brother 62 mm: the long name on two lines at a readable size, where it used to be one
    line at about 7 pt (or cut with "…" beside a photo on a 4 x 3 badge)."""
    room = NameRoom(left=10, right=166, top=200, bottom=90, narrow_below=0, narrow_right=166)
    block = fit_names(*LONG, room, 23.0)
    assert not block.clipped
    sizes = [line.runs[0].size for line, _x, _y in block.lines]
    assert len(block.lines) == 4 and min(sizes) > 9.5
    assert all(line.width <= room.right - room.left + 0.01 for line, _x, _y in block.lines)
    lowest = min(y for _line, _x, y in block.lines)
    assert lowest - min(sizes) * 0.25 >= room.bottom  # above the dates
    short = fit_names("Taro YAMADA", "山田太郎", room, 23.0, language="ja")
    assert len(short.lines) == 2 and short.lines[0][0].runs[0].size == 23.0


def test_a_name_too_long_for_any_size_is_clipped_at_the_minimum_not_cut():
    room = NameRoom(left=0, right=60, top=40, bottom=0, narrow_below=0, narrow_right=60)
    block = fit_names("Wolfeschlegelsteinhausenbergerdorff " * 3, None, room, 20.0)
    assert block.clipped and all(line.runs[0].size == MIN_NAME_SIZE for line, _x, _y in block.lines)


def _pixels(pdf: bytes, page: int = 0):
    document = pypdfium2.PdfDocument(pdf)
    try:
        return document[page].render(scale=2).to_pil().convert("L")
    finally:
        document.close()


def test_stacked_marks_cannot_cover_the_dates_destination_or_qr():
    """A name of 150 combining marks drew over the whole badge; now it stays in its box:
    every pixel it changes is above the dates and clear of the QR code, which still scans."""
    for key in ("badge-4x3", "brother-62", "cr80", "dymo-30857"):
        plain = _face("Zalgo TEST", "Z")
        marks = _face("Zalgo TEST", "Z" + "\u0301\u0323\u0336" * 50)  # 150 marks
        layout = layout_named(key)
        a, b = _pixels(render_badges([plain], layout)), _pixels(render_badges([marks], layout))
        changed = ImageChops.difference(a, b).getbbox()
        assert changed is not None, key  # the marks are drawn...
        (qr,) = zxingcpp.read_barcodes(b, formats=zxingcpp.BarcodeFormat.QRCode)
        qr_left = min(qr.position.top_left.x, qr.position.bottom_left.x)
        qr_top = min(qr.position.top_left.y, qr.position.top_right.y)
        _left, top, right, bottom = changed
        portrait = a.height > a.width
        assert top > min(a.width, a.height) * 0.17, key  # the band and its number stay clear
        assert bottom < (qr_top if portrait else a.height * 0.78), key  # ...above the dates
        assert portrait or right < qr_left or bottom < qr_top, key  # ...and beside the QR
        assert qr.text == plain.token


def _content(pdf: bytes) -> bytes:
    page = pypdf.PdfReader(io.BytesIO(pdf)).pages[0]
    return page.get_contents().get_data()


def test_cjk_names_print_bold_and_japanese_in_japanese_shapes():
    chinese = render_badges([_face("Anyi ZHANG", "张安怡", language="zh")], layout_named("cr80"))
    japanese = render_badges(
        [_face("Taro YAMADA", "山田太郎", language="ja")], layout_named("cr80")
    )
    assert b"2 Tr" in _content(chinese)  # WenQuanYi has no bold: filled and stroked
    fonts = " ".join(embedded_fonts(japanese))
    assert "BIZUDPGothic-Bold" in fonts and "microhei" not in fonts.lower()
    assert "microhei" in " ".join(embedded_fonts(chinese)).lower()
    assert "山田太郎" in pdf_text(japanese) and "张安怡" in pdf_text(chinese)
