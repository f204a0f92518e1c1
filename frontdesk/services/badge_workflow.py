"""The one way a badge is printed, by the window, the command line and the day's batch:
issue (or reuse) the badges, draw them, hand the PDF to an output, and count the prints only
when the output says the badges are really out (the file written, CUPS reporting the job
completed).

    def to_file(pdf: bytes, name: str) -> Delivery:     # an output: a printer, a PDF file
        path.write_bytes(pdf)
        return Delivery(printed=True, path=path)

    done = print_holders(visit_id, [None, 7], actor, layout, to_file)   # patient, companion 7
    done = replace_lost(badge_id, actor, layout, to_file)
    done = print_day(day, actor, layout, to_file, progress=report)
    done.numbers, done.delivery, done.count_error, done.left_off       # values, not sentences

An output that did not print returns ``Delivery(printed=False, words=...)`` (the print
system's own account): :class:`BadgesNotPrinted` is raised and nothing is counted; one that raises
counts nothing either. Issued badges stay (uncounted) for the next print. Once the badges are
out, a failure to save the count is reported in :attr:`Printed.count_error`, not raised: the
desk must not print the badges again because of it. The words are made by the caller (the
window with ``tr()``, the CLI in its own lines).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from frontdesk.errors import FrontdeskError
from frontdesk.printing.badge_layouts import Layout
from frontdesk.printing.badge_pdf import COLOUR, Look
from frontdesk.services.actors import Actor
from frontdesk.services.badge_list import badge_number
from frontdesk.services.badge_printing import (
    day_batch,
    mark_printed,
    names_left_off,
    prepare_badges,
    render_prepared,
)
from frontdesk.services.badges import replace_badge
from frontdesk.services.database import explained
from frontdesk.store.models import Badge


@dataclass(frozen=True, slots=True)
class Delivery:
    """What an output did with a PDF. Only ``printed`` counts the badges as printed."""

    printed: bool
    printer: str | None = None  # the printer's name; None: a file
    path: Path | None = None  # the file written
    words: str = ""  # the print system's account of the job, when it gives one


Output = Callable[[bytes, str], Delivery]  # (pdf, a name for the job or file) -> Delivery


class BadgesNotPrinted(FrontdeskError):
    """The output did not print (a printer refused, paused, offline, lost): nothing counted."""

    def __init__(self, delivery: Delivery) -> None:
        super().__init__(delivery.words or "the badges were not printed")
        self.delivery = delivery


@dataclass(frozen=True, slots=True)
class Printed:
    """Badges that are out, and counted (unless ``count_error`` says why not)."""

    numbers: tuple[str, ...]  # "B-12/1", as printed
    delivery: Delivery
    badges: tuple[Badge, ...] = ()
    count_error: str | None = None  # out, but the print count was not saved: why
    left_off: tuple[str, ...] = ()  # printed with the passport name alone: whose, and why
    skipped: tuple[str, ...] = ()  # the day's batch: badges not printed (no font), and why
    patients: int = 0  # the day's batch: how many patients the badges are for


def print_holders(
    visit_id: int,
    holders: list[int | None],
    actor: Actor,
    layout: Layout,
    output: Output,
    *,
    valid_until: dt.datetime | None = None,
    destination: str | None = None,
    photo: bytes | None = None,
    look: Look = COLOUR,
) -> Printed:
    """The badges of a visit's holders (``None``: the patient; a number: a companion)."""
    held = prepare_badges(visit_id, actor, holders, valid_until, destination=destination)
    return print_held(held, actor, layout, output, photo=photo, look=look)


def print_held(
    held: list[tuple[Badge, str]],
    actor: Actor,
    layout: Layout,
    output: Output,
    *,
    photo: bytes | None = None,
    look: Look = COLOUR,
) -> Printed:
    """Badges already issued, with their tokens (a reprint: same number, same token)."""
    pdf = render_prepared(held, layout, photo, look=look)
    name = "-".join(badge_number(badge) for badge, _token in held)
    badges = [badge for badge, _token in held]
    printed = _out_and_counted(pdf, name, badges, actor, layout, output)
    return _with(printed, left_off=tuple(names_left_off(held)))


def replace_lost(
    badge_id: int,
    actor: Actor,
    layout: Layout,
    output: Output,
    *,
    reason: str = "lost",
    look: Look = COLOUR,
) -> Printed:
    """A lost badge: refused at every door from now on; a new generation printed."""
    held = [replace_badge(badge_id, actor, reason=reason)]
    return print_held(held, actor, layout, output, look=look)


def print_day(
    day: dt.date,
    actor: Actor,
    layout: Layout,
    output: Output,
    *,
    progress: Callable[[int, int], bool] | None = None,
    look: Look = COLOUR,
    sending: Callable[[int], None] | None = None,
) -> Printed:
    """Every expected holder's badge of ``day`` (:func:`badge_printing.day_batch`: drawing
    can be cancelled through ``progress``); ``sending(badges)`` once drawn, before the output
    has the PDF (a printer may take a while)."""
    batch = day_batch(day, actor, layout, progress=progress, look=look)
    if sending is not None:
        sending(batch.badges)
    name = f"badges {day.isoformat()}"
    printed = _out_and_counted(batch.pdf, name, list(batch.printed), actor, layout, output)
    return _with(printed, left_off=batch.left_off, skipped=batch.skipped, patients=batch.patients)


def _out_and_counted(
    pdf: bytes, name: str, badges: list[Badge], actor: Actor, layout: Layout, output: Output
) -> Printed:
    delivery = output(pdf, name)
    if not delivery.printed:
        raise BadgesNotPrinted(delivery)
    count_error = None
    try:
        mark_printed(badges, actor, layout)
    except Exception as raw:  # the database went away after the badges came out
        count_error = str(explained(raw))
    return Printed(
        tuple(badge_number(badge) for badge in badges),
        delivery,
        tuple(badges),
        count_error,
    )


def _with(printed: Printed, **changes) -> Printed:
    return replace(printed, **changes)
