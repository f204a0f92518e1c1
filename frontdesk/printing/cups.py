"""This computer's CUPS, over IPP: its printers and their state, a PDF job, and what became of it.

    server = local_cups()                         # None where no CUPS answers
    for printer in server.printers():             # names with state: ready, paused, ...
        print(printer.name, printer.trouble)      # None, or Trouble.PAUSED, ...
    job = server.submit("QL-800", pdf, "B-12", media="62x100mm")
    server.job(job).state                         # JobState.COMPLETED when CUPS says so

The server is where libcups would look: ``$CUPS_SERVER`` (a socket path or host[:port]), else
the local socket, else localhost:631. Every call is a short HTTP request with a timeout, meant
for a worker thread: the GUI thread never waits on it.
"""

from __future__ import annotations

import enum
import http.client
import itertools
import os
import socket
import urllib.parse
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from frontdesk.errors import FrontdeskError
from frontdesk.printing import ipp

_SOCKETS = ("/run/cups/cups.sock", "/var/run/cups/cups.sock", "/private/var/run/cupsd")
_request_ids = itertools.count(1)
TIMEOUT = 10.0  # seconds for one request: CUPS answers in milliseconds when it is up


class CupsDown(FrontdeskError):
    """CUPS does not answer (stopped, not installed, or the connection dropped)."""


class PrinterGone(FrontdeskError):
    """CUPS has no printer (or job) by that name any more."""


class JobRefused(FrontdeskError):
    """CUPS refused a job (the printer rejects jobs, the document or stock is not taken)."""


class PrinterState(enum.Enum):
    IDLE = 3
    PROCESSING = 4
    STOPPED = 5


class JobState(enum.Enum):
    PENDING = 3
    HELD = 4
    PROCESSING = 5
    STOPPED = 6
    CANCELED = 7
    ABORTED = 8
    COMPLETED = 9

    @property
    def final(self) -> bool:
        return self.value >= 7


class Trouble(enum.Enum):
    """What stops a printer: the printer-state-reasons a desk must hear about (the value is the
    reason without its "-report"/"-warning"/"-error" suffix; the rest, such as none or
    cups-waiting-for-job-completed, say nothing wrong), and a queue that refuses jobs. A value,
    not words: the window says it in the desk's language (gui/print_words.py)."""

    REJECTING = "rejecting-jobs"
    PAUSED = "paused"
    OFFLINE = "offline"
    UNREACHABLE = "connecting-to-device"
    MEDIA_EMPTY = "media-empty"
    MEDIA_NEEDED = "media-needed"
    MEDIA_JAM = "media-jam"
    COVER_OPEN = "cover-open"
    DOOR_OPEN = "door-open"
    TONER_EMPTY = "toner-empty"
    MARKER_EMPTY = "marker-supply-empty"
    TRAY_MISSING = "input-tray-missing"
    SHUTDOWN = "shutdown"
    TIMED_OUT = "timed-out"
    STOPPED_PARTLY = "stopped-partly"
    STOPPING = "stopping"
    NO_FILTER = "cups-missing-filter"


TROUBLE = {t.value: t for t in Trouble if t is not Trouble.REJECTING}


def _reason_key(reason: str) -> str:
    for suffix in ("-report", "-warning", "-error"):
        if reason.endswith(suffix):
            return reason[: -len(suffix)]
    return reason


@dataclass(frozen=True, slots=True)
class Printer:
    """One queue as the desk sees it."""

    name: str
    state: PrinterState
    accepting: bool
    reasons: tuple[str, ...] = ()
    message: str = ""
    model: str = ""

    @property
    def trouble(self) -> Trouble | None:
        """What stops this printer, or None when it is ready."""
        if not self.accepting:
            return Trouble.REJECTING
        if self.state is PrinterState.STOPPED:
            troubles = [TROUBLE[k] for k in map(_reason_key, self.reasons) if k in TROUBLE]
            return troubles[0] if troubles else Trouble.PAUSED
        for key in map(_reason_key, self.reasons):
            if key in TROUBLE and key != "paused":
                return TROUBLE[key]
        return None

    @property
    def busy(self) -> bool:
        """Printing now (and in no trouble)."""
        return self.trouble is None and self.state is PrinterState.PROCESSING


