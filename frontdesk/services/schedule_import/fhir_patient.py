"""A FHIR R4 Patient resource as the desk's patient details, read the liberal way.

identifier: the MRN is the one whose type code is one of the office's MRN types (MR, MRN, PI
by default; v2-0203) and, when the office names one, whose system is the hospital's; a single
identifier without a type is taken too. Type PPN: the passport. name: one carrying the
``iso21090-EN-representation`` extension IDE or SYL, or written in another script than Latin,
is the native name; the official (else first) other one the passport name; a name given only
as ``text`` is split (Latin) or taken as the native name, and the passport name marked for the
desk to confirm. birthDate (a partial date is left out), gender, telecom (national numbers
read with the office's region), the preferred communication language (a coding of system
``urn:ietf:bcp:47`` first, else a code or an English name), the ``patient-nationality`` and
``patient-interpreterRequired`` extensions. Only a missing MRN is an error.
"""

from __future__ import annotations

from frontdesk.services.patient_input import PatientInput
from frontdesk.services.schedule_import.conventions import Conventions
from frontdesk.services.schedule_import.fhir_checks import (
    Bad,
    get_bool,
    get_date,
    get_list,
    get_obj,
    get_str,
    objects,
)
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

REPRESENTATION = "http://hl7.org/fhir/StructureDefinition/iso21090-EN-representation"
NATIONALITY = "http://hl7.org/fhir/StructureDefinition/patient-nationality"
INTERPRETER = "http://hl7.org/fhir/StructureDefinition/patient-interpreterRequired"
BCP47 = "urn:ietf:bcp:47"
PLACES = {
    "mrn": "identifier",
    "family_name": "name",
    "given_name": "name",
    "native_family_name": "name",
    "native_given_name": "name",
    "date_of_birth": "birthDate",
    "sex": "gender",
    "nationality": "extension",
    "passport_no": "identifier",
    "preferred_language": "communication",
    "phone": "telecom",
    "email": "telecom",
}


def soft(findings: Findings, read, *args, default=None, **kwargs):
    """``read(*args)``; an element of the wrong shape is a notice and left out."""
    try:
        return read(*args, **kwargs)
    except Bad as bad:
        findings.notice(bad.path, f"{bad.message}; left out")
        return default


def each(findings: Findings, parent: dict, key: str, path: str) -> list[tuple[str, dict]]:
    """(path, element) of a list of objects; a list of the wrong shape is a notice."""
    return soft(findings, lambda: list(objects(parent, key, path)), default=[])


def codings(concept: dict | None, path: str, findings: Findings) -> list[tuple[str, str]]:
    """(system, code) of each coding of a CodeableConcept ('' where absent)."""
    found = []
    for here, coding in each(findings, concept or {}, "coding", path):
        system = soft(findings, get_str, coding, "system", here) or ""
        code = soft(findings, get_str, coding, "code", here) or ""
        found.append((system, code))
    return found


def identifiers(resource: dict, path: str, conv: Conventions, findings: Findings):
    """(MRN or None, passport or None)."""
    typed: list[tuple[int, int, str]] = []
    untyped: list[str] = []
    passport = None
    for k, (here, identifier) in enumerate(each(findings, resource, "identifier", path)):
        value = soft(findings, get_str, identifier, "value", here)
        system = soft(findings, get_str, identifier, "system", here) or ""
        types = [
            c
            for _, c in codings(
                soft(findings, get_obj, identifier, "type", here), f"{here}.type", findings
            )
        ]
        if not value:
            continue
        if "PPN" in types:
            passport = passport or value
        elif any(conv.is_mrn_type(t) for t in types) and conv.authority_fits(system):
            typed.append((min(conv.mrn_rank(t) for t in types), k, value))
        elif not types and conv.authority_fits(system):
            untyped.append(value)
    if typed:
        return min(typed)[2], passport
    if len(untyped) == 1:
        return untyped[0], passport
    return None, passport


def patient_details(
    resource: dict, path: str, conv: Conventions, findings: Findings
) -> tuple[str, PatientInput | None, set[str]]:
    """(MRN, the checked details or None, the fields supplied); problems go to ``findings``."""
    mrn, passport = identifiers(resource, path, conv, findings)
    if not mrn:
        wanted = "type " + ", ".join(conv.mrn_types)
        if conv.mrn_authority:
            wanted += f" and system {conv.mrn_authority}"
        findings.error(
            f"{path}.identifier",
            f"no identifier the office takes for the MRN (expected {wanted} of "
            "http://terminology.hl7.org/CodeSystem/v2-0203, or a single identifier without a type)",
        )
        return "", None, set()
    dropped: dict[str, str] = {}
    family, given, native_family, native_given, derived = _names(resource, path, findings)
    gender = soft(findings, get_str, resource, "gender", path)
    sex = read_sex(gender or "")
    if gender and sex is None:
        dropped["sex"] = dropped_code(gender, "a gender (male, female, other, unknown)")
    phone, email = _telecom(resource, path, conv, findings, dropped)
    language = _language(resource, path, findings, dropped)
    nationality, interpreter = _extensions(resource, path, findings)
    birth = None
    text = resource.get("birthDate")
    if text is not None:
        try:
            birth = get_date(resource, "birthDate", path)
        except Bad as bad:
            findings.notice(bad.path, f"{bad.message}; the date of birth is left out")
    values = {
        "mrn": mrn,
        "family_name": family,
        "given_name": given,
        "native_family_name": native_family,
        "native_given_name": native_given,
        "date_of_birth": birth,
        "sex": sex,
        "nationality": nationality,
        "passport_no": passport,
        "preferred_language": language,
        "interpreter_needed": interpreter,
        "phone": phone,
        "email": email,
        "name_to_confirm": derived,
    }
    places = {k: f"{path}.{v}" for k, v in PLACES.items()}
    details, supplied = settle_patient(
        values, places, findings, region=conv.phone_region, dropped=dropped
    )
    return values["mrn"].strip().upper(), details, supplied


