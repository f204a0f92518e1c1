"""The frontdesk command, run as a user runs it: real arguments, a real SQLite file."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from frontdesk.cli import main
from frontdesk.store.database import close_database

from .test_csv_import import ROWS, csv_bytes


@pytest.fixture
def cli(tmp_path, capsys):
    url = f"sqlite:///{tmp_path / 'cli.sqlite3'}"

    def run(*args):
        code = main(["--db", url, *args])
        close_database()
        out, err = capsys.readouterr()
        return code, out, err

    assert run("staff", "add", "amal", "--name", "Amal Haddad")[0] == 0
    assert run("office-zone", "America/New_York")[1].strip() == "America/New_York"
    run.url = url
    return run


def test_import_schedule_search_checkin(cli, tmp_path):
    path = tmp_path / "today.csv"
    path.write_bytes(csv_bytes(ROWS))
    code, out, _ = cli("import", str(path), "--dry-run")
    assert code == 0 and "would change" in out
    code, out, _ = cli("schedule", "--date", "2026-11-30", "--json")
    assert json.loads(out) == []
    code, out, _ = cli("import", str(path), "--json")
    assert json.loads(out)["appointments"]["created"] == 3

    code, out, _ = cli("schedule", "--date", "2026-11-30", "--json")
    schedule = json.loads(out)
    assert [e["appointment_id"] for e in schedule] == ["A-1", "A-2", "A-3"]
    assert schedule[0]["patient"]["native_name"] == "محمد القحطاني"

    code, out, _ = cli("search", "mohamed qahtani", "--json")
    hits = json.loads(out)
    assert hits[0]["mrn"] == "M1" and set(hits[0]) == {
        "mrn",
        "family_name",
        "given_name",
        "native_name",
        "date_of_birth",
        "nationality",
        "score",
        "expected",
    }

    args = (
        "checkin",
        "M2",
        "--date",
        "2026-11-30",
        "--staff",
        "amal",
        "--station",
        "Desk 1",
        "--json",
    )
    first = json.loads(cli(*args)[1])
    second = json.loads(cli(*args)[1])
    assert first["already"] is False and second["already"] is True
    assert first["visit_id"] == second["visit_id"] and first["arrived_at"] == second["arrived_at"]
    code, out, _ = cli("schedule", "--date", "2026-11-30")
    assert "Arrived" in out and "김민준" in out


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("checkin", "M1", "--staff", "nobody", "--station", "Desk 1"), "no active staff"),
        (("checkin", "NOPE", "--staff", "amal", "--station", "Desk 1"), "no patient"),
        (("schedule", "--date", "2026-13-01"), "not a date"),
        (("search", "kim", "--limit", "0"), "--limit"),
        (("import", "/no/such/file.csv"), "cannot read"),
        (("demo", "--patients", "0"), "--patients"),
        (("office-zone", "Mars/Olympus"), "unknown time zone"),
    ],
)
def test_bad_input_is_one_line_on_stderr_and_status_2(cli, args, words):
    before = _audit_count(cli)
    code, _, err = cli(*args)
    assert code == 2
    assert err.count("\n") == 1 and words in err
    assert err.startswith("frontdesk: error: ")
    assert _audit_count(cli) == before  # nothing written: not even a new station


def _audit_count(cli) -> int:
    from frontdesk.store.database import open_database
    from frontdesk.store.models import AuditEvent

    db = open_database(cli.url)
    try:
        return AuditEvent.select().count()
    finally:
        db.close()


def test_a_bad_import_writes_nothing(cli, tmp_path):
    path = tmp_path / "bad.csv"
    path.write_bytes(csv_bytes([ROWS[0], ROWS[1].replace("2026-11-30T", "2026-11-31T"), ROWS[2]]))
    code, _, err = cli("import", str(path))
    assert code == 2 and "line 3, column start" in err
    assert json.loads(cli("schedule", "--date", "2026-11-30", "--json")[1]) == []


def test_the_installed_command_runs(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "frontdesk", "--db", f"sqlite:///{tmp_path}/x.db", "search", "x"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
