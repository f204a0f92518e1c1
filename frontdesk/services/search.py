"""Finding a patient from whatever the receptionist types, best first.

    hits = search_patients("mohamed ali")        # words in any order, any script
    hits = search_patients("kim 02/03/1985")     # a name and a date of birth
    hits = search_patients("MRN00012")           # an MRN or passport number, whole or its start
    hits[0].patient.mrn, hits[0].score

Each typed word is looked up in the vocabulary of name terms (:mod:`frontdesk.names`): by prefix
in every form it folds to (so ``muller``/``mueller`` find Müller and ``иван`` finds Ivanov), and by
its metaphone key (so ``mohamed`` finds Muhammad, ranked below the exact spelling). A word scores
1.0 for an exact term, 0.7-0.95 for a prefix (closer to 1 the more of the term it covers) and
0.45-0.75 for a spelling variant (similarity of spelling and vowel shape, rapidfuzz). A patient
must match every word; their score is the mean over the words.

Cost: the vocabulary is small, so a prefix is a short range scan, and one statement reads the
first patients of the best terms: "kim" costs what "zylberstein" does. With several words, the
patients of the rarest word (by the terms' patient counts) are checked against the others a page
at a time; when common words share few patients ("kim zhang"), the two rarest words' posting lists
are intersected instead.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass

from rapidfuzz.distance import Levenshtein

from frontdesk.domain import PatientSummary, SearchHit
from frontdesk.names import (
    fold_latin,
    native_full_name,
    phonetic_key,
    query_forms,
    split_words,
    vowel_shape,
)
from frontdesk.services.patient_input import passport_key
from frontdesk.store import search_index as index
from frontdesk.timeutil import try_parse_date

DEFAULT_LIMIT = 20
MAX_QUERY_LENGTH = 200
TERM_CAP = 300  # terms read per typed word
CANDIDATE_CAP = 20_000  # patients of the rarest word checked against the other words
LAZY_CANDIDATES = 800  # checked one by one before whole posting lists are intersected
POSTINGS_BUDGET = 400_000  # postings read, at most, to intersect the words of one query
ROW_COST_IN_POSTINGS = 10
TODAY_CAP = 5_000  # patients with a visit on the day, checked directly
TODAY_BOOST = 0.15  # an expected patient ranks above an equally good match who is not
_IN_BATCH = 400
SPELLING_FLOOR = 0.7  # scores from here up are the word as typed (exact or prefix)
_BATCH = 400
_TERMS_PER_STATEMENT = 12
_CHUNKS = re.compile(r"[\s,;]+")
PHONETIC_PREFIX_MIN = 5  # a half-typed last word needs this many letters to use its sound
PREFIX_MIN_FINISHED = 3  # a finished word (not the last) shorter than this matches exactly


@dataclass(frozen=True, slots=True)
class ParsedQuery:
    words: tuple[str, ...]
    identifiers: tuple[str, ...]
    birth_date: dt.date | None


def parse_query(text: str) -> ParsedQuery:
    words: list[str] = []
    identifiers: list[str] = []
    birth_date = None
    text = unicodedata.normalize("NFKC", text or "")[:MAX_QUERY_LENGTH]
    for chunk in _CHUNKS.split(text):
        if not chunk:
            continue
        day = try_parse_date(chunk) if any(c.isdigit() for c in chunk) else None
        if day is not None:
            birth_date = day
        elif any(c.isdigit() for c in chunk):
            key = passport_key(chunk)
            if key:
                identifiers.append(key)
        else:
            words.extend(split_words(chunk))
    return ParsedQuery(tuple(words), tuple(identifiers), birth_date)


def search_patients(
    text: str, limit: int = DEFAULT_LIMIT, *, day: dt.date | None = None
) -> list[SearchHit]:
    """Best first. With ``day``, patients who have a visit that day are looked at first and
    ranked above equally good matches: the patient at the desk is usually one of them."""
    query = parse_query(text)
    limit = max(1, min(limit, 500))
    scored: dict[int, tuple[float, tuple[str, ...]]] = {}
    expected: set[int] = set()
    if query.identifiers:
        scored = _by_identifiers(query.identifiers, limit)
    if not scored and (query.words or query.birth_date):
        scored = _by_names(query, limit)
        if day is not None:
            today = _expected_matches(query, day)
            scored.update(today)
            expected = set(today)
    elif day is not None and scored:
        expected = set(scored) & set(index.patients_with_visit_on(day, TODAY_CAP))
    return _hits(scored, limit, expected)


def _expected_matches(query: ParsedQuery, day: dt.date) -> dict[int, tuple]:
    """The day's patients that match the query (a few thousand at most, checked directly)."""
    if not query.words:
        return {}
    per_word = [
        word_matches(word, last=(i == len(query.words) - 1)) for i, word in enumerate(query.words)
    ]
    if any(not m.terms for m in per_word):
        return {}
    ids = index.patients_with_visit_on(day, TODAY_CAP)
    if query.birth_date is not None:
        ids = list(set(ids) & set(index.patients_born_on(query.birth_date, CANDIDATE_CAP)))
    pages = (ids[i : i + _IN_BATCH] for i in range(0, len(ids), _IN_BATCH))
    return _check(pages, _keys(per_word), 10**9, 10**9)[0]


