"""Reading HL7 v2.3 to v2.8 SIU scheduling messages into records.

    result = parse_hl7(open("siu.hl7", "rb").read(), ZoneInfo("America/New_York"))

A file holds one message or many: segments end with CR (CR LF and LF are taken too), blank
lines and MLLP framing (VT ... FS CR) between messages are fine, and an FHS/BHS batch is
checked against its BTS/FTS counts (a short count is a truncated file). Each message is decoded
with the character set its MSH-18 names, then split as python-hl7 splits it, with the
delimiters its MSH-2 declares (see :mod:`.hl7_framing` and :mod:`.hl7_fields`).

Trigger events: S12 new, S13 rescheduled, S14 modified (all three: create or update, with the
status of SCH-25), S15 cancelled, S16 discontinued (a cancellation), S17 deleted, S26 no-show;
S18 to S24 (resources and blocked slots) and other message types are left alone with a
notice. Appointments are keyed by ``hl7:<MSH-3>@<MSH-4>`` (sending application and facility)
and SCH-2 (filler id), or SCH-1 (placer id) when there is no filler id. Times without an
offset are the office's local time.

Strict about what the desk needs to act: which patient (the MRN, PID-3), which appointment
(SCH-2/SCH-1), when (a start for a booking) and the kind of event. Liberal about the rest: an
optional field in a local or odd format is read with the office's conventions where it can be
(:mod:`.conventions`), else left out with a notice on the report. A local status code the
desk does not know reads as scheduled on a new booking (and leaves a known one's status as it
is), with a notice; the office can map it (``frontdesk interfaces --status``). All the problems
of a message are reported at once.

What goes where:

===========================  ==============================================================
SCH-2 / SCH-1                appointment id
TQ1-7, SCH-11.4, AIS-4       start (the first present); TQ1-8 / SCH-11.5 end
TQ1-6, SCH-9/10, SCH-11.3,   duration (end - start first), default 30 minutes
AIS-7/8
SCH-25, else AIS-10          status (Booked, Pending, Complete, Cancelled, Noshow, ...)
AIS-3, else SCH-8            type (the service)
AIL-3 (else PV1-3)           department (point of care), location (building, floor, room)
AIP-3 / AIG-3                clinician; a resource whose role is interpreter sets
                             interpreter_needed
PID-3                        MR = MRN, PPN = passport number
PID-5                        the alphabetic name; the repetition with representation I
                             (else P) is the native-script name
PID-7, -8, -13, -15, -26/28  birth date, sex, phone and e-mail, language, nationality
NTE-3                        notes (read and checked; the desk keeps no appointment notes)
===========================  ==============================================================
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from frontdesk.domain import AppointmentStatus
from frontdesk.errors import InputError
from frontdesk.services.appointments import MAX_DURATION_MIN, AppointmentInput
from frontdesk.services.schedule_import import hl7_patient
from frontdesk.services.schedule_import.conventions import Conventions, normal_code
from frontdesk.services.schedule_import.hl7_fields import (
    Fields,
    minutes,
    parse_dtm,
    pick,
    tq_duration,
)
from frontdesk.services.schedule_import.hl7_framing import Bad as _Bad
from frontdesk.services.schedule_import.hl7_framing import decode, frame
from frontdesk.services.schedule_import.records import (
    Action,
    Findings,
    ParseResult,
    Problem,
    ScheduleRecord,
)

VERSIONS = {"2.3", "2.3.1", "2.4", "2.5", "2.5.1", "2.6", "2.7", "2.7.1", "2.8", "2.8.1", "2.8.2"}
EVENTS = {
    "S12": Action.UPSERT,
    "S13": Action.UPSERT,
    "S14": Action.UPSERT,
    "S15": Action.CANCEL,
    "S16": Action.CANCEL,  # discontinued: the rest of the appointment will not take place
    "S17": Action.DELETE,
    "S26": Action.NO_SHOW,
}
# Filler status codes (table 0278) and the words senders use for them, compared without case,
# spaces or hyphens (see conventions.normal_code). "DELETED" is read with the event.
STATUSES = {
    **dict.fromkeys(
        ("BOOKED", "PENDING", "OVERBOOK", "WAITLIST", "CONFIRMED", "SCHEDULED", "SCH", "SCHED",
         "BOOK", "RESCHEDULED"),
        AppointmentStatus.SCHEDULED,
    ),
    **dict.fromkeys(("ARRIVED", "CHECKEDIN", "CHECKIN", "ARR"), AppointmentStatus.ARRIVED),
    **dict.fromkeys(("STARTED", "INPROGRESS", "INROOM"), AppointmentStatus.IN_PROGRESS),
    **dict.fromkeys(
        ("COMPLETE", "COMPLETED", "DONE", "CHECKEDOUT", "DISCHARGED"), AppointmentStatus.COMPLETED
    ),
    **dict.fromkeys(
        ("CANCELLED", "CANCELED", "CANC", "DC", "DISCONTINUED"), AppointmentStatus.CANCELLED
    ),
    **dict.fromkeys(("NOSHOW", "NS"), AppointmentStatus.NO_SHOW),
}  # fmt: skip
_SEGMENT_NAME = re.compile(r"[A-Z][A-Z0-9]{2}")
_APPOINTMENT_PLACES = {
    "appointment_id": "SCH-2",
    "department": "AIL-3.1",
    "clinician": "AIP-3",
    "location": "AIL-3",
    "type": "AIS-3",
    "duration_min": "SCH-9",
    "start": "SCH-11.4",
}
_IGNORED_EVENTS = {"S18", "S19", "S20", "S21", "S22", "S23", "S24", "S25"}


def parse_hl7(data: bytes, tz: dt.tzinfo, progress=None, conv: Conventions | None = None):
    conv = conv or Conventions()
    result = ParseResult(format="hl7", unit_word="messages")
    head = data.lstrip(b"\xef\xbb\xbf \t\r\n\x0b")
    if head[:3] not in (b"MSH", b"FHS", b"BHS"):
        shown = head[:20].decode("latin-1")
        line = data[: len(data) - len(head)].count(b"\n") + 1
        result.add_problem(
            Problem(
                "file",
                f"line {line}",
                f"expected a message starting with its MSH segment, found {shown!r}",
            )
        )
        return result
    messages = frame(data, result)
    for index, (segments, first_line) in enumerate(messages, 1):
        findings = Findings(f"message {index} (line {first_line})")
        record = read_message(segments, tz, conv, findings, label=f"message {index}")
        if not result.add_unit(findings, record):
            break
        if progress is not None and index % 500 == 0:
            progress("read", index, len(messages))
    if not messages and not result.problems:
        result.add_problem(Problem("file", "file", "holds no HL7 message (no MSH segment)"))
    return result


def read_message(
    segments: list[bytes], tz: dt.tzinfo, conv: Conventions, findings: Findings, label: str
) -> ScheduleRecord | None:
    """One message's record (None when it has an error, or nothing for the desk), with all
    that is wrong or worth a notice in ``findings`` (whose unit becomes ``label (control id
    ...)`` once MSH-10 is read)."""
    try:
        text, codec, charset_notice = decode(segments)
        f = Fields(text, codec)
    except _Bad as bad:
        findings.error(bad.place, bad.message)
        return None
    except InputError as exc:
        findings.error(exc.where or "MSH", exc.message)
        return None
    if charset_notice:
        findings.notice("MSH-18", charset_notice)
    msh = f.first("MSH")
    try:
        control = f.value(msh, 10)
    except InputError:
        control = ""
    if control:
        findings.unit = f"{label} (control id {control})"
    try:
        return _record(f, msh, tz, conv, findings)
    except InputError as exc:  # a header field the desk needs that cannot be read (MSH-3, -9)
        findings.error(exc.where or "MSH", exc.message)
        return None


def message_source(f: Fields) -> str:
    """``hl7:<MSH-3>@<MSH-4>``: the same for every message of a sender, with a PID or without."""
    app, facility = f.value(f.first("MSH"), 3, 1), f.value(f.first("MSH"), 4, 1)
    source = ("hl7:" + app + (f"@{facility}" if facility else "")) if app or facility else "hl7"
    return source[:64]


def _record(f: Fields, msh, tz, conv: Conventions, findings: Findings) -> ScheduleRecord | None:
    for k, seg in enumerate(f.segments, 1):
        seg_id = seg[0]
        if not _SEGMENT_NAME.fullmatch(seg_id):
            findings.error(
                f"segment {k}", f"{seg_id[:20]!r} is not a segment id (expected e.g. SCH, PID)"
            )
            return None
    kind, event = f.value(msh, 9, 1).upper(), f.value(msh, 9, 2).upper()
    if kind != "SIU" or event not in EVENTS:
        what = "a resource or slot change" if kind == "SIU" and event in _IGNORED_EVENTS else ""
        findings.notice(
            "MSH-9",
            f"{kind}^{event} is not {what or 'a scheduling message this desk takes'} "
            "(SIU^S12 to S17, S26): left alone",
        )
        return None
    version = f.value(msh, 12, 1)
    if version not in VERSIONS:
        findings.notice("MSH-12", f"{version!r} is not an HL7 version from 2.3 to 2.8; read as 2.5")
    source = message_source(f)
    sch = f.first("SCH")
    if sch is None:
        findings.error("SCH", "the message has no SCH segment (SIU carries the appointment in SCH)")
        return None
    for name, what in (("SCH", "appointment"), ("PID", "patient")):
        count = len(list(f.all(name)))
        if count > 1:  # a second one would be silently ignored: say so instead
            findings.error(name, f"the message has {count} {name} segments (expected one {what})")
    external_id = _soft(f, findings, sch, 2) or _soft(f, findings, sch, 1)
    if not external_id:
        findings.error("SCH-2", "no appointment id (expected the filler id in SCH-2 or SCH-1)")
    action = EVENTS[event]
    status, status_given = _status(f, sch, action, source, conv, findings)
    pid = f.first("PID")
    mrn, patient, supplied = "", None, set()
    if pid is None:
        if action == Action.UPSERT:
            findings.error(
                "PID", "the message has no PID segment: an appointment needs its patient"
            )
    else:
        mrn, patient, supplied = hl7_patient.patient_of(f, pid, conv, findings)
    resources = _resources(f, findings)
    if resources.interpreter and patient is not None:
        patient.interpreter_needed = True
        supplied.add("interpreter_needed")
    appointment = changes = None
    if action != Action.DELETE:  # read even without an id: every problem is reported at once
        appointment = _appointment(
            f, sch, tz, status, source, external_id or "-", resources, findings
        )
        if appointment is None and action == Action.UPSERT and not findings.errors:
            # No time: it can only change an appointment the desk has (the applier checks).
            changes = {
                "department": resources.department,
                "clinician": resources.clinician,
                "location": resources.location,
                "type": resources.service,
                "status": status if status_given else None,
            }
    if findings.errors:
        return None
    return ScheduleRecord(
        findings.unit,
        action,
        source,
        external_id[:128],
        mrn,
        patient=patient,
        supplied=frozenset(supplied),
        appointment=appointment,
        status_given=status_given,
        changes=changes,
    )


def _soft(f: Fields, findings: Findings, segment, number: int, comp: int = 1) -> str:
    """A field's text; a malformed escape is a notice and the field left out."""
    if segment is None:
        return ""
    try:
        return f.value(segment, number, comp)
    except InputError as exc:
        findings.notice(exc.where or f"{segment[0]}-{number}", f"{exc.message}; left out")
        return ""


