"""The door station's service: verdicts from its own copy, the scan log written exactly once,
offline and back, and who is on site — on SQLite and PostgreSQL."""

from __future__ import annotations

import base64
import datetime as dt
import random
import shutil
import sqlite3

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from frontdesk.badge_token import BadgeClaims, HolderType, Reason, sign
from frontdesk.printing.rollcall_pdf import roll_call_pdf
from frontdesk.services.badges import issue_badge, replace_badge, revoke_badge, signing_key
from frontdesk.services.door import DoorStation, Misread
from frontdesk.services.onsite import onsite_now
from frontdesk.services.patients import CompanionInput, add_companion
from frontdesk.store.models import Scan
from tests.pdf_reading import pdf_text

from .helpers import BADGE_DAY as DAY
from .helpers import BADGE_MORNING as RUNS_AT  # noqa: F401 (tests/conftest.py)
from .helpers import NEW_YORK, book, make_patient

NOON = dt.datetime.combine(DAY, dt.time(12), tzinfo=NEW_YORK)


class Clock:
    def __init__(self, at: dt.datetime) -> None:
        self.at = at

    def __call__(self) -> dt.datetime:
        return self.at

    def tick(self, seconds: float = 10) -> None:
        self.at += dt.timedelta(seconds=seconds)


@pytest.fixture
def visit(actor):
    patient = make_patient(
        actor, family="Haddad", given="Layla", native_family_name="حداد", native_given_name="ليلى"
    )
    return book(actor, patient, "A1", 9, day=DAY).visit


@pytest.fixture
def clock():
    return Clock(NOON)


@pytest.fixture
def door(db_url, tmp_path, clock, actor):
    station = DoorStation(
        db_url, "Main entrance", "in", cache_path=tmp_path / "door.sqlite3", clock=clock
    )
    yield station
    station.close()


def test_a_valid_badge_passes_once_and_is_logged_once(door, visit, actor, clock):
    _badge, token = issue_badge(visit.id, actor, destination="Yawkey Building, floor 7")
    assert door.refresh() and door.online
    result = door.scan(token + "\r\n")  # as a keyboard-wedge scanner types it
    assert result.valid and result.reason is None and not result.repeat
    assert (result.display_name, result.holder) == ("Layla HADDAD", HolderType.PATIENT)
    assert result.destination == "Yawkey Building, floor 7"
    clock.tick(2)
    again = door.scan(token)
    assert again.valid and again.repeat  # a second beep: the same event
    assert door.pending() == 1
    assert door.flush() == 1 and door.flush() == 0
    (scan,) = Scan.select()
    assert (scan.door, scan.direction, scan.valid, scan.badge_id) == (
        "Main entrance",
        "in",
        True,
        result.badge_id,
    )
    clock.tick(10)
    assert not door.scan(token).repeat  # later: a new event
    door.flush()
    assert Scan.select().count() == 2


def _token_with_version(token: str, version: int, key: Ed25519PrivateKey) -> str:
    raw = base64.b32decode(token)
    body = bytes([version]) + raw[1:16]
    return base64.b32encode(body + key.sign(body)).decode().rstrip("=")


