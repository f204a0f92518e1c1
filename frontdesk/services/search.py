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
at a time; when the rate at which they match says that finding the rest would cost more than
reading the posting lists whole (common words that share few patients, "kim zhang"), the
listed words' posting lists are intersected instead. The rarest word's patients are read with
the other words' masks (:mod:`frontdesk.name_signature`): the database passes over those whose
name signature shows no term the other words can match, so "kim z" reads the Kims with a name
in Z, not every Kim. A half-typed last word ("kim z") is checked on the candidates' term ids:
the few hundred terms it starts are read once per keystroke.
Patients' terms and big terms' posting lists are kept across keystrokes while the index is
unchanged, so "mohamed a", "mohamed al", "mohamed ali" read Mohamed's first patients once.
"""

from __future__ import annotations

import datetime as dt
import heapq
import re
import unicodedata
from dataclasses import dataclass

from frontdesk.domain import PatientSummary, SearchHit
from frontdesk.names import fold_latin, native_full_name, split_words
from frontdesk.services.patient_input import passport_key
from frontdesk.services.search_cover import Coverage
from frontdesk.services.search_words import (
    CANDIDATE_CAP,
    ROW_COST_IN_POSTINGS,
    TERM_CAP,
    Matcher,
    Pages,
    WordMatch,
    check,
    intersect,
    intersect_in_index,
    other_words_masks,
    score,
    single_word,
    word_matches,
    words_matches,
)
from frontdesk.store import search_cache
from frontdesk.store import search_index as index
from frontdesk.timeutil import try_parse_date

DEFAULT_LIMIT = 20
MAX_QUERY_LENGTH = 200
LAZY_CANDIDATES = 400  # checked one by one before the rate of matches decides what comes next
POSTINGS_BUDGET = 400_000  # postings read, at most, to intersect the words of one query
INTERSECT_FIRST = 20_000  # fewer postings than this: intersect at once
TODAY_CAP = 5_000  # patients with a visit on the day, checked directly
TODAY_BOOST = 0.15  # an expected patient ranks above an equally good match who is not
SPELLING_FLOOR = 0.7  # scores from here up are the word as typed (exact or prefix)
SHORT_PREFIX = 3  # a last word shorter than this, after others, is checked on names
SHORT_PREFIX_BUDGET = 4_000  # candidates checked for a short last word before giving up
SHORT_PREFIX_POSTINGS = 60_000  # a short last word with more postings is checked on names
TIE_CAP = 400  # patients tied at the last place collected, at most, to find the whole names
_CHUNKS = re.compile(r"[\s,;]+")


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
            identifiers.append(chunk.strip().upper())
        else:
            # "al-qahtani", "min-jun", "o'brien": every such name is indexed joined as well, and
            # the joined prefix ("alq") is far more selective than its pieces ("al", "q").
            words.append("".join(split_words(chunk)))
    return ParsedQuery(tuple(w for w in words if w), tuple(identifiers), birth_date)


def search_patients(
    text: str, limit: int = DEFAULT_LIMIT, *, day: dt.date | None = None
) -> list[SearchHit]:
    """Best first. With ``day``, patients who have a visit that day are looked at first and
    ranked above equally good matches: the patient at the desk is usually one of them.
    A query with a lone surrogate (half a UTF-16 pair: no stored name has one) finds nobody."""
    if any("\ud800" <= char <= "\udfff" for char in text or ""):
        return []
    # The day's visits stamp goes with the check of the caches: one statement per keystroke.
    with search_cache.searching(index.visits_stamp_query(day) if day is not None else None):
        return _search(text, limit, day)


def _search(text: str, limit: int, day: dt.date | None) -> list[SearchHit]:
    query = parse_query(text)
    limit = max(1, min(limit, 500))
    scored: dict[int, tuple[float, tuple[str, ...]]] = {}
    expected: set[int] = set()
    cover = Coverage(query.words)  # the tie-break's answers, shared by the steps of the query
    known: dict[int, tuple] = {}  # patients' summary rows read so far (the tie-break's)
    if query.identifiers:
        scored, known = _by_identifiers(query.identifiers, limit, day)
    if not scored and (query.words or query.birth_date):
        per_word = _per_word(query.words)
        if any(m.empty for m in per_word):
            return []
        scored = _by_names(query, per_word, limit, cover, known)
        if day is not None and per_word:
            today = _expected_matches(query, per_word, day)
            scored.update(today)
            expected = set(today)
    elif day is not None and scored:  # read with the identifiers' rows
        expected = {pid for pid in scored if known[pid][10]}
    return _hits(scored, limit, expected, query.words, cover, known)


def _per_word(words: tuple[str, ...]) -> list[WordMatch]:
    last = len(words) - 1
    matches = words_matches(words)  # every word's lookups in one statement
    final = matches[-1] if matches else None
    if (
        final is not None
        and last > 0
        and len(fold_latin(words[last]) or words[last]) < SHORT_PREFIX
        and (len(final.terms) >= TERM_CAP or final.total > SHORT_PREFIX_POSTINGS)
    ):
        # "kim m": too many terms start with m to list; check the prefix on candidates.
        matches[-1] = word_matches(words[last], last=True, by_text=True)
    return matches


def _expected_matches(query: ParsedQuery, per_word: list[WordMatch], day: dt.date) -> dict:
    """The day's patients that match the query (a few thousand at most, checked directly)."""
    matchers = [Matcher(w) for w in per_word]
    born = (
        set(index.patients_born_on(query.birth_date, CANDIDATE_CAP))
        if query.birth_date is not None
        else None
    )
    day_patients = _day_patients(day)
    # Only the patients who carry a term of every word can match: found through the day's own
    # term -> patients map, rather than every patient of the day scored at every keystroke.
    candidates: set[int] | None = None
    for matcher in matchers:
        if matcher.prefixes:
            continue  # too many terms to list: checked on the candidates' names below
        having = day_patients.by_term
        found = set().union(*(having[t] for t in matcher.ids.keys() & having.keys()))
        candidates = found if candidates is None else candidates & found
    if born is not None:
        candidates = born if candidates is None else candidates & born
    terms = day_patients.terms
    scored = {}
    for patient_id in terms if candidates is None else candidates & terms.keys():
        result = score(terms[patient_id], matchers)
        if result is not None:
            scored[patient_id] = result
    return scored


