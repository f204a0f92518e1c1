"""Words the window reads from files the first time it shows them, read on a worker first.

    job.submit(warm_up)                                   # at start-up
    reader.submit(read_patient, actor, patient_id, day)   # with the names its panel shows

A language's own name comes from Babel's locale data (a file per language, 20-70 ms the first
time each is read) and a country's from pycountry's list; both are kept once read
(:mod:`frontdesk.locales`). Asked first on the GUI thread, as the panel shows a patient whose
language no one has shown yet, they stalled the window for as long (measured: 67 ms, the
longest stall of a run of check-ins). So the lists a desk shows (the walk-in form's languages
and countries) are read on a worker at start-up, and one patient's names with the patient.
"""

from __future__ import annotations

import datetime as dt

from frontdesk.locales import countries, country_name, language_name, languages
from frontdesk.services.actors import Actor
from frontdesk.services.patient_access import open_patient
from frontdesk.services.patient_view import PatientDetails


def warm_up() -> None:
    """On a worker: the language and country lists, read once for the whole run."""
    languages()
    countries()


def read_patient(actor: Actor | None, patient_id: int, day: dt.date, **kwargs) -> PatientDetails:
    """On a worker: the patient's day (refused for a door account), and the language and
    country names its panel will show."""
    details = open_patient(actor, patient_id, day, **kwargs)
    language_name(details.preferred_language)
    country_name(details.nationality)
    return details