def test_each_refusal_has_its_reason(door, visit, actor, clock):
    """The verdict's values (the words are the window's: tests/ui/test_door_window.py)."""
    badge, token = issue_badge(visit.id, actor)
    _key_id, key = signing_key(actor)
    other_office = Ed25519PrivateKey.generate()
    tampered = token[:60] + ("A" if token[60] != "A" else "B") + token[61:]
    cases = {
        Reason.MALFORMED: "HELLO WORLD",
        Reason.UNKNOWN_KEY: sign(
            BadgeClaims(999, badge.id, HolderType.PATIENT, NOON, NOON + dt.timedelta(hours=1)),
            other_office,
        ),
        Reason.BAD_SIGNATURE: tampered,
        Reason.WRONG_VERSION: _token_with_version(token, 9, key),
    }
    door.refresh()
    for reason, payload in cases.items():
        clock.tick()
        result = door.scan(payload)
        assert (result.valid, result.reason) == (False, reason), reason
        if reason is Reason.MALFORMED:  # a short code, told as one
            assert (result.misread, result.length) == (Misread.SHORT, len(payload))
        else:
            assert result.misread is None
        assert result.display_name is None  # a refused badge shows nobody's name

    clock.at = NOON - dt.timedelta(days=1)  # the day before the visit
    early = door.scan(token)
    assert early.reason is Reason.NOT_YET_VALID and early.valid_from == badge.valid_from
    clock.at = NOON.replace(hour=20)
    late = door.scan(token)
    assert late.reason is Reason.EXPIRED and late.valid_until == badge.valid_until

    clock.at = NOON
    replacement, new_token = replace_badge(badge.id, actor, reason="lost")
    door.refresh()
    clock.tick()
    assert door.scan(token).reason is Reason.SUPERSEDED
    revoke_badge(replacement.id, actor, reason="left")
    door.refresh()
    clock.tick()
    revoked = door.scan(new_token)
    assert revoked.reason is Reason.REVOKED


def offline_and_back(door, actor, visit, clock, cut, restore):
    """Scans decided while ``cut()`` keeps the database away, sent exactly once after
    ``restore()``."""
    companion = add_companion(visit.patient_id, CompanionInput("Haddad", "Omar"), actor)
    _b1, patient_token = issue_badge(visit.id, actor)
    _b2, companion_token = issue_badge(visit.id, actor, companion_id=companion.id)
    assert door.refresh()
    refreshed = door.refreshed_at

    cut()
    assert not door.refresh() and not door.online and door.last_error
    clock.tick()
    assert door.scan(patient_token).valid
    clock.tick()
    assert door.scan(companion_token).display_name == "Omar HADDAD"  # from its own copy
    clock.tick()
    assert not door.scan("NOT A BADGE").valid
    assert door.flush() == 0 and door.pending() == 3
    assert door.refreshed_at == refreshed  # it says how old its copy is

    restore()
    assert door.flush() == 3 and door.online and door.pending() == 0
    assert Scan.select().count() == 3
    # A crash after the database committed but before the door marked them sent: resent.
    with sqlite3.connect(door.cache.path) as raw:
        raw.execute("UPDATE queue SET sent = 0")
    assert door.flush() == 3
    assert Scan.select().count() == 3  # still once each


def test_offline_sqlite_door_keeps_deciding_and_sends_each_scan_once(tmp_path, clock):
    """The shared SQLite file moved away (a network share gone) and back."""
    from frontdesk.services.actors import actor_for, create_staff
    from frontdesk.services.office import set_office_zone
    from frontdesk.store.database import close_database, open_database

    path = tmp_path / "shared.sqlite3"
    url = f"sqlite:///{path}"
    open_database(url)
    try:
        create_staff("amal", "Amal Haddad")
        set_office_zone("America/New_York", None)
        actor = actor_for("amal", "Desk 1")
        patient = make_patient(actor, family="Haddad", given="Layla")
        visit = book(actor, patient, "A1", 9, day=DAY).visit
        door = DoorStation(
            url, "Main entrance", "in", cache_path=tmp_path / "door.sqlite3", clock=clock
        )

        def cut():
            shutil.move(path, tmp_path / "away.sqlite3")

        def restore():
            assert not path.exists()  # the door created nothing in its place
            shutil.move(tmp_path / "away.sqlite3", path)

        offline_and_back(door, actor, visit, clock, cut, restore)
        door.close()
    finally:
        close_database()


def test_a_door_that_starts_without_its_database_decides_from_its_file(
    db_url, tmp_path, visit, actor, clock
):
    _badge, token = issue_badge(visit.id, actor)
    first = DoorStation(db_url, "Clinic 7", "both", cache_path=tmp_path / "c7.sqlite3", clock=clock)
    assert first.refresh()
    first.close()
    missing = f"sqlite:///{tmp_path / 'nowhere' / 'gone.sqlite3'}"
    later = DoorStation(
        missing, "Clinic 7", "both", cache_path=tmp_path / "c7.sqlite3", clock=clock
    )
    try:
        assert not later.refresh()
        result = later.scan(token)
        assert result.valid and result.display_name == "Layla HADDAD"
        assert later.pending() == 1
        assert not (tmp_path / "nowhere" / "gone.sqlite3").exists()  # nothing created there
    finally:
        later.close()