@dataclass(frozen=True, slots=True)
class _DayPatients:
    terms: dict[int, list[str]]  # patient id -> the ids (as text) of their terms
    by_term: dict[str, list[int]]  # term id (as text) -> the day's patients who carry it


def _day_patients(day: dt.date) -> _DayPatients:
    """The day's patients with their terms, read again only when the day's visits change
    (checked with one indexed count): a receptionist types many keys per patient."""
    stamp = search_cache.also_row() or index.visits_stamp(day)
    days = search_cache.current().days
    cached = days.get(day)
    if cached is not None and cached[0] == stamp:
        return cached[1]
    ids = index.patients_with_visit_on(day, TODAY_CAP)
    terms = {pid: text.split() for pid, text in index.patient_term_texts(ids)}
    by_term: dict[str, list[int]] = {}
    for pid, patient_terms in terms.items():
        for term in patient_terms:
            by_term.setdefault(term, []).append(pid)
    day_patients = _DayPatients(terms, by_term)
    days.clear()
    days[day] = (stamp, day_patients)
    return day_patients


def _by_identifiers(
    identifiers: tuple[str, ...], limit: int, day: dt.date | None
) -> tuple[dict[int, tuple], dict[int, tuple]]:
    """The patients an MRN or passport number finds, scored, and their summary rows (with the
    expected flag for ``day``), read in the same statement."""
    scored: dict[int, tuple[float, tuple[str, ...]]] = {}
    found_rows: dict[int, tuple] = {}
    for text in identifiers:
        # An MRN as written (MRN-001, 12/3456); a passport number without its spaces and dashes.
        lookups = [("mrn", text)]
        key = passport_key(text)
        if key:
            lookups.append(("passport", key))
            if key != text:
                lookups.append(("mrn", key))
        for (_, key), found in zip(
            lookups, index.patients_by_identifiers(lookups, limit, day), strict=True
        ):
            for value, row in found:
                patient_id = row[0]
                found_rows[patient_id] = row
                score = 1.0 if value == key else 0.8 + 0.15 * len(key) / len(value)
                if score > scored.get(patient_id, (0.0,))[0]:
                    scored[patient_id] = (score, (value,))
    return scored, found_rows


