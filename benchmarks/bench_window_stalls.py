"""How long the desk window's event loop stalls while it works (issue 12: target 100 ms).

    .venv/bin/python benchmarks/bench_window_stalls.py       # needs bench-data/foundation.sqlite3

The window (offscreen) opens on a copy of the foundation database (1,000,000 patients, 2,000
appointments on 2026-11-30, as the desk finds them in the morning), its day in and painted. Then
a 10 ms heartbeat timer on the GUI thread measures, phase by phase, the longest gap between two
ticks less 10 ms (the longest time the window could not answer a key or a click):

1. search: six names typed one key at a time, each key's results waited for;
2. check-in: 20 of the day's patients opened and checked in, one after another;
3. summary: a patient's visit summary previewed, then in two other languages;
4. badge batch: the day's badges (about 2,000) drawn into a PDF file, with the progress dialog;
5. import: a 10,000-appointment file read, checked (dry run) and imported from the import dialog;
6. after the import: from its answer until the window has read its day again and shown it.

Beside each phase, how long it took. Prints a Markdown table and the load average.

Python's switch interval is the application's (frontdesk/gui/gil_handoff.py, 0.02 ms);
``--switch-interval-ms 5`` measures the window as it was before (CPython's default).

The cycle collector runs as in the application (frontdesk/gui/gc_on_gui_thread.py: on the GUI
thread's timer, never on a worker), not left automatic as a bare QApplication has it.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench_common import FOUNDATION_DAY, foundation_copy  # noqa: E402
from bench_desk_under_import import import_file  # noqa: E402

QUERIES = ["mohamed ali", "kim min-jun", "nguyen van an", "garcia jose", "ивано", "王小明"]
CHECK_INS = 20
BATCH_LIMIT_S = 120  # the batch is cancelled after this long (a slow machine)


class Heartbeat:
    def __init__(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)
        self.longest = 0.0

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, (now - self.last) * 1000 - 10)
        self.last = now

    def __enter__(self) -> Heartbeat:
        self.started = self.last = time.perf_counter()
        self.timer.start()
        return self

    def __exit__(self, *exc) -> None:
        self.timer.stop()
        self.seconds = time.perf_counter() - self.started


def wait_until(predicate, seconds: float = 60) -> bool:
    """Run the event loop until ``predicate()`` (checked every 5 ms), at most ``seconds``."""
    from PySide6.QtCore import QEventLoop, QTimer

    end = time.perf_counter() + seconds
    loop = QEventLoop()
    poll = QTimer(interval=5)
    poll.timeout.connect(lambda: (predicate() or time.perf_counter() > end) and loop.quit())
    poll.start()
    if not predicate():
        loop.exec()
    poll.stop()
    return bool(predicate())


def measure(url: str, work: Path) -> list[tuple[str, float, float, str]]:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from frontdesk.gui import frontdesk_rc  # noqa: F401
    from frontdesk.gui.desk_settings import DeskSettings
    from frontdesk.gui.main_window import MainWindow
    from frontdesk.services.actors import create_staff
    from frontdesk.services.office import office_zone
    from frontdesk.store.database import open_database
    from frontdesk.store.models import Staff

    app = QApplication.instance() or QApplication(sys.argv[:1])
    from frontdesk.gui.gc_on_gui_thread import collect_on_gui_thread

    collect_on_gui_thread(app)  # as the application does (frontdesk.gui.app): see the docstring
    from frontdesk.gui.gil_handoff import prompt_handoff

    prompt_handoff()  # as the application does (frontdesk.gui.gil_handoff)
    if SWITCH_INTERVAL_MS is not None:  # --switch-interval-ms: another, e.g. CPython's 5 ms
        sys.setswitchinterval(SWITCH_INTERVAL_MS / 1000)
    open_database(url)
    if Staff.get_or_none(Staff.username == "amal") is None:
        create_staff("amal", "Amal")
    zone = office_zone()
    settings = DeskSettings(QSettings(str(work / "desk.ini"), QSettings.Format.IniFormat))
    settings.station_name, settings.staff_username = "Desk 1", "amal"
    settings.pdf_folder = str(work / "pdf")
    window = MainWindow(settings, FOUNDATION_DAY, zone=zone)  # on frontdesk.clock (main)
    window.actions._confirm_check_in = lambda details: True  # the receptionist said yes
    window.resize(1366, 768)
    window.show()
    wait_until(lambda: window.model.rowCount() > 0 and window.actor is not None)
    wait_until(lambda: False, 1.0)  # painted, the first poll in
    phases = []

    with Heartbeat() as beat:  # 1. search
        edit = window.ui.searchEdit
        for query in QUERIES:
            edit.clear()
            for ch in query:
                done = []
                window.search_done.connect(lambda d=done: d.append(1))
                edit.insert(ch)
                wait_until(lambda d=done: bool(d), 10)
        edit.clear()
    keys = sum(len(q) for q in QUERIES)
    phases.append(("search: 6 names typed key by key", beat.longest, beat.seconds, f"{keys} keys"))

    model = window.model
    waiting = [
        model.entry(r).patient.id
        for r in range(model.rowCount())
        if model.status_key(model.entry(r)) in ("scheduled", "late")
    ]
    patients = list(dict.fromkeys(waiting))[:CHECK_INS]
    said_all: list[str] = []
    window.actions.changed.connect(said_all.append)
    with Heartbeat() as beat:  # 2. check-in
        for patient_id in patients:
            opened = []
            window.patient_opened.connect(lambda i, o=opened: o.append(i))
            window.open_patient(patient_id)
            wait_until(lambda o=opened, p=patient_id: p in o, 10)
            said = []
            window.actions.changed.connect(lambda t, s=said: s.append(t))
            window.actions.check_in()
            wait_until(lambda s=said: bool(s), 15)
        wait_until(lambda: not window.patient_reader.busy and not window.day_view.poller.busy, 5)
    checked = sum("checked in at" in s for s in said_all)
    phases.append(
        (f"check-in: {len(patients)} patients", beat.longest, beat.seconds, f"{checked} checked in")
    )

    with Heartbeat() as beat:  # 3. summary
        with_visit = next(p for p in patients if p != window.panel.details.id)
        opened = []
        window.patient_opened.connect(opened.append)
        window.open_patient(with_visit)
        wait_until(lambda: with_visit in opened, 10)
        window.dialogs.print_summary()
        dialog = window.summary_dialog
        wait_until(lambda: dialog.summary is not None, 30)
        previews = 1
        for language in ("ar", "zh"):
            combo = dialog.ui.languageCombo
            combo.setCurrentIndex(max(0, combo.findData(language)))
            drawn = wait_until(
                lambda: dialog.summary is not None and not dialog.preview_job.busy, 30
            )
            previews += drawn and dialog.summary.language == language
        dialog.reject()
    phases.append(
        ("summary: previewed in 3 languages", beat.longest, beat.seconds, f"{previews} previews")
    )

    with Heartbeat() as beat:  # 4. badge batch
        window.start_day_badges("cr80", "")  # "" is the PDF file choice
        batch = window.day_batch
        ended: list[str] = []
        batch.finished.connect(lambda text: ended.append(text))
        batch.failed.connect(lambda text: ended.append(f"failed: {text}"))
        batch.cancelled.connect(lambda: ended.append("cancelled"))
        if not wait_until(lambda: bool(ended), BATCH_LIMIT_S):
            batch.dialog.cancel()
            wait_until(lambda: bool(ended), 60)
    done = (ended or ["no answer"])[0][:60]
    phases.append(("badge batch: the day's badges to a PDF file", beat.longest, beat.seconds, done))

    path = work / "import.csv"
    import_file(path, "W", 10_000, FOUNDATION_DAY + dt.timedelta(days=1))
    with Heartbeat() as beat:  # 5. import
        window.dialogs.import_schedule()
        dialog = window.import_dialog
        dialog.load(path)
        wait_until(lambda: dialog.report is not None and not dialog.check_job.busy, 120)
        dialog.apply()
        imported = []
        dialog.imported.connect(imported.append)
        dialog.failed.connect(imported.append)
        wait_until(lambda: bool(imported), 300)
        reread: list[bool] = []
        window.day_loaded.connect(lambda: reread.append(True))
        dialog.reject()
        import_stall, import_seconds = beat.longest, time.perf_counter() - beat.started
        beat.longest = 0.0
        # 6. What the window does after the import's answer: it reads its day again (the
        # import's audit record asks every desk to) and shows it.
        wait_until(lambda: bool(reread), 30)
    done = (imported or ["no answer"])[0][:60]
    phases.append(
        ("import: 10,000 appointments, dry run then import", import_stall, import_seconds, done)
    )
    phases.append(
        (
            "after the import: the day read again and shown",
            beat.longest,
            beat.seconds - import_seconds,
            "read again" if reread else "not read again within 30 s",
        )
    )
    window.close()
    from frontdesk.gui.jobs import lanes_idle

    lanes_idle(60_000)
    return phases


SWITCH_INTERVAL_MS: float | None = None


def main() -> int:
    import argparse

    from frontdesk import clock

    global SWITCH_INTERVAL_MS
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--switch-interval-ms",
        type=float,
        help="Python's switch interval instead of the application's (5 = CPython's default, "
        "the window before frontdesk.gui.gil_handoff)",
    )
    SWITCH_INTERVAL_MS = parser.parse_args().switch_interval_ms

    # The foundation's day at ten in the morning (New York), time passing from there: its
    # patients are late or expected, its badges not expired, whatever today is.
    ten = dt.datetime.combine(FOUNDATION_DAY, dt.time(15), tzinfo=dt.UTC)
    with foundation_copy("window-stalls", morning=True) as copy, clock.running_from(ten):
        phases = measure(f"sqlite:///{copy}", copy.parent)
    print(
        "| phase (1,000,000 patients, 2,000 appointments on the day) | longest stall | took "
        "| what it did |"
    )
    print("|---|---|---|---|")
    for name, stall, seconds, did in phases:
        print(f"| {name} | {stall:.0f} ms | {seconds:.1f} s | {did} |")
    print(f"Python's switch interval: {sys.getswitchinterval() * 1000:g} ms")
    print(f"load average after the run: {Path('/proc/loadavg').read_text().strip()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
