"""Who did it, proven: the first admin switches sign-in on; from then on every change needs a
staff member and their password (or a service token), roles decide what each may do, wrong
passwords lock the account, and the audit names the authenticated actor — on SQLite and
PostgreSQL, through the command line as a script would drive it."""

from __future__ import annotations

import datetime as dt
import io
import json

import pytest

from frontdesk.cli import main
from frontdesk.services.accounts import MAX_FAILURES, SignInFailed, add_staff, sign_in
from frontdesk.services.roles import PermissionDenied, Role
from frontdesk.store.audit_verify import verify_chain
from frontdesk.store.database import close_database, open_database
from frontdesk.store.models import AuditEvent, Staff, Visit
from frontdesk.timeutil import today

from .helpers import NEW_YORK, book, make_patient

ADMIN_PW = "ines-admin-secret"
PASSWORDS = {"amal": "amal-reception-pw", "li.wei": "li-supervisor-pw", "sec": "door-guard-pw"}


@pytest.fixture(autouse=True)
def quick_hashes(monkeypatch):
    """argon2's cheapest parameters for these tests (the hash records its parameters, so
    verifying is the same code); the real ones are measured in benchmarks/bench_sign_in.py."""
    monkeypatch.setenv("FRONTDESK_ARGON2_PROFILE", "cheapest")


@pytest.fixture
def office(actor, db_url, monkeypatch):
    """An office whose first admin (ines) added a receptionist, a supervisor and a door
    account, with patients expected today."""
    day = today(NEW_YORK)
    for n in range(6):
        book(actor, make_patient(actor, mrn=f"M{n}", family=f"Family{n}"), f"A{n}", 9, day=day)
    close_database()
    assert (
        cli(monkeypatch, db_url, ADMIN_PW, "staff", "add", "ines", "--name", "Inês", "--admin")[0]
        == 0
    )
    for user, role in (("amal", None), ("li.wei", "supervisor"), ("sec", "door")):
        if user == "amal":  # an account that existed before sign-in: given a role and password
            code = cli(
                monkeypatch,
                db_url,
                f"{ADMIN_PW}\n{PASSWORDS[user]}",
                "staff",
                "password",
                user,
                "--staff",
                "ines",
            )[0]
        else:
            code = cli(
                monkeypatch,
                db_url,
                f"{ADMIN_PW}\n{PASSWORDS[user]}",
                "staff",
                "add",
                user,
                "--role",
                role,
                "--staff",
                "ines",
            )[0]
        assert code == 0
    open_database(db_url)
    return day


def cli(monkeypatch, db_url, stdin: str | None, *argv: str) -> tuple[int, str, str]:
    """Run the command line; ``stdin`` given: the secrets on standard input."""
    import contextlib

    out, err = io.StringIO(), io.StringIO()
    monkeypatch.setattr("sys.stdin", io.StringIO((stdin or "") + "\n"))
    args = ["--db", db_url, *argv]
    if stdin is not None:
        args.append("--password-stdin")
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(args)
    return code, out.getvalue(), err.getvalue()


def test_a_change_without_credentials_is_refused_and_writes_nothing(office, db_url, monkeypatch):
    close_database()
    before = _audit_count(db_url)
    attempts = [
        (None, "checkin", "M1", "--staff", "amal", "--station", "Desk 1"),  # no password given
        ("wrong-password-1", "checkin", "M1", "--staff", "amal", "--station", "Desk 1"),
        (None, "staff", "add", "mallory", "--name", "Chief Nurse"),  # nobody named
        (None, "office-zone", "Europe/Berlin"),
        (None, "office-info", "--closes", "23:00"),
    ]
    for stdin, *argv in attempts:
        code, _out, err = cli(monkeypatch, db_url, stdin, *argv)
        assert code == 2, (argv, err)
        assert "password" in err or "sign" in err or "--staff" in err
    open_database(db_url)
    assert Staff.get_or_none(Staff.username == "mallory") is None
    assert not Visit.select().where(Visit.arrived_at.is_null(False)).exists()
    actions = [e.action for e in AuditEvent.select().where(AuditEvent.id > before)]
    assert actions == ["staff.sign_in_failed"]  # the wrong password, by whom it was tried
    assert verify_chain().ok


def test_the_right_password_acts_and_the_audit_names_the_person(office, db_url, monkeypatch):
    close_database()
    code, _out, err = cli(
        monkeypatch,
        db_url,
        PASSWORDS["amal"],
        "checkin",
        "M1",
        "--staff",
        "amal",
        "--station",
        "Desk 1",
    )
    assert code == 0, err
    open_database(db_url)
    event = AuditEvent.select().where(AuditEvent.action == "visit.check_in").get()
    assert event.staff.username == "amal" and event.station.name == "Desk 1"


