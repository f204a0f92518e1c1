"""Search on both engines in one run, with queries drawn at random from the database itself.

    .venv/bin/python benchmarks/bench_search_engines.py \\
        --sqlite /tmp/search.sqlite3 --pg postgresql://postgres@127.0.0.1:5432/bench_search

Both databases hold the same million demo patients (``frontdesk demo --patients 1000000 --seed 1
--date 2026-11-30``; the SQLite one a copy of ``bench-data/foundation.sqlite3``, never the file
itself). Random patients of the SQLite file give the queries, typed as a receptionist types
them (not a fixed list): a 3-6 letter prefix of a family or given name; two words, a whole name
and the start of the other one, in either order; the first two characters of a native name; an
MRN; and the full name in reversed order, whose patient must come back (recall). Each engine
runs every query once to warm up (a desk open for a minute), then once measured, through
``search_patients`` with the day's ranking on (the call the window makes, with Python's cycle
collector run between searches as the window runs it; ``--gc auto`` leaves it to Python, inside
the searches); beside it the naive way, ``LIKE '%q%'`` over the name columns ordered by name,
for the first prefixes. Prints a Markdown table for docs/benchmarks.md (``--json`` for the raw
numbers), then the slowest queries of each engine with their statements and the time spent in
the driver's ``execute`` (on PostgreSQL the server's work and the transfer; the rest is
Python), and whether both engines gave the same hits (MRN, score, expected) for every query.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.bench_common import percentile  # noqa: E402
from frontdesk.names import fold_latin  # noqa: E402

DAY = dt.date(2026, 11, 30)
KINDS = ("prefix", "two words", "native", "MRN", "full name, reversed")


def sample_queries(url: str, count: int, seed: int) -> dict[str, list[tuple[str, tuple]]]:
    """(query, what a hit must have to be the patient it came from) per kind: the MRN, or the
    full name (a common name is shared by hundreds of patients: any of them is the answer)."""
    from frontdesk.store.database import close_database, open_database
    from frontdesk.store.models import database_proxy

    open_database(url)
    try:
        top = database_proxy.execute_sql("SELECT max(id) FROM patient").fetchone()[0]
        rng = random.Random(seed)
        ids = rng.sample(range(1, top + 1), count * 2)
        marks = ", ".join("?" if "sqlite" in url else "%s" for _ in ids)
        rows = database_proxy.execute_sql(
            "SELECT family_name, given_name, native_family_name, native_given_name, mrn "
            f"FROM patient WHERE id IN ({marks})",
            ids,
        ).fetchall()
    finally:
        close_database()
    queries: dict[str, list[tuple[str, tuple]]] = {kind: [] for kind in KINDS}
    for family, given, native_family, native_given, mrn in rows:
        name = ("name", family, given)
        family_word = fold_latin(family).split()[0]
        given_word = fold_latin(given).split()[0]
        word = rng.choice((family_word, given_word))
        if len(word) >= 3:
            queries["prefix"].append((word[: rng.randint(3, min(6, len(word)))], name))
        whole, other = (
            (family_word, given_word) if rng.random() < 0.5 else (given_word, family_word)
        )
        queries["two words"].append((f"{whole} {other[: rng.randint(1, len(other))]}", name))
        native = (native_family or "") + (native_given or "")
        if len(native) >= 2 and not native.isascii():
            queries["native"].append((native[:2], name))
        queries["MRN"].append((mrn, ("mrn", mrn)))
        queries["full name, reversed"].append((f"{given} {family}", name))
    return {kind: found[:count] for kind, found in queries.items()}


def _is(hit, expect: tuple) -> bool:
    if expect[0] == "mrn":
        return hit.patient.mrn == expect[1]
    return (hit.patient.family_name, hit.patient.given_name) == expect[1:]


class Collector:
    """Python's cycle collector as the window runs it (``gui/gc_on_gui_thread.py``): never
    inside a search (a worker thread's), but between two, each generation when Python's own
    thresholds say it is due. ``auto``: the collector left to itself, inside the searches."""

    def __init__(self, policy: str) -> None:
        self.app = policy == "app"
        self.thresholds = gc.get_threshold()
        if self.app:
            gc.disable()

    def between(self) -> None:
        young, middle, old = gc.get_count()
        if self.app and young > self.thresholds[0]:
            gc.collect(0)
            if middle > self.thresholds[1]:
                gc.collect(1)
                if old > self.thresholds[2]:
                    gc.collect(2)

    def close(self) -> None:
        if self.app:
            gc.enable()


class Statements:
    """Counts the statements a search sends and the time spent in the driver's ``execute``."""

    def __init__(self, db) -> None:
        from frontdesk.store import search_index

        self.count = 0
        self.seconds = 0.0
        self._undo = [(db, "execute_sql", db.execute_sql)]
        db.execute_sql = self._timed(db.execute_sql)
        if hasattr(search_index, "binary_rows"):  # not in a tree from before it (a "before" run)
            self._undo.append((search_index, "binary_rows", search_index.binary_rows))
            search_index.binary_rows = self._timed(search_index.binary_rows)

    def _timed(self, run):
        def timed(*args, **kwargs):
            began = time.perf_counter()
            try:
                return run(*args, **kwargs)
            finally:
                self.count += 1
                self.seconds += time.perf_counter() - began

        return timed

    def close(self) -> None:
        for owner, name, original in self._undo:
            setattr(owner, name, original)


def run_engine(
    url: str, queries: dict[str, list[tuple[str, tuple]]], naive: int, collector: Collector
) -> dict:
    from frontdesk.services.search import search_patients
    from frontdesk.store.database import close_database, open_database
    from frontdesk.store.models import database_proxy

    db = open_database(url)
    result: dict = {"url": url.split("@")[-1], "queries": [], "hits": {}}
    try:
        for items in queries.values():  # warm-up: a desk that has been open a while
            for text, _ in items:
                search_patients(text, day=DAY)
                collector.between()
        for kind, items in queries.items():
            times, found = [], 0
            for text, expect in items:
                statements = Statements(db)
                began = time.perf_counter()
                hits = search_patients(text, day=DAY)
                elapsed = (time.perf_counter() - began) * 1000
                statements.close()
                collector.between()
                times.append(elapsed)
                found += any(_is(h, expect) for h in hits)
                result["queries"].append(
                    (elapsed, kind, text, statements.count, statements.seconds * 1000)
                )
                result["hits"][f"{kind}|{text}"] = [
                    (h.patient.mrn, h.score, h.expected_today) for h in hits
                ]
            result[kind] = {
                "n": len(times),
                "p50": statistics.median(times),
                "p95": percentile(times, 95),
                "max": max(times),
                "found": found,
            }
        m = "?" if url.startswith("sqlite") else "%s"
        naive_sql = (
            f"SELECT id FROM patient WHERE lower(family_name) LIKE {m} OR lower(given_name) "
            f"LIKE {m} OR native_family_name LIKE {m} OR native_given_name LIKE {m} "
            "ORDER BY family_name, given_name LIMIT 20"
        )
        times = []
        for text, _ in queries["prefix"][:naive]:
            like = f"%{text}%"
            began = time.perf_counter()
            database_proxy.execute_sql(naive_sql, (like, like, like, like)).fetchall()
            times.append((time.perf_counter() - began) * 1000)
        result["naive LIKE, prefixes"] = {
            "n": len(times),
            "p50": statistics.median(times),
            "p95": percentile(times, 95),
            "max": max(times),
        }
    finally:
        close_database()
    return result


def table(results: list[dict], queries: dict) -> str:
    names = [r["url"].split("/")[-1] + (" (SQLite)" if "sqlite" in r["url"] else " (PostgreSQL)")
             for r in results]  # fmt: skip
    lines = [
        "| queries (p50 / p95 / max, ms) | " + " | ".join(names) + " |",
        "|---|" + "---|" * len(results),
    ]
    for kind in (*KINDS, "naive LIKE, prefixes"):
        cells = []
        for r in results:
            m = r[kind]
            cell = f"{m['p50']:.2f} / {m['p95']:.2f} / {m['max']:.1f}"
            if kind in ("MRN", "full name, reversed"):
                cell += f" (found {m['found']}/{m['n']})"
            cells.append(cell)
        n = results[0][kind]["n"]
        lines.append(f"| {kind} ({n}) | " + " | ".join(cells) + " |")
    examples = {kind: [q for q, _ in items[:4]] for kind, items in queries.items()}
    lines.append("")
    lines.append("Examples of the queries: " + json.dumps(examples, ensure_ascii=False))
    return "\n".join(lines)


def slowest(result: dict, count: int) -> str:
    """The engine's slowest queries: time, statements, time in the driver's execute."""
    name = result["url"].split("/")[-1]
    lines = [
        "",
        f"Slowest {count} queries, {name}: ms, statements, ms in execute, kind, query",
    ]
    for elapsed, kind, text, statements, in_execute in sorted(result["queries"])[::-1][:count]:
        lines.append(f"  {elapsed:7.2f} {statements:4d} {in_execute:7.2f}  {kind}: {text!r}")
    by_kind: dict[str, list[tuple]] = {}
    for row in result["queries"]:
        by_kind.setdefault(row[1], []).append(row)
    for kind, rows in by_kind.items():
        mean = [statistics.mean(r[i] for r in rows) for i in (3, 4, 0)]
        lines.append(
            f"  {kind}: mean {mean[0]:.1f} statements, {mean[1]:.2f} of {mean[2]:.2f} ms in execute"
        )
    return "\n".join(lines)


def same_hits(results: list[dict]) -> str:
    """Whether every engine gave the same hits (MRN, score, expected) for every query."""
    first = results[0]["hits"]
    differ = [key for key in first for other in results[1:] if other["hits"].get(key) != first[key]]
    return (
        f"\nSame hits on every engine: {len(first) - len(set(differ))} of {len(first)} queries"
        + (f"; differ: {sorted(set(differ))[:10]}" if differ else "")
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sqlite", required=True, help="a copy of the foundation database")
    parser.add_argument("--pg", help="a PostgreSQL database holding the same demo patients")
    parser.add_argument("--queries", type=int, default=200, help="per kind")
    parser.add_argument("--naive", type=int, default=20, help="prefixes run the naive way")
    parser.add_argument("--seed", type=int, default=20)
    parser.add_argument("--slowest", type=int, default=10, help="slowest queries listed")
    parser.add_argument(
        "--gc",
        choices=("app", "auto"),
        default="app",
        help="app: cycles collected between searches, as the window does; auto: Python's own",
    )
    parser.add_argument(
        "--without-visibility",
        action="store_true",
        help="the statements without the condition that leaves out the patients of an import "
        "still being written (schema 15): the search as it was before, to measure that cost",
    )
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if args.without_visibility:
        from frontdesk.store import search_index

        search_index._VISIBLE = search_index._VISIBLE_VISIT = "1 = 1"
    sqlite_url = f"sqlite:///{Path(args.sqlite).resolve()}"
    queries = sample_queries(sqlite_url, args.queries, args.seed)
    collector = Collector(args.gc)
    try:
        results = [run_engine(sqlite_url, queries, args.naive, collector)]
        if args.pg:
            results.append(run_engine(args.pg, queries, args.naive, collector))
    finally:
        collector.close()
    if args.json:
        print(json.dumps(results, indent=2))
        return 0
    print(table(results, queries))
    for result in results:
        print(slowest(result, args.slowest))
    if len(results) > 1:
        print(same_hits(results))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
