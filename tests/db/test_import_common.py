"""One import path for CSV, HL7 and FHIR: detection, the command line, audit, Excel CSV."""

from __future__ import annotations

import json

import pytest

from frontdesk.services.schedule_import import (
    ImportFailed,
    detect_format,
    import_schedule_bytes,
    import_schedule_file,
)
from frontdesk.store.models import Appointment, AuditEvent
from tests.schedule_samples import collection_bundle, day_messages, fhir_bytes, hl7_file, siu

from .test_cli import cli  # noqa: F401  (the fixture)
from .test_csv_import import HEADER, ROWS, csv_bytes


@pytest.mark.parametrize(
    ("data", "fmt"),
    [
        (hl7_file(day_messages()[:2]), "hl7"),
        (hl7_file(day_messages()[:2], framing="mllp"), "hl7"),
        (hl7_file(day_messages()[:2], framing="batch"), "hl7"),
        (b"\r\n" + hl7_file(day_messages()[:1]), "hl7"),
        (fhir_bytes(collection_bundle()), "fhir"),
        (b"\xef\xbb\xbf  " + fhir_bytes(collection_bundle()), "fhir"),
        (csv_bytes(ROWS, bom=True, delimiter=";"), "csv"),
        (b"", "csv"),
    ],
)
def test_the_format_is_told_from_the_content(data, fmt):
    assert detect_format(data) == fmt


def test_excel_csv_through_the_common_path(actor, tmp_path):
    rows = [r.replace('"Yawkey Building, floor 5, room 512"', "Yawkey 512") for r in ROWS]
    rows = [r.replace('"Ellison Building, floor 1"', "Ellison 1") for r in rows]
    path = tmp_path / "Export (Excel).csv"
    path.write_bytes(csv_bytes(rows, header=HEADER.upper(), delimiter=";", bom=True))
    report = import_schedule_file(path, actor)
    assert report.format == "csv" and report.appointments["created"] == 3
    deleted = [rows[0], rows[1].replace(",scheduled,", ",deleted,"), rows[2]]
    path.write_bytes(csv_bytes(deleted, header=HEADER, delimiter=";", bom=True))
    report = import_schedule_file(path, actor)
    assert report.appointments == {"deleted": 1, "unchanged": 2}
    assert not Appointment.select().where(Appointment.external_id == "A-2").exists()


def test_a_format_that_does_not_fit_the_content_is_refused(actor):
    with pytest.raises(ImportFailed, match="MSH"):
        import_schedule_bytes(fhir_bytes(collection_bundle()), actor, fmt="hl7")
    with pytest.raises(ImportFailed, match="not JSON"):
        import_schedule_bytes(hl7_file(day_messages()), actor, fmt="fhir")
    assert not Appointment.select().exists()


def test_each_import_leaves_one_audit_record_with_its_counts(actor):
    import_schedule_bytes(hl7_file(day_messages()[:2]), actor, name="a.hl7")
    import_schedule_bytes(fhir_bytes(collection_bundle()), actor, name="b.json")
    imports = [
        (e.action, json.loads(e.details))
        for e in AuditEvent.select().where(AuditEvent.object_type == "import")
    ]
    assert [a for a, _ in imports] == ["import.hl7", "import.fhir"]
    assert imports[0][1]["file"] == "a.hl7" and imports[0][1]["appointments"] == {"created": 2}
    assert imports[1][1]["patients"] == {"created": 2}


def test_command_line(cli, tmp_path):  # noqa: F811
    good = siu("S12", "1", "K-1", "M1", "202611300900-0500")
    bad = siu("S12", "2", "K-2", "M2", "202611311000-0500")  # 31 November
    path = tmp_path / "feed.txt"
    path.write_bytes(hl7_file([good, bad]))
    code, _, err = cli("import", str(path), "--dry-run")
    assert code == 2 and "message 2 (control id 2), SCH-11.4" in err and "nothing" in err
    code, out, _ = cli("import", str(path), "--skip-bad", "--json", "--format", "hl7")
    report = json.loads(out)
    assert code == 1 and report["format"] == "hl7" and report["written"]
    assert report["appointments"]["created"] == 1
    assert report["errors"][0]["where"] == "message 2 (control id 2), SCH-11.4"
    code, out, _ = cli("import", str(path), "--skip-bad")
    assert code == 1 and "1 unchanged" in out and "left out" in out
    path.write_bytes(fhir_bytes(collection_bundle()))
    code, out, _ = cli("import", str(path))
    assert code == 0 and "3 entries imported" in out


def test_newcomers_are_indexed_as_one_by_one_registration_indexes_them(actor):
    from frontdesk.services.patient_input import PatientInput
    from frontdesk.services.patients import save_patient
    from frontdesk.services.search import search_patients
    from frontdesk.store.models import Patient, SearchPosting, SearchTerm

    import_schedule_bytes(hl7_file(day_messages()), actor)  # six newcomers, in bulk
    for bulk in list(Patient.select()):
        twin, _ = save_patient(
            PatientInput(
                mrn=f"TWIN-{bulk.mrn}",
                family_name=bulk.family_name,
                given_name=bulk.given_name,
                native_family_name=bulk.native_family_name,
                native_given_name=bulk.native_given_name,
                date_of_birth=bulk.date_of_birth,
            ),
            actor,
        )
        assert twin.search_terms == bulk.search_terms

        def postings(patient):
            query = SearchPosting.select().where(SearchPosting.patient_id == patient.id)
            return sorted(p.term_id for p in query)

        assert postings(twin) == postings(bulk) != []
    for term in SearchTerm.select():
        count = SearchPosting.select().where(SearchPosting.term_id == term.id).count()
        assert term.df == count, term.term
    hits = search_patients("kim minjun")
    assert {"M2", "TWIN-M2"} <= {h.patient.mrn for h in hits}


