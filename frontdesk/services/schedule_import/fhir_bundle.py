"""Reading a FHIR R4 Bundle of Appointments (JSON, or XML through :mod:`.fhir_xml`) into records.

    result = parse_fhir(open("today.json", "rb").read(), ZoneInfo("America/New_York"))

The Bundle may be a searchset, collection, transaction or batch. Each Appointment entry is one
unit; its Patient, Practitioner and Location come as entries of the bundle (``urn:uuid:``
fullUrls or ``Patient/123`` references), as contained resources (``#p1``), or are already known
to the desk: a reference with an ``identifier`` (the MRN) and no resource in the bundle names a
patient the desk has. A transaction entry with ``request.method`` DELETE
(``Appointment/123`` or ``Appointment?identifier=system|value``) or an Appointment whose status
is ``entered-in-error`` removes the appointment.

A single Appointment resource (not in a Bundle) is read as a bundle of one. FHIR XML is read as
the same bundle in JSON would be. Requests of a transaction or batch for other resource types
(``GET``, ``DELETE Patient/1``) are left alone.

Appointments are keyed by their first identifier with a system (source ``fhir:<system>``), else
by their id (source ``fhir``). Status: proposed, pending, booked, waitlist = scheduled;
arrived, checked-in = arrived; fulfilled = completed; cancelled; noshow = no-show; a proposed
appointment without a patient is an open slot, not a booking (left alone). Department:
specialty (else serviceCategory); type: appointmentType (else serviceType); clinician: the
Practitioner participant; a participant of type INTRP (interpreter) sets interpreter_needed;
location: the Location's name (else description). A participant that is not in the bundle
is read from its ``display`` (a room, "Phone Call", a clinician). When ``end`` is given it sets
the duration (a ``minutesDuration`` that disagrees is noted).

Strict about the patient (a resource in the bundle, or an identifier with the MRN), the
appointment's id, its start and its status; anything else of the wrong shape is left out with
a notice. All the problems of an entry are reported at once.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
from urllib.parse import parse_qs, urlsplit

from frontdesk.domain import AppointmentStatus
from frontdesk.errors import InputError
from frontdesk.services.appointments import MAX_DURATION_MIN, AppointmentInput
from frontdesk.services.schedule_import import fhir_patient
from frontdesk.services.schedule_import.conventions import Conventions
from frontdesk.services.schedule_import.fhir_checks import (
    Bad,
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
from frontdesk.services.schedule_import.fhir_patient import codings, each, soft
from frontdesk.services.schedule_import.records import (
    Action,
    Findings,
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
_INTERPRETER_CODES = {"INTRP", "interpreter"}
# Participation types (v3-ParticipationType) of a person taking part as a clinician.
_CLINICIAN_CODES = {"ATND", "PPRF", "SPRF", "PART", "CON", "REF", "ADM", "DIS", "PRF", "CALLBCK"}
_PERSON_KINDS = {"Practitioner", "PractitionerRole", "RelatedPerson"}
_PLACE_KINDS = {"Location", "HealthcareService"}


def parse_fhir(data: bytes, tz: dt.tzinfo, progress=None, conv: Conventions | None = None):
    conv = conv or Conventions()
    result = ParseResult(format="fhir", unit_word="entries")
    head = data[:512].lstrip(b"\xef\xbb\xbf \t\r\n")
    try:
        if head.startswith(b"<"):  # FHIR XML: read into the JSON form, element for element
            from frontdesk.services.schedule_import.fhir_xml import XmlProblem, fhir_xml_to_json

            try:
                bundle = fhir_xml_to_json(data.lstrip(b"\xef\xbb\xbf \t\r\n"))
            except XmlProblem as problem:
                result.add_problem(Problem("file", problem.place, problem.message))
                return result
        else:
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
        form = "FHIR XML" if head.startswith(b"<") else "JSON"
        result.add_problem(Problem("file", "file", f"not {form}: nested too deeply"))
        return result
    try:
        entries = _bundle_entries(bundle)
        index = _index(entries)
    except Bad as bad:
        result.add_problem(Problem("file", bad.path, bad.message))
        return result
    for i, entry in enumerate(entries):
        findings = Findings(f"entry[{i}]", sep="")
        record, counted = _entry(entry, f"entry[{i}]", index, tz, conv, findings)
        if counted and not result.add_unit(findings, record):
            break
        if progress is not None and i % 1000 == 999:
            progress("read", i + 1, len(entries))
    if not result.units and not result.problems:
        result.add_problem(Problem("file", "entry", "the bundle holds no Appointment"))
    return result


def _bundle_entries(bundle) -> list:
    kind = bundle.get("resourceType") if isinstance(bundle, dict) else None
    if kind == "Appointment":  # one resource on its own: a bundle of one
        return [{"resource": bundle}]
    if kind == "Patient":
        raise Bad(
            "resourceType",
            "a Patient on its own: the desk imports appointments (a Bundle of Appointments with "
            "their patients, or one Appointment)",
        )
    if kind != "Bundle":
        found = kind if isinstance(bundle, dict) else type(bundle).__name__
        raise Bad(
            "resourceType",
            f"{found!r} is not a Bundle (expected a FHIR R4 Bundle of Appointments, or one "
            "Appointment)",
        )
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
            tail = full.rstrip("/").split("/")[-2:]
            if len(tail) == 2 and not full.startswith("urn:"):
                # A relative reference ("Patient/123") resolves against the entry's base URL.
                index.setdefault("/".join(tail), here)
        kind, rid = resource.get("resourceType"), resource.get("id")
        if isinstance(kind, str) and isinstance(rid, str):
            index.setdefault(f"{kind}/{rid}", here)
    return index


def _entry(entry: dict, path: str, index, tz, conv, findings: Findings):
    """(record or None, whether the entry is an appointment unit of the file)."""
    request = soft(findings, get_obj, entry, "request", path)
    method = soft(findings, get_str, request, "method", f"{path}.request") if request else None
    url = (soft(findings, get_str, request, "url", f"{path}.request") or "") if request else ""
    resource = entry.get("resource")
    kind = resource.get("resourceType") if isinstance(resource, dict) else None
    if method == "DELETE":
        if "Appointment" not in url.split("?")[0].split("/"):
            return None, False  # the deletion of another kind of resource: not the desk's
        return _delete(url, path, findings), True
    if method == "GET" or kind != "Appointment":
        return None, False  # an included resource: read where an appointment refers to it
    return _appointment(resource, f"{path}.resource", path, index, tz, conv, findings), True


def _delete(url: str, path: str, findings: Findings) -> ScheduleRecord | None:
    parts = urlsplit(url)
    segments = parts.path.strip("/").split("/")
    if segments[-2:-1] == ["Appointment"] and segments[-1]:
        return ScheduleRecord(path, Action.DELETE, "fhir", segments[-1], "")
    if segments[-1:] == ["Appointment"] and parts.query:
        identifier = parse_qs(parts.query).get("identifier", [""])[0]
        system, _, value = identifier.rpartition("|")
        if value:
            return ScheduleRecord(path, Action.DELETE, _source(system), value, "")
    findings.error(
        f"{path}.request.url",
        f"{url!r}: expected Appointment/<id> or Appointment?identifier=<system>|<value>",
    )
    return None


def _source(system: str | None) -> str:
    if not system:
        return "fhir"
    source = f"fhir:{system}"
    if len(source) > 64:
        source = "fhir:" + hashlib.sha1(system.encode()).hexdigest()[:20]
    return source


def _key(resource: dict, path: str, findings: Findings) -> tuple[str, str] | None:
    for here, identifier in each(findings, resource, "identifier", path):
        system = soft(findings, get_str, identifier, "system", here)
        value = soft(findings, get_str, identifier, "value", here)
        if system and value:
            return _source(system), value
    try:
        rid = get_id(resource, path)
    except Bad as bad:
        findings.error(bad.path, bad.message)
        return None
    if rid is None:
        findings.error(f"{path}.id", "the Appointment has neither an identifier nor an id")
        return None
    return "fhir", rid


class _Parts:
    def __init__(self) -> None:
        self.patient = None
        self.clinician: str | None = None
        self.location: str | None = None
        self.interpreter = False


def _status(resource, path, source, conv: Conventions, findings: Findings):
    """(action, status, whether the status could be read)."""
    try:
        code = get_str(resource, "status", path, required=True) or ""
    except Bad as bad:
        findings.error(bad.path, bad.message)
        return Action.UPSERT, AppointmentStatus.SCHEDULED, False
    mapped = conv.status_for(source, code)
    if mapped is not None:
        action = {
            AppointmentStatus.CANCELLED: Action.CANCEL,
            AppointmentStatus.NO_SHOW: Action.NO_SHOW,
        }.get(mapped, Action.UPSERT)
        return action, mapped, True
    if code in STATUSES:
        return (*STATUSES[code], True)
    findings.notice(
        f"{path}.status",
        f"{code!r} is not one of {', '.join(sorted(STATUSES))}: a new booking reads as "
        f"scheduled and a known one keeps its status; the office can map it for {source}",
    )
    return Action.UPSERT, AppointmentStatus.SCHEDULED, False


def _appointment(resource, path, unit, index, tz, conv, findings: Findings):
    key = _key(resource, path, findings)
    source = key[0] if key else "fhir"
    action, our_status, status_given = _status(resource, path, source, conv, findings)
    contained = {}
    for here, item in each(findings, resource, "contained", path):
        cid = soft(findings, get_str, item, "id", here)
        if cid:
            contained[f"#{cid}"] = (item, here)
    parts = _participants(resource, path, index, contained, findings)
    if parts.patient is None:
        if resource.get("status") == "proposed" and not findings.errors:
            findings.notice(
                f"{path}.participant",
                "a proposed appointment without a patient is an open slot, not a booking: "
                "left alone",
            )
            return None
        if not findings.errors:
            findings.error(f"{path}.participant", "no participant whose actor is a Patient")
    if key is None or parts.patient is None:
        return None
    source, external_id = key
    if action == Action.DELETE:
        if findings.errors:
            return None
        return ScheduleRecord(
            unit, action, source, external_id, _mrn_of(parts.patient, conv, findings)
        )
    mrn, clean, supplied = _patient_of(parts.patient, conv, findings)
    if parts.interpreter and clean is not None:
        clean.interpreter_needed = True
        supplied.add("interpreter_needed")
    appointment = _schedule(resource, path, tz, key, our_status, parts, findings)
    if appointment is None and action == Action.UPSERT and not findings.errors:
        if resource.get("status") in ("proposed", "pending", "waitlist"):
            findings.notice(
                f"{path}.start",
                f"a {resource.get('status')} appointment without a time yet is a request, not "
                "a booking: left alone until it has one",
            )
            return None
        findings.error(f"{path}.start", "is required for an appointment in the schedule")
    if findings.errors:
        return None
    return ScheduleRecord(
        unit,
        action,
        source,
        external_id,
        mrn,
        patient=clean,
        supplied=frozenset(supplied),
        appointment=appointment,
        status_given=status_given,
    )


def _participants(resource, path, index, contained, findings: Findings) -> _Parts:
    parts = _Parts()
    try:
        participants = list(objects(resource, "participant", path, required=True))
    except Bad as bad:
        findings.error(bad.path, bad.message)
        return parts
    for here, participant in participants:
        types = [
            code
            for type_path, concept in each(findings, participant, "type", here)
            for _, code in codings(concept, type_path, findings)
        ]
        if any(code in _INTERPRETER_CODES for code in types):
            parts.interpreter = True
            continue
        actor = soft(findings, get_obj, participant, "actor", here)
        if actor is None:
            continue
        try:
            kind, found, where = _resolve(actor, f"{here}.actor", index, contained)
        except Bad as bad:
            findings.error(bad.path, bad.message)
            continue
        if kind == "Patient":
            if parts.patient is not None:
                findings.error(f"{here}.actor", "a second Patient: an appointment has one patient")
            parts.patient = (kind, found, where)
            continue
        name = _name_of(kind, found, actor, f"{here}.actor", findings)
        if not name:
            continue
        person = kind in _PERSON_KINDS or (kind == "" and any(t in _CLINICIAN_CODES for t in types))
        if person and parts.clinician is None:
            parts.clinician = name
        elif not person and kind not in ("Device", "Group") and parts.location is None:
            parts.location = name
    return parts


def _resolve(reference: dict, path: str, index, contained) -> tuple[str, dict | None, str]:
    """(resource type, the resource or None when not in the file, its path). The type of a
    reference not in the file comes from the reference (``Practitioner/12``) or its ``type``;
    a Patient not in the file must have an identifier (the MRN)."""
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
    kind = get_str(reference, "type", path) or (ref.split("/")[-2] if ref and "/" in ref else "")
    if kind in ("Patient", "") and identifier is not None:
        value = get_str(identifier, "value", f"{path}.identifier", required=True)
        return "Patient", {"identifier": [identifier], "_known": value}, path
    if kind == "Patient":
        raise Bad(
            f"{path}.reference" if ref else path,
            f"{ref!r} is not in the bundle and has no identifier (expected the Patient as an "
            "entry or a contained resource, or an identifier with the patient's MRN)"
            if ref
            else "a Patient needs a reference to a resource in the bundle or an identifier",
        )
    return kind, None, path


def _name_of(kind, found, actor, path, findings: Findings) -> str | None:
    """A practitioner's or a place's name: from the resource in the file, else the display."""
    if found is not None and kind in ("Practitioner", "RelatedPerson"):
        name = _practitioner_name(found, findings)
    elif found is not None and kind in _PLACE_KINDS:
        name = soft(findings, get_str, found, "name", path) or soft(
            findings, get_str, found, "description", path
        )
    else:
        name = None
    return name or soft(findings, get_str, actor, "display", path)


def _mrn_of(found, conv: Conventions, findings: Findings) -> str:
    _, resource, path = found
    if resource is None:
        return ""
    if "_known" in resource:
        return str(resource["_known"]).strip().upper()
    mrn, _ = fhir_patient.identifiers(resource, path, conv, findings)
    return (mrn or "").strip().upper()


def _patient_of(found, conv: Conventions, findings: Findings):
    """(MRN, details or None when the patient is only referred to, supplied fields)."""
    _, resource, path = found
    if resource is not None and "_known" in resource:
        return str(resource["_known"]).strip().upper(), None, set()
    return fhir_patient.patient_details(resource, path, conv, findings)


def _schedule(resource, path, tz, key, status, parts: _Parts, findings: Findings):
    """The appointment's time, place and kind; None without a start."""
    start = _instant(resource, "start", path, tz, findings, strict=True)
    if start is None:
        return None
    end = _instant(resource, "end", path, tz, findings, strict=False)
    duration = soft(findings, get_positive_int, resource, "minutesDuration", path)
    if end is not None:
        span = round((end - start).total_seconds() / 60)
        if span <= 0:
            findings.notice(f"{path}.end", "is not after start; left out")
        else:
            if duration is not None and duration != span:
                findings.notice(
                    f"{path}.minutesDuration",
                    f"{duration} minutes, but start to end is {span}: the end is taken",
                )
            duration = span
    if duration is not None and duration > MAX_DURATION_MIN:
        findings.notice(f"{path}.minutesDuration", f"{duration} minutes is too long; 30 used")
        duration = None
    appointment = AppointmentInput(
        external_id=key[1],
        start=start,
        duration_min=duration or 30,
        department=soft(findings, first_concept_text, resource, "specialty", path)
        or soft(findings, first_concept_text, resource, "serviceCategory", path),
        clinician=parts.clinician,
        location=parts.location,
        type=soft(findings, lambda: concept_text(get_obj(resource, "appointmentType", path), path))
        or soft(findings, first_concept_text, resource, "serviceType", path),
        status=status,
        source_system=key[0],
    )
    for _ in range(4):  # leave out each optional text the desk cannot keep (too long, ...)
        try:
            return appointment.validated()
        except InputError as exc:
            field = exc.where or ""
            if field in ("department", "clinician", "location", "type"):
                findings.notice(f"{path}.{field}", f"{exc.message}; left out")
                appointment = dataclasses.replace(appointment, **{field: None})
                continue
            findings.error(f"{path}.{'start' if field == 'start' else field}", exc.message)
            return None
    return None


