"""The rows demo data needs beside patients: staff, stations, visits, appointments, companions.

Used by :mod:`frontdesk.demo.generator` inside one :func:`frontdesk.store.bulk.bulk_load`.
"""

from __future__ import annotations

import datetime as dt

from peewee import chunked

from frontdesk.store import import_rows
from frontdesk.store.bulk import BulkLoader
from frontdesk.store.models import Appointment, Companion, Patient, Staff, Station, Visit

BULK_TABLES = ("patient", "search_term", "search_posting")

# An import's new patient's columns with the id, but the flag a demo never raises.
PATIENT_COLUMNS = ("id", *(c for c in import_rows.PATIENT_COLUMNS if c != "name_to_confirm"))

# A drawn patient (frontdesk.demo.patients): what varies, left for insert_patients to format
# into PATIENT_COLUMNS: the MRN from the id, the passport from a number below 26 * 10^8 (a letter
# and eight digits), the phone from its country code and number, the hotel with its room.
DRAWN_COLUMNS = (
    "id",
    *PATIENT_COLUMNS[2:9],  # family_name ... nationality: as they are
    "passport",  # int
    "preferred_language",
    "interpreter_needed",  # 0 or 1
    "phone_code",  # "+966"
    "phone_number",  # int
    "hotel",  # None: no local address
    "room",  # int
    "search_terms",
    "created_at",
)

# On SQLite the formatting is done by the statement, in C: a million rows of 17 values bind
# faster than of 19 strings made in Python (NULL || text is NULL: no hotel, no address).
_SQLITE_PATIENTS = (
    f"INSERT INTO patient ({', '.join(PATIENT_COLUMNS)}) VALUES ("
    "?1, printf('M%08d', ?1), ?2, ?3, ?4, ?5, ?6, ?7, ?8, "
    "printf('%s%08d', char(65 + ?9 / 100000000), ?9 % 100000000), "
    "printf('%s%08d', char(65 + ?9 / 100000000), ?9 % 100000000), "
    "?10, ?11, ?12 || ?13, NULL, ?14 || ' (room ' || ?15 || ')', ?16, ?17, ?17)"
)

DEMO_STAFF = (
    ("demo", "Demo Receptionist"),
    ("amal", "Amal Haddad"),
    ("li.wei", "Li Wei"),
    ("maria", "María Fernández"),
    ("security", "Door Security"),
)


def mrn(patient_id: int) -> str:
    return f"M{patient_id:08d}"


def passport(number: int) -> str:
    return f"{chr(65 + number // 100_000_000)}{number % 100_000_000:08d}"


def insert_patients(load: BulkLoader, rows: list[tuple]) -> int:
    """Drawn patients (DRAWN_COLUMNS) written as patient rows, the same on either engine."""
    if not load.postgres:
        load.db.cursor().executemany(_SQLITE_PATIENTS, rows)
        return len(rows)
    return load.rows("patient", PATIENT_COLUMNS, map(_patient_row, rows))


def _patient_row(drawn: tuple) -> tuple:
    (patient_id, family, given, native_family, native_given, birth, sex, nationality, number,
     language, interpreter, code, phone, hotel, room, terms, created) = drawn  # fmt: skip
    number_text = passport(number)
    return (
        patient_id,
        mrn(patient_id),
        family,
        given,
        native_family,
        native_given,
        birth,
        sex,
        nationality,
        number_text,
        number_text,
        language,
        bool(interpreter),
        f"{code}{phone}",
        None,
        None if hotel is None else f"{hotel} (room {room})",
        terms,
        created,
        created,
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
