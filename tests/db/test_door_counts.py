"""What a door counts, as the README's "Doors: what counts" says: a repeat within seconds is
one scan across refreshes and restarts, leaving always counts (an expired badge at an exit),
a door used both ways says IN or OUT, and a day badge lasts to the end of the appointment."""

from __future__ import annotations

import datetime as dt

import pytest

from frontdesk.badge_token import Reason
from frontdesk.services.badges import issue_badge, replace_badge
from frontdesk.services.door import DoorStation
from frontdesk.services.onsite import onsite_now
from frontdesk.store.models import Scan

from .helpers import BADGE_DAY as DAY
from .helpers import BADGE_MORNING as RUNS_AT  # noqa: F401 (tests/conftest.py)
from .helpers import NEW_YORK, book, make_patient
from .test_door import Clock

NOON = dt.datetime.combine(DAY, dt.time(12), tzinfo=NEW_YORK)


@pytest.fixture
def clock():
    return Clock(NOON)


@pytest.fixture
def token(actor):
    patient = make_patient(actor)
    visit = book(actor, patient, "A1", 9, day=DAY).visit
    return issue_badge(visit.id, actor)[1]


@pytest.fixture
def open_door(db_url, tmp_path, clock):
    opened = []

    def door(name: str, direction: str) -> DoorStation:
        station = DoorStation(
            db_url, name, direction, cache_path=tmp_path / f"{name}.sqlite3", clock=clock
        )
        opened.append(station)
        return station

    yield door
    for station in opened:
        station.close()


def on_site(clock) -> list[str]:
    return [p.display_name for p in onsite_now(clock.at + dt.timedelta(seconds=1))]


def test_a_repeat_two_seconds_later_is_one_scan_across_a_refresh(open_door, token, clock):
    """At a door used both ways, a second beep after the 30-s refresh toggled the patient in
    and out: she vanished from the roll-call while inside."""
    garage = open_door("Garage", "both")
    assert garage.refresh()
    first = garage.scan(token)
    assert first.valid and first.way == "in"
    clock.tick(2)
    assert garage.refresh()  # the window's refresh, between the two beeps
    again = garage.scan(token)
    assert again.repeat and again.way == "in"
    garage.flush()
    assert Scan.select().count() == 1
    assert on_site(clock) == ["Layla HADDAD"] == [p.display_name for p in garage.onsite()]
    clock.tick(6)  # later: a new passage, out
    assert garage.scan(token).way == "out"
    garage.flush()
    assert on_site(clock) == [] == garage.onsite()


def test_a_repeat_is_one_scan_across_a_restart_and_offline(
    open_door, token, clock, db_url, tmp_path
):
    garage = open_door("Garage", "both")
    garage.refresh()
    assert garage.scan(token).way == "in"
    garage.close()
    clock.tick(3)
    # The door restarts on its own file, its database unreachable.
    restarted = open_door("Garage", "both")
    restarted.url = f"sqlite:///{tmp_path / 'gone' / 'nowhere.sqlite3'}"
    again = restarted.scan(token)
    assert again.repeat and again.valid and restarted.pending() == 1
    restarted.url = db_url
    assert restarted.flush() == 1
    assert on_site(clock) == ["Layla HADDAD"]


@pytest.mark.parametrize("direction", ["out", "both"])
def test_leaving_with_an_expired_badge_counts(open_door, token, clock, direction):
    entrance, way_out = open_door("Entrance", "in"), open_door("Way out", direction)
    for door in (entrance, way_out):
        door.refresh()
    assert entrance.scan(token).way == "in"
    entrance.flush()
    way_out.refresh()
    clock.at = NOON.replace(hour=19, minute=45)  # the badge ended at 19:00, she leaves late
    left = way_out.scan(token)
    assert not left.valid and left.reason is Reason.EXPIRED and left.way == "out"
    assert left.valid_until < clock.at  # shown as expired, counted as an exit
    way_out.flush()
    assert on_site(clock) == [] == way_out.onsite()
    (exit_scan,) = Scan.select().where(Scan.door == "Way out")
    assert not exit_scan.valid and exit_scan.reason == "expired"


