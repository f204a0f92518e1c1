"""CSV schedule import: Excel's BOM and semicolons, upserts, and all-or-nothing files."""

from __future__ import annotations

import pytest

from frontdesk.services.csv_import import ImportFailed, import_csv_bytes, import_csv_file
from frontdesk.services.schedule import day_schedule
from frontdesk.store.models import Appointment, AuditEvent, Patient

from .helpers import DAY

HEADER = (
    "appointment_id,start,duration_min,department,clinician,location,type,status,mrn,"
    "family_name,given_name,native_family_name,native_given_name,date_of_birth,sex,"
    "nationality,passport_no,preferred_language,interpreter_needed,phone,email"
)

ROWS = [
    'A-1,2026-11-30T09:00,30,Heart Center,Dr. Robert Kim,"Yawkey Building, floor 5, room 512",'
    "consultation,,M1,Al-Qahtani,Mohammed,القحطاني,محمد,1970-02-14,M,SAU,S98765432,ar,yes,"
    "+966 50 123 4567,",
    'A-2,2026-11-30T10:30:00-05:00,45,Imaging,Radiology team,"Ellison Building, floor 1",MRI,'
    "scheduled,M1,Al-Qahtani,Mohammed,القحطاني,محمد,1970-02-14,M,SAU,S98765432,ar,yes,"
    "+966 50 123 4567,",
    "A-3,2026-11-30T11:00,60,Neuroscience,Dr. Kenji Watanabe,Lunder 6,second opinion,,M2,Kim,"
    "Min-jun,김,민준,1979-12-25,M,KOR,M12345678,ko,no,,mj@example.kr",
]


def csv_bytes(rows, header=HEADER, delimiter=",", bom=False):
    text = "\r\n".join([header, *rows]) + "\r\n"
    if delimiter != ",":
        text = text.replace(",", delimiter)
    data = text.encode("utf-8")
    return (b"\xef\xbb\xbf" + data) if bom else data


def snapshot():
    return (
        sorted(
            (a.external_id, a.status, a.start.isoformat(), a.duration_min)
            for a in Appointment.select()
        ),
        sorted((p.mrn, p.family_name, p.given_name) for p in Patient.select()),
        AuditEvent.select().count(),
    )


def test_import_creates_then_reimport_changes_nothing(actor, tmp_path):
    path = tmp_path / "today.csv"
    path.write_bytes(csv_bytes(ROWS))
    report = import_csv_file(path, actor)
    assert report.appointments["created"] == 3 and report.patients["created"] == 2
    entries = day_schedule(DAY)
    assert [e.external_id for e in entries] == ["A-1", "A-2", "A-3"]
    assert entries[0].start.hour == 9 and entries[0].patient.native_name == "محمد القحطاني"
    assert entries[2].patient.native_name == "김민준"
    before = snapshot()
    again = import_csv_file(path, actor)
    assert again.appointments["unchanged"] == 3 and again.patients["unchanged"] == 2
    assert snapshot()[:2] == before[:2]


def test_excel_csv_with_bom_and_semicolons(actor):
    rows = [
        r.replace('"Yawkey Building, floor 5, room 512"', "Yawkey 512").replace(
            '"Ellison Building, floor 1"', "Ellison 1"
        )
        for r in ROWS
    ]
    data = csv_bytes(rows, header=HEADER.upper(), delimiter=";", bom=True)
    report = import_csv_bytes(data, actor, name="excel.csv")
    assert report.appointments["created"] == 3
    assert Patient.get(Patient.mrn == "M1").family_name == "Al-Qahtani"


def test_changed_row_updates_and_cancel_cancels(actor):
    import_csv_bytes(csv_bytes(ROWS), actor)
    changed = [
        ROWS[0].replace("2026-11-30T09:00", "2026-11-30T09:30"),
        ROWS[1].replace(",scheduled,", ",cancelled,"),
        ROWS[2],
    ]
    report = import_csv_bytes(csv_bytes(changed), actor)
    assert report.appointments == {"updated": 1, "cancelled": 1, "unchanged": 1}
    a1 = Appointment.get(Appointment.external_id == "A-1")
    assert a1.start.minute == 30
    assert Appointment.get(Appointment.external_id == "A-2").status == "cancelled"


def test_reimport_does_not_undo_a_check_in(actor):
    from frontdesk.services.checkin import check_in

    import_csv_bytes(csv_bytes(ROWS), actor)
    check_in(Patient.get(Patient.mrn == "M2").id, DAY, actor)
    import_csv_bytes(csv_bytes(ROWS), actor)
    assert Appointment.get(Appointment.external_id == "A-3").status == "arrived"


