"""Realistic demo data: international patients, companions, and days of appointments.

    report = generate(DemoOptions(patients=2000, start=dt.date(2026, 11, 28), days=2, seed=1))
    print(report.describe())

Deterministic for a seed (and a start date): the same options give the same patients, MRNs and
appointments. Names come from :mod:`frontdesk.demo.name_pools`, most common names most often, in
the passport's Latin spelling and the native script. A million patients take well under a minute:
each distinct name's search terms are computed once and the rows go in through
:mod:`frontdesk.store.bulk`.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import random
import string
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from frontdesk.demo import name_pools, places
from frontdesk.demo.cases import add_cases
from frontdesk.errors import InputError
from frontdesk.names import name_terms, phonetic_key
from frontdesk.services.audit import record
from frontdesk.services.office import office_zone
from frontdesk.store import demo_tables
from frontdesk.store.bulk import bulk_load
from frontdesk.timeutil import today

Progress = Callable[[str, int, int], None]

MAX_PATIENTS = 5_000_000
_ZIPF = 0.9  # how strongly the first (most common) names of a pool dominate


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


class _Pools:
    """Cumulative weights per nationality, and each distinct name's search terms, computed once."""

    def __init__(self) -> None:
        self.nationalities = name_pools.NATIONALITIES
        self.nat_cum = list(itertools.accumulate(n.weight for n in self.nationalities))
        self.cum = {}
        for n in self.nationalities:
            for pool in ("family", "given_male", "given_female"):
                entries = getattr(n, pool)
                weights = [1.0 / (rank + 1) ** _ZIPF for rank in range(len(entries))]
                self.cum[(n.alpha3, pool)] = list(itertools.accumulate(weights))
        self.vocabulary: dict[str, int] = {}
        self.name_terms: dict[tuple, tuple[int, ...]] = {}
        self.feminine_forms: dict[tuple, name_pools.Name] = {}

    def feminine(self, alpha3: str, family: name_pools.Name) -> name_pools.Name:
        key = (alpha3, family)
        name = self.feminine_forms.get(key)
        if name is None:
            name = self.feminine_forms[key] = name_pools.feminine_family_name(alpha3, family)
        return name

    def pick(self, rng: random.Random, alpha3: str, pool: str) -> int:
        cum = self.cum[(alpha3, pool)]
        return bisect.bisect_right(cum, rng.random() * cum[-1])

    def pick_nationality(self, rng: random.Random):
        index = bisect.bisect_right(self.nat_cum, rng.random() * self.nat_cum[-1])
        return self.nationalities[index]

    def term_ids(self, family: name_pools.Name, given: name_pools.Name) -> tuple[int, ...]:
        key = (family, given)
        ids = self.name_terms.get(key)
        if ids is None:
            terms = name_terms(family.latin, given.latin, family.native, given.native)
            vocabulary = self.vocabulary
            for term in terms:
                if term not in vocabulary:
                    vocabulary[term] = len(vocabulary) + 1
            ids = tuple(sorted(vocabulary[t] for t in terms))
            self.name_terms[key] = ids
        return ids


_LETTERS = string.ascii_uppercase
_CHUNK = 50_000