def test_a_refused_badge_never_enters_anyone(open_door, token, clock):
    garage, entrance = open_door("Garage", "both"), open_door("Entrance", "in")
    for door in (garage, entrance):
        door.refresh()
    clock.at = NOON.replace(hour=20)
    assert garage.scan(token).way is None  # expired, not on site: nothing to count
    clock.tick(10)
    assert entrance.scan(token).way is None
    for door in (garage, entrance):
        door.flush()
    assert on_site(clock) == []


def test_a_replaced_badge_takes_its_holder_out(open_door, actor, clock):
    """She lost her badge inside and had a new one; the old one, found, is scanned at the exit
    with her as she leaves: refused (replaced), and she is counted out."""
    patient = make_patient(actor)
    visit = book(actor, patient, "A1", 9, day=DAY).visit
    old, old_token = issue_badge(visit.id, actor)
    entrance, way_out = open_door("Entrance", "in"), open_door("Exit", "out")
    entrance.refresh()
    entrance.scan(old_token)
    entrance.flush()
    replace_badge(old.id, actor, reason="lost")
    way_out.refresh()
    clock.tick(60)
    left = way_out.scan(old_token)
    assert left.reason is Reason.SUPERSEDED and left.way == "out"
    way_out.flush()
    assert on_site(clock) == []


def test_an_inside_door_records_and_moves_nobody(open_door, token, clock):
    imaging, entrance, way_out = (
        open_door("Imaging", "inside"),
        open_door("Entrance", "in"),
        open_door("Exit", "out"),
    )
    for door in (imaging, entrance, way_out):
        door.refresh()
    entrance.scan(token)
    entrance.flush()
    imaging.refresh()
    clock.tick(60)
    seen = imaging.scan(token)
    assert seen.valid and seen.way is None
    imaging.flush()
    (person,) = onsite_now(clock.at + dt.timedelta(seconds=1))
    assert person.seen_at == "Imaging" and "Imaging" in person.places
    clock.tick(60)
    way_out.scan(token)
    way_out.flush()
    assert on_site(clock) == []
    assert Scan.select().where(Scan.direction == "inside").count() == 1


def test_a_day_badge_lasts_to_the_end_of_an_evening_appointment(actor):
    """Booked 19:30-21:00 while the office closes at 19:00: the badge was refused at 19:20."""
    patient = make_patient(actor, mrn="E1", family="Okafor", given="Chidi")
    visit = book(actor, patient, "EVE", 19, 30, day=DAY, duration_min=90).visit
    badge, _token = issue_badge(visit.id, actor)
    end = badge.valid_until.astimezone(NEW_YORK)
    assert end == dt.datetime.combine(DAY, dt.time(21, 30), tzinfo=NEW_YORK)
    # A patient whose appointments end before closing keeps the closing time.
    other = make_patient(actor, mrn="E2", family="Haddad", given="Layla")
    morning = book(actor, other, "AM", 9, day=DAY).visit
    badge, _token = issue_badge(morning.id, actor)
    assert badge.valid_until.astimezone(NEW_YORK).time() == dt.time(19, 0)


