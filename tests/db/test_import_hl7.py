"""HL7 v2 SIU import: a morning feed of 22 messages, framings, events, charsets, bad files."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from frontdesk.services.checkin import check_in
from frontdesk.services.schedule import day_schedule
from frontdesk.services.schedule_import import ImportFailed, import_schedule_bytes
from frontdesk.store.models import Appointment, AuditEvent, Patient, Visit
from tests.schedule_samples import day_messages, hl7_file, msh, segment, siu

from .helpers import DAY, NEW_YORK

SOURCE = "hl7:EPIC@MGH"


def snapshot():
    return (
        sorted(
            (a.external_id, a.status, a.start.isoformat(), a.duration_min, a.clinician)
            for a in Appointment.select()
        ),
        sorted(
            (p.mrn, p.family_name, p.given_name, p.native_family_name, p.interpreter_needed)
            for p in Patient.select()
        ),
        Visit.select().count(),
        AuditEvent.select().count(),
    )


def appt(external_id):
    return Appointment.get(
        (Appointment.source_system == SOURCE) & (Appointment.external_id == external_id)
    )


def local(instant):
    return instant.astimezone(NEW_YORK).strftime("%Y-%m-%d %H:%M")


def test_a_morning_feed_lands_in_the_schedule(actor):
    report = import_schedule_bytes(hl7_file(day_messages()), actor, name="feed.hl7")
    assert report.format == "hl7" and report.rows == 22
    # A-13 was booked and deleted within the file: it never reaches the database.
    assert report.appointments["created"] == 13 and report.appointments["unchanged"] == 1
    assert report.patients["created"] == 6
    entries = {e.external_id: e for e in day_schedule(DAY)}
    a1 = entries["A-1"]
    assert a1.start.strftime("%H:%M") == "09:00" and a1.patient.native_name == "محمد القحطاني"
    assert (a1.department, a1.clinician, a1.location, a1.type) == (
        "Heart Center",
        "Dr. Robert Kim",
        "Yawkey Building, floor 5, room 512",
        "Consultation",
    )
    assert a1.patient.interpreter_needed and a1.patient.preferred_language == "ar"
    # Offsets: +0000 (15:30 UTC), none (office time), +0300, +0900 the next day in Tokyo.
    assert entries["A-2"].start.strftime("%H:%M") == "10:30"
    assert entries["A-2"].end - entries["A-2"].start == dt.timedelta(minutes=45)
    assert entries["A-3"].start.strftime("%H:%M") == "11:00"
    assert entries["A-6"].start.strftime("%H:%M") == "11:00"
    assert entries["A-4"].start.strftime("%H:%M") == "10:00"  # v2.8: TQ1-7
    assert entries["A-4"].patient.native_name == "田中由紀"  # representation I, not P
    assert entries["A-6"].patient.native_name == "דוד כהן"
    # Events later in the file: S13 moved, S14 modified, S15 cancelled, S26 no-show.
    assert entries["A-7"].start.strftime("%H:%M") == "10:30"
    assert "A-8" not in entries and local(appt("A-8").start) == "2026-12-01 13:00"
    assert entries["A-10"].end - entries["A-10"].start == dt.timedelta(minutes=90)
    assert entries["A-11"].clinician == "Dr. Anna Lee"
    assert entries["A-12"].status == "cancelled"
    assert entries["A-14"].status == "no_show"
    assert not Appointment.select().where(Appointment.external_id == "A-13").exists()
    m1 = Patient.get(Patient.mrn == "M1")
    assert (m1.passport_no, m1.phone, m1.email, m1.nationality) == (
        "S98765432",
        "+966501234567",
        "m.alqahtani@example.sa",
        "SAU",
    )
    m2 = Patient.get(Patient.mrn == "M2")
    assert (m2.native_family_name, m2.native_given_name, m2.nationality) == ("김", "민준", "KOR")
    assert Patient.get(Patient.mrn == "M3").preferred_language == "ja"  # ISO 639-2 jpn


def test_escapes_are_undone_with_the_declared_delimiters(actor):
    import_schedule_bytes(hl7_file(day_messages()[4:5]), actor)
    m4 = Patient.get(Patient.mrn == "M4")
    assert (m4.family_name, m4.given_name) == ("O'Brien & Sons", "Mary^Ann")
    # Other delimiters declared in MSH-2 (# for components, ! for repetitions, $ escape):
    text = "\r".join(
        [
            msh("S12", "X1", delimiters="#!$*"),
            segment("SCH", {2: "B-1#EPIC", 11: "##M20#202611300800-0500", 25: "Booked"}),
            segment("PID", {3: "M9###MGH#MR", 5: "Dupont $T$ Fils#Ren$XC3A9$", 7: "19600101"}),
        ]
    )
    import_schedule_bytes(text.encode(), actor)
    m9 = Patient.get(Patient.mrn == "M9")
    assert (m9.family_name, m9.given_name) == ("Dupont * Fils", "René")
    assert appt("B-1").duration_min == 20


@pytest.mark.parametrize("framing", ["crlf", "lf", "blank", "mllp", "batch"])
def test_every_framing_reads_the_same(actor, framing):
    import_schedule_bytes(hl7_file(day_messages()), actor)
    before = snapshot()
    report = import_schedule_bytes(hl7_file(day_messages(), framing=framing), actor)
    assert report.rows == 22 and report.appointments["unchanged"] == 14
    assert snapshot()[:3] == before[:3]


def test_end_marks_without_start_marks_are_whole_messages(actor):
    """A capture that kept each message's FS CR and dropped its VT (an engine's file writer,
    athenaNet's sample feed) holds whole messages: read, not called truncated."""
    second = siu("S12", "2", "A-2", "M1", "202611301000-0500")
    data = (GOOD + "\x1c\r" + second + "\x1c\r").encode()
    report = import_schedule_bytes(data, actor)
    assert report.appointments["created"] == 2 and not report.errors


