"""Issue 11's fourteen behaviours, one test (or a few) each: strict about which patient, which
appointment, when and its status; liberal about everything else.

The real messages these come from are in tests/corpus (see test_corpus.py); here each behaviour
is pinned down on its own, with the messages made to show just it."""

from __future__ import annotations

import copy
import datetime as dt
import json
import os
import subprocess

import pytest

from frontdesk.errors import InputError
from frontdesk.services.identity import identity_flags, record_birth_date, resolve_conflict
from frontdesk.services.interface_settings import (
    set_mrn_identifier,
    set_phone_region,
    set_status_code,
)
from frontdesk.services.schedule_import import (
    ImportFailed,
    import_schedule_bytes,
    import_schedule_file,
    read_import_file,
)
from frontdesk.store.models import Appointment, AuditEvent, IdentityConflict, Patient
from tests.schedule_samples import collection_bundle as shared_bundle
from tests.schedule_samples import fhir_bytes, hl7_file, siu

from .test_cli import cli  # noqa: F401
from .test_csv_import import ROWS, csv_bytes

START = "202611300900-0500"


def message(patient=None, **options):
    return hl7_file([siu("S12", "1", "L-1", "M1", START, patient=patient, **options)])


def pid(fields=None):
    base = {3: "M1^^^MGH^MR", 5: "Kim^Min-jun^^^^^L", 7: "19791225", 8: "M"}
    return {**base, **(fields or {})}


def collection_bundle():
    """A copy: the samples share their parts, never to be changed in place."""
    return copy.deepcopy(shared_bundle())


def notices(report, where):
    return [n.message for n in report.notices if where in n.where]


# 1 -------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("region", "pid13", "phone"),
    [
        ("US", "(260)555-1234", "+12605551234"),
        ("US", "^PRN^PH^^^260^5551234", "+12605551234"),
        ("US", "555 444 3333", "+15554443333"),
        ("GB", "01131231234", "+441131231234"),
        ("AU", "(03) 5555 6473", "+61355556473"),
    ],
)
def test_1_national_phone_numbers_are_read_with_the_offices_region(actor, region, pid13, phone):
    set_phone_region(region, None)
    report = import_schedule_bytes(message(pid({13: pid13})), actor)
    assert Patient.get().phone == phone and not report.notices


def test_1_what_cannot_be_read_is_a_notice_never_a_refusal(actor):
    set_phone_region("US", None)
    odd = pid({13: "271-9000~^NET^Internet^not an e-mail", 15: "English", 8: "2"})
    report = import_schedule_bytes(message(odd), actor)
    p = Patient.get()
    assert report.appointments["created"] == 1 and not report.errors
    # a seven-digit local number has no area code: left out; so is the e-mail that is not one
    assert (p.phone, p.email, p.preferred_language, p.sex) == (None, None, "en", "F")
    assert any("271-9000" in m for m in notices(report, "PID-13"))
    assert any("not an e-mail" in m for m in notices(report, "PID-13.4"))
    # without a region a national number cannot be read: the notice says what to set
    set_phone_region(None, None)
    report = import_schedule_bytes(message(pid({13: "(260)555-1234"})), actor)
    assert any("no phone region" in m for m in notices(report, "PID-13"))


# 2 -------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "pid3",
    ["M7^^^MGH^MR", "M7^^^MGH^MRN", "M7^^^MGH^PI", "M7", "X9^^^SSA^SS~M7^^^MGH^MRN"],
)
def test_2_the_mrn_is_typed_mr_mrn_or_pi_or_the_only_identifier(actor, pid3):
    import_schedule_bytes(message(pid({3: pid3})), actor)
    assert Patient.get().mrn == "M7"


def test_2_which_identifier_is_the_mrn_is_an_office_setting(actor):
    two = pid({3: "OLD1^^^CLINIC^MR~M7^^^MGH^MR"})
    set_mrn_identifier(None, "MGH", None)  # the hospital's assigning authority
    import_schedule_bytes(message(two), actor)
    assert Patient.get().mrn == "M7"
    set_mrn_identifier(["PI"], "", None)
    with pytest.raises(ImportFailed, match=r"PID-3: no identifier .* \(expected type PI"):
        import_schedule_bytes(message(two), actor)


