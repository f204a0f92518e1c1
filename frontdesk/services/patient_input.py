"""Checking a patient's details before anything is written, field by field.

    >>> details = PatientInput(mrn="mrn-001", family_name="García", given_name="José",
    ...                        date_of_birth="1980-02-29", phone="+34 612 345 678")
    >>> clean = details.validated()
    >>> clean.mrn, clean.phone
    ('MRN-001', '+34612345678')

:meth:`PatientInput.validated` returns a normalised copy or raises :class:`InputError` whose
``where`` is the field's name, so the window can put the message next to the field and an import
can add the line number.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import unicodedata

from frontdesk import clock
from frontdesk.errors import AboutField, InputError
from frontdesk.timeutil import try_parse_date

MAX_NAME = 200
_MRN = re.compile(r"^[A-Z0-9][A-Z0-9\-_/.]{0,31}$")
_COUNTRY = re.compile(r"^[A-Z]{2,3}$")
_LANGUAGE = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$")
_EMAIL = re.compile(r"^[^@\s]{1,64}@[^@\s]+\.[^@\s]+$")
SEXES = {"F", "M", "X", "U"}
_SEX_WORDS = {"female": "F", "male": "M", "unknown": "U", "other": "X", "": "U"}
TRUE_WORDS = {"1", "true", "yes", "y", "x", "oui", "si", "sí", "ja"}
FALSE_WORDS = {"0", "false", "no", "n", "", "non", "nein"}


def refuse_unencodable(text: str, field: str) -> None:
    """A lone surrogate (half of a UTF-16 pair, from a broken paste or a JSON escape) is not a
    character: no database or file can hold it. Refused, naming it and where it is."""
    for position, char in enumerate(text, 1):
        if "\ud800" <= char <= "\udfff":
            raise InputError(
                AboutField(
                    f"has U+{ord(char):04X} at character {position}: half of a UTF-16 pair, "
                    "not a character (retype the text)"
                ),
                where=field,
            )


def clean_text(value: str | None, field: str, *, required: bool, limit: int = MAX_NAME):
    """Trimmed, NFC text without control characters; None when empty and not required."""
    text = unicodedata.normalize("NFC", value or "").strip()
    refuse_unencodable(text, field)
    if not text:
        if required:
            raise InputError(AboutField("is required"), where=field)
        return None
    if len(text) > limit:
        raise InputError(
            AboutField(f"is {len(text):,} characters long; at most {limit} allowed"), where=field
        )
    # isprintable() is False for every Cc and Cf character: the slow check only when needed.
    if not text.isprintable() and any(
        unicodedata.category(ch) in ("Cc", "Cf") and ch not in "\u200c\u200d" for ch in text
    ):
        raise InputError(AboutField("contains control characters"), where=field)
    return text


def parse_flag(value: str | bool | None, field: str) -> bool:
    if isinstance(value, bool):
        return value
    word = (value or "").strip().lower()
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    raise InputError(f"{value!r} is not yes/no (expected true/false, yes/no or 1/0)", where=field)


def normalise_phone(
    value: str | None, field: str = "phone", *, region: str | None = None
) -> str | None:
    """E.164 (+12025550123). Without ``region`` a number must carry its country code (patients
    come from abroad); with the office's region (``"US"``, ``"AU"``) a number written the
    national way (``(03) 5555 6473``) is read as that country's, as a hospital's feed writes it."""
    text = clean_text(value, field, required=False, limit=40)
    if text is None:
        return None
    import phonenumbers  # its metadata takes a tenth of a second to load: only when needed

    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException as exc:
        expected = (
            f"a phone number (national for {region}, or with its country code)"
            if region
            else "a phone number with its country code (e.g. +966 50 123 4567)"
        )
        raise InputError(f"{text!r} is not {expected}", where=field) from exc
    reason = phonenumbers.is_possible_number_with_reason(number)
    if reason != phonenumbers.ValidationResult.IS_POSSIBLE:  # local-only: no area code
        raise InputError(f"{text!r} is not a possible phone number", where=field)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


@dataclasses.dataclass
class PatientInput:
    mrn: str
    family_name: str
    given_name: str
    date_of_birth: str | dt.date | None
    native_family_name: str | None = None
    native_given_name: str | None = None
    sex: str | None = None
    nationality: str | None = None
    passport_no: str | None = None
    preferred_language: str | None = None
    interpreter_needed: str | bool | None = None
    phone: str | None = None
    email: str | None = None
    local_address: str | None = None
    # The passport (Latin) name was derived from the native one by an import: the desk
    # confirms it from the passport.
    name_to_confirm: bool = False

    def validated(
        self, *, today: dt.date | None = None, partial: bool = False, region: str | None = None
    ) -> PatientInput:
        """A normalised copy; the first bad field raises InputError(where=field name).

        ``partial`` (a hospital feed's new patient): the date of birth may be unknown (None;
        asked at check-in) and a patient with one name (family or given) is taken.
        ``region``: the office's country, for phone numbers written the national way."""
        mrn = (clean_text(self.mrn, "mrn", required=True, limit=32) or "").upper()
        if not _MRN.match(mrn):
            raise InputError(
                f"{mrn!r} is not an MRN (letters, digits and - _ / . only)", where="mrn"
            )
        sex = (self.sex or "").strip()
        sex = _SEX_WORDS.get(sex.lower(), sex.upper())
        if sex not in SEXES:
            raise InputError(f"{self.sex!r} is not one of F, M, X, U", where="sex")
        nationality = clean_text(self.nationality, "nationality", required=False, limit=3)
        if nationality is not None:
            nationality = nationality.upper()
            if not _COUNTRY.match(nationality):
                raise InputError(
                    f"{nationality!r} is not an ISO 3166-1 country code (e.g. SAU or SA)",
                    where="nationality",
                )
        language = clean_text(
            self.preferred_language, "preferred_language", required=False, limit=35
        )
        if language is not None and not _LANGUAGE.match(language):
            raise InputError(
                f"{language!r} is not a BCP 47 language tag (e.g. ar, zh-Hans, pt-BR)",
                where="preferred_language",
            )
        email = clean_text(self.email, "email", required=False, limit=254)
        if email is not None and not _EMAIL.match(email):
            raise InputError(f"{email!r} is not an e-mail address", where="email")
        passport = clean_text(self.passport_no, "passport_no", required=False, limit=32)
        if passport is not None and not passport_key(passport):
            raise InputError(f"{passport!r} has no letters or digits", where="passport_no")
        return PatientInput(
            mrn=mrn,
            family_name=clean_text(
                self.family_name, "family_name", required=not (partial and self.given_name)
            )
            or "",
            given_name=clean_text(
                self.given_name, "given_name", required=not (partial and self.family_name)
            )
            or "",
            native_family_name=clean_text(
                self.native_family_name, "native_family_name", required=False
            ),
            native_given_name=clean_text(
                self.native_given_name, "native_given_name", required=False
            ),
            date_of_birth=_birth_date(
                self.date_of_birth, today or clock.now().date(), required=not partial
            ),
            sex=sex,
            nationality=nationality,
            passport_no=passport,
            preferred_language=language,
            interpreter_needed=parse_flag(self.interpreter_needed, "interpreter_needed"),
            phone=normalise_phone(self.phone, region=region),
            email=email,
            local_address=clean_text(
                self.local_address, "local_address", required=False, limit=500
            ),
            name_to_confirm=bool(self.name_to_confirm),
        )


