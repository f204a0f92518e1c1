"""A badge token counts only as its record says it was issued: its key, holder and dates.

Forged here the way an attacker with a desk's login would: a second desk's real key (made and
registered by the program, as a desk makes its own) re-signs desk A's badge. The service's
verify, the command line and a door all refuse. Then the key files: a damaged one is set
aside and replaced, a readable one refused.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import stat

import pytest

from frontdesk.badge_token import BadgeClaims, HolderType, Reason, sign
from frontdesk.cli import main
from frontdesk.errors import ConfigError
from frontdesk.services.actors import actor_for
from frontdesk.services.badges import issue_badge, signing_key, verify_badge
from frontdesk.services.door import NEW_BADGE_WINDOW, DoorStation
from frontdesk.store.database import close_database, open_database
from frontdesk.store.models import BadgeKey

from .helpers import BADGE_DAY as DAY
from .helpers import BADGE_MORNING as RUNS_AT  # noqa: F401 (tests/conftest.py)
from .helpers import NEW_YORK, book, make_patient

NOON = dt.datetime.combine(DAY, dt.time(12), tzinfo=NEW_YORK)


@pytest.fixture
def visit(actor):
    return book(actor, make_patient(actor), "A1", 9, day=DAY).visit


@pytest.fixture
def desk_b_key(actor, tmp_path, monkeypatch, _isolated_home):
    """Desk B's own key: made by the program in desk B's data folder, registered in the shared
    database for station "Desk 2", exactly as a second desk gets one."""
    monkeypatch.setenv("FRONTDESK_HOME", str(tmp_path / "desk-b"))
    key_id, private = signing_key(actor_for("amal", "Desk 2"))
    monkeypatch.setenv("FRONTDESK_HOME", str(_isolated_home))
    return key_id, private


def _forgeries(badge, key_id, private):
    """Desk A's badge re-signed by desk B: as issued; as a visitor's badge for a month."""
    same = BadgeClaims(
        key_id, badge.id, HolderType(badge.holder_type), badge.valid_from, badge.valid_until
    )
    month = BadgeClaims(
        key_id,
        badge.id,
        HolderType.VISITOR,
        badge.valid_from,
        badge.valid_from + dt.timedelta(days=30),
    )
    return sign(same, private), sign(month, private)


def test_desk_b_key_cannot_re_sign_desk_a_badge(actor, visit, desk_b_key, db_url, capsys):
    badge, token = issue_badge(visit.id, actor)
    key_b, private_b = desk_b_key
    assert key_b != badge.key_id and BadgeKey.select().count() == 2  # both keys are real
    assert verify_badge(token, NOON).verdict.valid
    for forged in _forgeries(badge, key_b, private_b):
        check = verify_badge(forged, NOON)
        assert not check.verdict.valid and check.verdict.reason is Reason.NOT_AS_ISSUED
        assert check.display_name is None and check.destination is None  # nothing shown
    later = NOON + dt.timedelta(days=10)  # after the real badge ended, the month-long forgery
    assert verify_badge(_forgeries(badge, key_b, private_b)[1], later).verdict.reason is (
        Reason.NOT_AS_ISSUED
    )
    # The same badge's own key with other dates: also not as issued.
    _, private_a = signing_key(actor)
    stretched = BadgeClaims(
        badge.key_id, badge.id, HolderType.PATIENT, badge.valid_from, later + dt.timedelta(hours=1)
    )
    assert verify_badge(sign(stretched, private_a), later).verdict.reason is Reason.NOT_AS_ISSUED

    close_database()
    for forged in _forgeries(badge, key_b, private_b):
        code = main(["--db", db_url, "verify", forged, "--at", NOON.isoformat()])
        assert code == 1 and "NOT VALID  not_as_issued" in capsys.readouterr().out
    assert main(["--db", db_url, "verify", token, "--at", NOON.isoformat()]) == 0
    open_database(db_url)


class Clock:
    def __init__(self, at: dt.datetime) -> None:
        self.at = at

    def __call__(self) -> dt.datetime:
        return self.at


def test_a_door_refuses_a_re_signed_badge_and_a_made_up_one(
    actor, visit, desk_b_key, db_url, tmp_path
):
    badge, token = issue_badge(visit.id, actor)
    key_b, private_b = desk_b_key
    clock = Clock(NOON)
    door = DoorStation(
        db_url, "Main entrance", "in", cache_path=tmp_path / "d.sqlite3", clock=clock
    )
    try:
        assert door.refresh()
        for forged in _forgeries(badge, key_b, private_b):
            result = door.scan(forged)
            assert not result.valid and result.reason is Reason.NOT_AS_ISSUED
            assert result.display_name is None
            clock.at += dt.timedelta(seconds=10)
        assert door.scan(token).valid

        # A made-up badge id, signed with a desk's key, valid from "now": unknown to the copy.
        clock.at += NEW_BADGE_WINDOW + dt.timedelta(minutes=1)  # the copy is older than the rule
        made_up = BadgeClaims(
            key_b,
            badge.id + 1000,
            HolderType.VISITOR,
            clock.at - dt.timedelta(minutes=1),
            clock.at + dt.timedelta(days=3),
        )
        late = door.scan(sign(made_up, private_b))
        assert not late.valid and late.reason is Reason.NOT_IN_COPY

        # A badge issued since the copy was made passes within the window: the rule the README
        # states, with a desk's key only.
        assert door.refresh()
        fresh_claims = BadgeClaims(
            key_b, badge.id + 1001, HolderType.VISITOR, clock.at, clock.at + dt.timedelta(hours=2)
        )
        clock.at += dt.timedelta(minutes=1)
        assert door.scan(sign(fresh_claims, private_b)).valid
    finally:
        door.close()


def test_a_door_station_key_cannot_vouch_for_an_unknown_badge(actor, visit, db_url, tmp_path):
    issue_badge(visit.id, actor)
    BadgeKey.update(station=actor_for("amal", "Door: Side").station).execute()
    from frontdesk.store.models import Station

    Station.update(kind="door").where(Station.name == "Door: Side").execute()
    key_id, private = signing_key(actor)
    clock = Clock(NOON)
    door = DoorStation(db_url, "Side", "in", cache_path=tmp_path / "s.sqlite3", clock=clock)
    try:
        assert door.refresh()
        claims = BadgeClaims(
            key_id, 9999, HolderType.VISITOR, clock.at, clock.at + dt.timedelta(hours=2)
        )
        clock.at += dt.timedelta(minutes=1)
        assert door.scan(sign(claims, private)).reason is Reason.NOT_IN_COPY
    finally:
        door.close()


def test_a_damaged_key_file_is_set_aside_and_a_new_key_made(actor, visit, _isolated_home, caplog):
    first, token = issue_badge(visit.id, actor)
    key_file = _isolated_home / "keys" / f"badge-signing-{first.key_id}.pem"
    key_file.write_bytes(b"")  # what a power cut before the data reached the disk leaves
    with caplog.at_level(logging.WARNING):
        second, second_token = issue_badge(visit.id, actor)
    assert second.key_id == first.key_id + 1 and verify_badge(second_token, NOON).verdict.valid
    assert verify_badge(token, NOON).verdict.valid  # printed badges still open doors
    aside = list(key_file.parent.glob("*.damaged.pem"))
    assert len(aside) == 1 and "is empty" in caplog.text and "set aside" in caplog.text

    truncated = key_file.parent / f"badge-signing-{second.key_id}.pem"
    truncated.write_bytes(truncated.read_bytes()[:40])
    third, _ = issue_badge(visit.id, actor)
    assert third.key_id == second.key_id + 1
    assert len(list(key_file.parent.glob("*.damaged.pem"))) == 2
    new_file = key_file.parent / f"badge-signing-{third.key_id}.pem"
    assert stat.S_IMODE(os.stat(new_file).st_mode) == 0o600
    assert not list(key_file.parent.glob(".*.tmp"))  # written whole, nothing left over


def test_a_key_file_others_can_read_is_refused(actor, visit, _isolated_home):
    first, _ = issue_badge(visit.id, actor)
    key_file = _isolated_home / "keys" / f"badge-signing-{first.key_id}.pem"
    os.chmod(key_file, 0o644)
    with pytest.raises(ConfigError, match="chmod 600") as refused:
        issue_badge(visit.id, actor)
    assert str(key_file) in str(refused.value) and "-rw-r--r--" in str(refused.value)
    assert BadgeKey.select().count() == 1  # no new key made behind the person's back