def _by_identifiers(identifiers: tuple[str, ...], limit: int) -> dict[int, tuple]:
    scored: dict[int, tuple[float, tuple[str, ...]]] = {}
    for key in identifiers:
        for finder in (index.patients_by_mrn_prefix, index.patients_by_passport_prefix):
            for patient_id, value in finder(key, limit):
                score = 1.0 if value == key else 0.8 + 0.15 * len(key) / len(value)
                if score > scored.get(patient_id, (0.0,))[0]:
                    scored[patient_id] = (score, (value,))
    return scored


@dataclass
class WordMatch:
    """One typed word's matching terms: term id -> (score, term), and their patient counts."""

    terms: dict[int, tuple[float, str]]
    postings: dict[int, int]

    @property
    def total(self) -> int:
        return sum(self.postings.values())

    def at_least(self, floor: float) -> WordMatch:
        kept = {t: v for t, v in self.terms.items() if v[0] >= floor}
        return WordMatch(kept, {t: self.postings[t] for t in kept})


def word_matches(word: str, *, last: bool) -> WordMatch:
    match = WordMatch({}, {})

    def offer(term_id: int, term: str, df: int, score: float) -> None:
        if score > match.terms.get(term_id, (0.0, ""))[0]:
            match.terms[term_id] = (score, term)
            match.postings[term_id] = df

    for form in query_forms(word):
        if last or len(form) >= PREFIX_MIN_FINISHED:
            for term_id, term, df in index.find_terms_by_prefix(form, TERM_CAP):
                score = 1.0 if term == form else 0.7 + 0.25 * len(form) / len(term)
                offer(term_id, term, df, score)
        else:  # "li wang": a short word followed by another is finished; Li is a whole name
            for term_id, term, df in index.find_terms_by_prefix(form, 1):
                if term == form:
                    offer(term_id, term, df, 1.0)
    latin = fold_latin(word)
    key = phonetic_key(latin) if latin else None
    if key:
        prefix = last and len(latin) >= PHONETIC_PREFIX_MIN
        for term_id, term, df in index.find_terms_by_phonetic(key, prefix=prefix, cap=TERM_CAP):
            shape = Levenshtein.normalized_similarity(vowel_shape(latin), vowel_shape(term))
            spelling = Levenshtein.normalized_similarity(latin, term)
            offer(term_id, term, df, 0.45 + 0.2 * shape + 0.1 * spelling)
    return match


def _by_names(query: ParsedQuery, limit: int) -> dict[int, tuple]:
    per_word = [
        word_matches(word, last=(i == len(query.words) - 1)) for i, word in enumerate(query.words)
    ]
    if any(not m.terms for m in per_word):
        return {}
    wanted = limit * 3
    if query.birth_date is not None:
        born = index.patients_born_on(query.birth_date, CANDIDATE_CAP)
        return _check(iter([born]), _keys(per_word), wanted, CANDIDATE_CAP)[0]
    if len(per_word) == 1:
        return _single_word(per_word[0].terms, limit)
    # Spellings as typed (exact or prefix) first; sound-alike variants only to fill the list.
    scored: dict[int, tuple[float, tuple[str, ...]]] = {}
    for floor in (SPELLING_FLOOR, 0.0):
        words = [m.at_least(floor) for m in per_word]
        if all(w.terms for w in words):
            scored = _all_words(words, wanted)
            if len(scored) >= limit:
                break
    return scored


def _keys(words: list[WordMatch]) -> list[dict[str, tuple[float, str]]]:
    """Each word's term ids as text, to test a patient's search_terms without parsing numbers."""
    return [{str(t): v for t, v in m.terms.items()} for m in words]


def _all_words(per_word: list[WordMatch], wanted: int) -> dict[int, tuple]:
    keys = _keys(per_word)
    by_size = sorted(per_word, key=lambda m: m.total)
    scored, complete = _check(_pages(by_size[0].terms), keys, wanted, LAZY_CANDIDATES)
    if len(scored) < wanted and not complete:
        # Common words with few patients in common ("kim zhang"): the posting lists are read
        # whole (a few microseconds per thousand) rather than patient by patient.
        if sum(m.total for m in per_word) <= POSTINGS_BUDGET:
            scored = _intersect(by_size, keys, wanted)
        else:
            scored, _ = _check(_pages(by_size[0].terms), keys, wanted, CANDIDATE_CAP)
    return scored


