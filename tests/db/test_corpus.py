"""The real corpus (tests/corpus, see its SOURCES.md): every file, published by someone else,
imports as its sender meant, on SQLite and PostgreSQL.

Each HL7 file is read on a desk that has what came before it in its sender's story (a
cancellation after its booking); alone, a cancellation, no-show or deletion of an appointment
the desk never had creates nothing and says so. The office is on New York time: times without
an offset are its own. Phone numbers are read with the region of the sender's country.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from frontdesk.services.interface_settings import set_mrn_identifier, set_phone_region
from frontdesk.services.schedule_import import ImportFailed, import_schedule_bytes
from frontdesk.store.models import Appointment, Patient

from .helpers import NEW_YORK

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
MS = "hl7/microsoft-fhir-converter/"
UTC = dt.UTC


def load(actor, name: str, region: str = "US"):
    set_phone_region(region, None)
    return import_schedule_bytes((CORPUS / name).read_bytes(), actor, name=Path(name).name)


def only_appointment():
    (appointment,) = Appointment.select()
    return appointment


def local(instant: dt.datetime) -> str:
    return instant.astimezone(NEW_YORK).strftime("%Y-%m-%d %H:%M")


def test_the_corpus_is_what_sources_md_lists():
    """59 real messages and FHIR files in all: 40 SIU messages from 11 senders, 19 FHIR files
    (3 of them XML) from 3 publishers, each listed in SOURCES.md with its origin and licence."""
    sources = (CORPUS / "SOURCES.md").read_text()
    files = sorted(
        p.relative_to(CORPUS).as_posix()
        for p in CORPUS.rglob("*")
        if p.suffix in (".hl7", ".json", ".xml")
    )
    messages = sum(p.read_bytes().count(b"MSH|") for p in (CORPUS / "hl7").rglob("*.hl7"))
    assert messages == 40 and len([f for f in files if f.startswith("fhir/")]) == 19
    listed = sources.split("## Every file", 1)[1]
    assert (
        sorted(line.strip("- `") for line in listed.splitlines() if line.startswith("- `")) == files
    )


# -- HL7 v2: the converter's sample feed (two stories on appointment 36996) ------------------

STORY_1 = {  # after SIU-S12-01: a colonoscopy biopsy on 24 Sep 2021 at 09:30 +02:15
    "SIU-S13-01": ("unchanged", "scheduled", "2021-09-24 03:15", "GH Clinic, Room01"),
    "SIU-S14-01": ("updated", "scheduled", "2021-09-24 03:15", "GH Clinic, Room02"),
    "SIU-S15-01": ("cancelled", "cancelled", "2021-09-24 03:15", "GH Clinic, Room01"),
    "SIU-S16-01": ("cancelled", "cancelled", "2021-09-24 03:15", "GH Clinic, Room01"),
    "SIU-S26-01": ("no_show", "no_show", "2021-09-24 03:15", "GH Clinic, Room01"),
}
STORY_2 = {  # after SIU-S12-02: an annual check-up on 18 Aug 2021 at 11:30 +02:15
    "SIU-S13-02": ("updated", "scheduled", "2021-08-20 05:15", "GHH Hospital, Lab Room 01"),
    "SIU-S14-02": ("updated", "scheduled", "2021-08-18 05:15", "GHH Hospital, Lab Room 01"),
    "SIU-S15-02": ("cancelled", "cancelled", "2021-08-18 05:15", "GHH Hospital, Lab Room 01"),
    "SIU-S16-02": ("cancelled", "cancelled", "2021-08-18 05:15", "GHH Hospital, Lab Room 01"),
    "SIU-S26-02": ("no_show", "no_show", "2021-08-18 05:15", "GHH Hospital, Lab Room 01"),
}


def test_the_converters_booking_lands_as_sent(actor):
    report = load(actor, MS + "SIU-S12-01.hl7")
    assert report.appointments["created"] == 1 and not report.errors
    a = only_appointment()
    assert (a.source_system, a.external_id) == ("hl7:SCHApp@GHHSFacility", "36996")
    # TQ1-7/8 09:30 to 10:20 at +02:15; SCH-9 says "60 s", the end wins
    assert (local(a.start), a.duration_min, a.status) == ("2021-09-24 03:15", 50, "scheduled")
    assert (a.clinician, a.location, a.type) == (
        "Robert GE",
        "GH Clinic, Room01",
        "Biopsy of colon (procedure)",
    )
    p = Patient.get()
    # PID-3 typed MR; the legal (type L) PID-5 repetition; PID-7 a time with an offset
    assert (p.mrn, p.family_name, p.given_name) == ("PATID1234", "Josh", "stanley")
    assert (p.date_of_birth, p.sex, p.preferred_language) == (dt.date(1988, 8, 18), "M", "ar")
    # PID-13 holds "1111", "2222" and "78788788": no phone number, and the report says so
    assert p.phone is None and any("PID-13" in n.where for n in report.notices)


@pytest.mark.parametrize(("first", "story"), [("SIU-S12-01", STORY_1), ("SIU-S12-02", STORY_2)])
def test_each_later_message_of_a_story_changes_the_booking_as_sent(actor, first, story):
    for name, (change, status, start, location) in story.items():
        Appointment.delete().execute()
        load(actor, MS + first + ".hl7")
        report = load(actor, MS + name + ".hl7")
        a = only_appointment()
        assert report.appointments[change] == 1, (name, report.describe())
        assert (a.status, local(a.start), a.location) == (status, start, location), name


@pytest.mark.parametrize("name", ["SIU-S17-01", "SIU-S17-02"])
def test_a_deletion_removes_the_booking(actor, name):
    load(actor, MS + name.replace("S17", "S12") + ".hl7")
    report = load(actor, MS + name + ".hl7")
    assert report.appointments["deleted"] == 1 and not Appointment.select().exists()


@pytest.mark.parametrize(
    "name",
    [
        n
        for n in (*STORY_1, *STORY_2, "SIU-S17-01", "SIU-S17-02")
        if "S13" not in n and "S14" not in n
    ],
)
def test_alone_a_cancellation_no_show_or_deletion_creates_nothing(actor, name):
    report = load(actor, MS + name + ".hl7")
    assert not Appointment.select().exists() and not Patient.select().exists()
    assert any("which this desk does not have" in n.message for n in report.notices)


def test_a_national_feed_without_a_start_changes_a_booking_the_desk_has(actor):
    """PHCC (Qatar): an S14 with no time at all, names in Latin and Arabic without
    representation codes, PID-8 'female', PID-15 'Arabic', an 8-digit Qatari phone."""
    with pytest.raises(ImportFailed) as refused:
        load(actor, MS + "11SIU_S14.hl7", region="QA")
    (error,) = refused.value.report.errors
    assert error.where.endswith("SCH-11.4") and "808725736" in error.message
    assert not Appointment.select().exists() and not Patient.select().exists()
    # The same appointment, booked earlier (here at the desk, under the feed's source and id)
    from frontdesk.services.appointments import AppointmentInput, upsert_appointment
    from frontdesk.services.patient_input import PatientInput
    from frontdesk.services.patients import save_patient
    from frontdesk.store.models import database_proxy

    patient, _ = save_patient(
        PatientInput(mrn="HC00172537", family_name="Aleidan", given_name="Fatima",
                     date_of_birth="1965-01-17"),
        actor,
    )  # fmt: skip
    start = dt.datetime(2023, 10, 4, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=3)))
    with database_proxy.atomic():
        upsert_appointment(
            AppointmentInput("808725736", start, source_system="hl7:PHCC_EDW@PHCC_EDW"),
            patient,
            actor,
        )
    report = load(actor, MS + "11SIU_S14.hl7", region="QA")
    assert report.appointments["updated"] == 1 and not report.errors
    a = only_appointment()
    assert (a.start, a.location, a.clinician) == (
        start,
        "General Medicine New",
        "Dr. Rand Salwan Kamal Abbood",
    )
    p = Patient.get()
    assert (p.family_name, p.given_name) == ("ALEIDAN", "FATIMA MANSOUR EID")
    assert (p.native_family_name, p.native_given_name) == ("العيدان", "فاطمه منصور عيد ابراهيم")
    assert (p.sex, p.preferred_language, p.phone) == ("F", "ar", "+97455566068")
    # PID-28 'Qatari' is a demonym, not a code: left out, with a notice
    assert any("QATARI" in n.message for n in report.notices)


def test_mosaiq_oncology_bookings_without_birth_dates(actor):
    report = load(actor, MS + "MOSAIQ-SIU-S12.hl7")
    a = only_appointment()
    assert (a.source_system, a.external_id, local(a.start), a.duration_min) == (
        "hl7:MOSAIQ", "26998", "2020-02-13 04:45", 30)  # fmt: skip
    assert (a.clinician, a.location) == ("MARGARET HOULIHAN", "Conference Room 1")
    p = Patient.get()  # MSH-18 "utf-8"; PID-3 one untyped id; no PID-7: asked at check-in
    assert (p.mrn, p.family_name, p.given_name, p.date_of_birth) == (
        "20-10004",
        "EXAMPLE",
        "ERIC",
        None,
    )
    assert not report.errors and not report.notices


def test_mosaiq_reschedule_completion_and_cancellation(actor):
    load(actor, MS + "MOSAIQ-SIU-S13.hl7")
    a = Appointment.get(Appointment.external_id == "26991")
    assert (local(a.start), a.duration_min, a.status) == ("2020-02-13 02:45", 32, "scheduled")
    load(actor, MS + "MOSAIQ-SIU-S13_2.hl7")  # SCH-25 "complete", lower case
    assert Appointment.get(Appointment.external_id == "26991").status == "completed"
    assert Patient.get().given_name == "ERIC NAME"
    Appointment.update(status="scheduled").execute()
    report = load(actor, MS + "MOSAIQ-SIU-S15.hl7")
    assert report.appointments["cancelled"] == 1
    assert Appointment.get(Appointment.external_id == "26991").status == "cancelled"


def test_an_interface_engines_batch_of_booking_change_and_cancellation(actor):
    report = load(actor, "hl7/other/nextgen-connect-batch01.hl7")
    assert report.rows == 3 and report.appointments["created"] == 1 and not report.notices
    a = only_appointment()
    # SCH-11: 08:45 to 09:30 office time ("60" in SCH-11.3, the end wins); then cancelled
    assert (local(a.start), a.duration_min, a.status) == ("2011-06-17 08:45", 45, "cancelled")
    assert (a.clinician, a.location, a.type) == ("Douglas Adams", "Main Office", "OFFICE")
    p = Patient.get()
    assert (p.mrn, p.family_name, p.given_name, p.phone) == (
        "42",
        "BEEBLEBROX",
        "ZAPHOD",
        "+12605551234",
    )


def test_corepoint_sample_an_arrival(actor):
    report = load(actor, "hl7/other/corepoint-siu-s14.hl7")
    a = only_appointment()
    assert (a.external_id, local(a.start), a.duration_min, a.status) == (
        "00331839401", "2008-03-06 10:00", 20, "arrived")  # fmt: skip
    assert (a.clinician, a.location, a.type) == (
        "LISAPORTER",
        "FPCS NGUYEN, MD",
        "HEALTHCHECK ANY AGE",
    )
    p = Patient.get()
    assert (p.mrn, p.family_name, p.date_of_birth, p.sex, p.phone) == (
        "489671", "SMITH", dt.date(2008, 2, 5), "F", "+18327958259")  # fmt: skip
    assert not report.notices


def test_epic_cadence_local_status_and_typed_mrn(actor):
    report = load(actor, "hl7/other/epic-cadence-siu-s12.hl7")
    a = only_appointment()
    assert (a.external_id, local(a.start), a.duration_min, a.status) == (
        "60014711", "2022-02-18 15:30", 5, "scheduled")  # SCH-25 "Sch"  # fmt: skip
    p = Patient.get()
    assert (p.mrn, p.family_name, p.given_name, p.sex) == ("3002505", "CHILD", "AMB", "F")
    assert (p.phone, p.email) == ("+17182500000", "cool@gmail.com")
    assert [n.where for n in report.notices] == ["message 1 (control id 521), MSH-12"]


def test_an_operating_room_scheduler_with_four_resource_groups(actor):
    load(actor, "hl7/other/hapi-orsos-siu-s14.hl7")
    a = only_appointment()
    assert (a.source_system, a.external_id, local(a.start), a.duration_min) == (
        "hl7:ORSOS@G", "569576", "2010-04-07 16:10", 379)  # fmt: skip
    assert (a.clinician, a.location, a.type) == ("OSMAN ALRADI", "OR 4", "BYPASS AXILLOFEMORAL")
    p = Patient.get()
    assert (p.mrn, p.family_name, p.date_of_birth, p.sex) == ("990119205", "TEST MP3", None, "U")


def test_the_converters_full_booking_takes_scch_9_when_the_timing_spans_days(actor):
    """TQ1 runs from 4 to 8 October (a booking window, not a length): the appointment is the
    70 minutes of SCH-9, and the notice names TQ1-8."""
    report = load(actor, MS + "SIU-S12_1.hl7")
    a = only_appointment()
    assert (a.external_id, local(a.start), a.duration_min, a.type) == (
        "36996", "2020-10-04 05:11", 70, "Hemogram")  # fmt: skip
    assert (a.location, a.department) == ("CommunityHospital, room 136", "4E")
    assert any("TQ1-8" in n.where and "5760 minutes" in n.message for n in report.notices)


# -- Barts Health NHS Trust (England), through Renalware's feed -------------------------------

BARTS = "hl7/renalware-barts/barts-siu-"


def test_barts_booking_lands_as_sent(actor):
    report = load(actor, BARTS + "s12.hl7", region="GB")
    assert report.appointments["created"] == 1 and not report.errors
    a = only_appointment()
    assert (a.source_system, a.external_id, local(a.start), a.duration_min, a.status) == (
        "hl7:BLT_TIE@BLT", "149549015", "2024-11-06 12:00", 30, "scheduled")  # fmt: skip
    # SCH-7 names the clinic (no SCH-8, no AIS); the clinician is a person as AIG-3 text
    assert (a.type, a.clinician, a.department, a.location) == (
        "Nephrology New", "Baxter, Stanley", "RNJ Renal OPD", "RNJ MainBld RLH")  # fmt: skip
    p = Patient.get()
    # PID-8 "2" (ISO 5218 female); PID-5 of type CURRENT; PID-3 typed MRN
    assert (p.mrn, p.family_name, p.given_name, p.date_of_birth, p.sex) == (
        "10769857", "MOLLY", "RENALOP2", dt.date(1987, 1, 1), "F")  # fmt: skip
    # the ^MOBILE repetition has a digit missing (possible, never valid in the UK): the valid
    # ^HOME number is taken; the e-mail is the ^EMAIL repetition
    assert (p.phone, p.email) == ("+442011110111", "testrenal@test.co")


def test_barts_reschedule_then_the_same_as_a_modification(actor):
    report = load(actor, BARTS + "s13.hl7", region="GB")
    assert report.appointments["created"] == 1  # an S13 carries its time: it books
    a = only_appointment()
    assert (a.external_id, local(a.start), a.clinician) == (
        "149549023", "2024-11-06 11:30", "Stevens, Stanley")  # fmt: skip
    # neither number of PID-13 is a valid one: the first possible one is kept
    assert Patient.get().phone == "+44789898989"
    report = load(actor, BARTS + "s14.hl7", region="GB")
    assert report.appointments["unchanged"] == 1


@pytest.mark.parametrize(("name", "change", "status"), [("s15", "cancelled", "cancelled"),
                                                       ("s26", "no_show", "no_show")])  # fmt: skip
def test_barts_cancellation_and_no_show(actor, name, change, status):
    """Alone, nothing; on the booking the desk has, the event decides (the S26's SCH-25 still
    says Cancelled: a no-show is what Barts meant)."""
    report = load(actor, BARTS + name + ".hl7", region="GB")
    assert not Appointment.select().exists() and not Patient.select().exists()
    assert any("which this desk does not have" in n.message for n in report.notices)
    book_at_desk(actor, "10769859", "hl7:BLT_TIE@BLT", "149549027",
                 dt.datetime(2024, 11, 13, 15, 0, tzinfo=UTC))  # fmt: skip
    report = load(actor, BARTS + name + ".hl7", region="GB")
    assert report.appointments[change] == 1 and only_appointment().status == status


def book_at_desk(actor, mrn, source, external_id, start):
    from frontdesk.services.appointments import AppointmentInput, upsert_appointment
    from frontdesk.services.patient_input import PatientInput
    from frontdesk.services.patients import save_patient
    from frontdesk.store.models import database_proxy

    patient, _ = save_patient(
        PatientInput(mrn=mrn, family_name="Test", given_name="Patient", date_of_birth="1987-01-01"),
        actor,
    )
    with database_proxy.atomic():
        upsert_appointment(
            AppointmentInput(external_id, start, source_system=source), patient, actor
        )


# -- ClicRDV, a French booking service ---------------------------------------------------------

CLICRDV = "hl7/clicrdv/clicrdv-siu-"


def test_a_french_booking_services_appointment(actor):
    report = load(actor, CLICRDV + "s12.hl7", region="FR")
    assert report.appointments["created"] == 1 and not report.errors
    a = only_appointment()
    assert (a.source_system, a.external_id, local(a.start), a.duration_min, a.status) == (
        "hl7:mllp_http_proxy@proxy00-prodaz", "49849903800", "2016-12-31 11:00", 30,
        "scheduled")  # fmt: skip
    p = Patient.get()  # PID-3's type PI in the 6th component: the only identifier
    assert (p.mrn, p.family_name, p.given_name, p.date_of_birth, p.sex) == (
        "123456", "DO BAIRRO", "Dimitri", dt.date(1992, 5, 6), "M")  # fmt: skip
    # a French national number, and the e-mail in XTN-4 of the same repetition
    assert (p.phone, p.email) == ("+33100000000", "dimitri.dobairro@clicrdv.com")


@pytest.mark.parametrize(
    ("name", "change", "status"),
    [("s13", "unchanged", "scheduled"), ("s14", "unchanged", "scheduled"),
     ("s15", "cancelled", "cancelled"), ("s26", "no_show", "no_show"), ("s17", "deleted", None)],
)  # fmt: skip
def test_a_french_booking_services_later_events(actor, name, change, status):
    """Every message says SCH-25 "Booked": the event (S15, S17, S26) is what happened."""
    load(actor, CLICRDV + "s12.hl7", region="FR")
    report = load(actor, CLICRDV + name + ".hl7", region="FR")
    assert report.appointments[change] == 1, report.describe()
    assert [a.status for a in Appointment.select()] == ([status] if status else [])


@pytest.mark.parametrize("name", ["s15", "s17", "s26"])
def test_a_french_booking_services_cancellations_alone_create_nothing(actor, name):
    report = load(actor, CLICRDV + name + ".hl7", region="FR")
    assert not Appointment.select().exists() and not Patient.select().exists()
    assert any("which this desk does not have" in n.message for n in report.notices)


# -- a practice management system, a radiology scheduler ---------------------------------------


def test_a_practice_management_systems_booking(actor):
    report = load(actor, "hl7/allscripts/ntierprise-siu-s12.hl7")
    assert not report.errors and not report.notices
    a = only_appointment()
    assert (a.source_system, a.external_id, local(a.start), a.duration_min, a.status) == (
        "hl7:Ntierprise@Ntierprise Clinic", "13030", "2019-04-23 14:00", 15,
        "scheduled")  # fmt: skip
    assert (a.clinician, a.location, a.type) == ("Jeri Pullen", "Healthmatics Clinic", "OV15")
    p = Patient.get()
    assert (p.mrn, p.family_name, p.given_name, p.date_of_birth, p.phone, p.email) == (
        "150", "Bond", "James", dt.date(1977, 9, 20), "+19190070007",
        "007@BritishSecretService.com")  # fmt: skip


def test_a_radiology_schedulers_modification_with_a_malformed_escape(actor):
    """MSH-18 "8859/1 " with a trailing space, spaces after segments, "\\auth" in an NTE."""
    report = load(actor, "hl7/initech/initech-siu-s14.hl7")
    assert report.appointments["created"] == 1 and not report.errors
    a = only_appointment()
    assert (a.source_system, a.external_id, local(a.start), a.duration_min, a.status) == (
        "hl7:INITECH", "3201313", "2021-11-08 09:30", 30, "scheduled")  # fmt: skip
    # AIL-3 "4^PET/CT-Mandarin": an id and a name, not a point of care "4" and a room
    assert (a.clinician, a.type, a.location, a.department) == (
        "Robert Bland", "72194", "PET/CT-Mandarin", None)  # fmt: skip
    p = Patient.get()
    assert (p.mrn, p.family_name, p.given_name, p.sex, p.phone, p.email, p.preferred_language) == (
        "A215356", "Rosenbaum", "Michael", "M", "+19045555555", "drmrosenbaum@example.com",
        "en")  # fmt: skip


def test_a_radiology_schedulers_deletion_by_placer_id_alone_creates_nothing(actor):
    report = load(actor, "hl7/initech/initech-siu-s17.hl7")
    assert not Appointment.select().exists() and not Patient.select().exists()
    assert any("APPTID123" in n.message for n in report.notices)


# -- FHIR R4 -----------------------------------------------------------------------------------

SPEC = "fhir/hl7-fhir-r4-examples/"


def bundle_of(*names: str) -> bytes:
    """A collection of unmodified published resources, each at its own Type/id."""
    entries = []
    for name in names:
        resource = json.loads((CORPUS / name).read_text())
        kind = resource["resourceType"]
        rid = "example" if kind == "Patient" else resource["id"]  # the spec's Patient/example
        entries.append({"fullUrl": f"http://example.org/fhir/{kind}/{rid}", "resource": resource})
    return json.dumps({"resourceType": "Bundle", "type": "collection", "entry": entries}).encode()


def test_the_specifications_appointment_with_its_patient(actor):
    with pytest.raises(ImportFailed, match="'Patient/example' is not in the bundle"):
        load(actor, SPEC + "Appointment-example.json", region="AU")
    set_phone_region("AU", None)
    data = bundle_of(SPEC + "Appointment-example.json", SPEC + "Patient-example.json")
    import_schedule_bytes(data, actor)
    a = only_appointment()
    assert (a.source_system, a.external_id, a.start, a.duration_min) == (
        "fhir", "example", dt.datetime(2013, 12, 10, 9, 0, tzinfo=UTC), 120)  # fmt: skip
    # a Location known only by its display; the practitioner typed ATND, not in the bundle
    assert (a.clinician, a.location, a.department) == (
        "Dr Adam Careful", "South Wing, second floor", "General practice")  # fmt: skip
    p = Patient.get()
    # the official name (not "Jim"), and the phone written the Australian way
    assert (p.mrn, p.family_name, p.given_name) == ("12345", "Chalmers", "Peter James")
    assert (p.date_of_birth, p.sex, p.phone) == (dt.date(1974, 12, 25), "M", "+61355556473")


def test_a_participant_known_only_by_display_is_the_place(actor):
    set_phone_region("AU", None)
    import_schedule_bytes(
        bundle_of(SPEC + "Appointment-2docs.json", SPEC + "Patient-example.json"), actor
    )
    assert (only_appointment().location, only_appointment().clinician) == (
        "Phone Call", "Dr Adam Careful")  # fmt: skip


def test_a_request_without_a_time_is_left_alone(actor):
    report = import_schedule_bytes(
        bundle_of(SPEC + "Appointment-examplereq.json", SPEC + "Patient-example.json"), actor
    )
    assert not Appointment.select().exists() and not report.errors
    assert any("request, not a booking" in n.message for n in report.notices)


ARGONAUT = "fhir/argonaut-scheduling/"


@pytest.mark.parametrize(
    ("name", "slots"),
    [(f"{name}.{kind}", slots) for name, slots in (("Appointment-proposed-appt1", 1),
     ("Bundle-hal-dr-y-appts", 3), ("Bundle-prefetch-derm-appts", 3)) for kind in ("json", "xml")],
)  # fmt: skip
def test_open_slots_are_not_bookings(actor, name, slots):
    report = load(actor, ARGONAUT + name)
    assert not Appointment.select().exists() and not report.errors
    assert len([n for n in report.notices if "open slot" in n.message]) == slots


@pytest.mark.parametrize(
    "name", ["Appointment-proposed-appt1", "Bundle-hal-dr-y-appts", "Bundle-prefetch-derm-appts"]
)
def test_fhir_xml_reads_as_the_same_resource_in_json(name):
    """The guide publishes each example in both forms: element for element the same (lists,
    numbers, contained and nested resources), the narrative's XHTML aside."""
    from frontdesk.services.schedule_import.fhir_xml import fhir_xml_to_json

    def without_narrative(value):
        if isinstance(value, dict):
            return {k: without_narrative(v) for k, v in value.items() if k != "text"}
        if isinstance(value, list):
            return [without_narrative(v) for v in value]
        return value

    from_xml = fhir_xml_to_json((CORPUS / ARGONAUT / f"{name}.xml").read_bytes())
    from_json = json.loads((CORPUS / ARGONAUT / f"{name}.json").read_text())
    assert without_narrative(from_xml) == without_narrative(from_json)