def generate(options: DemoOptions, progress: Progress | None = None) -> DemoReport:
    options = options.checked()
    started = time.perf_counter()
    if demo_tables.patient_count():
        raise InputError(
            "the database already holds patients; demo data goes into an empty database "
            "(use --db to name a new file)"
        )
    rng = random.Random(options.seed)
    pools = _Pools()
    zone = office_zone()
    first_day = options.start or today(zone)
    days = [first_day + dt.timedelta(days=k) for k in range(options.days + 1)]
    report = DemoReport(days=days)
    n = options.patients

    people: list[tuple] = []  # (nationality, family Name, given Name, sex) of each patient
    by_term: dict[int, list[int]] = {}
    created = str(dt.datetime.now(dt.UTC).replace(tzinfo=None))
    birth_base = dt.date(1935, 1, 1).toordinal()
    birth_span = dt.date(2022, 12, 31).toordinal() - birth_base
    # Everything about a kind of person (nationality, sex, family and given name) that does not
    # change from one patient to the next, computed once: names, terms, the search_terms text.
    kinds: dict[tuple, tuple] = {}

    def kind_of(nat, sex: str, family_index: int, given_index: int) -> tuple:
        family = nat.family[family_index]
        if sex == "F":
            family = pools.feminine(nat.alpha3, family)
        given = (nat.given_female if sex == "F" else nat.given_male)[given_index]
        ids = pools.term_ids(family, given)
        by_term_lists = []
        for term_id in ids:
            postings = by_term.get(term_id)
            if postings is None:
                postings = by_term[term_id] = []
            by_term_lists.append(postings)
        return (nat, family, given, sex, " ".join(map(str, ids)), tuple(by_term_lists))

    # Per nationality, what drawing a patient needs, looked up once (a million patients: every
    # attribute lookup and call in the loop below costs about a tenth of a second).
    profiles = {
        nat.alpha3: (
            pools.cum[(nat.alpha3, "family")],
            pools.cum[(nat.alpha3, "given_female")],
            pools.cum[(nat.alpha3, "given_male")],
            nat.languages,
            nat.interpreter_rate,
            f"+{nat.phone_country_code}",
        )
        for nat in pools.nationalities
    }
    births = [  # every date of birth, as text, once
        dt.date.fromordinal(birth_base + k).isoformat() for k in range(birth_span + 1)
    ]
    hotels = places.HOTELS
    bisect_right = bisect.bisect_right
    nationalities, nat_cum = pools.nationalities, pools.nat_cum
    nat_total = nat_cum[-1]

    def patient_chunk(first: int, last: int) -> list[tuple]:
        # The same draws, in the same order, as pools.pick_nationality(), pools.pick() and
        # places.hotel() (random.choice and randrange are _randbelow): the data of a seed stay.
        rows = []
        random_ = rng.random
        below = rng._randbelow
        for patient_id in range(first, last):
            nat = nationalities[bisect_right(nat_cum, random_() * nat_total)]
            alpha3 = nat.alpha3
            cum_family, cum_female, cum_male, languages, interpreter_rate, phone = profiles[alpha3]
            sex = "F" if random_() < 0.5 else "M"
            family_index = bisect_right(cum_family, random_() * cum_family[-1])
            cum_given = cum_female if sex == "F" else cum_male
            given_index = bisect_right(cum_given, random_() * cum_given[-1])
            key = (alpha3, sex, family_index, given_index)
            kind = kinds.get(key)
            if kind is None:
                kind = kinds[key] = kind_of(nat, sex, family_index, given_index)
            _, family, given, _, term_text, postings = kind
            people.append(kind)
            for plist in postings:
                plist.append(patient_id)
            language = languages[0 if random_() < 0.85 or len(languages) < 2 else 1]
            passport = f"{_LETTERS[int(random_() * 26)]}{int(random_() * 100_000_000):08d}"
            birth = births[int(random_() * birth_span)]
            interpreter = random_() < interpreter_rate
            phone_number = f"{phone}{100_000_000 + int(random_() * 899_999_999)}"
            hotel = (
                f"{hotels[below(len(hotels))]} (room {201 + below(1698)})"
                if random_() < 0.6
                else None
            )
            rows.append(
                (
                    patient_id,
                    f"M{patient_id:08d}",
                    family.latin,
                    given.latin,
                    family.native,
                    given.native,
                    birth,
                    sex,
                    alpha3,
                    passport,
                    passport,
                    language,
                    interpreter,
                    phone_number,
                    None,
                    hotel,
                    term_text,
                    created,
                    created,
                )
            )
        return rows

    def report_progress(stage: str, total: int):
        return (lambda done: progress(stage, done, total)) if progress else None

    with bulk_load(demo_tables.BULK_TABLES, in_order=("patient_mrn",)) as load:
        for first in range(1, n + 1, _CHUNK):
            last = min(first + _CHUNK, n + 1)
            report.patients += load.rows(
                "patient", demo_tables.PATIENT_COLUMNS, patient_chunk(first, last)
            )
            if progress:
                progress("patients", last - 1, n)
        term_rows = [
            (term_id, term, phonetic_key(term), len(by_term.get(term_id, ())))
            for term, term_id in pools.vocabulary.items()
        ]
        report.terms = load.rows("search_term", ("id", "term", "phonetic", "df"), term_rows)
        load.postings(by_term, report_progress("search index", len(by_term)))
        by_term.clear()
        load.reset_sequences(["patient", "search_term"])
        demo_tables.ensure_demo_staff()
        demo_tables.ensure_stations(places.STATIONS)
        appts, companions = _schedule(rng, options, days, people, zone, progress)
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


def _schedule(rng, options, days, people, zone, progress) -> tuple[int, int]:
    """Appointments of each day (1-3 per patient that day) and companions of those patients."""
    per_day = options.appointments_per_day()
    count = 0
    visited: set[int] = set()
    for number, day in enumerate(days):
        weekend = day.weekday() >= 5
        wanted = per_day // 5 if weekend else per_day
        rows = []
        patient_ids = rng.sample(range(1, len(people) + 1), min(len(people), max(1, wanted)))
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
            nat, family = people[patient_id - 1][:2]
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
