"""The day's schedule: local days in the office's zone, start order, the JSON shape."""

from __future__ import annotations

import datetime as dt

from frontdesk.services.schedule import day_schedule, entry_as_json

from .helpers import book, make_patient


def test_schedule_is_the_local_day_in_start_order(actor):
    layla = make_patient(actor, mrn="L1", family="Haddad", given="Layla")
    wei = make_patient(
        actor,
        mrn="W1",
        family="Zhang",
        given="Wei",
        native_family_name="张",
        native_given_name="伟",
    )
    book(actor, wei, "B", 16, 30)
    book(actor, layla, "A", 8, 15)
    book(actor, layla, "C", 23, 45)  # 04:45 UTC next day: still this local day
    book(actor, layla, "D", 0, 10, day=dt.date(2026, 12, 1))
    entries = day_schedule(dt.date(2026, 11, 30))
    assert [e.external_id for e in entries] == ["A", "B", "C"]
    assert entries[0].start.utcoffset() == dt.timedelta(hours=-5)
    assert entries[1].patient.native_name == "张伟"


def test_schedule_across_a_daylight_saving_change(actor):
    patient = make_patient(actor)
    spring = dt.date(2026, 3, 8)  # New York: 02:00 -> 03:00
    book(actor, patient, "early", 1, 30, day=spring)
    book(actor, patient, "late", 23, 30, day=spring)
    entries = day_schedule(spring)
    assert [e.external_id for e in entries] == ["early", "late"]
    assert entries[0].start.utcoffset() != entries[1].start.utcoffset()


def test_json_shape(actor):
    patient = make_patient(actor, preferred_language="ar", interpreter_needed=True)
    book(
        actor,
        patient,
        "A1",
        9,
        department="Heart Center",
        location="Yawkey 5",
        clinician="Dr. Kim",
        type="consultation",
        duration_min=45,
    )
    (entry,) = day_schedule(dt.date(2026, 11, 30))
    data = entry_as_json(entry)
    assert data["appointment_id"] == "A1"
    assert data["start"] == "2026-11-30T09:00:00-05:00"
    assert data["end"] == "2026-11-30T09:45:00-05:00"
    assert data["status"] == "scheduled" and isinstance(data["visit_id"], int)
    assert data["patient"] == {
        "mrn": "MRN1",
        "family_name": "Haddad",
        "given_name": "Layla",
        "native_name": None,
        "preferred_language": "ar",
        "interpreter_needed": True,
    }


def test_the_office_zone_comes_from_the_machine_until_the_office_sets_one(db, tmp_path):
    from frontdesk.services.office import office_zone, set_office_zone

    conf = tmp_path / "machine" / "frontdesk.conf"
    conf.parent.mkdir()
    conf.write_text("[office]\nzone = Asia/Dubai\n", encoding="utf-8")
    assert office_zone().key == "Asia/Dubai"
    set_office_zone("Europe/Berlin", None)
    assert office_zone().key == "Europe/Berlin"
