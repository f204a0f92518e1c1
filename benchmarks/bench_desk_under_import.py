"""A desk checking patients in while another station imports a large schedule (issue 12).

    .venv/bin/python benchmarks/bench_desk_under_import.py                  # SQLite, 10k and 60k
    .venv/bin/python benchmarks/bench_desk_under_import.py \
        --pg postgresql://postgres@127.0.0.1:5432/postgres --pg-copy-of bench_1m

For each database and import size, two imports, each of a fresh file (new appointments for new
patients, so the import really writes) applied by *another process* (a second station):

* **chunks** (the import now): the file's changes worked out with no write lock; on SQLite
  its new patients' rows written in chunks of short transactions that nobody sees until the
  last step, which writes the rest and makes the whole file visible at once
  (frontdesk/services/schedule_import/chunked_write.py); on PostgreSQL as "one short write";
* **one short write** (the import before the chunks): the same changes written in one short
  transaction (frontdesk/services/schedule_import/writer.py);
* **short write, audit in the chain** (the audit log before its batches): the same, with the
  import's audit records linked one by one into the chain at its commit, holding the chain's
  head row (which every writer's commit takes) while they are written, instead of written as a
  batch before and sealed by one record of the chain (frontdesk/store/audit_log.py);
* **short write, ids in the write** (the import before its new rows got their ids beforehand):
  the same short write, with the new rows numbered, and their audit records hashed, inside the
  write transaction (as the write does when another station took ids meanwhile);
* **one transaction** (the import before issue 12's item 2, kept here as the naive way): the
  same import run inside one transaction from its first read to its last write, as it was;
* ``--ways "no import"`` adds, once before the imports, the desk alone for 15 s: what a check-in
  costs on the machine at that moment.

``--waits`` (PostgreSQL) samples what the benchmark's backends wait on meanwhile
(benchmarks/pg_wait_events.py) and prints it at the end; each run's slowest check-in is printed
with its clock time, to be matched against those waits.

Meanwhile the desk window (offscreen) checks patients in one after another, 100 ms apart, as a
receptionist starts them (``PatientActions``: the write in a worker, the answer back to the GUI
thread). Measured while the import runs: each check-in's wait (click to answer) and whether it
failed, and the window's longest stall (a 10 ms heartbeat timer on the GUI thread: the longest
gap between two ticks, less 10 ms), and how long the import held its write transaction. The
heartbeat of the check-ins starts once the window is open (its day in and painted, who is at
the desk settled); the window's opening (the first paint of the day's rows) is measured apart.

SQLite runs on a copy of ``bench-data/foundation.sqlite3`` (a million patients); PostgreSQL on a
copy of the million-patient database named by ``--pg-copy-of`` (``CREATE DATABASE ...
TEMPLATE``, dropped after), or on a fresh schema of ``--pg`` without it. Prints a Markdown table
for docs/benchmarks.md, with the load average.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path
from urllib.parse import quote, urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench_common import foundation_copy, percentile  # noqa: E402

DESK_PATIENTS = 2500  # enough for every run's check-ins, 100 ms apart
PACE_MS = 100
# "in the chain": the short write with its audit records linked one by one into the chain
# while holding the chain's head (as before the audit batches of issue 12), not as a batch.
WAYS = (
    "chunks",
    "one short write",
    "short write, ids in the write",
    "short write, audit in the chain",
    "one transaction",
)
# The desk alone for as long (--ways "no import"): what a check-in costs on this machine now.
IDLE_S = 15
IMPORTER = """
import sys, time
from frontdesk.store.database import open_database
from frontdesk.store.models import database_proxy
from frontdesk.services.actors import actor_for
from frontdesk.services.schedule_import import applier, import_schedule_bytes
db = open_database(sys.argv[1], upgrade=False)
if db.param != "?":  # named in pg_stat_activity (benchmarks/pg_wait_events.py)
    db.execute_sql("SET application_name = 'bench-importer'")
if sys.argv[3] == "no import":
    print("start", flush=True)
    time.sleep(float(sys.argv[4]))
    print("done", sys.argv[4], 0, "plans=[]", "{}", flush=True)
    sys.exit(0)