# 3 -------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("status", "stored"),
    [("Scheduled", "scheduled"), ("ARRIVED", "arrived"), ("1^SCH", "scheduled"),
     ("No Show", "no_show"), ("Canceled", "cancelled")],
)  # fmt: skip
def test_3_local_status_words_are_read(actor, status, stored):
    report = import_schedule_bytes(message(status=status), actor)
    assert Appointment.get().status == stored and not report.notices


def test_3_an_unknown_status_is_scheduled_on_a_new_booking_and_kept_on_a_known_one(actor):
    report = import_schedule_bytes(message(status="Zz9"), actor)
    assert Appointment.get().status == "scheduled"
    assert any("'Zz9' is not a filler status" in m for m in notices(report, "SCH-25"))
    Appointment.update(status="in_progress").execute()
    import_schedule_bytes(message(status="Zz9", minutes=45), actor)
    a = Appointment.get()
    assert (a.status, a.duration_min) == ("in_progress", 45)  # the rest of it is applied


def test_3_the_status_table_is_per_source_system(actor):
    set_status_code("hl7:EPIC@MGH", "Zz9", "cancelled", None)
    set_status_code("hl7:OTHER@X", "Zz9", "arrived", None)
    import_schedule_bytes(message(status="zz9"), actor)  # EPIC@MGH; case does not count
    assert Appointment.get().status == "cancelled"
    events = AuditEvent.select().where(AuditEvent.object_id.startswith("interface.status."))
    assert events.count() == 2  # each change of the table is audited


# 4 -------------------------------------------------------------------------------------------
def test_4_a_known_patient_without_birth_date_keeps_the_one_on_file(actor):
    import_schedule_bytes(message(pid()), actor)
    report = import_schedule_bytes(message(pid({7: ""}), minutes=40), actor)
    assert Patient.get().date_of_birth == dt.date(1979, 12, 25)
    assert report.patients["unchanged"] == 1


def test_4_a_new_patient_without_birth_date_is_flagged_and_asked_at_check_in(actor):
    from frontdesk.services.patients import update_contact
    from frontdesk.services.search import hit_as_json, search_patients

    import_schedule_bytes(message(pid({7: ""})), actor)
    patient = Patient.get()
    assert patient.date_of_birth is None and identity_flags(patient.id).birth_date_unknown
    # the rest of the desk takes a patient whose date of birth is unknown
    (hit,) = search_patients("kim min-jun")
    assert hit_as_json(hit)["date_of_birth"] is None
    update_contact(patient.id, actor, phone="+82 10 1234 5678", email=None, local_address=None)
    record_birth_date(patient.id, dt.date(1979, 12, 25), actor, today=dt.date(2026, 11, 30))
    assert Patient.get().date_of_birth == dt.date(1979, 12, 25)
    assert not identity_flags(patient.id).birth_date_unknown
    audit = (
        AuditEvent.select()
        .where(AuditEvent.action == "patient.update")
        .order_by(AuditEvent.id.desc())
        .get()
    )
    assert json.loads(audit.details)["fields"] == ["date_of_birth"]
    with pytest.raises(InputError):
        record_birth_date(patient.id, dt.date(2030, 1, 1), actor, today=dt.date(2026, 11, 30))


# 5 -------------------------------------------------------------------------------------------
def test_5_a_changed_birth_date_or_sex_is_a_wrong_patient_signal(actor):
    import_schedule_bytes(message(pid()), actor)
    other = pid({7: "19810306", 8: "F"})
    for _ in range(2):  # the same file again raises nothing new
        report = import_schedule_bytes(message(other, minutes=50), actor)
    p = Patient.get()
    assert (p.date_of_birth, p.sex) == (dt.date(1979, 12, 25), "M")  # kept as it was
    assert Appointment.get().duration_min == 50  # the appointment itself is applied
    assert len([m for m in notices(report, "date_of_birth") if "same person" in m]) == 1
    flags = identity_flags(p.id)
    assert sorted((c.field, c.stored, c.incoming) for c in flags.conflicts) == [
        ("date_of_birth", "1979-12-25", "1981-03-06"),
        ("sex", "M", "F"),
    ]
    # the desk decides, audited: keep its birth date, take the feed's sex
    by_field = {c.field: c for c in flags.conflicts}
    resolve_conflict(by_field["date_of_birth"].id, actor, replace=False)
    resolve_conflict(by_field["sex"].id, actor, replace=True)
    p = Patient.get()
    assert (p.date_of_birth, p.sex, identity_flags(p.id).conflicts) == (
        dt.date(1979, 12, 25), "F", ())  # fmt: skip
    assert IdentityConflict.select().where(IdentityConflict.resolution == "kept").count() == 1