def test_a_location_sent_as_id_and_name(actor):
    """AIL-3 "2^Brockton" (athenaNet), "4^PET/CT-Mandarin": a coded element, not a point of care
    and a room: the place is the name, and a number is no department."""
    import_schedule_bytes(siu("S12", "1", "A-1", "M1", "202611300900-0500",
                              location="2^Brockton").encode(), actor)  # fmt: skip
    a = Appointment.get()
    assert (a.location, a.department) == ("Brockton", None)


def test_the_same_file_twice_changes_nothing_but_its_audit_record(actor):
    data = hl7_file(day_messages())
    import_schedule_bytes(data, actor)
    before = snapshot()
    again = import_schedule_bytes(data, actor)
    assert again.appointments == {"unchanged": 14}
    assert again.patients == {"unchanged": 6}
    after = snapshot()
    assert after[:3] == before[:3] and after[3] == before[3] + 1
    last = AuditEvent.select().order_by(AuditEvent.id.desc()).get()
    assert last.action == "import.hl7" and '"unchanged": 14' in last.details


def test_reschedule_cancel_delete_and_no_show_in_a_later_file(actor):
    first = [
        siu("S12", "1", "C-1", "M1", "202611300900-0500"),
        siu("S12", "2", "C-2", "M2", "202611301000-0500"),
        siu("S12", "3", "C-3", "M3", "202611301100-0500"),
        siu("S12", "4", "C-4", "M5", "202611301200-0500"),
    ]
    import_schedule_bytes(hl7_file(first), actor)
    later = [
        siu("S13", "5", "C-1", "M1", "202612010900-0500"),
        siu("S15", "6", "C-2", "M2", "202611301000-0500", status="Cancelled"),
        siu("S17", "7", "C-3", "M3", "202611301100-0500", status="Deleted"),
        siu("S26", "8", "C-4", "M5", "202611301200-0500", status="Noshow"),
    ]
    report = import_schedule_bytes(hl7_file(later), actor)
    assert report.appointments == {"updated": 1, "cancelled": 1, "deleted": 1, "no_show": 1}
    assert local(appt("C-1").start) == "2026-12-01 09:00"
    assert appt("C-1").visit.local_date == dt.date(2026, 12, 1)
    assert appt("C-2").status == "cancelled" and appt("C-4").status == "no_show"
    assert not Appointment.select().where(Appointment.external_id == "C-3").exists()
    # The visits the moved and deleted appointments left behind are gone; the cancelled
    # and no-show patients' visits are settled.
    m1, m3 = Patient.get(Patient.mrn == "M1"), Patient.get(Patient.mrn == "M3")
    assert not Visit.select().where((Visit.patient == m1) & (Visit.local_date == DAY)).exists()
    assert not Visit.select().where(Visit.patient == m3).exists()
    assert appt("C-2").visit.status == "cancelled" and appt("C-4").visit.status == "no_show"
    actions = [e.action for e in AuditEvent.select().order_by(AuditEvent.id)][-5:]
    assert sorted(actions[:4]) == [
        "appointment.delete",
        "appointment.update",
        "appointment.update",
        "appointment.update",
    ]


