"""A PDF printed through CUPS and followed until CUPS says what became of it.

    outcome = print_pdf(local_cups(), "QL-800", pdf, layout_named("brother-62"), "B-12")
    if outcome.printed:
        mark_printed(...)            # only now: CUPS says the job completed
    else:
        show(outcome.words)          # "QL-800 is paused: ... Nothing was counted as printed."

Before sending, the printer's state is read (paused, rejecting jobs, offline: refused at once,
in words) and its own stock for the layout is chosen (:mod:`frontdesk.printing.stock`); the
vector PDF goes as it is, at actual size, with the stock's name. The job is then followed by
its id: completed is printed; cancelled, aborted, held or stopped is not; a printer that stops,
goes offline or runs out of labels while the job waits has the job cancelled (so that it does
not come out later, when someone has printed the badges again) and the desk is told. Runs on a
worker thread; ``poll`` and ``patience`` are seconds.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass

from frontdesk.errors import FrontdeskError
from frontdesk.printing.badge_layouts import Layout
from frontdesk.printing.badge_pdf import COLOUR, Look
from frontdesk.printing.cups import Cups, CupsDown, JobRefused, JobState, Printer, PrinterGone
from frontdesk.printing.stock import (
    NoStock,
    Stock,
    badge_inset,
    choose_stock,
    ipp_stocks,
    ppd_stocks,
)

NOT_COUNTED = "Nothing was counted as printed."
PATIENCE = 30.0  # seconds a job may wait on a printer in trouble before it is cancelled
LONGEST = 15 * 60.0  # seconds any one job may take before the desk is told it did not finish


# What a backend says while it cannot deliver (CUPS sets no state reason for a refused
# connection, only a message): "The printer may not exist or is unavailable at this time."
_NOT_DELIVERING = re.compile(
    r"not exist|unavailable|not responding|not connected|offline|unable to|cannot|can't|"
    r"failed|error|will retry|busy|out of|jam|open",
    re.I,
)


@dataclass(frozen=True, slots=True)
class Outcome:
    printed: bool
    words: str  # what happened and, when it did not print, what to do
    job_id: int | None = None
    stock: Stock | None = None
    bytes_sent: int = 0


_WHAT_TO_DO = {
    "is paused": "Resume it in the printer settings, then print again",
    "is rejecting jobs": "Set it to accept jobs in the printer settings, or choose another",
    "is offline": "Switch it on and connect it, then print again",
    "cannot be reached": "Check its cable or network and that it is on, then print again",
    "is out of labels or paper": "Load labels or paper, then print again",
    "needs labels or paper loaded": "Load labels or paper, then print again",
    "has a paper jam": "Clear the jam, then print again",
}


def _advice(problem: str) -> str:
    return _WHAT_TO_DO.get(problem, "Fix it or choose another printer, then print again")


def printer_problem(printer: Printer) -> str | None:
    """``"QL-800 is paused: resume it ..."`` or None when the printer is ready."""
    problem = printer.problem
    if problem is None:
        return None
    said = printer.message.strip().rstrip(".")
    detail = f" ({said})" if said and said.lower() not in problem.lower() else ""
    return f"{printer.name} {problem}{detail}. {_advice(problem)}."


def stock_for(server: Cups, name: str, layout: Layout) -> Stock:
    """The printer's own stock for the layout (its PPD's sizes, else IPP's media names)."""
    ppd = server.ppd(name)
    if ppd is not None:
        stocks, custom = ppd_stocks(ppd)
    else:
        _printer, attrs = server.printer(name, ["media-supported"])
        media = attrs.get("media-supported") or []
        stocks, custom = ipp_stocks(media if isinstance(media, list) else [media])
    return choose_stock(layout, stocks, custom, printer=name)


THERMAL_WIDEST = 4.5 * 72  # a black-and-white printer whose widest stock is this narrow
_COLOUR_DEVICE = re.compile(r"^\*ColorDevice:\s*True", re.M)


def device_look(server: Cups, name: str, layout: Layout) -> Look:
    """How badges should be drawn for this printer and layout: black and white on a thermal
    label printer (a monochrome driver whose widest stock is a label roll), and inside the
    printable area of the stock chosen. The colour look where the driver does not say."""
    ppd = server.ppd(name)
    if ppd is None:
        return COLOUR
    stocks, custom = ppd_stocks(ppd)
    stock = choose_stock(layout, stocks, custom, printer=name)
    widest = max((s.width for s in stocks), default=float("inf"))
    mono = not _COLOUR_DEVICE.search(ppd) and widest <= THERMAL_WIDEST
    return Look(mono=mono, inset=badge_inset(stock, layout))


