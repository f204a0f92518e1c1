"""Small builders for database tests: a patient with appointments on a given local day."""

from __future__ import annotations

import datetime as dt
import os
from zoneinfo import ZoneInfo

from frontdesk.services.appointments import AppointmentInput, upsert_appointment
from frontdesk.services.patient_input import PatientInput
from frontdesk.services.patients import save_patient
from frontdesk.store.models import database_proxy

NEW_YORK = ZoneInfo("America/New_York")
DAY = dt.date(2026, 11, 30)


def _badge_day() -> dt.date:
    """The visit day of badge and door tests: DAY, or once DAY is near or past, the next
    Monday at least two days ahead. Badges are never issued for a day that is over, so these
    tests follow the calendar; the others keep their fixed day."""
    override = os.environ.get("FRONTDESK_TEST_BADGE_DAY")  # to try a later calendar now
    if override:
        return dt.date.fromisoformat(override)
    soon = dt.date.today() + dt.timedelta(days=2)
    if soon <= DAY:
        return DAY
    return soon + dt.timedelta(days=(7 - soon.weekday()) % 7)


BADGE_DAY = _badge_day()


def make_patient(actor, mrn="MRN1", family="Haddad", given="Layla", **extra):
    patient, _ = save_patient(
        PatientInput(
            mrn=mrn,
            family_name=family,
            given_name=given,
            date_of_birth=extra.pop("date_of_birth", "1980-05-17"),
            **extra,
        ),
        actor,
    )
    return patient


def book(actor, patient, external_id, hour, minute=0, day=DAY, **extra):
    start = dt.datetime.combine(day, dt.time(hour, minute), tzinfo=NEW_YORK)
    with database_proxy.atomic():
        appt, _ = upsert_appointment(
            AppointmentInput(external_id=external_id, start=start, **extra), patient, actor
        )
    return appt