def test_5_the_csv_path_no_longer_overwrites_a_birth_date(actor):
    from frontdesk.services.csv_import import import_csv_bytes

    import_csv_bytes(csv_bytes(ROWS), actor)
    changed = ROWS[0].replace("1970-02-14", "1971-02-14")
    report = import_csv_bytes(csv_bytes([changed]), actor)
    assert report.patients["updated"] == 0
    assert Patient.get(Patient.mrn == "M1").date_of_birth == dt.date(1970, 2, 14)
    assert IdentityConflict.select().count() == 1


# 6 -------------------------------------------------------------------------------------------
A1 = 4  # the first Appointment of the sample collection bundle


def _a1(bundle):
    return bundle["entry"][A1]["resource"]


def test_6_participants_known_only_by_display(actor):
    bundle = collection_bundle()
    _a1(bundle)["participant"] = [
        _a1(bundle)["participant"][0],
        {"actor": {"display": "Phone Call"}, "status": "accepted"},
        {"actor": {"reference": "Practitioner/nowhere", "display": "Dr. Noor Haddad"},
         "status": "accepted"},
    ]  # fmt: skip
    import_schedule_bytes(fhir_bytes(bundle), actor)
    a = Appointment.get(Appointment.external_id == "a1")
    assert (a.location, a.clinician) == ("Phone Call", "Dr. Noor Haddad")


def test_6_the_patient_needs_a_reference_or_an_identifier(actor):
    bundle = collection_bundle()
    _a1(bundle)["participant"][0]["actor"] = {"display": "Mohammed Al-Qahtani"}
    with pytest.raises(ImportFailed, match=r"a Patient needs a reference|no participant whose"):
        import_schedule_bytes(fhir_bytes(bundle), actor)


# 7 -------------------------------------------------------------------------------------------
def test_7_a_concept_with_several_codings_is_read_by_system(actor):
    bundle = collection_bundle()
    patient = bundle["entry"][0]["resource"]
    patient["communication"] = [
        {
            "language": {
                "coding": [
                    {"system": "http://example.org/local-languages", "code": "17"},
                    {"system": "urn:ietf:bcp:47", "code": "ar-SA"},
                ]
            },
            "preferred": True,
        }
    ]
    import_schedule_bytes(fhir_bytes(bundle), actor)
    assert (
        Patient.get(Patient.mrn == patient["identifier"][0]["value"]).preferred_language == "ar-SA"
    )


# 8 -------------------------------------------------------------------------------------------
def test_8_a_patient_with_only_kanji_and_kana_names(actor):
    names = pid({5: "田中^由紀^^^^^L^I~タナカ^ユキ^^^^^L^P"})
    report = import_schedule_bytes(message(names), actor)
    p = Patient.get()
    assert (p.native_family_name, p.native_given_name) == ("田中", "由紀")
    assert (p.family_name, p.given_name, p.name_to_confirm) == ("Tanaka", "Yuki", True)
    assert any("transliterated" in m for m in notices(report, "PID-5"))
    flags = identity_flags(p.id)
    assert flags.name_to_confirm and flags.any
    # a later message with the alphabetic name clears the mark
    import_schedule_bytes(message(pid({5: "Tanaka^Yuki^^^^^L~田中^由紀^^^^^L^I"})), actor)
    assert not Patient.get().name_to_confirm


def test_8_a_fhir_patient_with_only_a_text_name(actor):
    bundle = collection_bundle()
    patient = bundle["entry"][0]["resource"]
    patient["name"] = [{"text": "김민준"}]
    import_schedule_bytes(fhir_bytes(bundle), actor)
    p = Patient.get(Patient.mrn == patient["identifier"][0]["value"])
    assert (p.native_family_name, p.family_name, p.name_to_confirm) == ("김민준", "GimMinJun", True)


