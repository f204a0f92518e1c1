"""A FHIR R4 Patient resource as the desk's patient details.

identifier with type MR (terminology.hl7.org/CodeSystem/v2-0203): the MRN; type PPN: the
passport. A name carrying the ``iso21090-EN-representation`` extension with IDE (ideographic)
or SYL (syllabic) is the native-script name; the first other name (``official`` preferred) is
the passport name. birthDate, gender, telecom (phone, email), the preferred communication
language, the ``patient-nationality`` and ``patient-interpreterRequired`` extensions.
"""

from __future__ import annotations

from frontdesk.services.patient_input import PatientInput
from frontdesk.services.schedule_import.fhir_checks import (
    Bad,
    concept_codes,
    get_bool,
    get_code,
    get_date,
    get_list,
    get_obj,
    get_str,
    objects,
)

REPRESENTATION = "http://hl7.org/fhir/StructureDefinition/iso21090-EN-representation"
NATIONALITY = "http://hl7.org/fhir/StructureDefinition/patient-nationality"
INTERPRETER = "http://hl7.org/fhir/StructureDefinition/patient-interpreterRequired"
GENDERS = {"male": "M", "female": "F", "other": "X", "unknown": "U"}
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


def identifiers(resource: dict, path: str) -> tuple[str | None, str | None]:
    mrn = passport = None
    untyped = []
    for here, identifier in objects(resource, "identifier", path):
        value = get_str(identifier, "value", here)
        codes = concept_codes(get_obj(identifier, "type", here), f"{here}.type")
        if "MR" in codes and mrn is None:
            mrn = value
        elif "PPN" in codes and passport is None:
            passport = value
        elif not codes and value:
            untyped.append(value)
    if mrn is None and len(untyped) == 1:
        mrn = untyped[0]
    return mrn, passport


def patient_details(resource: dict, path: str) -> tuple[PatientInput, set[str]]:
    """The details (not yet validated) and which of them the resource supplies."""
    mrn, passport = identifiers(resource, path)
    if not mrn:
        raise Bad(
            f"{path}.identifier",
            "no identifier with type MR (expected type.coding code MR of "
            "http://terminology.hl7.org/CodeSystem/v2-0203 and the MRN as value)",
        )
    latin = native = None
    for here, name in objects(resource, "name", path):
        representation = None
        for ext_path, ext in objects(name, "extension", here):
            if get_str(ext, "url", ext_path, required=True) == REPRESENTATION:
                representation = get_code(
                    ext, "valueCode", ext_path, {"ABC", "IDE", "SYL"}, required=True
                )
        family = get_str(name, "family", here)
        given_parts = get_list(name, "given", here)
        for k, part in enumerate(given_parts):
            if not isinstance(part, str):
                raise Bad(f"{here}.given[{k}]", f"{part!r} is not a string")
        given = " ".join(given_parts) or None
        use = get_str(name, "use", here)
        if representation in ("IDE", "SYL"):
            native = native or (family, given)
        elif latin is None or use == "official":
            latin = (family, given)
    gender = get_code(resource, "gender", path, set(GENDERS))
    phone = email = None
    for here, point in objects(resource, "telecom", path):
        system = get_str(point, "system", here)
        value = get_str(point, "value", here)
        if system == "phone" and phone is None:
            phone = value
        elif system == "email" and email is None:
            email = value
    language = None
    for here, communication in objects(resource, "communication", path):
        codes = concept_codes(
            get_obj(communication, "language", here, required=True), f"{here}.language"
        )
        if codes and (language is None or get_bool(communication, "preferred", here)):
            language = codes[0]
    nationality = interpreter = None
    for here, ext in objects(resource, "extension", path):
        url = get_str(ext, "url", here, required=True)
        if url == NATIONALITY:
            for sub_path, sub in objects(ext, "extension", here):
                if get_str(sub, "url", sub_path) == "code":
                    concept = get_obj(sub, "valueCodeableConcept", sub_path, required=True)
                    codes = concept_codes(concept, f"{sub_path}.valueCodeableConcept")
                    nationality = codes[0].upper() if codes else None
        elif url == INTERPRETER:
            interpreter = get_bool(ext, "valueBoolean", here)
    birth = get_date(resource, "birthDate", path)
    values = {
        "mrn": mrn,
        "family_name": latin[0] if latin else None,
        "given_name": latin[1] if latin else None,
        "native_family_name": native[0] if native else None,
        "native_given_name": native[1] if native else None,
        "date_of_birth": birth.isoformat() if birth else "",
        "sex": GENDERS[gender] if gender else None,
        "nationality": nationality,
        "passport_no": passport,
        "preferred_language": language,
        "interpreter_needed": interpreter,
        "phone": phone,
        "email": email,
    }
    supplied = {name for name, value in values.items() if value not in (None, "")}
    values["family_name"] = values["family_name"] or ""
    values["given_name"] = values["given_name"] or ""
    return PatientInput(**values), supplied
