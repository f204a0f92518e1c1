"""Every posting holds its patient's name signature (schema 13), whoever wrote it: the demo's
bulk load, a desk registering or renaming a patient, the passport name confirmed, an import's
newcomers, the upgrade of an older database. Checked against a model worked out apart from the
writers: the signature of the terms that ``patient.search_terms`` names, read back from the
vocabulary. And search gives the same hits whether the database filters posting lists by
signature or not, on either engine, on 160 queries drawn from the patients' own names (a
one-letter last word among them)."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from frontdesk.demo.generator import DemoOptions, generate
from frontdesk.name_signature import name_signature
from frontdesk.services.identity import confirm_passport_name
from frontdesk.services.patients import save_patient
from frontdesk.services.schedule_import import import_schedule_bytes
from frontdesk.services.search import search_patients
from frontdesk.store import search_index as index
from frontdesk.store.models import Patient
from frontdesk.store.sql import execute, rows

from .helpers import DAY
from .test_csv_import import csv_bytes
from .test_patients import details


def mismatched_postings() -> list[tuple[int, int, int, int]]:
    """(term id, patient id, sig held, sig of the model) of every posting that disagrees."""
    vocabulary = dict(rows("SELECT id, term FROM search_term"))
    model = {
        patient_id: name_signature(vocabulary[int(t)] for t in (text or "").split())
        for patient_id, text in rows("SELECT id, search_terms FROM patient")
    }
    held = rows("SELECT term_id, patient_id, sig FROM search_posting")
    assert held, "no postings at all"
    return [(t, p, s, model.get(p, -1)) for t, p, s in held if model.get(p, -1) != s]


def _row(external_id: str, mrn: str, family: str, given: str) -> str:
    return (
        f"{external_id},{DAY.isoformat()}T09:00,30,Imaging,Radiology team,Lunder 1,MRI,,"
        f"{mrn},{family},{given},,,1980-01-01,F,USA,,en,no,,"
    )


def test_every_writer_leaves_each_posting_with_its_patients_signature(db, actor):
    generate(DemoOptions(patients=400, start=DAY, seed=5, per_day=20))
    assert mismatched_postings() == []

    patient, _ = save_patient(details(), actor)  # a desk registers a patient
    assert mismatched_postings() == []
    save_patient(details(family_name="Haddad", native_family_name="حداد"), actor)  # renamed
    assert mismatched_postings() == []
    confirm_passport_name(patient.id, "Zayed", "Fatima", actor)  # passport name confirmed
    assert mismatched_postings() == []

    newcomers = [_row(f"S-{n}", f"SIG{n}", f"Xorvath{n % 3}", "Yusra") for n in range(12)]
    report = import_schedule_bytes(csv_bytes(newcomers), actor)  # an import's newcomers
    assert report.written and report.patients["created"] == 12, report
    assert mismatched_postings() == []
    # The renamed patient carries Zayed now, and not Haddad: their signature followed.
    found = [h.patient.mrn for h in search_patients("fatima z")]
    assert "W100" in found


@pytest.fixture
def demo(db):
    generate(DemoOptions(patients=3000, start=DAY, seed=12, per_day=100))


def test_search_gives_the_same_hits_with_and_without_the_signatures(demo, monkeypatch):
    rng = random.Random(5)
    names = [(p.family_name, p.given_name) for p in Patient.select().order_by(Patient.id)]
    queries = []
    for family, given in rng.sample(names, 80):
        first, second = family.lower().split()[0], given.lower().split()[0]
        queries.append(f"{first} {second[: rng.randint(1, max(1, len(second)))]}")
        queries.append(f"{second} {first[:1]}")  # a last word of one letter
    filtered = []
    real = index.postings_after

    def counted(term_id, after, limit, masks=()):
        filtered.append(bool(masks))
        return real(term_id, after, limit, masks)

    monkeypatch.setattr(index, "postings_after", counted)
    day = dt.date(2026, 11, 30)
    with_signatures = {
        q: [(h.patient.mrn, h.score) for h in search_patients(q, day=day)] for q in queries
    }
    assert sum(filtered) >= 40  # the filter served many of them
    monkeypatch.setattr(index, "has_posting_signatures", lambda: False)
    filtered.clear()
    without = {q: [(h.patient.mrn, h.score) for h in search_patients(q, day=day)] for q in queries}
    assert not any(filtered)
    assert with_signatures == without
    assert sum(1 for hits in without.values() if hits) >= 150


def test_a_posting_without_a_signature_is_never_passed_over(demo):
    """A row an older release's writer left at 0 (the upgrade's default) is read, not hidden."""
    patient = Patient.get(Patient.id == 17)
    word = patient.family_name.lower().split()[0]
    letter = patient.given_name.lower()[0]
    query = f"{word} {letter}"
    before = [h.patient.mrn for h in search_patients(query, limit=500)]
    assert patient.mrn in before
    execute("UPDATE search_posting SET sig = 0 WHERE patient_id = ?", (17,))
    after = [h.patient.mrn for h in search_patients(query, limit=500)]
    assert patient.mrn in after
