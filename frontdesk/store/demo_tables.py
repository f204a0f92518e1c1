"""The rows demo data needs beside patients: staff, stations, visits, appointments, companions.

Used by :mod:`frontdesk.demo.generator` inside one :func:`frontdesk.store.bulk.bulk_load`.
"""

from __future__ import annotations

import datetime as dt

from peewee import chunked

from frontdesk.store.models import Appointment, Companion, Patient, Staff, Station, Visit

BULK_TABLES = ("patient", "search_term", "search_posting")

PATIENT_COLUMNS = (
    "id",
    "mrn",
    "family_name",
    "given_name",
    "native_family_name",
    "native_given_name",
    "date_of_birth",
    "sex",
    "nationality",
    "passport_no",
    "passport_key",
    "preferred_language",
    "interpreter_needed",
    "phone",
    "email",
    "local_address",
    "search_terms",
    "created_at",
    "updated_at",
)

DEMO_STAFF = (
    ("demo", "Demo Receptionist"),
    ("amal", "Amal Haddad"),
    ("li.wei", "Li Wei"),
    ("maria", "María Fernández"),
    ("security", "Door Security"),
)


def patient_count() -> int:
    return Patient.select().count()


def ensure_demo_staff() -> list[int]:
    for username, name in DEMO_STAFF:
        Staff.insert(username=username, display_name=name).on_conflict_ignore().execute()
    return [
        s.id for s in Staff.select(Staff.id).where(Staff.username.in_([u for u, _ in DEMO_STAFF]))
    ]


def ensure_stations(stations: tuple[tuple[str, str], ...]) -> None:
    for name, kind in stations:
        Station.insert(name=name, kind=kind).on_conflict_ignore().execute()


def insert_appointments(rows: list[dict], zone: dt.tzinfo) -> int:
    """Appointments with their visits (one per patient and local date), created as needed."""
    keys = {(r["patient_id"], r["start"].astimezone(zone).date()) for r in rows}
    for batch in chunked(sorted(keys), 500):
        Visit.insert_many(
            [{"patient": p, "local_date": d} for p, d in batch]
        ).on_conflict_ignore().execute()
    visit_ids: dict[tuple[int, dt.date], int] = {}
    for day in {d for _, d in keys}:
        query = Visit.select(Visit.id, Visit.patient, Visit.local_date).where(
            Visit.local_date == day
        )
        for visit_id, patient_id, local_date in query.tuples():
            if isinstance(local_date, str):
                local_date = dt.date.fromisoformat(local_date)
            visit_ids[(patient_id, local_date)] = visit_id
    for row in rows:
        row["visit"] = visit_ids[(row["patient_id"], row["start"].astimezone(zone).date())]
        row["patient"] = row.pop("patient_id")
    for batch in chunked(rows, 500):
        Appointment.insert_many(batch).execute()
    return len(rows)


def insert_companions(rows: list[tuple]) -> None:
    fields = [
        Companion.patient,
        Companion.family_name,
        Companion.given_name,
        Companion.native_family_name,
        Companion.native_given_name,
        Companion.relationship,
    ]
    for batch in chunked(rows, 500):
        Companion.insert_many(batch, fields=fields).execute()