# 9 -------------------------------------------------------------------------------------------
def test_9_msh_18_with_repetitions_as_japanese_senders_write_it(actor):
    """SS-MIX2 style: MSH-18 "~ISO IR87" (ASCII, then JIS X 0208 through ISO 2022 escapes)."""
    text = siu("S12", "1", "J-1", "M1", START, charset="~ISO IR87",
               patient=pid({5: "患者^太郎^^^^^L^I~カンジャ^タロウ^^^^^L^P"}))  # fmt: skip
    import_schedule_bytes(text.encode("iso2022_jp"), actor)
    p = Patient.get()
    assert (p.native_family_name, p.native_given_name, p.family_name) == ("患者", "太郎", "Kanjiya")


def test_9_bytes_that_are_not_the_declared_charset_name_msh_18(actor):
    text = siu("S12", "1", "J-1", "M1", START, charset="8859/5",
               patient=pid({5: "Иванов^Иван^^^^^L"}))  # fmt: skip
    with pytest.raises(ImportFailed) as failed:
        import_schedule_bytes(text.encode("utf-8").replace(b"8859/5", b"ISO IR87"), actor)
    assert "MSH-18 says 'ISO IR87'" in failed.value.report.errors[0].message


# 10 ------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("event", "status"), [("S15", "Cancelled"), ("S26", "Noshow"),
                                               ("S17", "Deleted"), ("S16", "Dc")])  # fmt: skip
def test_10_a_cancellation_of_an_unknown_appointment_creates_nothing(actor, event, status):
    data = hl7_file([siu(event, "1", "Z-1", "M1", START, status=status)])
    report = import_schedule_bytes(data, actor)
    assert not Appointment.select().exists() and not Patient.select().exists()
    assert "which this desk does not have" in report.notices[-1].message


# 11 ------------------------------------------------------------------------------------------
def test_11_end_wins_over_a_shorter_minutes_duration(actor):
    bundle = collection_bundle()
    a1 = _a1(bundle)
    a1["minutesDuration"], a1["end"] = 15, a1["start"].replace("09:00", "10:00")
    report = import_schedule_bytes(fhir_bytes(bundle), actor)
    assert Appointment.get(Appointment.external_id == "a1").duration_min == 60
    assert any("the end is taken" in m for m in notices(report, "minutesDuration"))


def test_11_a_location_description_and_a_room_change_in_s14(actor):
    bundle = collection_bundle()
    location = next(
        e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == "Location"
    )
    location.pop("name")
    location["description"] = "Yawkey Building, floor 5, desk B"
    import_schedule_bytes(fhir_bytes(bundle), actor)
    assert (
        Appointment.get(Appointment.external_id == "a1").location
        == "Yawkey Building, floor 5, desk B"
    )
    import_schedule_bytes(message(), actor)
    room = hl7_file(
        [siu("S14", "2", "L-1", "M1", START, location="Heart Center^514^^MGH^^^Yawkey Building^5")]
    )
    report = import_schedule_bytes(room, actor)
    assert report.appointments["updated"] == 1
    assert (
        Appointment.get(Appointment.external_id == "L-1").location
        == "Yawkey Building, floor 5, room 514"
    )


# 12 ------------------------------------------------------------------------------------------
def test_12_s16_is_a_cancellation(actor):
    import_schedule_bytes(message(), actor)
    report = import_schedule_bytes(
        hl7_file([siu("S16", "2", "L-1", "M1", START, status="Dc")]), actor
    )
    assert report.appointments["cancelled"] == 1 and Appointment.get().status == "cancelled"


def test_12_requests_for_other_resource_types_are_left_alone(actor):
    bundle = collection_bundle()
    bundle["type"] = "transaction"
    bundle["entry"] += [
        {"request": {"method": "GET", "url": "Patient?identifier=M1"}},
        {"request": {"method": "DELETE", "url": "Patient/p1"}},
    ]
    report = import_schedule_bytes(fhir_bytes(bundle), actor)
    assert report.appointments["created"] == 3 and not report.errors and report.rows == 3