D = dt.date
AU = {  # file: (MRN types the office sets, MRN, family, given, birth date, sex, phone)
    "example0": (None, "123450", "Franklin", "Stella", D(1985, 10, 14), "F", None),
    "example2": (["MC"], "1234567892", "Grant", "Sally", None, "F", None),
    "example4": (None, "22446688", "Simmons", "Suzanne", D(2008, 8, 8), "F", "+61355506677"),
    "example5": (["MC"], "22968184811", "Simmons", "Sarah", D(1977, 9, 7), "F", "+61355506677"),
    "example6": (None, "765567765FRD", "Rigny", "William", D(1965, 3, 9), "M", "+61491577426"),
    "example7": (None, "765567765FRD", "Hernández", "Alejandro", D(1953, 5, 5), "M", None),
    "example8": (["NI"], "8003608833357361", "Jones", "Nicholas", D(1949, 1, 8), "M",
                 "+61491579455"),
    "example-sex-and-gender": (None, "11223344", "Roth", "Patrick", D(1974, 12, 25), "M", None),
}  # fmt: skip


@pytest.mark.parametrize("name", [*AU, "example1"])
def test_a_national_profiles_patients(actor, name):
    """AU Base's patients, alone (refused: a Patient is not a schedule) and as the patient of
    the specification's appointment (the office's MRN types set where the example's hospital
    identifies its patients by Medicare or IHI number)."""
    path = f"fhir/au-base/Patient-{name}.json"
    with pytest.raises(ImportFailed, match="a Patient on its own"):
        load(actor, path, region="AU")
    data = bundle_of(SPEC + "Appointment-example.json", path)
    if name == "example1":  # IHI and DVA numbers, no MR: which patient is it? refused, located
        with pytest.raises(ImportFailed, match=r"entry\[1\]\.resource\.identifier: no identifier"):
            import_schedule_bytes(data, actor)
        return
    types, mrn, family, given, born, sex, phone = AU[name]
    set_mrn_identifier(types or [], None, None)
    import_schedule_bytes(data, actor)
    p = Patient.get()
    assert (p.mrn, p.family_name, p.given_name, p.date_of_birth, p.sex, p.phone) == (
        mrn, family, given, born, sex, phone)  # fmt: skip
    if name == "example6":  # Pitjantjatjara, with an interpreter
        assert (p.preferred_language, p.interpreter_needed) == ("pjt", True)
