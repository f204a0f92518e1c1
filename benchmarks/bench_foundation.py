"""Foundation benchmark: demo generation, patient search and check-in on a million patients.

    .venv/bin/python benchmarks/bench_foundation.py                 # 1,000,000 patients
    .venv/bin/python benchmarks/bench_foundation.py --patients 100000 --keep

Measures, in one run and on one SQLite file:
  1. ``frontdesk demo`` for N patients (a child process: wall time and its peak memory);
  2. search latency through the service API (``search_patients``, the call the window makes)
     for typed prefixes of 3-6 letters, popular ones included, and for multi-word queries,
     beside the naive way, ``LIKE '%q%'`` over the name columns ordered by name, on the same data;
  3. check-in latency (``check_in``, one transaction with its audit record, synced to disk).
Prints a Markdown table for docs/benchmarks.md, and the raw numbers as JSON with --json.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from frontdesk.demo import name_pools  # noqa: E402
from frontdesk.names import fold_latin  # noqa: E402

POPULAR = [
    "ngu",
    "kim",
    "moh",
    "lee",
    "wan",
    "zha",
    "muh",
    "ali",
    "mar",
    "jos",
    "iva",
    "park",
    "nguy",
    "moham",
    "garc",
    "li",
    "chen",
    "sara",
]
DAY = dt.date(2026, 11, 30)


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    k = (len(ordered) - 1) * pct / 100
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def typed_prefixes(count: int, rng: random.Random) -> list[str]:
    """Prefixes of 3-6 letters of real pool names, the popular ones first."""
    words = set()
    for nat in name_pools.NATIONALITIES:
        for pool in (nat.family, nat.given_male, nat.given_female):
            for name in pool:
                for word in name.latin.replace("-", " ").split():
                    folded = fold_latin(word)
                    if len(folded) >= 3:
                        words.add(folded)
    prefixes = [p for p in POPULAR if 3 <= len(p) <= 6]
    pool = sorted(words)
    while len(prefixes) < count:
        word = rng.choice(pool)
        prefix = word[: rng.randint(3, min(6, len(word)))]
        if prefix not in prefixes:
            prefixes.append(prefix)
    return prefixes


def multi_word_queries(count: int, rng: random.Random) -> list[str]:
    queries = ["kim min", "nguyen van", "mohamed ali", "wang xiao", "garcia jose", "ivanov s"]
    nats = name_pools.NATIONALITIES
    while len(queries) < count:
        nat = rng.choice(nats)
        family = fold_latin(rng.choice(nat.family[:8]).latin.split()[0].split("-")[-1])
        given = fold_latin(rng.choice(nat.given_male[:10] + nat.given_female[:10]).latin)
        queries.append(f"{family} {given[: rng.randint(2, len(given))]}")
    return queries


def bare_commit_latency(path: Path, count: int = 500) -> dict:
    """The disk's floor: one-row SQLite commits in WAL mode with synchronous=FULL."""
    import sqlite3

    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=wal")
    conn.execute("PRAGMA synchronous=full")
    conn.execute("CREATE TABLE t (x INTEGER)")
    times = []
    for i in range(count):
        start = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("INSERT INTO t VALUES (?)", (i,))
        conn.execute("COMMIT")
        times.append((time.perf_counter() - start) * 1000)
    conn.close()
    return {"p50_ms": statistics.median(times), "p99_ms": percentile(times, 99)}


