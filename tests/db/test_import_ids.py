"""An import gives its new rows their ids before its write (issue 12): on SQLite after each
table's largest id, checked in the write; on PostgreSQL from the sequences. Another station
taking ids between the plan and the write (a patient registered with new name terms, a walk-in
checked in, a file of its own imported) must not make the import write rows under ids already
used, nor name the wrong rows in its audit records: it gives its ids again and imports
correctly, and the audit chain verifies."""

from __future__ import annotations

import json

from frontdesk.names import name_terms
from frontdesk.services.checkin import check_in
from frontdesk.services.patient_input import PatientInput
from frontdesk.services.patients import save_patient
from frontdesk.services.schedule_import import applier, import_schedule_bytes
from frontdesk.store.audit_verify import verify_chain
from frontdesk.store.models import (
    Appointment,
    AuditEvent,
    Patient,
    SearchPosting,
    SearchTerm,
    Visit,
)

from .helpers import DAY
from .test_csv_import import csv_bytes

NEWCOMERS = 20  # two appointments each: 60 records created, a batch hashed beforehand


def _row(external_id: str, hour: int, mrn: str, family: str, given: str, day=DAY) -> str:
    return (
        f"{external_id},{day.isoformat()}T{hour:02d}:00,30,Imaging,Radiology team,Lunder 1,MRI,,"
        f"{mrn},{family},{given},,,1980-01-01,F,USA,,en,no,,"
    )


def _family(n: int) -> str:  # a name nobody has: new terms for the vocabulary
    return "Q" + "".join(chr(ord("a") + int(d)) for d in f"{n:03d}") + "vort"


FILE = [
    _row(f"B-{n}-{k}", 8 + k, f"N{n}", _family(n), "Ilse") for n in range(NEWCOMERS) for k in (1, 2)
] + [_row("B-E", 13, "E1", "Existing", "Ona")]  # a patient known already, with no visit that day


def test_ids_taken_by_another_station_between_plan_and_write(actor, monkeypatch):
    """The other station registers a patient whose name brings one of the file's new terms,
    checks that patient in (a walk-in's visit), and imports a file of its own: a newcomer, and
    an appointment that makes the visit of the day for a patient the file also books. The
    import is written from its first plan (no "changed meanwhile"), all of it correct."""
    day_before = DAY.replace(day=DAY.day - 1)
    import_schedule_bytes(csv_bytes([_row("E-0", 9, "E1", "Existing", "Ona", day_before)]), actor)
    planned = applier.prepare
    taken: list[int] = []

    def another_station_takes_ids(run):
        prepared = planned(run)  # the ids are given here
        taken.append(1)
        if len(taken) == 1:
            desk, _ = save_patient(
                PatientInput(
                    mrn="Z9", family_name=_family(0), given_name="Quen", date_of_birth="1990-01-01"
                ),
                actor,
            )
            check_in(desk.id, DAY, actor)  # a walk-in: a visit of its own
            theirs = [
                _row("C-1", 15, "M9", "Wobbleton", "Ada"),
                _row("C-2", 16, "E1", "Existing", "Ona"),
            ]
            import_schedule_bytes(csv_bytes(theirs), actor)
        return prepared

    monkeypatch.setattr(applier, "prepare", another_station_takes_ids)
    report = import_schedule_bytes(csv_bytes(FILE), actor)
    assert len(taken) == 2 and not report.errors  # the other station's file, then this one's
    assert report.appointments["created"] == 2 * NEWCOMERS + 1
    assert report.patients["created"] == NEWCOMERS

    # the other station's rows are as it wrote them
    desk = Patient.get(Patient.mrn == "Z9")
    assert Visit.get(Visit.patient == desk.id, Visit.local_date == DAY).arrived_at is not None
    other = Appointment.get(Appointment.external_id == "C-1")
    assert other.patient.mrn == "M9" and other.visit.patient_id == other.patient_id
    # the visit made meanwhile for a patient of the file is the one its appointment goes to
    theirs, ours = (Appointment.get(Appointment.external_id == e) for e in ("C-2", "B-E"))
    assert ours.visit_id == theirs.visit_id and ours.patient_id == theirs.patient_id
    assert (
        Visit.select().where(Visit.patient == ours.patient_id, Visit.local_date == DAY).count() == 1
    )
    # each of the file's appointments with its patient and that patient's visit of the day
    for n in range(NEWCOMERS):
        patient = Patient.get(Patient.mrn == f"N{n}")
        assert patient.family_name == _family(n)
        for k in (1, 2):
            a = Appointment.get(Appointment.external_id == f"B-{n}-{k}")
            assert a.patient_id == patient.id
            assert (a.visit.patient_id, a.visit.local_date) == (patient.id, DAY)
        # its search terms, postings and the vocabulary's ids agree
        indexed = sorted(int(t) for t in patient.search_terms.split())
        postings = SearchPosting.select().where(SearchPosting.patient_id == patient.id)
        assert sorted(p.term_id for p in postings) == indexed
        words = SearchTerm.select().where(SearchTerm.id.in_(indexed))
        assert {t.term for t in words} == set(
            name_terms(patient.family_name, patient.given_name, None, None)
        )
        for term in words:
            count = SearchPosting.select().where(SearchPosting.term_id == term.id).count()
            assert term.df == count
    # the audit records name the rows they are about, and the chain verifies
    created = AuditEvent.select().where(AuditEvent.action == "appointment.create")
    for record in created:
        row = Appointment.get_by_id(int(record.object_id))
        assert row.external_id == json.loads(record.details)["external_id"]
    assert created.count() == 2 * NEWCOMERS + 1 + 3  # and E-0, C-1, C-2
    registered = AuditEvent.select().where(AuditEvent.action == "patient.create")
    for record in registered:
        if record.object_id != str(desk.id):  # the desk's record has other details
            patient = Patient.get_by_id(int(record.object_id))
            assert patient.mrn == json.loads(record.details)["mrn"]
    assert registered.count() == NEWCOMERS + 3  # and E1, Z9, M9
    batched = AuditEvent.select().where(AuditEvent.batch.is_null(False)).count()
    assert batched == 3 * NEWCOMERS + 1  # the file's creations, hashed before the write
    assert verify_chain().ok
