"""The demo's patients drawn: in this process, or in a second one while this one writes them.

    for message in drawn_patients(seed=1, count=1_000_000, created="2026-12-06 17:00:00"):
        ...  # Chunk(rows), then Drawn(terms, postings, kinds)

A million patients are about ten Python operations each to draw and as many to write; on two
cores (Linux: ``fork``) a second process draws the next chunk while this one writes the last,
and the rows cross a pipe pickled (a name's text is pickled once per chunk). Both ways give the
same data for a seed: the second process runs the very same :func:`draw`.

A *kind* of person is a nationality, a sex, a family name and a given name: drawn at once from
their joint weights (a nationality's ``weight``, one half for each sex, and a Zipf weight
``1 / (rank + 1) ** 0.9`` on each pool, the most common names most often), and everything
that follows from it (the feminine family name, the search terms, the phone's country code)
is computed once per kind. The rows are :data:`frontdesk.store.demo_tables.DRAWN_COLUMNS`:
what varies, with the MRN, passport, phone and hotel left for the writer to format.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import json
import multiprocessing
import random
import sys
import traceback
from array import array
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from frontdesk.demo import name_pools, places
from frontdesk.name_signature import ID_MASK, name_signature, pack_postings
from frontdesk.names import name_terms, phonetic_key

ZIPF = 0.9  # how strongly the first (most common) names of a pool dominate
CHUNK = 50_000  # patients a message
FIRST_CHUNK = 5_000
TWO_PROCESSES_FROM = 20_000  # fewer patients are drawn faster than a process starts

_BIRTH_FIRST = dt.date(1935, 1, 1).toordinal()
_BIRTH_SPAN = dt.date(2022, 12, 31).toordinal() - _BIRTH_FIRST
PASSPORTS = 26 * 100_000_000  # a letter and eight digits


@dataclass(frozen=True)
class Chunk:
    rows: list[tuple]  # demo_tables.DRAWN_COLUMNS, ids ascending


@dataclass(frozen=True)
class Drawn:
    """After the last chunk: the search index of the patients drawn, and each one's kind."""

    terms: list[tuple[int, str, str, int]]  # (id, term, phonetic key, how many patients)
    # (term id, its patients as a JSON array, ascending): each one's id and name signature in
    # one number, ``id | signature << PACKED_ID_BITS`` (frontdesk.name_signature)
    postings: list[tuple[int, str]]
    kinds: array  # kind index of patient 1, 2, ... (see Kinds.person)


class Kinds:
    """Every kind of person with its joint weight; a kind's names and terms when first drawn."""

    def __init__(self) -> None:
        self.keys: list[tuple[name_pools.Nationality, str, int, int]] = []
        weights: list[float] = []
        nationalities = name_pools.NATIONALITIES
        total = sum(n.weight for n in nationalities)
        for nat in nationalities:
            family = _zipf(len(nat.family))
            for sex, pool in (("F", nat.given_female), ("M", nat.given_male)):
                given = _zipf(len(pool))
                share = nat.weight / total * 0.5
                for f, wf in enumerate(family):
                    for g, wg in enumerate(given):
                        self.keys.append((nat, sex, f, g))
                        weights.append(share * wf * wg)
        self.cumulative = list(itertools.accumulate(weights))
        self.vocabulary: dict[str, int] = {}
        self.term_kinds: dict[int, list[int]] = {}  # term id -> kinds that carry it

    def person(self, index: int) -> tuple[name_pools.Nationality, name_pools.Name]:
        """The nationality and family name (feminine for a woman where it differs)."""
        nat, sex, f, _ = self.keys[index]
        family = nat.family[f]
        return nat, name_pools.feminine_family_name(nat.alpha3, family) if sex == "F" else family

    def make(self, index: int) -> tuple:
        nat, sex, _, g = self.keys[index]
        _, family = self.person(index)
        given = (nat.given_female if sex == "F" else nat.given_male)[g]
        vocabulary = self.vocabulary
        ids = []
        terms = name_terms(family.latin, given.latin, family.native, given.native)
        for term in terms:
            term_id = vocabulary.get(term)
            if term_id is None:
                term_id = vocabulary[term] = len(vocabulary) + 1
            self.term_kinds.setdefault(term_id, []).append(index)
            ids.append(term_id)
        languages = nat.languages
        return (
            family.latin,
            given.latin,
            family.native,
            given.native,
            sex,
            nat.alpha3,
            " ".join(map(str, sorted(ids))),
            languages[0],
            languages[1] if len(languages) > 1 else languages[0],
            nat.interpreter_rate,
            f"+{nat.phone_country_code}",
            [],  # the ids of the patients of this kind, as drawn
            name_signature(terms),
        )