if sys.argv[3].endswith("in the chain"):
    from frontdesk.store import audit_log
    audit_log.BATCH_MIN = 10**9  # no batch: every record linked into the chain, head held
if sys.argv[3].endswith("ids in the write"):
    from frontdesk.services.schedule_import import writer
    writer._ids_good = lambda numbered: False  # the write numbers the rows again, as before
actor = actor_for("importer", "Station 2")
data = open(sys.argv[2], "rb").read()
if sys.argv[3] != "chunks":  # every other way writes its new patients in one transaction
    from frontdesk.services.schedule_import import writer as chunk_choice
    chunk_choice.CHUNKED_MIN_NEWCOMERS = 10**9
began, spans = [None], []  # each write transaction: from its BEGIN to its COMMIT
begin = type(db).begin
def timed_begin(self, *args, **kwargs):
    began[0] = began[0] or time.perf_counter()
    return begin(self, *args, **kwargs)
type(db).begin = timed_begin
plans = []
plan = applier._Run.plan
def timed_plan(self, records, progress):
    started = time.perf_counter()
    plan(self, records, progress)
    plans.append(round(time.perf_counter() - started, 1))
applier._Run.plan = timed_plan
rollback = type(db).rollback
def timed_rollback(self):
    began[0] = None  # a plan found stale: the next write is timed from its own start
    return rollback(self)
type(db).rollback = timed_rollback
commit = type(db).commit
def timed_commit(self):
    result = commit(self)
    if began[0] is not None:
        spans.append(time.perf_counter() - began[0])
        began[0] = None
    return result
type(db).commit = timed_commit
print("start", flush=True)
t = time.perf_counter()
try:
    if sys.argv[3] == "one transaction":  # the naive way: every read and write in one
        with database_proxy.atomic():
            began[0] = time.perf_counter()
            report = import_schedule_bytes(data, actor, name="bench.csv")
    else:
        report = import_schedule_bytes(data, actor, name="bench.csv")
    held = max(spans) if spans else 0.0
    print("done", round(time.perf_counter() - t, 1), round(held, 2), f"plans={plans}",
          dict(report.appointments), f"transactions={len(spans)}",
          f"in_them={round(sum(spans), 2)}", flush=True)
except Exception as exc:
    print("failed", round(time.perf_counter() - t, 1), 0, type(exc).__name__, exc, flush=True)
