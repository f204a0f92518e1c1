"""The patient search index: name terms, their postings, and the lookups search is built from.

    term_ids = index_patient(patient_id, {"kim", "minjun", "김"}, previous="")
    find_terms_by_prefix("ki", cap=200)        # -> [(id, "kim", patients), ...]
    first_postings([term_id], per_term=20)     # -> [(term_id, patient_id), ...]

The vocabulary (``search_term``) is small next to the patients: a prefix typed by the receptionist
is a short range scan of its unique index, and only the postings of the best terms are read, so a
popular name such as "kim" costs the same as a rare one. The ranking lives in
:mod:`frontdesk.services.search`; this module is the SQL.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterable, Sequence

from frontdesk.name_signature import name_signature
from frontdesk.names import phonetic_key
from frontdesk.store import search_cache
from frontdesk.store.database import is_postgres
from frontdesk.store.import_runs import visible
from frontdesk.store.models import SearchPosting, SearchTerm, database_proxy
from frontdesk.store.search_changes import note_index_change
from frontdesk.store.search_index_ddl import TERM_IDS_HAS
from frontdesk.store.sql import among, binary_rows, rows

_IN_CHUNK = 500


def chunked(items: Iterable, size: int) -> Iterable[Sequence]:
    """``items`` in slices of ``size`` (peewee's ``chunked`` pads the last group and pops the
    padding one by one: 40 us for a list of one, on every statement of a search)."""
    if not isinstance(items, list | tuple):
        items = list(items)
    for start in range(0, len(items), size):
        yield items[start : start + size]


def prefix_upper_bound(prefix: str) -> str:
    """The least string greater than every string that starts with ``prefix``: its last
    character raised by one, past the surrogates (U+D7FF -> U+E000, which a database can
    hold); a last character U+10FFFF, which has no successor, is dropped and the one before
    raised instead ("\U0010ffff" alone: every string from it on, bounded by U+10FFFF twice).

    >>> prefix_upper_bound("abc"), prefix_upper_bound("a\ud7ff") == "a\ue000"
    ('abd', True)
    >>> prefix_upper_bound("a\U0010ffff")
    'b'
    """
    while prefix and prefix[-1] == "\U0010ffff":
        prefix = prefix[:-1]
    if not prefix:
        return "\U0010ffff" * 2
    following = ord(prefix[-1]) + 1
    if 0xD800 <= following <= 0xDFFF:
        following = 0xE000
    return prefix[:-1] + chr(following)


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
    sig = name_signature(terms)
    for term_id in gone:
        SearchPosting.delete().where(
            (SearchPosting.term_id == term_id) & (SearchPosting.patient_id == patient_id)
        ).execute()
    if gone:
        SearchTerm.update(df=SearchTerm.df - 1).where(SearchTerm.id.in_(sorted(gone))).execute()
    if gone or added:
        note_index_change()
        kept = sorted(old_ids & new_ids)
        if kept:  # the name changed: so did its signature, on every posting of the patient
            SearchPosting.update(sig=sig).where(
                (SearchPosting.term_id.in_(kept)) & (SearchPosting.patient_id == patient_id)
            ).execute()
    if added:
        rows = [{"term_id": t, "patient_id": patient_id, "sig": sig} for t in sorted(added)]
        SearchPosting.insert_many(rows).on_conflict_ignore().execute()
        SearchTerm.update(df=SearchTerm.df + 1).where(SearchTerm.id.in_(sorted(added))).execute()
    return " ".join(str(t) for t in sorted(new_ids))


def _db():
    return database_proxy.obj


def find_terms_by_prefix(prefix: str, cap: int) -> list[tuple[int, str, int]]:
    """(id, term, df) of the terms that start with ``prefix``, in term order."""
    if not prefix:
        return []
    return rows(
        "SELECT id, term, df FROM search_term WHERE term >= ? AND term < ? ORDER BY term LIMIT ?",
        (prefix, prefix_upper_bound(prefix), cap),
    )


_TERM_LOOKUPS = {
    "prefix": "SELECT id, term, df FROM search_term WHERE term >= ? AND term < ? "
    "ORDER BY term LIMIT ?",
    "phonetic prefix": "SELECT id, term, df FROM search_term WHERE phonetic >= ? "
    "AND phonetic < ? LIMIT ?",
    "phonetic": "SELECT id, term, df FROM search_term WHERE phonetic = ? LIMIT ?",
}


def find_terms(lookups: Sequence[tuple[str, str, int]]) -> list[list[tuple[int, str, int]]]:
    """Several lookups of terms in one statement (one round trip to a server): ``(kind, key,
    cap)`` with kind "prefix" (as :func:`find_terms_by_prefix`), "phonetic" (the metaphone key
    equals ``key``) or "phonetic prefix" (it starts with ``key``); the (id, term, df) found,
    per lookup, in their order."""
    parts: list[str] = []
    params: list = []
    for number, (kind, key, cap) in enumerate(lookups):
        if not key:
            continue
        parts.append(f"SELECT {number} AS k, q{number}.* FROM ({_TERM_LOOKUPS[kind]}) AS q{number}")
        params += [key, cap] if kind == "phonetic" else [key, prefix_upper_bound(key), cap]
    found: list[list[tuple[int, str, int]]] = [[] for _ in lookups]
    if parts:
        # The search's first statement: it carries the check of the search's caches.
        for number, term_id, term, df in search_cache.rows_checking(
            " UNION ALL ".join(parts), params
        ):
            found[number].append((term_id, term, df))
    for terms, (kind, _, _) in zip(found, lookups, strict=True):
        if kind == "prefix":
            terms.sort(key=lambda row: row[1])  # term order, as find_terms_by_prefix gives
    return found


def first_postings(term_ids: Sequence[int], per_term: int) -> list[tuple[int, int]]:
    """(term id, patient id): the first ``per_term`` patients of each term, in one statement."""
    if not term_ids:
        return []
    if is_postgres(_db()):  # one statement text for any number of terms
        return rows(
            "SELECT t.id, p.patient_id FROM unnest(%b::int[]) AS t(id) CROSS JOIN LATERAL "
            "(SELECT patient_id FROM search_posting WHERE term_id = t.id "
            "ORDER BY patient_id LIMIT ?) AS p",
            (list(term_ids), per_term),
        )
    parts = " UNION ALL ".join(
        "SELECT * FROM (SELECT term_id, patient_id FROM search_posting WHERE term_id = ? "
        "ORDER BY patient_id LIMIT ?) AS p" + str(i)
        for i in range(len(term_ids))
    )
    params: list[int] = []
    for term_id in term_ids:
        params += [term_id, per_term]
    return rows(parts, params)


def postings_after(term_id: int, after: int, limit: int, masks: Sequence[int] = ()) -> list[int]:
    """The term's patients with ids above ``after``, in id order: a page of a long posting list.
    With ``masks``, only the patients whose name signature meets every one of them (shares a
    bit with it: see :mod:`frontdesk.name_signature`), the others passed over by the database."""
    # A signature of 0 is one nobody worked out (a writer of an older release): never passed over.
    having = (
        " AND (sig = 0 OR (" + " AND ".join("(sig & ?) <> 0" for _ in masks) + "))" if masks else ""
    )
    return [
        pid
        for (pid,) in rows(
            f"SELECT patient_id FROM search_posting WHERE term_id = ? AND patient_id > ?{having} "
            "ORDER BY patient_id LIMIT ?",
            (term_id, after, *masks, limit),
        )
    ]


def has_posting_signatures() -> bool:
    """Whether search filters posting lists by the patients' name signatures in the database
    (schema 13, both engines; a function so that tests can compare with and without)."""
    return True


POSTING_CACHE_LIMIT = 600_000  # patient ids kept in memory across keystrokes (~30 MB)


def patients_of_terms(term_counts: dict[int, int]) -> dict[int, frozenset[int]]:
    """Each term's patients, as a set, for {term id: its patient count (df)}.

    One row per term: on SQLite a text (group_concat) parsed in C by int(), on PostgreSQL an
    array sent in binary; a Python tuple per posting row would cost five times as much. The
    sets of the big terms are kept with the open database and reused while the term's count
    is unchanged: typing "mohamed a", "mohamed al", "mohamed ali" reads Mohamed's forty
    thousand patients once."""
    cache = search_cache.current().postings
    result: dict[int, frozenset[int]] = {}
    wanted = []
    for term_id, df in term_counts.items():
        cached = cache.get(term_id)
        if cached is not None and len(cached) == df:
            result[term_id] = cached
        else:
            wanted.append(term_id)
    if wanted and is_postgres(_db()):  # an array, in binary: no number printed or parsed
        for batch in chunked(wanted, _IN_CHUNK):
            found = binary_rows(
                "SELECT term_id, array_agg(patient_id) FROM search_posting "
                "WHERE term_id = ANY(%b) GROUP BY term_id",
                [batch],
            )
            for term_id, patients in found:
                result[term_id] = frozenset(patients)
    elif wanted:
        for batch in chunked(wanted, _IN_CHUNK):
            where, params = among("term_id", batch)
            found = rows(
                "SELECT term_id, group_concat(patient_id) FROM search_posting "
                f"WHERE {where} GROUP BY term_id",
                params,
            )
            for term_id, text in found:
                if text:
                    result[term_id] = frozenset(map(int, text.split(",")))
    for term_id in wanted:
        if term_id in result and len(result[term_id]) >= 1000:
            _remember(cache, term_id, result[term_id])
    return result


def _remember(cache: dict[int, frozenset[int]], term_id: int, patients: frozenset[int]) -> None:
    cache.pop(term_id, None)
    cache[term_id] = patients  # dicts keep insertion order: the oldest entries go first
    while sum(len(v) for v in cache.values()) > POSTING_CACHE_LIMIT and len(cache) > 1:
        del cache[next(iter(cache))]


def has_terms_index() -> bool:
    """Whether the database has the index of patients' term ids that intersects posting lists
    itself (PostgreSQL, schema 12; see :mod:`frontdesk.store.search_index_ddl`)."""
    return is_postgres(_db())


# An import still being written in chunks adds patients and visits nobody may see yet.
_VISIBLE = visible("patient")
_VISIBLE_VISIT = visible("visit")


def patients_having_all(term_sets: Sequence[Sequence[int]], cap: int) -> list[int] | None:
    """PostgreSQL: the patients who carry a term of every set, found by the index of their
    term ids (GIN: the sets' posting lists intersected in the server), their terms kept in the
    texts cache; None when more than ``cap`` match (nothing kept then)."""
    condition = " AND ".join([TERM_IDS_HAS] * len(term_sets))
    found = binary_rows(
        f"SELECT id, search_terms FROM patient WHERE {condition} AND {_VISIBLE} LIMIT %s",
        [*(list(ids) for ids in term_sets), cap + 1],
    )
    if len(found) > cap:
        return None
    search_cache.current().texts.update(found)
    return sorted(patient_id for patient_id, _ in found)


TEXT_CACHE_LIMIT = 100_000  # patients' term texts kept across keystrokes (~15 MB)


def patient_term_texts(patient_ids: Sequence[int]) -> list[tuple[int, str]]:
    """(patient id, Patient.search_terms): the space-separated ids of each patient's terms.

    The texts read are kept with the open database while the index is unchanged: the
    keystrokes of one name check the same first candidates again ("mohamed a", "mohamed al",
    "mohamed ali" all start with Mohamed's first patients)."""
    cache = search_cache.current().texts
    found: list[tuple[int, str]] = []
    missing: list[int] = []
    for patient_id in patient_ids:
        text = cache.get(patient_id)
        if text is None:
            missing.append(patient_id)
        else:
            found.append((patient_id, text))
    for batch in chunked(missing, _IN_CHUNK):
        where, params = among("id", batch)
        read = rows(f"SELECT id, search_terms FROM patient WHERE {where} AND {_VISIBLE}", params)
        found += read
        cache.update(read)
    if len(cache) > TEXT_CACHE_LIMIT:
        for patient_id in list(itertools.islice(cache, len(cache) - TEXT_CACHE_LIMIT // 2)):
            del cache[patient_id]  # the oldest half goes
    return found


def term_strings(term_ids: list[str]) -> list[str]:
    """The text of terms by id (as text), from a copy of the vocabulary kept with the open
    database. Ids are never reused, so an entry, once read, never goes stale."""
    db = _db()
    vocabulary: dict[str, str] | None = getattr(db, "_frontdesk_vocabulary", None)
    if vocabulary is None:
        vocabulary = {}
        db._frontdesk_vocabulary = vocabulary
    try:
        return [vocabulary[t] for t in term_ids]
    except KeyError:
        pass
    missing = [int(t) for t in term_ids if t not in vocabulary]
    for batch in chunked(missing, _IN_CHUNK):
        where, params = among("id", batch)
        vocabulary.update(
            (str(term_id), term)
            for term_id, term in rows(f"SELECT id, term FROM search_term WHERE {where}", params)
        )
    return [vocabulary[t] for t in term_ids if t in vocabulary]


SUMMARY_COLUMNS = (
    "id",
    "mrn",
    "family_name",
    "given_name",
    "native_family_name",
    "native_given_name",
    "date_of_birth",
    "nationality",
    "preferred_language",
    "interpreter_needed",
)


def patient_summary_rows(
    patient_ids: Sequence[int], expected_on: dt.date | None = None
) -> list[tuple]:
    """The columns of SUMMARY_COLUMNS for each patient, as tuples (date_of_birth a date).
    With ``expected_on``, an eleventh: whether the patient has a visit that day (not
    cancelled), probed in the same statement."""
    summaries: list[tuple] = []
    columns, extra = _summary_columns(expected_on)
    for batch in chunked(patient_ids, _IN_CHUNK):
        where, params = among("id", batch)
        statement = f"SELECT {columns} FROM patient WHERE {where} AND {_VISIBLE}"
        for row in rows(statement, (*extra, *params)):
            summaries.append(_summary(row))
    return summaries


def _summary_columns(expected_on: dt.date | None) -> tuple[str, tuple]:
    columns = ", ".join(SUMMARY_COLUMNS)
    if expected_on is None:
        return columns, ()
    expected = (
        ", EXISTS (SELECT 1 FROM visit WHERE visit.patient_id = patient.id AND "
        "visit.local_date = ? AND visit.status <> 'cancelled')"
    )
    return columns + expected, (expected_on.isoformat(),)


def _summary(row: Sequence) -> tuple:
    """A row of SUMMARY_COLUMNS (and the expected flag) as :func:`patient_summary_rows` gives it."""
    dob = row[6]
    if isinstance(dob, str):
        dob = dt.date.fromisoformat(dob)
    return (*row[:6], dob, row[7], row[8], bool(row[9]), *map(bool, row[10:]))


def first_by_name(patient_ids: Sequence[int], count: int) -> list[int]:
    """The ``count`` patients first by (family name, given name, MRN), compared as Python
    compares text (code point by code point), without reading the others' rows."""
    # Code-point order: SQLite compares UTF-8 bytes already; PostgreSQL's default collation
    # would put "adam" before "Bob".
    collate = " COLLATE ucs_basic" if is_postgres(_db()) else ""
    order = ", ".join(f"{column}{collate}" for column in ("family_name", "given_name", "mrn"))
    first: list[tuple] = []
    for batch in chunked(patient_ids, _IN_CHUNK):
        where, params = among("id", batch)
        first += rows(
            f"SELECT family_name, given_name, mrn, id FROM patient "
            f"WHERE {where} AND {_VISIBLE} ORDER BY {order} LIMIT ?",
            [*params, count],
        )
    first.sort()
    return [row[3] for row in first[:count]]


_IDENTIFIER_COLUMNS = {"mrn": "mrn", "passport": "passport_key"}


def patients_by_identifiers(
    lookups: Sequence[tuple[str, str]], limit: int, expected_on: dt.date | None = None
) -> list[list[tuple[str, tuple]]]:
    """(value, summary row) of the patients whose MRN or passport key starts with each prefix,
    for ``(kind, prefix)`` with kind "mrn" or "passport": every lookup in one statement, with
    the patients' rows as :func:`patient_summary_rows` gives them (with ``expected_on``, the
    expected flag too), so that an MRN typed at the desk is one round trip."""
    columns, extra = _summary_columns(expected_on)
    parts: list[str] = []
    params: list = []
    for number, (kind, prefix) in enumerate(lookups):
        column = _IDENTIFIER_COLUMNS[kind]
        parts.append(
            f"SELECT {number} AS k, q{number}.* FROM (SELECT {column} AS found, {columns} "
            f"FROM patient WHERE {column} >= ? AND {column} < ? AND {_VISIBLE} "
            f"ORDER BY {column} LIMIT ?) "
            f"AS q{number}"
        )
        params += [*extra, prefix, prefix_upper_bound(prefix), limit]
    found: list[list[tuple[str, tuple]]] = [[] for _ in lookups]
    if parts:
        for number, value, *row in rows(" UNION ALL ".join(parts), params):
            found[number].append((value, _summary(row)))
    return found


def patients_born_on(day: dt.date, limit: int) -> list[int]:
    return [
        pid
        for (pid,) in rows(
            f"SELECT id FROM patient WHERE date_of_birth = ? AND {_VISIBLE} LIMIT ?",
            (day.isoformat(), limit),
        )
    ]


def patients_with_visit_on(day: dt.date, cap: int) -> list[int]:
    """Patients expected (or arrived) on that local date: the desk's likeliest answers."""
    return [
        pid
        for (pid,) in rows(
            "SELECT patient_id FROM visit WHERE local_date = ? AND status <> 'cancelled' "
            f"AND {_VISIBLE_VISIT} LIMIT ?",
            (day.isoformat(), cap),
        )
    ]


def visits_stamp(day: dt.date) -> tuple:
    """Changes when a visit of the day is added, removed or cancelled (a change of names drops
    the whole search cache, see :mod:`frontdesk.store.search_cache`)."""
    return rows(*visits_stamp_query(day))[0]


def visits_stamp_query(day: dt.date) -> tuple[str, tuple]:
    """:func:`visits_stamp` as a query, for ``search_cache.searching(also=...)``."""
    return (
        "SELECT COUNT(*), COALESCE(MAX(id), 0), SUM(CASE WHEN status = 'cancelled' THEN 1 "
        f"ELSE 0 END) FROM visit WHERE local_date = ? AND {_VISIBLE_VISIT}",
        (day.isoformat(),),
    )
