"""FHIR R4 import: included, contained and referenced patients, deletes, bad bundles."""

from __future__ import annotations

import json

import pytest

from frontdesk.services.schedule import day_schedule
from frontdesk.services.schedule_import import ImportFailed, import_schedule_bytes
from frontdesk.store.models import Appointment, AuditEvent, Patient
from tests.schedule_samples import (
    APPOINTMENT_SYSTEM,
    collection_bundle,
    fhir_bytes,
    modified,
    searchset_bundle,
    transaction_bundle,
)

from .helpers import DAY

SOURCE = f"fhir:{APPOINTMENT_SYSTEM}"


def snapshot():
    return (
        sorted(
            (a.source_system, a.external_id, a.status, a.start.isoformat(), a.clinician)
            for a in Appointment.select()
        ),
        sorted((p.mrn, p.family_name, p.native_family_name) for p in Patient.select()),
        AuditEvent.select().count(),
    )


def appt(external_id):
    return Appointment.get(
        (Appointment.source_system == SOURCE) & (Appointment.external_id == external_id)
    )


@pytest.mark.parametrize("bundle", [collection_bundle, searchset_bundle])
def test_the_samples_are_valid_fhir_r4b(bundle):
    """The bundles are written from the specification; the model library agrees."""
    from fhir.resources.R4B.bundle import Bundle

    Bundle.model_validate(bundle())


def test_included_resources(actor):
    report = import_schedule_bytes(fhir_bytes(collection_bundle()), actor, name="day.json")
    assert report.format == "fhir" and report.rows == 3
    assert report.appointments["created"] == 3 and report.patients["created"] == 2
    entries = {e.external_id: e for e in day_schedule(DAY)}
    a1 = entries["a1"]
    assert a1.start.strftime("%H:%M") == "09:00" and a1.patient.native_name == "محمد القحطاني"
    assert (a1.department, a1.clinician, a1.location, a1.type) == (
        "Cardiology",
        "Dr. Robert Kim",
        "Yawkey Building, floor 5",
        "Consultation",
    )
    assert entries["a2"].start.strftime("%H:%M") == "10:00"  # 15:00Z
    f1 = Patient.get(Patient.mrn == "F1")
    assert (f1.passport_no, f1.nationality, f1.preferred_language) == ("S98765432", "SA", "ar")
    f2 = Patient.get(Patient.mrn == "F2")
    assert f2.interpreter_needed  # a participant of type INTRP on a3
    assert (f2.native_family_name, f2.native_given_name) == ("김", "민준")


def test_contained_patient(actor):
    report = import_schedule_bytes(fhir_bytes(searchset_bundle()), actor)
    assert report.appointments["created"] == 1
    f3 = Patient.get(Patient.mrn == "F3")
    assert (f3.family_name, f3.native_family_name, f3.sex) == ("Tanaka", "田中", "F")
    assert appt("a4").start.hour == 14  # 23:00+09:00


def test_referenced_known_patient_cancel_and_delete(actor):
    import_schedule_bytes(fhir_bytes(collection_bundle()), actor)
    report = import_schedule_bytes(fhir_bytes(transaction_bundle("F1")), actor)
    assert report.appointments == {"created": 1, "cancelled": 1, "deleted": 1}
    assert appt("a5").patient.mrn == "F1" and appt("a5").duration_min == 20
    assert appt("a1").status == "cancelled"
    assert appt("a1").clinician == "Dr. Robert Kim"  # the cancellation left it out: kept
    assert not Appointment.select().where(Appointment.external_id == "a2").exists()
    before = snapshot()
    again = import_schedule_bytes(fhir_bytes(transaction_bundle("F1")), actor)
    assert again.appointments == {"unchanged": 3}
    assert snapshot()[:2] == before[:2]


def test_entered_in_error_removes_and_delete_by_id(actor):
    import_schedule_bytes(fhir_bytes(collection_bundle()), actor)

    def retract(bundle):
        bundle["entry"][4]["resource"]["status"] = "entered-in-error"

    report = import_schedule_bytes(fhir_bytes(modified(collection_bundle(), retract)), actor)
    assert report.appointments["deleted"] == 1
    assert not Appointment.select().where(Appointment.external_id == "a1").exists()


