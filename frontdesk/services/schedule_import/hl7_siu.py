"""Reading HL7 v2.3 to v2.8 SIU scheduling messages into records.

    result = parse_hl7(open("siu.hl7", "rb").read(), ZoneInfo("America/New_York"))

A file holds one message or many: segments end with CR (CR LF and LF are taken too), blank
lines and MLLP framing (VT ... FS CR) between messages are fine, and an FHS/BHS batch is
checked against its BTS/FTS counts (a short count is a truncated file). Each message is decoded
with the character set its MSH-18 names, then split as python-hl7 splits it, with the
delimiters its MSH-2 declares (see :mod:`.hl7_framing` and :mod:`.hl7_fields`).

Trigger events: S12 new, S13 rescheduled, S14 modified (all three: create or update, with the
status of SCH-25), S15 cancelled, S17 deleted, S26 no-show. Appointments are keyed by
``hl7:<MSH-3>@<MSH-4>`` (sending application and facility) and SCH-2 (filler id), or SCH-1
(placer id) when there is no filler id. Times without an offset are the office's local time.

What goes where:

===========================  ==============================================================
SCH-2 / SCH-1                appointment id
TQ1-7, SCH-11.4, AIS-4       start (the first present); TQ1-8 / SCH-11.5 end
TQ1-6, SCH-9/10, SCH-11.3,   duration (end - start first), default 30 minutes
AIS-7/8
SCH-25                       status (Booked, Pending, Complete, Cancelled, Noshow, ...)
AIS-3, else SCH-8            type (the service)
AIL-3                        department (point of care), location (building, floor, room)
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

import datetime as dt
import re

from frontdesk.domain import AppointmentStatus
from frontdesk.errors import InputError
from frontdesk.services.appointments import AppointmentInput
from frontdesk.services.schedule_import import hl7_patient
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
    ParseResult,
    Problem,
    ScheduleRecord,
    problem_from,
)

VERSIONS = {"2.3", "2.3.1", "2.4", "2.5", "2.5.1", "2.6", "2.7", "2.7.1", "2.8", "2.8.1", "2.8.2"}
EVENTS = {
    "S12": Action.UPSERT,
    "S13": Action.UPSERT,
    "S14": Action.UPSERT,
    "S15": Action.CANCEL,
    "S17": Action.DELETE,
    "S26": Action.NO_SHOW,
}
STATUSES = {
    "BOOKED": AppointmentStatus.SCHEDULED,
    "PENDING": AppointmentStatus.SCHEDULED,
    "OVERBOOK": AppointmentStatus.SCHEDULED,
    "WAITLIST": AppointmentStatus.SCHEDULED,
    "CONFIRMED": AppointmentStatus.SCHEDULED,
    "STARTED": AppointmentStatus.IN_PROGRESS,
    "COMPLETE": AppointmentStatus.COMPLETED,
    "CANCELLED": AppointmentStatus.CANCELLED,
    "DC": AppointmentStatus.CANCELLED,
    "NOSHOW": AppointmentStatus.NO_SHOW,
}
_SEGMENT_NAME = re.compile(r"[A-Z][A-Z0-9]{2}")
_PATIENT_PLACES = hl7_patient.PLACES
_APPOINTMENT_PLACES = {
    "appointment_id": "SCH-2",
    "department": "AIL-3.1",
    "clinician": "AIP-3",
    "location": "AIL-3",
    "type": "AIS-3",
    "duration_min": "SCH-9",
    "start": "SCH-11.4",
}


def parse_hl7(data: bytes, tz: dt.tzinfo, progress=None) -> ParseResult:
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
        result.units += 1
        label = f"message {index}"
        try:
            result.records.append(_message(segments, tz, label, first_line))
        except _Bad as bad:
            unit = bad.unit or f"{label} (line {first_line})"
            if not result.add_problem(problem_from(unit, bad.place, bad.message)):
                break
        if progress is not None and index % 500 == 0:
            progress("read", index, len(messages))
    if not messages and not result.problems:
        result.add_problem(Problem("file", "file", "holds no HL7 message (no MSH segment)"))
    return result


def _message(segments: list[bytes], tz: dt.tzinfo, label: str, line: int) -> ScheduleRecord:
    text, codec = decode(segments)
    try:
        f = Fields(text, codec)
    except InputError as exc:
        raise _Bad(exc.where or "MSH", exc.message) from exc
    msh = f.first("MSH")
    try:
        control = f.value(msh, 10)
    except InputError:
        control = ""
    unit = f"{label} (control id {control})" if control else f"{label} (line {line})"
    try:
        return _record(f, msh, tz, unit)
    except InputError as exc:
        raise _Bad(exc.where or "", exc.message, unit) from exc
    except _Bad as bad:
        bad.unit = unit
        raise


def _record(f: Fields, msh, tz: dt.tzinfo, unit: str) -> ScheduleRecord:
    for k, seg in enumerate(f.segments, 1):
        seg_id = seg[0]
        if not _SEGMENT_NAME.fullmatch(seg_id):
            raise _Bad(
                f"segment {k}", f"{seg_id[:20]!r} is not a segment id (expected e.g. SCH, PID)"
            )
    kind, event = f.value(msh, 9, 1).upper(), f.value(msh, 9, 2).upper()
    if kind != "SIU" or event not in EVENTS:
        raise _Bad(
            "MSH-9",
            f"{kind}^{event} is not a scheduling message this desk takes "
            "(expected SIU^S12, S13, S14, S15, S17 or S26)",
        )
    version = f.value(msh, 12, 1)
    if version not in VERSIONS:
        raise _Bad("MSH-12", f"{version!r} is not an HL7 version from 2.3 to 2.8")
    app, facility = f.value(msh, 3, 1), f.value(msh, 4, 1)
    source = ("hl7:" + app + (f"@{facility}" if facility else "")) if app or facility else "hl7"
    source = source[:64]  # the same for every message of a source, with a PID or without
    sch = f.first("SCH")
    if sch is None:
        raise _Bad("SCH", "the message has no SCH segment (SIU carries the appointment in SCH)")
    for name, what in (("SCH", "appointment"), ("PID", "patient")):
        count = len(list(f.all(name)))
        if count > 1:  # a second one would be silently ignored: say so instead
            raise _Bad(name, f"the message has {count} {name} segments (expected one {what})")
    external_id = f.value(sch, 2, 1) or f.value(sch, 1, 1)
    if not external_id:
        raise _Bad("SCH-2", "no appointment id (expected the filler id in SCH-2 or SCH-1)")
    action = EVENTS[event]
    status = _status(f, sch, action)
    if action == Action.DELETE:
        status = AppointmentStatus.SCHEDULED
    pid = f.first("PID")
    notes = tuple(f.value(nte, 3) for nte in f.all("NTE") if f.value(nte, 3))
    if pid is None:
        if action == Action.UPSERT:
            raise _Bad("PID", "the message has no PID segment: an appointment needs its patient")
        return ScheduleRecord(unit, action, source, external_id[:128], "", notes=notes)
    patient, supplied = hl7_patient.patient_of(f, pid)
    resources = _resources(f)
    if resources.interpreter:
        patient.interpreter_needed = True
        supplied.add("interpreter_needed")
    try:
        clean = patient.validated()
    except InputError as exc:
        raise _Bad(_PATIENT_PLACES.get(exc.where or "", "PID"), exc.message) from exc
    appointment = None
    if action != Action.DELETE:
        appointment = _appointment(f, sch, tz, status, source, external_id, resources)
        if appointment is None and action == Action.UPSERT:
            raise _Bad("SCH-11.4", "no start time (expected TQ1-7, SCH-11.4 or AIS-4)")
    return ScheduleRecord(
        unit,
        action,
        source[:64],
        external_id,
        clean.mrn,
        patient=clean,
        supplied=frozenset(supplied),
        appointment=appointment,
        notes=notes,
    )


def _status(f: Fields, sch, action: Action) -> AppointmentStatus:
    code = f.value(sch, 25, 1).upper().replace("-", "").replace(" ", "")
    if not code:
        return AppointmentStatus.SCHEDULED
    if code == "DELETED":
        return (
            AppointmentStatus.CANCELLED if action != Action.DELETE else AppointmentStatus.SCHEDULED
        )
    if code not in STATUSES:
        raise _Bad(
            "SCH-25",
            f"{f.value(sch, 25, 1)!r} is not a filler status (expected Booked, Pending, "
            "Overbook, Waitlist, Started, Complete, Cancelled, DC, Deleted or Noshow)",
        )
    return STATUSES[code]


class _Resources:
    def __init__(self) -> None:
        self.clinician: str | None = None
        self.interpreter = False
        self.department: str | None = None
        self.location: str | None = None
        self.service: str | None = None


def _resources(f: Fields) -> _Resources:
    found = _Resources()
    for k, aip in enumerate(f.all("AIP"), 1):
        place = "AIP-3" if k == 1 else f"AIP#{k}-3"
        role = " ".join(filter(None, (f.value(aip, 4, 1), f.value(aip, 4, 2))))
        if _is_interpreter(role):
            found.interpreter = True
            continue
        reps = f.reps(aip, 3)
        parts = [f.text(pick(reps, 1, c), place) for c in (6, 3, 2)]
        name = " ".join(p for p in parts if p) or f.text(pick(reps, 1, 1), place)
        found.clinician = found.clinician or name or None
    for aig in f.all("AIG"):
        kind = " ".join(filter(None, (f.value(aig, 4, 1), f.value(aig, 4, 2))))
        text = f.value(aig, 3, 2) or f.value(aig, 3, 1)
        if _is_interpreter(kind) or _is_interpreter(text):
            found.interpreter = True
        elif found.clinician is None and text:
            found.clinician = text
    ail = f.first("AIL")
    if ail is not None:
        reps = f.reps(ail, 3)
        part = [f.text(pick(reps, 1, c), f"AIL-3.{c}") for c in range(1, 10)]
        point_of_care, room, building, floor, description = (
            part[0],
            part[1],
            part[6],
            part[7],
            part[8],
        )
        found.department = point_of_care or None
        pieces = [building, f"floor {floor}" if floor else "", f"room {room}" if room else ""]
        found.location = description or ", ".join(p for p in pieces if p) or None
    ais = f.first("AIS")
    if ais is not None:
        found.service = f.value(ais, 3, 2) or f.value(ais, 3, 1) or None
    return found


def _is_interpreter(text: str) -> bool:
    words = text.upper()
    return words.split(" ")[0] in {"INTERP", "INTRP", "INT", "INTERPRETER"} or (
        "INTERPRET" in words
    )


def _appointment(f, sch, tz, status, source, external_id, resources) -> AppointmentInput | None:
    tq1, ais = f.first("TQ1"), f.first("AIS")
    start = end = None
    for seg, number, comp, place in (
        (tq1, 7, 1, "TQ1-7"),
        (sch, 11, 4, "SCH-11.4"),
        (ais, 4, 1, "AIS-4"),
    ):
        text = f.value(seg, number, comp) if seg is not None else ""
        if text:
            start = parse_dtm(text, tz, place)
            break
    if start is None:
        return None
    for seg, number, comp, place in ((tq1, 8, 1, "TQ1-8"), (sch, 11, 5, "SCH-11.5")):
        text = f.value(seg, number, comp) if seg is not None else ""
        if text:
            end = parse_dtm(text, tz, place)
            break
    duration = None
    if end is not None:
        duration = round((end - start).total_seconds() / 60)
        if duration <= 0:
            raise _Bad("SCH-11.5", "the end is not after the start")
    if duration is None and tq1 is not None:
        duration = minutes(f.value(tq1, 6, 1), f.value(tq1, 6, 2, 1), "TQ1-6")
    if duration is None:
        duration = minutes(f.value(sch, 9), f.value(sch, 10, 1), "SCH-9")
    if duration is None:
        duration = tq_duration(f.value(sch, 11, 3), "SCH-11.3")
    if duration is None and ais is not None:
        duration = minutes(f.value(ais, 7), f.value(ais, 8, 1), "AIS-7")
    appointment = AppointmentInput(
        external_id=external_id,
        start=start,
        duration_min=duration or 30,
        department=resources.department,
        clinician=resources.clinician,
        location=resources.location,
        type=resources.service or f.value(sch, 8, 2) or f.value(sch, 8, 1) or None,
        status=status,
        source_system=source[:64],
    )
    try:
        return appointment.validated()
    except InputError as exc:
        raise _Bad(_APPOINTMENT_PLACES.get(exc.where or "", "SCH"), exc.message) from exc
