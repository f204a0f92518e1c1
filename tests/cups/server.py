"""A CUPS of the tests' own: its own configuration, spool and log folders under a temporary
directory, its own socket and port, queues on Debian's real drivers whose output is a file.

    with CupsServer(tmp_path) as cups:
        cups.add_queue("ql800", QL800)                 # device file: <out>/ql800.out
        server = Cups(cups.socket)                     # frontdesk.printing.cups
        cups.lp("cupsdisable", "ql800")                # pause it, as an administrator would

Nothing of the machine's CUPS is touched: no /etc/cups, no /run/cups (the printcap is
written under the folder too). Needs cupsd, lpadmin and the drivers (scripts/bootstrap --test
installs them); without them the tests skip, unless ``FRONTDESK_REQUIRE_CUPS=1`` (CI), where
they fail.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path

import pytest

REQUIRE_CUPS = os.environ.get("FRONTDESK_REQUIRE_CUPS") == "1"
CUPSD = "/usr/sbin/cupsd"

# Real drivers' PPDs, as lpinfo -m names them (Debian's printer-driver-* packages and CUPS's
# own sample drivers).
CUPS_PDF = "lsb/usr/cups-pdf/CUPS-PDF_opt.ppd"
QL800 = "ptouch:0/ppd/ptouch-driver/Brother-QL-800-ptouch-ql.ppd"
DYMO450 = "dymo:0/cups/model/lw450.ppd"
POSTSCRIPT = "drv:///sample.drv/generic.ppd"
PCL_LASERJET = "drv:///sample.drv/laserjet.ppd"


def require_cups() -> None:
    missing = [p for p in (CUPSD, shutil.which("lpadmin")) if not p or not Path(p).exists()]
    if not missing and not Path("/usr/lib/cups/driver/ptouch").exists():
        missing.append("printer-driver-ptouch")
    if missing:
        message = "CUPS or its drivers are not installed (scripts/bootstrap --test)"
        if REQUIRE_CUPS:
            pytest.fail(message + " but FRONTDESK_REQUIRE_CUPS=1")
        pytest.skip(message)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class CupsServer:
    def __init__(self, folder: Path, *, keep_job_files: bool = False) -> None:
        """``keep_job_files``: each job's document stays in the spool (the benchmark weighs
        what was sent)."""
        self.keep_job_files = keep_job_files
        # a short path: a Unix socket path is limited to about 100 bytes
        self.root = Path(folder)
        self.out = self.root / "out"
        self.socket = str(self.root / "cups.sock")
        self.port = _free_port()
        self.process: subprocess.Popen | None = None

    def __enter__(self) -> CupsServer:
        self.start()
        return self

    def __exit__(self, *_exc) -> None:
        self.stop()

    def _write_config(self) -> None:
        root = self.root
        for sub in ("spool/tmp", "cache", "state", "log", "out", "ppd"):
            (root / sub).mkdir(parents=True, exist_ok=True)
        # filters and backends run as "lp": they must reach the spool and write the output
        for path in (root, root / "spool", root / "spool" / "tmp", root / "out"):
            path.chmod(0o777)
        (root / "cupsd.conf").write_text(
            f"Listen 127.0.0.1:{self.port}\nListen {self.socket}\nLogLevel info\n"
            "Browsing No\nWebInterface No\nDefaultAuthType None\nJobRetryInterval 1\n"
            f"PreserveJobFiles {'Yes' if self.keep_job_files else 'No'}\n"
            "<Location />\nOrder allow,deny\nAllow all\n</Location>\n"
            "<Policy default>\n<Limit All>\nOrder deny,allow\nAllow all\n</Limit>\n</Policy>\n"
        )
        (root / "cups-files.conf").write_text(
            f"ServerRoot {root}\nRequestRoot {root}/spool\nTempDir {root}/spool/tmp\n"
            f"CacheDir {root}/cache\nStateDir {root}/state\nErrorLog {root}/log/error_log\n"
            f"AccessLog {root}/log/access_log\nPageLog {root}/log/page_log\n"
            f"Printcap {root}/printcap\nDataDir /usr/share/cups\nServerBin /usr/lib/cups\n"
            "FileDevice Yes\nSystemGroup root\n"
        )

    def start(self) -> None:
        require_cups()
        self._write_config()
        self.process = subprocess.Popen(
            [
                CUPSD,
                "-f",
                "-c",
                str(self.root / "cupsd.conf"),
                "-s",
                str(self.root / "cups-files.conf"),
            ],
            stdout=subprocess.DEVNULL,
            stderr=open(self.root / "log" / "stderr", "wb"),  # noqa: SIM115
        )
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            if Path(self.socket).exists() and self.lp("lpstat", "-r").returncode == 0:
                return
            if self.process.poll() is not None:
                break
            time.sleep(0.05)
        raise RuntimeError(f"cupsd did not start: {self.log()}")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)
        self.process = None

    def log(self) -> str:
        path = self.root / "log" / "error_log"
        return path.read_text(errors="replace")[-3000:] if path.exists() else "(no log)"

    def job_bytes(self, job_id: int) -> int:
        """The size of what the application sent for a job (``keep_job_files``)."""
        return sum(p.stat().st_size for p in (self.root / "spool").glob(f"d{job_id:05d}-*"))

    def lp(self, *command: str, check: bool = False) -> subprocess.CompletedProcess:
        """A CUPS command-line tool, pointed at this server."""
        env = {**os.environ, "CUPS_SERVER": self.socket}
        done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=60)
        if check and done.returncode != 0:
            raise RuntimeError(f"{' '.join(command)}: {done.stderr or done.stdout}")
        return done

    def add_queue(self, name: str, model: str, uri: str | None = None) -> Path:
        """A queue on the driver ``model``, its output written to ``<out>/<name>.out``."""
        output = self.out / f"{name}.out"
        self.lp(
            "lpadmin", "-p", name, "-v", uri or f"file://{output}", "-m", model, "-E", check=True
        )
        return output


# Queues on the real drivers that every printing test shares (tests/conftest.py offers these
# fixtures to the whole suite: the window's tests print through the same CUPS).
QUEUES = {
    "cups-pdf": CUPS_PDF,
    "QL-800": QL800,
    "LabelWriter-450": DYMO450,
    "PostScript": POSTSCRIPT,
    "LaserJet-PCL": PCL_LASERJET,
}


@pytest.fixture(scope="session")
def cups_server():
    """The tests' CUPS, started on first use and stopped at the end of the run."""
    folder = Path(tempfile.mkdtemp(prefix="fdcups-", dir="/tmp"))
    server = CupsServer(folder)
    try:
        server.start()
        for name, model in QUEUES.items():
            server.add_queue(name, model)
        yield server
    finally:
        server.stop()
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def cups(cups_server, monkeypatch):
    """The tests' CUPS as this computer's print system (``$CUPS_SERVER``, as libcups reads)."""
    monkeypatch.setenv("CUPS_SERVER", cups_server.socket)
    return cups_server