def test_two_hundred_bad_payloads_refused_five_hundred_good_ones_accepted(
    door, visit, actor, clock
):
    from frontdesk.services.badges import issue_for
    from frontdesk.store.models import Patient, Visit, database_proxy

    key = signing_key(actor)
    v = Visit.get_by_id(visit.id)
    person = Patient.get_by_id(v.patient_id)
    with database_proxy.atomic():
        tokens = [issue_for(v, person, actor, key)[1] for _ in range(500)]
    door.refresh()
    rng = random.Random(5)
    other = Ed25519PrivateKey.generate()
    bad: list[object] = ["", " ", "\x00", "A" * 4096, "A" * 100_000, b"\xff\xfe", None, 42]
    for token in tokens[:40]:
        cut = rng.randrange(1, len(token))
        bad += [
            token[:cut],  # truncated
            token + "A" * rng.randrange(1, 40),  # overlong
            token[:cut] + "é" + token[cut:],  # non-ASCII
            token[:cut] + "\x07" + token[cut:],  # a control character
            token[:cut] + ("B" if token[cut] == "A" else "A") + token[cut + 1 :],  # bit flip
        ]
    raw = base64.b32decode(tokens[0])
    bad.append(
        base64.b32encode(raw[:16] + other.sign(raw[:16])).decode().rstrip("=")
    )  # another office
    assert len(bad) >= 200
    for payload in bad:
        clock.tick(6)
        assert not door.scan(payload).valid, payload
    for token in tokens:
        clock.tick(0.01)
        assert door.scan(token).valid
    assert door.flush() == len(bad) + 500


def test_who_is_on_site_from_a_scripted_day(db_url, tmp_path, visit, actor, clock):
    companion = add_companion(visit.patient_id, CompanionInput("Haddad", "Omar"), actor)
    other = make_patient(actor, mrn="K1", family="Kim", given="Min-jun")
    other_visit = book(actor, other, "A2", 10, day=DAY).visit
    _b1, layla = issue_badge(visit.id, actor)
    _b2, omar = issue_badge(visit.id, actor, companion_id=companion.id)
    _b3, kim = issue_badge(other_visit.id, actor)
    doors = {
        name: DoorStation(
            db_url, name, direction, cache_path=tmp_path / f"{name}.sqlite3", clock=clock
        )
        for name, direction in (("Entrance", "in"), ("Exit", "out"), ("Garage", "both"))
    }
    for d in doors.values():
        d.refresh()
    script = [
        ("Entrance", layla),
        ("Entrance", omar),
        ("Garage", kim),  # all three in
        ("Exit", omar),  # Omar leaves
        ("Garage", kim),  # Kim leaves by the two-way door
        ("Entrance", omar),  # Omar comes back
        ("Exit", "JUNK"),  # refused: changes nothing
    ]
    for name, payload in script:
        clock.tick(60)
        doors[name].scan(payload)
    for d in doors.values():
        d.flush()
    people = onsite_now(clock.at + dt.timedelta(seconds=1))
    assert [p.display_name for p in people] == ["Layla HADDAD", "Omar HADDAD"]
    assert [p.holder for p in people] == [HolderType.PATIENT, HolderType.COMPANION]
    omar_entry = people[1].entered_at
    assert omar_entry == NOON + dt.timedelta(minutes=6)
    # The roll-call says the same.
    pdf = roll_call_pdf(people, clock.at, NEW_YORK, source="the scripted day")
    text = " ".join(pdf_text(pdf).split())
    assert "FIRE ROLL-CALL — 2 on site" in text and "Patients (1)" in text
    assert "Companions (1)" in text and "Layla HADDAD" in text and "Omar HADDAD" in text
    assert "Min-jun KIM" not in text and "in 12:06" in text

    # The entrance, refreshed, then cut off: its roll-call still knows, and adds its own scans.
    entrance = doors["Entrance"]
    assert entrance.refresh()
    clock.tick(60)
    entrance.scan(kim)  # Kim comes back while the door is offline
    offline = [p.display_name for p in entrance.onsite()]
    assert offline == ["Layla HADDAD", "Min-jun KIM", "Omar HADDAD"]
    for d in doors.values():
        d.close()


