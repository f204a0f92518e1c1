"""The command line never surprises: one test for each defect issue 17 found in it.

Run as a user runs it (real arguments, a real SQLite file), through ``frontdesk.cli.main``.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest

from frontdesk import clock
from frontdesk.cli import main
from frontdesk.store.database import close_database, open_database
from frontdesk.store.models import Station

from .test_cli import cli  # noqa: F401  (the fixture: a database with staff 'amal', New York)
from .test_csv_import import ROWS, csv_bytes

DAY = "2026-11-30"


def _imported(cli, tmp_path):  # noqa: F811
    path = tmp_path / "day.csv"
    path.write_bytes(csv_bytes(ROWS))
    assert cli("import", str(path))[0] == 0
    return path


def _stations(url) -> set[str]:
    open_database(url)
    try:
        return {s.name for s in Station.select()}
    finally:
        close_database()


def test_a_usage_error_is_one_line_without_the_usage(capsys):
    with pytest.raises(SystemExit) as stopped:
        main(["badge", "M1", "--staff", "amal"])  # no -o
    err = capsys.readouterr().err
    assert stopped.value.code == 2
    assert err.count("\n") == 1 and "usage:" not in err
    assert err.startswith("frontdesk badge: error: the following arguments are required: -o")
    with pytest.raises(SystemExit):
        main(["schedule", "--when", DAY])  # an option the command does not have
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "unrecognized arguments: --when" in err


# Badges are issued only for a day that is not over: these run on the morning of DAY.
MORNING = dt.datetime(2026, 11, 30, 13, 0, tzinfo=dt.UTC)


def test_a_bad_photo_is_said_in_words_not_python_objects(cli, tmp_path):  # noqa: F811
    _imported(cli, tmp_path)
    photo = tmp_path / "photo.jpg"
    photo.write_text("not a picture")
    with clock.frozen(MORNING):
        code, _, err = cli(
            "badge", "M1", "--date", DAY, "--staff", "amal", "--photo", str(photo), "-o",
            str(tmp_path / "b.pdf"),
        )  # fmt: skip
    assert code == 2 and err.count("\n") == 1
    assert "not a JPEG or PNG image" in err and " at 0x" not in err and "BytesIO" not in err


def _badges_and_audit(url) -> tuple[int, int]:
    from frontdesk.store.models import AuditEvent, Badge

    open_database(url)
    try:
        return Badge.select().count(), AuditEvent.select().where(
            AuditEvent.action.startswith("badge.")
        ).count()
    finally:
        close_database()


def test_a_badge_to_a_folder_that_does_not_exist_issues_nothing(cli, tmp_path):  # noqa: F811
    _imported(cli, tmp_path)
    missing = tmp_path / "no such folder" / "b.pdf"
    with clock.frozen(MORNING):
        code, _, err = cli(
            "badge", "M1", "--date", DAY, "--staff", "amal", "--station", "Kiosk 9", "-o",
            str(missing),
        )  # fmt: skip
        assert code == 2 and err.count("\n") == 1 and "there is no folder" in err
        assert _badges_and_audit(cli.url) == (0, 0)
        code, _, err = cli(
            "badges", "--date", DAY, "--staff", "amal", "--station", "Kiosk 9", "-o", str(missing)
        )
        assert code == 2 and "there is no folder" in err
        assert _badges_and_audit(cli.url) == (0, 0)
        assert "Kiosk 9" not in _stations(cli.url)
        code, _, err = cli("badge", "M1", "--date", DAY, "--staff", "amal", "-o", str(tmp_path))
        assert code == 2 and "it is a folder" in err and _badges_and_audit(cli.url) == (0, 0)
        # The same command with a file it can write issues, counts and audits the badge.
        good = tmp_path / "b.pdf"
        code, _, _ = cli(
            "badge", "M1", "--date", DAY, "--staff", "amal", "--station", "Kiosk 9", "-o",
            str(good),
        )  # fmt: skip
    assert code == 0 and good.read_bytes().startswith(b"%PDF")
    issued, audited = _badges_and_audit(cli.url)
    assert issued == 1 and audited >= 2  # issued and printed
    assert "Kiosk 9" in _stations(cli.url)
    assert not list(tmp_path.glob("*.partial"))


def test_a_refused_import_registers_no_station(cli, tmp_path):  # noqa: F811
    bad = tmp_path / "bad.csv"
    # The start is what the desk needs to act: a day that does not exist refuses the file (an odd
    # date of birth would only be a notice, issue 11).
    bad.write_bytes(csv_bytes([ROWS[0].replace("2026-11-30T09:00", "2026-11-31T09:00")]))
    code, _, _ = cli("import", str(bad), "--station", "Night import")
    assert code == 2
    assert "Night import" not in _stations(cli.url)


def test_a_refused_office_info_registers_no_station(cli):  # noqa: F811
    code, _, err = cli("office-info", "--name", "x" * 300, "--station", "Supervisor PC")
    assert code == 2 and "at most 200" in err
    assert "Supervisor PC" not in _stations(cli.url)
    code, _, _ = cli("office-info", "--name", "IPC", "--station", "Supervisor PC")
    assert code == 0 and "Supervisor PC" in _stations(cli.url)  # registered with the change


def test_db_never_creates_a_folder(tmp_path, capsys):
    missing = tmp_path / "typo" / "deeper" / "desk.sqlite3"
    assert main(["--db", f"sqlite:///{missing}", "schedule"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and f"there is no folder {missing.parent}" in err
    assert not (tmp_path / "typo").exists()
    assert main(["--db", str(tmp_path / "new.sqlite3"), "schedule", "--json"]) == 0  # a new file
    close_database()


def test_demo_with_no_patients_creates_no_file(tmp_path, capsys):
    target = tmp_path / "demo.sqlite3"
    assert main(["--db", str(target), "demo", "--patients", "0"]) == 2
    assert "--patients" in capsys.readouterr().err
    assert not target.exists()


def test_counts_have_their_plural_right(cli, tmp_path):  # noqa: F811
    good, bad = ROWS[2], ROWS[0].replace("2026-11-30T09:00", "2026-11-31T09:00")
    path = tmp_path / "mixed.csv"
    path.write_bytes(
        csv_bytes([bad, good, ROWS[1].replace("2026-11-30T10:30", "2026-11-31T10:30")])
    )
    code, out, _ = cli("import", str(path), "--skip-bad")
    assert code == 1
    assert "mixed.csv: 1 row imported:" in out and "2 bad rows left out:" in out
    code, out, _ = cli("schedule", "--date", DAY)
    assert out.startswith(f"{DAY}: 1 appointment\n")
    code, out, _ = cli("summary", "M2", "--date", DAY, "-o", str(tmp_path / "s.pdf"))
    assert "M2: 1 appointment, in ko" in out  # a Korean patient: the Korean catalog (issue 16)


def test_empty_results_are_said(cli):  # noqa: F811
    assert cli("search", "zzyzx")[1] == "no patient matches 'zzyzx'\n"
    assert cli("schedule", "--date", DAY)[1] == f"{DAY}: no appointments\n"
    assert cli("scans", "--date", DAY)[1] == "no scans\n"
    assert cli("onsite")[1] == "nobody on site\n"
    assert cli("staff", "deactivate", "amal")[0] == 0
    assert cli("staff", "list")[1].startswith("no active staff accounts")


def test_verify_says_validity_in_office_time(cli, tmp_path):  # noqa: F811
    from frontdesk.services.actors import actor_for
    from frontdesk.services.badges import issue_badge
    from frontdesk.store.models import Visit

    _imported(cli, tmp_path)
    open_database(cli.url)
    try:
        with clock.frozen(MORNING):
            _, token = issue_badge(Visit.get().id, actor_for("amal", "Desk 1"))
    finally:
        close_database()
    code, out, _ = cli("verify", token, "--at", f"{DAY}T10:00")
    assert code == 0
    assert "until 2026-11-30 19:00 (America/New_York)" in out and "Z" not in out.split("until")[1]


def test_summary_warns_of_a_language_it_has_no_catalog_for(cli, tmp_path):  # noqa: F811
    _imported(cli, tmp_path)
    code, out, err = cli(
        "summary", "M1", "--date", DAY, "--lang", "haw", "-o", str(tmp_path / "s.pdf")
    )
    assert code == 0 and "in en" in out
    assert err.startswith(
        "frontdesk: warning: --lang haw: no visit summary catalog for that language; "
        "printed in English\n"
    )
    # ...and of the office details the page goes without (issue 16), one line each
    assert err.count("\n") == 3 and "office's address is not set" in err
    english = cli("summary", "M1", "--date", DAY, "--lang", "en-GB", "-o", str(tmp_path / "e.pdf"))
    assert "catalog" not in english[2]


def test_companions_are_listed_with_the_ids_badges_take(cli, tmp_path):  # noqa: F811
    from frontdesk.services.actors import actor_for
    from frontdesk.services.patients import CompanionInput, add_companion, patient_by_mrn

    _imported(cli, tmp_path)
    assert cli("companions", "M1")[1] == "M1: no companions\n"
    open_database(cli.url)
    try:
        patient = patient_by_mrn("M1")
        companion = add_companion(
            patient.id,
            CompanionInput(
                family_name="Al-Qahtani",
                given_name="Sara",
                native_given_name="سارة",
                relationship="daughter",
            ),
            actor_for("amal", "Desk 1"),
        )
    finally:
        close_database()
    _, out, _ = cli("companions", "M1")
    assert out.splitlines()[0] == "M1: 1 companion"
    assert f"{companion.id}" in out and "Al-Qahtani, Sara" in out and "daughter" in out
    rows = json.loads(cli("companions", "M1", "--json")[1])
    assert rows[0]["id"] == companion.id and rows[0]["relationship"] == "daughter"
    assert cli("companions", "NOPE")[0] == 2


def test_a_deactivated_account_can_no_longer_act(cli, tmp_path):  # noqa: F811
    _imported(cli, tmp_path)
    code, out, _ = cli("staff", "deactivate", "amal")
    assert code == 0 and "deactivated staff account amal" in out
    code, _, err = cli("checkin", "M1", "--date", DAY, "--staff", "amal", "--station", "Desk 1")
    assert code == 2 and "no active staff account named 'amal'" in err
    assert cli("staff", "deactivate", "amal")[0] == 2  # not twice
    assert cli("staff", "deactivate")[0] == 2


def test_search_ranks_the_days_expected_patients_first_as_the_window_does(cli, tmp_path):  # noqa: F811
    from frontdesk.services.actors import actor_for
    from frontdesk.services.patient_input import PatientInput
    from frontdesk.services.patients import save_patient

    _imported(cli, tmp_path)  # M2 Kim Min-jun is expected on DAY
    open_database(cli.url)
    try:
        save_patient(  # an equally good match with no visit: first by MRN without --date
            PatientInput(
                mrn="A0", family_name="Kim", given_name="Min-jun", date_of_birth="1980-01-01"
            ),
            actor_for("amal", "Desk 1"),
        )
    finally:
        close_database()
    on_day = json.loads(cli("search", "kim min", "--date", DAY, "--json")[1])
    assert on_day[0]["mrn"] == "M2" and on_day[0]["expected"] is True
    assert on_day[1]["expected"] is False
    _, out, _ = cli("search", "kim min", "--date", DAY)
    assert f"expected {DAY}" in out.splitlines()[0]
    other_day = json.loads(cli("search", "kim min", "--date", "2026-12-01", "--json")[1])
    assert not any(hit["expected"] for hit in other_day)