@dataclass(frozen=True, slots=True)
class Job:
    id: int
    state: JobState
    reasons: tuple[str, ...] = ()
    message: str = ""
    printer_state: PrinterState | None = None
    printer_reasons: tuple[str, ...] = ()


class _UnixConnection(http.client.HTTPConnection):
    def __init__(self, path: str, timeout: float) -> None:
        super().__init__("localhost", timeout=timeout)
        self.socket_path = path

    def connect(self) -> None:
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        sock.settimeout(self.timeout)
        sock.connect(self.socket_path)
        self.sock = sock


def _listify(value) -> tuple:
    if value is None:
        return ()
    return tuple(value) if isinstance(value, list) else (value,)


class Cups:
    """A CUPS server at a socket path or ``host:port``."""

    def __init__(self, address: str, timeout: float = TIMEOUT) -> None:
        self.address = address
        self.timeout = timeout

    def __repr__(self) -> str:
        return f"Cups({self.address!r})"

    # -- transport ---------------------------------------------------------------------------
    def _connection(self) -> http.client.HTTPConnection:
        if self.address.startswith("/"):
            return _UnixConnection(self.address, self.timeout)
        host, _sep, port = self.address.partition(":")
        return http.client.HTTPConnection(host, int(port or 631), timeout=self.timeout)

    def _http(self, method: str, path: str, body: bytes | None = None) -> tuple[int, bytes]:
        connection = self._connection()
        try:
            headers = {"Content-Type": "application/ipp"} if body is not None else {}
            connection.request(method, path, body=body, headers=headers)
            answer = connection.getresponse()
            return answer.status, answer.read()
        except (OSError, http.client.HTTPException) as error:
            raise CupsDown(f"CUPS does not answer at {self.address} ({error})") from None
        finally:
            connection.close()

    def _uri(self, path: str) -> str:
        return f"ipp://localhost{path}"

    def request(
        self,
        operation: int,
        path: str,
        attributes: list[ipp.Attribute],
        job_attributes: Sequence[ipp.Attribute] = (),
        data: bytes = b"",
    ) -> ipp.Response:
        body = ipp.encode_request(
            operation, next(_request_ids), attributes, list(job_attributes), data
        )
        status, answer = self._http("POST", path, body)
        if status != 200:
            raise CupsDown(f"CUPS answered HTTP {status} at {self.address}")
        try:
            return ipp.decode_response(answer)
        except (ipp.IppError, ValueError) as error:
            raise CupsDown(f"CUPS sent an answer that is not IPP ({error})") from None

    # -- printers ----------------------------------------------------------------------------
    _PRINTER_ATTRIBUTES = (
        "printer-name",
        "printer-state",
        "printer-state-reasons",
        "printer-state-message",
        "printer-is-accepting-jobs",
        "printer-make-and-model",
    )

    @staticmethod
    def _printer(attrs: dict) -> Printer:
        return Printer(
            name=str(attrs.get("printer-name", "")),
            state=PrinterState(attrs.get("printer-state", 3)),
            accepting=bool(attrs.get("printer-is-accepting-jobs", True)),
            reasons=tuple(r for r in _listify(attrs.get("printer-state-reasons")) if r != "none"),
            message=str(attrs.get("printer-state-message") or ""),
            model=str(attrs.get("printer-make-and-model") or ""),
        )

    def printers(self) -> list[Printer]:
        """Every queue, by name."""
        response = self.request(
            ipp.CUPS_GET_PRINTERS,
            "/",
            [("requested-attributes", ipp.KEYWORD, list(self._PRINTER_ATTRIBUTES))],
        )
        found = [self._printer(a) for a in response.all(ipp.PRINTER_GROUP)]
        return sorted((p for p in found if p.name), key=lambda p: p.name.lower())

    def default_printer(self) -> str | None:
        response = self.request(
            ipp.CUPS_GET_DEFAULT, "/", [("requested-attributes", ipp.KEYWORD, "printer-name")]
        )
        return response.group(ipp.PRINTER_GROUP).get("printer-name") if response.ok else None

    def printer(self, name: str, extra: Sequence[str] = ()) -> tuple[Printer, dict]:
        """The printer's state and its attributes (``extra`` asked for too)."""
        path = f"/printers/{urllib.parse.quote(name, safe='')}"
        response = self.request(
            ipp.GET_PRINTER_ATTRIBUTES,
            path,
            [
                ("printer-uri", ipp.URI, self._uri(path)),
                ("requested-attributes", ipp.KEYWORD, [*self._PRINTER_ATTRIBUTES, *extra]),
            ],
        )
        if response.status == 0x0406:
            raise PrinterGone(f"there is no printer {name!r} any more")
        if not response.ok:
            raise CupsDown(f"CUPS cannot tell about {name!r}: {response.message}")
        attrs = response.group(ipp.PRINTER_GROUP)
        return self._printer({"printer-name": name, **attrs}), attrs

    def ppd(self, name: str) -> str | None:
        """The queue's PPD (its driver's description), or None for a driverless queue."""
        status, body = self._http("GET", f"/printers/{urllib.parse.quote(name, safe='')}.ppd")
        return body.decode("latin-1") if status == 200 else None

    # -- jobs --------------------------------------------------------------------------------
    def submit(
        self,
        name: str,
        pdf: bytes,
        title: str,
        *,
        media: str | None = None,
        options: dict[str, str] | None = None,
    ) -> int:
        """Send the PDF as one job; returns the job's id. ``media`` is the printer's own stock
        name; the page is printed at actual size (no fitting or scaling)."""
        path = f"/printers/{urllib.parse.quote(name, safe='')}"
        job: list[ipp.Attribute] = [("print-scaling", ipp.KEYWORD, "none")]
        if media:
            job.append(("media", ipp.KEYWORD, media))
        for key, value in (options or {}).items():
            job.append((key, ipp.NAME, value))
        response = self.request(
            ipp.PRINT_JOB,
            path,
            [
                ("printer-uri", ipp.URI, self._uri(path)),
                ("requesting-user-name", ipp.NAME, _user()),
                ("job-name", ipp.NAME, title[:200] or "Frontdesk"),
                ("document-format", ipp.MIME_TYPE, "application/pdf"),
            ],
            job,
            pdf,
        )
        if response.status == 0x0406:
            raise PrinterGone(f"there is no printer {name!r} any more")
        if not response.ok:
            words = response.message or f"IPP status 0x{response.status:04x}"
            raise JobRefused(f"{name} refused the job: {words}")
        job_id = response.group(ipp.JOB_GROUP).get("job-id")
        if not isinstance(job_id, int):
            raise JobRefused(f"{name} took the job but gave it no number")
        return job_id

    def job(self, job_id: int) -> Job:
        path = f"/jobs/{job_id}"
        response = self.request(
            ipp.GET_JOB_ATTRIBUTES,
            "/",
            [
                ("job-uri", ipp.URI, self._uri(path)),
                ("requesting-user-name", ipp.NAME, _user()),
                (
                    "requested-attributes",
                    ipp.KEYWORD,
                    ["job-state", "job-state-reasons", "job-printer-state-message"],
                ),
            ],
        )
        if response.status == 0x0406:
            raise PrinterGone(f"CUPS has no job {job_id} any more")
        if not response.ok:
            raise CupsDown(f"CUPS cannot tell about job {job_id}: {response.message}")
        attrs = response.group(ipp.JOB_GROUP)
        return Job(
            job_id,
            JobState(attrs.get("job-state", 3)),
            tuple(r for r in _listify(attrs.get("job-state-reasons")) if r != "none"),
            str(attrs.get("job-printer-state-message") or ""),
        )

    def cancel(self, job_id: int) -> bool:
        """Cancel the job (so it does not come out later); False if CUPS would not."""
        try:
            response = self.request(
                ipp.CANCEL_JOB,
                "/",
                [
                    ("job-uri", ipp.URI, self._uri(f"/jobs/{job_id}")),
                    ("requesting-user-name", ipp.NAME, _user()),
                ],
            )
        except FrontdeskError:
            return False
        return response.ok


def _user() -> str:
    try:
        return os.getlogin()
    except OSError:
        return os.environ.get("USER") or "frontdesk"


def cups_address() -> str:
    """Where CUPS is, as libcups would find it."""
    configured = os.environ.get("CUPS_SERVER", "").strip()
    if configured:
        return configured
    for path in _SOCKETS:
        if Path(path).exists():
            return path
    return "localhost:631"


def local_cups() -> Cups | None:
    """This computer's CUPS, or None where none answers (Windows; CUPS stopped)."""
    server = Cups(cups_address(), timeout=3.0)
    try:
        server.printers()
    except CupsDown:
        return None
    server.timeout = TIMEOUT
    return server
