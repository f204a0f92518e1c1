"""A PDF printed through CUPS and followed until CUPS says what became of it.

    outcome = print_pdf(local_cups(), "QL-800", pdf, layout_named("brother-62"), "B-12")
    if outcome.printed:
        mark_printed(...)            # only now: CUPS says the job completed
    else:
        outcome.reason, outcome.trouble   # Reason.PRINTER_TROUBLE, Trouble.PAUSED: values

What happened is a value (:class:`Outcome`: a :class:`Reason`, the printer's
:class:`~frontdesk.printing.cups.Trouble`, the job, what CUPS itself said); the window says it
in the desk's language (gui/print_words.py). Before sending, the printer's state is read
(paused, rejecting jobs, offline: refused at once) and its own stock for the layout is chosen
(:mod:`frontdesk.printing.stock`); the vector PDF goes as it is, at actual size, with the
stock's name. The job is then followed by its id: completed is printed; cancelled, aborted, held
or stopped is not; a printer that stops, goes offline or runs out of labels while the job waits
has the job cancelled (so that it does not come out later, when someone has printed the badges
again) and the desk is told. Runs on a worker thread; ``poll`` and ``patience`` are seconds.
"""

from __future__ import annotations

import enum
import re
import time
from collections.abc import Callable
from dataclasses import dataclass

from frontdesk.errors import FrontdeskError
from frontdesk.printing.badge_layouts import Layout
from frontdesk.printing.badge_pdf import COLOUR, Look
from frontdesk.printing.cups import (
    Cups,
    CupsDown,
    JobRefused,
    JobState,
    Printer,
    PrinterGone,
    Trouble,
)
from frontdesk.printing.stock import (
    NoStock,
    Stock,
    badge_inset,
    choose_stock,
    ipp_stocks,
    ppd_stocks,
)

PATIENCE = 30.0  # seconds a job may wait on a printer in trouble before it is cancelled
LONGEST = 15 * 60.0  # seconds any one job may take before the desk is told it did not finish


# What a backend says while it cannot deliver (CUPS sets no state reason for a refused
# connection, only a message): "The printer may not exist or is unavailable at this time."
_NOT_DELIVERING = re.compile(
    r"not exist|unavailable|not responding|not connected|offline|unable to|cannot|can't|"
    r"failed|error|will retry|busy|out of|jam|open",
    re.I,
)


class Reason(enum.Enum):
    """Why a job printed or did not."""

    PRINTED = "printed"  # CUPS says the job completed
    SENT = "sent"  # painted to a printer that does not say whether it printed (Windows)
    NO_PRINTER_CHOSEN = "no printer chosen"
    PRINTER_TROUBLE = "printer trouble"  # ``trouble`` stops the printer (before or while)
    NO_SUCH_PRINTER = "no such printer"  # the queue is gone (before or while)
    NO_STOCK = "no stock"  # ``no_stock`` says which and what the printer has
    JOB_REFUSED = "job refused"  # CUPS refused the job (``said``)
    CUPS_DOWN = "cups down"  # CUPS does not answer (nothing sent)
    CUPS_LOST_JOB = "cups lost the job"
    CUPS_STOPPED = "cups stopped answering"  # while the job was on the printer
    JOB_CANCELLED = "job cancelled"  # by someone at the printer or in CUPS (``said``)
    JOB_ABORTED = "job aborted"  # stopped with an error (``said``)
    JOB_HELD = "job held"
    JOB_STOPPED = "job stopped"
    NOT_TAKING = "printer not taking the job"  # the backend cannot deliver (``said``)
    TOO_LONG = "too long"  # did not finish in ``minutes``


@dataclass(frozen=True, slots=True)
class Outcome:
    """What became of a job, as values. ``withdrawn``: the desk cancelled the job so that it
    does not come out later, after the badges are printed again."""

    printed: bool
    reason: Reason
    printer: str = ""
    job_id: int | None = None
    stock: Stock | None = None
    bytes_sent: int = 0
    trouble: Trouble | None = None
    said: str = ""  # what CUPS, the job or the driver said, verbatim ("" when nothing)
    withdrawn: bool = False
    minutes: int = 0
    no_stock: NoStock | None = None
    pages: int = 0  # Reason.SENT: the pages painted


def printer_trouble(printer: Printer) -> tuple[Trouble, str] | None:
    """What stops ``printer`` and what it says about it (its message, when it adds to the
    trouble), or None when it is ready."""
    trouble = printer.trouble
    if trouble is None:
        return None
    return trouble, printer.message.strip().rstrip(".")


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
        trouble = printer_trouble(printer)
        if trouble:
            return Outcome(False, Reason.PRINTER_TROUBLE, name, trouble=trouble[0], said=trouble[1])
        stock = stock_for(server, name, layout)
        job_id = server.submit(name, pdf, title, media=stock.name)
    except PrinterGone:
        return Outcome(False, Reason.NO_SUCH_PRINTER, name)
    except NoStock as error:
        return Outcome(False, Reason.NO_STOCK, name, no_stock=error)
    except JobRefused as error:
        return Outcome(False, Reason.JOB_REFUSED, name, said=str(error))
    except CupsDown:
        return Outcome(False, Reason.CUPS_DOWN, name)
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
    def told(printed: bool, reason: Reason, **values) -> Outcome:
        return Outcome(printed, reason, name, job_id, stock, sent, **values)

    started = time.monotonic()
    trouble_since: float | None = None
    while True:
        try:
            job = server.job(job_id)
        except PrinterGone:
            return told(False, Reason.CUPS_LOST_JOB)
        except CupsDown:
            return told(False, Reason.CUPS_STOPPED)
        if job.state is JobState.COMPLETED:
            return told(True, Reason.PRINTED)
        if job.state in (JobState.CANCELED, JobState.ABORTED):
            ended = Reason.JOB_CANCELLED if job.state is JobState.CANCELED else Reason.JOB_ABORTED
            return told(False, ended, said=job.message or "")
        problem = _job_problem(server, name, job)
        if problem is not None:
            trouble_since = trouble_since or time.monotonic()
            if job.state in (JobState.HELD, JobState.STOPPED) or (
                time.monotonic() - trouble_since >= patience
            ):
                server.cancel(job_id)  # so it does not come out later, after a reprint
                reason, trouble, said = problem
                return told(False, reason, trouble=trouble, said=said, withdrawn=True)
        else:
            trouble_since = None
        if time.monotonic() - started > longest:
            server.cancel(job_id)
            return told(False, Reason.TOO_LONG, minutes=round(longest / 60), withdrawn=True)
        time.sleep(poll)


def _job_problem(server: Cups, name: str, job) -> tuple[Reason, Trouble | None, str] | None:
    """What keeps the job from printing, or None while it is on its way."""
    if job.state is JobState.HELD:
        return Reason.JOB_HELD, None, job.message or ""
    try:
        printer, _attrs = server.printer(name)
    except PrinterGone:
        return Reason.NO_SUCH_PRINTER, None, ""
    except FrontdeskError:
        return None  # the job's own state says the rest next time round
    trouble = printer_trouble(printer)
    if trouble is not None:
        return Reason.PRINTER_TROUBLE, trouble[0], trouble[1]
    if job.state is JobState.STOPPED:
        return Reason.JOB_STOPPED, None, job.message or ""
    said = job.message or printer.message
    if said and _NOT_DELIVERING.search(said):
        return Reason.NOT_TAKING, None, said
    return None