def test_a_check_in_for_another_day_needs_a_supervisor_and_a_reason(office, db_url, monkeypatch):
    yesterday = (office - dt.timedelta(days=1)).isoformat()
    tomorrow = (office + dt.timedelta(days=1)).isoformat()
    close_database()
    base = ("checkin", "M2", "--date", yesterday, "--station", "Desk 1")
    code, _, err = cli(monkeypatch, db_url, PASSWORDS["amal"], *base, "--staff", "amal")
    assert code == 2 and "may not check in for a day other than today" in err
    code, _, err = cli(monkeypatch, db_url, PASSWORDS["li.wei"], *base, "--staff", "li.wei")
    assert code == 2 and "needs a reason" in err
    code, _, err = cli(
        monkeypatch,
        db_url,
        PASSWORDS["li.wei"],
        *base,
        "--staff",
        "li.wei",
        "--reason",
        "arrived yesterday evening, desk closed",
    )
    assert code == 0, err  # the supervisor's correction, with its reason
    code, _, err = cli(
        monkeypatch,
        db_url,
        PASSWORDS["li.wei"],
        "checkin",
        "M2",
        "--date",
        tomorrow,
        "--staff",
        "li.wei",
        "--station",
        "Desk 1",
        "--reason",
        "early",
    )
    assert code == 2 and "has not come yet" in err  # never a day in the future
    code, _, err = cli(
        monkeypatch,
        db_url,
        PASSWORDS["li.wei"],
        "checkin",
        "M2",
        "--date",
        "2031-01-01",
        "--staff",
        "li.wei",
        "--station",
        "Desk 1",
        "--reason",
        "x",
    )
    assert code == 2 and "--date" in err
    open_database(db_url)
    (arrived,) = Visit.select().where(Visit.arrived_at.is_null(False))
    assert arrived.local_date.isoformat() == yesterday
    event = AuditEvent.get(AuditEvent.action == "visit.check_in")
    assert event.staff.username == "li.wei"
    assert json.loads(event.details)["reason"] == "arrived yesterday evening, desk closed"


def test_wrong_passwords_lock_the_account_until_an_admin_unlocks_it(office, db_url, monkeypatch):
    close_database()
    argv = ("checkin", "M3", "--staff", "amal", "--station", "Desk 1")
    for n in range(MAX_FAILURES):
        code, _, err = cli(monkeypatch, db_url, f"guess-{n}-wrong", *argv)
        assert code == 2 and "wrong user name or password" in err
    assert "now locked" in err
    code, _, err = cli(monkeypatch, db_url, PASSWORDS["amal"], *argv)  # right, but locked
    assert code == 2 and "is locked until" in err and "an admin can unlock" in err
    assert cli(monkeypatch, db_url, ADMIN_PW, "staff", "unlock", "amal", "--staff", "ines")[0] == 0
    assert cli(monkeypatch, db_url, PASSWORDS["amal"], *argv)[0] == 0
    open_database(db_url)
    actions = [e.action for e in AuditEvent.select().order_by(AuditEvent.seq)]
    assert actions.count("staff.sign_in_failed") == MAX_FAILURES and "staff.locked" in actions
    assert actions[-2:] == ["staff.unlock", "visit.check_in"]


def test_a_door_account_cannot_check_in_or_manage(office, db_url):
    door = sign_in("sec", PASSWORDS["sec"], "Door: Main")
    patient_id = __import__("frontdesk.services.patients", fromlist=["x"]).patient_by_mrn("M4").id
    from frontdesk.services.checkin import check_in

    with pytest.raises(PermissionDenied, match="sec \\(door\\) may not open patients"):
        check_in(patient_id, office, door)
    with pytest.raises(PermissionDenied):
        add_staff(door, "x", "X", Role.ADMIN, password="long-enough-pw")
    with pytest.raises(SignInFailed, match="wrong user name or password"):
        sign_in("nobody", "whatever-pw", "Desk 1")


def test_a_hundred_scripted_actions_by_three_accounts_are_audited_under_each(office, db_url):
    """Three people signed in at three desks; 100 actions in turn (check-in, undo, a
    companion, a badge); the audit holds exactly those 100 records, each under its person."""
    from frontdesk.services.badges import issue_badge
    from frontdesk.services.checkin import check_in, undo_check_in
    from frontdesk.services.patients import CompanionInput, add_companion, patient_by_mrn

    people = [
        sign_in("amal", PASSWORDS["amal"], "Desk 1", audit=False),
        sign_in("li.wei", PASSWORDS["li.wei"], "Desk 2", audit=False),
        sign_in("ines", ADMIN_PW, "Desk 3", audit=False),
    ]
    patients = [patient_by_mrn(f"M{n}").id for n in range(6)]
    first = AuditEvent.select().order_by(AuditEvent.seq.desc()).first().seq
    expected = []
    for n in range(100):
        actor = people[n % 3]
        patient = patients[n % 6]
        kind = n % 4
        if kind == 0:
            result = check_in(patient, office, actor)
            if result.already:
                undo_check_in(result.visit_id, people[1])  # a supervisor undoes any desk's
                expected.append(("visit.undo_check_in", "li.wei"))
                continue
            expected.append(("visit.check_in", actor.staff.username))
        elif kind == 1:
            add_companion(patient, CompanionInput("Companion", f"C{n}"), actor)
            expected.append(("companion.add", actor.staff.username))
        elif kind == 2:
            visit = Visit.get((Visit.patient == patient) & (Visit.local_date == office))
            issue_badge(visit.id, actor)
            expected.append(("badge.issue", actor.staff.username))
        else:
            visit = Visit.get((Visit.patient == patient) & (Visit.local_date == office))
            if visit.arrived_at is None:
                check_in(patient, office, actor)
                expected.append(("visit.check_in", actor.staff.username))
            else:
                undo_check_in(visit.id, people[1])
                expected.append(("visit.undo_check_in", "li.wei"))
    events = list(AuditEvent.select().where(AuditEvent.seq > first).order_by(AuditEvent.seq))
    found = [(e.action, e.staff.username) for e in events if e.action != "badge_key.create"]
    assert len(found) == 100 and found == expected
    assert all(e.station_id is not None for e in events)
    assert verify_chain().ok


