"""Finding a patient from whatever the receptionist types, best first.

    hits = search_patients("mohamed ali")        # words in any order, any script
    hits = search_patients("kim 02/03/1985")     # a name and a date of birth
    hits = search_patients("MRN00012")           # an MRN or passport number, whole or its start
    hits[0].patient.mrn, hits[0].score

Each typed word is looked up in the vocabulary of name terms (:mod:`frontdesk.names`): by prefix
in every form it folds to (so ``muller``/``mueller`` find Müller and ``иван`` finds Ivanov), and by
its metaphone key (so ``mohamed`` finds Muhammad, ranked below the exact spelling). A word scores
1.0 for an exact term, 0.7-0.95 for a prefix (closer to 1 the more of the term it covers) and
0.45-0.75 for a spelling variant (by similarity of spelling and of vowel shape, rapidfuzz). A patient must match every word;
their score is the mean over the words. With several words, the patients of the rarest word are
read first and checked against the others, so common names cost no more than rare ones.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass

from rapidfuzz.distance import Levenshtein

from frontdesk.domain import SearchHit
from frontdesk.names import fold_latin, phonetic_key, query_forms, split_words, vowel_shape
from frontdesk.services.patient_input import passport_key
from frontdesk.services.patients import summary
from frontdesk.store import search_index as index
from frontdesk.store.models import Patient
from frontdesk.timeutil import try_parse_date

DEFAULT_LIMIT = 20
MAX_QUERY_LENGTH = 200
TERM_CAP = 300  # terms read per typed word
CANDIDATE_CAP = 5_000  # patients of the rarest word checked against the other words
_BATCH = 400
_CHUNKS = re.compile(r"[\s,;]+")
PHONETIC_PREFIX_MIN = 5  # a half-typed last word needs this many letters to use its sound


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


def search_patients(text: str, limit: int = DEFAULT_LIMIT) -> list[SearchHit]:
    query = parse_query(text)
    limit = max(1, min(limit, 500))
    scored: dict[int, tuple[float, tuple[str, ...]]] = {}
    if query.identifiers:
        scored = _by_identifiers(query.identifiers, limit)
    if not scored and (query.words or query.birth_date):
        scored = _by_names(query, limit)
    return _hits(scored, limit)


def _by_identifiers(identifiers: tuple[str, ...], limit: int) -> dict[int, tuple]:
    scored: dict[int, tuple[float, tuple[str, ...]]] = {}
    for key in identifiers:
        for finder in (index.patients_by_mrn_prefix, index.patients_by_passport_prefix):
            for patient_id, value in finder(key, limit):
                score = 1.0 if value == key else 0.8 + 0.15 * len(key) / len(value)
                if score > scored.get(patient_id, (0.0,))[0]:
                    scored[patient_id] = (score, (value,))
    return scored


def word_matches(word: str, *, last: bool) -> dict[int, tuple[float, str]]:
    """term id -> (score, term) for one typed word."""
    matches: dict[int, tuple[float, str]] = {}

    def offer(term_id: int, term: str, score: float) -> None:
        if score > matches.get(term_id, (0.0, ""))[0]:
            matches[term_id] = (score, term)

    forms = query_forms(word)
    for form in forms:
        for term_id, term, _ in index.find_terms_by_prefix(form, TERM_CAP):
            offer(term_id, term, 1.0 if term == form else 0.7 + 0.25 * len(form) / len(term))
    latin = fold_latin(word)
    key = phonetic_key(latin) if latin else None
    if key:
        prefix = last and len(latin) >= PHONETIC_PREFIX_MIN
        for term_id, term, _ in index.find_terms_by_phonetic(key, prefix=prefix, cap=TERM_CAP):
            shape = Levenshtein.normalized_similarity(vowel_shape(latin), vowel_shape(term))
            spelling = Levenshtein.normalized_similarity(latin, term)
            offer(term_id, term, 0.45 + 0.2 * shape + 0.1 * spelling)
    return matches


def _by_names(query: ParsedQuery, limit: int) -> dict[int, tuple]:
    per_word = [
        word_matches(word, last=(i == len(query.words) - 1)) for i, word in enumerate(query.words)
    ]
    if any(not m for m in per_word):
        return {}
    if query.birth_date is not None:
        candidates = index.patients_born_on(query.birth_date, CANDIDATE_CAP)
    elif len(per_word) == 1:
        return _single_word(per_word[0], limit)
    else:
        driver = min(
            per_word, key=lambda m: index.posting_count(list(m), CANDIDATE_CAP)
        )
        candidates = index.patients_with_terms(_best_first(driver), CANDIDATE_CAP)
    scored: dict[int, tuple[float, tuple[str, ...]]] = {}
    wanted = limit * 3
    for start in range(0, len(candidates), _BATCH):
        batch = candidates[start : start + _BATCH]
        for patient_id, terms in index.patient_term_ids(batch).items():
            result = _score(terms, per_word)
            if result is not None:
                scored[patient_id] = result
        if len(scored) >= wanted:
            break
    return scored


def _single_word(matches: dict[int, tuple[float, str]], limit: int) -> dict[int, tuple]:
    """One word: each good term contributes up to ``limit`` patients, best terms first."""
    scored: dict[int, tuple[float, tuple[str, ...]]] = {}
    for term_id in _best_first(matches)[:limit * 2]:
        score, term = matches[term_id]
        if len(scored) >= limit * 3:
            break
        for patient_id in index.patients_with_terms([term_id], limit):
            if score > scored.get(patient_id, (0.0,))[0]:
                scored[patient_id] = (score, (term,))
    return scored


def _best_first(matches: dict[int, tuple[float, str]]) -> list[int]:
    return sorted(matches, key=lambda t: (-matches[t][0], matches[t][1]))


def _score(terms: frozenset[int], per_word: list[dict]) -> tuple[float, tuple[str, ...]] | None:
    if not per_word:  # a date of birth alone: every candidate matches it exactly
        return 1.0, ()
    total = 0.0
    matched: list[str] = []
    for matches in per_word:
        best = max((matches[t] for t in terms if t in matches), default=None)
        if best is None:
            return None
        total += best[0]
        matched.append(best[1])
    return total / len(per_word), tuple(matched)


def _hits(scored: dict[int, tuple[float, tuple[str, ...]]], limit: int) -> list[SearchHit]:
    if not scored:
        return []
    patients = {p.id: p for p in Patient.select().where(Patient.id.in_(list(scored)))}
    hits = [
        SearchHit(summary(patients[pid]), round(score, 4), matched)
        for pid, (score, matched) in scored.items()
        if pid in patients
    ]
    hits.sort(key=lambda h: (-h.score, h.patient.family_name, h.patient.given_name, h.patient.mrn))
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
