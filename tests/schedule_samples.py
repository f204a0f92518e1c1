"""Realistic schedule exports written from the specifications: HL7 v2 SIU and FHIR R4.

Fields are placed by number (``segment("PID", {3: ..., 5: ...})``) so that a sample cannot
drift by a miscounted bar. The day is 2026-11-30; the office is on New York time.
"""

from __future__ import annotations

import copy
import json

# -- HL7 v2 ---------------------------------------------------------------------------------


def segment(name: str, fields: dict[int, str], sep: str = "|") -> str:
    last = max(fields)
    return name + sep + sep.join(fields.get(i, "") for i in range(1, last + 1))


def msh(
    event: str,
    control: str,
    *,
    version: str = "2.5.1",
    charset: str = "UNICODE UTF-8",
    app: str = "EPIC",
    facility: str = "MGH",
    delimiters: str = "^~\\&",
    sep: str = "|",
) -> str:
    fields = {
        3: app,
        4: facility,
        5: "FRONTDESK",
        6: "IPC",
        7: "20261129180000-0500",
        9: f"SIU^{event}^SIU_{event}".replace("^", delimiters[0]),
        10: control,
        11: "P",
        12: version,
        18: charset,
    }
    return f"MSH{sep}{delimiters}{sep}" + sep.join(fields.get(i, "") for i in range(3, 19))


PATIENTS = {
    "M1": {
        3: "M1^^^MGH^MR~S98765432^^^SAU^PPN",
        5: "Al-Qahtani^Mohammed^^^^^L^A~القحطاني^محمد^^^^^L^I",
        7: "19700214",
        8: "M",
        13: "^PRN^PH^^966^50^1234567~^NET^Internet^m.alqahtani@example.sa",
        15: "ara^Arabic^ISO639-2",
        26: "SAU",
    },
    "M2": {
        3: "M2^^^MGH^MR~M12345678^^^KOR^PPN",
        5: "Kim^Min-jun^^^^^L~김^민준^^^^^L^I",
        7: "19791225",
        8: "M",
        15: "ko",
        28: "KOR",
    },
    "M3": {
        3: "M3^^^MGH^MR",
        5: "Tanaka^Yuki^^^^^L^A~田中^由紀^^^^^L^I~たなか^ゆき^^^^^L^P",
        7: "19880403",
        8: "F",
        15: "jpn",
        26: "JPN",
    },
    "M4": {  # an ampersand, a caret and a bar in a name, escaped
        3: "M4^^^MGH^MR",
        5: "O'Brien \\T\\ Sons^Mary\\S\\Ann^^^^^L",
        7: "19650101",
        8: "F",
        13: "+353 1 234 5678",
    },
    "M5": {
        3: "M5^^^MGH^MR~P7654321^^^ISR^PPN",
        5: "Cohen^David^^^^^L~כהן^דוד^^^^^L^I",
        7: "19920717",
        8: "M",
        15: "he",
        26: "ISR",
    },
    "M6": {
        3: "M6^^^MGH^MR",
        5: "Wang^Fang^^^^^L~王^芳^^^^^L^I",
        7: "19830909",
        8: "F",
        15: "zh",
        26: "CHN",
    },
}