def _by_names(
    query: ParsedQuery,
    per_word: list[WordMatch],
    limit: int,
    cover: Coverage | None = None,
    known: dict[int, tuple] | None = None,
) -> dict[int, tuple]:
    wanted = limit * 2
    if query.birth_date is not None:
        born = index.patients_born_on(query.birth_date, CANDIDATE_CAP)
        if not per_word:
            return dict.fromkeys(born, (1.0, ()))
        return check(iter([born]), [Matcher(w) for w in per_word], wanted, CANDIDATE_CAP)[0]
    if len(per_word) == 1:
        return single_word(per_word[0].terms, limit)
    # Spellings as typed (exact or prefix) first; sound-alike variants only to fill the list.
    scored: dict[int, tuple[float, tuple[str, ...]]] = {}
    # A half-typed last word: the spellings as typed are enough until the word is finished.
    floors = (SPELLING_FLOOR,) if any(m.prefixes for m in per_word) else (SPELLING_FLOOR, 0.0)
    cover = cover or Coverage(query.words)
    for floor in floors:
        words = [m.at_least(floor) for m in per_word]
        if not any(w.empty for w in words):
            scored = _all_words(words, wanted, _Ties(query.words, limit, cover, known))
            if len(scored) >= limit:
                break
    return scored


class _Ties:
    """Whether the matches found so far settle the list: true unless more than ``limit`` tie
    for its last places and fewer than ``limit`` of those have their whole name typed ("david
    yosef" finds Ben David Yosef by the dozen before Yosef David). Then the search goes on,
    up to TIE_CAP matches or its own budget, for the patients whose name the query covers."""

    def __init__(
        self, words: tuple[str, ...], limit: int, cover: Coverage, known: dict | None
    ) -> None:
        self.limit = limit
        self.cover = cover
        # The tied patients' summary rows (their names decide), kept for the list's own read.
        self.rows: dict[int, tuple] = known if known is not None else {}
        self._whole: dict[int, bool] = {}  # patient id -> the query covers their whole name

    def __call__(self, scored: dict[int, tuple[float, tuple[str, ...]]]) -> bool:
        if len(scored) >= TIE_CAP or len(scored) <= self.limit:
            return True
        # The list's last place: only the best ``limit`` scores are sorted, at every page.
        best = heapq.nlargest(self.limit, (value[0] for value in scored.values()))
        cutoff = best[-1]
        above = sum(1 for value in best if value > cutoff)
        tied = [pid for pid, value in scored.items() if value[0] == cutoff]
        if above + len(tied) <= self.limit:
            return True
        whole = self._whole
        missing = [pid for pid in tied if pid not in whole and pid not in self.rows]
        self.rows.update((row[0], row) for row in index.patient_summary_rows(missing))
        no_row = (None, None, "", "")
        count = 0
        for pid in tied:
            covered = whole.get(pid)
            if covered is None:  # a patient's answer is worked out once per query
                row = self.rows.get(pid, no_row)
                covered = whole[pid] = self.cover.uncovered(*row[2:4], scored[pid][1]) == 0
            count += covered
        return above + count >= self.limit


def _all_words(per_word: list[WordMatch], wanted: int, settled: _Ties) -> dict[int, tuple]:
    matchers = [Matcher(w) for w in per_word]
    listed = sorted((w for w in per_word if not w.prefixes), key=lambda m: m.total)
    postings = sum(m.total for m in listed)
    if len(listed) > 1 and postings <= INTERSECT_FIRST:
        return intersect(listed, matchers, wanted, settled)  # small enough: exact and complete
    can_intersect = len(listed) > 1 and postings <= POSTINGS_BUDGET
    # One listed word and a short prefix ("kim x"), or huge words: checked up to a bound; the
    # next keystroke narrows the search anyway.
    budget = SHORT_PREFIX_BUDGET if len(listed) == 1 else CANDIDATE_CAP
    # The rarest word's patients, each checked once: the first LAZY_CANDIDATES, then a page at a
    # time while the rate of matches says checking on is the cheaper way.
    # Only the rarest word's patients whose name signature meets the other words' masks.
    candidates = Pages(listed[0].terms, other_words_masks(per_word, listed[0]))
    tried_index = False
    server = index.has_terms_index()
    scored: dict[int, tuple[float, tuple[str, ...]]] = {}
    while True:
        page = max(1, LAZY_CANDIDATES - candidates.handed)
        found, complete = check(
            candidates,
            matchers,
            wanted - len(scored),
            page,
            lambda found: settled({**scored, **found}),
        )
        scored.update(found)
        if (len(scored) >= wanted and settled(scored)) or complete:
            return scored
        if server and can_intersect and not tried_index and not candidates.filtered:
            # More than a page is needed: a server intersects the words' posting lists in its
            # index of the patients' terms, at a small cost a posting. (Pages filtered by the
            # other words' signatures are cheaper still: the rest is checked on.)
            tried_index = True
            every = intersect_in_index(listed, matchers, wanted, settled)
            if every is not None:
                return every
        if can_intersect:
            # At the rate found so far, how many more patients would have to be checked? When
            # that costs more than reading the posting lists whole, intersect them ("kim
            # zhang": common words with few patients in common); else check on ("mohamed ali"
            # finds one patient in twenty of Ali's and needs a few hundred more).
            # With the list full but its last places' tie unsettled, every patient of the
            # rarest word may have to be checked ("dubey ram": a hundred Ram Dubeys tie).
            need = wanted - len(scored)
            if need > 0:
                more = need * candidates.handed // max(len(scored), 1)
            else:  # filtered, the rest is cheap to check: nearly every patient handed matches
                more = 0 if candidates.filtered else listed[0].total - candidates.handed
            if more * ROW_COST_IN_POSTINGS >= postings or candidates.handed >= budget:
                return intersect(listed, matchers, wanted, settled, in_index=not tried_index)
        elif candidates.handed >= budget:
            return scored


