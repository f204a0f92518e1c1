"""The name signature is a one-sided test: a patient who carries a term a typed word matches
always meets that word's masks. Checked on real names in many scripts (CLDR's sample names,
tests/corpus) and on random text (hypothesis); and it must turn most others away, or it is
useless (measured on the same names)."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from frontdesk.name_signature import (
    BITS,
    ID_MASK,
    PACKED_ID_BITS,
    name_signature,
    pack_postings,
    term_bits,
    word_masks,
)
from frontdesk.names import name_terms, query_forms

CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "names" / "cldr-sample-names.tsv"


def _meets(signature: int, masks: tuple[int, ...]) -> bool:
    return all(signature & mask for mask in masks)


def _cldr_names() -> list[tuple[str, str]]:
    names = []
    for line in CORPUS.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        _, given_name, surname, _ = line.split("\t")
        names.append((given_name, surname))
    return names


def _patients_terms() -> list[frozenset[str]]:
    """Each CLDR sample name as a patient with it as the native name and its anyascii
    transliteration as the passport name would give terms (names.name_terms)."""
    out = []
    for given_name, surname in _cldr_names():
        out.append(frozenset(name_terms(None, None, surname, given_name)))
    return [terms for terms in out if terms]


def test_a_patient_meets_the_masks_of_every_prefix_of_every_term_they_carry():
    patients = _patients_terms()
    assert len(patients) >= 25
    checked = 0
    for terms in patients:
        signature = name_signature(terms)
        for term in terms:
            for end in range(1, len(term) + 1):
                prefix = term[:end]
                # as typed: the prefix and what it folds to, and the term found by it
                for strings in ([prefix], sorted(query_forms(prefix)) or [prefix], [term]):
                    assert _meets(signature, word_masks(strings)), (terms, strings)
                    checked += 1
    assert checked > 1000


def test_a_word_with_several_terms_is_met_by_a_patient_with_any_one_of_them():
    patients = _patients_terms()
    for terms, other in zip(patients, patients[1:] + patients[:1], strict=True):
        for term in terms:
            strings = [*sorted(other), term]  # the word matches the other's terms and this one
            assert _meets(name_signature(terms), word_masks(strings))


def test_most_patients_without_the_word_are_turned_away():
    """Latin prefixes of two letters against the transliterated sample names: the signature
    must keep out most of the patients who carry no term starting with the prefix."""
    patients = _patients_terms()
    prefixes = {term[:2] for terms in patients for term in terms if term[:2].isascii()}
    kept_out = wrongly = 0
    for prefix in sorted(prefixes):
        masks = word_masks([prefix])
        for terms in patients:
            if any(term.startswith(prefix) for term in terms):
                continue
            if _meets(name_signature(terms), masks):
                wrongly += 1
            else:
                kept_out += 1
    assert kept_out > 5 * wrongly  # measured: about 93% kept out


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.text(min_size=1, max_size=12), min_size=1, max_size=8),
    st.data(),
)
def test_random_terms_meet_the_masks_of_their_own_prefixes(terms, data):
    signature = name_signature(terms)
    term = data.draw(st.sampled_from(terms))
    prefix = term[: data.draw(st.integers(1, len(term)))]
    assert _meets(signature, word_masks([prefix]))
    assert _meets(signature, word_masks([prefix, "zz", "ωμ"]))


def test_the_bits_are_the_same_in_every_process_and_leave_room_for_a_patient_id():
    # CRC-32, not Python's salted hash(): a station and the import at another compute alike.
    assert term_bits("mohamed") == (1 << 12) | (1 << 36)
    assert term_bits("김") == (1 << 28) | (1 << 34)
    assert max(term_bits(t) for t in ("zz", "ريم", "王小明", "a", "김", "ß")).bit_length() <= BITS
    assert BITS + PACKED_ID_BITS <= 63  # a packed posting is a signed 64-bit integer
    packed = pack_postings([1, 5_000_000], name_signature(["ريم", "zz"]))
    assert [p & ID_MASK for p in packed] == [1, 5_000_000]
    assert {p >> PACKED_ID_BITS for p in packed} == {name_signature(["ريم", "zz"])}
    assert word_masks([]) == () and word_masks([""]) == ()
    assert len(word_masks(["m"])) == 1 and len(word_masks(["mo", "ma"])) == 2
