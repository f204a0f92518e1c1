"""Which part of a person's name comes first, by culture, from one table.

    >>> surname_first("Nguyễn", "Thị Ánh")
    True
    >>> surname_first("Mátrai", "Dóra", language="hu")
    True
    >>> surname_first("Müller", "Käthe", language="de")
    False
    >>> surname_first("សុង", "សុជាតិ")
    True

The table is CLDR's (Unicode's locale data, ``personNames/nameOrderLocales``): the languages whose
own locale data lists them under ``surnameFirst`` (Hungarian, Japanese, Khmer, Korean, Vietnamese,
Cantonese, Chinese), and the regions the LDML specification gives as its example of
region-based order (China, Taiwan, Singapore, Hong Kong, Macau, Hungary, Japan), with Vietnam,
Cambodia and the two Koreas added for the same reason.

The order is decided, in this order, by:

1. the script of the name: Han, kana, Hangul and Khmer names are written surname first
   whatever the passport's country (a Chinese name of a Canadian patient is still 王小明);
2. for names in Latin letters, the letters only Vietnamese writes (ư, ơ, đ, the dot below,
   and vowels with two marks such as ễ, ậ): *Nguyễn Thị Ánh*, whatever language the patient
   prefers;
3. else the patient's language (BCP 47, its primary subtag) or nationality (ISO 3166 alpha-2
   or alpha-3): *Mátrai Dóra* for a Hungarian.

Pure functions: no database, no Qt.
"""

from __future__ import annotations

import unicodedata

# CLDR common/main/{hu,ja,km,ko,vi,yue,zh}.xml: <nameOrderLocales order="surnameFirst">.
SURNAME_FIRST_LANGUAGES = frozenset({"hu", "ja", "km", "ko", "vi", "yue", "zh"})
SURNAME_FIRST_REGIONS = frozenset(
    {"CN", "TW", "SG", "HK", "MO", "HU", "JP", "KR", "KP", "VN", "KH"}
    | {"CHN", "TWN", "SGP", "HKG", "MAC", "HUN", "JPN", "KOR", "PRK", "VNM", "KHM"}
)
# Scripts whose names are written surname first (Unicode character-name prefixes).
SURNAME_FIRST_SCRIPTS = ("CJK", "HIRAGANA", "KATAKANA", "HANGUL", "KHMER")
# ... and of those, the ones written without a space between surname and given name.
NO_SPACE_SCRIPTS = ("CJK", "HIRAGANA", "KATAKANA", "HANGUL")
# Latin letters that only Vietnamese writes: ư ơ đ, and the tone marks that Vietnamese stacks
# on a vowel that already carries a circumflex or breve (ầ ấ ẩ ẫ ậ ằ ắ ẳ ẵ ặ ề ế ể ễ ệ ồ ố ổ ỗ ộ),
# and the dot below (ạ ị ọ ụ ỵ ẹ).
_VIETNAMESE = frozenset(
    "ươđƯƠĐ"
    "ầấẩẫậằắẳẵặềếểễệồốổỗộờớởỡợừứửữựẦẤẨẪẬẰẮẲẴẶỀẾỂỄỆỒỐỔỖỘỜỚỞỠỢỪỨỬỮỰ"
    "ạịọụỵẹỉủỷẻỏảẽĩũỹỳẠỊỌỤỴẸỈỦỶẺỎẢẼĨŨỸỲ"
)


def _first_script(text: str) -> str:
    for char in text:
        if char.isalpha():
            return unicodedata.name(char, "")
    return ""


def writes_without_space(text: str) -> bool:
    """True for Chinese, Japanese and Korean names: 王小明, 山田太郎, 김민준."""
    return _first_script(text).startswith(NO_SPACE_SCRIPTS)


def _latin(text: str) -> bool:
    return _first_script(text).startswith("LATIN")


def surname_first(
    surname: str | None,
    given: str | None,
    *,
    language: str | None = None,
    nationality: str | None = None,
) -> bool:
    """True when the culture of the name writes the surname before the given name."""
    text = f"{surname or ''}{given or ''}"
    script = _first_script(text)
    if script.startswith(SURNAME_FIRST_SCRIPTS):
        return True
    if script and not script.startswith("LATIN"):
        return False  # Arabic, Cyrillic, Devanagari...: given name first
    if any(char in _VIETNAMESE for char in text):
        return True
    primary = (language or "").replace("_", "-").split("-")[0].lower()
    return (
        primary in SURNAME_FIRST_LANGUAGES
        or (nationality or "").strip().upper() in SURNAME_FIRST_REGIONS
    )


def full_name(
    surname: str | None,
    given: str | None,
    *,
    language: str | None = None,
    nationality: str | None = None,
) -> str | None:
    """The name in its customary order: 王小明, Nguyễn Thị Ánh, Mátrai Dóra, Ivan Petrov."""
    surname, given = (surname or "").strip(), (given or "").strip()
    if not surname and not given:
        return None
    if not surname_first(surname, given, language=language, nationality=nationality):
        return f"{given} {surname}".strip()
    if surname and writes_without_space(surname):
        return surname + given
    return f"{surname} {given}".strip()
