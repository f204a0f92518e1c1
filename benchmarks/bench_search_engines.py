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
``search_patients`` with the day's ranking on (the call the window makes); beside it the naive
way, ``LIKE '%q%'`` over the name columns ordered by name, for the first prefixes. Prints a
Markdown table for docs/benchmarks.md (``--json`` for the raw numbers).
"""

from __future__ import annotations

import argparse
import datetime as dt
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


def run_engine(url: str, queries: dict[str, list[tuple[str, tuple]]], naive: int) -> dict:
    from frontdesk.services.search import search_patients
    from frontdesk.store.database import close_database, open_database
    from frontdesk.store.models import database_proxy

    open_database(url)
    result: dict = {"url": url.split("@")[-1]}
    try:
        for items in queries.values():  # warm-up: a desk that has been open a while
            for text, _ in items:
                search_patients(text, day=DAY)
        for kind, items in queries.items():
            times, found = [], 0
            for text, expect in items:
                began = time.perf_counter()
                hits = search_patients(text, day=DAY)
                times.append((time.perf_counter() - began) * 1000)
                found += any(_is(h, expect) for h in hits)
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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sqlite", required=True, help="a copy of the foundation database")
    parser.add_argument("--pg", help="a PostgreSQL database holding the same demo patients")
    parser.add_argument("--queries", type=int, default=200, help="per kind")
    parser.add_argument("--naive", type=int, default=20, help="prefixes run the naive way")
    parser.add_argument("--seed", type=int, default=20)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    sqlite_url = f"sqlite:///{Path(args.sqlite).resolve()}"
    queries = sample_queries(sqlite_url, args.queries, args.seed)
    results = [run_engine(sqlite_url, queries, args.naive)]
    if args.pg:
        results.append(run_engine(args.pg, queries, args.naive))
    print(json.dumps(results, indent=2) if args.json else table(results, queries))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
