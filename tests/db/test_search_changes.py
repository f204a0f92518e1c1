"""Search caches follow other stations' changes at once, and index writers never queue on a
shared row: on SQLite and PostgreSQL, with the other station a real second process."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import threading
import time

import pytest

from frontdesk.services.patient_input import PatientInput
from frontdesk.services.patients import save_patient
from frontdesk.services.search import search_patients
from frontdesk.store.database import open_database
from frontdesk.store.models import Patient, database_proxy

from .helpers import DAY, book, make_patient

OTHER_STATION = textwrap.dedent(
    """
    import sys
    from frontdesk.services.actors import actor_for
    from frontdesk.services.patient_input import PatientInput
    from frontdesk.services.patients import save_patient
    from frontdesk.store.database import open_database

    open_database(sys.argv[1])
    family, given = sys.argv[3].split(" ", 1)
    save_patient(
        PatientInput(mrn=sys.argv[2], family_name=family, given_name=given,
                     date_of_birth="1979-12-25"),
        actor_for("amal", "Desk 2"),
    )
    """
)


def other_station_saves(url: str, mrn: str, name: str) -> None:
    subprocess.run([sys.executable, "-c", OTHER_STATION, url, mrn, name], check=True, timeout=60)


def mrns(query: str, **kwargs) -> list[str]:
    return [h.patient.mrn for h in search_patients(query, **kwargs)]


def test_a_rename_at_another_station_reaches_this_station_s_next_keystroke(db_url, db, actor):
    min_jun = make_patient(actor, mrn="P1", family="Kim", given="Min-jun")
    make_patient(actor, mrn="P2", family="Kim", given="Min-ji")
    book(actor, min_jun, "K-1", 10, day=DAY)
    hits = search_patients("kim min", day=DAY)  # the caches now hold Min-jun's terms
    assert hits[0].patient.mrn == "P1" and hits[0].expected_today

    other_station_saves(db_url, "P1", "Kim Seo-yeon")
    hits = search_patients("kim seo", day=DAY)
    assert [h.patient.mrn for h in hits] == ["P1"] and hits[0].expected_today
    assert mrns("kim minj", day=DAY) == ["P2"]

    other_station_saves(db_url, "P3", "Zylberstein Ada")  # a new patient with a new name
    assert mrns("zylb") == ["P3"]


def _patient(mrn: str, family: str, given: str) -> PatientInput:
    return PatientInput(mrn=mrn, family_name=family, given_name=given, date_of_birth="1970-01-01")


class HeldWriter(threading.Thread):
    """Saves a patient in a transaction of its own connection and keeps it open until told."""

    def __init__(self, details: PatientInput, actor) -> None:
        super().__init__(daemon=True)
        self.details, self.actor = details, actor
        self.saved, self.release = threading.Event(), threading.Event()

    def run(self) -> None:
        db = database_proxy.obj
        try:
            with db.atomic():
                save_patient(self.details, self.actor)
                self.saved.set()
                self.release.wait(30)
        finally:
            db.close()


@pytest.mark.postgres
def test_postgres_index_writers_do_not_wait_for_each_other(pg_url):
    open_database(pg_url)
    from frontdesk.services.actors import actor_for, create_staff

    create_staff("amal", "Amal Haddad")
    actor = actor_for("amal", "Desk 1")
    held = HeldWriter(_patient("A1", "Haddad", "Layla"), actor)
    held.start()
    assert held.saved.wait(10)
    try:
        # Another desk registers a patient while the first transaction is still open: it used to
        # wait for it (both updated one counter row); now it does not wait at all.
        started = time.perf_counter()
        save_patient(_patient("B1", "Okonkwo", "Chidi"), actor)
        waited = time.perf_counter() - started
    finally:
        held.release.set()
        held.join(10)
    assert waited < 2.0
    assert mrns("haddad") == ["A1"] and mrns("okonkwo") == ["B1"]


@pytest.mark.postgres
def test_postgres_a_change_that_commits_after_a_later_one_is_still_seen(pg_url):
    # Transaction ids (like sequence values) are handed out before commit: a long transaction
    # can commit after one that started later. A stamp that remembered "the latest id" would
    # miss it; the snapshot stamp does not.
    open_database(pg_url)
    from frontdesk.services.actors import actor_for, create_staff
    from frontdesk.services.office import set_office_zone

    create_staff("amal", "Amal Haddad")
    set_office_zone("America/New_York", None)
    actor = actor_for("amal", "Desk 1")
    min_jun = make_patient(actor, mrn="P1", family="Kim", given="Min-jun")
    book(actor, min_jun, "K-1", 10, day=DAY)
    assert search_patients("kim", day=DAY)[0].expected_today

    early = HeldWriter(_patient("P1", "Petrov", "Min-jun"), actor)  # starts first...
    early.start()
    assert early.saved.wait(10)
    save_patient(_patient("P2", "Zhang", "Wei"), actor)  # ...this one commits first
    hits = search_patients("kim", day=DAY)  # caches refilled: Min-jun still a Kim here
    assert hits[0].patient.mrn == "P1" and hits[0].expected_today
    early.release.set()
    early.join(10)

    hit = search_patients("petrov", day=DAY)[0]
    assert hit.patient.mrn == "P1" and hit.expected_today  # the day's terms were read again
    assert "P1" not in mrns("kim min", day=DAY)
    assert Patient.get(Patient.mrn == "P1").family_name == "Petrov"
