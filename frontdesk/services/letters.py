"""Visa invitation letters: issued into a register, signed, revoked, verified.

    letter, token = issue_letter(patient.id, actor, day=date(2026, 11, 30), language="ar")
    letter.number                       # "VL-2026-00017"
    verify_letter(token)                # LetterCheck: valid, or refused with a reason
    revoke_letter("VL-2026-00017", actor, reason="travel cancelled")
    register(patient_id=None)           # every letter: number, patient, issued by, revoked

A letter names the patient and the companions travelling with them exactly as in their
passports (Latin name, passport number, nationality, date of birth), the purpose at the level
the office chose (default: medical consultation and treatment, never a diagnosis), the stay's
dates, the estimated cost (the financial clearance's estimate, when there is one), the
coordinator and the office's letterhead: what an embassy needs, nothing else (no MRN, no
department, no appointment). What it says is kept in the register as issued (``content``), with
its SHA-256; the QR's token (:mod:`frontdesk.letter_token`) carries the letter's id, dates and
the first bytes of that digest, signed with this desk's badge key (:mod:`frontdesk.services.
badges`), so a letter altered after issue, a letter not in the register and a revoked letter
are refused. Issuing and revoking drive the checklist's "visa letter" item.

A companion without a passport number is refused by name before anything is written: a visa
letter that leaves one out helps nobody at the embassy.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import uuid
from dataclasses import dataclass
from enum import StrEnum

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from peewee import JOIN

from frontdesk import clock
from frontdesk.errors import ConflictError, InputError, NotFound
from frontdesk.letter_token import (
    DIGEST_SIZE,
    LetterClaims,
    LetterReason,
    LetterVerdict,
    sign,
    verify,
)
from frontdesk.services.actors import Actor
from frontdesk.services.audit import record
from frontdesk.services.badges import signing_key
from frontdesk.services.case_terms import CheckItem, ItemState
from frontdesk.services.checklist import drive_item
from frontdesk.services.clearance import clearance_of
from frontdesk.services.office import office_settings, office_zone
from frontdesk.services.patient_input import clean_text
from frontdesk.services.stays import Stay, case_visit, patient_stays
from frontdesk.store.clearance_models import VisaLetter
from frontdesk.store.models import BadgeKey, Companion, Patient, Staff, database_proxy, utc_now

SOURCE_LETTERS = "visa_letters"


class Purpose(StrEnum):
    """How much of the reason for travel the letter states: the office chooses."""

    CONSULTATION_AND_TREATMENT = "consultation_and_treatment"  # the default
    CONSULTATION = "consultation"
    SECOND_OPINION = "second_opinion"
    TREATMENT = "treatment"

    @property
    def english(self) -> str:
        return {
            "consultation_and_treatment": "medical consultation and treatment",
            "consultation": "medical consultation",
            "second_opinion": "a medical second opinion",
            "treatment": "medical treatment",
        }[self.value]


@dataclass(frozen=True, slots=True)
class RegisterLine:
    number: str
    mrn: str
    patient: str
    issued_at: dt.datetime
    issued_by: str | None
    travellers: int
    first_day: dt.date
    last_day: dt.date
    revoked_at: dt.datetime | None
    revoked_reason: str | None

    def as_json(self, tz: dt.tzinfo) -> dict:
        return {
            "number": self.number,
            "mrn": self.mrn,
            "patient": self.patient,
            "issued_at": self.issued_at.astimezone(tz).isoformat(),
            "issued_by": self.issued_by,
            "travellers": self.travellers,
            "first_day": self.first_day.isoformat(),
            "last_day": self.last_day.isoformat(),
            "revoked_at": self.revoked_at.astimezone(tz).isoformat() if self.revoked_at else None,
            "revoked_reason": self.revoked_reason,
        }


@dataclass(frozen=True, slots=True)
class LetterCheck:
    verdict: LetterVerdict
    number: str | None = None
    content: dict | None = None  # what the register says the letter says

    @property
    def valid(self) -> bool:
        return self.verdict.valid

    def as_json(self) -> dict:
        v = self.verdict
        travellers = (self.content or {}).get("travellers", [])
        return {
            "valid": v.valid,
            "reason": v.reason.value if v.reason else None,
            "number": self.number,
            "letter_id": v.letter_id,
            "key_id": v.key_id,
            "issued_on": v.issued_on.isoformat() if v.issued_on else None,
            "valid_until": v.valid_until.isoformat() if v.valid_until else None,
            "travellers": [
                {k: t.get(k) for k in ("family_name", "given_name", "passport_no", "nationality")}
                for t in travellers
            ],
        }


def digest_of(content: dict) -> str:
    canonical = json.dumps(content, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def issue_letter(
    patient_id: int,
    actor: Actor,
    *,
    day: dt.date,
    companion_ids: list[int] | None = None,
    language: str | None = None,
    purpose: Purpose | str = Purpose.CONSULTATION_AND_TREATMENT,
    purpose_text: str | None = None,
    coordinator: str | None = None,
) -> tuple[VisaLetter, str]:
    """A new letter for the patient's stay on (or next after) ``day``, with the companions
    named (default: all of the patient's companions). Returns the register row and the token."""
    if actor.staff is None:
        raise ConflictError("a visa letter needs a signed-in staff member (who issues it)")
    try:
        purpose = Purpose(purpose)
    except ValueError:
        choices = ", ".join(p.value for p in Purpose)
        raise InputError(f"purpose {purpose!r} is not one of {choices}") from None
    purpose_text = clean_text(purpose_text, "purpose", required=False, limit=200)
    coordinator = clean_text(coordinator, "coordinator", required=False) or (
        actor.staff.display_name
    )
    with database_proxy.atomic():
        patient = Patient.get_or_none(Patient.id == patient_id)
        if patient is None:
            raise NotFound(f"no patient with id {patient_id}")
        stay = _stay_from(patient, day)
        travellers = [_traveller(patient, "patient", None)]
        for companion in _companions(patient, companion_ids):
            travellers.append(_traveller(companion, "companion", companion.relationship))
        clearance = clearance_of(stay.first_visit_id, day)
        estimate = None
        if clearance.estimate is not None and clearance.currency:
            estimate = {"amount": str(clearance.estimate), "currency": clearance.currency}
        issued_on = clock.today(office_zone())
        if stay.last_day < issued_on:
            raise InputError(
                f"the stay of {patient.mrn} ended on {stay.last_day.isoformat()}: a visa letter "
                "is for a stay to come"
            )
        key_id, private = signing_key(actor)
        letter = VisaLetter.create(
            number=f"pending-{uuid.uuid4().hex[:20]}",
            visit=case_visit(stay),
            patient=patient,
            language=language or patient.preferred_language or "en",
            content="{}",
            digest="",
            key_id=key_id,
            valid_until=stay.last_day,
            issued_by=actor.staff,
            issued_station=actor.station,
        )
        number = f"VL-{issued_on.year}-{letter.id:05d}"
        content = {
            "number": number,
            "kind": "visa",
            "issued_on": issued_on.isoformat(),
            "office": {
                k: office_settings().get(f"office.{k}") for k in ("name", "address", "phone")
            },
            "travellers": travellers,
            "purpose": purpose.value,
            "purpose_text": purpose_text,
            "first_day": stay.first_day.isoformat(),
            "last_day": stay.last_day.isoformat(),
            "estimate": estimate,
            "coordinator": coordinator,
            "valid_until": stay.last_day.isoformat(),
        }
        digest = digest_of(content)
        VisaLetter.update(
            number=number,
            content=json.dumps(content, ensure_ascii=False, sort_keys=True),
            digest=digest,
        ).where(VisaLetter.id == letter.id).execute()
        token = sign(
            LetterClaims(
                key_id, letter.id, issued_on, stay.last_day, bytes.fromhex(digest)[:DIGEST_SIZE]
            ),
            private,
        )
        record(
            actor,
            "letter.issue",
            "visa_letter",
            number,
            mrn=patient.mrn,
            travellers=len(travellers),
            key_id=key_id,
        )
        drive_item(
            stay.first_visit_id,
            CheckItem.VISA_LETTER,
            ItemState.DONE,
            actor,
            source=SOURCE_LETTERS,
            reference=number,
        )
    return VisaLetter.get_by_id(letter.id), token


def letter_content(letter: VisaLetter) -> dict:
    return json.loads(letter.content)


def letter_by_number(number: str) -> VisaLetter:
    letter = VisaLetter.get_or_none(VisaLetter.number == number.strip().upper())
    if letter is None:
        raise NotFound(f"no visa letter numbered {number!r}")
    return letter


def token_of(letter: VisaLetter) -> str:
    """The letter's token again (Ed25519 signs deterministically: the same token), for a
    reprint at the desk that holds the key."""
    from frontdesk.services.badges import _private_key

    private = _private_key(letter.key_id)
    if private is None:
        raise ConflictError(
            f"letter {letter.number} was signed at another desk (key {letter.key_id}); "
            "reprint it there, or issue a new letter"
        )
    content = letter_content(letter)
    claims = LetterClaims(
        letter.key_id,
        letter.id,
        dt.date.fromisoformat(content["issued_on"]),
        letter.valid_until,
        bytes.fromhex(letter.digest)[:DIGEST_SIZE],
    )
    return sign(claims, private)


def revoke_letter(number: str, actor: Actor, *, reason: str) -> VisaLetter:
    reason = clean_text(reason, "reason", required=True, limit=200)
    with database_proxy.atomic():
        letter = letter_by_number(number)
        revoked = (
            VisaLetter.update(revoked_at=utc_now(), revoked_by=actor.staff, revoked_reason=reason)
            .where((VisaLetter.id == letter.id) & VisaLetter.revoked_at.is_null())
            .execute()
        )
        if not revoked:
            raise ConflictError(f"letter {letter.number} is already revoked")
        record(actor, "letter.revoke", "visa_letter", letter.number, reason=reason)
        others = (
            VisaLetter.select()
            .where((VisaLetter.visit == letter.visit_id) & VisaLetter.revoked_at.is_null())
            .count()
        )
        if not others:
            drive_item(
                letter.visit_id,
                CheckItem.VISA_LETTER,
                ItemState.OPEN,
                actor,
                source=SOURCE_LETTERS,
                reference=f"{letter.number} revoked",
            )
    return VisaLetter.get_by_id(letter.id)


def verify_letter(payload: object, on: dt.date | None = None) -> LetterCheck:
    """What the register says of a letter's QR: valid, or refused with one reason."""
    on = on or clock.today(office_zone())
    verdict = verify(payload, on, _public_key, _letter_state)
    if verdict.letter_id is None:
        return LetterCheck(verdict)
    letter = VisaLetter.get_or_none(VisaLetter.id == verdict.letter_id)
    same = (
        letter is not None
        and letter.key_id == verdict.key_id
        and letter.valid_until == verdict.valid_until
        and verdict.digest == bytes.fromhex(letter.digest)[:DIGEST_SIZE]
    )
    if letter is None or not same:
        refused = LetterVerdict(
            False,
            LetterReason.NOT_AS_ISSUED,
            verdict.letter_id,
            verdict.issued_on,
            verdict.valid_until,
            verdict.key_id,
            verdict.digest,
        )
        return LetterCheck(refused)
    return LetterCheck(verdict, letter.number, letter_content(letter))


def public_keys() -> list[tuple[int, str, dt.datetime | None]]:
    """(key id, raw Ed25519 public key in hex, retired at) of every key: what an embassy or a
    partner needs to check letters offline."""
    return [
        (k.key_id, k.public_key, k.retired_at) for k in BadgeKey.select().order_by(BadgeKey.key_id)
    ]


def register(patient_id: int | None = None) -> list[RegisterLine]:
    query = (
        VisaLetter.select(VisaLetter, Patient, Staff)
        .join(Patient)
        .switch(VisaLetter)
        .join(Staff, JOIN.LEFT_OUTER, on=(VisaLetter.issued_by == Staff.id))
        .order_by(VisaLetter.id)
    )
    if patient_id is not None:
        query = query.where(VisaLetter.patient == patient_id)
    lines = []
    for letter in query:
        content = letter_content(letter)
        staff = letter.issued_by if letter.issued_by_id else None
        lines.append(
            RegisterLine(
                letter.number,
                letter.patient.mrn,
                f"{letter.patient.given_name} {letter.patient.family_name.upper()}",
                letter.issued_at,
                staff.display_name if staff else None,
                len(content.get("travellers", [])),
                dt.date.fromisoformat(content["first_day"]),
                dt.date.fromisoformat(content["last_day"]),
                letter.revoked_at,
                letter.revoked_reason,
            )
        )
    return lines


def _public_key(key_id: int) -> Ed25519PublicKey | None:
    key = BadgeKey.get_or_none((BadgeKey.key_id == key_id) & BadgeKey.retired_at.is_null())
    return Ed25519PublicKey.from_public_bytes(bytes.fromhex(key.public_key)) if key else None


def _letter_state(letter_id: int) -> str | None:
    letter = VisaLetter.get_or_none(VisaLetter.id == letter_id)
    return "revoked" if letter is not None and letter.revoked_at is not None else None


def _stay_from(patient: Patient, day: dt.date) -> Stay:
    stay = next((s for s in patient_stays(patient.id) if s.last_day >= day), None)
    if stay is None:
        raise InputError(
            f"{patient.mrn} has no visit on or after {day.isoformat()}: a visa letter invites "
            "the patient for booked dates"
        )
    return stay


def _companions(patient: Patient, ids: list[int] | None) -> list[Companion]:
    theirs = list(Companion.select().where(Companion.patient == patient.id).order_by(Companion.id))
    if ids is None:
        return theirs
    by_id = {c.id: c for c in theirs}
    missing = [i for i in ids if i not in by_id]
    if missing:
        raise NotFound(f"{patient.mrn} has no companion with id {missing[0]}")
    return [by_id[i] for i in dict.fromkeys(ids)]


def _traveller(person, role: str, relationship: str | None) -> dict:
    who = f"{person.given_name} {person.family_name.upper()}".strip()
    if not person.passport_no:
        raise InputError(
            f"the {role} {who} has no passport number: read their passport's MRZ or type it "
            "before issuing a visa letter"
        )
    if not person.nationality:
        raise InputError(f"the {role} {who} has no nationality: a visa letter names it")
    return {
        "role": role,
        "relationship": relationship,
        "family_name": person.family_name,
        "given_name": person.given_name,
        "passport_no": person.passport_no,
        "nationality": person.nationality,
        "date_of_birth": person.date_of_birth.isoformat() if person.date_of_birth else None,
    }
