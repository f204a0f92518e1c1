"""Matching typed words against the name-term index, and checking candidate patients.

    word = word_matches("mohamed", last=False)      # term id -> (score, term), counts
    matchers = [Matcher(w) for w in words]
    scored, complete = check(Pages(word.terms), matchers, wanted=60, budget=800)

A word normally matches a set of terms (exact, prefix, sound-alike). A short last word after
others ("kim m") matches far too many patients to list; it is kept as prefixes, and the
candidates that the other words found are checked on them: on the ids of the few hundred terms
that start with them, or on the names when there are more.
"""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz.distance import Levenshtein

from frontdesk.name_signature import word_masks
from frontdesk.names import (
    fold_latin,
    is_latin_script,
    phonetic_key,
    query_forms,
    vowel_shape,
)
from frontdesk.store import search_index as index

TERM_CAP = 300  # terms read per typed word
PHONETIC_PREFIX_MIN = 5  # a half-typed last word needs this many letters to use its sound
PREFIX_MIN_FINISHED = 3  # a finished word (not the last) shorter than this matches exactly
CANDIDATE_CAP = 20_000  # patients of the rarest word checked against the other words
ROW_COST_IN_POSTINGS = 10
BATCH = 400
READ_AHEAD = 4  # pages of a term's patients read in one statement after its first
TERMS_PER_STATEMENT = 12
TRANSLITERATED = 0.6  # a native-script word matched through its Latin transliteration
PREFIX_TERMS_CAP = 5_000  # a short prefix with more terms than this is checked on names
ALL_MATCHES_CAP = 2_000  # PostgreSQL: the patients every listed word matches, read at once


@dataclass
class WordMatch:
    """One typed word's matching terms: term id -> (score, term), and their patient counts."""

    terms: dict[int, tuple[float, str]]
    postings: dict[int, int]
    # A short last word ("kim m") matches too many patients to list; candidates found by the
    # other words are checked against these prefixes instead. ``prefix_terms``: every term that
    # starts with one of them (a few hundred), so a candidate is checked on its term ids; None
    # when there are too many, and the candidate's terms are read as text.
    prefixes: tuple[str, ...] = ()
    prefix_terms: dict[int, tuple[float, str]] | None = None

    @property
    def total(self) -> int:
        return sum(self.postings.values())

    def at_least(self, floor: float) -> WordMatch:
        kept = {t: v for t, v in self.terms.items() if v[0] >= floor}
        postings = {t: self.postings[t] for t in kept}
        return WordMatch(kept, postings, self.prefixes, self.prefix_terms)

    @property
    def empty(self) -> bool:
        return not self.terms and not self.prefixes

    def masks(self) -> tuple[int, ...]:
        """What a patient's name signature must meet to carry a term this word matches: its
        terms, and for a short last word its prefixes (see :mod:`frontdesk.name_signature`)."""
        return word_masks([term for _, term in self.terms.values()] + list(self.prefixes))


def other_words_masks(words: list[WordMatch], first: WordMatch) -> tuple[int, ...]:
    """The masks of every word but ``first`` (whose posting lists are being read): a patient
    of ``first`` whose signature misses one of them cannot match the query. Empty on an engine
    that does not filter posting lists by signature."""
    if not index.has_posting_signatures():
        return ()
    return tuple(mask for word in words if word is not first for mask in word.masks())


def word_matches(word: str, *, last: bool, by_text: bool = False) -> WordMatch:
    """The terms one typed word matches. ``by_text``: a short prefix checked on names later."""
    if by_text:
        forms = tuple(sorted(query_forms(word)))
        exact = word_matches(word, last=False)
        return WordMatch(exact.terms, exact.postings, forms, _prefix_terms(forms))
    plan = _Lookups(word, last)
    return plan.matches(index.find_terms(plan.lookups))


def words_matches(words: tuple[str, ...]) -> list[WordMatch]:
    """:func:`word_matches` of every typed word, the last one half typed, in one statement (one
    round trip to a server for the whole query)."""
    last = len(words) - 1
    plans = [_Lookups(word, i == last) for i, word in enumerate(words)]
    found = index.find_terms([lookup for plan in plans for lookup in plan.lookups])
    matches = []
    for plan in plans:
        matches.append(plan.matches(found[: len(plan.lookups)]))
        found = found[len(plan.lookups) :]
    return matches