def _status(f, sch, action, source, conv: Conventions, findings: Findings):
    """(status, whether the message gave one the desk can read)."""
    ais = f.first("AIS")
    for seg, number, place in ((sch, 25, "SCH-25"), (ais, 10, "AIS-10")):
        codes = [_soft(f, findings, seg, number, c) for c in (1, 2)]
        if not any(codes):
            continue
        for code in codes:
            if not code:
                continue
            mapped = conv.status_for(source, code)
            if mapped is not None:
                return mapped, True
            key = normal_code(code)
            if key == "DELETED":
                return (
                    AppointmentStatus.SCHEDULED if action == Action.DELETE
                    else AppointmentStatus.CANCELLED
                ), True  # fmt: skip
            if key in STATUSES:
                return STATUSES[key], True
        shown = "^".join(c for c in codes if c)
        findings.notice(
            place,
            f"{shown!r} is not a filler status this desk knows (Booked, Pending, Arrived, "
            "Complete, Cancelled, Noshow, ...): a new booking reads as scheduled and a known "
            f"one keeps its status; the office can map it for {source}",
        )
        return AppointmentStatus.SCHEDULED, False
    return AppointmentStatus.SCHEDULED, True


class _Resources:
    def __init__(self) -> None:
        self.clinician: str | None = None
        self.interpreter = False
        self.department: str | None = None
        self.location: str | None = None
        self.service: str | None = None


