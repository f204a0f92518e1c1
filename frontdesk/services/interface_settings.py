"""The office's settings for hospital feeds, kept in the database and audited like every
office-wide setting (``frontdesk interfaces`` shows and changes them).

    set_phone_region("AU", actor)                   # (03) 5555 6473 -> +61355556473
    set_mrn_identifier(["MR", "PI"], "MGH", actor)  # which PID-3 / identifier is the MRN
    set_status_code("hl7:EPIC@MGH", "Sch", "scheduled", actor)
    conventions()                                   # all of it, for a parser

See :class:`frontdesk.services.schedule_import.conventions.Conventions` for what each means.
"""

from __future__ import annotations

import json

from frontdesk.domain import AppointmentStatus
from frontdesk.errors import InputError
from frontdesk.services.actors import Actor
from frontdesk.services.office import set_setting
from frontdesk.services.schedule_import.conventions import (
    DEFAULT_MRN_TYPES,
    Conventions,
    normal_code,
)
from frontdesk.store.models import Setting, database_proxy

PHONE_REGION = "interface.phone_region"
MRN_TYPES = "interface.mrn_types"
MRN_AUTHORITY = "interface.mrn_authority"
STATUS_PREFIX = "interface.status."


def conventions() -> Conventions:
    """Every feed setting, in one read."""
    rows = {r.key: r.value for r in Setting.select().where(Setting.key.startswith("interface."))}
    types = tuple(t for t in (rows.get(MRN_TYPES) or "").split(",") if t) or DEFAULT_MRN_TYPES
    maps = {
        key.removeprefix(STATUS_PREFIX): json.loads(value)
        for key, value in rows.items()
        if key.startswith(STATUS_PREFIX) and value
    }
    return Conventions(
        phone_region=rows.get(PHONE_REGION) or None,
        mrn_types=types,
        mrn_authority=rows.get(MRN_AUTHORITY) or None,
        status_maps=maps,
    )


def set_phone_region(region: str | None, actor: Actor | None) -> str | None:
    """The office's country for phone numbers written the national way ("" or None: none)."""
    import phonenumbers

    code = (region or "").strip().upper()
    if code and code not in phonenumbers.SUPPORTED_REGIONS:
        raise InputError(f"{region!r} is not a country code phone numbers know (e.g. US, AU, AE)")
    set_setting(PHONE_REGION, code, actor)
    return code or None


def set_mrn_identifier(types: list[str] | None, authority: str | None, actor: Actor | None):
    """Which identifier type codes (most specific first) and which assigning authority make the
    hospital's MRN. ``None`` leaves that part as it is; an empty list restores the default."""
    with database_proxy.atomic():
        if types is not None:
            cleaned = [t.strip().upper() for t in types if t.strip()]
            for t in cleaned:
                if not t.isalnum() or len(t) > 10:
                    raise InputError(f"{t!r} is not an identifier type code (e.g. MR, PI)")
            set_setting(MRN_TYPES, ",".join(cleaned), actor)
        if authority is not None:
            set_setting(MRN_AUTHORITY, authority.strip(), actor)
    return conventions()


def set_status_code(source: str, code: str, status: str | None, actor: Actor | None) -> dict:
    """Map one local status code of a source system to a desk status (``None``: forget it).
    Returns the source's table."""
    source = source.strip()
    if not source or len(STATUS_PREFIX + source) > 100:
        raise InputError(f"{source!r} is not a source system (e.g. hl7:EPIC@MGH, as reports show)")
    key = normal_code(code)
    if not key:
        raise InputError(f"{code!r} is not a status code")
    with database_proxy.atomic():
        row = Setting.get_or_none(Setting.key == STATUS_PREFIX + source)
        table = json.loads(row.value) if row and row.value else {}
        if status is None:
            table.pop(key, None)
        else:
            try:
                table[key] = AppointmentStatus(status.strip().lower().replace("-", "_")).value
            except ValueError:
                raise InputError(
                    f"{status!r} is not a status (expected one of "
                    + ", ".join(s.value for s in AppointmentStatus)
                    + ")"
                ) from None
        set_setting(STATUS_PREFIX + source, json.dumps(table, sort_keys=True), actor)
    return table
