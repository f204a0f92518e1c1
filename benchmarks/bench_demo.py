"""Demo data on SQLite: the wall time of ``frontdesk demo`` for a million patients.

    .venv/bin/python benchmarks/bench_demo.py                       # 3 runs, about 1.5 minutes
    .venv/bin/python benchmarks/bench_demo.py --before /tmp/old     # and an older checkout's
                                                                    # (git archive COMMIT frontdesk)

Step 1 of ``bench_foundation.py`` alone, without the search and check-in measures that follow
it there: ``frontdesk demo --patients N --date 2026-11-30 --per-day 2000`` into a new file in
a temporary folder (a child process: its wall time and peak memory), after ``office-zone``.
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


def run_demo(tree: Path, patients: int) -> tuple[float, float]:
    """Wall seconds and peak memory (MB) of one ``frontdesk demo`` from ``tree``: the largest
    resident set of the process and of any process it started (the drawing process)."""
    with tempfile.TemporaryDirectory(prefix="bench-demo-") as folder:
        url = f"sqlite:///{folder}/demo.sqlite3"
        env = dict(os.environ, FRONTDESK_HOME=f"{folder}/home", PYTHONPATH=str(tree))
        base = [sys.executable, "-m", "frontdesk", "--db", url]
        subprocess.run(  # from the tree too: python -m puts the working folder first
            [*base, "office-zone", "America/New_York"],
            check=True,
            env=env,
            capture_output=True,
            cwd=tree,
        )
        start = time.perf_counter()
        demo = ["demo", "--quiet", "--patients", str(patients), "--per-day", "2000"]
        child = subprocess.Popen(
            [*base, *demo, "--date", "2026-11-30"],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            cwd=tree,
        )
        assert child.stderr is not None
        errors = child.stderr.read()
        _, status, usage = os.wait4(child.pid, 0)
        seconds = time.perf_counter() - start
        child.returncode = os.waitstatus_to_exitcode(status)
        if child.returncode:
            raise SystemExit(f"frontdesk demo failed ({child.returncode}): {errors.decode()}")
        return seconds, usage.ru_maxrss / 1024


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
    peaks: dict[str, list[float]] = {name: [] for name in trees}
    print(f"load average before: {Path('/proc/loadavg').read_text().split()[:3]}")
    for _ in range(args.runs):
        for name, tree in trees.items():
            seconds, peak = run_demo(tree, args.patients)
            times[name].append(seconds)
            peaks[name].append(peak)
            load = Path("/proc/loadavg").read_text().split()[0]
            line = f"{name}: {seconds:.1f} s, {peak:.0f} MB, load {load}"
            print(line, file=sys.stderr, flush=True)
    print(f"load average after: {Path('/proc/loadavg').read_text().split()[:3]}")
    print(
        f"| `frontdesk demo --patients {args.patients:,}` (SQLite) | wall time: median (all) "
        "| peak memory (largest process) |"
    )
    print("|---|---|---|")
    for name, values in times.items():
        every = ", ".join(f"{v:.1f}" for v in values)
        median = statistics.median(values)
        print(f"| {name} | {median:.1f} s ({every}) | {max(peaks[name]):.0f} MB |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