def siu(
    event: str,
    control: str,
    appointment: str,
    mrn: str,
    start: str,
    *,
    minutes: int = 30,
    status: str = "Booked",
    version: str = "2.5.1",
    charset: str = "UNICODE UTF-8",
    service: str = "CONS^Consultation",
    location: str = "Heart Center^512^^MGH^^^Yawkey Building^5",
    clinician: str = "1234^Kim^Robert^^^Dr.",
    interpreter: bool = False,
    note: str | None = None,
    tq1: bool = False,
    patient: dict[int, str] | None = None,
) -> str:
    """One SIU message; ``tq1`` puts the timing in TQ1 (v2.7+, where SCH-11 is withdrawn)."""
    sch = {1: f"P{appointment}^EPIC", 2: f"{appointment}^EPIC", 7: "CONSULT^Consultation"}
    sch[8] = "ROUTINE^Routine"
    sch[25] = status
    if not tq1:
        sch[9], sch[10], sch[11] = str(minutes), "min", f"^^M{minutes}^{start}"
    segments = [msh(event, control, version=version, charset=charset), segment("SCH", sch)]
    if tq1:
        segments.append(segment("TQ1", {1: "1", 6: f"{minutes}^min", 7: start}))
    if note:
        segments.append(segment("NTE", {1: "1", 3: note}))
    segments.append(segment("PID", {1: "1", **(patient or PATIENTS[mrn])}))
    segments.append(segment("RGS", {1: "1", 2: "A"}))
    segments.append(segment("AIS", {1: "1", 2: "A", 3: service, 4: start}))
    if interpreter:
        segments.append(segment("AIG", {1: "1", 2: "A", 3: "INT7^Arabic interpreter", 4: "INTERP"}))
    segments.append(segment("AIL", {1: "1", 2: "A", 3: location}))
    segments.append(segment("AIP", {1: "1", 2: "A", 3: clinician, 4: "ATND^Attending"}))
    return "\r".join(segments) + "\r"


def day_messages() -> list[str]:
    """22 messages of a morning feed: every trigger event, two HL7 versions (2.3 and 2.5.1,
    and 2.8 with TQ1), offsets -0500, +0000, +0300, +0900 and none, native-script names."""
    return [
        siu("S12", "0001", "A-1", "M1", "202611300900-0500", interpreter=True),
        siu(
            "S12",
            "0002",
            "A-2",
            "M1",
            "202611301530+0000",
            minutes=45,
            service="MRI^MRI brain",
            location="Imaging^^^MGH^^^Ellison Building^1",
        ),
        siu(
            "S12",
            "0003",
            "A-3",
            "M2",
            "202611301100",
            minutes=60,
            version="2.3",
            service="NEURO^Second opinion",
            clinician="77^Watanabe^Kenji^^^Dr.",
        ),
        siu("S12", "0004", "A-4", "M3", "202612010000+0900", version="2.8", tq1=True),
        siu("S12", "0005", "A-5", "M4", "202611301400-0500", note="Wheelchair \\T\\ escort"),
        siu("S12", "0006", "A-6", "M5", "202611301900+0300", version="2.3"),
        siu("S12", "0007", "A-7", "M6", "202611301000-0500"),
        siu("S12", "0008", "A-8", "M2", "202611301300-0500", service="LAB^Blood test"),
        siu("S12", "0009", "A-9", "M6", "202611301130-0500", version="2.8", tq1=True),
        siu("S12", "0010", "A-10", "M5", "202611301600-0500"),
        siu("S12", "0011", "A-11", "M3", "202611301500-0500"),
        siu("S12", "0012", "A-12", "M4", "202611301600-0500", status="Pending"),
        siu("S13", "0013", "A-7", "M6", "202611301030-0500"),  # rescheduled half an hour
        siu("S13", "0014", "A-8", "M2", "202612011300-0500", service="LAB^Blood test"),
        siu("S14", "0015", "A-10", "M5", "202611301600-0500", minutes=90),
        siu("S14", "0016", "A-11", "M3", "202611301500-0500", clinician="88^Lee^Anna^^^Dr."),
        siu("S15", "0017", "A-12", "M4", "202611301600-0500", status="Cancelled"),
        siu("S12", "0018", "A-13", "M1", "202611301700-0500"),
        siu("S17", "0019", "A-13", "M1", "202611301700-0500", status="Deleted"),
        siu("S12", "0020", "A-14", "M6", "202611300800-0500"),
        siu("S26", "0021", "A-14", "M6", "202611300800-0500", status="Noshow"),
        siu(
            "S14",
            "0022",
            "A-3",
            "M2",
            "202611301100",
            minutes=60,
            version="2.3",
            service="NEURO^Second opinion",
            clinician="77^Watanabe^Kenji^^^Dr.",
            status="Booked",
        ),
    ]