def _hits(
    scored: dict[int, tuple[float, tuple[str, ...]]],
    limit: int,
    expected: set[int],
    words: tuple[str, ...] = (),
    cover: Coverage | None = None,
    known: dict[int, tuple] | None = None,
) -> list[SearchHit]:
    """The hits, best first; the rows of ``known`` are not read again."""
    if not scored:
        return []

    ranks = {pid: value[0] for pid, value in scored.items()}
    for pid in expected & ranks.keys():
        ranks[pid] += TODAY_BOOST
    # Hydrate only what can make the list: the best ranks, and the patients tied at the last
    # place (of a tie past TIE_CAP, the first by name: "kim minjun" ties hundreds at 1.0).
    # Equal ranks go to the patient with fewer name words left untyped, then to the one whose
    # name is said in the order typed, then by name.
    best = sorted(ranks.values(), reverse=True)
    cutoff = best[min(limit, len(best)) - 1]
    keep = [pid for pid, rank in ranks.items() if rank > cutoff]
    tied = [pid for pid, rank in ranks.items() if rank == cutoff]
    if len(keep) + len(tied) > limit and len(tied) > TIE_CAP:
        tied = index.first_by_name(tied, TIE_CAP)
    keep += tied
    known = known or {}
    rows = [known[pid] for pid in keep if pid in known]
    rows += index.patient_summary_rows([pid for pid in keep if pid not in known])
    return _ordered_hits(scored, limit, expected, words, cover, rows)


def _ordered_hits(
    scored: dict[int, tuple[float, tuple[str, ...]]],
    limit: int,
    expected: set[int],
    words: tuple[str, ...],
    cover: Coverage | None,
    rows: list[tuple],
) -> list[SearchHit]:
    """The first ``limit`` of the patients' rows: by rank (with the day's boost), then fewer
    name words left untyped, then the name said in the order typed (given name first, or
    family name first where the culture says it so), then by name. Only those become
    summaries (a tie can bring 400 rows, and a native name's customary order is worked out
    per row)."""
    cover = cover or Coverage(words)
    ordered = []
    for row in rows:
        pid, mrn, family, given = row[:4]
        rank = scored[pid][0] + (TODAY_BOOST if pid in expected else 0.0)
        left = cover.uncovered(family, given, scored[pid][1]) if words else 0
        otherwise = cover.said_otherwise(family, given, row[8], row[7]) if len(words) > 1 else 0
        ordered.append(((-rank, left, otherwise, family, given, mrn), row))
    ordered.sort(key=lambda item: item[0])
    hits = []
    for _, row in ordered[:limit]:
        pid, mrn, family, given, native_family, native_given, dob, nat, lang, interp = row[:10]
        patient = PatientSummary(
            pid,
            mrn,
            family,
            given,
            native_full_name(native_family, native_given, language=lang, nationality=nat),
            dob,
            nat,
            lang,
            interp,
        )
        score, matched = scored[pid]
        hits.append(SearchHit(patient, round(score, 4), matched, pid in expected))
    return hits


def hit_as_json(hit: SearchHit) -> dict:
    p = hit.patient
    return {
        "mrn": p.mrn,
        "family_name": p.family_name,
        "given_name": p.given_name,
        "native_name": p.native_name,
        "date_of_birth": p.date_of_birth.isoformat() if p.date_of_birth else None,
        "nationality": p.nationality,
        "score": hit.score,
        "expected": hit.expected_today,  # has a visit on the day searched
    }
