"""What the print system said, in the desk's words: the printing layer answers with values
(:class:`~frontdesk.printing.cups_print.Outcome`, :class:`~frontdesk.printing.cups.Trouble`),
and the window words them here, in the language it shows (``tr()``, the catalogs).

    status_word(Trouble.PAUSED)                 # "paused", for the list of printers
    trouble_words("QL-800", Trouble.PAUSED, "") # "QL-800: paused. Resume it in the printer ..."
    outcome_words(outcome)                      # "printed on QL-800 (62 mm label, job 12)"
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from frontdesk.gui.vocabulary import translated
from frontdesk.printing.cups import Trouble
from frontdesk.printing.cups_print import Outcome, Reason

_STATUS = {
    Trouble.REJECTING: QT_TRANSLATE_NOOP("PrintWords", "rejecting jobs"),
    Trouble.PAUSED: QT_TRANSLATE_NOOP("PrintWords", "paused"),
    Trouble.OFFLINE: QT_TRANSLATE_NOOP("PrintWords", "offline"),
    Trouble.UNREACHABLE: QT_TRANSLATE_NOOP("PrintWords", "cannot be reached"),
    Trouble.MEDIA_EMPTY: QT_TRANSLATE_NOOP("PrintWords", "out of labels or paper"),
    Trouble.MEDIA_NEEDED: QT_TRANSLATE_NOOP("PrintWords", "needs labels or paper loaded"),
    Trouble.MEDIA_JAM: QT_TRANSLATE_NOOP("PrintWords", "paper jam"),
    Trouble.COVER_OPEN: QT_TRANSLATE_NOOP("PrintWords", "cover open"),
    Trouble.DOOR_OPEN: QT_TRANSLATE_NOOP("PrintWords", "a door open"),
    Trouble.TONER_EMPTY: QT_TRANSLATE_NOOP("PrintWords", "out of toner"),
    Trouble.MARKER_EMPTY: QT_TRANSLATE_NOOP("PrintWords", "out of ink or toner"),
    Trouble.TRAY_MISSING: QT_TRANSLATE_NOOP("PrintWords", "no tray"),
    Trouble.SHUTDOWN: QT_TRANSLATE_NOOP("PrintWords", "switched off"),
    Trouble.TIMED_OUT: QT_TRANSLATE_NOOP("PrintWords", "does not answer"),
    Trouble.STOPPED_PARTLY: QT_TRANSLATE_NOOP("PrintWords", "partly stopped"),
    Trouble.STOPPING: QT_TRANSLATE_NOOP("PrintWords", "stopping"),
    Trouble.NO_FILTER: QT_TRANSLATE_NOOP("PrintWords", "no driver for this document"),
}

_WHAT_TO_DO = {
    Trouble.PAUSED: QT_TRANSLATE_NOOP(
        "PrintWords", "Resume it in the printer settings, then print again."
    ),
    Trouble.REJECTING: QT_TRANSLATE_NOOP(
        "PrintWords", "Set it to accept jobs in the printer settings, or choose another."
    ),
    Trouble.OFFLINE: QT_TRANSLATE_NOOP(
        "PrintWords", "Switch it on and connect it, then print again."
    ),
    Trouble.UNREACHABLE: QT_TRANSLATE_NOOP(
        "PrintWords", "Check its cable or network and that it is on, then print again."
    ),
    Trouble.MEDIA_EMPTY: QT_TRANSLATE_NOOP("PrintWords", "Load labels or paper, then print again."),
    Trouble.MEDIA_NEEDED: QT_TRANSLATE_NOOP(
        "PrintWords", "Load labels or paper, then print again."
    ),
    Trouble.MEDIA_JAM: QT_TRANSLATE_NOOP("PrintWords", "Clear the jam, then print again."),
}
_OTHERWISE = QT_TRANSLATE_NOOP("PrintWords", "Fix it or choose another printer, then print again.")


_WHY = {
    Reason.NO_PRINTER_CHOSEN: QT_TRANSLATE_NOOP(
        "PrintWords", "No printer is chosen: choose one, or choose “PDF file” to save the badges."
    ),
    Reason.NO_SUCH_PRINTER: QT_TRANSLATE_NOOP(
        "PrintWords", "There is no printer {printer} any more: choose another."
    ),
    Reason.JOB_REFUSED: QT_TRANSLATE_NOOP("PrintWords", "{printer} refused the job: {said}."),
    Reason.CUPS_DOWN: QT_TRANSLATE_NOOP("PrintWords", "The print system (CUPS) does not answer."),
    Reason.CUPS_LOST_JOB: QT_TRANSLATE_NOOP("PrintWords", "CUPS lost job {job} on {printer}."),
    Reason.CUPS_STOPPED: QT_TRANSLATE_NOOP(
        "PrintWords",
        "The print system (CUPS) stopped answering while job {job} was on {printer}: check "
        "what came out before printing again.",
    ),
    Reason.JOB_CANCELLED: QT_TRANSLATE_NOOP("PrintWords", "Job {job} on {printer} was cancelled."),
    Reason.JOB_ABORTED: QT_TRANSLATE_NOOP(
        "PrintWords", "Job {job} on {printer} stopped with an error."
    ),
    Reason.JOB_HELD: QT_TRANSLATE_NOOP("PrintWords", "Job {job} is held on {printer}."),
    Reason.JOB_STOPPED: QT_TRANSLATE_NOOP("PrintWords", "Job {job} stopped on {printer}."),
    Reason.NOT_TAKING: QT_TRANSLATE_NOOP(
        "PrintWords",
        "{printer} does not take the job (“{said}”): check that it is on and connected, then "
        "print again.",
    ),
    Reason.TOO_LONG: QT_TRANSLATE_NOOP(
        "PrintWords", "Job {job} on {printer} did not finish in {minutes} minutes."
    ),
}
_WITH_SAID = (Reason.JOB_CANCELLED, Reason.JOB_ABORTED, Reason.JOB_HELD, Reason.JOB_STOPPED)


def _tr(text: str) -> str:
    """A text of the tables above, in the desk's language."""
    return translated("PrintWords", text)


