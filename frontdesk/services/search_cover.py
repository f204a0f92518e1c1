"""How much of a patient's name the typed words cover: the tie-break between equal scores.

    uncovered_words("Ben David", "Yosef", ("david", "yosef"), ("david", "yosef"))   # -> 1
    uncovered_words("Yosef", "David", ("david", "yosef"), ("david", "yosef"))       # -> 0
    cover = Coverage(("david", "yosef"))          # one query: its forms folded once
    cover.uncovered("Ben David", "Yosef", ("david", "yosef"))                        # -> 1

"David Yosef" matches every word of Yosef David and of Ben David Yosef alike (both score 1.0);
the patient whose whole name was typed is the one meant, so the name words that no typed word
matches rank a patient down among equals. A name word is covered when a typed word is its start
(the last word is often half typed) or it is the term a word matched (a spelling variant); a
name part typed joined ("seoyoon" for Seo-yoon) covers the whole part.

A search weighs this for every patient tied at the last place (up to 400, again as more are
found), and names repeat a great deal (a million patients share about 100,000 names): a
:class:`Coverage` folds the typed words once, each name part's words are folded once per
process, and the answer for a name is kept for the rest of the query.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from frontdesk.name_order import surname_first
from frontdesk.names import fold_latin, query_forms, split_words

_NamePart = tuple[tuple[frozenset[str], ...], frozenset[str] | None]


def uncovered_words(
    family: str | None, given: str | None, typed: Iterable[str], matched: Iterable[str]
) -> int:
    """The number of words of the patient's name (family and given) that the query leaves out."""
    return Coverage(typed).uncovered(family, given, tuple(matched))


class Coverage:
    """The typed words of one query, folded once; answers kept per (name, matched terms)."""

    def __init__(self, typed: Iterable[str]) -> None:
        typed = tuple(typed)
        self.forms = tuple({form for word in typed for form in query_forms(word)})
        self.first_forms = tuple(query_forms(typed[0])) if typed else ()
        self._known: dict[tuple, int] = {}
        self._said: dict[tuple, int] = {}

    def said_otherwise(
        self, family: str | None, given: str | None, language: str | None, nationality: str | None
    ) -> int:
        """0 when the first typed word starts a word of the name part said first (the given
        name, or the family name where the culture puts it first: :func:`surname_first`),
        else 1: "Ahmed Hussain" is Ahmed of the Hussain family before Hussain of the Ahmed
        family; "Kim Minjun" is Minjun of the Kim family first. Kept per name for the query."""
        if not self.first_forms:
            return 0
        key = (family, given, language, nationality)
        answer = self._said.get(key)
        if answer is None:
            first = surname_first(family, given, language=language, nationality=nationality)
            words, joined = _name_part((family if first else given) or "")
            forms = [form for word in words for form in word] + list(joined or ())
            answer = 0 if any(form.startswith(self.first_forms) for form in forms) else 1
            self._said[key] = answer
        return answer

    def uncovered(self, family: str | None, given: str | None, matched: tuple[str, ...]) -> int:
        key = (family, given, matched)
        left = self._known.get(key)
        if left is None:
            left = self._known[key] = self._count(family, given, frozenset(matched))
        return left

    def _count(self, family: str | None, given: str | None, matched: frozenset[str]) -> int:
        left = 0
        for part in (family, given):
            words, joined = _name_part(part or "")
            if joined is not None and self._covered(joined, matched):
                continue
            left += sum(1 for forms in words if not self._covered(forms, matched))
        return left

    def _covered(self, forms: frozenset[str], matched: frozenset[str]) -> bool:
        # Every form the name word folds to (Müller: "muller" and "mueller").
        typed = self.forms
        return not forms.isdisjoint(matched) or any(form.startswith(typed) for form in forms)


@lru_cache(maxsize=65536)
def _name_part(part: str) -> _NamePart:
    """The forms of each word of one name part, and of its words joined (None for one word)."""
    words = [w for w in split_words(part) if fold_latin(w)]
    forms = tuple(frozenset(query_forms(w)) for w in words)
    joined = frozenset(query_forms("".join(words))) if len(words) > 1 else None
    return forms, joined