class _Lookups:
    """One word's lookups in the vocabulary (its forms by prefix, then its sound), and the
    terms found made into its :class:`WordMatch`."""

    def __init__(self, word: str, last: bool) -> None:
        self.last = last
        self.latin_script = is_latin_script(word)
        self.forms = list(query_forms(word))
        self.latin = fold_latin(word) if self.latin_script else ""
        self.key = phonetic_key(self.latin) if self.latin else None
        self.lookups = [
            ("prefix", form, TERM_CAP if last or len(form) >= PREFIX_MIN_FINISHED else 1)
            for form in self.forms
        ]
        if self.key:
            prefix = last and len(self.latin) >= PHONETIC_PREFIX_MIN
            self.lookups.append(("phonetic prefix" if prefix else "phonetic", self.key, TERM_CAP))

    def matches(self, found: list[list[tuple[int, str, int]]]) -> WordMatch:
        match = WordMatch({}, {})

        def offer(term_id: int, term: str, df: int, score: float) -> None:
            if score > match.terms.get(term_id, (0.0, ""))[0]:
                match.terms[term_id] = (score, term)
                match.postings[term_id] = df

        last, latin = self.last, self.latin
        for form, terms in zip(self.forms, found, strict=False):
            # A word typed in its own script (สม, 김, Иван) is first of all that script; its
            # transliteration ("sm") also matches other scripts' transliterations (أسماء -> "sm"),
            # so those matches rank as variants, below the name in the script as typed.
            weight = 1.0 if self.latin_script or not form.isascii() else TRANSLITERATED
            if last or len(form) >= PREFIX_MIN_FINISHED:
                for term_id, term, df in terms:
                    score = 1.0 if term == form else 0.7 + 0.25 * len(form) / len(term)
                    offer(term_id, term, df, score * weight)
            else:  # "li wang": a short word followed by another is finished; Li is a whole name
                for term_id, term, df in terms:
                    if term == form:
                        offer(term_id, term, df, weight)
        if self.key:
            for term_id, term, df in found[-1]:
                shape = Levenshtein.normalized_similarity(vowel_shape(latin), vowel_shape(term))
                spelling = Levenshtein.normalized_similarity(latin, term)
                offer(term_id, term, df, 0.45 + 0.2 * shape + 0.1 * spelling)
        return match


def _prefix_terms(prefixes: tuple[str, ...]) -> dict[int, tuple[float, str]] | None:
    """Every term that starts with one of the prefixes, scored by the longest one it starts
    with (as :class:`Matcher` scores a name); None if there are more than PREFIX_TERMS_CAP."""
    found: dict[int, tuple[float, str]] = {}
    for prefix in prefixes:
        terms = index.find_terms_by_prefix(prefix, PREFIX_TERMS_CAP + 1)
        if len(terms) > PREFIX_TERMS_CAP:
            return None
        for term_id, term, _df in terms:
            score = 1.0 if term == prefix else 0.7 + 0.25 * len(prefix) / len(term)
            if score > found.get(term_id, (0.0, ""))[0]:
                found[term_id] = (score, term)
    return found


class Matcher:
    """One word's test of a candidate: its term ids, and for a short last word its prefixes."""

    def __init__(self, word: WordMatch) -> None:
        self.ids = {str(t): v for t, v in word.terms.items()}
        self.prefixes = word.prefixes
        if word.prefix_terms is not None:
            # The prefixes resolved to term ids: a candidate is checked on ids alone.
            for term_id, (score, term) in word.prefix_terms.items():
                key = str(term_id)
                if score > self.ids.get(key, (0.0, ""))[0]:
                    self.ids[key] = (score, term)
            self.prefixes = ()

    def match(self, terms: list[str]) -> tuple[float, str] | None:
        best = None
        if not self.ids.keys().isdisjoint(terms):
            best = max(self.ids[t] for t in terms if t in self.ids)
        if self.prefixes:
            for term in index.term_strings(terms):
                if term.startswith(self.prefixes):
                    prefix = max((p for p in self.prefixes if term.startswith(p)), key=len)
                    score = 1.0 if term == prefix else 0.7 + 0.25 * len(prefix) / len(term)
                    if best is None or score > best[0]:
                        best = (score, term)
        return best


def score(terms: list[str], matchers: list[Matcher]):
    """(mean score, matched terms) if every word matches the patient, else None."""
    if not matchers:  # a date of birth alone: every candidate matches it exactly
        return 1.0, ()
    total = 0.0
    matched: list[str] = []
    for matcher in matchers:
        hit = matcher.match(terms)
        if hit is None:
            return None
        total += hit[0]
        matched.append(hit[1])
    return total / len(matchers), tuple(matched)


def check(
    candidates, matchers: list[Matcher], wanted: int, budget: int, settled=None
) -> tuple[dict, bool]:
    """Score candidates until ``wanted`` match or ``budget`` are checked; True if all were.
    ``settled(found)``, when given, must also hold for the check to stop before its budget:
    the patients tied at the last place may not be the best of their tie yet."""
    scored: dict[int, tuple[float, tuple[str, ...]]] = {}
    checked = 0
    # Most candidates fail one word (usually the one being typed, the last): a set test of each
    # word's term ids turns them away before anything is scored.
    tests = [m.ids.keys() for m in reversed(matchers) if not m.prefixes]
    for batch in candidates:
        for patient_id, text in index.patient_term_texts(batch):
            terms = text.split()
            for ids in tests:
                if ids.isdisjoint(terms):
                    break
            else:
                result = score(terms, matchers)
                if result is not None:
                    scored[patient_id] = result
        checked += len(batch)
        enough = len(scored) >= wanted and (settled is None or settled(scored))
        if enough or checked >= budget:
            return scored, False
    return scored, True


