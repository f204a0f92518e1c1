"""How much of a patient's name the typed words cover: the tie-break between equal scores.

    uncovered_words("Ben David", "Yosef", ("david", "yosef"), ("david", "yosef"))   # -> 1
    uncovered_words("Yosef", "David", ("david", "yosef"), ("david", "yosef"))       # -> 0

"David Yosef" matches every word of Yosef David and of Ben David Yosef alike (both score 1.0);
the patient whose whole name was typed is the one meant, so the name words that no typed word
matches rank a patient down among equals. A name word is covered when a typed word is its start
(the last word is often half typed) or it is the term a word matched (a spelling variant); a
name part typed joined ("seoyoon" for Seo-yoon) covers the whole part.
"""

from __future__ import annotations

from collections.abc import Iterable

from frontdesk.names import fold_latin, query_forms, split_words


def uncovered_words(
    family: str | None, given: str | None, typed: Iterable[str], matched: Iterable[str]
) -> int:
    """The number of words of the patient's name (family and given) that the query leaves out."""
    forms = tuple({form for word in typed for form in query_forms(word)})
    matched = set(matched)
    left = 0
    for part in (family, given):
        words = [w for w in split_words(part) if fold_latin(w)]
        if len(words) > 1 and _covered("".join(words), forms, matched):
            continue
        left += sum(1 for word in words if not _covered(word, forms, matched))
    return left


def _covered(word: str, forms: tuple[str, ...], matched: set[str]) -> bool:
    # Every form the name word folds to (Müller: "muller" and "mueller").
    return any(form in matched or form.startswith(forms) for form in query_forms(word))
