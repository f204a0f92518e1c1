"""Text that is not text (issue 16): a lone surrogate (half a UTF-16 pair, from a broken paste
or a JSON escape) is refused where it comes in, named and located, with nothing written; a
search for it, or for the last characters of Unicode's ranges, finds nobody and never raises."""

from __future__ import annotations

import json

import pytest

from frontdesk.errors import InputError
from frontdesk.services.patients import PatientInput, save_patient
from frontdesk.services.schedule_import import ImportFailed, import_schedule_bytes
from frontdesk.services.search import search_patients
from frontdesk.store.models import Appointment, AuditEvent, Patient
from tests.schedule_samples import collection_bundle, modified

from .helpers import make_patient


def test_a_walk_in_with_a_lone_surrogate_is_refused_with_the_field_named(actor):
    before = (Patient.select().count(), AuditEvent.select().count())
    with pytest.raises(InputError) as refused:
        save_patient(
            PatientInput(
                mrn="W1", family_name="Haddad", given_name="Lay\udc80la", date_of_birth=None
            ),
            actor,
        )
    assert refused.value.where == "given_name" and "U+DC80 at character 4" in str(refused.value)
    assert (Patient.select().count(), AuditEvent.select().count()) == before


def test_a_fhir_bundle_with_a_lone_surrogate_is_refused_at_its_element(actor):
    def broken(bundle):
        bundle["entry"][0]["resource"]["name"][0]["given"] = ["Moha\udc80mmed"]

    data = json.dumps(modified(collection_bundle(), broken)).encode()  # ASCII, escaped
    assert b"\\udc80" in data  # as a JSON writer escapes it
    with pytest.raises(ImportFailed) as failed:
        import_schedule_bytes(data, actor)
    messages = " ".join(f"{e.unit} {e.where} {e.message}" for e in failed.value.report.errors)
    assert "U+DC80" in messages and "entry[0].resource.name" in messages  # the patient's name
    assert not Appointment.select().exists() and not Patient.select().exists()
    report = import_schedule_bytes(data, actor, skip_bad=True)  # the rest still imports
    assert report.appointments.get("created", 0) >= 1
    assert all("\udc80" not in p.given_name for p in Patient.select())


def test_search_at_the_ends_of_unicode_does_not_raise(actor):
    """The prefix search's upper bound was chr(ord(last) + 1): past U+10FFFF it raised, and
    after U+D7FF it made a surrogate no database takes."""
    make_patient(actor, mrn="S1", family="Haddad", given="Layla")
    make_patient(actor, mrn="S2", family="\ud7fb\ud7fb", given="Test")  # the last Hangul jamo
    for query in ("Haddad\U0010ffff", "\U0010ffff", "\U0010ffff\U0010ffff", "Had\ud7ff", "\ud7ff"):
        assert isinstance(search_patients(query), list), query
    for query in ("x\udc80", "\udc80Haddad", "Haddad\ud800"):  # half a pair: nobody has it
        assert search_patients(query) == [], query
    assert [h.patient.mrn for h in search_patients("Hadd")] == ["S1"]
