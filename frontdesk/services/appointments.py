"""Appointments and the visits that group them: upsert, cancel, no-show, walk-ins.

    appt, change = upsert_appointment(AppointmentInput(external_id="A-17", start=start_utc,
                                                       department="Cardiology"), patient, actor)
    cancel_appointment(appt.id, actor, reason="patient asked")

An appointment is keyed by (source system, external id): upserting the same one twice changes
nothing, a changed start moves it (and its visit, if it lands on another local date). Every
appointment belongs to the visit of its patient on its local date, created when needed.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from peewee import IntegrityError

from frontdesk.domain import AppointmentStatus, VisitStatus
from frontdesk.errors import AboutField, ConflictError, InputError, NotFound
from frontdesk.services.actors import Actor
from frontdesk.services.audit import record
from frontdesk.services.office import office_zone
from frontdesk.services.patient_input import PatientInput, clean_text
from frontdesk.services.patients import save_validated_patient
from frontdesk.store.models import Appointment, Patient, Visit, database_proxy, utc_now
from frontdesk.timeutil import local_date

MAX_DURATION_MIN = 24 * 60


@dataclasses.dataclass
class AppointmentInput:
    external_id: str
    start: dt.datetime  # aware
    duration_min: int = 30
    department: str | None = None
    clinician: str | None = None
    location: str | None = None
    type: str | None = None
    status: AppointmentStatus = AppointmentStatus.SCHEDULED
    source_system: str = "desk"

    def validated(self) -> AppointmentInput:
        if self.start.tzinfo is None:
            raise InputError(AboutField("has no time zone"), where="start")
        if not 1 <= self.duration_min <= MAX_DURATION_MIN:
            raise InputError(
                f"{self.duration_min} is not between 1 and {MAX_DURATION_MIN} minutes",
                where="duration_min",
            )
        try:
            start = self.start.astimezone(dt.UTC)
        except OverflowError:  # year 1 or 9999 with an offset: out of any calendar's range
            raise InputError(f"{self.start} is out of range", where="start") from None
        if not 1900 <= start.year <= 2200:
            raise InputError(f"{start:%Y-%m-%d} is not a plausible date", where="start")
        return dataclasses.replace(
            self,
            external_id=clean_text(self.external_id, "appointment_id", required=True, limit=128)
            or "",
            start=start,
            department=clean_text(self.department, "department", required=False, limit=100),
            clinician=clean_text(self.clinician, "clinician", required=False),
            location=clean_text(self.location, "location", required=False),
            type=clean_text(self.type, "type", required=False, limit=64),
            status=AppointmentStatus(self.status),
            source_system=clean_text(self.source_system, "source_system", required=True, limit=64)
            or "desk",
        )


def visit_for(patient: Patient, day: dt.date) -> Visit:
    """The patient's visit on that local date, created if there is none (race-safe)."""
    visit = Visit.get_or_none((Visit.patient == patient) & (Visit.local_date == day))
    if visit is None:
        Visit.insert(patient=patient, local_date=day).on_conflict_ignore().execute()
        visit = Visit.get((Visit.patient == patient) & (Visit.local_date == day))
    return visit


_COMPARED = ("start", "duration_min", "department", "clinician", "location", "type", "status")


def upsert_appointment(
    details: AppointmentInput, patient: Patient, actor: Actor, *, tz: dt.tzinfo | None = None
) -> tuple[Appointment, str]:
    """Create or update by (source system, external id). Call inside a transaction."""
    clean = details.validated()
    visit = visit_for(patient, local_date(clean.start, tz or office_zone()))
    values = {name: getattr(clean, name) for name in _COMPARED}
    appt = Appointment.get_or_none(
        (Appointment.source_system == clean.source_system)
        & (Appointment.external_id == clean.external_id)
    )
    values["status"] = _merged_status(clean.status, appt, visit).value
    if appt is None:
        appt = Appointment.create(
            source_system=clean.source_system,
            external_id=clean.external_id,
            patient=patient,
            visit=visit,
            **values,
        )
        record(
            actor,
            "appointment.create",
            "appointment",
            appt.id,
            source=clean.source_system,
            external_id=clean.external_id,
            mrn=patient.mrn,
        )
        return appt, "created"
    changed = [n for n, v in values.items() if getattr(appt, n) != v]
    if appt.patient_id != patient.id:
        changed.append("patient")
    if appt.visit_id != visit.id:
        changed.append("visit")
    if not changed:
        return appt, "unchanged"
    for name, value in values.items():
        setattr(appt, name, value)
    appt.patient = patient
    appt.visit = visit
    appt.updated_at = utc_now()
    appt.save()
    record(
        actor,
        "appointment.update",
        "appointment",
        appt.id,
        source=clean.source_system,
        external_id=clean.external_id,
        fields=sorted(changed),
    )
    return appt, "cancelled" if "status" in changed and appt.status == "cancelled" else "updated"


_DESK_OWNED = {
    AppointmentStatus.ARRIVED,
    AppointmentStatus.IN_PROGRESS,
    AppointmentStatus.COMPLETED,
    AppointmentStatus.NO_SHOW,
}