def print_pdf(
    server: Cups,
    name: str,
    pdf: bytes,
    layout: Layout,
    title: str,
    *,
    poll: float = 0.5,
    patience: float | None = None,
    longest: float | None = None,
    progress: Callable[[str], None] | None = None,
) -> Outcome:
    """Print ``pdf`` on the CUPS queue ``name`` and follow the job to its end (``patience``
    and ``longest`` default to :data:`PATIENCE` and :data:`LONGEST`)."""
    patience = PATIENCE if patience is None else patience
    longest = LONGEST if longest is None else longest
    try:
        printer, _attrs = server.printer(name)
        problem = printer_problem(printer)
        if problem:
            return Outcome(False, f"{problem} {NOT_COUNTED}")
        stock = stock_for(server, name, layout)
        job_id = server.submit(name, pdf, title, media=stock.name)
    except PrinterGone:
        return Outcome(False, f"There is no printer {name} any more: choose another. {NOT_COUNTED}")
    except NoStock as error:
        return Outcome(False, str(error))
    except JobRefused as error:
        return Outcome(False, f"{error}. {NOT_COUNTED}")
    except CupsDown:
        return Outcome(False, f"The print system (CUPS) does not answer. {NOT_COUNTED}")
    if progress:
        progress(f"job {job_id} sent to {name}, waiting for it to print")
    return _follow(server, name, job_id, stock, len(pdf), poll, patience, longest)


def _follow(
    server: Cups,
    name: str,
    job_id: int,
    stock: Stock,
    sent: int,
    poll: float,
    patience: float,
    longest: float,
) -> Outcome:
    def told(printed: bool, words: str) -> Outcome:
        return Outcome(printed, words, job_id, stock, sent)

    started = time.monotonic()
    trouble_since: float | None = None
    while True:
        try:
            job = server.job(job_id)
        except PrinterGone:
            return told(False, f"CUPS lost job {job_id} on {name}. {NOT_COUNTED}")
        except CupsDown:
            return told(
                False,
                f"The print system (CUPS) stopped answering while job {job_id} was on {name}: "
                f"check what came out before printing again. {NOT_COUNTED}",
            )
        if job.state is JobState.COMPLETED:
            return told(True, f"printed on {name} ({stock.title}, job {job_id})")
        if job.state in (JobState.CANCELED, JobState.ABORTED):
            why = f": {job.message}" if job.message else ""
            word = "cancelled" if job.state is JobState.CANCELED else "stopped with an error"
            return told(False, f"Job {job_id} on {name} was {word}{why}. {NOT_COUNTED}")
        problem = _job_problem(server, name, job)
        if problem is not None:
            trouble_since = trouble_since or time.monotonic()
            if job.state in (JobState.HELD, JobState.STOPPED) or (
                time.monotonic() - trouble_since >= patience
            ):
                server.cancel(job_id)  # so it does not come out later, after a reprint
                return told(False, f"{problem} Job {job_id} was cancelled. {NOT_COUNTED}")
        else:
            trouble_since = None
        if time.monotonic() - started > longest:
            server.cancel(job_id)
            return told(
                False,
                f"Job {job_id} on {name} did not finish in {longest / 60:.0f} minutes and was "
                f"cancelled. {NOT_COUNTED}",
            )
        time.sleep(poll)


def _job_problem(server: Cups, name: str, job) -> str | None:
    """What keeps the job from printing, in words, or None while it is on its way."""
    if job.state is JobState.HELD:
        return f"Job {job.id} is held on {name}."
    try:
        printer, _attrs = server.printer(name)
    except PrinterGone:
        return f"The printer {name} was removed."
    except FrontdeskError:
        return None  # the job's own state says the rest next time round
    problem = printer_problem(printer)
    if problem is None and job.state is JobState.STOPPED:
        return f"Job {job.id} stopped on {name}."
    if problem is None:
        said = job.message or printer.message
        if said and _NOT_DELIVERING.search(said):
            return (
                f"{name} does not take the job (“{said}”): check that it is on and connected, "
                f"then print again."
            )
    return problem
