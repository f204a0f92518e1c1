"""PostgreSQL intersects the typed words' posting lists in its GIN index of the patients' term ids
(schema 12). Checked against an independent model: the patients who carry a term of every word,
worked out here from the posting table itself, on demo data (3,000 patients, real name pools);
and the whole search, with and without the index, gives the same hits."""

from __future__ import annotations

import datetime as dt
import random

import pytest

import frontdesk.services.search_words as search_words
from frontdesk.demo.generator import DemoOptions, generate
from frontdesk.services.search import search_patients
from frontdesk.store import search_cache
from frontdesk.store import search_index as index
from frontdesk.store.models import Patient, SearchTerm
from frontdesk.store.sql import rows

DAY = dt.date(2026, 11, 30)


@pytest.fixture
def demo(pg_url):
    from frontdesk.store.database import close_database, open_database

    open_database(pg_url)
    generate(DemoOptions(patients=3000, start=DAY, seed=12, per_day=100))
    yield
    close_database()


def _two_word_queries(count: int) -> list[tuple[list[int], list[int]]]:
    """Pairs of term-id sets: the terms that start with each of two words of a random patient's
    name (as a typed prefix matches them)."""
    rng = random.Random(7)
    patients = list(Patient.select(Patient.family_name, Patient.given_name).limit(3000))
    pairs = []
    for patient in rng.sample(patients, count):
        words = [w.lower() for w in (patient.family_name.split()[0], patient.given_name.split()[0])]
        sets = []
        for word in words:
            prefix = word[: rng.randint(1, len(word))]
            ids = [t.id for t in SearchTerm.select().where(SearchTerm.term.startswith(prefix))]
            sets.append(ids)
        if all(sets):
            pairs.append((sets[0], sets[1]))
    return pairs


def test_the_index_finds_exactly_the_patients_with_a_term_of_every_set(demo):
    checked = 0
    for first, second in _two_word_queries(120):
        with search_cache.searching():
            found = index.patients_having_all([first, second], 5000)
        model = {
            patient
            for (patient,) in rows(
                "SELECT patient_id FROM search_posting WHERE term_id = ANY(%s) "
                "INTERSECT SELECT patient_id FROM search_posting WHERE term_id = ANY(%s)",
                (first, second),
            )
        }
        assert found is not None and set(found) == model and found == sorted(found)
        checked += bool(model)
    assert checked >= 60  # most pairs have patients in common


def test_more_matches_than_the_cap_are_refused_not_cut(demo):
    every = [t.id for t in SearchTerm.select()]
    with search_cache.searching():
        assert index.patients_having_all([every, every], 100) is None
        assert len(index.patients_having_all([every, every], 3000)) == 3000


def test_search_gives_the_same_hits_with_and_without_the_index(demo, monkeypatch):
    rng = random.Random(3)
    names = [(p.family_name, p.given_name) for p in Patient.select().order_by(Patient.id)]
    queries = []
    for family, given in rng.sample(names, 80):
        first, second = family.lower().split()[0], given.lower().split()[0]
        queries.append(f"{first} {second[: rng.randint(3, max(3, len(second)))]}")
        queries.append(f"{second} {first}")
    used = []
    real = index.patients_having_all

    def counted(term_sets, cap):
        found = real(term_sets, cap)
        used.append(found is not None)
        return found

    monkeypatch.setattr(index, "patients_having_all", counted)
    with_index = {
        q: [(h.patient.mrn, h.score) for h in search_patients(q, day=DAY)] for q in queries
    }
    assert sum(used) >= 40  # the index answered most of them
    monkeypatch.setattr(search_words, "ALL_MATCHES_CAP", -1)  # never: the posting lists read
    without = {q: [(h.patient.mrn, h.score) for h in search_patients(q, day=DAY)] for q in queries}
    assert with_index == without
