"""Visa invitation letters: a patient with two companions, the letter rendered and read back
(pypdf text, the QR decoded by zxing-cpp and verified), revoked, forged, and the register."""

from __future__ import annotations

import base64
import datetime as dt
import json

import pytest

from frontdesk import clock
from frontdesk.errors import ConflictError, InputError
from frontdesk.letter_token import LetterReason
from frontdesk.printing.letter_pdf import render_letter
from frontdesk.services.case_terms import CheckItem, ItemState
from frontdesk.services.checklist import checklist_of
from frontdesk.services.clearance import set_estimate
from frontdesk.services.companion_passports import set_companion_passport
from frontdesk.services.letters import (
    issue_letter,
    letter_content,
    register,
    revoke_letter,
    token_of,
    verify_letter,
)
from frontdesk.services.patients import CompanionInput, add_companion
from frontdesk.store.clearance_models import VisaLetter
from frontdesk.store.models import AuditEvent, BadgeKey
from tests.pdf_reading import pdf_text, qr_codes

from .helpers import DAY, book, make_patient

ISSUED = dt.datetime(2026, 11, 2, 15, tzinfo=dt.UTC)  # four weeks before the stay


def letter_item(visit_id: int) -> ItemState:
    return next(i.state for i in checklist_of(visit_id) if i.item == CheckItem.VISA_LETTER)


@pytest.fixture
def family(actor):
    """Mohammed Al-Qahtani (SAU, speaks Arabic), two days of appointments, two companions
    with passports (one typed, one read from the MRZ), an estimate of SAR 48,750.50."""
    patient = make_patient(
        actor,
        "M1",
        family="Al-Qahtani",
        given="Mohammed",
        native_family_name="القحطاني",
        native_given_name="محمد",
        nationality="SAU",
        passport_no="S98765432",
        preferred_language="ar",
        date_of_birth="1970-02-14",
    )
    visit = book(actor, patient, "A-1", 9).visit_id
    book(actor, patient, "A-2", 10, day=DAY + dt.timedelta(days=1))
    wife = add_companion(
        patient.id,
        CompanionInput(
            "Al-Qahtani",
            "Noura",
            relationship="wife",
            passport_no="S12345678",
            nationality="SAU",
            date_of_birth="1974-06-02",
        ),
        actor,
    )
    son = add_companion(patient.id, CompanionInput("Qahtani", "Faisal", relationship="son"), actor)
    from mrz.generator.td3 import TD3CodeGenerator  # an independent MRZ writer

    line1, line2 = str(
        TD3CodeGenerator(
            "P", "SAU", "Al-Qahtani", "Faisal Mohammed", "T7654321", "SAU", "990110", "M",
            "300101",
        )
    ).split("\n")  # fmt: skip
    from frontdesk.mrz import read_td3

    set_companion_passport(son.id, actor, zone=read_td3(line1, line2, today=DAY))
    set_estimate(visit, "48,750.50", "SAR", actor, today=DAY)
    return patient, visit, wife, son


def issue(patient, actor, **options):
    with clock.frozen(ISSUED):
        return issue_letter(patient.id, actor, day=DAY - dt.timedelta(days=20), **options)


def test_a_letter_for_a_patient_and_two_companions_renders_reads_back_and_verifies(actor, family):
    patient, visit, *_ = family
    letter, token = issue(patient, actor)
    assert letter.number == f"VL-2026-{letter.id:05d}"
    content = letter_content(letter)
    assert [(t["role"], t["passport_no"]) for t in content["travellers"]] == [
        ("patient", "S98765432"),
        ("companion", "S12345678"),
        ("companion", "T7654321"),
    ]
    # the son's passport name is the MRZ's: "Qahtani" as typed became the passport's spelling
    assert (content["travellers"][2]["family_name"], content["travellers"][2]["given_name"]) == (
        "AL QAHTANI",
        "FAISAL MOHAMMED",
    )
    assert content["estimate"] == {"amount": "48750.50", "currency": "SAR"}
    assert (content["first_day"], content["last_day"]) == ("2026-11-30", "2026-12-01")
    assert letter_item(visit) == ItemState.DONE

    pdf = render_letter(content, token, key_id=letter.key_id, language="ar")
    text = pdf_text(pdf)
    english, arabic = text.split("خطاب دعوة لغرض التأشيرة", 1)
    english = " ".join(english.split())  # lines wrapped where the page is full
    for words in (
        "Visa invitation letter",
        letter.number,
        "Mohammed AL-QAHTANI",
        "Noura AL-QAHTANI",
        "FAISAL MOHAMMED AL QAHTANI",
        "Passport number: S98765432",
        "Passport number: S12345678",
        "Passport number: T7654321",
        "Nationality: SAU",
        "medical consultation and treatment",
        "November 30, 2026",
        "December 1, 2026",
        "Estimated cost of treatment: SAR48,750.50",
        "Amal Haddad",
    ):
        assert words in english, words
    for words in ("S98765432", "S12345678", "T7654321", "رقم جواز السفر", "الاستشارة الطبية"):
        assert words in arabic, words
    # minimum necessary: no MRN, no department, no clinician, no native-script name
    for absent in ("M1 ", "Heart", "Dr.", "القحطاني"):
        assert absent not in english
    pages = qr_codes(pdf)
    assert pages == [[token], [token]]
    check = verify_letter(pages[0][0], on=DAY)
    assert check.valid and check.number == letter.number
    assert [t["passport_no"] for t in check.as_json()["travellers"]] == [
        "S98765432",
        "S12345678",
        "T7654321",
    ]
    assert token_of(letter) == token  # a reprint is the same letter