"""


def import_file(path: Path, tag: str, n: int, day: dt.date) -> None:
    """n appointments on ``day`` for n/2 new patients (each twice)."""
    head = (
        "appointment_id,start,duration_min,department,clinician,location,type,status,mrn,"
        "family_name,given_name,date_of_birth,sex,nationality,passport_no"
    )
    lines = [head]
    for k in range(n):
        p = k // 2
        start = dt.datetime.combine(day, dt.time(7 + (k % 11), 5 * (k % 12)))
        lines.append(
            f"{tag}{k:06d},{start.isoformat(timespec='minutes')},30,Cardiology,Dr. Kim,"
            f"Yawkey 5,consultation,,{tag}M{p:06d},Importee{tag},Patient {p},1970-01-15,F,"
            f"SAU,{tag}P{p:07d}"
        )
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")


def desk_patients(day: dt.date) -> list[int]:
    from frontdesk.services.actors import actor_for, create_staff
    from frontdesk.services.appointments import AppointmentInput, upsert_appointment
    from frontdesk.services.office import office_zone
    from frontdesk.services.patient_input import PatientInput
    from frontdesk.services.patients import save_validated_patient
    from frontdesk.store.models import Staff, database_proxy

    for name in ("amal", "importer"):
        if Staff.get_or_none(Staff.username == name) is None:
            create_staff(name, name.title())
    actor = actor_for("amal", "Desk 1")
    zone = office_zone()
    ids = []
    tag = uuid.uuid4().hex[:6]
    with database_proxy.atomic():
        for n in range(DESK_PATIENTS):
            clean = PatientInput(
                mrn=f"DESK{tag}{n:05d}",
                family_name="Deskpatient",
                given_name=f"N{n}",
                date_of_birth="1975-03-04",
            ).validated()
            patient, _ = save_validated_patient(clean, actor)
            start = dt.datetime.combine(day, dt.time(9 + n % 8, 0), tzinfo=zone)
            upsert_appointment(
                AppointmentInput(external_id=f"D{tag}{n}", start=start), patient, actor
            )
            ids.append(patient.id)
    return ids


def open_window(window) -> float:
    """Show the window and wait until its day is in, painted, and who is at the desk is
    settled; the check-ins (and the heartbeat) start then. Returns the longest stall while it
    opened (the first paint of 2,000 rows: the window's start, not a check-in's)."""
    from PySide6.QtCore import QEventLoop, QTimer

    gaps: list[float] = []
    last = [time.perf_counter()]

    def beat() -> None:
        now = time.perf_counter()
        gaps.append((now - last[0]) * 1000 - 10)
        last[0] = now

    heartbeat = QTimer(interval=10)
    heartbeat.timeout.connect(beat)
    heartbeat.start()
    loop = QEventLoop()
    window.day_loaded.connect(loop.quit)
    window.show()
    loop.exec()
    while window.presence.busy:
        loop.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    settle = QEventLoop()
    QTimer.singleShot(500, settle.quit)  # the first paint and the first poll
    settle.exec()
    heartbeat.stop()
    return max(gaps, default=0.0)


def run(url: str, size: int, way: str, patients: list[int], day: dt.date, work: Path) -> dict:
    from PySide6.QtCore import QEventLoop, QSettings, QTimer

    from frontdesk.gui.desk_settings import DeskSettings
    from frontdesk.gui.main_window import MainWindow
    from frontdesk.services.office import office_zone

    zone = office_zone()  # as run_desk: at start-up, with the database
    path = work / f"import-{way[:5]}-{size}.csv"
    tag = f"{way[0].upper()}{len(way)}K{size // 1000}X{uuid.uuid4().hex[:4]}"
    if size:
        import_file(path, tag, size, day + dt.timedelta(days=1))
    settings = DeskSettings(QSettings(str(work / "desk.ini"), QSettings.Format.IniFormat))
    settings.station_name, settings.staff_username = "Desk 1", "amal"
    window = MainWindow(settings, day, zone=zone)
    window.actions._confirm_check_in = lambda details: True  # the receptionist said yes
    window.resize(1366, 768)
    opening = open_window(window)
    gaps: list[float] = []
    gap_spans: list[tuple[float, float]] = []  # each heartbeat gap: from, to (perf_counter)
    check_ins: list[tuple[float, float]] = []  # each check-in: click, answer (perf_counter)
    waits: list[float] = []
    failures: list[str] = []
    last = [time.perf_counter()]

    def beat() -> None:
        now = time.perf_counter()
        gaps.append((now - last[0]) * 1000 - 10)
        gap_spans.append((last[0], now))
        last[0] = now

    heartbeat = QTimer(interval=10)
    heartbeat.timeout.connect(beat)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    importer = subprocess.Popen(
        [sys.executable, "-c", IMPORTER, url, str(path), way, str(IDLE_S)],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert importer.stdout.readline().strip() == "start"
    queue = patients  # shared by the runs: each checks in patients nobody checked in yet
    loop = QEventLoop()
    state = {"t0": 0.0}

    def next_check_in() -> None:
        if importer.poll() is not None or not queue:
            loop.quit()
            return
        patient_id = queue.pop()
        window.open_patient(patient_id)
        state["asked"] = patient_id
        QTimer.singleShot(30_000, lambda p=patient_id: unanswered(p))

    def unanswered(patient_id: int) -> None:
        if state.get("asked") == patient_id and state.get("answered") != patient_id:
            failures.append(f"no answer in 30 s: {window.ui.statusbar.currentMessage()!r}")
            print(failures[-1], file=sys.stderr, flush=True)
            loop.quit()

    def opened(patient_id: int) -> None:
        if patient_id != state.get("asked") or state.get("started") == patient_id:
            return  # the panel read again after the last check-in, not the one asked for
        state["started"] = patient_id
        state["t0"] = time.perf_counter()
        window.actions.check_in()

    def answered(*_args) -> None:
        state["answered"] = state.get("asked")
        waits.append((time.perf_counter() - state["t0"]) * 1000)
        check_ins.append((state["t0"], time.perf_counter()))
        QTimer.singleShot(PACE_MS, next_check_in)

    def failed(text: str) -> None:
        failures.append(text)
        window.actions.failure_box.close()
        answered()

    window.patient_opened.connect(opened)
    window.actions.changed.connect(answered)
    window.actions.failed.connect(failed)
    last[0] = time.perf_counter()
    heartbeat.start()
    QTimer.singleShot(0, next_check_in)
    loop.exec()
    heartbeat.stop()
    outcome = importer.stdout.read().strip()
    importer.wait()
    window.close()
    if gap_spans:  # when the window's longest stall came, in the run (its start: the heartbeat's)
        begun, ended = gap_spans[0][0], gap_spans[-1][1]
        a, b = max(gap_spans, key=lambda span: span[1] - span[0])
        print(
            f"{way} {size}: longest stall {(b - a) * 1000 - 10:.0f} ms, {a - begun:.1f} s "
            f"into the run of {ended - begun:.1f} s",
            file=sys.stderr,
            flush=True,
        )
    if check_ins:  # the slowest check-in: when (to match the waits sampled by --waits), and
        # how long the GUI thread was busy meanwhile (the answer is delivered on it)
        t0, t1 = max(check_ins, key=lambda c: c[1] - c[0])
        busy = max((b - a for a, b in gap_spans if a < t1 and b > t0), default=0.0)
        at = time.time() - (time.perf_counter() - t0)
        print(
            f"{way} {size}: slowest check-in {(t1 - t0) * 1000:.0f} ms from "
            f"{time.strftime('%H:%M:%S', time.localtime(at))}.{int(at % 1 * 1000):03d}; "
            f"longest GUI-thread gap within it {busy * 1000:.0f} ms",
            file=sys.stderr,
            flush=True,
        )
    return {
        "size": size,
        "way": way,
        "import": outcome,
        "checkins": len(waits),
        "failures": failures,
        "wait": (percentile(waits, 50), percentile(waits, 99), max(waits)) if waits else None,
        "stall": (percentile(gaps, 99), max(gaps)) if gaps else None,
        "opening": opening,
    }


def _checkpoint(url: str) -> None:
    """PostgreSQL: each way starts from a checkpoint, so the WAL the way before it wrote does
    not force one in the middle of the next (each way then pays only for its own writes)."""
    if not url.startswith("postgres"):
        return
    import psycopg

    with psycopg.connect(url.split("?")[0], autocommit=True) as conn:
        conn.execute("CHECKPOINT")


def measure(url: str, sizes: list[int], work: Path, ways: list[str]) -> list[dict]:
    from PySide6.QtWidgets import QApplication

    from frontdesk.gui.jobs import lanes_idle
    from frontdesk.services.office import office_zone
    from frontdesk.store.database import close_database, open_database

    app = QApplication.instance() or QApplication([])
    from frontdesk.gui.gc_on_gui_thread import collect_on_gui_thread

    collect_on_gui_thread(app)  # as the application does: the cycle collector never on a worker
    from frontdesk.gui.gil_handoff import prompt_handoff

    prompt_handoff()  # as the application does (frontdesk.gui.gil_handoff)
    open_database(url)
    day = dt.datetime.now(office_zone()).date()
    patients = desk_patients(day)
    results = []
    if "no import" in ways:  # once, before the imports
        results.append(run(url, 0, "no import", patients, day, work))
        lanes_idle()
    for size in sizes:
        for way in (w for w in ways if w != "no import"):
            _checkpoint(url)
            results.append(run(url, size, way, patients, day, work))
            lanes_idle()
            print(results[-1], file=sys.stderr, flush=True)
    close_database()
    del app
    return results


def markdown(backend: str, results: list[dict]) -> str:
    rows = [
        "| database | import | the import writes in | check-ins | failed "
        "| check-in wait p50 / p99 / max (ms) | window stall p99 / max (ms) "
        "| import: total / longest write transaction (s) (planning, s) "
        "| window opening stall (ms) |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for r in results:
        wait = " / ".join(f"{v:.0f}" for v in r["wait"]) if r["wait"] else "—"
        stall = " / ".join(f"{v:.0f}" for v in r["stall"]) if r["stall"] else "—"
        outcome = r["import"].split(maxsplit=4)
        done = outcome[:1] == ["done"]
        the_import = f"{outcome[1]} / {outcome[2]} ({outcome[3]})" if done else r["import"]
        failed = f"{len(r['failures'])}" + (f" ({r['failures'][0][:60]})" if r["failures"] else "")
        size = f"{r['size']:,}" if r["size"] else "—"
        rows.append(
            f"| {backend} | {size} | {r['way']} | {r['checkins']} | {failed} "
            f"| {wait} | {stall} | {the_import} | {r['opening']:.0f} |"
        )
    return "\n".join(rows)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 60_000])
    parser.add_argument("--ways", nargs="+", choices=(*WAYS, "no import"), default=list(WAYS))
    parser.add_argument(
        "--waits",
        action="store_true",
        help="PostgreSQL: also sample what the backends wait on (benchmarks/pg_wait_events.py)",
    )
    parser.add_argument("--pg", help="a PostgreSQL server URL")
    parser.add_argument(
        "--pg-copy-of",
        metavar="NAME",
        help="run on a copy of this database of the --pg server (made, then dropped); "
        "without it, on a fresh schema of --pg",
    )
    args = parser.parse_args()
    tables = []
    if args.pg:
        tables.append(_on_postgres(args))
    else:
        with foundation_copy("desk-under-import") as copy:
            tables.append(
                markdown(
                    "SQLite (1M patients)",
                    measure(f"sqlite:///{copy}", args.sizes, copy.parent, args.ways),
                )
            )
    print("\n\n".join(tables))
    print(f"load average after the runs: {Path('/proc/loadavg').read_text().strip()}")
    return 0


def _on_postgres(args) -> str:
    import psycopg

    name = f"bench_desk_{uuid.uuid4().hex[:8]}"
    work = Path(f"/tmp/{name}")
    work.mkdir()
    os.environ["FRONTDESK_HOME"] = str(work / "home")
    if args.pg_copy_of:
        with psycopg.connect(args.pg, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{args.pg_copy_of}"')
            # The copy writes the whole database to the WAL (PostgreSQL 15's WAL_LOG strategy):
            # without a checkpoint now, the checkpoints it forces fall inside the measurement
            # and every desk's COMMIT waits on their fsyncs (an artefact of the benchmark's
            # copy, not of the import: an office does not copy its database before an import).
            conn.execute("CHECKPOINT")
        parts = urlsplit(args.pg)
        url = urlunsplit(parts._replace(path=f"/{name}"))
        backend = f"PostgreSQL (copy of {args.pg_copy_of})"
        drop = f'DROP DATABASE "{name}"'
    else:
        with psycopg.connect(args.pg, autocommit=True) as conn:
            conn.execute(f'CREATE SCHEMA "{name}"')
        url = f"{args.pg}?options={quote(f'-csearch_path={name}')}"
        backend = "PostgreSQL (empty schema)"
        drop = f'DROP SCHEMA "{name}" CASCADE'
    sampler = None
    if args.waits:
        sampler = subprocess.Popen(
            [
                *(sys.executable, str(ROOT / "benchmarks" / "pg_wait_events.py"), "--pg", args.pg),
                *("--database", name if args.pg_copy_of else "postgres", "--every-ms", "10"),
                *("--top", "30"),
            ],
            stdout=subprocess.PIPE,
            text=True,
        )
    try:
        return markdown(backend, measure(url, args.sizes, work, args.ways))
    finally:
        if sampler is not None:
            sampler.send_signal(signal.SIGINT)
            print(sampler.communicate()[0], file=sys.stderr)
        with psycopg.connect(args.pg, autocommit=True) as conn:
            conn.execute(drop)


if __name__ == "__main__":
    sys.exit(main())
