"""Patients and their companions: create, update, look up.

    patient, change = save_patient(PatientInput(mrn="A1", family_name="Kim", given_name="Min-jun",
                                                date_of_birth="1980-01-02"), actor)
    add_companion(patient.id, CompanionInput(family_name="Kim", given_name="Seo-yeon",
                                             relationship="spouse"), actor)

:func:`save_patient` matches by MRN: it creates, updates only the fields that differ (keeping the
search index in step), or reports "unchanged"; each change writes one audit record with the
fields that changed (not their values: the audit log is no second copy of health data).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Collection
from typing import Literal

from frontdesk.domain import PatientSummary
from frontdesk.errors import InputError, NotFound
from frontdesk.names import name_terms, patient_native_name
from frontdesk.services.actors import Actor
from frontdesk.services.audit import record
from frontdesk.services.patient_input import (
    PatientInput,
    clean_text,
    normalise_phone,
    passport_key,
)
from frontdesk.store import import_runs
from frontdesk.store.models import Companion, ImportRun, Patient, database_proxy, utc_now
from frontdesk.store.search_index import index_patient

Change = Literal["created", "updated", "unchanged"]

_FIELDS = [f.name for f in dataclasses.fields(PatientInput)]
_NAME_FIELDS = ("family_name", "given_name", "native_family_name", "native_given_name")


def summary(patient: Patient) -> PatientSummary:
    return PatientSummary(
        id=patient.id,
        mrn=patient.mrn,
        family_name=patient.family_name,
        given_name=patient.given_name,
        native_name=patient_native_name(patient),
        date_of_birth=patient.date_of_birth,
        nationality=patient.nationality,
        preferred_language=patient.preferred_language,
        interpreter_needed=bool(patient.interpreter_needed),
    )


def patient_count() -> int:
    return Patient.select().count()


def patient_by_mrn(mrn: str) -> Patient:
    patient = Patient.get_or_none(Patient.mrn == mrn.strip().upper())
    if patient is None:
        raise NotFound(f"no patient with MRN {mrn!r}")
    return patient


def patient_by_id(patient_id: int) -> Patient:
    patient = Patient.get_or_none(Patient.id == patient_id)
    if patient is None:
        raise NotFound(f"no patient with id {patient_id}")
    return patient


def save_patient(
    details: PatientInput, actor: Actor, *, today: dt.date | None = None
) -> tuple[Patient, Change]:
    """Create the patient or update the one with the same MRN, in one audited transaction."""
    clean = details.validated(today=today)
    with database_proxy.atomic():
        return save_validated_patient(clean, actor)


def _refuse_if_being_imported(mrn: str) -> None:
    """An import not done (written in chunks, unseen until it ends) is adding this MRN."""
    hidden = (
        Patient.select_including_unfinished(Patient.import_run_id).where(Patient.mrn == mrn).first()
    )
    if hidden is None:
        return
    run = ImportRun.get_or_none(ImportRun.id == hidden.import_run_id)
    if run is not None and run in import_runs.stale_runs():
        raise InputError(
            f"MRN {mrn} was left half imported by {run.station}, whose import stopped: it is "
            "cleared when a station next starts or imports a file; try again then",
            where="mrn",
        )
    raise InputError(
        f"MRN {mrn} is being added by a schedule import at another station right now: "
        "search for the patient again in a moment",
        where="mrn",
    )


def save_validated_patient(
    clean: PatientInput, actor: Actor, *, fields: Collection[str] | None = None
) -> tuple[Patient, Change]:
    """The body of :func:`save_patient`, for callers already inside a transaction (imports).

    ``fields`` limits an update to what the caller actually supplies (an import's non-empty
    cells, a contact form's three fields): the rest of a known patient is left as it is."""
    values = {name: getattr(clean, name) for name in _FIELDS}
    values["passport_key"] = passport_key(clean.passport_no)
    patient = Patient.get_or_none(Patient.mrn == clean.mrn)
    if patient is None:
        _refuse_if_being_imported(clean.mrn)
        patient = Patient.create(**values)
        _reindex(patient)
        record(actor, "patient.create", "patient", patient.id, mrn=clean.mrn)
        return patient, "created"
    if fields is not None:
        allowed = set(fields) | ({"passport_key"} if "passport_no" in fields else set())
        values = {name: value for name, value in values.items() if name in allowed}
    changed = [name for name, value in values.items() if getattr(patient, name) != value]
    if not changed:
        return patient, "unchanged"
    for name in changed:
        setattr(patient, name, values[name])
    patient.updated_at = utc_now()
    # Only the changed columns: another station's change to the others is not overwritten.
    Patient.update(
        {name: values[name] for name in changed} | {"updated_at": patient.updated_at}
    ).where(Patient.id == patient.id).execute()
    if any(name in _NAME_FIELDS for name in changed):
        _reindex(patient)
    record(
        actor,
        "patient.update",
        "patient",
        patient.id,
        mrn=clean.mrn,
        fields=sorted(changed),
    )
    return patient, "updated"


def _reindex(patient: Patient) -> None:
    terms = name_terms(
        patient.family_name,
        patient.given_name,
        patient.native_family_name,
        patient.native_given_name,
    )
    patient.search_terms = index_patient(patient.id, terms, patient.search_terms or "")
    Patient.update(search_terms=patient.search_terms).where(Patient.id == patient.id).execute()


def update_contact(
    patient_id: int,
    actor: Actor,
    *,
    phone: str | None,
    email: str | None,
    local_address: str | None,
) -> Patient:
    """Change how to reach the patient during the stay (phone, e-mail, hotel)."""
    patient = Patient.get_or_none(Patient.id == patient_id)
    if patient is None:
        raise NotFound(f"no patient with id {patient_id}")
    details = PatientInput(
        **{name: getattr(patient, name) for name in _FIELDS}
        | {"phone": phone, "email": email, "local_address": local_address}
    )
    # A feed's newcomer may have no date of birth yet: that does not stop a contact change.
    clean = details.validated(partial=patient.date_of_birth is None)
    with database_proxy.atomic():
        patient, _ = save_validated_patient(
            clean, actor, fields={"phone", "email", "local_address"}
        )
    return patient


@dataclasses.dataclass
class CompanionInput:
    family_name: str
    given_name: str
    native_family_name: str | None = None
    native_given_name: str | None = None
    relationship: str | None = None
    phone: str | None = None
    # What a visa letter names (issue 19): typed, or read from the passport's MRZ.
    passport_no: str | None = None
    nationality: str | None = None
    date_of_birth: str | dt.date | None = None


def add_companion(patient_id: int, details: CompanionInput, actor: Actor) -> Companion:
    from frontdesk.services.companion_passports import passport_values

    values = {
        "family_name": clean_text(details.family_name, "family_name", required=True),
        "given_name": clean_text(details.given_name, "given_name", required=True),
        "native_family_name": clean_text(
            details.native_family_name, "native_family_name", required=False
        ),
        "native_given_name": clean_text(
            details.native_given_name, "native_given_name", required=False
        ),
        "relationship": clean_text(details.relationship, "relationship", required=False, limit=64),
        "phone": normalise_phone(details.phone),
        **passport_values(details.passport_no, details.nationality, details.date_of_birth),
    }
    with database_proxy.atomic():
        patient = Patient.get_or_none(Patient.id == patient_id)
        if patient is None:
            raise NotFound(f"no patient with id {patient_id}")
        companion = Companion.create(patient=patient, **values)
        record(
            actor,
            "companion.add",
            "companion",
            companion.id,
            patient_mrn=patient.mrn,
        )
    return companion


def companions_of(patient_id: int) -> list[Companion]:
    return list(Companion.select().where(Companion.patient == patient_id).order_by(Companion.id))