def test_a_revoked_letter_is_refused_and_the_checklist_reopens(actor, family):
    patient, visit, *_ = family
    letter, token = issue(patient, actor)
    revoked = revoke_letter(letter.number, actor, reason="travel cancelled")
    assert revoked.revoked_reason == "travel cancelled"
    check = verify_letter(token, on=DAY)
    assert not check.valid and check.verdict.reason == LetterReason.REVOKED
    assert letter_item(visit) == ItemState.OPEN
    with pytest.raises(ConflictError, match="already revoked"):
        revoke_letter(letter.number, actor, reason="again")
    changes = AuditEvent.select().where(AuditEvent.object_type == "visa_letter")
    actions = [a.action for a in changes.order_by(AuditEvent.id)]
    assert actions == ["letter.issue", "letter.revoke"]
    line = register(patient.id)[0]
    assert (line.number, line.travellers, line.issued_by, line.revoked_reason) == (
        letter.number,
        3,
        "Amal Haddad",
        "travel cancelled",
    )


def test_forged_letters_are_refused(actor, family):
    patient, *_ = family
    letter, token = issue(patient, actor)
    raw = bytearray(base64.b32decode(token + "=" * (-len(token) % 8)))

    def encoded(data: bytes) -> str:
        return base64.b32encode(bytes(data)).decode().rstrip("=")

    # a later validity typed into the token: the signature no longer matches
    later = bytearray(raw)
    later[14] ^= 0x01
    assert verify_letter(encoded(later), on=DAY).verdict.reason == LetterReason.BAD_SIGNATURE
    # a letter the register holds otherwise: its content changed after issue
    VisaLetter.update(content=letter.content.replace("S12345678", "S00000000")).where(
        VisaLetter.id == letter.id
    ).execute()
    VisaLetter.update(digest="0" * 64).where(VisaLetter.id == letter.id).execute()
    assert verify_letter(token, on=DAY).verdict.reason == LetterReason.NOT_AS_ISSUED
    # signed by a key that is not the office's
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from frontdesk.letter_token import LetterClaims, sign

    stranger = sign(
        LetterClaims(letter.key_id, letter.id, DAY, DAY, bytes(11)), Ed25519PrivateKey.generate()
    )
    assert verify_letter(stranger, on=DAY).verdict.reason == LetterReason.BAD_SIGNATURE
    # a badge's token is not a letter; junk is malformed; after the stay it has expired
    from frontdesk.services.badges import issue_badge

    with clock.frozen(dt.datetime(2026, 11, 30, 13, tzinfo=dt.UTC)):
        _, badge_token = issue_badge(letter.visit_id, actor)
    assert verify_letter(badge_token, on=DAY).verdict.reason == LetterReason.NOT_A_LETTER
    assert verify_letter("not a letter", on=DAY).verdict.reason == LetterReason.MALFORMED
    BadgeKey.update(retired_at=ISSUED).execute()
    assert verify_letter(token, on=DAY).verdict.reason == LetterReason.UNKNOWN_KEY


def test_a_letter_expires_after_the_stay(actor, family):
    patient, *_ = family
    _, token = issue(patient, actor)
    assert verify_letter(token, on=DAY + dt.timedelta(days=1)).valid
    assert verify_letter(token, on=DAY + dt.timedelta(days=2)).verdict.reason == (
        LetterReason.EXPIRED
    )


def test_a_companion_without_a_passport_number_is_refused_by_name(actor, family):
    patient, *_ = family
    add_companion(patient.id, CompanionInput("Al-Qahtani", "Reem", relationship="daughter"), actor)
    with pytest.raises(InputError, match="companion Reem AL-QAHTANI has no passport number"):
        issue(patient, actor)
    assert VisaLetter.select().count() == 0  # nothing registered


def test_chosen_companions_and_the_purpose_level(actor, family):
    patient, _, wife, _ = family
    letter, _ = issue(patient, actor, companion_ids=[wife.id], purpose="second_opinion")
    content = letter_content(letter)
    assert len(content["travellers"]) == 2 and content["purpose"] == "second_opinion"
    text = " ".join(pdf_text(render_letter(content, "A" * 144, key_id=1, language="en")).split())
    assert "a medical second opinion" in text and "FAISAL" not in text and "Noura" in text
    with pytest.raises(InputError, match="purpose 'diagnosis' is not one of"):
        issue(patient, actor, purpose="diagnosis")
    assert json.loads(letter.content)["coordinator"] == "Amal Haddad"