def _resources(f: Fields, findings: Findings) -> _Resources:
    found = _Resources()
    for k, aip in enumerate(f.all("AIP"), 1):
        place = "AIP-3" if k == 1 else f"AIP#{k}-3"
        role = " ".join(filter(None, (_soft(f, findings, aip, 4), _soft(f, findings, aip, 4, 2))))
        if _is_interpreter(role):
            found.interpreter = True
            continue
        try:
            reps = f.reps(aip, 3)
            parts = [f.text(pick(reps, 1, c), place) for c in (6, 3, 2)]
            name = " ".join(p for p in parts if p) or f.text(pick(reps, 1, 1), place)
        except InputError as exc:
            findings.notice(place, f"{exc.message}; left out")
            continue
        found.clinician = found.clinician or name or None
    for aig in f.all("AIG"):
        kind = " ".join(filter(None, (_soft(f, findings, aig, 4), _soft(f, findings, aig, 4, 2))))
        text = _soft(f, findings, aig, 3, 2) or _soft(f, findings, aig, 3)
        if _is_interpreter(kind) or _is_interpreter(text):
            found.interpreter = True
        elif found.clinician is None and text and _is_person(kind):
            found.clinician = text
    ail = f.first("AIL")
    location_segment, number = (ail, 3) if ail is not None else (f.first("PV1"), 3)
    if location_segment is not None:
        _place(f, location_segment, number, found, findings)
    ais = f.first("AIS")
    if ais is not None:
        found.service = _soft(f, findings, ais, 3, 2) or _soft(f, findings, ais, 3) or None
    return found