def hl7_file(messages: list[str], *, framing: str = "cr") -> bytes:
    """The messages as a file: ``cr`` (plain), ``crlf``, ``lf``, ``blank`` (a blank line
    between messages), ``mllp`` (VT ... FS CR) or ``batch`` (FHS/BHS ... BTS/FTS)."""
    if framing == "mllp":
        return b"".join(b"\x0b" + m.encode() + b"\x1c\r" for m in messages)
    if framing == "batch":
        head = "FHS|^~\\&|EPIC|MGH\rBHS|^~\\&|EPIC|MGH\r"
        tail = f"BTS|{len(messages)}\rFTS|1\r"
        return (head + "".join(messages) + tail).encode()
    text = ("\r" if framing != "blank" else "\r\n").join(messages)
    if framing == "crlf":
        text = text.replace("\r", "\r\n")
    elif framing == "lf":
        text = text.replace("\r", "\n")
    return text.encode()


# -- FHIR R4 --------------------------------------------------------------------------------

V2_0203 = "http://terminology.hl7.org/CodeSystem/v2-0203"
REPRESENTATION = "http://hl7.org/fhir/StructureDefinition/iso21090-EN-representation"
APPOINTMENT_SYSTEM = "urn:oid:1.2.840.114350.1.13.0.1.7.2.798268"


def fhir_patient(pid: str, mrn: str, family, given, native=None, *, passport=None, **extra):
    identifiers = [
        {
            "type": {"coding": [{"system": V2_0203, "code": "MR"}]},
            "value": mrn,
            "system": "urn:oid:2.16.840.1.113883.19.5",
        }
    ]
    if passport:
        identifiers.append(
            {"type": {"coding": [{"system": V2_0203, "code": "PPN"}]}, "value": passport}
        )
    names = [{"use": "official", "family": family, "given": [given]}]
    if native:
        names.append(
            {
                "use": "official",
                "family": native[0],
                "given": [native[1]],
                "extension": [{"url": REPRESENTATION, "valueCode": "IDE"}],
            }
        )
    resource = {
        "resourceType": "Patient",
        "id": pid,
        "identifier": identifiers,
        "name": names,
        "gender": extra.pop("gender", "male"),
        "birthDate": extra.pop("birthDate", "1970-02-14"),
    }
    if "language" in extra:
        resource["communication"] = [
            {
                "language": {
                    "coding": [{"system": "urn:ietf:bcp:47", "code": extra.pop("language")}]
                },
                "preferred": True,
            }
        ]
    resource.update(extra)
    return resource


def fhir_appointment(aid, start, end, patient_ref, *, status="booked", value=None, **extra):
    resource = {
        "resourceType": "Appointment",
        "id": aid,
        "identifier": [{"system": APPOINTMENT_SYSTEM, "value": value or aid}],
        "status": status,
        "specialty": [
            {
                "coding": [
                    {
                        "system": "http://snomed.info/sct",
                        "code": "394579002",
                        "display": "Cardiology",
                    }
                ]
            }
        ],
        "appointmentType": {"text": "Consultation"},
        "start": start,
        "end": end,
        "participant": [
            {"actor": {"reference": patient_ref}, "status": "accepted"},
            {"actor": {"reference": "Practitioner/dr-kim"}, "status": "accepted"},
            {"actor": {"reference": "Location/yawkey-5"}, "status": "accepted"},
        ],
    }
    resource.update(extra)
    return resource


PRACTITIONER = {
    "resourceType": "Practitioner",
    "id": "dr-kim",
    "name": [{"family": "Kim", "given": ["Robert"], "prefix": ["Dr."]}],
}
LOCATION = {"resourceType": "Location", "id": "yawkey-5", "name": "Yawkey Building, floor 5"}


