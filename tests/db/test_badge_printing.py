"""Printing badges from the database: a holder's badge, reprint, replace, the day's batch and
the CLI, each read back from the PDF as a door and a person would."""

from __future__ import annotations

import datetime as dt

import pytest

from frontdesk.badge_token import HolderType
from frontdesk.cli import main
from frontdesk.errors import InputError
from frontdesk.printing.badge_layouts import layout_named
from frontdesk.printing.badge_pdf import Cancelled
from frontdesk.services.badge_printing import (
    day_batch,
    neutral_destination,
    print_holder_badge,
    replace_and_print,
    reprint_badge,
)
from frontdesk.services.badges import verify_badge
from frontdesk.services.checkin import check_in
from frontdesk.services.patients import CompanionInput, add_companion
from frontdesk.store.database import close_database
from frontdesk.store.models import AuditEvent, Badge
from tests.pdf_reading import pdf_text, qr_codes

from .helpers import BADGE_DAY as DAY
from .helpers import BADGE_MORNING as RUNS_AT  # noqa: F401 (tests/conftest.py)
from .helpers import NEW_YORK, book, make_patient

NOON = dt.datetime.combine(DAY, dt.time(12), tzinfo=NEW_YORK)
CR80 = layout_named("cr80")


def _only_token(pdf: bytes) -> str:
    (page,) = qr_codes(pdf)
    (token,) = page
    return token


@pytest.fixture
def visit(actor):
    patient = make_patient(
        actor,
        mrn="MRN7781",
        family="Haddad",
        given="Layla",
        native_family_name="حداد",
        native_given_name="ليلى",
        date_of_birth="1961-03-14",
        passport_no="P9921873",
        nationality="LBN",
        phone="+961 3 123 456",
    )
    appointment = book(
        actor,
        patient,
        "A1",
        9,
        department="Cancer Center",
        location="Yawkey Building, floor 7, room 712",
        day=DAY,
    )
    return appointment.visit


def test_patient_badge_shows_what_a_door_needs_and_nothing_else(actor, visit):
    badge, pdf = print_holder_badge(visit.id, actor, CR80)
    token = _only_token(pdf)
    check = verify_badge(token, NOON)
    assert check.verdict.valid and check.verdict.badge_id == badge.id
    text = " ".join(pdf_text(pdf).split())
    assert "Layla HADDAD" in text and "ليلى حداد" in text and "PATIENT" in text
    assert "Yawkey Building, floor 7" in text and "712" not in text  # no room, no department
    for forbidden in ("MRN7781", "1961", "P9921873", "LBN", "Leban", "123 456", "Cancer"):
        assert forbidden not in text
    assert Badge.get_by_id(badge.id).print_count == 1
    printed = AuditEvent.select().where(AuditEvent.action == "badge.print").count()
    assert printed == 1


def test_companion_badge_does_not_name_the_patient(actor, visit):
    companion = add_companion(visit.patient_id, CompanionInput("Khoury", "Omar"), actor)
    _badge, pdf = print_holder_badge(visit.id, actor, CR80, companion_id=companion.id)
    text = pdf_text(pdf)
    assert "Omar KHOURY" in text and "COMPANION" in text
    assert "Layla" not in text and "HADDAD" not in text and "حداد" not in text
    assert verify_badge(_only_token(pdf), NOON).verdict.holder == HolderType.COMPANION

    interpreter = add_companion(
        visit.patient_id, CompanionInput("Saad", "Rami", relationship="Interpreter"), actor
    )
    _badge, pdf = print_holder_badge(visit.id, actor, CR80, companion_id=interpreter.id)
    assert "INTERPRETER" in pdf_text(pdf)


def test_printing_again_reuses_the_badge_and_reprint_counts(actor, visit):
    badge, first = print_holder_badge(visit.id, actor, CR80)
    again, second = print_holder_badge(visit.id, actor, layout_named("badge-4x3"))
    assert again.id == badge.id and _only_token(first) == _only_token(second)
    same, third = reprint_badge(badge.id, actor, CR80)
    assert same.id == badge.id and _only_token(third) == _only_token(first)
    assert Badge.get_by_id(badge.id).print_count == 3