def _place(f: Fields, segment, number: int, found: _Resources, findings: Findings) -> None:
    """AIL-3 (or PV1-3), a PL: point of care, room, bed, facility, status, type, building,
    floor, description."""
    where = f"{segment[0]}-{number}"
    try:
        reps = f.reps(segment, number)
        part = [f.text(pick(reps, 1, c), f"{where}.{c}") for c in range(1, 10)]
    except InputError as exc:
        findings.notice(exc.where or where, f"{exc.message}; left out")
        return
    point_of_care, room, _bed, facility, _status, _kind, building, floor, description = part
    if point_of_care.isdigit() and room and not any(part[2:]) and not room.isdigit():
        # A location sent as a coded element, id then name ("2^Brockton", "4^PET/CT-Mandarin"),
        # as athenaNet and others write AIL-3: the number is no department, the name the place.
        found.location = room
        return
    found.department = point_of_care or None
    # A room given as a number or code reads "room 512"; one given as a name stays as it is.
    room_text = f"room {room}" if room and " " not in room and "room" not in room.lower() else room
    pieces = [building, f"floor {floor}" if floor else "", room_text]
    if facility and facility != point_of_care and not building and not facility.isupper():
        pieces.insert(0, facility)  # a clinic's name ("GH Clinic"), not a hospital code
    found.location = description or ", ".join(p for p in pieces if p) or None
    if found.location is None and segment[0] == "AIL":  # AIL-4: the kind of place, in words
        found.location = f.value(segment, 4, 2) or None


