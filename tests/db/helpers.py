"""Small builders for database tests: a patient with appointments on a given local day."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from frontdesk.services.appointments import AppointmentInput, upsert_appointment
from frontdesk.services.patient_input import PatientInput
from frontdesk.services.patients import save_patient
from frontdesk.store.models import database_proxy

NEW_YORK = ZoneInfo("America/New_York")
DAY = dt.date(2026, 11, 30)


# The visit day of badge and door tests, and the instant their clock starts from (a module
# sets ``RUNS_AT = BADGE_MORNING``; tests/conftest.py runs its tests on frontdesk.clock from
# there): badges are never issued for a day that is over, and these tests no longer follow the
# calendar.
BADGE_DAY = DAY
BADGE_MORNING = dt.datetime.combine(DAY, dt.time(7), tzinfo=NEW_YORK)


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
