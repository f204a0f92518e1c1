"""What the desk must settle about a patient's identity, raised by the hospital's feeds.

    flags = identity_flags(patient.id)      # for the patient panel and the check-in
    flags.birth_date_unknown                # a feed's newcomer without one: ask the patient
    record_birth_date(patient.id, dt.date(1970, 2, 14), actor)
    flags.name_to_confirm                   # the passport name was transliterated: check it
    confirm_passport_name(patient.id, "Tanaka", "Yuki", actor)
    for conflict in flags.conflicts:        # "the feed says 1971-03-02, the desk 1970-02-14"
        resolve_conflict(conflict.id, actor, replace=False)   # keep the desk's value

A feed that gives a known patient another date of birth or sex is a wrong-patient signal, not
an update (:mod:`frontdesk.services.schedule_import.applier` keeps the stored value and calls
:func:`record_conflict`); a person at the desk decides. Each change is audited.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from frontdesk.errors import ConflictError, InputError, NotFound
from frontdesk.services.actors import Actor
from frontdesk.services.audit import record
from frontdesk.services.patient_input import clean_text
from frontdesk.store.models import IdentityConflict, Patient, database_proxy, utc_now

IDENTITY_FIELDS = ("date_of_birth", "sex")


@dataclasses.dataclass(frozen=True)
class Conflict:
    id: int
    field: str  # date_of_birth | sex
    stored: str | None
    incoming: str
    source: str
    unit: str
    found_at: dt.datetime


@dataclasses.dataclass(frozen=True)
class IdentityFlags:
    birth_date_unknown: bool
    name_to_confirm: bool
    conflicts: tuple[Conflict, ...]

    @property
    def any(self) -> bool:
        return self.birth_date_unknown or self.name_to_confirm or bool(self.conflicts)


def identity_flags(patient_id: int) -> IdentityFlags:
    patient = _patient(patient_id)
    rows = (
        IdentityConflict.select()
        .where((IdentityConflict.patient == patient_id) & IdentityConflict.resolved_at.is_null())
        .order_by(IdentityConflict.id)
    )
    return IdentityFlags(
        birth_date_unknown=patient.date_of_birth is None,
        name_to_confirm=bool(patient.name_to_confirm),
        conflicts=tuple(
            Conflict(r.id, r.field, r.stored, r.incoming, r.source, r.unit, r.found_at)
            for r in rows
        ),
    )


def record_conflict(
    patient_id: int, field: str, stored: str | None, incoming: str, source: str, unit: str
) -> bool:
    """Keep a feed's disagreement on the patient, once (the same file imported again adds
    nothing). Call inside the import's transaction. True when it is new."""
    exists = (
        IdentityConflict.select()
        .where(
            (IdentityConflict.patient == patient_id)
            & (IdentityConflict.field == field)
            & (IdentityConflict.incoming == incoming)
            & IdentityConflict.resolved_at.is_null()
        )
        .exists()
    )
    if exists:
        return False
    IdentityConflict.create(
        patient=patient_id,
        field=field,
        stored=stored,
        incoming=incoming[:64],
        source=source[:64],
        unit=unit[:200],
    )
    return True


def resolve_conflict(conflict_id: int, actor: Actor, *, replace: bool) -> Conflict:
    """The desk decides: keep its value (``replace=False``) or take the feed's."""
    with database_proxy.atomic():
        row = IdentityConflict.get_or_none(IdentityConflict.id == conflict_id)
        if row is None:
            raise NotFound(f"no identity conflict with id {conflict_id}")
        if row.resolved_at is not None:
            raise ConflictError("this conflict was resolved already")
        if replace:
            value = (
                dt.date.fromisoformat(row.incoming)
                if row.field == "date_of_birth"
                else row.incoming
            )
            Patient.update({row.field: value, Patient.updated_at: utc_now()}).where(
                Patient.id == row.patient_id
            ).execute()
        now = utc_now()
        updated = (
            IdentityConflict.update(
                resolved_at=now,
                resolved_by=actor.staff.id if actor.staff else None,
                resolution="replaced" if replace else "kept",
            )
            .where((IdentityConflict.id == conflict_id) & IdentityConflict.resolved_at.is_null())
            .execute()
        )
        if not updated:
            raise ConflictError("this conflict was just resolved at another station")
        record(
            actor,
            "patient.identity_conflict",
            "patient",
            row.patient_id,
            field=row.field,
            resolution="replaced" if replace else "kept",
        )
    return Conflict(row.id, row.field, row.stored, row.incoming, row.source, row.unit, now)


def record_birth_date(patient_id: int, day: dt.date, actor: Actor, *, today: dt.date) -> None:
    """The date of birth the patient gave at the desk (for one a feed did not have)."""
    if day > today or day.year < 1890:
        raise InputError(f"{day.isoformat()} is not a date of birth", where="date_of_birth")
    with database_proxy.atomic():
        _patient(patient_id)
        Patient.update(date_of_birth=day, updated_at=utc_now()).where(
            Patient.id == patient_id
        ).execute()
        record(
            actor,
            "patient.update",
            "patient",
            patient_id,
            fields=["date_of_birth"],
            asked_at="desk",
        )


def confirm_passport_name(patient_id: int, family: str, given: str, actor: Actor) -> None:
    """The passport name as the desk read it from the passport; clears the mark."""
    from frontdesk.names import name_terms
    from frontdesk.store.search_index import index_patient

    family_name = clean_text(family, "family_name", required=not given) or ""
    given_name = clean_text(given, "given_name", required=not family) or ""
    with database_proxy.atomic():
        patient = _patient(patient_id)
        Patient.update(
            family_name=family_name,
            given_name=given_name,
            name_to_confirm=False,
            updated_at=utc_now(),
        ).where(Patient.id == patient_id).execute()
        terms = name_terms(
            family_name, given_name, patient.native_family_name, patient.native_given_name
        )
        search_terms = index_patient(patient_id, terms, patient.search_terms or "")
        Patient.update(search_terms=search_terms).where(Patient.id == patient_id).execute()
        record(
            actor,
            "patient.update",
            "patient",
            patient_id,
            fields=["family_name", "given_name", "name_to_confirm"],
        )


def _patient(patient_id: int) -> Patient:
    patient = Patient.get_or_none(Patient.id == patient_id)
    if patient is None:
        raise NotFound(f"no patient with id {patient_id}")
    return patient


__all__ = [
    "IDENTITY_FIELDS",
    "Conflict",
    "IdentityFlags",
    "confirm_passport_name",
    "identity_flags",
    "record_birth_date",
    "record_conflict",
    "resolve_conflict",
]
