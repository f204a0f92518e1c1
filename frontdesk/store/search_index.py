"""The patient search index: name terms, their postings, and the lookups search is built from.

    term_ids = index_patient(patient_id, {"kim", "minjun", "김"}, previous="")
    find_terms_by_prefix("ki", cap=200)        # -> [(id, "kim", "KM"), ...]
    patients_with_terms([term_id], limit=20)   # -> [patient_id, ...]

The vocabulary (``search_term``) is small next to the patients: a prefix typed by the receptionist
is a short range scan of its unique index, and only the postings of the best terms are read, so a
popular name such as "kim" costs the same as a rare one. The ranking lives in
:mod:`frontdesk.services.search`; this module is the SQL.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from peewee import chunked

from frontdesk.names import phonetic_key
from frontdesk.store.models import Patient, SearchPosting, SearchTerm

_IN_CHUNK = 500


def prefix_upper_bound(prefix: str) -> str:
    """The least string greater than every string that starts with ``prefix``."""
    return prefix[:-1] + chr(ord(prefix[-1]) + 1)


def ensure_terms(terms: Iterable[str]) -> dict[str, int]:
    """Ids of the terms, inserting those the vocabulary does not have yet."""
    wanted = sorted(set(terms))
    if not wanted:
        return {}
    ids = _term_ids(wanted)
    missing = [t for t in wanted if t not in ids]
    if missing:
        rows = [{"term": t, "phonetic": phonetic_key(t)} for t in missing]
        for batch in chunked(rows, 200):
            SearchTerm.insert_many(batch).on_conflict_ignore().execute()
        ids.update(_term_ids(missing))
    return ids


def _term_ids(terms: Sequence[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    for batch in chunked(terms, _IN_CHUNK):
        query = SearchTerm.select(SearchTerm.id, SearchTerm.term).where(SearchTerm.term.in_(batch))
        found.update({term: term_id for term_id, term in query.tuples()})
    return found


def index_patient(patient_id: int, terms: set[str], previous: str) -> str:
    """Replace the patient's postings; returns the new value of Patient.search_terms."""
    new_ids = set(ensure_terms(terms).values())
    old_ids = {int(t) for t in previous.split()} if previous else set()
    gone = old_ids - new_ids
    added = new_ids - old_ids
    for term_id in gone:
        SearchPosting.delete().where(
            (SearchPosting.term_id == term_id) & (SearchPosting.patient_id == patient_id)
        ).execute()
    if added:
        rows = [{"term_id": t, "patient_id": patient_id} for t in sorted(added)]
        SearchPosting.insert_many(rows).on_conflict_ignore().execute()
    return " ".join(str(t) for t in sorted(new_ids))


def find_terms_by_prefix(prefix: str, cap: int) -> list[tuple[int, str, str | None]]:
    """(id, term, phonetic) of the terms that start with ``prefix``, shortest first."""
    if not prefix:
        return []
    query = (
        SearchTerm.select(SearchTerm.id, SearchTerm.term, SearchTerm.phonetic)
        .where((SearchTerm.term >= prefix) & (SearchTerm.term < prefix_upper_bound(prefix)))
        .order_by(SearchTerm.term)
        .limit(cap)
    )
    return list(query.tuples())


def find_terms_by_phonetic(key: str, *, prefix: bool, cap: int) -> list[tuple[int, str, str]]:
    """(id, term, phonetic) of the terms whose phonetic key equals (or starts with) ``key``."""
    if prefix:
        condition = (SearchTerm.phonetic >= key) & (SearchTerm.phonetic < prefix_upper_bound(key))
    else:
        condition = SearchTerm.phonetic == key
    query = (
        SearchTerm.select(SearchTerm.id, SearchTerm.term, SearchTerm.phonetic)
        .where(condition)
        .limit(cap)
    )
    return list(query.tuples())


def patients_with_terms(term_ids: Sequence[int], limit: int) -> list[int]:
    """Patient ids carrying any of the terms, in the terms' order, at most ``limit``."""
    found: list[int] = []
    seen: set[int] = set()
    for term_id in term_ids:
        if len(found) >= limit:
            break
        query = (
            SearchPosting.select(SearchPosting.patient_id)
            .where(SearchPosting.term_id == term_id)
            .order_by(SearchPosting.patient_id)
            .limit(limit)
        )
        for (patient_id,) in query.tuples():
            if patient_id not in seen:
                seen.add(patient_id)
                found.append(patient_id)
                if len(found) >= limit:
                    break
    return found


def posting_count(term_ids: Sequence[int], cap: int) -> int:
    """How many postings the terms have, counted up to ``cap`` (enough to compare words)."""
    if not term_ids:
        return 0
    inner = (
        SearchPosting.select(SearchPosting.patient_id)
        .where(SearchPosting.term_id.in_(list(term_ids)))
        .limit(cap)
    )
    return inner.count()


def patient_term_ids(patient_ids: Sequence[int]) -> dict[int, frozenset[int]]:
    """Each patient's term ids, read from Patient.search_terms."""
    result: dict[int, frozenset[int]] = {}
    for batch in chunked(patient_ids, _IN_CHUNK):
        query = Patient.select(Patient.id, Patient.search_terms).where(Patient.id.in_(batch))
        for patient_id, terms in query.tuples():
            result[patient_id] = frozenset(int(t) for t in terms.split())
    return result


def patients_by_mrn_prefix(prefix: str, limit: int) -> list[tuple[int, str]]:
    query = (
        Patient.select(Patient.id, Patient.mrn)
        .where((Patient.mrn >= prefix) & (Patient.mrn < prefix_upper_bound(prefix)))
        .order_by(Patient.mrn)
        .limit(limit)
    )
    return list(query.tuples())


def patients_by_passport_prefix(prefix: str, limit: int) -> list[tuple[int, str]]:
    query = (
        Patient.select(Patient.id, Patient.passport_key)
        .where(
            (Patient.passport_key >= prefix) & (Patient.passport_key < prefix_upper_bound(prefix))
        )
        .order_by(Patient.passport_key)
        .limit(limit)
    )
    return list(query.tuples())


def patients_born_on(day: dt.date, limit: int) -> list[int]:
    query = Patient.select(Patient.id).where(Patient.date_of_birth == day).limit(limit)
    return [pid for (pid,) in query.tuples()]
