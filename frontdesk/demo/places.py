"""The demo hospital: departments, clinicians, buildings, hotels and the desk's stations.

The departments are those an International Patient Center books (see DOMAIN.md); locations are
building / floor / room, as the visit summary prints them.
"""

from __future__ import annotations

import random
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Department:
    name: str
    building: str
    floors: tuple[int, ...]
    types: tuple[str, ...]
    clinicians: tuple[str, ...]


DEPARTMENTS: tuple[Department, ...] = (
    Department(
        "Cancer Center",
        "Yawkey Building",
        (7, 8, 9),
        ("consultation", "second opinion", "treatment", "follow-up"),
        ("Dr. Sarah Chen", "Dr. Michael Okafor", "Dr. Elena Rossi", "Dr. David Levin"),
    ),
    Department(
        "Digestive Health",
        "Wang Building",
        (3, 4),
        ("consultation", "procedure", "second opinion", "follow-up"),
        ("Dr. Priya Raman", "Dr. James O'Connor", "Dr. Hana Sato"),
    ),
    Department(
        "Neuroscience",
        "Lunder Building",
        (6, 7),
        ("consultation", "second opinion", "imaging", "follow-up"),
        ("Dr. Ahmed Farouk", "Dr. Laura Schmidt", "Dr. Kenji Watanabe"),
    ),
    Department(
        "Heart Center",
        "Yawkey Building",
        (5,),
        ("consultation", "second opinion", "procedure", "follow-up"),
        ("Dr. Robert Kim", "Dr. Fatima Al-Sayed", "Dr. Thomas Berg"),
    ),
    Department(
        "Orthopedics",
        "Wang Building",
        (2,),
        ("consultation", "second opinion", "treatment", "imaging"),
        ("Dr. Carlos Mendes", "Dr. Anna Kowalski", "Dr. Samuel Adeyemi"),
    ),
    Department(
        "Transplant Center",
        "White Building",
        (5, 6),
        ("consultation", "evaluation", "follow-up"),
        ("Dr. Yusuf Demir", "Dr. Catherine Moreau"),
    ),
    Department(
        "Urology",
        "Wang Building",
        (5,),
        ("consultation", "procedure", "follow-up"),
        ("Dr. Daniel Cohen", "Dr. Mei Lin"),
    ),
    Department(
        "Trauma and Emergency Surgery",
        "White Building",
        (1,),
        ("consultation", "follow-up"),
        ("Dr. Olga Petrova", "Dr. Marcus Johnson"),
    ),
    Department(
        "Imaging",
        "Ellison Building",
        (0, 1),
        ("MRI", "CT", "PET-CT", "ultrasound"),
        ("Radiology team",),
    ),
    Department("Laboratory", "Ellison Building", (2,), ("blood draw", "lab"), ("Lab team",)),
)

# Minutes after local midnight at which a patient's first appointment of the day starts.
START_MINUTES = tuple(range(7 * 60 + 30, 16 * 60 + 1, 15))

RELATIONSHIPS = (
    "spouse",
    "spouse",
    "son",
    "daughter",
    "parent",
    "sibling",
    "friend",
    "interpreter",
    "driver",
)

STATIONS = (
    ("Desk 1", "desk"),
    ("Desk 2", "desk"),
    ("Main entrance", "door"),
    ("Yawkey door", "door"),
)

HOTELS = (
    "Liberty Hotel, 215 Charles St",
    "Onyx Hotel, 155 Portland St",
    "Residence Inn, 34-44 Charles River Ave",
    "Hyatt Regency, 1 Avenue de Lafayette",
    "Whittier Place Apartments, 6 Whittier Pl",
    "Holiday Inn Express, 69 Boston St",
    "Boston Park Plaza, 50 Park Plaza",
    "Mandarin Oriental, 776 Boylston St",
)


def clinician(rng: random.Random, department: Department) -> str:
    return rng.choice(department.clinicians)


def location(rng: random.Random, department: Department) -> str:
    floor = rng.choice(department.floors)
    room = floor * 100 + rng.randrange(1, 40)
    return f"{department.building}, floor {floor}, room {room}"


def hotel(rng: random.Random) -> str:
    # demo.patients draws the same inline (rooms 201-1898), a million times.
    return f"{rng.choice(HOTELS)} (room {rng.randrange(201, 1899)})"
