"""A companion's passport: the number, nationality and date of birth a visa letter names.

    set_companion_passport(companion_id, actor, passport_no="X1234567", nationality="SAU",
                           date_of_birth="1992-04-03")
    set_companion_passport(companion_id, actor, zone=read_td3(line1, line2))  # from the MRZ

A zone read from the passport also sets the companion's Latin (passport) name, which is the
MRZ's; the native-script name stays as entered. One transaction, audited (which fields changed,
not their values).
"""

from __future__ import annotations

import datetime as dt

from frontdesk.errors import InputError, NotFound
from frontdesk.mrz import PassportZone
from frontdesk.services.actors import Actor
from frontdesk.services.audit import record
from frontdesk.services.patient_input import PatientInput, clean_text, passport_key
from frontdesk.store.models import Companion, database_proxy

# MRZ state codes that are not ISO 3166-1 alpha-3 (ICAO 9303 part 3): Germany is "D".
_ICAO_TO_ISO = {"D": "DEU"}


def nationality_code(code: str | None) -> str | None:
    """The ISO 3166-1 code for an MRZ nationality ("D" is Germany, DEU).

    >>> nationality_code("D"), nationality_code("SAU"), nationality_code(None)
    ('DEU', 'SAU', None)
    """
    if not code:
        return None
    return _ICAO_TO_ISO.get(code, code)


def passport_values(
    passport_no: str | None, nationality: str | None, date_of_birth: str | dt.date | None
) -> dict:
    """The companion's passport fields, checked as a patient's are."""
    number = clean_text(passport_no, "passport_no", required=False, limit=32)
    if number is not None and not passport_key(number):
        raise InputError(f"{number!r} has no letters or digits", where="passport_no")
    checked = PatientInput(
        mrn="X",
        family_name="X",
        given_name="X",
        date_of_birth=date_of_birth,
        nationality=nationality_code(nationality),
    ).validated(partial=True)
    return {
        "passport_no": number,
        "nationality": checked.nationality,
        "date_of_birth": checked.date_of_birth,
    }


def set_companion_passport(
    companion_id: int,
    actor: Actor,
    *,
    zone: PassportZone | None = None,
    passport_no: str | None = None,
    nationality: str | None = None,
    date_of_birth: str | dt.date | None = None,
) -> Companion:
    names: dict = {}
    if zone is not None:
        passport_no, nationality = zone.passport_number, zone.nationality
        date_of_birth = zone.date_of_birth
        names = {"family_name": zone.family_name, "given_name": zone.given_names}
        if not zone.family_name:
            names["family_name"] = zone.given_names  # one name only: the primary identifier
    values = passport_values(passport_no, nationality, date_of_birth) | names
    with database_proxy.atomic():
        companion = Companion.get_or_none(Companion.id == companion_id)
        if companion is None:
            raise NotFound(f"no companion with id {companion_id}")
        changed = sorted(k for k, v in values.items() if getattr(companion, k) != v)
        if changed:
            Companion.update(**values).where(Companion.id == companion_id).execute()
            record(
                actor,
                "companion.passport",
                "companion",
                companion_id,
                fields=changed,
                source="mrz" if zone is not None else "typed",
            )
    return Companion.get_by_id(companion_id)
