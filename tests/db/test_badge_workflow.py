"""The one badge-print workflow (window, CLI and the day's batch): a badge counts as printed
only once the output has it, and an output that did not print counts nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from frontdesk.cli import main
from frontdesk.printing.badge_layouts import layout_named
from frontdesk.services.badge_workflow import (
    BadgesNotPrinted,
    Delivery,
    print_day,
    print_holders,
    replace_lost,
)
from frontdesk.services.patients import CompanionInput, add_companion
from frontdesk.store.models import AuditEvent, Badge
from tests.pdf_reading import qr_codes

from .helpers import BADGE_DAY as DAY
from .helpers import BADGE_MORNING as RUNS_AT  # noqa: F401 (tests/conftest.py)
from .helpers import book, make_patient

CR80 = layout_named("cr80")


@pytest.fixture
def visit(actor):
    patient = make_patient(actor, mrn="MRN1", family="Haddad", given="Layla")
    add_companion(patient.id, CompanionInput("Haddad", "Omar", relationship="son"), actor)
    return book(actor, patient, "A1", 9, location="Yawkey Building, floor 7", day=DAY).visit


def counted() -> tuple[list[int], int]:
    """Each badge's print count, and the badge.print audit records."""
    counts = [b.print_count for b in Badge.select().order_by(Badge.id)]
    return counts, AuditEvent.select().where(AuditEvent.action == "badge.print").count()


class Output:
    """An output that records what the database said while it held the PDF."""

    def __init__(self, printed: bool = True, words: str = "") -> None:
        self.printed, self.words = printed, words
        self.seen: list[tuple[list[int], int]] = []
        self.pdfs: list[bytes] = []

    def __call__(self, pdf: bytes, name: str) -> Delivery:
        self.seen.append(counted())
        self.pdfs.append(pdf)
        return Delivery(self.printed, printer="QL-800", words=self.words)


def test_badges_are_counted_only_after_the_output_has_them(actor, visit):
    output = Output()
    companion = visit.patient.companions[0].id
    done = print_holders(visit.id, [None, companion], actor, CR80, output)
    assert output.seen == [([0, 0], 0)]  # issued, not counted, while the printer had them
    assert counted() == ([1, 1], 2)  # counted once it said printed, with an audit record each
    assert done.numbers == tuple(f"B-{b.id}" for b in Badge.select().order_by(Badge.id))
    assert done.delivery.printer == "QL-800" and done.count_error is None
    assert [len(page) for page in qr_codes(output.pdfs[0])] == [1, 1]  # a card each


def test_an_output_that_did_not_print_counts_nothing(actor, visit):
    paused = Output(printed=False, words="QL-800 is paused. Nothing was counted as printed.")
    with pytest.raises(BadgesNotPrinted, match="is paused") as refused:
        print_holders(visit.id, [None], actor, CR80, paused)
    assert refused.value.delivery.printer == "QL-800"
    assert counted() == ([0], 0)  # the badge stays issued for the next print, uncounted

    class Broken(Output):
        def __call__(self, pdf: bytes, name: str) -> Delivery:
            raise OSError("the disk is full")

    with pytest.raises(OSError):
        print_holders(visit.id, [None], actor, CR80, Broken())
    assert counted() == ([0], 0)
    print_holders(visit.id, [None], actor, CR80, Output())  # the same badge, printed now
    assert counted() == ([1], 1)


def test_a_replacement_and_the_days_batch_go_the_same_way(actor, visit):
    first = print_holders(visit.id, [None], actor, CR80, Output())
    with pytest.raises(BadgesNotPrinted):
        replace_lost(first.badges[0].id, actor, CR80, Output(printed=False))
    assert counted() == ([1, 0], 1)  # the old one printed once; the new one issued, not out
    batch_output = Output()
    done = print_day(DAY, actor, layout_named("sheet-a4"), batch_output)
    # The batch prints the replacement (issued, never out) and the companion's new badge.
    assert batch_output.seen == [([1, 0, 0], 1)]  # not yet counted while the output has them
    assert counted() == ([1, 1, 1], 3) and done.patients == 1 and len(done.numbers) == 2


def test_the_cli_prints_through_the_workflow(db_url, actor, visit, tmp_path):
    pdf = tmp_path / "badge.pdf"
    args = ["--db", db_url, "badge", "MRN1", "--date", DAY.isoformat(), "--layout", "cr80"]
    assert main([*args, "--staff", actor.staff.username, "-o", str(pdf)]) == 0
    assert Path(pdf).is_file() and counted() == ([1], 1)
    sheet = tmp_path / "day.pdf"
    day = ["badges", "--date", DAY.isoformat(), "--staff", actor.staff.username]
    assert main(["--db", db_url, *day, "-o", str(sheet)]) == 0
    assert len(qr_codes(sheet.read_bytes())[0]) == 2 and counted() == ([2, 1], 3)
