"""What the print system said, in the desk's words: the printing layer answers with values
(Outcome, Reason, Trouble: tests/cups/test_cups_printing.py); every one of them has words here,
in English and in each catalog's language, with its values in place."""

from __future__ import annotations

import pytest

from frontdesk.gui.desk_language import apply_language
from frontdesk.gui.print_words import outcome_words, status_word, trouble_words
from frontdesk.printing.cups import Trouble
from frontdesk.printing.cups_print import Outcome, Reason
from frontdesk.printing.stock import NoStock, Stock

STOCK = Stock("62x100mm", "62mm x 100mm", 176, 283, (0, 0, 176, 283))


def _every_outcome() -> list[Outcome]:
    outcomes = []
    for reason in Reason:
        printed = reason in (Reason.PRINTED, Reason.SENT)
        outcomes.append(
            Outcome(
                printed,
                reason,
                "QL-800",
                job_id=4711,
                stock=STOCK,
                trouble=Trouble.MEDIA_JAM if reason is Reason.PRINTER_TROUBLE else None,
                said="Paper jam at the cutter",
                minutes=15,
                pages=2,
                no_stock=NoStock("QL-800", "US Letter sheet", "US Letter paper", ("62mm",)),
            )
        )
    return outcomes


@pytest.fixture
def english():
    yield
    apply_language("en")  # the next test's windows in the sources' words


def test_every_outcome_and_trouble_is_said_with_its_values(qtbot, english):
    apply_language("en")
    said = {o.reason: outcome_words(o) for o in _every_outcome()}
    assert said[Reason.PRINTED] == "printed on QL-800 (62mm x 100mm, job 4711)"
    assert said[Reason.PRINTER_TROUBLE] == (
        "QL-800: paper jam (Paper jam at the cutter). Clear the jam, then print again. "
        "Nothing was counted as printed."
    )
    assert said[Reason.NO_STOCK].startswith("QL-800 has no stock for “US Letter sheet”")
    assert said[Reason.TOO_LONG].startswith("Job 4711 on QL-800 did not finish in 15 minutes.")
    for reason, words in said.items():
        assert "{" not in words, words  # every value in place
        if reason not in (Reason.PRINTED, Reason.SENT):
            assert words.endswith("Nothing was counted as printed."), words
    withdrawn = Outcome(
        False, Reason.PRINTER_TROUBLE, "Q", 7, trouble=Trouble.PAUSED, withdrawn=True
    )
    assert "Job 7 was cancelled." in outcome_words(withdrawn)
    for trouble in Trouble:
        assert status_word(trouble) and trouble_words("Q", trouble).startswith("Q: ")
    assert (status_word(None), status_word(None, busy=True)) == ("ready", "busy")


@pytest.mark.parametrize(("language", "marker"), [("es", "impres"), ("ar", "ط"), ("zh_CN", "打印")])
def test_the_words_are_the_desks_language(qtbot, english, language, marker):
    apply_language("en")
    in_english = [outcome_words(o) for o in _every_outcome()]
    in_english += [status_word(t) for t in Trouble]
    apply_language(language)
    translated = [outcome_words(o) for o in _every_outcome()]
    translated += [status_word(t) for t in Trouble]
    for source, words in zip(in_english, translated, strict=True):
        assert words != source, f"not translated into {language}: {source}"
        assert "{" not in words
    assert marker in " ".join(translated)