def test_replace_refuses_the_old_badge_and_prints_a_new_generation(actor, visit):
    badge, first = print_holder_badge(visit.id, actor, CR80)
    new, pdf = replace_and_print(badge.id, actor, CR80, reason="lost in the cafeteria")
    assert new.generation == 2 and f"B-{new.id}/2" in pdf_text(pdf)
    assert verify_badge(_only_token(first), NOON).verdict.reason.value == "superseded"
    assert verify_badge(_only_token(pdf), NOON).verdict.valid
    with pytest.raises(InputError):
        reprint_badge(badge.id, actor, CR80)  # a replaced badge is never printed again


def test_a_badge_signed_at_another_desk_is_replaced_not_copied(actor, visit, _isolated_home):
    badge, _pdf = print_holder_badge(visit.id, actor, CR80)
    for key_file in (_isolated_home / "keys").glob("*.pem"):
        key_file.unlink()  # this desk never had the key that signed it
    new, pdf = reprint_badge(badge.id, actor, CR80)
    assert new.id != badge.id and new.generation == 2
    assert verify_badge(_only_token(pdf), NOON).verdict.valid


def test_treatment_stay_badge_runs_several_days(actor, visit):
    until = dt.datetime.combine(DAY + dt.timedelta(days=4), dt.time(19), tzinfo=NEW_YORK)
    _badge, pdf = print_holder_badge(visit.id, actor, CR80, valid_until=until)
    last = DAY + dt.timedelta(days=4)
    assert f"Valid {DAY:%d %b} – {last:%d %b %Y}" in pdf_text(pdf)
    later = dt.datetime.combine(DAY + dt.timedelta(days=3), dt.time(9), tzinfo=NEW_YORK)
    assert verify_badge(_only_token(pdf), later).verdict.valid


def test_day_batch_prints_expected_patients_and_companions(actor, visit):
    add_companion(visit.patient_id, CompanionInput("Haddad", "Omar"), actor)
    second = make_patient(
        actor,
        mrn="MRN2",
        family="Kim",
        given="Min-jun",
        native_family_name="김",
        native_given_name="민준",
    )
    book(actor, second, "A2", 10, location="Wang Building, floor 3, room 301", day=DAY)
    arrived = make_patient(actor, mrn="MRN3", family="Ivanov", given="Dmitry")
    book(actor, arrived, "A3", 11, day=DAY)
    check_in(arrived.id, DAY, actor)  # here already: had a badge at the desk
    elsewhere = make_patient(actor, mrn="MRN4", family="Wang", given="Xiaoming")
    book(actor, elsewhere, "A4", 11, day=DAY + dt.timedelta(days=1))

    calls = []

    def cancel_at_two(done, total):
        calls.append((done, total))
        return done < 2

    with pytest.raises(Cancelled):
        day_batch(DAY, actor, layout_named("sheet-a4"), progress=cancel_at_two)
    assert calls == [(1, 3), (2, 3)]
    issued = Badge.select().count()
    assert issued == 3 and all(b.print_count == 0 for b in Badge.select())

    batch = day_batch(DAY, actor, layout_named("sheet-a4"))
    assert (batch.badges, batch.patients) == (3, 2)
    assert Badge.select().count() == issued  # the cancelled batch's badges, not new ones
    tokens = qr_codes(batch.pdf)[0]
    assert len(tokens) == 3 and all(verify_badge(t, NOON).verdict.valid for t in tokens)
    text = pdf_text(batch.pdf)
    assert "Min-jun KIM" in text and "김민준" in text and "Omar HADDAD" in text
    assert "Dmitry" not in text and "Xiaoming" not in text
    with pytest.raises(InputError):
        day_batch(DAY + dt.timedelta(days=7), actor, layout_named("sheet-a4"))


def test_neutral_destination_keeps_building_and_floor_only():
    assert neutral_destination(["Yawkey Building, floor 7, room 712"]) == "Yawkey Building, floor 7"
    assert (
        neutral_destination(
            [
                "Wang Building, floor 3, room 301",
                "Yawkey Building, floor 7",
                "Wang Building, floor 3",
            ]
        )
        == "Wang Building, floor 3 · Yawkey Building, floor 7"
    )
    assert neutral_destination(["Oncology clinic 4", None, ""]) is None
    # A building named for a condition, or for the appointment's department, is left off.
    assert neutral_destination(["Cancer Center, floor 7, room 712"]) is None
    assert neutral_destination(["Oncology Pavilion, level 2"]) is None
    assert neutral_destination(["Ellison Building, floor 2"], ["Ellison"]) is None
    assert (
        neutral_destination(["Cancer Center, floor 7", "Wang Building, floor 3"], ["Cancer Center"])
        == "Wang Building, floor 3"
    )