def test_a_delete_of_a_checked_in_appointment_is_a_conflict(actor):
    import_schedule_bytes(hl7_file([siu("S12", "1", "D-1", "M2", "202611300900-0500")]), actor)
    check_in(Patient.get(Patient.mrn == "M2").id, DAY, actor)
    before = snapshot()
    bad = [
        siu("S12", "2", "D-2", "M1", "202611301000-0500"),
        siu("S17", "3", "D-1", "M2", "202611300900-0500", status="Deleted"),
    ]
    with pytest.raises(ImportFailed) as caught:
        import_schedule_bytes(hl7_file(bad), actor)
    (error,) = caught.value.report.errors
    assert error.unit == "message 2 (control id 3)" and "checked in" in error.message
    assert snapshot() == before
    # With --skip-bad the good message is written, the conflict listed.
    report = import_schedule_bytes(hl7_file(bad), actor, skip_bad=True)
    assert report.appointments["created"] == 1 and len(report.errors) == 1
    assert "left out" in report.describe() and appt("D-1").status == "arrived"
    noshow = siu("S26", "4", "D-1", "M2", "202611300900-0500", status="Noshow")
    with pytest.raises(ImportFailed, match="checked in"):
        import_schedule_bytes(hl7_file([noshow]), actor)


def test_a_reimported_booking_does_not_undo_a_check_in(actor):
    data = hl7_file([siu("S12", "1", "E-1", "M2", "202611300900-0500")])
    import_schedule_bytes(data, actor)
    check_in(Patient.get(Patient.mrn == "M2").id, DAY, actor)
    assert import_schedule_bytes(data, actor).appointments == {"unchanged": 1}
    assert appt("E-1").status == "arrived"


@pytest.mark.parametrize(
    ("charset", "codec", "mrn", "family", "given"),
    [
        ("8859/1", "latin-1", "G1", "Müller", "Jürgen"),
        ("8859/5", "iso8859-5", "G2", "Иванов", "Иван"),
        ("GB 18030-2000", "gb18030", "G3", "王", "芳"),
    ],
)
def test_the_character_set_named_in_msh_18(actor, charset, codec, mrn, family, given):
    patient = {3: f"{mrn}^^^MGH^MR", 5: f"{family}^{given}^^^^^L", 7: "19700101", 8: "M"}
    if codec == "gb18030":
        patient[5] = f"Wang^Fang^^^^^L~{family}^{given}^^^^^L^I"
    message = siu("S12", "1", f"H-{mrn}", mrn, "202611300900-0500", charset=charset,
                  patient=patient)  # fmt: skip
    import_schedule_bytes(message.encode(codec), actor)
    saved = Patient.get(Patient.mrn == mrn)
    if codec == "latin-1":
        assert (saved.family_name, saved.given_name) == (family, given)
    else:  # a name in another script is the native one; the passport one is Latin
        assert (saved.native_family_name, saved.native_given_name) == (family, given)
        assert saved.family_name.isascii() and saved.family_name
    if codec == "iso8859-5":  # no alphabetic repetition: transliterated, for the desk to confirm
        assert (saved.family_name, saved.given_name, saved.name_to_confirm) == (
            "Ivanov",
            "Ivan",
            True,
        )


GOOD = siu("S12", "1", "A-1", "M1", "202611300900-0500")


def _replace(old, new, message=GOOD):
    assert old in message
    return message.replace(old, new)


@pytest.mark.parametrize(
    ("data", "where", "words"),
    [
        # MLLP framing whose end block never came
        (b"\x0b" + GOOD.encode(), "file", "truncated"),
        # a batch whose trailer counts more messages than it holds
        (hl7_file([GOOD], framing="batch").replace(b"BTS|1", b"BTS|2"), "BTS-1", "truncated"),
        (GOOD[GOOD.index("SCH") :].encode(), "line 1", "MSH"),
        (
            (GOOD + "SCH|x\r" + GOOD).replace("\rMSH", "\rmsh", 1).encode(),
            "segment 9",
            "not a segment id",
        ),
        (
            _replace("M30^202611300900-0500|", "M30^202611310900-0500|").encode(),
            "SCH-11.4",
            "real date",
        ),
        (
            _replace("^^M30^202611300900-0500", "^^M30^30/11/2026 09:00").encode(),
            "SCH-11.4",
            "not an HL7 date",
        ),
        (GOOD.encode("utf-16"), "line 1", "MSH"),
        (_replace("M1^^^MGH^MR~", "M1^^^MGH^XX~").encode(), "PID-3", "MRN"),
        (_replace("SCH|PA-1^EPIC|A-1^EPIC|", "SCH|||").encode(), "SCH-2", "appointment id"),
    ],
)
def test_malformed_input_is_refused_and_located(actor, data, where, words):
    import_schedule_bytes(hl7_file(day_messages()[:3]), actor)
    before = snapshot()
    with pytest.raises(ImportFailed) as caught:
        import_schedule_bytes(data, actor, fmt="hl7")
    error = caught.value.report.errors[0]
    assert where in error.where and words in error.message, str(error)
    assert snapshot() == before


