"""Fifty desks on one PostgreSQL (issue 12): how soon a check-in at one desk reaches the other 49
when each desk LISTENs for the check-in's NOTIFY (today), beside each desk reading the audit log
every second (before), in the same run; the check-ins' own time; what each way costs the server.

    .venv/bin/python benchmarks/bench_stations.py --pg postgresql://postgres@127.0.0.1:5440/copy

The database is written to (check-ins): give it a copy of the million-patient demo (``bench_1m``).
Fifty desks keep three connections each (the check-in, the reading of changes, the listener), as
the window does (its lanes and its listener), so the server needs ``max_connections`` above 150:
a server of its own is simplest (how it was made for docs/benchmarks.md is said there).

Each desk is a pair of threads (one process a desk by default, as desks are separate computers;
``--processes`` fewer to save memory), with the window's own calls: it checks its
patients in (``check_in``, one every ``--every`` seconds on average, at random) and reads other
desks' changes (``schedule_changes`` from its cursor, as the window's day view does). The *notify*
way: a desk reads when its listener (``frontdesk.store.change_signal``) hears a notice (a notice
during a read makes one more read after it). The *poll* way: every second, whatever happened.
Each way has ``--idle`` seconds without check-ins (what a quiet desk costs), then ``--busy``
seconds of check-ins, in ``--rounds`` turns taken in alternation with the other way's (the
machine is shared: its load changes). Measured: each check-in's time; for each check-in and each
of the other desks, the time from the check-in's start to that desk's read that returned the
patient's row; the reads' time, their CPU at the desk and the statements they send (counted at
the desks: the server's own counters are flushed about once a second per connection); the
server's CPU (its processes' ``/proc`` times, when the server runs on this machine).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import multiprocessing
import os
import random
import shutil
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_common import FOUNDATION_DAY, percentile  # noqa: E402

DAY = FOUNDATION_DAY
MORNING = dt.datetime.combine(DAY, dt.time(13, 0), tzinfo=dt.UTC)  # 08:00 in New York
STAFF = "amal"
POLL_S = 1.0  # the window's timer before issue 12


def segments(idle: float, busy: float, rounds: int, drain: float) -> list[dict]:
    """The run's segments, seconds after the common start: each way idle, then busy rounds
    taken in turn (notify, poll, notify, poll...), so that a change in the machine's load
    (shared) weighs on both ways alike. A busy segment's check-ins stop ``drain`` seconds
    before its end, so that their deliveries are read the segment's way."""
    order = [("notify", "idle", idle), ("poll", "idle", idle)]
    order += [(mode, "busy", busy / rounds) for _ in range(rounds) for mode in ("notify", "poll")]
    result, t = [], 0.0
    for mode, kind, length in order:
        length += drain if kind == "busy" else 0.0
        result.append({"mode": mode, "kind": kind, "start": t, "end": t + length, "drain": drain})
        t += length
    return result


# -- one process: a few desks -------------------------------------------------------------------


