"""``frontdesk letter``, ``letters``, ``revoke-letter``, ``verify-letter`` (with the register,
and offline with the published key), ``letter-keys`` and ``companion-passport``, as a person
runs them."""

from __future__ import annotations

import datetime as dt
import json

from frontdesk import clock
from frontdesk.store.database import close_database, open_database
from tests.pdf_reading import pdf_text, qr_codes

from .test_cli import cli  # noqa: F401  (the fixture: a database with staff 'amal', New York)
from .test_cli_defects import DAY, _imported

BEFORE = dt.datetime(2026, 11, 16, 15, tzinfo=dt.UTC)
SON = (  # made by the mrz package (an independent ICAO 9303 writer)
    "P<SAUAL<QAHTANI<<FAISAL<<<<<<<<<<<<<<<<<<<<<",
    "T7654321<7SAU9901100M3001019<<<<<<<<<<<<<<02",
)


def _with_companions(cli, tmp_path):  # noqa: F811
    from frontdesk.services.actors import actor_for
    from frontdesk.services.patients import CompanionInput, add_companion, patient_by_mrn

    _imported(cli, tmp_path)
    open_database(cli.url)
    try:
        actor = actor_for("amal", "Desk 1")
        patient = patient_by_mrn("M1")
        wife = CompanionInput("Al-Qahtani", "Noura", passport_no="S12345678", nationality="SAU")
        add_companion(patient.id, wife, actor)
        son = add_companion(patient.id, CompanionInput("Al-Qahtani", "Faisal"), actor)
    finally:
        close_database()
    return son.id


def test_letter_issued_verified_revoked_and_checked_offline(cli, tmp_path):  # noqa: F811
    son = _with_companions(cli, tmp_path)
    out_pdf = tmp_path / "letter.pdf"
    with clock.frozen(BEFORE):
        code, _, err = cli("letter", "M1", "--date", DAY, "--staff", "amal", "-o", str(out_pdf))
        assert code == 2 and "companion Faisal AL-QAHTANI has no passport number" in err
        assert not out_pdf.exists()
        code, out, err = cli("companion-passport", str(son), "--mrz", *SON, "--staff", "amal")
        assert code == 0, err
        assert "FAISAL AL QAHTANI  T7654321  SAU  born 1999-01-10" in out
        code, out, err = cli(
            "letter", "M1", "--kind", "visa", "--date", DAY, "--staff", "amal",
            "-o", str(out_pdf), "--json",
        )  # fmt: skip
    assert code == 0, err
    issued = json.loads(out)
    pdf = out_pdf.read_bytes()
    text = pdf_text(pdf)
    assert issued["number"] in text and "T7654321" in text and "S98765432" in text
    assert "رقم جواز السفر" in text  # the patient speaks Arabic: the letter's second page
    token = qr_codes(pdf)[0][0]
    assert token == issued["token"]

    code, out, _ = cli("verify-letter", token, "--on", DAY)
    assert code == 0 and out.startswith(f"valid: letter {issued['number']}")
    assert "T7654321" in out

    code, out, _ = cli("letter-keys")
    key_file = tmp_path / "keys.pem"
    key_file.write_text(out)
    assert out.startswith("# key 1\n-----BEGIN PUBLIC KEY-----")
    code, out, _ = cli("verify-letter", token, "--key", str(key_file), "--on", DAY, "--json")
    offline = json.loads(out)
    assert code == 0 and offline["valid"] and offline["revocation_checked"] is False

    code, out, _ = cli("letters", "M1", "--json")
    (line,) = json.loads(out)
    assert (line["number"], line["travellers"], line["revoked_at"]) == (issued["number"], 3, None)

    code, out, err = cli(
        "revoke-letter", issued["number"], "--reason", "visa refused", "--staff", "amal"
    )
    assert code == 0, err
    code, out, _ = cli("verify-letter", token, "--on", DAY)
    assert code == 1 and out.strip() == "refused: revoked"
    code, out, _ = cli("letters")
    assert "revoked: visa refused" in out
    forged = token[:60] + ("A" if token[60] != "A" else "B") + token[61:]
    assert cli("verify-letter", forged, "--on", DAY)[1].strip() == "refused: bad_signature"
    assert cli("verify-letter", forged, "--key", str(key_file), "--on", DAY)[0] == 1
