"""What PostgreSQL backends wait on while a benchmark runs (issue 12: is there a row every
writer waits for?).

    .venv/bin/python benchmarks/bench_desk_under_import.py --pg ... --waits   # runs this

Samples ``pg_stat_activity`` every few milliseconds (one connection of its own, to the server's
``postgres`` database) for the backends of ``--database`` (or of the first database named like
``--databases`` that appears after it starts) until it is dropped, ``--seconds`` pass or it is
interrupted (SIGINT), and prints the longest waits (seconds after the first sample, and what
the blocking backend was doing then): one wait is a backend (named by its application_name)
seen waiting on the same event for the same statement in consecutive samples (its length: first
to last sample, so a wait shorter than the sampling interval may not show). Then the samples
counted by wait event and statement.
"""

from __future__ import annotations

import argparse
import collections
import signal
import sys
import time

import psycopg

QUERY = """
SELECT pid, application_name, wait_event_type, wait_event,
       left(regexp_replace(query, '\\s+', ' ', 'g'), 90), query_start, pg_blocking_pids(pid)
FROM pg_stat_activity
WHERE datname = %s AND pid <> pg_backend_pid()
"""


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pg", required=True)
    parser.add_argument("--databases", default="bench_desk_%")
    parser.add_argument("--database", help="this database (else the first new one named like)")
    parser.add_argument("--seconds", type=float, default=600)
    parser.add_argument("--every-ms", type=float, default=5)
    parser.add_argument("--top", type=int, default=15)
    args = parser.parse_args()
    counts: collections.Counter = collections.Counter()
    open_waits: dict[int, list] = {}  # pid: [event, query, query_start, first, last, blockers]
    waits: list[tuple] = []
    samples, began = 0, None
    end = time.monotonic() + args.seconds
    with psycopg.connect(args.pg, autocommit=True) as conn:
        listed = "SELECT datname FROM pg_database WHERE datname LIKE %s"
        there = {r[0] for r in conn.execute(listed, (args.databases,)).fetchall()}
        name = args.database
        while name is None and time.monotonic() < end:
            new = {r[0] for r in conn.execute(listed, (args.databases,)).fetchall()} - there
            name = min(new) if new else None
            time.sleep(0.05)
        print(f"following database {name}")
        stop = []
        signal.signal(signal.SIGINT, lambda *_: stop.append(True))  # the benchmark is done
        while name and time.monotonic() < end and not stop:
            now = time.monotonic()
            began = began or now
            rows = conn.execute(QUERY, (name,)).fetchall()
            if (
                not rows
                and not conn.execute(
                    "SELECT 1 FROM pg_database WHERE datname = %s", (name,)
                ).fetchone()
            ):
                break
            samples += 1
            doing = {r[0]: f"{r[1] or r[0]}, {r[2]}:{r[3]} {(r[4] or '')[:40]}" for r in rows}
            seen = set()
            for pid, app, kind, event, query, started, blockers in rows:
                if not kind or kind in ("Client", "Activity"):
                    continue
                event_name = f"{app or pid}, {kind}:{event}"
                counts[(event_name, query)] += 1
                seen.add(pid)
                by = {f"{b} ({doing.get(b, '?')})" for b in blockers or []}
                current = open_waits.get(pid)
                if current and current[0] == event_name and current[2] == started:
                    current[4] = now
                    current[5] |= by
                else:
                    if current:
                        waits.append(_closed(current, began))
                    open_waits[pid] = [event_name, query, started, now, now, by]
            for pid in list(open_waits):
                if pid not in seen:
                    waits.append(_closed(open_waits.pop(pid), began))
            time.sleep(max(0.0, args.every_ms / 1000 - (time.monotonic() - now)))
    waits += [_closed(w, began) for w in open_waits.values()]
    print(f"{samples} samples over {time.monotonic() - (began or time.monotonic()):.0f} s")
    print(f"longest waits (ms, first to last sample, {args.every_ms:.0f} ms apart; from):")
    shift = time.time() - time.monotonic()
    for length, at, event_name, query, blockers in sorted(waits, reverse=True)[: args.top]:
        wall = at + (began or 0) + shift
        clock = f"{time.strftime('%H:%M:%S', time.localtime(wall))}.{int(wall % 1 * 1000):03d}"
        print(f"  {length:6.0f} {clock}  {event_name:<34} {query[:50]}  {blockers[:300]}")
    print("samples by wait event and statement:")
    for (event_name, query), n in counts.most_common(args.top):
        print(f"  {n:6d}  {event_name:<34} {query[:70]}")
    return 0


def _closed(wait: list, began: float) -> tuple:
    event_name, query, _started, first, last, blockers = wait
    by = f"blocked by {', '.join(sorted(blockers))}" if blockers else ""
    return ((last - first) * 1000, first - began, event_name, query, by)


if __name__ == "__main__":
    sys.exit(main())