def _instant(resource, key, path, tz, findings: Findings, *, strict: bool) -> dt.datetime | None:
    """An instant; a dateTime without an offset is read in the office's zone (with a notice)."""
    text = resource.get(key)
    if text is None:
        return None
    try:
        return get_instant(resource, key, path)
    except Bad as bad:
        local = None
        if isinstance(text, str):
            try:
                local = dt.datetime.fromisoformat(text)
            except ValueError:
                local = None
        if local is not None and local.tzinfo is None and "T" in text:
            findings.notice(
                f"{path}.{key}", f"{text!r} has no offset: read in the office's time zone"
            )
            return local.replace(tzinfo=tz)
        if strict:
            findings.error(bad.path, bad.message)
        else:
            findings.notice(bad.path, f"{bad.message}; left out")
        return None


def _practitioner_name(resource: dict, findings: Findings) -> str | None:
    path = "Practitioner"
    for here, name in each(findings, resource, "name", path):
        text = soft(findings, get_str, name, "text", here)
        if text:
            return text
        parts = [
            *(
                p
                for p in soft(findings, get_list, name, "prefix", here, default=[])
                if isinstance(p, str)
            ),
            *(
                p
                for p in soft(findings, get_list, name, "given", here, default=[])
                if isinstance(p, str)
            ),
            soft(findings, get_str, name, "family", here) or "",
        ]
        joined = " ".join(p for p in parts if p)
        if joined:
            return joined
    return None