@pytest.mark.parametrize(
    ("bad_row", "column", "words"),
    [
        ("A-9,2026-11-31T09:00,30,,,,,,M9,X,Y,,,1980-01-01,,,,,,,", "start", "ISO 8601"),
        (",2026-11-30T09:00,30,,,,,,M9,X,Y,,,1980-01-01,,,,,,,", "appointment_id", "required"),
        ("A-9,2026-11-30T09:00,30,,,,,,,X,Y,,,1980-01-01,,,,,,,", "mrn", "required"),
    ],
)
def test_a_bad_row_in_the_middle_leaves_the_database_untouched(actor, bad_row, column, words):
    import_csv_bytes(csv_bytes(ROWS[:1]), actor)
    before = snapshot()
    with pytest.raises(ImportFailed) as caught:
        import_csv_bytes(csv_bytes([ROWS[1], bad_row, ROWS[2]]), actor)
    errors = caught.value.report.errors
    assert len(errors) == 1
    assert errors[0].line == 3 and errors[0].column == column
    assert words in errors[0].message
    assert f"line 3, column {column}" in str(caught.value)
    assert snapshot() == before


def test_a_row_without_a_name_needs_a_patient_the_desk_knows(actor):
    nameless = "A-9,2026-11-30T09:00,30,,,,,,M9,,,,,1980-01-01,,,,,,,"
    with pytest.raises(ImportFailed, match="line 3: no patient with MRN M9"):
        import_csv_bytes(csv_bytes([ROWS[1], nameless]), actor)
    import_csv_bytes(csv_bytes([ROWS[2].replace("A-3", "A-8").replace(",M2,", ",M9,")]), actor)
    report = import_csv_bytes(csv_bytes([nameless]), actor)  # M9 is known now
    assert report.appointments["created"] == 1


@pytest.mark.parametrize(
    ("row", "column", "words"),
    [
        ("A-9,2026-11-30T09:00,30,,,,,maybe,M9,X,Y,,,1980-01-01,,,,,,,", "status", "not a status"),
        ("A-9,2026-11-30T09:00,30,,,,,,M9,X,Y,,,31/02/1980,,,,,,,", "date_of_birth", "not a date"),
        ("A-9,2026-11-30T09:00,half,,,,,,M9,X,Y,,,1980-01-01,,,,,,,", "duration_min", "minutes"),
        ("A-9,2026-11-30T09:00,30,,,,,,M9,X,Y,,,1980-01-01,,,,,,123,", "phone", "country code"),
    ],
)
def test_an_odd_optional_cell_is_a_notice_and_the_row_lands(actor, row, column, words):
    report = import_csv_bytes(csv_bytes([ROWS[1], row]), actor)
    assert report.appointments["created"] == 2 and not report.errors
    (notice,) = report.notices
    assert notice.line == 3 and notice.column == column and words in notice.message
    assert Appointment.get(Appointment.external_id == "A-9")


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"", "empty"),
        (b"appointment_id,start\r\nA,2026-11-30T09:00\r\n", "missing required column"),
        ("appointment_id;start\n".encode("utf-16"), "not UTF-8"),
        (b"\x00\xff" * 5000, "not UTF-8"),
        (HEADER.encode() + b'\r\nA-1,"unterminated\r\n', "not CSV"),
    ],
)
def test_malformed_files_are_refused(actor, data, words):
    before = snapshot()
    with pytest.raises(Exception) as caught:
        import_csv_bytes(data, actor)
    assert words in str(caught.value)
    assert snapshot() == before


def test_dry_run_reports_and_writes_nothing(actor):
    before = snapshot()
    report = import_csv_bytes(csv_bytes(ROWS), actor, dry_run=True)
    assert report.appointments["created"] == 3
    assert "would change" in report.describe()
    assert snapshot() == before


def test_unreadable_file(actor, tmp_path):
    with pytest.raises(Exception, match="cannot read"):
        import_csv_file(tmp_path / "missing.csv", actor)


def test_reimport_keeps_contact_details_entered_at_the_desk(actor):
    from frontdesk.services.patients import update_contact

    import_csv_bytes(csv_bytes(ROWS), actor)
    kim = Patient.get(Patient.mrn == "M2")
    update_contact(
        kim.id,
        actor,
        phone="+1 617 555 0100",
        email="mj@example.kr",
        local_address="Hilton, room 512",
    )
    report = import_csv_bytes(csv_bytes(ROWS), actor)
    kim = Patient.get(Patient.mrn == "M2")
    assert (kim.phone, kim.email, kim.local_address) == (
        "+16175550100",
        "mj@example.kr",
        "Hilton, room 512",
    )
    assert report.patients["unchanged"] == 2