class Desk:
    def __init__(self, name, patients, plan, timeline, log, together):
        self.name, self.patients, self.plan = name, patients, plan
        self.timeline, self.log, self.together = timeline, log, together
        self.wake = threading.Event()
        self.watch = None

    def at(self, offset: float) -> float:
        return self.together.start + offset

    def run_check_ins(self, actor) -> None:
        from frontdesk.services.checkin import check_in
        from frontdesk.store.models import database_proxy

        database_proxy.obj.connect(reuse_if_open=True)
        self.together.begun.wait()
        for (offset, mode), patient_id in zip(self.plan, self.patients, strict=False):
            time.sleep(max(0.0, self.at(offset) - time.monotonic()))
            began = time.monotonic()
            error = None
            try:
                check_in(patient_id, DAY, actor)
            except Exception as exc:  # counted and said, not hidden
                error = f"{type(exc).__name__}: {exc}"
            self.log["checkins"].append(
                [self.name, patient_id, began, time.monotonic() - began, mode, error]
            )
        database_proxy.obj.close()

    def run_reader(self) -> None:
        from frontdesk.services.office import office_zone
        from frontdesk.services.schedule import change_position, schedule_changes
        from frontdesk.store.change_signal import watch_changes
        from frontdesk.store.models import database_proxy

        db = database_proxy.obj
        db.connect(reuse_if_open=True)
        cursor, seen = change_position()
        zone = office_zone()  # the window keeps it (and reads it again when a setting changes)

        def read(mode: str) -> None:
            nonlocal cursor
            began, sent, cpu = time.monotonic(), statements(), time.thread_time()
            changes = schedule_changes(DAY, cursor, seen, tz=zone)
            now = time.monotonic()
            cursor = max(cursor, changes.cursor)
            self.log["reads"].append(
                [self.name, mode, began, now - began, statements() - sent, time.thread_time() - cpu]
            )
            for entry in changes.entries:
                self.log["seen"].append([self.name, entry.patient.id, now])

        self.watch = watch_changes(db, self.wake.set)
        if not (self.watch.connected.wait(60) and self.wake.wait(10)):
            raise SystemExit(f"{self.name}: the listener did not connect")
        self.wake.clear()
        read("start")  # the read each listener asks for once it listens
        self.together.ready.wait()
        self.together.begun.wait()
        for segment in self.timeline:
            end = self.at(segment["end"])
            if segment["mode"] == "notify":  # read when told
                if self.wake.is_set():  # a notice from the polled segment: read once now
                    self.wake.clear()
                    read("switch")
                while time.monotonic() < end:
                    if self.wake.wait(max(0.0, min(0.2, end - time.monotonic()))):
                        self.wake.clear()
                        read("notify")
                continue
            next_poll = time.monotonic() + random.random() * POLL_S  # desks are not in step
            while next_poll < end:  # every second, as the window's timer did
                time.sleep(max(0.0, next_poll - time.monotonic()))
                read("poll")
                next_poll += POLL_S
        self.watch.stop()
        db.close()


class Together:
    """What a process's desks share: ready (every listener listens), begun (the start is
    known), the start."""

    def __init__(self, desks: int) -> None:
        self.ready = threading.Barrier(desks + 1)
        self.begun = threading.Event()
        self.start = 0.0


_sent = threading.local()


def statements() -> int:
    """Statements this thread has sent to the server so far."""
    return getattr(_sent, "count", 0)


def count_statements(db) -> None:
    """Every statement the desks send goes through ``execute_sql``: count them per thread (the
    server's own counters are flushed about once a second per connection, too coarse here)."""
    send = db.execute_sql

    def counted(*args, **kwargs):
        _sent.count = statements() + 1
        return send(*args, **kwargs)

    db.execute_sql = counted


def run_desks(url: str, desks: list[tuple[str, list[int], list]], timeline, out, ready, go, start):
    """A process's desks; ``ready`` is set once they listen, then ``go`` gives the ``start``."""
    from frontdesk import clock
    from frontdesk.services.actors import actor_for
    from frontdesk.store.database import open_database

    count_statements(open_database(url, upgrade=False))
    log: dict[str, list] = {"checkins": [], "seen": [], "reads": []}
    together = Together(len(desks))
    with clock.frozen(MORNING):
        threads = []
        for name, patients, plan in desks:
            desk = Desk(name, patients, plan, timeline, log, together)
            actor = actor_for(STAFF, name)
            threads.append(threading.Thread(target=desk.run_check_ins, args=(actor,)))
            threads.append(threading.Thread(target=desk.run_reader))
        for thread in threads:
            thread.start()
        together.ready.wait()
        ready.set()
        go.wait()
        together.start = start.value
        together.begun.set()
        for thread in threads:
            thread.join()
    Path(out).write_text(json.dumps(log))


# -- the server's side --------------------------------------------------------------------------


class Server:
    """The CPU seconds the server's processes have used so far."""

    def __init__(self, url: str) -> None:
        import psycopg

        self.conn = psycopg.connect(url, autocommit=True)
        self.postmaster = self._postmaster_pid()

    def _postmaster_pid(self) -> int | None:
        ((folder,),) = self.conn.execute("SHOW data_directory").fetchall()
        try:
            return int(Path(folder, "postmaster.pid").read_text().split()[0])
        except (OSError, ValueError, IndexError):
            return None  # another machine's server: its CPU is not measured

    def cpu_seconds(self) -> dict[int, float] | None:
        """CPU seconds so far of each of the server's processes (by pid)."""
        if self.postmaster is None:
            return None
        ticks = os.sysconf("SC_CLK_TCK")
        found = {}
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit():
                continue
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            pid, ppid = int(entry.name), int(fields[1])
            if pid == self.postmaster or ppid == self.postmaster:
                found[pid] = (int(fields[11]) + int(fields[12])) / ticks  # utime, stime
        return found

    def sample(self) -> dict:
        return {"at": time.monotonic(), "cpu": self.cpu_seconds()}