def _audit_count(db_url) -> int:
    open_database(db_url)
    try:
        last = AuditEvent.select().order_by(AuditEvent.id.desc()).first()
        return last.id if last else 0
    finally:
        close_database()


def test_the_staff_list_shows_roles(office, db_url, monkeypatch):
    close_database()
    code, out, _ = cli(monkeypatch, db_url, None, "staff", "list")
    assert code == 0
    lines = {line.split()[0]: line.split()[1] for line in out.splitlines()}
    assert lines["ines"] == "admin" and lines["sec"] == "door" and lines["li.wei"] == "supervisor"


def test_opening_a_patient_is_an_access_event_and_a_door_account_cannot(office, db_url):
    from frontdesk.services.patient_access import open_patient, record_access
    from frontdesk.services.patients import patient_by_mrn

    patient_id = patient_by_mrn("M5").id
    door = sign_in("sec", PASSWORDS["sec"], "Door: Main", audit=False)
    with pytest.raises(PermissionDenied, match="may not open patients"):
        open_patient(door, patient_id, office)
    with pytest.raises(PermissionDenied, match="sign in first"):
        open_patient(None, patient_id, office)
    amal = sign_in("amal", PASSWORDS["amal"], "Desk 1", audit=False)
    assert open_patient(amal, patient_id, office).mrn == "M5"
    assert record_access(amal, patient_id) and not record_access(amal, patient_id)  # once
    li = sign_in("li.wei", PASSWORDS["li.wei"], "Desk 2", audit=False)
    assert record_access(li, patient_id)
    views = list(AuditEvent.select().where(AuditEvent.action == "patient.view"))
    assert [(v.staff.username, v.object_type, v.object_id) for v in views] == [
        ("amal", "access", str(patient_id)),
        ("li.wei", "access", str(patient_id)),
    ]


def test_a_restore_over_an_office_that_signs_in_takes_its_admin(
    office, db_url, monkeypatch, tmp_path
):
    close_database()
    backup = tmp_path / "office.backup.tar"
    assert cli(monkeypatch, db_url, None, "backup", "--to", str(backup))[0] == 0
    code, _, err = cli(monkeypatch, db_url, None, "restore", str(backup))
    assert code == 2 and "--staff" in err
    code, _, err = cli(
        monkeypatch, db_url, PASSWORDS["li.wei"], "restore", str(backup), "--staff", "li.wei"
    )
    assert code == 2 and "may not change the office's settings" in err
    code, _out, err = cli(monkeypatch, db_url, ADMIN_PW, "restore", str(backup), "--staff", "ines")
    assert code == 0, err
    open_database(db_url)
    assert AuditEvent.select().order_by(AuditEvent.seq.desc()).first().action == "database.restore"
    assert verify_chain().ok


def test_a_supervisor_reads_the_audit_by_person_and_patient_and_exports_csv(
    office, db_url, monkeypatch, tmp_path
):
    import csv

    close_database()
    for user in ("amal", "amal"):
        cli(
            monkeypatch,
            db_url,
            PASSWORDS[user],
            "checkin",
            "M1",
            "--staff",
            user,
            "--station",
            "Desk 1",
        )
    code, _, err = cli(monkeypatch, db_url, PASSWORDS["amal"], "audit", "list", "--staff", "amal")
    assert code == 2 and "may not read the audit log" in err
    target = tmp_path / "audit.csv"
    code, out, err = cli(
        monkeypatch,
        db_url,
        PASSWORDS["li.wei"],
        "audit",
        "list",
        "--staff",
        "li.wei",
        "--patient",
        "M1",
        "--by",
        "amal",
        "--csv",
        str(target),
    )
    assert code == 0, err
    with target.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    # Amal registered M1, booked it (the fixture) and checked it in once (twice asked).
    assert [(r["staff"], r["action"]) for r in rows] == [
        ("amal", "patient.create"),
        ("amal", "appointment.create"),
        ("amal", "visit.check_in"),
    ]
    assert json.loads(rows[-1]["details"])["mrn"] == "M1"
    code, out, _ = cli(
        monkeypatch,
        db_url,
        PASSWORDS["li.wei"],
        "audit",
        "list",
        "--staff",
        "li.wei",
        "--action",
        "staff.",
    )
    assert code == 0 and "staff.role_set" in out and "visit.check_in" not in out
