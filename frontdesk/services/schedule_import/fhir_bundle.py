"""Reading a FHIR R4 Bundle of Appointments (JSON) into records.

    result = parse_fhir(open("today.json", "rb").read(), ZoneInfo("America/New_York"))

The Bundle may be a searchset, collection, transaction or batch. Each Appointment entry is one
unit; its Patient, Practitioner and Location come as entries of the bundle (``urn:uuid:``
fullUrls or ``Patient/123`` references), as contained resources (``#p1``), or are already known
to the desk: a reference with an ``identifier`` (the MRN) and no resource in the bundle names a
patient the desk has. A transaction entry with ``request.method`` DELETE
(``Appointment/123`` or ``Appointment?identifier=system|value``) or an Appointment whose status
is ``entered-in-error`` removes the appointment.

Appointments are keyed by their first identifier with a system (source ``fhir:<system>``), else
by their id (source ``fhir``). Status: proposed, pending, booked, waitlist = scheduled;
arrived, checked-in = arrived; fulfilled = completed; cancelled; noshow = no-show. Department:
specialty (else serviceCategory); type: appointmentType (else serviceType); clinician: the
Practitioner participant; a participant of type INTRP (interpreter) sets interpreter_needed;
location: the Location's name.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from urllib.parse import parse_qs, urlsplit

from frontdesk.domain import AppointmentStatus
from frontdesk.errors import InputError
from frontdesk.services.appointments import AppointmentInput
from frontdesk.services.schedule_import import fhir_patient
from frontdesk.services.schedule_import.fhir_checks import (
    Bad,
    concept_codes,
    concept_text,
    first_concept_text,
    get_code,
    get_id,
    get_instant,
    get_list,
    get_obj,
    get_positive_int,
    get_str,
    objects,
)
from frontdesk.services.schedule_import.records import (
    Action,
    ParseResult,
    Problem,
    ScheduleRecord,
)

BUNDLE_TYPES = {"searchset", "collection", "transaction", "batch"}
STATUSES = {
    "proposed": (Action.UPSERT, AppointmentStatus.SCHEDULED),
    "pending": (Action.UPSERT, AppointmentStatus.SCHEDULED),
    "booked": (Action.UPSERT, AppointmentStatus.SCHEDULED),
    "waitlist": (Action.UPSERT, AppointmentStatus.SCHEDULED),
    "arrived": (Action.UPSERT, AppointmentStatus.ARRIVED),
    "checked-in": (Action.UPSERT, AppointmentStatus.ARRIVED),
    "fulfilled": (Action.UPSERT, AppointmentStatus.COMPLETED),
    "cancelled": (Action.CANCEL, AppointmentStatus.CANCELLED),
    "noshow": (Action.NO_SHOW, AppointmentStatus.NO_SHOW),
    "entered-in-error": (Action.DELETE, AppointmentStatus.CANCELLED),
}
PARTICIPANT_STATUSES = {"accepted", "declined", "tentative", "needs-action"}
_INTERPRETER_CODES = {"INTRP", "interpreter"}


def parse_fhir(data: bytes, tz: dt.tzinfo, progress=None) -> ParseResult:
    result = ParseResult(format="fhir", unit_word="entries")
    try:
        bundle = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        result.add_problem(
            Problem("file", "file", f"byte {exc.start} is not UTF-8 (FHIR JSON is UTF-8)")
        )
        return result
    except json.JSONDecodeError as exc:
        result.add_problem(
            Problem("file", f"line {exc.lineno}, column {exc.colno}", f"not JSON: {exc.msg}")
        )
        return result
    except ValueError as exc:  # numbers past Python's 4,300-digit limit, and the like
        result.add_problem(Problem("file", "file", f"not FHIR JSON: {exc}"))
        return result
    except RecursionError:
        result.add_problem(Problem("file", "file", "not JSON: nested too deeply"))
        return result
    try:
        entries = _bundle_entries(bundle)
    except Bad as bad:
        result.add_problem(Problem("file", bad.path, bad.message))
        return result
    try:
        index = _index(entries)
    except Bad as bad:
        result.add_problem(Problem("file", bad.path, bad.message))
        return result
    for i, entry in enumerate(entries):
        path = f"entry[{i}]"
        try:
            record = _entry(entry, path, index, tz)
        except Bad as bad:
            result.units += 1
            if not result.add_problem(Problem(path, bad.path, bad.message)):
                break
            continue
        if record is not None:
            result.units += 1
            result.records.append(record)
        if progress is not None and i % 1000 == 999:
            progress("read", i + 1, len(entries))
    if not result.units and not result.problems:
        result.add_problem(Problem("file", "entry", "the bundle holds no Appointment"))
    return result


def _bundle_entries(bundle) -> list:
    if not isinstance(bundle, dict) or bundle.get("resourceType") != "Bundle":
        found = bundle.get("resourceType") if isinstance(bundle, dict) else type(bundle).__name__
        raise Bad("resourceType", f"{found!r} is not a Bundle (expected a FHIR R4 Bundle)")
    get_code(bundle, "type", "", BUNDLE_TYPES, required=True)
    entries = get_list(bundle, "entry", "")
    for i, entry in enumerate(entries):
        if not isinstance(entry, dict):
            raise Bad(f"entry[{i}]", f"expected a JSON object, found {type(entry).__name__}")
    return entries


def _index(entries: list) -> dict[str, tuple[dict, str]]:
    """Each resource of the bundle by its fullUrl and by ``Type/id``."""
    index: dict[str, tuple[dict, str]] = {}
    for i, entry in enumerate(entries):
        resource = entry.get("resource")
        if not isinstance(resource, dict):
            continue
        here = (resource, f"entry[{i}].resource")
        full = entry.get("fullUrl")
        if isinstance(full, str):
            if full in index:  # which one would an appointment's reference mean? neither
                raise Bad(
                    f"entry[{i}].fullUrl",
                    f"{full!r} is also the fullUrl of {index[full][1].removesuffix('.resource')}"
                    " (expected each entry's fullUrl to be its own)",
                )
            index[full] = here
        kind, rid = resource.get("resourceType"), resource.get("id")
        if isinstance(kind, str) and isinstance(rid, str):
            index.setdefault(f"{kind}/{rid}", here)
    return index


def _entry(entry: dict, path: str, index, tz: dt.tzinfo) -> ScheduleRecord | None:
    request = get_obj(entry, "request", path)
    method = get_str(request, "method", f"{path}.request") if request else None
    if method == "DELETE":
        return _delete(request, path)
    if method not in (None, "POST", "PUT"):
        raise Bad(f"{path}.request.method", f"{method!r}: expected POST, PUT or DELETE")
    resource = get_obj(entry, "resource", path, required=True)
    kind = get_str(resource, "resourceType", f"{path}.resource", required=True)
    if kind != "Appointment":
        return None  # an included resource: read where an appointment refers to it
    return _appointment(resource, f"{path}.resource", path, index, tz)


def _delete(request: dict, path: str) -> ScheduleRecord:
    url = get_str(request, "url", f"{path}.request", required=True) or ""
    parts = urlsplit(url)
    segments = parts.path.strip("/").split("/")
    if segments[-2:-1] == ["Appointment"] and segments[-1]:
        return ScheduleRecord(path, Action.DELETE, "fhir", segments[-1], "")
    if segments[-1:] == ["Appointment"] and parts.query:
        identifier = parse_qs(parts.query).get("identifier", [""])[0]
        system, _, value = identifier.rpartition("|")
        if value:
            return ScheduleRecord(path, Action.DELETE, _source(system), value, "")
    raise Bad(
        f"{path}.request.url",
        f"{url!r}: expected Appointment/<id> or Appointment?identifier=<system>|<value>",
    )


def _source(system: str | None) -> str:
    if not system:
        return "fhir"
    source = f"fhir:{system}"
    if len(source) > 64:
        source = "fhir:" + hashlib.sha1(system.encode()).hexdigest()[:20]
    return source


def _key(resource: dict, path: str) -> tuple[str, str]:
    for here, identifier in objects(resource, "identifier", path):
        system = get_str(identifier, "system", here)
        value = get_str(identifier, "value", here)
        if system and value:
            return _source(system), value
    rid = get_id(resource, path)
    if rid is None:
        raise Bad(f"{path}.id", "the Appointment has neither an identifier nor an id")
    return "fhir", rid


def _appointment(resource: dict, path: str, unit: str, index, tz) -> ScheduleRecord:
    source, external_id = _key(resource, path)
    status = get_code(resource, "status", path, set(STATUSES), required=True) or ""
    action, our_status = STATUSES[status]
    contained = {}
    for here, item in objects(resource, "contained", path):
        cid = get_str(item, "id", here, required=True)
        contained[f"#{cid}"] = (item, here)
    start = get_instant(resource, "start", path)
    end = get_instant(resource, "end", path)
    duration = get_positive_int(resource, "minutesDuration", path)
    if duration is None and start and end:
        duration = round((end - start).total_seconds() / 60)
        if duration <= 0:
            raise Bad(f"{path}.end", "is not after start")
    patient = clinician = location = None
    interpreter = False
    for here, participant in objects(resource, "participant", path, required=True):
        get_code(participant, "status", here, PARTICIPANT_STATUSES, required=True)
        types = [
            code
            for type_path, concept in objects(participant, "type", here)
            for code in concept_codes(concept, type_path)
        ]
        actor = get_obj(participant, "actor", here)
        if any(code in _INTERPRETER_CODES for code in types):
            interpreter = True
            continue
        if actor is None:
            continue
        found = _resolve(actor, f"{here}.actor", index, contained)
        kind = found[0]
        if kind == "Patient":
            if patient is not None:
                raise Bad(f"{here}.actor", "a second Patient: an appointment has one patient")
            patient = found
        elif kind == "Practitioner" and clinician is None:
            clinician = _practitioner_name(found)
        elif kind == "Location" and location is None:
            location = _location_name(found)
    if patient is None:
        raise Bad(f"{path}.participant", "no participant whose actor is a Patient")
    if action == Action.DELETE:
        return ScheduleRecord(unit, action, source, external_id, _mrn_of(patient))
    mrn, details, supplied = _patient_of(patient)
    if interpreter and details is not None:
        details.interpreter_needed = True
        supplied.add("interpreter_needed")
    clean = None
    if details is not None:
        try:
            clean = details.validated()
        except InputError as exc:
            field = fhir_patient.PLACES.get(exc.where or "", "")
            raise Bad(f"{patient[2]}.{field}".rstrip("."), exc.message) from exc
        mrn = clean.mrn
    appointment = None
    if start is None:
        if action == Action.UPSERT:
            raise Bad(f"{path}.start", "is required for an appointment in the schedule")
    else:
        try:
            appointment = AppointmentInput(
                external_id=external_id,
                start=start,
                duration_min=duration or 30,
                department=first_concept_text(resource, "specialty", path)
                or first_concept_text(resource, "serviceCategory", path),
                clinician=clinician,
                location=location,
                type=concept_text(get_obj(resource, "appointmentType", path), path)
                or first_concept_text(resource, "serviceType", path),
                status=our_status,
                source_system=source,
            ).validated()
        except InputError as exc:
            raise Bad(f"{path}.{exc.where}", exc.message) from exc
    return ScheduleRecord(
        unit,
        action,
        source,
        external_id,
        mrn,
        patient=clean,
        supplied=frozenset(supplied),
        appointment=appointment,
    )


def _resolve(reference: dict, path: str, index, contained) -> tuple[str, dict | None, str]:
    """(resource type, the resource or None when only identified, its path)."""
    ref = get_str(reference, "reference", path)
    identifier = get_obj(reference, "identifier", path)
    if ref:
        found = contained.get(ref) if ref.startswith("#") else index.get(ref)
        if found is None and not ref.startswith("#") and "/" in ref:
            found = index.get("/".join(ref.rstrip("/").split("/")[-2:]))
        if found is not None:
            kind = get_str(found[0], "resourceType", found[1], required=True) or ""
            return kind, found[0], found[1]
        if ref.startswith("#"):
            raise Bad(f"{path}.reference", f"{ref!r} names no contained resource")
    if identifier is not None:
        kind = get_str(reference, "type", path) or (
            ref.split("/")[-2] if ref and "/" in ref else ""
        )
        if kind not in ("Patient", ""):
            return kind, None, path
        value = get_str(identifier, "value", f"{path}.identifier", required=True)
        return "Patient", {"identifier": [identifier], "_known": value}, path
    if ref and ref.split("/")[-2:-1] in (["Practitioner"], ["Location"]):
        return ref.split("/")[-2], None, path
    raise Bad(
        f"{path}.reference" if ref else path,
        f"{ref!r} is not in the bundle and has no identifier (expected the resource as an "
        "entry or a contained resource, or an identifier with the patient's MRN)"
        if ref
        else "expected a reference or an identifier",
    )


def _mrn_of(found) -> str:
    _, resource, path = found
    if resource is None:
        return ""
    if "_known" in resource:
        return str(resource["_known"]).strip().upper()
    mrn, _ = fhir_patient.identifiers(resource, path)
    return (mrn or "").strip().upper()


def _patient_of(found):
    """(MRN, details or None when the patient is only referred to, supplied fields)."""
    _, resource, path = found
    if resource is not None and "_known" in resource:
        return str(resource["_known"]).strip().upper(), None, set()
    details, supplied = fhir_patient.patient_details(resource, path)
    return details.mrn, details, supplied


def _practitioner_name(found) -> str | None:
    _, resource, path = found
    if resource is None:
        return None
    for here, name in objects(resource, "name", path):
        text = get_str(name, "text", here)
        if text:
            return text
        parts = [
            *(p for p in get_list(name, "prefix", here) if isinstance(p, str)),
            *(p for p in get_list(name, "given", here) if isinstance(p, str)),
            get_str(name, "family", here) or "",
        ]
        joined = " ".join(p for p in parts if p)
        if joined:
            return joined
    return None


def _location_name(found) -> str | None:
    _, resource, path = found
    if resource is None:
        return None
    return get_str(resource, "name", path) or get_str(resource, "description", path)
