"""A patient's name terms summed up in one integer, kept on each of their postings.

    sig = name_signature({"kim", "minjun", "min", "jun", "김민준"})
    masks = word_masks(["moon", "mun", "min"])          # the terms one typed word matches
    all(sig & mask for mask in masks)                    # False: that patient cannot match it

Search finds patients by intersecting typed words' posting lists, and the slow case is a common
word next to another one ("hayoon m", "wang ho"): thousands of Hayoons, read one by one to find
the few with an M name. With a signature on every posting, the database itself passes over the
Hayoons who have no term that starts with M, and only the rest are read and checked.

The signature is a set of bits, the same on all of a patient's postings:

- bits 0-25: the first letter of a term, a to z (terms of Latin names are folded to lower-case
  ASCII), exactly;
- bits 26-30: the first character of a term in another script (ريم, 김, 王), hashed (CRC-32);
- bits 31-39: the first two characters of a term, any script, hashed into 9 bits.

40 bits, so that a bulk load can carry a patient id (23 bits) and its signature in one JSON
number (:mod:`frontdesk.store.bulk`). The first letters do most of the work: measured on a
million patients, a search's two-word p95 was about the same with 32 bits of pairs as with
none (docs/benchmarks.md).

A word's masks are the same bits of the terms (or, for a short last word checked on names, the
prefixes) it can match: a patient who carries one of those terms has at least one bit of each
mask, so a patient with none cannot match the word. The test is one-sided, never the other
way: a patient who passes is still checked on their terms.

Pure functions, no database. CRC-32 (not Python's ``hash``, which changes from one process to
the next) so that every station and every release computes the same bits.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable
from functools import lru_cache

LETTERS = 26
OTHER_SCRIPTS = 5
PAIR_BITS = 9
BITS = LETTERS + OTHER_SCRIPTS + PAIR_BITS  # 40


def _letter(char: str) -> int:
    first = ord(char) - 97
    if 0 <= first < LETTERS:
        return 1 << first
    return 1 << (LETTERS + zlib.crc32(char.encode("utf-8")) % OTHER_SCRIPTS)


def _pair(text: str) -> int:
    return 1 << (LETTERS + OTHER_SCRIPTS + zlib.crc32(text[:2].encode("utf-8")) % PAIR_BITS)


@lru_cache(maxsize=200_000)
def term_bits(term: str) -> int:
    """The bits one term sets: its first character's and its first two characters'."""
    return _letter(term[0]) | _pair(term) if term else 0


def name_signature(terms: Iterable[str]) -> int:
    """The signature of a patient whose name has these terms."""
    signature = 0
    for term in terms:
        signature |= term_bits(term)
    return signature


def word_masks(strings: Iterable[str]) -> tuple[int, ...]:
    """The masks a patient's signature must each meet (share a bit with) to carry a term that
    is, or starts with, one of ``strings``: the terms a word matches, or the prefixes of a
    short last word. Empty when nothing can be required (no strings, or an empty one); no
    pair mask when a string is one character (a prefix "m": its terms have any second)."""
    letters = pairs = 0
    every_pair = True
    any_string = False
    for text in strings:
        if not text:
            return ()
        any_string = True
        letters |= _letter(text[0])
        if len(text) >= 2:
            pairs |= _pair(text)
        else:
            every_pair = False
    if not any_string:
        return ()
    return (letters, pairs) if every_pair else (letters,)


# A bulk load (the demo) sends each posting as one JSON number: the patient id in the low bits,
# the signature above them (SQLite's json_each then needs no lookup a posting).
PACKED_ID_BITS = 23  # ids up to 8,388,607: the demo makes at most five million patients
ID_MASK = (1 << PACKED_ID_BITS) - 1


def pack_postings(patient_ids: list[int], signature: int) -> list[int]:
    """The patients' ids, each with the (shared) name signature above its bits."""
    high = signature << PACKED_ID_BITS
    if patient_ids and patient_ids[-1] > ID_MASK:
        raise ValueError(f"a patient id above {ID_MASK} cannot be packed with its signature")
    return [patient_id | high for patient_id in patient_ids]