def test_every_read_is_logged_with_what_it_was(open_door, token, clock):
    """A truncated badge, a wristband's code and 128 characters of base32 junk: each refused as
    what it is (the window words each: tests/ui/test_door_window.py) and logged as not a
    badge, with no badge number and nothing of the payload."""
    import random as _random

    from frontdesk.services.door import Misread

    door = open_door("Entrance", "in")
    door.refresh()
    junk = "".join(_random.Random(7).choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") for _ in range(128))
    words = {}
    for payload in (token[:70], "0012345678", junk):
        clock.tick(10)
        result = door.scan(payload)
        assert not result.valid and result.reason is Reason.MALFORMED and not result.counts
        words[payload] = (result.misread, result.length)
    assert words[token[:70]] == (Misread.INCOMPLETE, 70)
    assert words["0012345678"] == (Misread.SHORT, 10)
    assert words[junk] == (Misread.UNREADABLE, 128)
    door.flush()
    logged = list(Scan.select().order_by(Scan.at))
    assert [(s.valid, s.reason, s.badge_id) for s in logged] == [(False, "malformed", None)] * 3


def test_a_stray_key_before_a_scan_is_not_part_of_the_badge(open_door, token, clock):
    door = open_door("Entrance", "in")
    door.refresh()
    result = door.scan("x" + token)
    assert result.valid and result.way == "in"


def test_the_roll_call_never_cuts_a_name_and_lists_every_place(tmp_path, clock):
    """A 60-character name and two destinations plus a clinical area: all printed whole (the
    name wrapped, never shrunk), people sorted by family name, page x of y, and a warning for a
    door that is offline. Rendered to docs/roll-call-long-name.png for review."""
    import pypdfium2

    from frontdesk.badge_token import HolderType
    from frontdesk.printing.rollcall_pdf import roll_call_pdf
    from frontdesk.services.onsite import DoorContact, OnSite
    from tests.pdf_reading import pdf_text

    long_name = "Maria Fernanda Alejandra Guadalupe DE LOS SANTOS VILLANUEVAS"
    assert len(long_name) == 60
    at = clock.at
    people = [
        OnSite(
            7,
            HolderType.PATIENT,
            "Layla HADDAD",
            "ليلى حداد",
            "Wang Building, floor 3",
            at,
            "Entrance",
        ),
        OnSite(
            8,
            HolderType.PATIENT,
            long_name,
            None,
            "Yawkey Building, floor 7 · Lunder Building, floor 2 (imaging)",
            at,
            "Garage",
            "Imaging",
            at,
        ),
        OnSite(9, HolderType.PATIENT, "Chidi OKAFOR", None, None, at, "Entrance"),
    ] + [
        OnSite(
            100 + i,
            HolderType.COMPANION,
            f"Kin{i:02} FAMILY{i:02}",
            None,
            "Floor 1",
            at,
            "Entrance",
        )
        for i in range(40)
    ]
    doors = [
        DoorContact("Entrance", at, False),
        DoorContact("Garage", at - dt.timedelta(minutes=9), True),
    ]
    pdf = roll_call_pdf(people, at, NEW_YORK, source="test", doors=doors)
    text = " ".join(pdf_text(pdf).split())
    for word in long_name.split():
        assert word in text
    assert "Yawkey Building, floor 7" in text and "Lunder Building, floor 2 (imaging)" in text
    assert "Imaging" in text and "WARNING Garage: OFFLINE" in text
    # By family name: DE LOS SANTOS VILLANUEVAS, HADDAD, OKAFOR.
    assert text.index("Guadalupe") < text.index("Layla HADDAD") < text.index("Chidi OKAFOR")
    pages = len(pypdfium2.PdfDocument(pdf))
    assert pages >= 2 and f"Page 1 of {pages}" in text and f"Page {pages} of {pages}" in text
    image = pypdfium2.PdfDocument(pdf)[0].render(scale=2).to_pil()
    image.save(tmp_path / "roll-call.png")
    (tmp_path / "roll-call.pdf").write_bytes(pdf)


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)  # a file copied back
def test_a_database_restored_by_copy_takes_the_door_back_with_its_scans(
    open_door, token, clock, db_url, actor
):
    """The door stayed OFFLINE until restarted after the file was restored by copy, without
    saying why, and the roll-call missed its scans meanwhile."""
    import os
    import sqlite3

    from frontdesk.store.database import sqlite_path

    path = sqlite_path(db_url)
    door = open_door("Entrance", "in")
    assert door.refresh()
    door.scan(token)  # before the backup
    door.flush()
    backup = path + ".backup"
    with sqlite3.connect(path) as live, sqlite3.connect(backup) as copy:
        live.backup(copy)
    clock.tick(60)
    other = make_patient(actor, mrn="R2", family="Okafor", given="Chidi")
    _b, later_token = issue_badge(book(actor, other, "R2", 10, day=DAY).visit.id, actor)
    door.refresh()
    door.scan(later_token)  # after the backup: the copy will not have it
    door.flush()
    os.replace(backup, path)  # restored by copy: another file at the path
    assert door.check() and door.online  # by itself, no restart
    door.flush()
    assert Scan.select().count() == 2  # the door sent again what the copy lacked
    assert sorted(on_site(clock)) == ["Chidi OKAFOR", "Layla HADDAD"]

    # An empty file at the path is not the office's database: offline, saying why.
    os.replace(path, path + ".aside")
    open(path, "wb").close()
    assert not door.check() and not door.online
    assert "not this office's database" in door.last_error
