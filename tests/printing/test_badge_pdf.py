"""Badge PDFs: every layout at its stock size, QR codes that scan back to the token, names in
every script, nothing a door does not need, and clear refusals."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from frontdesk.badge_token import HolderType
from frontdesk.errors import InputError
from frontdesk.printing.badge_layouts import LAYOUTS, layout_named
from frontdesk.printing.badge_pdf import BadgeFace, Cancelled, render_badges, validity_text
from frontdesk.printing.fonts import FontBook, UncoveredText
from frontdesk.printing.specimens import HOLDERS, specimen_faces
from tests.pdf_reading import page_sizes, pdf_text, qr_codes


def _photo() -> bytes:
    image = Image.new("RGB", (300, 400), (200, 210, 230))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG")
    return buffer.getvalue()


@pytest.mark.parametrize("key", sorted(LAYOUTS))
def test_each_layout_prints_at_stock_size_and_scans(key):
    layout = LAYOUTS[key]
    faces = specimen_faces(photo=_photo())
    pdf = render_badges(faces, layout)

    per_page = len(layout.slots)
    sizes = page_sizes(pdf)
    assert len(sizes) == -(-len(faces) // per_page)
    for width, height in sizes:  # the stock's exact size, in points
        assert width == pytest.approx(layout.page[0], abs=0.01)
        assert height == pytest.approx(layout.page[1], abs=0.01)
    decoded = [token for page in qr_codes(pdf) for token in page]
    assert sorted(decoded) == sorted(face.token for face in faces)

    text = " ".join(pdf_text(pdf).split())  # a long name may wrap onto two lines
    for face in faces:
        assert face.display_name in text
        assert face.number in text
    for word in ("PATIENT", "COMPANION", "INTERPRETER", "VISITOR", "Valid 30 Nov 2026"):
        assert word in text
    for native in ("王小明", "김민준", "Дмитрий Иванов", "Γεώργιος Παπαδόπουλος", "Nguyễn Thị"):
        assert native in text


def test_badge_face_has_no_field_for_what_a_door_must_not_see():
    fields = set(BadgeFace.__dataclass_fields__)
    for forbidden in ("mrn", "date_of_birth", "passport_no", "nationality", "phone", "diagnosis"):
        assert forbidden not in fields


def test_arabic_and_hebrew_are_shaped_and_right_to_left():
    from frontdesk.printing.text_runs import lay_out

    line = lay_out("محمد القحطاني", 20, bold=True)
    (run,) = line.runs
    shaped = str(run.text)
    # HarfBuzz chose joined forms (initial, medial, final), not the isolated letters typed.
    assert shaped != "محمد القحطاني" and any(0xFE70 <= ord(c) <= 0xFEFF for c in shaped)
    assert line.rtl

    hebrew = lay_out("נועה לוי", 20)
    assert hebrew.rtl and len(hebrew.runs) == 1
    # Right to left: the first word typed (נועה) is drawn last, at the right.
    assert str(hebrew.runs[0].text).endswith("העונ")

    mixed = lay_out("Ahmed (أحمد) Ali", 20)
    fonts = [run.font for run in mixed.runs]
    assert fonts == ["FD-Latin", "FD-Arabic", "FD-Latin"]

    rtl_paragraph = lay_out("עברית abc", 20)
    assert str(rtl_paragraph.runs[0].text) == "abc"  # the Latin word sits at the left


def test_a_name_no_font_covers_is_refused_not_printed_as_boxes():
    face = specimen_faces(1)[0]
    cuneiform = BadgeFace(**{**_fields(face), "native_name": "𒀀𒀁"})
    with pytest.raises(UncoveredText) as error:
        render_badges([cuneiform], layout_named("cr80"))
    assert "U+12000" in str(error.value) and "native-script name" in str(error.value)

    book = FontBook(dirs=[])  # a machine without any of our fonts
    with pytest.raises(UncoveredText) as error:
        book.check("محمد", "display name")
    assert "U+0645 ARABIC LETTER MEEM" in str(error.value)


def test_unknown_layout_bad_photo_and_empty_batch_are_clear_errors():
    with pytest.raises(InputError) as error:
        layout_named("a5")
    assert "cr80" in str(error.value)
    face = specimen_faces(1)[0]
    with pytest.raises(InputError) as error:
        render_badges([BadgeFace(**{**_fields(face), "photo": b"not a picture"})], LAYOUTS["cr80"])
    assert error.value.where == "photo"
    with pytest.raises(InputError):
        render_badges([], LAYOUTS["cr80"])


def test_cancelling_a_batch_stops_it():
    seen = []

    def progress(done):
        seen.append(done)
        return done < 3

    with pytest.raises(Cancelled):
        render_badges(specimen_faces(20), LAYOUTS["sheet-a4"], progress=progress)
    assert seen == [1, 2, 3]


def test_validity_in_words():
    faces = specimen_faces()
    assert validity_text(faces[0].valid_from, faces[0].valid_until) == (
        "Valid 30 Nov 2026 until 19:00"
    )
    assert validity_text(faces[1].valid_from, faces[1].valid_until) == "Valid 30 Nov – 03 Dec 2026"


def test_specimens_cover_every_script_the_issue_names():
    scripts = {"ARABIC", "HEBREW", "CJK", "HANGUL", "CYRILLIC", "GREEK", "THAI", "DEVANAGARI"}
    import unicodedata

    seen = {
        unicodedata.name(c).split()[0]
        for _h, _n, native, _d in HOLDERS
        for c in native or ""
        if c.isalpha()
    }
    assert scripts <= seen
    assert any(h == HolderType.VISITOR for h, *_ in HOLDERS)


def _fields(face: BadgeFace) -> dict:
    return {name: getattr(face, name) for name in BadgeFace.__dataclass_fields__}
