"""The international case from the command line, as a coordinator runs it: a real SQLite file,
real arguments, the JSON shapes scripts rely on, PDFs and CSV read back."""

from __future__ import annotations

import csv
import io
import json

import pytest

from tests.pdf_reading import pdf_text

from .test_cli import cli  # noqa: F401  (the fixture: a fresh file with staff 'amal')
from .test_csv_import import ROWS, csv_bytes


@pytest.fixture
def desk(cli, tmp_path):  # noqa: F811
    path = tmp_path / "today.csv"
    path.write_bytes(csv_bytes(ROWS))
    assert cli("import", str(path))[0] == 0
    for args in (
        (
            "Nadia Haddad",
            "--lang",
            "ar,fr",
            "--hours",
            "Mon-Fri 08:00-17:00",
            "--native-name",
            "نادية حداد",
            "--phone",
            "+1 617 555 0101",
        ),
        ("Omar Saleh", "--lang", "ar-EG", "--kind", "agency", "--agency", "LinguaCare"),
        ("Kim Ji-woo", "--lang", "ko"),
    ):
        code, _, err = cli("interpreters", "add", *args, "--staff", "amal")
        assert code == 0, err
    return cli


def test_interpreters_add_and_list(desk):
    code, out, _ = desk("interpreters", "list", "--lang", "ar", "--json")
    roster = json.loads(out)
    assert [i["name"] for i in roster] == ["Nadia Haddad", "Omar Saleh"]
    assert set(roster[0]) == {
        "id",
        "name",
        "native_name",
        "kind",
        "agency",
        "languages",
        "phone",
        "email",
        "base",
        "hours",
        "days_off",
        "active",
    }
    assert roster[0]["hours"] == "Mon-Fri 08:00-17:00" and roster[0]["phone"] == "+16175550101"
    code, out, _ = desk("interpreters", "list")
    assert "Kim Ji-woo" in out and "3 interpreters" in out
    code, _, err = desk("interpreters", "add", "Nadia Haddad", "--lang", "ar", "--staff", "amal")
    assert code == 2 and "exists already" in err
    with pytest.raises(SystemExit) as refused:  # --staff: who changes the roster
        desk("interpreters", "add", "X", "--lang", "ar")
    assert refused.value.code == 2


def test_interpreter_book_suggests_books_warns_and_changes_status(desk):
    _, out, _ = desk("interpreter-book", "A-1", "--json")
    offer = json.loads(out)
    assert offer["booking"] is None
    assert [(s["interpreter"]["name"], s["match"], s["free"]) for s in offer["suggestions"]] == [
        ("Nadia Haddad", "exact", True),
        ("Omar Saleh", "language", True),
    ]
    code, out, _ = desk("interpreter-book", "A-1", "Nadia Haddad", "--staff", "amal", "--json")
    booked = json.loads(out)
    assert code == 0 and booked["status"] == "booked" and booked["change"] == "created"
    assert set(booked) >= {"interpreter", "mode", "language", "status", "needs_review", "warnings"}
    # A-2 (10:30, 45 min) does not overlap A-1 (09:00, 30 min); a third at 09:15 would.
    code, out, _ = desk("interpreter-book", "A-2", "nadia", "--staff", "amal")
    assert code == 0 and "A-2: Nadia Haddad, booked" in out
    code, out, _ = desk("interpreter-book", "A-2", "--status", "confirmed", "--staff", "amal")
    assert "confirmed" in out
    code, _, err = desk("interpreter-book", "A-3", "Nadia Haddad", "--staff", "amal")
    assert code == 2 and "does not speak the patient's language (ko)" in err
    code, out, _ = desk(
        "interpreter-book", "A-3", "phone", "--service", "LanguageLine", "--staff", "amal", "--json"
    )
    assert json.loads(out)["mode"] == "phone"
    code, _, err = desk("interpreter-book", "A-404", "phone", "--staff", "amal")
    assert code == 2 and "no appointment 'A-404'" in err