def rate(a: dict, b: dict, key: str) -> float | None:
    """CPU seconds a second between two samples: what each process used meanwhile (a process
    that ended meanwhile is not counted; one that started is, in full)."""
    if a[key] is None or b[key] is None:
        return None
    used = sum(max(0.0, spent - a[key].get(pid, 0.0)) for pid, spent in b[key].items())
    return used / (b["at"] - a["at"])


# -- the run ------------------------------------------------------------------------------------


def day_patients(url: str) -> list[int]:
    """The day's patients whose visit is still expected, in a random order."""
    from frontdesk import clock
    from frontdesk.domain import VisitStatus
    from frontdesk.services.schedule import day_schedule
    from frontdesk.store.database import close_database, open_database

    open_database(url, upgrade=True)
    with clock.frozen(MORNING):
        ids = sorted(
            {e.patient.id for e in day_schedule(DAY) if e.visit_status is VisitStatus.EXPECTED}
        )
    close_database()
    random.Random(1).shuffle(ids)
    return ids


def register_desks(url: str, names: list[str]) -> None:
    from frontdesk.services.actors import actor_for
    from frontdesk.store.database import close_database, open_database

    open_database(url, upgrade=False)
    for name in names:
        actor_for(STAFF, name)  # the station is registered once, here, not during the run
    close_database()


def plans(count: int, every: float, timeline: list[dict], rng: random.Random) -> list[list]:
    """Each desk's check-in times (Poisson, ``every`` s apart on average) in the busy segments,
    with the segment's way."""
    result = []
    for _ in range(count):
        plan = []
        for segment in timeline:
            if segment["kind"] != "busy":
                continue
            t = segment["start"] + rng.expovariate(1 / every)
            while t < segment["end"] - segment["drain"]:
                plan.append((t, segment["mode"]))
                t += rng.expovariate(1 / every)
        result.append(plan)
    return result


def latencies(log: dict, mode: str, desks: int):
    firsts: dict[tuple[str, int], list[float]] = {}
    for desk, patient, at in log["seen"]:
        firsts.setdefault((desk, patient), []).append(at)
    waits, missed = [], 0
    names = sorted({c[0] for c in log["checkins"]} | {s[0] for s in log["seen"]})
    for desk, patient, began, _took, m, error in log["checkins"]:
        if m != mode or error:
            continue
        for other in names:
            if other == desk:
                continue
            later = [t for t in firsts.get((other, patient), []) if t >= began]
            if later:
                waits.append(min(later) - began)
            else:
                missed += 1
    return waits, missed