def intersect_in_index(
    words: list[WordMatch], matchers: list[Matcher], wanted: int, settled=None
) -> dict | None:
    """PostgreSQL: :func:`intersect` done by the server's index of the patients' terms (GIN:
    the listed words' posting lists intersected at a small cost a posting, the survivors'
    terms sent along, one statement); None when more than ALL_MATCHES_CAP patients match
    every listed word, or on SQLite."""
    listed = [list(word.terms) for word in words if not word.prefixes]
    if len(listed) < 2 or not index.has_terms_index():
        return None
    every = index.patients_having_all(listed, ALL_MATCHES_CAP)
    if every is None:
        return None
    pages = (every[i : i + BATCH] for i in range(0, len(every), BATCH))
    return check(pages, matchers, wanted, CANDIDATE_CAP, settled)[0]


def intersect(
    words: list[WordMatch],
    matchers: list[Matcher],
    wanted: int,
    settled=None,
    *,
    in_index: bool = True,
) -> dict:
    """Patients every word matches, rarest word first. A word's posting lists are read whole
    while that is cheaper than reading the patients still in the running (about ten postings
    cost what one patient row does); then those patients are checked on their own terms.
    ``in_index``: first try :func:`intersect_in_index`."""
    if in_index:
        in_server = intersect_in_index(words, matchers, wanted, settled)
        if in_server is not None:
            return in_server
    survivors: set[int] | None = None
    for word in words:
        if word.prefixes:
            continue  # checked on the names of the survivors
        if survivors is not None and word.total > ROW_COST_IN_POSTINGS * len(survivors):
            break
        sets = index.patients_of_terms(word.postings).values()
        if survivors is None:
            survivors = frozenset().union(*sets)
        else:
            # Each term's patients met with the survivors (C walks the smaller of the two),
            # rather than a union of every term's patients built first ("maria": 52,000).
            kept: set[int] = set()
            for patients in sets:
                kept |= survivors & patients
            survivors = frozenset(kept)
        if not survivors:
            return {}
    ordered = sorted(survivors or ())
    pages = (ordered[i : i + BATCH] for i in range(0, len(ordered), BATCH))
    return check(pages, matchers, wanted, CANDIDATE_CAP, settled)[0]


class Pages:
    """The patients of one word's terms, best term first, a page at a time. Resumable: a
    second :func:`check` over the same pages goes on where the first stopped, and ``handed``
    counts the patients handed out so far."""

    def __init__(self, matches: dict[int, tuple[float, str]], masks: tuple[int, ...] = ()) -> None:
        self._pages = _pages(matches, masks)
        self.handed = 0
        # With masks, the database passes over the patients who cannot match the other words:
        # those handed out are few, and nearly all of them match.
        self.filtered = bool(masks)

    def __iter__(self) -> Pages:
        return self

    def __next__(self) -> list[int]:
        page = next(self._pages)
        self.handed += len(page)
        return page


def _pages(matches: dict[int, tuple[float, str]], masks: tuple[int, ...] = ()):
    """Pages of BATCH patients. A term's first page is read alone (most checks need no more);
    after it, READ_AHEAD pages at a time: a statement is a round trip to a server."""
    seen: set[int] = set()
    for term_id in best_first(matches):
        after = 0
        size = BATCH
        while True:
            read = index.postings_after(term_id, after, size, masks)
            if not read:
                break
            after = read[-1]
            for start in range(0, len(read), BATCH):
                fresh = [p for p in read[start : start + BATCH] if p not in seen]
                seen.update(fresh)
                if fresh:
                    yield fresh
            if len(read) < size:
                break
            size = BATCH * READ_AHEAD


def single_word(matches: dict[int, tuple[float, str]], limit: int) -> dict[int, tuple]:
    """One word: the best terms' first patients, in one statement."""
    scored: dict[int, tuple[float, tuple[str, ...]]] = {}
    terms = best_first(matches)
    for start in range(0, min(len(terms), limit * 2), TERMS_PER_STATEMENT):
        chunk = terms[start : start + TERMS_PER_STATEMENT]
        for term_id, patient_id in index.first_postings(chunk, limit):
            word_score, term = matches[term_id]
            if word_score > scored.get(patient_id, (0.0,))[0]:
                scored[patient_id] = (word_score, (term,))
        if len(scored) >= limit * 3:
            break
    return scored


def best_first(matches: dict[int, tuple[float, str]]) -> list[int]:
    return sorted(matches, key=lambda t: (-matches[t][0], matches[t][1]))