XML_BOOKING = b"""<?xml version="1.0" encoding="UTF-8"?>
<Bundle xmlns="http://hl7.org/fhir">
  <type value="collection"/>
  <entry>
    <fullUrl value="urn:uuid:p1"/>
    <resource><Patient><id value="p1"/>
      <identifier><type><coding><code value="MR"/></coding></type><value value="X-77"/></identifier>
      <name><family value="Haddad"/><given value="Noor"/></name>
      <gender value="female"/><birthDate value="1980-02-29"/>
    </Patient></resource>
  </entry>
  <entry>
    <resource><Appointment><id value="x1"/>
      <text><status value="generated"/><div xmlns="http://www.w3.org/1999/xhtml">Noor</div></text>
      <status value="booked"/>
      <start value="2026-11-30T09:00:00-05:00"/><minutesDuration value="40"/>
      <participant>
        <actor><reference value="urn:uuid:p1"/></actor><status value="accepted"/>
      </participant>
      <participant>
        <type><coding><code value="ATND"/></coding></type>
        <actor><display value="Dr. Omar Saleh"/></actor><status value="accepted"/>
      </participant>
    </Appointment></resource>
  </entry>
</Bundle>
"""


def test_12_fhir_xml_is_read_as_its_json_would_be(actor):
    report = import_schedule_bytes(XML_BOOKING, actor)
    assert report.appointments["created"] == 1 and not report.errors
    a = Appointment.get()
    assert (a.external_id, a.start, a.duration_min, a.clinician) == (
        "x1", dt.datetime(2026, 11, 30, 14, 0, tzinfo=dt.UTC), 40, "Dr. Omar Saleh")  # fmt: skip
    p = Patient.get()
    assert (p.mrn, p.family_name, p.date_of_birth, p.sex) == (
        "X-77", "Haddad", dt.date(1980, 2, 29), "F")  # fmt: skip


@pytest.mark.parametrize(
    ("data", "where", "words"),
    [
        (XML_BOOKING.replace(b"</Bundle>", b""), "line 27, column 1", "not well-formed XML"),
        (b'<?xml version="1.0"?><schedule><row/></schedule>', "file", "XML, but not FHIR"),
        (b'<!DOCTYPE x [<!ENTITY a "aaaa">]><Bundle xmlns="http://hl7.org/fhir"/>', "file",
         "DOCTYPE"),
        (XML_BOOKING.replace(b'<minutesDuration value="40"/>', b'<minutesDuration value="x"/>'),
         "entry[1].resource.minutesDuration", "not a whole number"),
    ],
)  # fmt: skip
def test_12_xml_that_is_not_fhir_or_not_well_formed_is_refused_and_located(
    actor, data, where, words
):
    with pytest.raises(ImportFailed) as failed:
        import_schedule_bytes(data, actor)
    (error,) = failed.value.report.errors
    assert where in error.where and words in error.message
    assert not Appointment.select().exists()


# 13 ------------------------------------------------------------------------------------------
def test_13_all_the_problems_of_a_message_at_once(actor):
    odd = pid({3: "M1^^^MGH^XX", 7: "19791399"})
    bad = siu("S12", "1", "L-1", "M1", "202611310900-0500", patient=odd)
    bad = bad.replace("SCH|PL-1^EPIC|L-1^EPIC|", "SCH|||")
    with pytest.raises(ImportFailed) as failed:
        import_schedule_bytes(hl7_file([bad]), actor)
    places = sorted(e.where.rsplit(", ", 1)[-1] for e in failed.value.report.errors)
    assert places == ["PID-3", "SCH-11.4", "SCH-2"]
    assert any("PID-7" in n.where for n in failed.value.report.notices)


# 14 ------------------------------------------------------------------------------------------
def test_14_a_fifo_a_device_or_a_directory_is_refused_before_reading(tmp_path):
    fifo = tmp_path / "feed.fifo"
    os.mkfifo(fifo)
    for path, kind in ((fifo, "FIFO"), ("/dev/zero", "device"), (tmp_path, "directory")):
        with pytest.raises(InputError, match=kind):
            read_import_file(path)


def test_14_a_file_too_big_is_refused_before_reading(tmp_path):
    big = tmp_path / "big.csv"
    with open(big, "wb") as handle:
        handle.truncate(65 * 1024 * 1024)  # sparse: no disk written, no memory used
    with pytest.raises(InputError, match="larger than a schedule export"):
        read_import_file(big)


def test_14_more_appointments_than_a_day_is_refused_with_a_clear_message(
    actor, tmp_path, monkeypatch
):
    from frontdesk.services.schedule_import import records

    monkeypatch.setattr(records, "MAX_UNITS", 50)
    rows = [ROWS[2].replace("A-3", f"B-{k}") for k in range(60)]
    path = tmp_path / "many.csv"
    path.write_bytes(csv_bytes(rows))
    with pytest.raises(ImportFailed, match="more than 50 rows: that is not one day"):
        import_schedule_file(path, actor)
    assert not Appointment.select().exists()


