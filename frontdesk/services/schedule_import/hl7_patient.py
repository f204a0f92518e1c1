"""The patient of an SIU message, from its PID segment, read the liberal way.

PID-3: the hospital's MRN is the identifier whose type code is one of the office's MRN types
(MR, MRN, PI by default) and, when the office names one, whose assigning authority (PID-3.4)
is the hospital's; a single untyped identifier is taken as the MRN too. PPN: the passport.
PID-5: the alphabetic repetition (the legal one, type L, first) is the passport name; the one
with representation I (else P, else one written in another script) the native name; with no
alphabetic name, the passport name is transliterated from the native one, to confirm.
PID-7 birth date (its time part ignored), PID-8 sex (table 0001, words, ISO 5218 digits),
PID-13/14 phone (national numbers read with the office's region) and e-mail, PID-15 language
(ISO 639 codes and English language names to BCP 47), PID-26 citizenship else PID-28
nationality. Only a missing MRN is an error; anything else that cannot be read is left out
with a notice.
"""

from __future__ import annotations

from frontdesk.errors import InputError
from frontdesk.services.patient_input import PatientInput
from frontdesk.services.schedule_import.conventions import Conventions
from frontdesk.services.schedule_import.hl7_fields import Fields, parse_birth_date, pick
from frontdesk.services.schedule_import.patient_fields import (
    derived_latin,
    dropped_code,
    dropped_phone,
    first_phone,
    is_latin,
    read_language,
    read_sex,
    settle_patient,
)
from frontdesk.services.schedule_import.records import Findings