def test_cli_onsite_and_scans(db_url, door, visit, actor, clock, tmp_path, capsys):
    import json

    from frontdesk.cli import main
    from frontdesk.store.database import close_database

    _badge, token = issue_badge(visit.id, actor, destination="Yawkey Building, floor 7")
    door.refresh()
    door.scan(token)
    clock.tick()
    door.scan("A FORGED THING THAT IS NOT A BADGE")
    door.flush()
    close_database()
    assert main(["--db", db_url, "onsite", "--json"]) == 0
    (person,) = json.loads(capsys.readouterr().out)
    assert person["display_name"] == "Layla HADDAD" and person["door"] == "Main entrance"
    assert (
        person["holder_type"] == "patient" and person["destination"] == "Yawkey Building, floor 7"
    )
    pdf = tmp_path / "roll.pdf"
    assert main(["--db", db_url, "onsite", "--pdf", str(pdf), "--paper", "a4"]) == 0
    assert "1 person on site" in capsys.readouterr().out and "Layla HADDAD" in pdf_text(
        pdf.read_bytes()
    )
    assert main(["--db", db_url, "scans", "--date", DAY.isoformat(), "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["valid"] for r in rows] == [False, True]  # newest first
    assert rows[0]["reason"] == "malformed" and rows[1]["display_name"] == "Layla HADDAD"
    assert main(["--db", db_url, "scans", "--date", DAY.isoformat(), "--refused"]) == 0
    out = capsys.readouterr().out
    assert "REFUSED" in out and "VALID    " not in out and "1 scan\n" in out


def test_a_replaced_badge_and_an_inside_door_do_not_miscount(db_url, tmp_path, visit, actor, clock):
    """Layla enters, loses her badge inside, gets a new one and leaves by a two-way door: she is
    gone, not listed twice. Omar walks through a clinical-area door: he stays on site."""
    from frontdesk.services.onsite import onsite_now

    omar = add_companion(visit.patient_id, CompanionInput("Haddad", "Omar"), actor)
    lost, layla = issue_badge(visit.id, actor)
    _b, omar_token = issue_badge(visit.id, actor, companion_id=omar.id)
    doors = {
        name: DoorStation(
            db_url, name, direction, cache_path=tmp_path / f"{name}.sqlite3", clock=clock
        )
        for name, direction in (("Garage", "both"), ("Imaging", "inside"))
    }
    for d in doors.values():
        d.refresh()
    clock.tick(60)
    doors["Garage"].scan(layla)  # in
    clock.tick(60)
    doors["Garage"].scan(omar_token)  # in
    clock.tick(60)
    doors["Imaging"].scan(omar_token)  # a door inside: still on site
    _new, layla_again = replace_badge(lost.id, actor, reason="lost")
    for d in doors.values():
        d.flush()
        d.refresh()
    clock.tick(60)
    doors["Garage"].scan(layla_again)  # out, with the new badge
    for d in doors.values():
        d.flush()
    people = onsite_now(clock.at + dt.timedelta(seconds=1))
    assert [p.display_name for p in people] == ["Omar HADDAD"]
    assert [p.display_name for p in doors["Garage"].onsite()] == ["Omar HADDAD"]
    for d in doors.values():
        d.close()


def test_the_roll_call_prints_even_a_name_no_font_has(clock):
    from frontdesk.services.onsite import OnSite

    people = [
        OnSite(
            7,
            HolderType.VISITOR,
            "Ninsun UR",
            "𒀭𒊩𒌆",
            "Yawkey Building, floor 7",
            clock.at,
            "Main entrance",
        ),
    ]
    text = pdf_text(roll_call_pdf(people, clock.at, NEW_YORK, source="test"))
    assert "Ninsun UR" in text and "B-7" in text and "1 on site" in text