def test_14_the_command_line_refuses_dev_zero_at_once(tmp_path):
    import sys

    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "frontdesk",
            "--db",
            f"sqlite:///{tmp_path}/x.db",
            "import",
            "/dev/zero",
        ],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert result.returncode == 2 and "is a device" in result.stderr


# the settings, from the command line ----------------------------------------------------------
def test_the_feed_settings_from_the_command_line(cli, tmp_path):  # noqa: F811
    code, out, _ = cli("interfaces")
    assert code == 0 and "MR, MRN, PI" in out and "numbers need their country code" in out
    code, out, _ = cli(
        "interfaces", "--phone-region", "au", "--mrn-types", "MR,MC", "--mrn-authority", "MGH",
        "--status", "hl7:EPIC@MGH", "Sch=scheduled", "--staff", "amal",
    )  # fmt: skip
    assert code == 0 and "AU" in out and "MR, MC" in out and "hl7:EPIC@MGH  SCH = scheduled" in out
    code, _, err = cli("interfaces", "--status", "hl7:EPIC@MGH", "Sch=maybe")
    assert code == 2 and "'maybe' is not a status" in err
    code, _, err = cli("interfaces", "--phone-region", "ZZ")
    assert code == 2 and "'ZZ' is not a country code" in err
    code, out, _ = cli("interfaces", "--forget-status", "hl7:EPIC@MGH", "SCH")
    assert "status:" not in out


# 5 and 8, at the desk: the open questions shown and settled ---------------------------------------
def test_the_desk_sees_and_settles_what_a_feed_left_open(cli):  # noqa: F811
    from frontdesk.services.patient_view import patient_details
    from frontdesk.store.database import open_database

    def feed(patient):
        open_database(cli.url)
        try:
            import_schedule_bytes(message(patient), actor_for_cli())
        finally:
            from frontdesk.store.database import close_database

            close_database()

    def actor_for_cli():
        from frontdesk.services.actors import actor_for

        return actor_for("amal", "Desk 1")

    feed(pid({5: "田中^由紀^^^^^L^I", 7: "19791225"}))
    feed(pid({5: "田中^由紀^^^^^L^I", 7: "19810306", 8: "F"}))  # another birth date and sex
    code, out, _ = cli("identity", "M1")
    assert code == 0 and "Date of birth: 1979-12-25 on file, hl7:EPIC@MGH says 1981-03-06" in out
    assert "Sex: M on file, hl7:EPIC@MGH says F" in out and "confirm its spelling" in out
    open_database(cli.url)
    try:
        flags = identity_flags(Patient.get().id)
        details = patient_details(Patient.get().id, dt.date(2026, 11, 30))
    finally:
        from frontdesk.store.database import close_database

        close_database()
    assert len(details.identity_warnings) == 3  # what the patient panel shows
    by_field = {c.field: c.id for c in flags.conflicts}
    code, _, err = cli("identity", "M1", "--keep", str(by_field["date_of_birth"]))
    assert code == 2 and "--staff" in err
    code, _, err = cli("identity", "M1", "--keep", "999", "--staff", "amal")
    assert code == 2 and "no open identity conflict 999" in err
    assert (
        cli("identity", "M1", "--keep", str(by_field["date_of_birth"]), "--staff", "amal")[0] == 0
    )
    assert cli("identity", "M1", "--take", str(by_field["sex"]), "--staff", "amal")[0] == 0
    code, out, _ = cli("identity", "M1", "--confirm-name", "TANAKA", "Yuki", "--staff", "amal")
    assert code == 0 and out.strip() == "M1: no open identity questions"
    open_database(cli.url)
    try:
        p = Patient.get()
        assert (p.date_of_birth, p.sex, p.family_name, p.name_to_confirm) == (
            dt.date(1979, 12, 25), "F", "TANAKA", False)  # fmt: skip
        actions = [e.action for e in AuditEvent.select().order_by(AuditEvent.id)]
        assert actions.count("patient.identity_conflict") == 2
    finally:
        from frontdesk.store.database import close_database

        close_database()
