"""Patients, walk-ins and companions: validated field by field, audited, nothing half-written."""

from __future__ import annotations

import datetime as dt

import pytest

from frontdesk.errors import InputError
from frontdesk.services.appointments import AppointmentInput, register_walk_in
from frontdesk.services.patient_input import PatientInput
from frontdesk.services.patients import (
    CompanionInput,
    add_companion,
    companions_of,
    save_patient,
    update_contact,
)
from frontdesk.services.search import search_patients
from frontdesk.store.models import Appointment, AuditEvent, Patient

from .helpers import DAY, NEW_YORK


def details(**changes):
    base = dict(
        mrn="W100",
        family_name="Al-Sayed",
        given_name="Fatima",
        native_family_name="السيد",
        native_given_name="فاطمة",
        date_of_birth="12/12/1991",
        phone="+971 50 123 4567",
        nationality="are",
        preferred_language="ar",
        interpreter_needed="yes",
    )
    base.update(changes)
    return PatientInput(**base)


def test_create_update_unchanged(actor):
    patient, change = save_patient(details(), actor)
    assert change == "created"
    assert patient.phone == "+971501234567" and patient.nationality == "ARE"
    assert patient.date_of_birth == dt.date(1991, 12, 12) and patient.interpreter_needed
    assert save_patient(details(), actor)[1] == "unchanged"
    patient, change = save_patient(details(given_name="Fatma"), actor)
    assert change == "updated"
    assert [h.patient.mrn for h in search_patients("fatma")] == ["W100"]
    assert search_patients("fatima") == [] or search_patients("fatima")[0].score < 1
    update = AuditEvent.select().where(AuditEvent.action == "patient.update").get()
    assert "given_name" in update.details and "Fatma" not in update.details


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("date_of_birth", "31/02/1990", "not a date"),
        ("date_of_birth", "2999-01-01", "in the future"),
        ("mrn", "", "required"),
        ("mrn", "has space", "not an MRN"),
        ("family_name", "x" * 1_000_000, "at most 200"),
        ("given_name", "Fa\x00tima", "control characters"),
        ("phone", "0501234567", "country code"),
        ("nationality", "Arabia", "at most 3"),
        ("nationality", "A1", "ISO 3166"),
        ("preferred_language", "Arabic language", "BCP 47"),
        ("email", "not-an-address", "e-mail"),
        ("interpreter_needed", "maybe", "yes/no"),
        ("sex", "Q", "F, M, X, U"),
    ],
)
def test_bad_details_are_refused_with_the_field_and_nothing_written(actor, field, value, message):
    before = (Patient.select().count(), AuditEvent.select().count())
    with pytest.raises(InputError) as caught:
        save_patient(details(**{field: value}), actor)
    assert caught.value.where == field
    assert message in caught.value.message
    assert (Patient.select().count(), AuditEvent.select().count()) == before


def test_walk_in_creates_patient_and_appointment_together(actor):
    start = dt.datetime.combine(DAY, dt.time(15, 30), tzinfo=NEW_YORK)
    patient, appt = register_walk_in(
        details(), AppointmentInput(external_id="WALK-1", start=start, department="Urology"), actor
    )
    assert appt.patient_id == patient.id and appt.source_system == "desk"
    assert appt.visit.local_date == DAY
    actions = {e.action for e in AuditEvent.select()}
    assert {"patient.create", "appointment.create", "patient.walk_in"} <= actions


def test_walk_in_with_a_bad_appointment_writes_no_patient(actor):
    start = dt.datetime.combine(DAY, dt.time(15, 30), tzinfo=NEW_YORK)
    with pytest.raises(InputError) as caught:
        register_walk_in(
            details(), AppointmentInput(external_id="W", start=start, duration_min=0), actor
        )
    assert caught.value.where == "duration_min"
    assert Patient.select().count() == 0 and Appointment.select().count() == 0


def test_companions(actor):
    patient, _ = save_patient(details(), actor)
    companion = add_companion(
        patient.id,
        CompanionInput(
            family_name="Al-Sayed",
            given_name="Omar",
            native_given_name="عمر",
            relationship="son",
            phone="+971 50 765 4321",
        ),
        actor,
    )
    assert companion.phone == "+971507654321"
    assert [c.given_name for c in companions_of(patient.id)] == ["Omar"]
    with pytest.raises(InputError):
        add_companion(patient.id, CompanionInput(family_name="", given_name="X"), actor)
    assert AuditEvent.select().where(AuditEvent.action == "companion.add").count() == 1


def test_update_contact(actor):
    patient, _ = save_patient(details(), actor)
    patient = update_contact(
        patient.id,
        actor,
        phone="+1 617 555 0100",
        email="f@example.org",
        local_address="Liberty Hotel, room 512",
    )
    assert patient.phone == "+16175550100"
    assert Patient.get_by_id(patient.id).local_address == "Liberty Hotel, room 512"


def test_field_errors_lists_every_bad_field():
    from frontdesk.services.patient_input import field_errors

    errors = field_errors(details(mrn="", date_of_birth="30/02/2000", phone="12", email="x"))
    assert set(errors) == {"mrn", "date_of_birth", "phone", "email"}
    assert "required" in errors["mrn"] and "not a date" in errors["date_of_birth"]
    assert field_errors(details()) == {}


def test_walk_in_for_a_new_patient_refuses_a_known_mrn(actor):
    save_patient(details(), actor)
    start = dt.datetime.combine(DAY, dt.time(15, 30), tzinfo=NEW_YORK)
    with pytest.raises(InputError) as caught:
        register_walk_in(
            details(given_name="Other"), AppointmentInput("W2", start), actor, new_patient=True
        )
    assert caught.value.where == "mrn" and "already belongs to Al-Sayed" in caught.value.message
    assert Appointment.select().count() == 0
