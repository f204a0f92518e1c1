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


CASE_CSV = (
    "mrn,date,arrival_number,arrival_from,arrival_place,arrival_time,pickup_by,stay_address,"
    "records_received,visa_letter,appointment_id,interpreter,interpreter_mode,remote_service\r\n"
    "m1,2026-11-30,sv35,RUH,BOS,2026-11-29 18:05,Logan Cars,Liberty Hotel,done,not_needed,"
    "A-1,nadia,,\r\n"
    "M1,2026-11-30,,,,,,,,,A-2,,phone,LanguageLine\r\n"
    "M2,2026-11-30,KE 91,ICN,BOS,2026-11-30 01:10,,,,done,,,,\r\n"
)


def _json_case(desk, mrn):
    code, out, err = desk("case", mrn, "--since", "2026-11-29", "--json")
    assert code == 0, err
    return json.loads(out)["stays"][0]


def test_case_import_sets_travel_checklist_and_bookings_from_a_csv(desk, tmp_path):
    path = tmp_path / "cases.csv"
    path.write_text(CASE_CSV, encoding="utf-8")
    code, out, err = desk("case-import", str(path), "--staff", "amal", "--dry-run")
    assert code == 0, err
    assert out.strip() == (
        "3 rows checked, nothing written (dry run): would change travel of 2 stay(s), "
        "3 checklist item(s), 2 interpreter booking(s)"
    )
    assert _json_case(desk, "M1")["travel"] is None  # the dry run wrote nothing
    code, out, err = desk("case-import", str(path), "--staff", "amal")
    assert code == 0 and out.startswith("3 rows imported"), err
    stay = _json_case(desk, "M1")
    assert stay["travel"]["arrival"]["number"] == "SV 35"
    # 18:05 in Boston, the airport's zone: 23:05 UTC, 18:05 office time (New York).
    assert stay["travel"]["arrival"]["at"] == "2026-11-29T18:05:00-05:00"
    assert stay["travel"]["pickup"] == {
        "booked": True,
        "by": "Logan Cars",
        "meeting_point": None,
        "at": None,
    }
    states = {line["item"]: (line["state"], line["set_by"]) for line in stay["checklist"]}
    assert states["records_received"] == ("done", "Amal Haddad")
    assert states["visa_letter"] == ("not_needed", "Amal Haddad")
    assert states["interpreter_booked"][0] == "done"  # both appointments covered
    by_id = {a["appointment_id"]: a["interpreter"] for a in stay["appointments"]}
    assert by_id["A-1"]["interpreter"] == "Nadia Haddad" and by_id["A-1"]["status"] == "booked"
    assert (by_id["A-2"]["mode"], by_id["A-2"]["remote_service"]) == ("phone", "LanguageLine")
    # Typed at Boston (BOS): 01:10 there is 01:10 office time, Monday 30 November.
    assert _json_case(desk, "M2")["travel"]["arrival"]["at"] == "2026-11-30T01:10:00-05:00"


def test_case_import_names_every_problem_and_writes_nothing(desk, tmp_path):
    bad = (
        "mrn,date,arrival_time,visa_letter,appointment_id,interpreter\r\n"
        "M1,2026-11-30,tomorrow,maybe,,\r\n"
        "M9,2026-11-30,,,,\r\n"
        "M2,2026-12-25,,,,\r\n"
        "M1,2026-11-30,,maybe,,\r\n"
        "M2,2026-11-30,,,A-3,Nadia Haddad\r\n"
        "M1,2026-11-30,,,A-3,\r\n"
        "M1,2026-11-30,2026-11-29 18:05,,,\r\n"
    )
    path = tmp_path / "bad.csv"
    path.write_text(bad, encoding="utf-8")
    code, _, err = desk("case-import", str(path), "--staff", "amal")
    assert code == 2
    for expected in (
        "7 problem(s), nothing imported",
        "line 2, column arrival_time: 'tomorrow' is not a date and time",
        "line 2, column visa_letter: 'maybe' is not a state",
        "line 3, column mrn: no patient with MRN 'M9'",
        "line 4, column date: M2 has no visit on 2026-12-25",
        "line 5, column visa_letter: 'maybe' is not",
        "line 6, column interpreter: Nadia Haddad does not speak the patient's language (ko)",
        "line 7, column appointment_id: appointment 'A-3' is another patient's",
    ):
        assert expected in err, err
    stay = _json_case(desk, "M1")
    assert stay["travel"] is None  # line 8 was fine, but nothing of the file is written
    assert all(line["set_by"] is None for line in stay["checklist"])
    path.write_text("mrn,date,flight\r\nM1,2026-11-30,SV35\r\n", encoding="utf-8")
    code, _, err = desk("case-import", str(path), "--staff", "amal")
    assert code == 2 and "line 1: unknown column(s): flight" in err
