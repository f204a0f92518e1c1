"""Check-in: idempotent, audited, undoable, and one arrival even when two stations race."""

from __future__ import annotations

import json
import multiprocessing

import pytest

from frontdesk.domain import AppointmentStatus, VisitStatus
from frontdesk.errors import ConflictError
from frontdesk.services.appointments import cancel_appointment, mark_no_show
from frontdesk.services.checkin import check_in, undo_check_in
from frontdesk.services.schedule import day_schedule
from frontdesk.store.models import Appointment, AuditEvent, Visit

from .helpers import DAY, NEW_YORK, book, make_patient


def test_check_in_marks_the_day_arrived_and_audits(actor):
    patient = make_patient(actor)
    morning = book(actor, patient, "A1", 9)
    afternoon = book(actor, patient, "A2", 14)
    result = check_in(patient.id, DAY, actor)
    assert not result.already
    assert result.status == VisitStatus.ARRIVED
    assert result.message(NEW_YORK).startswith("checked in at ")
    statuses = {e.appointment_id: e.status for e in day_schedule(DAY)}
    assert statuses == {
        morning.id: AppointmentStatus.ARRIVED,
        afternoon.id: AppointmentStatus.ARRIVED,
    }
    visit = Visit.get_by_id(result.visit_id)
    assert visit.checked_in_by.username == "amal"
    assert visit.checked_in_station.name == "Desk 1"
    events = list(AuditEvent.select().where(AuditEvent.action == "visit.check_in"))
    assert len(events) == 1
    assert events[0].staff.username == "amal" and events[0].station.name == "Desk 1"
    assert json.loads(events[0].details)["mrn"] == "MRN1"


def test_second_check_in_changes_nothing_and_says_who(actor):
    patient = make_patient(actor)
    book(actor, patient, "A1", 9)
    first = check_in(patient.id, DAY, actor)
    second = check_in(patient.id, DAY, actor)
    assert second.already
    assert second.arrived_at == first.arrived_at
    local = first.arrived_at.astimezone(NEW_YORK).strftime("%H:%M")
    assert second.message(NEW_YORK) == f"already checked in at {local} by amal at Desk 1"
    assert AuditEvent.select().where(AuditEvent.action == "visit.check_in").count() == 1


def test_undo_check_in(actor):
    patient = make_patient(actor)
    appt = book(actor, patient, "A1", 9)
    result = check_in(patient.id, DAY, actor)
    visit = undo_check_in(result.visit_id, actor)
    assert visit.status == VisitStatus.EXPECTED.value and visit.arrived_at is None
    assert Appointment.get_by_id(appt.id).status == AppointmentStatus.SCHEDULED.value
    with pytest.raises(ConflictError):
        undo_check_in(result.visit_id, actor)
    assert check_in(patient.id, DAY, actor).already is False


def test_no_show_and_cancel(actor):
    patient = make_patient(actor)
    a1 = book(actor, patient, "A1", 9)
    a2 = book(actor, patient, "A2", 11)
    mark_no_show(a1.id, actor)
    assert Visit.get_by_id(a1.visit_id).status == VisitStatus.EXPECTED.value
    cancel_appointment(a2.id, actor, reason="moved to next week")
    assert Visit.get_by_id(a1.visit_id).status == VisitStatus.NO_SHOW.value
    with pytest.raises(ConflictError):
        mark_no_show(a2.id, actor)  # a cancelled appointment cannot become a no-show
    actions = [e.action for e in AuditEvent.select().order_by(AuditEvent.id)]
    assert actions[-2:] == ["appointment.no_show", "appointment.cancel"]


def test_a_failed_change_writes_no_audit(actor):
    patient = make_patient(actor)
    appt = book(actor, patient, "A1", 9)
    cancel_appointment(appt.id, actor)
    before = AuditEvent.select().count()
    with pytest.raises(ConflictError):
        mark_no_show(appt.id, actor)
    assert AuditEvent.select().count() == before


def _race(url, mrn, day, barrier, results):
    from frontdesk.services.actors import actor_for
    from frontdesk.services.checkin import check_in
    from frontdesk.services.patients import patient_by_mrn
    from frontdesk.store.database import open_database

    open_database(url)
    import os

    actor = actor_for("amal", f"Desk {os.getpid()}")
    patient_id = patient_by_mrn(mrn).id
    barrier.wait(timeout=30)
    results.put(check_in(patient_id, day, actor).already)


def test_two_processes_checking_in_at_once_make_one_arrival(db_url, actor):
    context = multiprocessing.get_context("spawn")
    for round_ in range(3):
        mrn = f"RACE{round_}"
        patient = make_patient(actor, mrn=mrn)
        book(actor, patient, f"R{round_}", 10)
        barrier = context.Barrier(2)
        results = context.Queue()
        workers = [
            context.Process(target=_race, args=(db_url, mrn, DAY, barrier, results))
            for _ in range(2)
        ]
        for w in workers:
            w.start()
        for w in workers:
            w.join(timeout=60)
            assert w.exitcode == 0
        already = sorted(results.get(timeout=5) for _ in workers)
        assert already == [False, True]
        visits = list(Visit.select().where(Visit.patient == patient.id))
        assert len(visits) == 1 and visits[0].arrived_at is not None
        checkins = AuditEvent.select().where(
            (AuditEvent.action == "visit.check_in") & (AuditEvent.object_id == str(visits[0].id))
        )
        assert checkins.count() == 1
