"""The letter's words: one gettext catalog a language, every message the page uses translated
with its placeholders; a language without a catalog prints the English letter alone."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from babel.messages.pofile import read_po

from frontdesk.printing import letter_pdf
from frontdesk.printing.letter_pdf import letter_languages, letter_words, render_letter
from frontdesk.resource_dirs import resource_dir
from tests.pdf_reading import page_sizes

LOCALE = resource_dir("locale")


def _ids(path: Path) -> set[str]:
    with path.open("rb") as handle:
        return {m.id for m in read_po(handle) if m.id}


def _messages_the_page_uses() -> set[str]:
    """Every string literal given to ``words(...)`` in letter_pdf.py, and the purposes."""
    tree = ast.parse(Path(letter_pdf.__file__).read_text(encoding="utf-8"))
    used = set(letter_pdf._PURPOSES.values())
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "words" and node.args:
            first = node.args[0]
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                used.add(first.value)
    return used


def test_the_template_holds_every_message_and_arabic_translates_each():
    template = _ids(LOCALE / "letter.pot")
    assert _messages_the_page_uses() <= template
    assert letter_languages() == ["en", "ar"]
    with (LOCALE / "ar" / "LC_MESSAGES" / "letter.po").open("rb") as handle:
        arabic = {m.id: m for m in read_po(handle) if m.id}
    assert set(arabic) == template
    for msgid, message in arabic.items():
        assert message.string and not message.fuzzy, msgid
        assert set(re.findall(r"{\w+}", message.string)) == set(re.findall(r"{\w+}", msgid))


def test_a_language_without_a_catalog_gets_the_english_letter_alone():
    assert (letter_words("ar-SA").code, letter_words("ar-SA").rtl) == ("ar", True)
    assert letter_words("fr").code == "en" and letter_words(None).code == "en"
    content = {
        "number": "VL-2026-00009",
        "issued_on": "2026-11-02",
        "office": {},
        "travellers": [
            {
                "role": "patient",
                "family_name": "Dupont",
                "given_name": "Claire",
                "passport_no": "22AB12345",
                "nationality": "FRA",
                "date_of_birth": None,
            }
        ],
        "purpose": "consultation",
        "first_day": "2026-11-30",
        "last_day": "2026-11-30",
        "estimate": None,
        "coordinator": "Amal Haddad",
        "valid_until": "2026-11-30",
    }
    assert len(page_sizes(render_letter(content, "A" * 144, key_id=1, language="fr"))) == 1
    width, height = page_sizes(render_letter(content, "A" * 144, key_id=1, paper="a4"))[0]
    assert (round(width), round(height)) == (595, 842)  # A4