def _is_interpreter(text: str) -> bool:
    words = text.upper()
    return words.split(" ")[0] in {"INTERP", "INTRP", "INT", "INTERPRETER"} or (
        "INTERPRET" in words
    )


def _is_person(kind: str) -> bool:
    """A general resource (AIG) that names a person rather than a machine or a room."""
    words = kind.upper()
    return not any(w in words for w in ("EQUIP", "DEVICE", "MACHINE", "ROOM", "RESOURCE"))


def _appointment(
    f, sch, tz, status, source, external_id, resources, findings: Findings
) -> AppointmentInput | None:
    tq1, ais, ail, aip = f.first("TQ1"), f.first("AIS"), f.first("AIL"), f.first("AIP")
    start = end = None
    for seg, number, comp, place in (
        (tq1, 7, 1, "TQ1-7"),
        (sch, 11, 4, "SCH-11.4"),
        (ais, 4, 1, "AIS-4"),
        (ail, 6, 1, "AIL-6"),
        (aip, 6, 1, "AIP-6"),
    ):
        text = _soft(f, findings, seg, number, comp)
        if text:
            try:
                start = parse_dtm(text, tz, place)
            except InputError as exc:
                findings.error(place, exc.message)
                return None
            break
    if start is None:
        return None
    end_place = "SCH-11.5"
    for seg, number, comp, place in ((tq1, 8, 1, "TQ1-8"), (sch, 11, 5, "SCH-11.5")):
        text = _soft(f, findings, seg, number, comp)
        if text:
            end_place = place
            try:
                end = parse_dtm(text, tz, place)
            except InputError as exc:
                findings.notice(place, f"{exc.message}; the end is left out")
            break
    # The end first, then each field that gives a length; one the desk cannot take (an end
    # days later, "5760 minutes") is a notice naming its field, and the next one is read.
    duration = None

    def length(seg, number: int, unit: int, comp: int, place: str):
        return seg is not None and minutes(f.value(seg, number, 1), f.value(seg, unit, comp), place)

    for place, reader in (
        (end_place, lambda: end is not None and round((end - start).total_seconds() / 60)),
        ("TQ1-6", lambda: tq1 is not None and length(tq1, 6, 6, 2, "TQ1-6")),
        ("SCH-9", lambda: length(sch, 9, 10, 1, "SCH-9")),
        ("SCH-11.3", lambda: tq_duration(f.value(sch, 11, 3), "SCH-11.3")),
        ("AIS-7", lambda: length(ais, 7, 8, 1, "AIS-7")),
    ):
        try:
            found = reader() or None
        except InputError as exc:
            findings.notice(exc.where or place, f"{exc.message}; the duration is left out")
            continue
        if found is None:
            continue
        if place == end_place and found <= 0:
            findings.notice(place, "the end is not after the start; the end is left out")
        elif not 1 <= found <= MAX_DURATION_MIN:
            findings.notice(place, f"{found} minutes is not a duration the desk takes; left out")
        else:
            duration = found
            break
    appointment = AppointmentInput(
        external_id=external_id,
        start=start,
        duration_min=duration or 30,
        department=resources.department,
        clinician=resources.clinician,
        location=resources.location,
        type=resources.service  # AIS-3, else the appointment type, else its reason
        or _soft(f, findings, sch, 8, 2)
        or _soft(f, findings, sch, 8)
        or _soft(f, findings, sch, 7, 2)
        or _soft(f, findings, sch, 7),
        status=status,
        source_system=source[:64],
    )
    for _ in range(4):  # leave out each optional text the desk cannot keep (too long, ...)
        try:
            return appointment.validated()
        except InputError as exc:
            field = exc.where or ""
            place = _APPOINTMENT_PLACES.get(field, "SCH")
            if field in ("department", "clinician", "location", "type"):
                findings.notice(place, f"{exc.message}; left out")
                appointment = dataclasses.replace(appointment, **{field: None})
                continue
            findings.error(place, exc.message)
            return None
    return None