def _merged_status(
    incoming: AppointmentStatus, appt: Appointment | None, visit: Visit
) -> AppointmentStatus:
    current = AppointmentStatus(appt.status) if appt is not None else None
    return merged_status(incoming, current, visit.arrived_at is not None)


def merged_status(
    incoming: AppointmentStatus, current: AppointmentStatus | None, visit_arrived: bool
) -> AppointmentStatus:
    """A schedule export must not undo what the desk did (arrived, in progress, completed,
    no-show): only a cancellation from the source replaces those. Nor does the source mark a
    patient who has been checked in as a no-show (the import refuses that with an error)."""
    if incoming == AppointmentStatus.CANCELLED:
        return incoming
    if current is not None and current in _DESK_OWNED:
        return current
    if visit_arrived and incoming in (AppointmentStatus.SCHEDULED, AppointmentStatus.NO_SHOW):
        return AppointmentStatus.ARRIVED
    return incoming


def _set_status(
    appointment_id: int,
    new: AppointmentStatus,
    actor: Actor,
    action: str,
    allowed: set[AppointmentStatus],
    **details,
) -> Appointment:
    with database_proxy.atomic():
        appt = Appointment.get_or_none(Appointment.id == appointment_id)
        if appt is None:
            raise NotFound(f"no appointment with id {appointment_id}")
        current = AppointmentStatus(appt.status)
        if current == new:
            return appt
        if current not in allowed:
            raise ConflictError(
                f"appointment {appt.external_id} is {current.label.lower()}; "
                f"it cannot be marked {new.label.lower()}"
            )
        # Conditional: if another station changed the status since it was read, refuse
        # rather than overwrite (a no-show must not undo a check-in made a moment ago).
        updated = (
            Appointment.update(status=new.value, updated_at=utc_now())
            .where((Appointment.id == appt.id) & (Appointment.status == current.value))
            .execute()
        )
        if not updated:
            raise ConflictError(
                f"appointment {appt.external_id} was just changed at another station; look again"
            )
        settle_visit(appt.visit_id)
        record(
            actor,
            action,
            "appointment",
            appt.id,
            previous=current.value,
            **details,
        )
    return appt


def cancel_appointment(appointment_id: int, actor: Actor, reason: str | None = None):
    return _set_status(
        appointment_id,
        AppointmentStatus.CANCELLED,
        actor,
        "appointment.cancel",
        {AppointmentStatus.SCHEDULED, AppointmentStatus.ARRIVED},
        reason=reason,
    )


def mark_no_show(appointment_id: int, actor: Actor) -> Appointment:
    return _set_status(
        appointment_id,
        AppointmentStatus.NO_SHOW,
        actor,
        "appointment.no_show",
        {AppointmentStatus.SCHEDULED},
    )


def settle_visit(visit_id: int | None) -> None:
    """A visit not checked in whose appointments are all no-show/cancelled becomes a no-show."""
    if visit_id is None:
        return
    visit = Visit.get_by_id(visit_id)
    if visit.arrived_at is not None:
        return
    statuses = {
        a.status
        for a in Appointment.select(Appointment.status).where(Appointment.visit == visit_id)
    }
    closed = {AppointmentStatus.NO_SHOW.value, AppointmentStatus.CANCELLED.value}
    if statuses and statuses <= closed:
        new = (
            VisitStatus.NO_SHOW
            if AppointmentStatus.NO_SHOW.value in statuses
            else VisitStatus.CANCELLED
        )
    else:
        new = VisitStatus.EXPECTED
    if visit.status != new.value:
        Visit.update(status=new.value, updated_at=utc_now()).where(Visit.id == visit_id).execute()


def register_walk_in(
    patient_details: PatientInput,
    appointment: AppointmentInput,
    actor: Actor,
    *,
    new_patient: bool = False,
) -> tuple[Patient, Appointment]:
    """A patient who arrives without a booking: the patient (new, or known by MRN) and an
    appointment created at the desk, in one transaction. With ``new_patient`` an MRN that
    already belongs to someone is refused (the registration form's rule)."""
    clean = patient_details.validated()
    appointment = dataclasses.replace(appointment, source_system="desk")
    try:
        return _register_walk_in(clean, appointment, actor, new_patient)
    except IntegrityError as exc:
        # Another desk registered the same MRN a moment ago: nothing of ours was written.
        raise InputError(
            f"MRN {clean.mrn} was just registered at another station: search for the patient",
            where="mrn",
        ) from exc


def _register_walk_in(clean, appointment, actor, new_patient):
    with database_proxy.atomic():
        if new_patient:
            existing = Patient.get_or_none(Patient.mrn == clean.mrn)
            if existing is not None:
                raise InputError(
                    f"MRN {clean.mrn} already belongs to {existing.family_name}, "
                    f"{existing.given_name}: search for the patient instead",
                    where="mrn",
                )
        patient, _ = save_validated_patient(clean, actor)
        appt, change = upsert_appointment(appointment, patient, actor)
        if change != "created":
            raise InputError(
                f"an appointment with id {appointment.external_id!r} exists already",
                where="appointment_id",
            )
        record(
            actor,
            "patient.walk_in",
            "patient",
            patient.id,
            mrn=patient.mrn,
            appointment=appt.id,
        )
    return patient, appt
