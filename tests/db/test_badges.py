"""Badges in the database: issue, verify with what the door shows, revoke, replace, keys."""

from __future__ import annotations

import datetime as dt
import json
import os
import stat

import pytest

from frontdesk.badge_token import HolderType, Reason
from frontdesk.cli import main
from frontdesk.errors import InputError
from frontdesk.services.badges import (
    issue_badge,
    replace_badge,
    retire_key,
    revoke_badge,
    verify_badge,
)
from frontdesk.services.patients import CompanionInput, add_companion
from frontdesk.store.database import close_database
from frontdesk.store.models import AuditEvent, Badge, BadgeKey

from .helpers import BADGE_DAY as DAY
from .helpers import BADGE_MORNING as RUNS_AT  # noqa: F401 (tests/conftest.py)
from .helpers import NEW_YORK, book, make_patient

NOON = dt.datetime.combine(DAY, dt.time(12), tzinfo=NEW_YORK)


@pytest.fixture
def visit(actor):
    patient = make_patient(
        actor, family="Haddad", given="Layla", native_family_name="حداد", native_given_name="ليلى"
    )
    appointment = book(actor, patient, "A1", 9, day=DAY)
    return appointment.visit


def test_patient_and_companion_badges(actor, visit, _isolated_home):
    badge, token = issue_badge(visit.id, actor, destination="Yawkey Building, floor 5")
    check = verify_badge(token, NOON)
    assert check.verdict.valid and check.verdict.holder == HolderType.PATIENT
    assert check.display_name == "Layla HADDAD" and check.native_name == "ليلى حداد"
    assert check.destination == "Yawkey Building, floor 5"
    assert check.verdict.valid_until == dt.datetime.combine(DAY, dt.time(19), tzinfo=NEW_YORK)

    companion = add_companion(visit.patient_id, CompanionInput("Haddad", "Omar"), actor)
    badge2, token2 = issue_badge(visit.id, actor, companion_id=companion.id)
    check2 = verify_badge(token2, NOON)
    assert check2.verdict.holder == HolderType.COMPANION and check2.display_name == "Omar HADDAD"
    assert "Layla" not in json.dumps(
        check2.as_json()
    )  # a companion's badge never names the patient
    assert badge.key_id == badge2.key_id and BadgeKey.select().count() == 1
    key_file = _isolated_home / "keys" / f"badge-signing-{badge.key_id}.pem"
    assert stat.S_IMODE(os.stat(key_file).st_mode) == 0o600
    actions = [e.action for e in AuditEvent.select().order_by(AuditEvent.id)]
    assert actions.count("badge.issue") == 2 and "badge_key.create" in actions


def test_revoked_replaced_expired_and_retired(actor, visit):
    badge, token = issue_badge(visit.id, actor)
    assert verify_badge(token, NOON + dt.timedelta(hours=8)).verdict.reason == Reason.EXPIRED
    new, new_token = replace_badge(badge.id, actor, reason="lost in the taxi")
    assert verify_badge(token, NOON).verdict.reason == Reason.SUPERSEDED
    assert verify_badge(new_token, NOON).verdict.valid and new.generation == 2
    revoke_badge(new.id, actor, reason="patient left")
    assert verify_badge(new_token, NOON).verdict.reason == Reason.REVOKED
    third, third_token = issue_badge(visit.id, actor)
    retire_key(third.key_id, actor)
    assert verify_badge(third_token, NOON).verdict.reason == Reason.UNKNOWN_KEY
    fourth, fourth_token = issue_badge(visit.id, actor)  # a new key is made after retirement
    assert fourth.key_id == third.key_id + 1 and verify_badge(fourth_token, NOON).verdict.valid
    assert Badge.select().count() == 4


def test_cli_verify(actor, visit, db_url, capsys):
    _, token = issue_badge(visit.id, actor, destination="Wang Building, floor 3")
    close_database()
    code = main(["--db", db_url, "verify", token, "--at", NOON.isoformat(), "--json"])
    data = json.loads(capsys.readouterr().out)
    assert code == 0 and data["valid"] and data["destination"] == "Wang Building, floor 3"
    assert set(data) == {
        "valid",
        "reason",
        "badge_id",
        "holder_type",
        "display_name",
        "destination",
        "valid_until",
    }
    code = main(["--db", db_url, "verify", "GARBAGE" * 3, "--json"])
    assert code == 1 and json.loads(capsys.readouterr().out)["reason"] == "malformed"
    code = main(
        [
            "--db",
            db_url,
            "verify",
            token,
            "--at",
            (DAY + dt.timedelta(days=25)).isoformat() + "T10:00",
        ]
    )
    assert code == 1 and "NOT VALID  expired" in capsys.readouterr().out


def test_the_office_closing_time_ends_a_day_badge_and_an_evening_badge_runs_to_midnight(
    actor, visit
):
    from frontdesk.services.office import closing_time, set_office_info

    set_office_info(actor, closes="20:30")
    assert closing_time() == dt.time(20, 30)
    badge, _token = issue_badge(visit.id, actor)
    assert badge.valid_until == dt.datetime.combine(DAY, dt.time(20, 30), tzinfo=NEW_YORK)
    set_office_info(actor, closes="00:00")  # closed before the badge can start: to midnight
    late, _token = issue_badge(visit.id, actor)
    assert late.valid_until == dt.datetime.combine(
        DAY + dt.timedelta(days=1), dt.time(0), tzinfo=NEW_YORK
    )
    with pytest.raises(InputError):
        set_office_info(actor, closes="half past eight")


def test_a_batch_reads_the_visits_last_appointments_as_one_badge_does(actor):
    """The day's batch reads every visit's last appointment in one statement: the same ends as
    one badge's own query (cancelled ones aside, only the visit day's, the longest last)."""
    from frontdesk.domain import AppointmentStatus
    from frontdesk.services.badge_printing import _batch_badges
    from frontdesk.services.badges import last_appointment_end, last_appointment_ends
    from frontdesk.store.models import Visit

    evening = make_patient(actor, mrn="E1", family="Evening", given="Eve")
    book(actor, evening, "E-1", 9, day=DAY)
    book(actor, evening, "E-2", 19, 30, day=DAY, duration_min=90)  # ends 21:00
    book(actor, evening, "E-3", 22, day=DAY, status=AppointmentStatus.CANCELLED)
    book(actor, evening, "E-4", 10, day=DAY + dt.timedelta(days=1))  # another day's visit
    morning = make_patient(actor, mrn="M1", family="Morning", given="Mo")
    book(actor, morning, "M-1", 8, day=DAY, duration_min=45)
    visits = list(Visit.select().where(Visit.local_date == DAY).order_by(Visit.id))
    assert len(visits) == 2
    start = dt.datetime.combine(DAY, dt.time(0), tzinfo=NEW_YORK)
    one_by_one = {
        v.id: last_appointment_end(v.id, start, start + dt.timedelta(days=1)) for v in visits
    }
    assert last_appointment_ends(visits, NEW_YORK) == one_by_one
    assert sorted(end.astimezone(NEW_YORK).time() for end in one_by_one.values()) == [
        dt.time(8, 45),
        dt.time(21, 0),
    ]
    ends = {badge.visit_id: badge.valid_until for badge, _t in _batch_badges(visits, actor)}
    for v in visits:
        alone, _token = issue_badge(v.id, actor)
        assert ends[v.id] == alone.valid_until  # 21:30 for the evening, 19:00 for the morning
    assert sorted(e.astimezone(NEW_YORK).time() for e in ends.values()) == [
        dt.time(19, 0),
        dt.time(21, 30),
    ]