def status_word(trouble: Trouble | None, busy: bool = False) -> str:
    """The printer's state in a word or two, for a list of printers."""
    if trouble is None:
        if busy:
            return QCoreApplication.translate("PrintWords", "busy")
        return QCoreApplication.translate("PrintWords", "ready")
    return _tr(_STATUS[trouble])


def trouble_words(printer: str, trouble: Trouble, said: str = "") -> str:
    """What stops the printer and what to do: "QL-800: paused. Resume it ..."."""
    state = status_word(trouble)
    if said and said.lower() not in state.lower():
        state = f"{state} ({said})"
    advice = _tr(_WHAT_TO_DO.get(trouble, _OTHERWISE))
    line = QCoreApplication.translate("PrintWords", "{printer}: {state}.")
    return line.format(printer=printer, state=state) + " " + advice


def outcome_words(outcome: Outcome) -> str:
    """What became of a job: where it printed, or why not, what to do, and that nothing was
    counted as printed."""
    o, reason = outcome, outcome.reason
    if reason is Reason.PRINTED:
        return QCoreApplication.translate(
            "PrintWords", "printed on {printer} ({stock}, job {job})"
        ).format(printer=o.printer, stock=o.stock.title if o.stock else "", job=o.job_id)
    if reason is Reason.SENT:
        return QCoreApplication.translate(
            "PrintWords",
            "{pages} page(s) sent to {printer} (this system does not report whether it printed)",
        ).format(pages=o.pages, printer=o.printer)
    if reason is Reason.PRINTER_TROUBLE and o.trouble is not None:
        words = trouble_words(o.printer, o.trouble, o.said)
    elif reason is Reason.NO_STOCK and o.no_stock is not None:
        no = o.no_stock
        words = QCoreApplication.translate(
            "PrintWords",
            "{printer} has no stock for “{layout}”: it needs {needed}. Choose another printer "
            "or layout ({printer}'s stocks: {have}).",
        ).format(
            printer=o.printer,
            layout=no.layout,
            needed=no.needed,
            have=", ".join(no.have) or QCoreApplication.translate("PrintWords", "none it reports"),
        )
    else:
        template = _WHY.get(reason) or QT_TRANSLATE_NOOP("PrintWords", "{printer} did not print.")
        words = _tr(template).format(
            printer=o.printer, job=o.job_id, said=o.said, minutes=o.minutes
        )
        if o.said and reason in _WITH_SAID:
            words += f" ({o.said})"
    if o.withdrawn:
        words += " " + QCoreApplication.translate("PrintWords", "Job {job} was cancelled.").format(
            job=o.job_id
        )
    return words + " " + QCoreApplication.translate("PrintWords", "Nothing was counted as printed.")