def _check(candidates, keys: list[dict], wanted: int, budget: int) -> tuple[dict, bool]:
    """Score candidates until ``wanted`` match or ``budget`` are checked; True if all were."""
    scored: dict[int, tuple[float, tuple[str, ...]]] = {}
    checked = 0
    for batch in candidates:
        for patient_id, text in index.patient_term_texts(batch):
            terms = text.split()
            if any(k.keys().isdisjoint(terms) for k in keys):
                continue
            scored[patient_id] = _score(terms, keys)
        checked += len(batch)
        if len(scored) >= wanted or checked >= budget:
            return scored, False
    return scored, True


def _intersect(words: list[WordMatch], keys: list[dict], wanted: int) -> dict[int, tuple]:
    """Patients every word matches, rarest word first. A word's posting lists are read whole
    while that is cheaper than reading the patients still in the running (about ten postings
    cost what one patient row does); then those patients are checked on their own terms."""
    survivors: set[int] | None = None
    for word in words:
        if survivors is not None and word.total > ROW_COST_IN_POSTINGS * len(survivors):
            break
        found = set().union(*index.patients_of_terms(list(word.terms)).values())
        survivors = found if survivors is None else survivors & found
        if not survivors:
            return {}
    ordered = sorted(survivors or ())
    pages = (ordered[i : i + _BATCH] for i in range(0, len(ordered), _BATCH))
    return _check(pages, keys, wanted, CANDIDATE_CAP)[0]


def _pages(matches: dict[int, tuple[float, str]]):
    """The patients of one word's terms, best term first, a page at a time."""
    seen: set[int] = set()
    for term_id in _best_first(matches):
        after = 0
        while True:
            page = index.postings_after(term_id, after, _BATCH)
            if not page:
                break
            after = page[-1]
            fresh = [p for p in page if p not in seen]
            seen.update(fresh)
            if fresh:
                yield fresh
            if len(page) < _BATCH:
                break


def _single_word(matches: dict[int, tuple[float, str]], limit: int) -> dict[int, tuple]:
    """One word: the best terms' first patients, in one statement."""
    scored: dict[int, tuple[float, tuple[str, ...]]] = {}
    terms = _best_first(matches)
    for start in range(0, min(len(terms), limit * 2), _TERMS_PER_STATEMENT):
        chunk = terms[start : start + _TERMS_PER_STATEMENT]
        for term_id, patient_id in index.first_postings(chunk, limit):
            score, term = matches[term_id]
            if score > scored.get(patient_id, (0.0,))[0]:
                scored[patient_id] = (score, (term,))
        if len(scored) >= limit * 3:
            break
    return scored


def _best_first(matches: dict[int, tuple[float, str]]) -> list[int]:
    return sorted(matches, key=lambda t: (-matches[t][0], matches[t][1]))


def _score(terms: list[str], keys: list[dict]) -> tuple[float, tuple[str, ...]]:
    """Mean over the words of the best term each word matched (every word matches one)."""
    if not keys:  # a date of birth alone: every candidate matches it exactly
        return 1.0, ()
    total = 0.0
    matched: list[str] = []
    for key in keys:
        score, term = max(key[t] for t in terms if t in key)
        total += score
        matched.append(term)
    return total / len(keys), tuple(matched)


def _hits(
    scored: dict[int, tuple[float, tuple[str, ...]]], limit: int, expected: set[int]
) -> list[SearchHit]:
    if not scored:
        return []

    def rank(pid: int) -> float:
        return scored[pid][0] + (TODAY_BOOST if pid in expected else 0.0)

    # Hydrate only what can make the list: the best ranks, ties included.
    ranked = sorted(scored, key=lambda pid: -rank(pid))
    cutoff = rank(ranked[min(limit, len(ranked)) - 1])
    keep = [pid for pid in ranked if rank(pid) >= cutoff]
    hits = []
    for row in index.patient_summary_rows(keep):
        pid, mrn, family, given, native_family, native_given, dob, nat, lang, interp = row
        patient = PatientSummary(
            pid,
            mrn,
            family,
            given,
            native_full_name(native_family, native_given),
            dob,
            nat,
            lang,
            interp,
        )
        score, matched = scored[pid]
        hits.append(SearchHit(patient, round(score, 4), matched, pid in expected))
    hits.sort(
        key=lambda h: (
            -rank(h.patient.id),
            h.patient.family_name,
            h.patient.given_name,
            h.patient.mrn,
        )
    )
    return hits[:limit]


def hit_as_json(hit: SearchHit) -> dict:
    p = hit.patient
    return {
        "mrn": p.mrn,
        "family_name": p.family_name,
        "given_name": p.given_name,
        "native_name": p.native_name,
        "date_of_birth": p.date_of_birth.isoformat(),
        "nationality": p.nationality,
        "score": hit.score,
    }
