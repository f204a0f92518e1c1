"""Demo data: deterministic for a seed, international, and refused on a database with patients."""

from __future__ import annotations

import datetime as dt

import pytest

from frontdesk.demo.generator import DemoOptions, generate
from frontdesk.errors import InputError
from frontdesk.services.schedule import day_schedule
from frontdesk.services.search import search_patients
from frontdesk.store.database import close_database, open_database
from frontdesk.store.models import (
    AuditEvent,
    Companion,
    Patient,
    SearchPosting,
    SearchTerm,
    Staff,
    Station,
)

DAY = dt.date(2026, 11, 30)


def _snapshot():
    return [
        (p.mrn, p.family_name, p.given_name, p.native_family_name, p.date_of_birth, p.passport_no)
        for p in Patient.select().order_by(Patient.id)
    ]


def test_demo_is_realistic_and_searchable(db, actor):
    report = generate(DemoOptions(patients=3000, start=DAY, days=2, seed=5, per_day=300))
    assert report.patients == 3000 and Patient.select().count() == 3000
    assert report.appointments > 300 and report.companions > 0
    assert Companion.select().count() == report.companions
    nationalities = {p.nationality for p in Patient.select(Patient.nationality)}
    assert len(nationalities) >= 25
    natives = [p.native_family_name for p in Patient.select() if p.native_family_name]
    scripts = "".join(natives)
    for sample in ("김", "王", "ال", "ов"):
        assert any(sample in n for n in natives), sample
    assert any("\u0e00" <= ch <= "\u0e7f" for ch in scripts)  # Thai
    assert len(day_schedule(DAY)) == 300
    assert Staff.get(Staff.username == "demo") and Station.select().count() >= 3
    assert AuditEvent.select().where(AuditEvent.action == "demo.generate").count() == 1
    # the index the bulk loader wrote is the one search reads: every patient is findable
    for patient in Patient.select().order_by(Patient.id).limit(40):
        query = f"{patient.family_name} {patient.given_name}"
        found = [h.patient.mrn for h in search_patients(query, limit=500)]
        assert patient.mrn in found, query
    term = SearchTerm.get(SearchTerm.term == "kim")
    exact = [h for h in search_patients("kim", limit=500) if h.matched == ("kim",)]
    assert term.df == len(exact) > 0


def test_same_seed_same_data(tmp_path):
    snapshots = []
    for name in ("a", "b"):
        open_database(f"sqlite:///{tmp_path / name}.sqlite3")
        generate(DemoOptions(patients=500, start=DAY, seed=42))
        snapshots.append(_snapshot())
        close_database()
    assert snapshots[0] == snapshots[1]
    open_database(f"sqlite:///{tmp_path / 'c'}.sqlite3")
    generate(DemoOptions(patients=500, start=DAY, seed=43))
    assert _snapshot() != snapshots[0]
    close_database()


def _everything():
    """Every drawn column of every patient (not when the rows were made), and the index."""
    columns = [f for name, f in Patient._meta.fields.items() if not name.endswith("_at")]
    patients = list(Patient.select(*columns).order_by(Patient.id).tuples())
    postings = list(
        SearchPosting.select(SearchTerm.term, SearchPosting.patient_id)
        .join(SearchTerm, on=SearchTerm.id == SearchPosting.term_id)
        .order_by(SearchTerm.term, SearchPosting.patient_id)
        .tuples()
    )
    terms = list(SearchTerm.select(SearchTerm.term, SearchTerm.phonetic, SearchTerm.df).tuples())
    return patients, postings, sorted(terms)


def test_drawn_in_a_second_process_and_on_either_engine_the_same(db, actor, tmp_path):
    # For many patients the demo draws in a second process while this one writes (and on
    # SQLite the statement formats MRN, passport, phone and hotel): the same data as drawn
    # and formatted here, on SQLite.
    options = DemoOptions(patients=1500, start=DAY, seed=9, per_day=40)
    generate(options, second_process=True)
    two = _everything()
    close_database()
    open_database(f"sqlite:///{tmp_path / 'one'}.sqlite3")
    generate(options, second_process=False)
    one = _everything()
    close_database()
    assert two == one
    patients, postings, terms = one
    assert len(patients) == 1500 and len({p[1] for p in patients}) == 1500  # MRNs
    assert {len(p[9]) for p in patients} == {9}  # passports: a letter and eight digits
    assert sum(df for _, _, df in terms) == len(postings) > 1500 * 3


def test_demo_refuses_a_database_with_patients(db, actor):
    generate(DemoOptions(patients=10, start=DAY))
    with pytest.raises(InputError, match="already holds patients"):
        generate(DemoOptions(patients=10, start=DAY))
    assert Patient.select().count() == 10


def test_patients_added_after_the_demo_get_fresh_ids(db, actor):
    from .helpers import make_patient

    generate(DemoOptions(patients=50, start=DAY))
    patient = make_patient(actor, mrn="NEW1", family="Zylberstein", given="Ada")
    assert patient.id == 51
    assert [h.patient.mrn for h in search_patients("zylberstein")] == ["NEW1"]
    assert [h.patient.mrn for h in search_patients("NEW1")] == ["NEW1"]


def test_the_planner_has_statistics_for_what_the_demo_loaded(db, actor):
    """A million demo patients planned blind make every search slow: the demo analyses what it
    loaded on either engine (a PostgreSQL server with autovacuum off would never do it)."""
    from frontdesk.store import sql
    from frontdesk.store.models import database_proxy

    generate(DemoOptions(patients=500, start=DAY, days=1, seed=3, per_day=20))
    conn = database_proxy.obj
    for table in ("patient", "search_term", "search_posting"):
        if sql.is_postgres():
            statement = (
                "SELECT last_analyze IS NOT NULL FROM pg_stat_user_tables "
                "WHERE relname = %s AND schemaname = current_schema()"
            )
        else:
            statement = "SELECT count(*) > 0 FROM sqlite_stat1 WHERE tbl = ?"
        ((analysed,),) = conn.execute_sql(statement, (table,)).fetchall()
        assert analysed, table
