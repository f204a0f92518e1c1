"""Real names in the scripts the badges used to refuse or misspell, drawn by our pipeline and
compared with HarfBuzz itself. The names are CLDR's sample person names
(``tests/corpus/names/cldr-sample-names.tsv``, see ``tests/corpus/SOURCES.md``), not ours."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pypdf
import pytest
import uharfbuzz
from reportlab.pdfbase import pdfmetrics

from frontdesk.badge_token import HolderType
from frontdesk.printing.badge_layouts import LAYOUTS, layout_named
from frontdesk.printing.badge_pdf import BadgeFace, render_badges
from frontdesk.printing.fonts import font_book
from frontdesk.printing.specimens import specimen_faces
from frontdesk.printing.text_runs import lay_out
from tests.pdf_reading import qr_codes

CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "names" / "cldr-sample-names.tsv"


def corpus() -> list[tuple[str, str, str]]:
    with CORPUS.open(encoding="utf-8") as handle:
        rows = [r for r in csv.reader(handle, delimiter="\t") if r and not r[0].startswith("#")]
    return [(lang, given, surname) for lang, given, surname, _origin in rows]


NAMES = corpus()


def embedded_fonts(pdf: bytes) -> set[str]:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return {
        str(font.get_object()["/BaseFont"])
        for page in reader.pages
        for font in page["/Resources"]["/Font"].values()
    }


def glyphs_drawn(text: str, size: float = 20.0) -> list[tuple[str, list[int]]]:
    """(font file, glyph ids) of each run our layout draws, in drawing order."""
    runs = []
    for run in lay_out(text, size, bold=True).runs:
        font = pdfmetrics.getFont(run.font)
        runs.append((font.face.filename, [font.face.charToGlyph[ord(c)] for c in run.text]))
    return runs


def glyphs_harfbuzz(text: str, font_file: str) -> list[int]:
    """HarfBuzz's own shaping of ``text`` with ``font_file`` (the features our layout asks)."""
    blob = uharfbuzz.Blob.from_file_path(font_file)
    font = uharfbuzz.Font(uharfbuzz.Face(blob))
    buffer = uharfbuzz.Buffer()
    buffer.add_str(text)
    buffer.guess_segment_properties()
    uharfbuzz.shape(font, buffer, {"kern": True, "liga": True})
    return [info.codepoint for info in buffer.glyph_infos]


@pytest.mark.parametrize("lang,given,surname", NAMES, ids=[f"{r[0]}-{r[2]}" for r in NAMES])
def test_each_name_word_is_shaped_as_harfbuzz_shapes_it(lang, given, surname):
    for word in (w for w in (given.split()[0], surname) if w):
        assert not font_book().missing(word), (lang, word)
        ((font_file, ours),) = glyphs_drawn(word)
        assert ours == glyphs_harfbuzz(word, font_file), (lang, word)
        assert 0 not in ours, f"{word}: .notdef (a box) in {font_file}"


def test_tamil_bengali_amharic_khmer_names_get_a_badge_on_every_layout():
    """They were refused ("no installed font can print ...") though the Noto fonts are here."""
    chosen = [r for r in NAMES if r[0] in ("ta", "bn", "am", "km")]
    assert {r[0] for r in chosen} == {"ta", "bn", "am", "km"}
    template = specimen_faces(1)[0]
    faces = [
        BadgeFace(
            HolderType.PATIENT,
            "Test NAME",
            f"{given} {surname}",
            template.valid_from,
            template.valid_until,
            "Wang Building, floor 3",
            f"B-{i}",
            template.token,
        )
        for i, (_lang, given, surname) in enumerate(chosen)
    ]
    for key in LAYOUTS:
        pdf = render_badges(faces, layout_named(key))
        embedded = " ".join(embedded_fonts(pdf))
        for script in ("Tamil", "Bengali", "Ethiopic", "Khmer"):
            assert f"NotoSans{script}-Bold" in embedded, (key, script)
        codes = [code for page in qr_codes(pdf) for code in page]
        assert codes.count(template.token) == len(faces), key


def test_persian_zero_width_non_joiner_is_kept_through_shaping():
    """شجاعی‌پور (the example of the issue): the ZWNJ stops the joining of ی and پ, so ی takes
    its final form and پ its initial one; without it they join into one word."""
    with_zwnj, without = "شجاعی\u200cپور", "شجاعیپور"
    ((font_file, ours),) = glyphs_drawn(with_zwnj)
    assert ours == glyphs_harfbuzz(with_zwnj, font_file)
    assert ours != [g for _f, gs in glyphs_drawn(without) for g in gs]


@pytest.mark.parametrize(
    ("logical", "visual"),
    [
        ("כהן (Cohen) 2", "2 (Cohen) ןהכ"),  # the defect: it printed "Cohen) (2 כהן"
        ("Cohen (כהן) 2", "Cohen (ןהכ) 2"),
        ("דוד [David] 3", "3 [David] דוד"),
        ("א (ב) ג", "ג (ב) א"),
    ],
)
def test_brackets_in_a_mixed_name_pair_up_as_the_bidi_algorithm_says(logical, visual):
    """UAX #9 rule N0 (bracket pairs): the drawn order, left to right, is what python-bidi's
    Rust implementation (unicode-bidi) displays, its brackets mirrored where they run right to
    left."""
    from bidi import get_display

    line = lay_out(logical, 12)
    drawn = "".join(str(run.text) for run in line.runs)
    assert drawn == visual
    oracle = get_display(logical)
    assert [c for c in oracle if c not in "()[]"] == [c for c in drawn if c not in "()[]"]