def test_unknown_patient_reference_by_identifier_is_an_error(actor):
    before = snapshot()
    with pytest.raises(ImportFailed) as caught:
        import_schedule_bytes(fhir_bytes(transaction_bundle("NOBODY")), actor)
    errors = caught.value.report.errors
    assert errors[0].unit == "entry[0]" and "no patient with MRN NOBODY" in errors[0].message
    assert snapshot() == before


def _set(path, value):
    def change(bundle):
        node = bundle
        for key in path[:-1]:
            node = node[key]
        node[path[-1]] = value

    return change


A1 = ["entry", 4, "resource"]


@pytest.mark.parametrize(
    ("change", "where", "words"),
    [
        (_set([*A1, "start"], "2026-11-31T09:00:00-05:00"), "entry[4].resource.start", "real"),
        (_set([*A1, "participant"], []), "entry[4].resource.participant", "empty"),
        (
            _set([*A1, "participant", 0, "actor", "reference"], "Patient/unknown"),
            "entry[4].resource.participant[0].actor.reference",
            "not in the bundle",
        ),
        (
            _set(["entry", 0, "resource", "identifier"], []),
            "entry[0].resource.identifier",
            "MRN",
        ),
        (_set(["type"], "document"), "type", "not one of"),
        (_set(["resourceType"], "Practitioner"), "resourceType", "not a Bundle"),
    ],
)
def test_bad_bundles_name_the_json_path(actor, change, where, words):
    before = snapshot()
    with pytest.raises(ImportFailed) as caught:
        import_schedule_bytes(fhir_bytes(modified(collection_bundle(), change)), actor)
    error = caught.value.report.errors[0]
    assert error.where == where and words in error.message, str(error)
    assert snapshot() == before


@pytest.mark.parametrize(
    ("change", "where", "words"),
    [
        (_set([*A1, "start"], "2026-11-30T09:00:00"), "entry[4].resource.start", "no offset"),
        (_set([*A1, "status"], "maybe"), "entry[4].resource.status", "not one of"),
        (
            _set(["entry", 0, "resource", "birthDate"], "14/02/1970"),
            "entry[0].resource.birthDate",
            "YYYY-MM-DD",
        ),
        (_set([*A1, "minutesDuration"], -5), "entry[4].resource.minutesDuration", "positive"),
        (
            _set(["entry", 0, "resource", "gender"], "hermaphrodite"),
            "entry[0].resource.gender",
            "not a gender",
        ),
    ],
)
def test_odd_optional_elements_are_notices(actor, change, where, words):
    report = import_schedule_bytes(fhir_bytes(modified(collection_bundle(), change)), actor)
    assert report.appointments["created"] == 3 and not report.errors
    assert any(n.where == where and words in n.message for n in report.notices), [
        str(n) for n in report.notices
    ]


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (fhir_bytes(collection_bundle())[:-200], "not JSON"),
        (b'{"resourceType": "Bundle", "type": "collection", "entry": [}', "not JSON"),
        ('{"resourceType": "Bundle"}'.encode("utf-16"), "UTF-8"),
        (b'{"resourceType": "Bundle", "type": "collection"}', "no Appointment"),
        (b"[" * 100_000 + b"]" * 100_000, "not JSON"),
    ],
)
def test_malformed_json_is_refused(actor, data, words):
    before = snapshot()
    with pytest.raises(ImportFailed, match=words):
        import_schedule_bytes(data, actor, fmt="fhir")
    assert snapshot() == before


def test_skip_bad_leaves_out_only_the_bad_entries(actor):
    bundle = modified(collection_bundle(), _set([*A1, "start"], "2026-11-31T09:00:00-05:00"))
    report = import_schedule_bytes(fhir_bytes(bundle), actor, skip_bad=True)
    assert report.appointments["created"] == 2
    assert [e.unit for e in report.errors] == ["entry[4]"]
    assert json.dumps(report.as_json())  # the report is JSON for the command line