def test_cli_badge_and_batch(actor, visit, db_url, tmp_path, capsys):
    close_database()
    out = tmp_path / "badge.pdf"
    day = ["--date", DAY.isoformat()]
    as_amal = ["--staff", "amal"]
    args = ["--db", db_url, "badge", "MRN7781", *day, "--layout", "dymo-30857", *as_amal]
    assert main([*args, "-o", str(out)]) == 0
    assert "Layla HADDAD" in capsys.readouterr().out
    assert verify_badge(_only_token(out.read_bytes()), NOON).verdict.valid

    sheet = tmp_path / "day.pdf"
    assert main(["--db", db_url, "badges", *day, *as_amal, "-o", str(sheet)]) == 0
    assert "1 badges for 1 patients" in capsys.readouterr().out
    assert qr_codes(sheet.read_bytes())[0] == [_only_token(out.read_bytes())]
    assert Badge.get().print_count == 2  # counted once written: the badge, then the sheet
    printed = AuditEvent.select().where(AuditEvent.action == "badge.print")
    assert [e.staff.username for e in printed] == ["amal", "amal"]

    bad = tmp_path / "bad.pdf"
    badge = ["--db", db_url, "badge", "MRN7781"]
    assert main([*badge, *as_amal, "--layout", "a5", "-o", str(bad)]) == 2
    assert "no badge layout 'a5'" in capsys.readouterr().err and not bad.exists()
    assert (
        main(
            [
                *badge,
                *day,
                *as_amal,
                "--until",
                (DAY - dt.timedelta(days=29)).isoformat(),
                "-o",
                str(bad),
            ]
        )
        == 2
    )
    assert "before the visit day" in capsys.readouterr().err and not bad.exists()
    assert main([*badge, *day, "--staff", "nobody", "-o", str(bad)]) == 2
    assert "no active staff account" in capsys.readouterr().err and not bad.exists()


def test_new_dates_and_destination_reach_the_new_generation(actor, visit):
    badge, _pdf = print_holder_badge(visit.id, actor, CR80)
    until = dt.datetime.combine(DAY + dt.timedelta(days=2), dt.time(19), tzinfo=NEW_YORK)
    new, pdf = print_holder_badge(
        visit.id, actor, CR80, destination="Wang Building, floor 3", valid_until=until
    )
    assert new.generation == 2 and new.destination == "Wang Building, floor 3"
    assert new.valid_until == until and "Wang Building, floor 3" in pdf_text(pdf)
    assert Badge.get_by_id(badge.id).superseded_at is not None


def test_a_key_file_of_another_database_is_not_used(actor, visit, _isolated_home):
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    # The desk first ran on its own file: it has a key file numbered 1 that this database's
    # key 1 is not.
    keys = _isolated_home / "keys"
    keys.mkdir(parents=True)
    stranger = Ed25519PrivateKey.generate().private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    (keys / "badge-signing-1.pem").write_bytes(stranger)
    _badge, pdf = print_holder_badge(visit.id, actor, CR80)
    assert verify_badge(_only_token(pdf), NOON).verdict.valid  # not "forged"
    assert list(keys.glob("badge-signing-1.*.unused.pem"))  # kept aside, not deleted


def test_the_font_check_comes_before_the_badge_is_issued(actor, visit):
    """A passport name no font prints is refused before any badge exists (it used to be
    issued, valid and unprinted, then refused at drawing); a native name no font prints is
    left off, and the desk is told (issue 16)."""
    from frontdesk.printing.fonts import UncoveredText
    from frontdesk.services.badge_printing import names_left_off

    odd = add_companion(visit.patient_id, CompanionInput("Ur", "𒀭𒊩𒌆"), actor)
    before = Badge.select().count()
    with pytest.raises(UncoveredText, match="U\\+1202D"):
        print_holder_badge(visit.id, actor, CR80, companion_id=odd.id)
    assert Badge.select().count() == before  # nothing issued, nothing to revoke
    assert not AuditEvent.select().where(AuditEvent.action == "badge.issue").count()

    ninsun = add_companion(
        visit.patient_id, CompanionInput("Ur", "Ninsun", native_family_name="𒀭𒊩𒌆"), actor
    )
    badge, pdf = print_holder_badge(visit.id, actor, CR80, companion_id=ninsun.id)
    assert badge.native_name is None and "Ninsun UR" in pdf_text(pdf)
    (note,) = names_left_off([(badge, "")])
    assert "Ninsun UR" in note and "U+1202D" in note and "passport name" in note
