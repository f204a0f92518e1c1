"""Realistic demo data: international patients, companions, and days of appointments.

    report = generate(DemoOptions(patients=2000, start=dt.date(2026, 11, 28), days=2, seed=1))
    print(report.describe())

Deterministic for a seed (and a start date): the same options give the same patients, MRNs and
appointments. Names come from :mod:`frontdesk.demo.name_pools`, most common names most often, in
the passport's Latin spelling and the native script. The patients are drawn by
:mod:`frontdesk.demo.patients` (in a second process while this one writes, for many) and go in
through :mod:`frontdesk.store.bulk`; a million take 8-11 s on SQLite
(``benchmarks/bench_demo.py``, ``docs/benchmarks.md``).
"""

from __future__ import annotations

import datetime as dt
import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from frontdesk.demo import places
from frontdesk.demo.cases import add_cases
from frontdesk.demo.patients import Chunk, Kinds, drawn_patients
from frontdesk.errors import InputError
from frontdesk.services.audit import record
from frontdesk.services.office import office_zone
from frontdesk.store import demo_tables
from frontdesk.store.bulk import bulk_load
from frontdesk.timeutil import today

Progress = Callable[[str, int, int], None]

MAX_PATIENTS = 5_000_000


@dataclass
class DemoOptions:
    patients: int = 2000
    start: dt.date | None = None
    days: int = 0
    seed: int = 1
    per_day: int | None = None

    def checked(self) -> DemoOptions:
        if not 1 <= self.patients <= MAX_PATIENTS:
            raise InputError(f"--patients must be between 1 and {MAX_PATIENTS:,}")
        if not 0 <= self.days <= 366:
            raise InputError("--days must be between 0 and 366")
        if self.per_day is not None and not 0 <= self.per_day <= 20_000:
            raise InputError("--per-day must be between 0 and 20,000")
        return self

    def appointments_per_day(self) -> int:
        if self.per_day is not None:
            return self.per_day
        return min(2000, max(10, self.patients // 4))


@dataclass
class DemoReport:
    patients: int = 0
    companions: int = 0
    appointments: int = 0
    days: list[dt.date] = field(default_factory=list)
    terms: int = 0
    seconds: float = 0.0

    def describe(self) -> str:
        span = f"{self.days[0]} to {self.days[-1]}" if self.days else "no days"
        return (
            f"demo data: {self.patients:,} patients, {self.companions:,} companions, "
            f"{self.appointments:,} appointments ({span}), {self.terms:,} search terms "
            f"in {self.seconds:.1f} s; staff account 'demo'"
        )


def generate(
    options: DemoOptions, progress: Progress | None = None, *, second_process: bool | None = None
) -> DemoReport:
    """``second_process``: draw the patients in a second process (default: for 20,000 and more,
    on Linux); the data are the same either way."""
    options = options.checked()
    started = time.perf_counter()
    if demo_tables.patient_count():
        raise InputError(
            "the database already holds patients; demo data goes into an empty database "
            "(use --db to name a new file)"
        )
    zone = office_zone()
    first_day = options.start or today(zone)
    days = [first_day + dt.timedelta(days=k) for k in range(options.days + 1)]
    report = DemoReport(days=days)
    n = options.patients
    created = str(dt.datetime.now(dt.UTC).replace(tzinfo=None))
    drawn = drawn_patients(options.seed, n, created, second_process=second_process)

    def report_progress(stage: str, total: int):
        return (lambda done: progress(stage, done, total)) if progress else None

    with bulk_load(demo_tables.BULK_TABLES, in_order=("patient_mrn",)) as load:
        for message in drawn:
            if isinstance(message, Chunk):
                report.patients += demo_tables.insert_patients(load, message.rows)
                if progress:
                    progress("patients", report.patients, n)
                if report.patients == n:  # while the drawer works out the search index
                    load.build_indexes("patient")
                continue
            report.terms = load.rows("search_term", ("id", "term", "phonetic", "df"), message.terms)
            load.postings(message.postings, report_progress("search index", len(message.terms)))
            kind_of_patient = message.kinds
        load.reset_sequences(["patient", "search_term"])
        demo_tables.ensure_demo_staff()
        demo_tables.ensure_stations(places.STATIONS)
        kinds = Kinds()
        appts, companions = _schedule(
            random.Random(f"schedule {options.seed}"),
            options,
            days,
            lambda patient_id: kinds.person(kind_of_patient[patient_id - 1]),
            n,
            zone,
            progress,
        )
        # Interpreters, travel, checklists: from the visits just written (its own random stream).
        appts += add_cases(random.Random(options.seed + 18), days[0], days[-1], zone).appointments
        report.appointments = appts
        report.companions = companions
        record(
            None,
            "demo.generate",
            "database",
            None,
            patients=n,
            appointments=appts,
            seed=options.seed,
            first_day=first_day.isoformat(),
        )
    report.seconds = time.perf_counter() - started
    return report


def _schedule(rng, options, days, person, patients, zone, progress) -> tuple[int, int]:
    """Appointments of each day (1-3 per patient that day) and companions of those patients."""
    per_day = options.appointments_per_day()
    count = 0
    visited: set[int] = set()
    for number, day in enumerate(days):
        weekend = day.weekday() >= 5
        wanted = per_day // 5 if weekend else per_day
        rows = []
        patient_ids = rng.sample(range(1, patients + 1), min(patients, max(1, wanted)))
        slot = 0
        for patient_id in patient_ids:
            if len(rows) >= wanted:
                break
            visited.add(patient_id)
            first = rng.choice(places.START_MINUTES)
            for k in range(rng.choice((1, 1, 2, 2, 3))):
                if len(rows) >= wanted:
                    break
                slot += 1
                dept = rng.choice(places.DEPARTMENTS)
                local = dt.datetime.combine(day, dt.time(0), tzinfo=zone) + dt.timedelta(
                    minutes=first + k * rng.choice((45, 60, 90, 120))
                )
                rows.append(
                    {
                        "source_system": "demo",
                        "external_id": f"{day:%Y%m%d}-{slot:05d}",
                        "patient_id": patient_id,
                        "start": local.astimezone(dt.UTC),
                        "duration_min": rng.choice((15, 30, 30, 45, 60, 90)),
                        "department": dept.name,
                        "clinician": places.clinician(rng, dept),
                        "location": places.location(rng, dept),
                        "type": rng.choice(dept.types),
                        "status": "cancelled" if rng.random() < 0.03 else "scheduled",
                    }
                )
        count += demo_tables.insert_appointments(rows, zone)
        if progress:
            progress("appointments", number + 1, len(days))
    companions = []
    for patient_id in sorted(visited):
        if rng.random() < 0.45:
            nat, family = person(patient_id)
            for _ in range(rng.choice((1, 1, 1, 2, 2, 3))):
                sex = "given_female" if rng.random() < 0.5 else "given_male"
                given = getattr(nat, sex)[pools_pick(rng, len(getattr(nat, sex)))]
                same_family = rng.random() < 0.7
                fam = family if same_family else nat.family[pools_pick(rng, len(nat.family))]
                companions.append(
                    (
                        patient_id,
                        fam.latin,
                        given.latin,
                        fam.native,
                        given.native,
                        rng.choice(places.RELATIONSHIPS),
                    )
                )
    demo_tables.insert_companions(companions)
    return count, len(companions)


def pools_pick(rng: random.Random, size: int) -> int:
    return min(int(rng.paretovariate(1.2)) - 1, size - 1)