def collection_bundle() -> dict:
    """Included resources: the patients, practitioner and location are entries."""
    p1 = fhir_patient(
        "p1",
        "F1",
        "Al-Qahtani",
        "Mohammed",
        ("القحطاني", "محمد"),
        passport="S98765432",
        language="ar",
        extension=[
            {
                "url": "http://hl7.org/fhir/StructureDefinition/patient-nationality",
                "extension": [
                    {
                        "url": "code",
                        "valueCodeableConcept": {
                            "coding": [{"system": "urn:iso:std:iso:3166", "code": "SA"}]
                        },
                    }
                ],
            }
        ],
    )
    p2 = fhir_patient(
        "p2", "F2", "Kim", "Min-jun", ("김", "민준"), language="ko", birthDate="1979-12-25"
    )
    entries = [
        {"fullUrl": "urn:uuid:5b1c2d3e-0000-4000-8000-000000000001", "resource": p1},
        {"fullUrl": "https://fhir.example.org/Patient/p2", "resource": p2},
        {"fullUrl": "https://fhir.example.org/Practitioner/dr-kim", "resource": PRACTITIONER},
        {"fullUrl": "https://fhir.example.org/Location/yawkey-5", "resource": LOCATION},
        {
            "resource": fhir_appointment(
                "a1",
                "2026-11-30T09:00:00-05:00",
                "2026-11-30T09:30:00-05:00",
                "urn:uuid:5b1c2d3e-0000-4000-8000-000000000001",
            )
        },
        {
            "resource": fhir_appointment(
                "a2", "2026-11-30T15:00:00Z", "2026-11-30T15:45:00Z", "Patient/p2"
            )
        },
        {
            "resource": fhir_appointment(
                "a3",
                "2026-11-30T11:00:00-05:00",
                "2026-11-30T12:00:00-05:00",
                "Patient/p2",
                participant=[
                    {"actor": {"reference": "Patient/p2"}, "status": "accepted"},
                    {
                        "type": [
                            {
                                "coding": [
                                    {
                                        "system": "http://terminology.hl7.org/CodeSystem/v3-ParticipationType",
                                        "code": "INTRP",
                                    }
                                ]
                            }
                        ],
                        "status": "accepted",
                        "actor": {"display": "Korean interpreter"},
                    },
                ],
            )
        },
    ]
    return {"resourceType": "Bundle", "type": "collection", "entry": entries}


def searchset_bundle() -> dict:
    """Contained patients: each Appointment carries its patient inside itself."""
    p3 = fhir_patient(
        "pat",
        "F3",
        "Tanaka",
        "Yuki",
        ("田中", "由紀"),
        gender="female",
        birthDate="1988-04-03",
        language="ja",
    )
    a4 = fhir_appointment(
        "a4", "2026-11-30T23:00:00+09:00", "2026-11-30T23:30:00+09:00", "#pat", contained=[p3]
    )
    a4["participant"] = a4["participant"][:1]
    return {
        "resourceType": "Bundle",
        "type": "searchset",
        "total": 1,
        "entry": [
            {
                "fullUrl": "https://fhir.example.org/Appointment/a4",
                "resource": a4,
                "search": {"mode": "match"},
            }
        ],
    }


def transaction_bundle(known_mrn: str) -> dict:
    """A patient the desk already has, by identifier only; a cancellation; two deletes."""
    known = {
        "type": "Patient",
        "identifier": {"type": {"coding": [{"system": V2_0203, "code": "MR"}]}, "value": known_mrn},
        "display": "Known patient",
    }
    a5 = fhir_appointment("a5", "2026-11-30T13:00:00-05:00", "2026-11-30T13:20:00-05:00", "")
    a5["participant"][0]["actor"] = known
    cancelled = fhir_appointment(
        "a1", "2026-11-30T09:00:00-05:00", "2026-11-30T09:30:00-05:00", "", status="cancelled"
    )
    cancelled["participant"] = [{"actor": known, "status": "declined"}]
    return {
        "resourceType": "Bundle",
        "type": "transaction",
        "entry": [
            {
                "fullUrl": "urn:uuid:0f0e0d0c-0000-4000-8000-000000000005",
                "resource": a5,
                "request": {"method": "PUT", "url": "Appointment/a5"},
            },
            {"resource": cancelled, "request": {"method": "PUT", "url": "Appointment/a1"}},
            {
                "request": {
                    "method": "DELETE",
                    "url": f"Appointment?identifier={APPOINTMENT_SYSTEM}|a2",
                }
            },
        ],
    }


def fhir_bytes(bundle: dict) -> bytes:
    return json.dumps(bundle, ensure_ascii=False, indent=1).encode()


def modified(bundle: dict, fn) -> dict:
    copied = copy.deepcopy(bundle)
    fn(copied)
    return copied
