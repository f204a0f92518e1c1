"""Folding people's names into search terms, in any script.

    >>> sorted(name_terms("Müller", "Hans-Peter"))
    ['hans', 'hanspeter', 'mueller', 'muller', 'peter']
    >>> phonetic_key("Muhammad") == phonetic_key("Mohamed")
    True
    >>> sorted(name_terms("Wang", "Xiaoming", "王", "小明"))
    ['ming', 'wang', 'xiao', 'xiaoming', '小明', '王', '王小明']

A patient's name becomes a set of *terms*: every word of the passport name folded to lower-case
ASCII (diacritics removed, and the German ae/oe/ue spelling as well), the native-script name in
its own script (case and accents folded, so that a receptionist can type it), and the native
name transliterated to Latin (anyascii), with Chinese and Japanese split into syllables so that
typed pinyin finds them. Search then matches a typed word against terms by prefix, and against
:func:`phonetic_key` for spelling variants (Mohamed / Mohammed / Muhammad).

Pure functions, no database, no Qt.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any

import jellyfish
from anyascii import anyascii

from frontdesk.name_order import full_name, writes_without_space

# Separators inside one name: space, hyphen, apostrophes, dots, commas, slashes.
_SPLIT = re.compile(r"[\s\-‐‑–—'’ʼ`´.,/·・]+")
_NOT_ALNUM = re.compile(r"[^a-z0-9]+")
# anyascii writes each CJK syllable capitalised: "WangXiaoMing".
_SYLLABLE = re.compile(r"[A-Z][a-z]*|[a-z]+|[0-9]+")
_GERMAN = str.maketrans(
    {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "ae", "Ö": "oe", "Ü": "ue", "ß": "ss"}
)
# Combining marks are dropped after these scripts' letters only (Latin, Greek, Cyrillic,
# Armenian, Hebrew, Arabic): there they are accents or vowel points that people omit when
# typing. In Thai, Devanagari and the like they are vowels and must stay.
_FOLD_MARKS_BELOW = 0x0700

MIN_PHONETIC_LENGTH = 3


def _strip_marks(text: str) -> str:
    out: list[str] = []
    base = 0
    for ch in unicodedata.normalize("NFD", text):
        if unicodedata.category(ch) == "Mn":
            if base < _FOLD_MARKS_BELOW:
                continue
        else:
            base = ord(ch)
        out.append(ch)
    return unicodedata.normalize("NFC", "".join(out))


@lru_cache(maxsize=65536)
def fold_native(word: str) -> str:
    """One word folded in its own script: NFKC, case folded, accents and vowel points dropped."""
    return _strip_marks(unicodedata.normalize("NFKC", word).casefold())


@lru_cache(maxsize=65536)
def fold_latin(word: str) -> str:
    """One word transliterated to lower-case ASCII letters and digits only."""
    return _NOT_ALNUM.sub("", anyascii(word).lower())


@lru_cache(maxsize=65536)
def is_latin_script(word: str) -> bool:
    """True when every letter is Latin (García, Łukasz, Nguyễn), false for Иван, 김, สม."""
    return all(unicodedata.name(ch, "").startswith("LATIN") for ch in word if ch.isalpha())


def split_words(text: str | None) -> list[str]:
    if not text:
        return []
    return [w for w in _SPLIT.split(unicodedata.normalize("NFKC", text)) if w]


@lru_cache(maxsize=65536)
def phonetic_key(word: str) -> str | None:
    """Metaphone of the folded word, or None when the word is too short to say much."""
    latin = fold_latin(word)
    if len(latin) < MIN_PHONETIC_LENGTH or not latin.isalpha():
        return None
    return jellyfish.metaphone(latin) or None


_VOWEL_RUNS = re.compile(r"[aeiouy]+")
_DOUBLES = re.compile(r"(.)\1+")


@lru_cache(maxsize=65536)
def vowel_shape(word: str) -> str:
    """The folded word with every vowel run written "a" and doubled letters single:
    mohamed, muhammad and mohammed all become "mahamad"; used to rank spelling variants."""
    return _DOUBLES.sub(r"\1", _VOWEL_RUNS.sub("a", fold_latin(word)))


def _latin_terms(word: str) -> set[str]:
    terms = set()
    latin = fold_latin(word)
    if latin:
        terms.add(latin)
    german = fold_latin(word.translate(_GERMAN))
    if german and german != latin:
        terms.add(german)
    return terms


@lru_cache(maxsize=65536)
def _part_terms(part: str, native: bool) -> frozenset[str]:
    """The terms of one name field (family or given), cached: names repeat a lot."""
    terms: set[str] = set()
    words = split_words(part)
    for word in words:
        if word.isascii():
            terms |= _latin_terms(word)
            continue
        folded = fold_native(word)
        if folded:
            terms.add(folded)
        terms |= _latin_terms(word) | _latin_terms(folded)
        transliterated = anyascii(folded if word.isupper() or word.islower() else word)
        syllables = _SYLLABLE.findall(transliterated)
        if len(syllables) > 1:
            terms.update(s.lower() for s in syllables)
    if len(words) > 1:
        # "Min-jun" is typed "minjun" as often as "min jun"; "王 小明" as "王小明".
        joined = "".join(words)
        terms.add(fold_latin(joined))
        if native and not joined.isascii():
            terms.add(fold_native(joined))
    terms.discard("")
    return frozenset(terms)


def name_terms(
    family: str | None,
    given: str | None,
    native_family: str | None = None,
    native_given: str | None = None,
) -> set[str]:
    """Every search term of one person's name."""
    terms: set[str] = set()
    for part in (family, given):
        if part:
            terms |= _part_terms(part, False)
    for part in (native_family, native_given):
        if part:
            terms |= _part_terms(part, True)
    if native_family and native_given and writes_without_space(native_family):
        # Chinese, Japanese and Korean names are typed family + given without a space, in
        # their own script (王小明); in Latin letters the two words are typed as two words.
        terms.add(fold_native(native_family + native_given))
    return terms


def query_forms(word: str) -> set[str]:
    """The forms in which one typed word is looked up among the terms."""
    forms = _latin_terms(word)
    if not word.isascii():
        folded = fold_native(word)
        forms.add(folded)
        forms |= _latin_terms(folded)
    forms.discard("")
    return forms


def native_full_name(
    native_family: str | None,
    native_given: str | None,
    *,
    language: str | None = None,
    nationality: str | None = None,
) -> str | None:
    """The native-script name in its customary order (:mod:`frontdesk.name_order`): 王小明,
    김민준, Nguyễn Thị Ánh, សុង សុជាតិ, Mátrai Dóra (with ``language="hu"``), Иван Петров."""
    return full_name(native_family, native_given, language=language, nationality=nationality)


def patient_native_name(person: Any) -> str | None:
    """The native name of a patient (or of a companion, in their patient's culture), ordered
    with the patient's language and nationality: the one place rows become that name. Takes
    a Patient or a Companion row (duck-typed: this module imports no store)."""
    patient = person if hasattr(person, "mrn") else getattr(person, "patient", None)
    return native_full_name(
        person.native_family_name,
        person.native_given_name,
        language=getattr(patient, "preferred_language", None),
        nationality=getattr(patient, "nationality", None),
    )
