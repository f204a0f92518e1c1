"""Passport MRZs (ICAO 9303 TD3): the published specimens, and generated passports with every
check digit tried wrong.

The generated zones are made by the ``mrz`` package (PyPI, GPLv3: a test-only oracle written
by someone else, never shipped with Frontdesk), so that our reader is checked against another
reading of ICAO 9303 and not against itself.
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

import pytest
from mrz.checker.td3 import TD3CodeChecker
from mrz.generator.td3 import TD3CodeGenerator

from frontdesk.mrz import MrzError, check_digit, read_td3, split_lines

CORPUS = Path(__file__).parents[1] / "corpus" / "mrz" / "td3-specimens.txt"
TODAY = dt.date(2026, 12, 6)
ICAO_SPECIMEN = (
    "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
    "L898902C36UTO7408122F1204159ZE184226B<<<<<10",
)
# 1-based positions of line 2's check digits, and the field each one guards
CHECK_DIGITS = {
    10: "passport number",
    20: "date of birth",
    28: "expiry date",
    43: "personal number",
    44: "composite check digit",
}


def specimens() -> list[tuple[str, str]]:
    zones = []
    for block in CORPUS.read_text(encoding="ascii").split("\n\n"):
        lines = [line for line in block.splitlines() if line and not line.startswith("#")]
        if lines:
            assert len(lines) == 2, block
            zones.append((lines[0], lines[1]))
    return zones


def test_the_icao_specimen_passport():
    passport = read_td3(*ICAO_SPECIMEN, today=TODAY)
    assert passport.as_json(TODAY) == {
        "document_code": "P",
        "issuing_state": "UTO",
        "family_name": "ERIKSSON",
        "given_names": "ANNA MARIA",
        "passport_number": "L898902C3",
        "nationality": "UTO",
        "date_of_birth": "1974-08-12",
        "sex": "F",
        "expiry": "2012-04-15",
        "expired": True,
        "personal_number": "ZE184226B",
    }
    assert not passport.expired(dt.date(2012, 4, 15))  # valid through its last day
    assert passport.expired(dt.date(2012, 4, 16))


def test_the_2006_specimen_and_the_german_one():
    old = read_td3(
        "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
        "L898902C<3UTO6908061F9406236ZE184226B<<<<<14",
        today=TODAY,
    )
    assert (old.passport_number, old.date_of_birth, old.expiry) == (
        "L898902C",
        dt.date(1969, 8, 6),
        dt.date(1994, 6, 23),
    )
    german = read_td3(
        "P<D<<MUSTERMANN<<ERIKA<<<<<<<<<<<<<<<<<<<<<<",
        "C01X0006H1D<<6408125F1710319<<<<<<<<<<<<<<<0",
        today=TODAY,
    )
    assert (german.issuing_state, german.nationality, german.personal_number) == ("D", "D", "")
    assert (german.family_name, german.given_names) == ("MUSTERMANN", "ERIKA")


def test_every_published_zone_is_judged_as_an_independent_checker_judges_it():
    judged = {"read": 0, "refused": 0}
    for line1, line2 in specimens():
        theirs = bool(TD3CodeChecker(f"{line1}\n{line2}", check_expiry=False))
        try:
            passport = read_td3(line1, line2, today=TODAY)
        except MrzError as error:
            assert not theirs, (line1, line2, str(error))
            assert error.field in CHECK_DIGITS.values()
            judged["refused"] += 1
            continue
        assert theirs, (line1, line2)
        assert passport.passport_number == line2[:9].rstrip("<")
        judged["read"] += 1
    # JMRTD's samples include two zones whose digits are wrong (JMRTD does not check them)
    assert judged == {"read": 13, "refused": 2}


def test_a_filler_check_digit_on_a_personal_number_that_is_there_is_refused():
    with pytest.raises(MrzError) as caught:
        read_td3(
            "P<NLDMEULENDIJK<<LOES<ALBERTINE<<<<<<<<<<<<<",
            "XX00000000NLD7110195F1108280123456782<<<<<<2",
            today=TODAY,
        )
    assert caught.value.field == "personal number" and caught.value.position == 43


def generated_passports(count: int, seed: int = 19):
    rng = random.Random(seed)
    families = ["Al-Qahtani", "Müller", "O'Neil", "Nguyen", "Ivanova", "da Silva", "Kim", "Øberg"]
    givens = ["Mohammed Abdullah", "Jürgen", "Anna María", "Thi Lan", "Olga", "João Pedro", "Min"]
    states = ["SAU", "D", "GBR", "VNM", "RUS", "BRA", "KOR", "NOR", "ARE", "KWT", "USA", "CHN"]
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    for _ in range(count):
        birth = dt.date(1930, 1, 1) + dt.timedelta(days=rng.randrange(0, 95 * 365))
        expiry = dt.date(2015, 1, 1) + dt.timedelta(days=rng.randrange(0, 20 * 365))
        number = "".join(rng.choice(letters) for _ in range(rng.randint(6, 9)))
        personal = "".join(rng.choice(letters) for _ in range(rng.choice([0, 0, 8, 14])))
        state = rng.choice(states)
        code = TD3CodeGenerator(
            "P",
            state,
            rng.choice(families),
            rng.choice(givens),
            number,
            state,
            birth.strftime("%y%m%d"),
            rng.choice("FMX"),
            expiry.strftime("%y%m%d"),
            personal,
        )
        line1, line2 = str(code).split("\n")
        yield line1, line2, number, birth, expiry, personal


def test_generated_passports_read_back():
    for line1, line2, number, birth, expiry, personal in generated_passports(300):
        passport = read_td3(line1, line2, today=TODAY)
        assert passport.passport_number == number
        assert passport.date_of_birth == birth
        assert passport.expiry == expiry
        assert passport.personal_number == personal
        assert passport.expired(TODAY) == (expiry < TODAY)


def test_every_check_digit_tried_wrong_is_refused_with_its_field_named():
    tried = 0
    for line1, line2, *_ in generated_passports(60, seed=7):
        for position, field in CHECK_DIGITS.items():
            right = line2[position - 1]
            # an empty personal number's digit is < or 0 (both say "nothing here")
            empty = position == 43 and set(line2[28:42]) == {"<"}
            accepted = {"<", "0"} if empty else {right}
            for wrong in "0123456789<":
                if wrong in accepted:
                    continue
                bad = line2[: position - 1] + wrong + line2[position:]
                with pytest.raises(MrzError) as caught:
                    read_td3(line1, bad, today=TODAY)
                assert caught.value.field == field, (bad, str(caught.value))
                assert caught.value.position == position
                assert f"line 2, position {position}" in str(caught.value)
                tried += 1
    assert tried >= 60 * 5 * 9


def test_one_misread_character_in_a_field_is_caught_by_that_fields_digit():
    line1, line2 = ICAO_SPECIMEN
    for position, field in [(3, "passport number"), (16, "date of birth"), (24, "expiry date")]:
        for wrong in "0123456789":
            if wrong == line2[position - 1]:
                continue
            bad = line2[: position - 1] + wrong + line2[position:]
            with pytest.raises(MrzError) as caught:
                read_td3(line1, bad, today=TODAY)
            assert caught.value.field == field


def test_a_date_that_does_not_exist_is_refused_even_with_a_right_check_digit():
    line1, line2 = ICAO_SPECIMEN
    body = "741312"  # month 13
    bad = line2[:13] + body + str(check_digit(body)) + line2[20:43]
    bad += str(check_digit(bad[0:10] + bad[13:20] + bad[21:43]))
    with pytest.raises(MrzError) as caught:
        read_td3(line1, bad, today=TODAY)
    assert caught.value.field == "date of birth" and "not a date" in str(caught.value)


@pytest.mark.parametrize(
    ("line1", "line2", "field", "words"),
    [
        (ICAO_SPECIMEN[0][:-1], ICAO_SPECIMEN[1], "zone", "has 43"),
        (ICAO_SPECIMEN[0], ICAO_SPECIMEN[1].replace("ZE18", "ZE-8"), "zone", "'-' is not"),
        ("I" + ICAO_SPECIMEN[0][1:], ICAO_SPECIMEN[1], "document code", "starts with I"),
        ("P<UTO" + "<" * 39, ICAO_SPECIMEN[1], "name", "empty"),
        (ICAO_SPECIMEN[0], ICAO_SPECIMEN[1][:20] + "Q" + ICAO_SPECIMEN[1][21:], "sex", "F, M"),
        # no check digit covers the states: an OCR's SA0 (read SAO) for SAU is caught by name
        (ICAO_SPECIMEN[0], ICAO_SPECIMEN[1].replace("UTO", "SAO"), "nationality", "SAO is not"),
        (ICAO_SPECIMEN[0].replace("UTO", "UT0"), ICAO_SPECIMEN[1], "issuing state", "UT0 is not"),
    ],
)
def test_what_is_not_a_passport_zone_is_named(line1, line2, field, words):
    with pytest.raises(MrzError) as caught:
        read_td3(line1, line2, today=TODAY)
    assert caught.value.field == field and words in str(caught.value)


def test_what_a_reader_types_or_a_person_pastes():
    line1, line2 = ICAO_SPECIMEN
    for typed in (
        f"{line1}\r\n{line2}\r\n",  # a keyboard-wedge reader: Enter after each line
        f"{line1}\t{line2}",
        f"  {line1.lower()}\n{line2.lower()}  ",  # Caps Lock
        line1 + line2,  # 88 characters run together
    ):
        assert split_lines(typed) == ICAO_SPECIMEN
    with pytest.raises(MrzError, match="found 1 line"):
        split_lines(line1)
    with pytest.raises(MrzError, match="found 3 lines"):
        split_lines(f"{line1}\n{line2}\n{line2}")


def test_two_digit_years_of_birth_are_placed_in_the_past():
    line1, line2 = ICAO_SPECIMEN
    for yymmdd, year in [("260101", 2026), ("261231", 1926), ("000229", 2000)]:
        body = line2[:13] + yymmdd + str(check_digit(yymmdd)) + line2[20:43]
        body += str(check_digit(body[0:10] + body[13:20] + body[21:43]))
        assert read_td3(line1, body, today=TODAY).date_of_birth.year == year
