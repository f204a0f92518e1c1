"""Demo data on SQLite: the wall time of ``frontdesk demo`` for a million patients.

    .venv/bin/python benchmarks/bench_demo.py                       # 3 runs, about 1.5 minutes
    .venv/bin/python benchmarks/bench_demo.py --before /tmp/old     # and an older checkout's
                                                                    # (git archive COMMIT frontdesk)

Step 1 of ``bench_foundation.py`` alone, without the search and check-in measures that follow
it there: ``frontdesk demo --patients N --date 2026-11-30 --per-day 2000`` into a new file in
a temporary folder (a child process: its wall time), after ``office-zone``.
With ``--before``, the same command from another checkout's ``frontdesk`` package runs in
turn with this one's (before, after, before, after...), so both see the same machine.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run_demo(tree: Path, patients: int) -> float:
    """Wall seconds of one ``frontdesk demo`` from ``tree``."""
    with tempfile.TemporaryDirectory(prefix="bench-demo-") as folder:
        url = f"sqlite:///{folder}/demo.sqlite3"
        env = dict(os.environ, FRONTDESK_HOME=f"{folder}/home", PYTHONPATH=str(tree))
        base = [sys.executable, "-m", "frontdesk", "--db", url]
        subprocess.run(
            [*base, "office-zone", "America/New_York"], check=True, env=env, capture_output=True
        )
        start = time.perf_counter()
        demo = ["demo", "--quiet", "--patients", str(patients), "--per-day", "2000"]
        subprocess.run(
            [*base, *demo, "--date", "2026-11-30"],
            check=True,
            env=env,
            capture_output=True,
            cwd=tree,
        )
        return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--patients", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--before", type=Path, help="another checkout, run in turn with this")
    args = parser.parse_args()
    trees = {"this checkout": ROOT}
    if args.before is not None:
        trees = {"before": args.before.resolve(), **trees}
    times: dict[str, list[float]] = {name: [] for name in trees}
    for _ in range(args.runs):
        for name, tree in trees.items():
            seconds = run_demo(tree, args.patients)
            times[name].append(seconds)
            print(f"{name}: {seconds:.1f} s", file=sys.stderr, flush=True)
    print(f"load average: {Path('/proc/loadavg').read_text().split()[:3]}")
    print(f"| `frontdesk demo --patients {args.patients:,}` (SQLite) | wall time: median (all) |")
    print("|---|---|")
    for name, values in times.items():
        every = ", ".join(f"{v:.1f}" for v in values)
        print(f"| {name} | {statistics.median(values):.1f} s ({every}) |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