def timed(fn, *args) -> tuple[float, object]:
    start = time.perf_counter()
    result = fn(*args)
    return (time.perf_counter() - start) * 1000, result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--patients", type=int, default=1_000_000)
    parser.add_argument("--db", default=str(ROOT / "bench-data" / "foundation.sqlite3"))
    parser.add_argument("--keep", action="store_true", help="reuse the file if it exists")
    parser.add_argument("--prefixes", type=int, default=240)
    parser.add_argument("--checkins", type=int, default=800)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    rng = random.Random(7)
    path = Path(args.db)
    url = f"sqlite:///{path}"
    results: dict = {"patients": args.patients}

    if args.keep and path.exists():
        # A file kept from an earlier run has its check-ins done: the day starts again, so the
        # check-in measure has patients to check in (the demo's own figures are not re-measured).
        import sqlite3

        with sqlite3.connect(path) as raw:
            raw.execute(
                "UPDATE visit SET status = 'expected', arrived_at = NULL WHERE status = 'arrived'"
            )
            raw.execute("UPDATE appointment SET status = 'scheduled' WHERE status = 'arrived'")
    if not (args.keep and path.exists()):
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        path.parent.mkdir(parents=True, exist_ok=True)
        env = dict(os.environ, FRONTDESK_HOME=str(path.parent / "home"))
        subprocess.run(
            [sys.executable, "-m", "frontdesk", "--db", url, "office-zone", "America/New_York"],
            check=True,
            env=env,
            capture_output=True,
        )
        start = time.perf_counter()
        subprocess.run(
            [
                sys.executable,
                "-m",
                "frontdesk",
                "--db",
                url,
                "demo",
                "--quiet",
                "--patients",
                str(args.patients),
                "--date",
                DAY.isoformat(),
                "--per-day",
                "2000",
            ],
            check=True,
            env=env,
        )
        results["demo_seconds"] = time.perf_counter() - start
        results["demo_peak_rss_mb"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    results["db_size_mb"] = path.stat().st_size / 1e6

    from frontdesk.services.actors import actor_for
    from frontdesk.services.checkin import check_in
    from frontdesk.services.schedule import day_schedule
    from frontdesk.services.search import search_patients
    from frontdesk.store.database import open_database

    db = open_database(url)
    prefixes = typed_prefixes(args.prefixes, rng)
    multi = multi_word_queries(60, rng)

    for q in prefixes + multi:  # warm the page cache, as a desk that has run for a minute has
        search_patients(q)
    fast = [timed(search_patients, q)[0] for q in prefixes]
    fast_multi = [timed(search_patients, q)[0] for q in multi]
    hits_found = sum(1 for q in prefixes if search_patients(q))

    def naive(q: str):
        like = f"%{q}%"
        return db.execute_sql(
            "SELECT id, mrn, family_name, given_name FROM patient WHERE family_name LIKE ? "
            "OR given_name LIKE ? OR native_family_name LIKE ? OR native_given_name LIKE ? "
            "ORDER BY family_name, given_name LIMIT 20",
            (like, like, like, like),
        ).fetchall()

    naive(prefixes[0])
    slow = [timed(naive, q)[0] for q in prefixes]
    for q in prefixes:  # the scans pushed the index out of the cache; warm it again
        search_patients(q)
    results["search"] = {
        "queries": len(prefixes),
        "queries_with_hits": hits_found,
        "p50_ms": statistics.median(fast),
        "p95_ms": percentile(fast, 95),
        "max_ms": max(fast),
        "popular_ms": {
            q: statistics.median(timed(search_patients, q)[0] for _ in range(7))
            for q in POPULAR[:6]
        },
        "multi_word_p50_ms": statistics.median(fast_multi),
        "multi_word_p95_ms": percentile(fast_multi, 95),
        "naive_p50_ms": statistics.median(slow),
        "naive_p95_ms": percentile(slow, 95),
    }
    results["search"]["speedup_p95"] = (
        results["search"]["naive_p95_ms"] / results["search"]["p95_ms"]
    )

    actor = actor_for("demo", "Bench desk")
    entries = day_schedule(DAY)
    waiting = [e for e in entries if e.arrived_at is None and e.status.value == "scheduled"]
    patient_ids = list(dict.fromkeys(e.patient.id for e in waiting))
    half = min(args.checkins, len(patient_ids) // 2)
    results["checkin"] = {}
    for level, batch in (("full", patient_ids[:half]), ("normal", patient_ids[half : 2 * half])):
        db.execute_sql(f"PRAGMA synchronous = {level}")
        times = [timed(check_in, pid, DAY, actor)[0] for pid in batch]
        again = [timed(check_in, pid, DAY, actor)[0] for pid in batch[:200]]
        results["checkin"][level] = {
            "count": len(times),
            "p50_ms": statistics.median(times),
            "p99_ms": percentile(times, 99),
            "repeat_p50_ms": statistics.median(again),
        }
    db.execute_sql("PRAGMA synchronous = full")
    results["bare_commit_full"] = bare_commit_latency(path.parent / "bare-commit.sqlite3")
    results["bench_peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    if args.json:
        print(json.dumps(results, indent=2))
    print(markdown(results))
    return 0


def markdown(r: dict) -> str:
    s, c = r["search"], r["checkin"]
    lines = [
        f"| measure ({r['patients']:,} patients, SQLite file {r['db_size_mb']:,.0f} MB) | value |",
        "|---|---|",
    ]
    if "demo_seconds" in r:
        lines.append(f"| `frontdesk demo` wall time | {r['demo_seconds']:.1f} s |")
        lines.append(f"| `frontdesk demo` peak memory (RSS) | {r['demo_peak_rss_mb']:,.0f} MB |")
    lines += [
        f"| search, {s['queries']} typed prefixes (3-6 letters): p50 / p95 / max | "
        f"{s['p50_ms']:.2f} / {s['p95_ms']:.2f} / {s['max_ms']:.2f} ms |",
        "| search, popular prefixes (median of 7) | "
        + ", ".join(f"`{q}` {ms:.2f} ms" for q, ms in s["popular_ms"].items())
        + " |",
        f"| search, 60 two-word queries: p50 / p95 | "
        f"{s['multi_word_p50_ms']:.2f} / {s['multi_word_p95_ms']:.2f} ms |",
        f"| naive `LIKE '%q%'` scan, same prefixes: p50 / p95 | "
        f"{s['naive_p50_ms']:.1f} / {s['naive_p95_ms']:.1f} ms |",
        f"| speed-up at p95 | {s['speedup_p95']:,.0f}x |",
        f"| check-in, synchronous=FULL, the default ({c['full']['count']} patients): p50 / p99 | "
        f"{c['full']['p50_ms']:.2f} / {c['full']['p99_ms']:.2f} ms |",
        f"| check-in, synchronous=NORMAL ({c['normal']['count']} patients): p50 / p99 | "
        f"{c['normal']['p50_ms']:.2f} / {c['normal']['p99_ms']:.2f} ms |",
        f"| the disk's floor: a bare one-row commit, FULL: p50 / p99 | "
        f"{r['bare_commit_full']['p50_ms']:.2f} / {r['bare_commit_full']['p99_ms']:.2f} ms |",
        f"| repeated check-in (already checked in): p50 | {c['full']['repeat_p50_ms']:.2f} ms |",
        f"| benchmark process peak memory (RSS) | {r['bench_peak_rss_mb']:,.0f} MB |",
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