def field_errors(
    details: PatientInput,
    *,
    today: dt.date | None = None,
    partial: bool = False,
    region: str | None = None,
) -> dict[str, str]:
    """Every bad field with its message (a form shows them all at once, next to the fields).

    Each field is checked on its own: a copy of ``details`` whose other fields are known good
    goes through :meth:`PatientInput.validated`, so the rules live in one place."""
    good = PatientInput(mrn="A", family_name="A", given_name="A", date_of_birth="2000-01-01")
    errors: dict[str, str] = {}
    for field in dataclasses.fields(PatientInput):
        probe = dataclasses.replace(good, **{field.name: getattr(details, field.name)})
        try:
            probe.validated(today=today, partial=partial, region=region)
        except InputError as exc:
            errors[exc.where or field.name] = exc.message
    return errors


def passport_key(passport_no: str | None) -> str | None:
    """Upper-case letters and digits only: how a passport number is compared and searched."""
    if not passport_no:
        return None
    key = "".join(ch for ch in passport_no.upper() if ch.isascii() and ch.isalnum())
    return key or None


def _birth_date(value: str | dt.date | None, today: dt.date, *, required: bool) -> dt.date | None:
    if isinstance(value, dt.date):
        day = value
    else:
        text = (value or "").strip()
        if not text:
            if not required:
                return None
            raise InputError(AboutField("is required"), where="date_of_birth")
        parsed = try_parse_date(text)
        if parsed is None:
            raise InputError(
                f"{text!r} is not a date (expected YYYY-MM-DD or DD/MM/YYYY)",
                where="date_of_birth",
            )
        day = parsed
    if day > today:
        raise InputError(f"{day.isoformat()} is in the future", where="date_of_birth")
    if day.year < 1890:
        raise InputError(f"{day.isoformat()} is too long ago", where="date_of_birth")
    return day
