"""Reading a feed's patient fields the liberal way: what can be read with the office's
conventions is kept, what cannot is left out with a notice, never a refusal.

    >>> read_sex("2"), read_sex("female"), read_sex("A")
    ('F', 'F', 'X')
    >>> read_language("English"), read_language("ara"), read_language("Arabic_QWI")
    ('en', 'ar', 'ar')
    >>> derived_latin("カンジャ", "タロウ")
    ('Kanjiya', 'Tarou')

Only the MRN is strict here: which patient is the one thing the desk cannot guess. The names
are needed for a patient the desk does not know yet; without an alphabetic one, the passport
(Latin) name is transliterated from the native one and marked for the desk to confirm.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from frontdesk.errors import InputError
from frontdesk.services.patient_input import PatientInput, field_errors
from frontdesk.services.schedule_import.records import Findings

# HL7 table 0001 (administrative sex), its common spellings, and ISO/IEC 5218 digits.
_SEXES = {
    "F": "F",
    "FEMALE": "F",
    "W": "F",
    "M": "M",
    "MALE": "M",
    "O": "X",
    "OTHER": "X",
    "A": "X",
    "X": "X",
    "U": "U",
    "UNKNOWN": "U",
    "N": "U",
    "0": "U",
    "1": "M",
    "2": "F",
    "9": "U",
}
_TAG = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$")
_WORD = re.compile(r"[^\W\d_]+")


def read_sex(code: str) -> str | None:
    """F, M, X or U for a sex code or word; None when it is none of them."""
    return _SEXES.get(code.strip().upper()) if code.strip() else None


@functools.cache
def _language_tables() -> tuple[dict[str, str], dict[str, str]]:
    from babel import Locale
    from babel.core import get_global

    aliases = {k.lower(): v for k, v in get_global("language_aliases").items()}
    names = {name.lower(): code for code, name in Locale("en").languages.items() if "_" not in code}
    return aliases, names


def read_language(text: str) -> str | None:
    """A BCP 47 tag for a language code (``ara``, ``en-US``) or an English language name
    (``English``, ``Arabic_QWI``); None when it cannot be told."""
    text = text.strip()
    if not text:
        return None
    aliases, names = _language_tables()
    if _TAG.match(text):
        primary, _, rest = text.partition("-")
        primary = primary.lower()
        if len(primary) == 3:
            primary = aliases.get(primary, primary).replace("_", "-")
        # Any ISO 639 code is a BCP 47 primary tag (pjt, Pitjantjatjara, is not in CLDR).
        return primary + ("-" + rest if rest else "")
    lowered = text.lower()
    if lowered in names:
        return names[lowered]
    for word in _WORD.findall(text):
        if word.lower() in names:
            return names[word.lower()]
    return None


def derived_latin(native_family: str | None, native_given: str | None) -> tuple[str, str]:
    """A Latin rendering of a native-script name, for the desk to confirm from the passport."""
    from anyascii import anyascii

    def latin(part: str | None) -> str:
        words = re.sub(r"[^A-Za-z' -]", "", anyascii(part or "")).split()
        return " ".join(w[:1].upper() + w[1:] for w in words)

    return latin(native_family), latin(native_given)


def is_latin(text: str) -> bool:
    """Latin letters only (accents allowed): a passport name, not a native-script one."""
    import unicodedata

    return all(not ch.isalpha() or unicodedata.name(ch, "").startswith("LATIN") for ch in text)


def dropped_phone(text: str, region: str | None) -> str:
    if region:
        return f"{text!r} is not a phone number (national for {region}, or international); left out"
    return (
        f"{text!r} is not a phone number with its country code, and the office has set no "
        "phone region to read national numbers with; left out"
    )


def dropped_code(text: str, what: str) -> str:
    return f"{text!r} is not {what} this desk can read; left out"


def first_phone(candidates: Iterable[str], region: str | None) -> tuple[str | None, str | None]:
    """(the phone number, the first text that was not one): the first candidate that is a
    number in use (a valid one for its country's plan), else the first that could be one.

    Feeds send several repetitions (mobile, home, business) and the first is not always the
    good one: a UK mobile written with a digit missing is a possible number, never a valid one,
    while the home number after it is."""
    import phonenumbers

    from frontdesk.services.patient_input import normalise_phone

    refused = possible = None
    for text in candidates:
        if not text or not text.strip():
            continue
        try:
            number = normalise_phone(text, region=region)
        except InputError:
            refused = refused or text
            continue
        if number and phonenumbers.is_valid_number(phonenumbers.parse(number)):
            return number, None
        possible = possible or number
    return possible, None if possible else refused


def settle_patient(
    values: dict,
    places: dict[str, str],
    findings: Findings,
    *,
    region: str | None,
    dropped: dict[str, str] | None = None,
) -> tuple[PatientInput | None, set[str]]:
    # ``dropped``: fields the parser already left out, with the notice that says why.
    """The patient details of a unit, checked field by field: a bad MRN is an error, any other
    bad field is left out with a notice. Returns (details or None, the fields supplied);
    None when the unit names its patient only by MRN (no name: a patient the desk has)."""
    for field, message in (dropped or {}).items():
        findings.notice(places.get(field, field), message)
    details = PatientInput(**values)
    for field, message in sorted(field_errors(details, partial=True, region=region).items()):
        if field == "mrn" or field in ("family_name", "given_name"):
            findings.error(places.get(field, field), message)
        else:
            findings.notice(places.get(field, field), f"{message}; left out")
            values[field] = None
    if findings.errors:
        return None, set()
    supplied = {name for name, value in values.items() if value not in (None, "", False)}
    if supplied & {"family_name", "given_name"}:
        supplied.add("name_to_confirm")  # a name as written clears a derived one
    if not values.get("family_name") and not values.get("given_name"):
        return None, supplied
    clean = PatientInput(**values).validated(partial=True, region=region)
    return clean, supplied