def ms(values: list[float]) -> str:
    if not values:
        return "-"
    return " / ".join(
        f"{v * 1000:.0f}" if v >= 0.01 else f"{v * 1000:.1f}"
        for v in (percentile(values, 50), percentile(values, 99), max(values))
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pg", required=True, help="a database the run may write to")
    parser.add_argument("--desks", type=int, default=50)
    parser.add_argument("--processes", type=int, default=50)
    parser.add_argument("--every", type=float, default=15.0, help="s between a desk's check-ins")
    parser.add_argument("--idle", type=float, default=10.0)
    parser.add_argument("--busy", type=float, default=60.0)
    parser.add_argument("--rounds", type=int, default=3, help="busy segments of each way")
    parser.add_argument("--drain", type=float, default=3.0)
    args = parser.parse_args()

    names = [f"Desk {k + 1:02d}" for k in range(args.desks)]
    register_desks(args.pg, names)
    patients = day_patients(args.pg)
    timeline = segments(args.idle, args.busy, args.rounds, args.drain)
    desk_plans = plans(args.desks, args.every, timeline, random.Random(2))
    needed = sum(len(p) for p in desk_plans)
    if needed > len(patients):
        sys.exit(f"{needed} check-ins planned, {len(patients)} patients expected on {DAY}")
    desks, k = [], 0
    for name, plan in zip(names, desk_plans, strict=True):
        desks.append((name, patients[k : k + len(plan)], plan))
        k += len(plan)

    server = Server(args.pg)
    spawn = multiprocessing.get_context("spawn")
    work = Path(tempfile.mkdtemp(prefix="bench-stations-"))
    go, start_value = spawn.Event(), spawn.Value("d", 0.0)
    children = []
    for p in range(args.processes):
        out, ready = work / f"desks-{p}.json", spawn.Event()
        child = spawn.Process(
            target=run_desks,
            args=(args.pg, desks[p :: args.processes], timeline, out, ready, go, start_value),
        )
        child.start()
        children.append((child, out, ready))
    for _child, _out, ready in children:
        if not ready.wait(180):
            sys.exit("the desks did not start listening within 3 minutes")
    time.sleep(2.0)  # the listeners' first reads are over
    start = time.monotonic() + 0.5
    start_value.value = start
    go.set()
    for segment in timeline:  # the server's CPU at each segment's start and end
        time.sleep(max(0.0, start + segment["start"] - time.monotonic()))
        segment["cpu from"] = server.sample()
        time.sleep(max(0.0, start + segment["end"] - time.monotonic()))
        segment["cpu to"] = server.sample()
    load = Path("/proc/loadavg").read_text().split()[:3]
    for child, _out, _ready in children:
        child.join()
    log: dict[str, list] = {"checkins": [], "seen": [], "reads": []}
    for _child, out, _ready in children:
        part = json.loads(out.read_text())
        for key in log:
            log[key].extend(part[key])
    shutil.rmtree(work, ignore_errors=True)

    print(
        f"{args.desks} desks in {args.processes} processes, one check-in per desk every "
        f"{args.every:g} s on average ({args.desks / args.every:.1f}/s), "
        f"{args.busy:g} s of check-ins each way in {args.rounds} turns; "
        f"load average {' '.join(load)}"
    )
    print()
    print("| | LISTEN/NOTIFY (today) | polling every second (before) |")
    print("|---|---|---|")
    rows = {}
    for mode in ("notify", "poll"):
        checkins = [c for c in log["checkins"] if c[4] == mode]
        took = [c[3] for c in checkins if not c[5]]
        failed = [c for c in checkins if c[5]]
        waits, missed = latencies(log, mode, args.desks)
        reads = [r for r in log["reads"] if r[1] == mode]
        per = {}
        for kind in ("idle", "busy"):
            parts = [g for g in timeline if g["mode"] == mode and g["kind"] == kind]
            span = sum(g["end"] - g["start"] for g in parts)
            inside = [r for r in reads if any(g["start"] <= r[2] - start < g["end"] for g in parts)]
            cpu = [rate(g["cpu from"], g["cpu to"], "cpu") for g in parts]
            per[kind] = {
                "reads": len(inside) / span,
                "queries": sum(r[4] for r in inside) / span,
                "cpu": None
                if None in cpu
                else sum(c * (g["end"] - g["start"]) for c, g in zip(cpu, parts, strict=True))
                / span,
            }
        idle, busy = per["idle"], per["busy"]
        rows[mode] = {
            "check-ins (failed)": f"{len(took)} ({len(failed)})",
            "check-in p50 / p99 / max, ms": ms(took),
            "to the other desks p50 / p99 / max, ms": ms(waits),
            "deliveries (missed)": f"{len(waits)} ({missed})",
            "reads of changes p50 / p99 / max, ms": ms([r[3] for r in reads]),
            "a read's CPU at the desk p50 / p99, ms": " / ".join(
                f"{percentile([r[5] for r in reads], q) * 1000:.1f}" for q in (50, 99)
            )
            if reads
            else "-",
            "reads a second, idle / busy": f"{idle['reads']:.1f} / {busy['reads']:.1f}",
            "their queries a second, idle / busy": f"{idle['queries']:.0f} / {busy['queries']:.0f}",
            "server CPU, idle / busy": (
                "-"
                if idle["cpu"] is None
                else f"{idle['cpu'] * 100:.1f} % / {busy['cpu'] * 100:.1f} % of a core"
            ),
        }
        for error in failed[:3]:
            print(f"  {mode}: {error[0]} failed: {error[5]}")
    for key in rows["notify"]:
        print(f"| {key} | {rows['notify'][key]} | {rows['poll'][key]} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