def test_a_no_show_status_cannot_undo_a_check_in(actor):
    """CSV status no_show (or SCH-25 Noshow) after the desk checked the patient in: refused
    with a located error, nothing written; a later "scheduled" keeps the arrival."""
    import datetime as dt

    from frontdesk.services.checkin import check_in
    from frontdesk.services.patients import patient_by_mrn

    import_schedule_bytes(csv_bytes(ROWS), actor)
    check_in(patient_by_mrn("M1").id, dt.date(2026, 11, 30), actor)
    no_show = [ROWS[0].replace(",consultation,,M1,", ",consultation,no_show,M1,")]
    with pytest.raises(ImportFailed, match="checked in for it"):
        import_schedule_bytes(csv_bytes(no_show), actor)
    assert Appointment.get(Appointment.external_id == "A-1").status == "arrived"
    report = import_schedule_bytes(csv_bytes(ROWS), actor)
    assert report.appointments.get("updated", 0) == 0
    assert Appointment.get(Appointment.external_id == "A-1").status == "arrived"


# A check-in made while a file is being imported: tests/db/test_import_locks.py.


def test_a_csv_with_only_its_header_is_refused(actor):
    with pytest.raises(ImportFailed, match="no appointment rows after the header"):
        import_schedule_bytes((HEADER + "\n").encode(), actor)


@pytest.mark.parametrize(
    ("data", "where"),
    [
        # HL7: a start out of any calendar
        (lambda: hl7_file([siu("S12", "1", "X-1", "M1", "999912312359-1200")]), "SCH-11.4"),
        # FHIR: a number longer than Python reads
        (lambda: fhir_bytes(collection_bundle())[:-1] + b', "x": ' + b"9" * 5000 + b"}", "file"),
    ],
)
def test_numbers_and_dates_out_of_range_are_located_errors(actor, data, where):
    with pytest.raises(ImportFailed) as failed:
        import_schedule_bytes(data(), actor)
    assert where in str(failed.value)
    assert not Appointment.select().exists()


def test_a_duration_that_is_not_a_number_is_a_notice(actor):
    message = siu("S12", "1", "X-1", "M1", "202611300900-0500").replace("|30|min", "|nan|min")
    report = import_schedule_bytes(hl7_file([message]), actor)
    assert any("SCH-9" in n.where and "'nan'" in n.message for n in report.notices)
    # the duration falls back (SCH-11.3 M30 here) and the appointment lands
    assert Appointment.get(Appointment.external_id == "X-1").duration_min == 30


def test_two_entries_with_one_full_url_are_refused(actor):
    bundle = collection_bundle()
    patients = [e for e in bundle["entry"] if e["resource"]["resourceType"] == "Patient"]
    patients[1]["fullUrl"] = patients[0]["fullUrl"]  # an impostor under the same address
    with pytest.raises(ImportFailed, match=r"fullUrl.*is also the fullUrl of entry\[\d+\]"):
        import_schedule_bytes(fhir_bytes(bundle), actor)
    assert not Appointment.select().exists()


def test_a_second_sch_or_pid_in_one_message_is_an_error(actor):
    message = siu("S12", "1", "X-1", "M1", "202611300900-0500")
    sch = next(s for s in message.split("\r") if s.startswith("SCH|"))
    twice = message.replace(sch, sch + "\r" + sch.replace("X-1", "Z-9"))
    with pytest.raises(ImportFailed, match="2 SCH segments"):
        import_schedule_bytes(hl7_file([twice]), actor)
    pid = next(s for s in message.split("\r") if s.startswith("PID|"))
    with pytest.raises(ImportFailed, match="2 PID segments"):
        import_schedule_bytes(hl7_file([message.replace(pid, pid + "\r" + pid)]), actor)
    assert not Appointment.select().exists()


def test_a_file_batch_checks_its_trailer(actor):
    """FHS ... FTS: a file cut after a batch, or whose FTS count lies, is refused."""
    batch = hl7_file(day_messages()[:2], framing="batch")
    assert b"FTS|1" in batch
    with pytest.raises(ImportFailed, match="no FTS trailer"):
        import_schedule_bytes(batch.split(b"FTS|")[0], actor)
    with pytest.raises(ImportFailed, match=r"FTS-1: says 7 batch\(es\) but there are 1"):
        import_schedule_bytes(batch.replace(b"FTS|1", b"FTS|7"), actor)
    assert not Appointment.select().exists()
    assert import_schedule_bytes(batch, actor).appointments["created"] >= 1


def test_a_deletion_of_an_unknown_appointment_is_a_notice(actor):
    delete = siu("S17", "9", "NOPE-1", "M1", "202611300900-0500")
    report = import_schedule_bytes(hl7_file([delete]), actor)
    assert report.appointments["unchanged"] == 1 and not Appointment.select().exists()
    assert "which this desk does not have" in report.describe()
    assert report.as_json()["notices"][0]["unit"].startswith("message 1")
