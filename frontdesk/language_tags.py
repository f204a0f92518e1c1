"""BCP 47 language tags: written the canonical way, and whether an interpreter's language serves
a patient's.

    >>> canonical_tag("ZH-hans-cn")
    'zh-Hans-CN'
    >>> canonical_tag("pt_br")
    'pt-BR'
    >>> language_match("pt-BR", "pt-BR"), language_match("pt-BR", "pt"), language_match("ar", "fa")
    ('exact', 'language', None)
    >>> language_match("zh-Hant", "zh-Hans")   # spoken Chinese: the script does not matter
    'language'

Interpreting is spoken: a Mandarin interpreter listed as ``zh`` or ``zh-Hans`` serves a patient
whose record says ``zh-Hant``; a listed region or script only ranks an exact match first. Two
tags serve each other when their primary language subtag is the same (after the ISO 639
aliases CLDR lists, such as ``iw`` for Hebrew); Cantonese (``yue``) is a language of its own.
Pure functions: no database, no Qt.
"""

from __future__ import annotations

import re
from functools import cache

from frontdesk.errors import InputError

_TAG = re.compile(r"^[A-Za-z]{2,3}([-_][A-Za-z0-9]{1,8})*$")
# Deprecated ISO 639 codes still found in exports (CLDR's language aliases, the common ones).
_ALIASES = {"iw": "he", "in": "id", "ji": "yi", "jw": "jv", "mo": "ro", "tl": "fil"}


@cache
def canonical_tag(text: str, where: str = "language") -> str:
    """The tag in BCP 47's conventional case (language lower, script title, region upper),
    hyphenated; :class:`InputError` for what is not a language tag."""
    raw = (text or "").strip()
    if not _TAG.match(raw):
        raise InputError(
            f"{text!r} is not a BCP 47 language tag (e.g. ar, zh-Hans, pt-BR)", where=where
        )
    parts = raw.replace("_", "-").split("-")
    out = [_ALIASES.get(parts[0].lower(), parts[0].lower())]
    for part in parts[1:]:
        if len(part) == 4 and part.isalpha():
            out.append(part.title())  # script
        elif (len(part) == 2 and part.isalpha()) or (len(part) == 3 and part.isdigit()):
            out.append(part.upper())  # region
        else:
            out.append(part.lower())  # variant, extension
    return "-".join(out)


def primary_language(tag: str) -> str:
    return canonical_tag(tag).split("-")[0]


def language_match(patient_tag: str | None, interpreter_tag: str) -> str | None:
    """ "exact" (the same tag), "language" (the same spoken language) or None."""
    if not patient_tag:
        return None
    try:
        patient, offered = canonical_tag(patient_tag), canonical_tag(interpreter_tag)
    except InputError:
        return None
    if patient == offered:
        return "exact"
    if patient.split("-")[0] == offered.split("-")[0]:
        return "language"
    return None


def best_match(patient_tag: str | None, offered: list[str]) -> str | None:
    """The best of :func:`language_match` over an interpreter's languages."""
    found = {language_match(patient_tag, tag) for tag in offered}
    return "exact" if "exact" in found else ("language" if "language" in found else None)