PLACES = {
    "mrn": "PID-3",
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


def patient_of(
    f: Fields, pid, conv: Conventions, findings: Findings
) -> tuple[str, PatientInput | None, set[str]]:
    """(MRN, the patient's checked details or None when only the MRN is given, the fields
    supplied). Problems go to ``findings``."""
    dropped: dict[str, str] = {}
    mrn, passport = _identifiers(f, pid, conv, findings)
    family, given, native_family, native_given, derived = _names(f, pid, findings)
    birth = None
    birth_text = _safe(f, pid, 7, findings)
    try:
        birth = parse_birth_date(birth_text, "PID-7")
    except InputError as exc:
        findings.notice("PID-7", f"{exc.message}; the date of birth is left out")
    sex_text = _safe(f, pid, 8, findings)
    sex = read_sex(sex_text)
    if sex is None and sex_text:
        dropped["sex"] = dropped_code(sex_text, "an administrative sex (F, M, O, U, A, N)")
    phone, email = _telecom(f, pid, conv, findings, dropped)
    language_text = _safe(f, pid, 15, findings) or _safe(f, pid, 15, findings, comp=2)
    language = read_language(language_text)
    if language is None and language_text:
        dropped["preferred_language"] = dropped_code(language_text, "a language")
    nationality = (_safe(f, pid, 26, findings) or _safe(f, pid, 28, findings)).upper()
    if nationality and not (nationality.isalpha() and 2 <= len(nationality) <= 3):
        dropped["nationality"] = dropped_code(nationality, "a country code (ISO 3166)")
        nationality = ""
    values = {
        "mrn": mrn or "",
        "family_name": family,
        "given_name": given,
        "native_family_name": native_family,
        "native_given_name": native_given,
        "date_of_birth": birth,
        "sex": sex,
        "nationality": nationality or None,
        "passport_no": passport,
        "preferred_language": language,
        "phone": phone,
        "email": email,
        "name_to_confirm": derived,
    }
    if not mrn:
        return "", None, set()
    details, supplied = settle_patient(
        values, PLACES, findings, region=conv.phone_region, dropped=dropped
    )
    return values["mrn"].upper(), details, supplied


def _safe(f: Fields, segment, number: int, findings: Findings, comp: int = 1) -> str:
    try:
        return f.value(segment, number, comp)
    except InputError as exc:
        findings.notice(exc.where or f"PID-{number}", f"{exc.message}; left out")
        return ""


def _identifiers(f: Fields, pid, conv: Conventions, findings: Findings):
    typed: list[tuple[int, int, str]] = []
    untyped: list[str] = []
    seen: list[str] = []
    passport = None
    for k, rep in enumerate(f.reps(pid, 3), 1):
        place = f"PID-3 (repetition {k})"
        try:
            value = f.text(pick([rep], 1, 1), place)
            authority = f.text(pick([rep], 1, 4, 1), place) or f.text(pick([rep], 1, 4, 2), place)
            kind = f.text(pick([rep], 1, 5), place).upper()
        except InputError as exc:
            findings.notice(place, f"{exc.message}; left out")
            continue
        if not value:
            continue
        seen.append(f"{value} ({kind or 'no type'}{', ' + authority if authority else ''})")
        if kind == "PPN":
            passport = passport or value
        elif conv.is_mrn_type(kind) and conv.authority_fits(authority):
            typed.append((conv.mrn_rank(kind), k, value))
        elif not kind and conv.authority_fits(authority):
            untyped.append(value)
    if typed:
        return min(typed)[2], passport
    if len(untyped) == 1:
        return untyped[0], passport  # a sender that types no identifier sends the MRN alone
    wanted = "type " + ", ".join(conv.mrn_types)
    if conv.mrn_authority:
        wanted += f" of authority {conv.mrn_authority}"
    found = "; found " + ", ".join(seen) if seen else ""
    findings.error(
        "PID-3",
        f"no identifier the office takes for the MRN (expected {wanted}, or a single "
        f"identifier without a type){found}",
    )
    return None, passport


def _names(f: Fields, pid, findings: Findings):
    latin = native = native_p = None
    latin_kind = ""
    for k, rep in enumerate(f.reps(pid, 5), 1):
        place = f"PID-5 (repetition {k})"
        try:
            representation = f.text(pick([rep], 1, 8), place).upper()
            kind = f.text(pick([rep], 1, 7), place).upper()
            family = f.text(pick([rep], 1, 1, 1), place + ".1")
            given = " ".join(
                part for part in (f.text(pick([rep], 1, c), place) for c in (2, 3)) if part
            )
        except InputError as exc:
            findings.notice(place, f"{exc.message}; this name is left out")
            continue
        if not family and not given:
            continue
        if representation == "I" or (representation != "P" and not is_latin(family + given)):
            native = native or (family, given)
        elif representation == "P":
            native_p = native_p or (family, given)
        elif latin is None or (kind == "L" != latin_kind):
            latin, latin_kind = (family, given), kind  # the legal name, else the first
    native_name = native or native_p
    if latin is None and native_name is not None:
        # Transliterate the phonetic (kana) form when there is one: kanji read as Chinese.
        latin = derived_latin(*(native_p or native_name))
        findings.notice(
            "PID-5",
            "no alphabetic name: the passport name is transliterated from the native one "
            f"({' '.join(p for p in latin if p)}) and marked for the desk to confirm",
        )
        family, given = latin
        return family, given, native_name[0] or None, native_name[1] or None, True
    family, given = latin or ("", "")
    if native_name is None:
        return family, given, None, None, False
    return family, given, native_name[0] or None, native_name[1] or None, False


def _telecom(f: Fields, pid, conv: Conventions, findings: Findings, dropped: dict):
    candidates: list[str] = []
    email = None
    for number in (13, 14):
        for k, rep in enumerate(f.reps(pid, number), 1):
            place = f"PID-{number} (repetition {k})"
            try:
                parts = {c: f.text(pick([rep], 1, c), place) for c in (1, 2, 3, 4, 5, 6, 7, 12)}
            except InputError as exc:
                findings.notice(place, f"{exc.message}; left out")
                continue
            use, equipment = parts[2].upper(), parts[3].upper()
            if use == "NET" or equipment in ("INTERNET", "X.400") or "@" in parts[1]:
                email = email or parts[4] or parts[1] or None
                continue
            if "@" in parts[4]:  # XTN-4 beside a number, without NET/Internet (a French feed)
                email = email or parts[4]
            if equipment == "FX" or (number == 14 and candidates):
                continue
            if parts[7]:
                country = f"+{parts[5].lstrip('+')} " if parts[5] else ""
                candidates.append(f"{country}{parts[6]} {parts[7]}".strip())
            candidates += [parts[12], parts[1]]
    phone, refused = first_phone(candidates, conv.phone_region)
    if phone is None and refused:
        dropped["phone"] = dropped_phone(refused, conv.phone_region)
    return phone, email