def _names(resource: dict, path: str, findings: Findings):
    latin = native = text_only = None
    latin_use = None
    for here, name in each(findings, resource, "name", path):
        representation = None
        for ext_path, ext in each(findings, name, "extension", here):
            if soft(findings, get_str, ext, "url", ext_path) == REPRESENTATION:
                representation = soft(findings, get_str, ext, "valueCode", ext_path)
        family = soft(findings, get_str, name, "family", here) or ""
        given_parts = soft(findings, get_list, name, "given", here, default=[])
        given = " ".join(p for p in given_parts if isinstance(p, str) and p.strip())
        use = soft(findings, get_str, name, "use", here)
        if not family and not given:
            text_only = text_only or soft(findings, get_str, name, "text", here)
            continue
        if representation in ("IDE", "SYL") or not is_latin(family + given):
            native = native or (family, given)
        elif use in ("old", "maiden", "temp"):
            continue
        elif latin is None or (use == "official" and latin_use != "official"):
            latin, latin_use = (family, given), use
    if latin is None and native is None and text_only:
        words = text_only.split()
        if is_latin(text_only):
            latin = (words[-1], " ".join(words[:-1]))
            findings.notice(
                f"{path}.name",
                f"only a text name ({text_only!r}): read as given name(s) then family name, "
                "and marked for the desk to confirm",
            )
            return latin[0], latin[1], None, None, True
        native = (text_only, "")
    if latin is None and native is not None:
        derived = derived_latin(*native)
        findings.notice(
            f"{path}.name",
            "no alphabetic name: the passport name is transliterated from the native one "
            f"({' '.join(p for p in derived if p)}) and marked for the desk to confirm",
        )
        return derived[0], derived[1], native[0] or None, native[1] or None, True
    family, given = latin or ("", "")
    if native is None:
        return family, given, None, None, False
    return family, given, native[0] or None, native[1] or None, False


def _telecom(resource: dict, path: str, conv: Conventions, findings: Findings, dropped: dict):
    phones: list[str] = []
    email = None
    for here, point in each(findings, resource, "telecom", path):
        system = soft(findings, get_str, point, "system", here)
        value = soft(findings, get_str, point, "value", here)
        if not value:
            continue
        if system == "email" or (system is None and "@" in value):
            email = email or value
        elif system in ("phone", "sms", None):
            phones.append(value)
    phone, refused = first_phone(phones, conv.phone_region)
    if phone is None and refused:
        dropped["phone"] = dropped_phone(refused, conv.phone_region)
    return phone, email


def _language(resource: dict, path: str, findings: Findings, dropped: dict) -> str | None:
    """The preferred language; among a concept's codings, the BCP 47 one first."""
    chosen = None
    unread = None
    for here, communication in each(findings, resource, "communication", path):
        concept = soft(findings, get_obj, communication, "language", here)
        pairs = codings(concept, f"{here}.language", findings)
        texts = [code for system, code in pairs if system == BCP47]
        texts += [code for system, code in pairs if system != BCP47]
        texts.append(soft(findings, get_str, concept or {}, "text", f"{here}.language") or "")
        tag = next((t for t in map(read_language, texts) if t), None)
        if tag is None:
            unread = unread or next((t for t in texts if t), None)
            continue
        if chosen is None or soft(findings, get_bool, communication, "preferred", here):
            chosen = tag
    if chosen is None and unread:
        dropped["preferred_language"] = dropped_code(unread, "a language")
    return chosen


def _extensions(resource: dict, path: str, findings: Findings):
    nationality = interpreter = None
    for here, ext in each(findings, resource, "extension", path):
        url = soft(findings, get_str, ext, "url", here)
        if url == NATIONALITY:
            for sub_path, sub in each(findings, ext, "extension", here):
                if soft(findings, get_str, sub, "url", sub_path) == "code":
                    concept = soft(findings, get_obj, sub, "valueCodeableConcept", sub_path)
                    codes = [c for _, c in codings(concept, sub_path, findings) if c]
                    nationality = codes[0].upper() if codes else None
        elif url == INTERPRETER:
            interpreter = soft(findings, get_bool, ext, "valueBoolean", here)
    return nationality, interpreter