def _zipf(size: int) -> list[float]:
    weights = [1.0 / (rank + 1) ** ZIPF for rank in range(size)]
    total = sum(weights)
    return [w / total for w in weights]


def draw(seed: int, count: int, created: str, chunk: int = CHUNK) -> Iterator[Chunk | Drawn]:
    """The patients 1..count of a seed, a chunk at a time, then what they make of the index."""
    rng = random.Random(seed)
    random_ = rng.random
    kinds = Kinds()
    cumulative = kinds.cumulative
    total = cumulative[-1]
    made: list[Any] = [None] * len(cumulative)  # the kinds drawn so far (Kinds.make)
    kind_of_patient = array("I")
    births = [dt.date.fromordinal(_BIRTH_FIRST + k).isoformat() for k in range(_BIRTH_SPAN + 1)]
    hotels = places.HOTELS
    bisect_right = bisect.bisect_right
    # A small first chunk, so that the writer starts soon (the first patients are the slowest
    # to draw: most of them are of a kind not drawn before).
    bounds = [1, *range(1 + min(chunk, FIRST_CHUNK), count + 1, chunk), count + 1]
    for first, last in itertools.pairwise(bounds):
        rows: list[tuple] = []
        append = rows.append
        for patient_id in range(first, last):
            k = bisect_right(cumulative, random_() * total)
            kind = made[k]
            if kind is None:
                kind = made[k] = kinds.make(k)
            kind[11].append(patient_id)
            kind_of_patient.append(k)
            family, given, native_family, native_given, sex, alpha3, terms = kind[:7]
            append(
                (
                    patient_id,
                    family,
                    given,
                    native_family,
                    native_given,
                    births[int(random_() * _BIRTH_SPAN)],
                    sex,
                    alpha3,
                    int(random_() * PASSPORTS),
                    kind[7] if random_() < 0.85 else kind[8],
                    1 if random_() < kind[9] else 0,  # an int binds faster than a bool
                    kind[10],
                    100_000_000 + int(random_() * 899_999_999),
                    hotels[int(random_() * len(hotels))] if random_() < 0.6 else None,
                    201 + int(random_() * 1698),
                    terms,
                    created,
                )
            )
        yield Chunk(rows)
    terms, postings = [], []
    term_kinds = kinds.term_kinds
    packed_runs: dict[int, list[int]] = {}  # a kind's patients, each packed with its signature
    for term, term_id in kinds.vocabulary.items():
        runs = []
        for k in term_kinds[term_id]:
            run = packed_runs.get(k)
            if run is None:
                kind = made[k]
                run = packed_runs[k] = pack_postings(kind[11], kind[12])
            runs.append(run)
        if len(runs) == 1:
            packed = runs[0]
        else:  # in patient id order: the low bits are the id, the high ones the same for a kind
            packed = sorted(itertools.chain.from_iterable(runs), key=lambda v: v & ID_MASK)
        terms.append((term_id, term, phonetic_key(term), len(packed)))
        postings.append((term_id, json.dumps(packed)))
    yield Drawn(terms, postings, kind_of_patient)


def drawn_patients(
    seed: int, count: int, created: str, *, second_process: bool | None = None
) -> Iterator[Chunk | Drawn]:
    """:func:`draw`, in a second process when there are many patients and Linux can fork."""
    if second_process is None:
        second_process = count >= TWO_PROCESSES_FROM
    if not second_process or sys.platform != "linux":
        yield from draw(seed, count, created)
        return
    context = multiprocessing.get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    child = context.Process(
        target=_draw_into, args=(sender, seed, count, created), name="demo-draw", daemon=True
    )
    child.start()
    sender.close()
    try:
        while True:
            try:
                message = receiver.recv()
            except EOFError:
                child.join()
                raise RuntimeError(
                    f"the demo's drawing process stopped (exit code {child.exitcode})"
                ) from None
            if isinstance(message, str):
                raise RuntimeError(f"the demo's drawing process failed:\n{message}")
            yield message
            if isinstance(message, Drawn):
                break
    finally:
        receiver.close()
        child.join(timeout=5)
        if child.is_alive():
            child.kill()
            child.join()


def _draw_into(sender, seed: int, count: int, created: str) -> None:
    try:
        for message in draw(seed, count, created):
            sender.send(message)
    except BaseException:  # the writer raises it, with this text
        sender.send(traceback.format_exc())
    finally:
        sender.close()
