"""Family name first for the cultures that write it so (issue 16): a Vietnamese, a Hungarian
and a Khmer patient (CLDR's sample names) on screen, in search, on the badge (which the door
and the roll-call show) and on the visit summary."""

from __future__ import annotations

import datetime as dt

from frontdesk.printing.badge_layouts import layout_named
from frontdesk.printing.rollcall_pdf import roll_call_pdf
from frontdesk.services.badge_printing import print_holder_badge
from frontdesk.services.door import DoorStation
from frontdesk.services.onsite import onsite_now
from frontdesk.services.patient_view import patient_details
from frontdesk.services.patients import CompanionInput, add_companion
from frontdesk.services.search import search_patients
from frontdesk.services.visit_summary import visit_summary
from tests.db.test_door import NOON, Clock
from tests.pdf_reading import pdf_text, qr_codes

from .helpers import BADGE_DAY as DAY
from .helpers import BADGE_MORNING as RUNS_AT  # noqa: F401 (tests/conftest.py)
from .helpers import NEW_YORK, book, make_patient

PEOPLE = [
    # mrn, passport family / given, native family / given, language, nationality, shown
    ("MRN-VI", "Nguyen", "Anh Van", "Nguyễn", "Anh Văn", None, None, "Nguyễn Anh Văn"),
    ("MRN-HU", "Matrai", "Dora", "Mátrai", "Dóra", "hu", "HUN", "Mátrai Dóra"),
    ("MRN-KM", "Song", "Sochiet", "សុង", "សុជាតិ", "km", "KHM", "សុង សុជាតិ"),
]


def test_family_name_first_everywhere_a_name_is_shown(actor, db_url, tmp_path):
    clock = Clock(NOON)
    door = DoorStation(db_url, "Entrance", "in", cache_path=tmp_path / "door.sqlite3", clock=clock)
    for mrn, family, given, n_family, n_given, lang, nat, shown in PEOPLE:
        patient = make_patient(
            actor,
            mrn=mrn,
            family=family,
            given=given,
            native_family_name=n_family,
            native_given_name=n_given,
            preferred_language=lang,
            nationality=nat,
        )
        appointment = book(actor, patient, f"A-{mrn}", 10, day=DAY, location="Wang, floor 3")
        visit = appointment.visit
        assert patient_details(patient.id, DAY).native_name == shown, mrn
        (hit,) = [h for h in search_patients(n_family) if h.patient.id == patient.id]
        assert hit.patient.native_name == shown, mrn
        summary, _words = visit_summary(patient.id, DAY)
        assert summary.native_name == shown, mrn
        badge, pdf = print_holder_badge(visit.id, actor, layout_named("cr80"))
        assert badge.native_name == shown, mrn  # stored once: the door and roll-call read it
        door.refresh()
        clock.tick(60)
        assert door.scan(qr_codes(pdf)[0][0]).native_name == shown, mrn
        if mrn != "MRN-KM":  # Khmer's text layer is checked in tests/printing
            assert shown in " ".join(pdf_text(pdf).split()), mrn
        # A companion's name follows their patient's culture.
        companion = add_companion(
            patient.id,
            CompanionInput(family, "Test", native_family_name=n_family, native_given_name="Bé"),
            actor,
        )
        summary, _words = visit_summary(patient.id, DAY)
        assert summary.companions[-1].native_name.startswith(n_family), mrn
        badge, _pdf = print_holder_badge(
            visit.id, actor, layout_named("cr80"), companion_id=companion.id
        )
        assert badge.native_name.startswith(n_family), mrn
    door.flush()
    door.close()
    people = onsite_now(clock.at + dt.timedelta(seconds=1))
    assert sorted(p.native_name for p in people) == sorted(p[-1] for p in PEOPLE)
    roll_call = " ".join(pdf_text(roll_call_pdf(people, clock.at, NEW_YORK, source="test")).split())
    assert "Nguyễn Anh Văn" in roll_call and "Mátrai Dóra" in roll_call
