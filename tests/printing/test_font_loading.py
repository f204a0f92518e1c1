"""The font book parses a font file with ReportLab only when one of its characters is printed:
which face has a character comes from the file's character map (HarfBuzz), so a Chinese name
does not parse every face before CJK, and a batch without Thai never loads the Thai face."""

from __future__ import annotations

from frontdesk.printing.fonts import FACES, FontBook, font_book
from frontdesk.printing.text_flow import _synthetic_bold


def parsed(book: FontBook) -> set[str]:
    return {name for name, font in book._registered.items() if font is not None}


def test_a_chinese_name_parses_only_the_cjk_face():
    book = FontBook()
    assert book.font_for("张") == "FD-CJK"
    assert parsed(book) == {"FD-CJK"}  # not Latin, Arabic, Hebrew... on the way to CJK
    assert book.missing("张伟 Zhang") == []
    assert parsed(book) == {"FD-CJK", "FD-Latin"}


def test_the_face_chosen_is_the_first_whose_font_has_the_character():
    book, everything = FontBook(), FontBook()
    for face in FACES:  # the old way: every face parsed, in order
        everything._font(face, False)
    for text in ("Nguyễn", "محمد", "כהן", "สมชาย", "राम", "ሰላም", "김민준", "张伟", "Ωμέγα"):
        for char in text:
            assert book.font_for(char) == everything.font_for(char), char


def test_a_bold_that_is_the_regular_file_again_is_known_without_loading_the_regular():
    # WenQuanYi Micro Hei has no bold: CJK bold is drawn with an outline.
    assert font_book().synthetic_bold("FD-CJK-Bold")
    assert not font_book().synthetic_bold("FD-Latin-Bold")
    assert not font_book().synthetic_bold("FD-Latin")
    assert not _synthetic_bold("Helvetica-Bold")