@pytest.mark.parametrize(
    ("data", "where", "words"),
    [
        # a message cut off in the middle of its PID-7: the rest of it is what the desk needs
        (GOOD[: GOOD.index("|19700214") + 5].encode(), "PID-7", "not a date of birth"),
        (_replace("|Booked", "|Maybe").encode(), "SCH-25", "not a filler status"),
        (_replace("|2.5.1|", "|2.2|").encode(), "MSH-12", "2.3 to 2.8"),
        (_replace("|UNICODE UTF-8", "|EBCDIC").encode(), "MSH-18", "read as UTF-8"),
        (_replace("Al-Qahtani^", "Al\\Qahtani^").encode(), "PID-5", "escape"),
        (_replace("|19700214|", "|20991231|").encode(), "PID-7", "future"),
        (_replace("|19700214|M|", "|19700214|Q|").encode(), "PID-8", "administrative sex"),
        (_replace("^^966^50^1234567", "^^^^12").encode(), "PID-13", "phone"),
    ],
)
def test_odd_optional_fields_are_notices_not_refusals(actor, data, where, words):
    """Liberal about what the desk does not need to act: the appointment lands, and the
    report says what was left out and where."""
    report = import_schedule_bytes(data, actor, fmt="hl7")
    assert report.appointments["created"] == 1 and not report.errors
    found = [n for n in report.notices if where in n.where and words in n.message]
    assert found, [str(n) for n in report.notices]
    assert appt("A-1").start.astimezone(NEW_YORK).strftime("%H:%M") == "09:00"


def test_a_message_that_is_not_scheduling_is_left_alone_with_a_notice(actor):
    report = import_schedule_bytes(
        _replace("SIU^S12^SIU_S12", "ADT^A01^ADT_A01").encode(), actor, fmt="hl7"
    )
    assert report.appointments["created"] == 0 and not report.errors
    assert "ADT^A01 is not a scheduling message" in report.notices[0].message
    assert report.notices[0].where == "message 1 (control id 1), MSH-9"


def test_wrong_encoding_is_named_with_its_message_and_segment(actor):
    latin = siu("S12", "7", "W-1", "M8", "202611300900-0500",
                patient={3: "M8^^^MGH^MR", 5: "Müller^Jürgen^^^^^L", 7: "19700101"})  # fmt: skip
    data = hl7_file([GOOD, latin]).replace("Müller".encode(), "Müller".encode("latin-1"))
    before = snapshot()
    with pytest.raises(ImportFailed) as caught:
        import_schedule_bytes(data, actor)
    (error,) = caught.value.report.errors
    assert error.where.startswith("message 2 (line 9), PID (segment 3)")
    assert "not UNICODE UTF-8" in error.message
    assert snapshot() == before


def test_ten_megabytes_of_junk_is_one_clear_error(actor):
    junk = random.Random(7).randbytes(10 * 1024 * 1024)
    before = snapshot()
    with pytest.raises(ImportFailed) as caught:
        import_schedule_bytes(junk, actor, fmt="hl7")
    assert "expected a message starting with its MSH segment" in str(caught.value)
    assert len(caught.value.report.errors) == 1
    with pytest.raises(ImportFailed, match="not UTF-8"):
        import_schedule_bytes(junk, actor)  # told from its content: not HL7, not JSON, so CSV
    assert snapshot() == before


def test_skip_bad_writes_the_good_messages_and_lists_the_bad(actor):
    bad = siu("S12", "2", "S-2", "M2", "202611311000-0500")  # 31 November
    messages = [siu("S12", "1", "S-1", "M1", "202611300900-0500"), bad]
    with pytest.raises(ImportFailed):
        import_schedule_bytes(hl7_file(messages), actor)
    assert not Appointment.select().exists()
    report = import_schedule_bytes(hl7_file(messages), actor, skip_bad=True)
    assert report.appointments["created"] == 1
    assert [e.where for e in report.errors] == ["message 2 (control id 2), SCH-11.4"]
    assert appt("S-1") and not Patient.select().where(Patient.mrn == "M2").exists()


def test_dry_run_reports_and_writes_nothing(actor):
    before = snapshot()
    report = import_schedule_bytes(hl7_file(day_messages()), actor, dry_run=True)
    assert report.appointments["created"] == 13 and "would change" in report.describe()
    assert snapshot() == before
