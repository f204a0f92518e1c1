"""``frontdesk mrz``, run as a person runs it: the specimen read, a wrong digit refused by name."""

from __future__ import annotations

import json

from frontdesk.cli import main

LINE1 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<"
LINE2 = "L898902C36UTO7408122F1204159ZE184226B<<<<<10"


def test_the_specimen_as_json_with_the_expiry_warned(capsys):
    assert main(["mrz", LINE1, LINE2, "--json", "--on", "2026-12-06"]) == 0
    out, err = capsys.readouterr()
    read = json.loads(out)
    assert (read["family_name"], read["given_names"]) == ("ERIKSSON", "ANNA MARIA")
    assert (read["passport_number"], read["nationality"], read["sex"]) == ("L898902C3", "UTO", "F")
    assert (read["date_of_birth"], read["expiry"], read["expired"]) == (
        "1974-08-12",
        "2012-04-15",
        True,
    )
    assert "warning: the passport L898902C3 expired on 2012-04-15" in err


def test_a_valid_passport_reads_without_warning_and_both_lines_in_one_argument(capsys):
    assert main(["mrz", f"{LINE1}\n{LINE2}", "--on", "2012-04-15"]) == 0
    out, err = capsys.readouterr()
    assert "family name      ERIKSSON" in out and "expiry           2012-04-15" in out
    assert err == ""


def test_a_wrong_check_digit_exits_2_and_names_the_field(capsys):
    wrong = LINE2[:19] + "3" + LINE2[20:]
    assert main(["mrz", LINE1, wrong, "--json"]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert "line 2, position 20: the check digit of the date of birth is 3" in err
