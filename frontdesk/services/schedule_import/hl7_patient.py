"""The patient of an SIU message, from its PID segment.

PID-3 identifiers (type MR: the MRN; PPN: the passport), PID-5 names (the alphabetic
repetition is the passport name; representation I, else P, is the native-script one), PID-7
birth date, PID-8 sex, PID-13 phone and e-mail, PID-15 language (ISO 639-2 codes such as
``ara`` become BCP 47 ``ar``), PID-26 citizenship, else PID-28 nationality.
"""

from __future__ import annotations

from frontdesk.errors import InputError
from frontdesk.services.patient_input import PatientInput
from frontdesk.services.schedule_import.hl7_fields import Fields, parse_birth_date, pick

PLACES = {
    "mrn": "PID-3 (MR)",
    "family_name": "PID-5.1",
    "given_name": "PID-5.2",
    "native_family_name": "PID-5.1 (representation I/P)",
    "native_given_name": "PID-5.2 (representation I/P)",
    "date_of_birth": "PID-7",
    "sex": "PID-8",
    "nationality": "PID-26",
    "passport_no": "PID-3 (PPN)",
    "preferred_language": "PID-15",
    "interpreter_needed": "AIP-4",
    "phone": "PID-13",
    "email": "PID-13.4",
}
_SEXES = {"F": "F", "M": "M", "O": "X", "A": "X", "X": "X", "U": "U", "N": "U", "": "U"}
_language_aliases: dict[str, str] | None = None


def patient_of(f: Fields, pid) -> tuple[PatientInput, set[str]]:
    """The patient's details (not yet validated) and the fields the message supplies."""
    mrn, passport = _identifiers(f, pid)
    family, given, native_family, native_given = _names(f, pid)
    birth = parse_birth_date(f.value(pid, 7, 1), "PID-7")
    sex_code = f.value(pid, 8, 1).upper()
    if sex_code not in _SEXES:
        raise InputError(
            f"{sex_code!r} is not an administrative sex (expected F, M, O, A, U or N)",
            where="PID-8",
        )
    phone, email = _telecom(f, pid)
    nationality = (f.value(pid, 26, 1) or f.value(pid, 28, 1)).upper() or None
    values = {
        "mrn": mrn,
        "family_name": family,
        "given_name": given,
        "native_family_name": native_family,
        "native_given_name": native_given,
        "date_of_birth": birth.isoformat() if birth else "",
        "sex": _SEXES[sex_code] if sex_code else None,
        "nationality": nationality,
        "passport_no": passport,
        "preferred_language": _language(f.value(pid, 15, 1)),
        "phone": phone,
        "email": email,
    }
    supplied = {name for name, value in values.items() if value}
    return PatientInput(**values), supplied


def _identifiers(f: Fields, pid) -> tuple[str, str | None]:
    mrn = passport = None
    untyped: list[str] = []
    for k, rep in enumerate(f.reps(pid, 3), 1):
        place = f"PID-3 (repetition {k})"
        value = f.text(pick([rep], 1, 1), place)
        kind = f.text(pick([rep], 1, 5), place).upper()
        if kind == "MR" and mrn is None:
            mrn = value
        elif kind == "PPN" and passport is None:
            passport = value
        elif not kind and value:
            untyped.append(value)
    if mrn is None and len(untyped) == 1:
        mrn = untyped[0]  # a sender that types no identifier sends the MRN alone
    if not mrn:
        raise InputError(
            "no identifier of type MR (expected ID^^^AUTHORITY^MR among the repetitions)",
            where="PID-3",
        )
    return mrn, passport


def _names(f: Fields, pid) -> tuple[str, str, str | None, str | None]:
    latin = native = native_p = None
    latin_kind = ""
    for k, rep in enumerate(f.reps(pid, 5), 1):
        place = f"PID-5 (repetition {k})"
        representation = f.text(pick([rep], 1, 8), place).upper()
        kind = f.text(pick([rep], 1, 7), place).upper()
        family = f.text(pick([rep], 1, 1, 1), place + ".1")
        given = " ".join(
            part for part in (f.text(pick([rep], 1, c), place) for c in (2, 3)) if part
        )
        if representation == "I" and native is None:
            native = (family, given)
        elif representation == "P" and native_p is None:
            native_p = (family, given)
        elif representation in ("", "A") and (latin is None or (kind == "L" != latin_kind)):
            latin, latin_kind = (family, given), kind  # the legal name, else the first
    native = native or native_p
    family, given = latin or ("", "")
    return family, given, native[0] if native else None, native[1] if native else None


def _telecom(f: Fields, pid) -> tuple[str | None, str | None]:
    phone = email = None
    for k, rep in enumerate(f.reps(pid, 13), 1):
        place = f"PID-13 (repetition {k})"
        parts = {c: f.text(pick([rep], 1, c), place) for c in (1, 2, 3, 4, 5, 6, 7, 12)}
        if parts[2].upper() == "NET" or parts[3].lower() == "internet" or "@" in parts[1]:
            email = email or parts[4] or parts[1] or None
            continue
        if phone is None:
            if parts[12]:
                phone = parts[12]
            elif parts[7]:
                country = f"+{parts[5].lstrip('+')} " if parts[5] else ""
                phone = f"{country}{parts[6]} {parts[7]}".strip()
            else:
                phone = parts[1] or None
    return phone, email


def _language(code: str) -> str | None:
    """ISO 639-2 (``ara``, ``ENG``) to the BCP 47 tag the desk stores (``ar``, ``en``)."""
    global _language_aliases
    code = code.strip()
    if not code:
        return None
    if _language_aliases is None:
        from babel.core import get_global

        _language_aliases = dict(get_global("language_aliases"))
    lowered = code.lower()
    return _language_aliases.get(lowered, lowered) if len(lowered) == 3 else code