def test_case_changes_and_shows_the_checklist_and_travel(desk):
    code, out, err = desk(
        "case",
        "M1",
        "--since",
        "2026-11-29",
        "--set",
        "records_received=done",
        "--set",
        "visa_letter=not_needed",
        "--note",
        "GCC national",
        "--travel",
        "arrival_number=sv35",
        "--travel",
        "arrival_place=BOS",
        "--travel",
        "arrival_from=RUH",
        "--travel",
        "arrival_time=2026-11-29 18:05",
        "--travel",
        "stay_address=Liberty Hotel, 215 Charles St",
        "--staff",
        "amal",
        "--json",
    )
    assert code == 0, err
    case = json.loads(out)
    assert set(case) == {"patient", "stays"} and case["patient"]["mrn"] == "M1"
    stay = case["stays"][0]
    assert set(stay) == {"visit_id", "days", "travel", "checklist", "open_items", "appointments"}
    checklist = {line["item"]: line for line in stay["checklist"]}
    assert checklist["records_received"]["state"] == "done"
    assert checklist["records_received"]["set_by"] == "Amal Haddad"
    assert checklist["visa_letter"]["note"] == "GCC national"
    assert stay["travel"]["arrival"]["at"] == "2026-11-29T18:05:00-05:00"
    assert stay["travel"]["arrival"]["number"] == "SV 35"
    assert [a["appointment_id"] for a in stay["appointments"]] == ["A-1", "A-2"]
    code, _, err = desk(
        "case", "M1", "--set", "records_received=maybe", "--staff", "amal", "--since", "2026-11-29"
    )
    assert code == 2 and "not a state" in err
    # All or nothing: a bad travel field leaves the good checklist item unwritten.
    code, _, err = desk(
        "case",
        "M1",
        "--since",
        "2026-11-29",
        "--set",
        "hotel_booked=done",
        "--travel",
        "arrival_time=soon",
        "--staff",
        "amal",
    )
    assert code == 2 and "arrival_time" in err
    code, out, _ = desk("case", "M1", "--since", "2026-11-29")
    assert "[ ] Hotel booked" in out and "[x] Medical records received" in out


def test_arrivals_json_and_pdf_and_the_case_board(desk, tmp_path):
    desk(
        "case",
        "M1",
        "--since",
        "2026-11-29",
        "--travel",
        "arrival_number=EK 237",
        "--travel",
        "arrival_place=BOS",
        "--travel",
        "arrival_time=2026-11-29 23:50",
        "--travel",
        "pickup_by=Logan Car Service",
        "--staff",
        "amal",
    )
    desk(
        "case",
        "M2",
        "--since",
        "2026-11-29",
        "--travel",
        "arrival_number=KE 85",
        "--travel",
        "arrival_place=ORD",
        "--travel",
        "arrival_time=2026-11-29 23:30",
        "--staff",
        "amal",
    )
    code, out, _ = desk("arrivals", "--date", "2026-11-29", "--json")
    sheet = json.loads(out)
    assert [m["number"] for m in sheet] == ["EK 237"]  # KE 85 lands 00:30 New York time
    assert set(sheet[0]) == {
        "visit_id",
        "patient",
        "party",
        "at",
        "at_local",
        "mode",
        "number",
        "from_or_to",
        "place",
        "pickup",
        "stay_address",
    }
    pdf = tmp_path / "arrivals.pdf"
    code, out, _ = desk("arrivals", "--date", "2026-11-30", "--pdf", str(pdf))
    assert code == 0 and "1 arrival on 2026-11-30" in out
    text = pdf_text(pdf.read_bytes())
    assert "Arrivals — Monday, November 30, 2026" in text and "KE 85" in text
    assert "김민준" in text and "23:30 local ORD" in text and "M2" not in text

    code, out, _ = desk("case-board", "--from", "2026-11-30", "--days", "7", "--json")
    board = json.loads(out)
    assert [r["patient"]["mrn"] for r in board] == ["M1", "M2"]
    assert set(board[0]) == {
        "visit_id",
        "patient",
        "first_day",
        "last_day",
        "arrival",
        "stay_address",
        "departure_at",
        "checklist",
        "open_items",
        "appointments",
        "interpreter",
    }
    assert board[0]["interpreter"] == {"needed": 2, "booked": 0, "review": 0}
    code, out, _ = desk("case-board", "--from", "2026-11-30", "--no-interpreter")
    assert "M1" in out and "M2" not in out and "1 stays" in out


def test_the_interpreters_day_sheet_pdf_and_csv(desk, tmp_path):
    desk("interpreter-book", "A-1", "Nadia Haddad", "--staff", "amal")
    desk("interpreter-book", "A-2", "Nadia Haddad", "--staff", "amal")
    pdf, sheet = tmp_path / "nadia.pdf", tmp_path / "nadia.csv"
    code, _, err = desk(
        "interpreters",
        "sheet",
        "Nadia",
        "--date",
        "2026-11-30",
        "--pdf",
        str(pdf),
        "--csv",
        str(sheet),
    )
    assert code == 0, err
    rows = list(csv.DictReader(io.StringIO(sheet.read_text(encoding="utf-8-sig"))))
    assert [(r["start"], r["patient"], r["language"]) for r in rows] == [
        ("09:00", "AL-QAHTANI, Mohammed", "ar"),
        ("10:30", "AL-QAHTANI, Mohammed", "ar"),
    ]
    assert rows[0]["place"] == "Yawkey Building, floor 5, room 512"
    assert set(rows[0]) == {
        "date",
        "start",
        "end",
        "place",
        "patient",
        "native_name",
        "language",
        "mode",
    }
    text = pdf_text(pdf.read_bytes())
    assert "Nadia Haddad" in text and "محمد القحطاني" in text and "Yawkey Building" in text
    # Minimum necessary: nothing clinical on the interpreter's sheet.
    for clinical in ("Heart Center", "Imaging", "Dr. Robert Kim", "MRI", "M1"):
        assert clinical not in text and clinical not in sheet.read_text(encoding="utf-8-sig")
