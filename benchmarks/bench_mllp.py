"""MLLP listener benchmark: messages a second and ACK latency, beside the file import.

    .venv/bin/python benchmarks/bench_mllp.py               # after bench_foundation.py
    .venv/bin/python benchmarks/bench_mllp.py --messages 600

On a copy of ``bench-data/foundation.sqlite3`` (1,000,000 patients; upgraded to this schema
first, which the run times too), the SIU messages of bench_import.py (existing and new patients,
native-script names): ``frontdesk listen`` runs as its own process, as on a desk; an interface
engine (a socket client here) sends one message at a time and waits for each ACK, first alone,
then four at once. Every ACK comes after the message and its control id are committed (SQLite
synchronous=FULL). Beside it, the same number of other messages imported as one file through
``import_schedule_bytes`` (what ``frontdesk import`` and the window do). Prints a Markdown table.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_common import foundation_copy, stats  # noqa: E402
from bench_import import hl7_file, patients  # noqa: E402

from tests.mllp_client import MllpClient, ack_code, wait_for_port  # noqa: E402
from tests.mllp_crash import free_port  # noqa: E402


def split(data: bytes) -> list[bytes]:
    return [b"MSH" + m for m in data.split(b"MSH")[1:]]


def send_all(port: int, messages: list[bytes], latencies: list[float]) -> None:
    client = MllpClient(port, timeout=60)
    for message in messages:
        began = time.perf_counter()
        ack = client.send(message)
        latencies.append((time.perf_counter() - began) * 1000)
        assert ack_code(ack) == "AA", ack
    client.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--messages", type=int, default=2000, help="per measurement")
    args = parser.parse_args()
    n = args.messages
    from frontdesk.services.actors import actor_for, create_staff
    from frontdesk.services.schedule_import import import_schedule_bytes
    from frontdesk.store.database import close_database, open_database

    with foundation_copy("mllp") as copy:
        url = f"sqlite:///{copy}"
        people = patients(copy)
        messages = split(hl7_file(people))
        assert len(messages) >= 3 * n, "ask for fewer messages"
        began = time.perf_counter()
        open_database(url)  # the schema upgrade, once, before anything is timed
        upgrade_s = time.perf_counter() - began
        create_staff("bench", "Benchmark")
        actor = actor_for("bench", "Bench desk")
        began = time.perf_counter()
        report = import_schedule_bytes(b"".join(messages[2 * n : 3 * n]), actor, name="file")
        file_s = time.perf_counter() - began
        assert report.appointments["created"] == n, report.describe()
        close_database()

        port = free_port()
        listener = subprocess.Popen(
            [sys.executable, "-m", "frontdesk", "--db", url, "listen", "--port", str(port),
             "--staff", "bench"],
            env={**os.environ, "PYTHONPATH": str(ROOT)},
            stdout=subprocess.DEVNULL,
        )  # fmt: skip
        try:
            wait_for_port(port, timeout=120)
            alone: list[float] = []
            began = time.perf_counter()
            send_all(port, messages[:n], alone)
            alone_s = time.perf_counter() - began
            together: list[float] = []
            chunks = [messages[n + k : 2 * n : 4] for k in range(4)]
            threads = [threading.Thread(target=send_all, args=(port, c, together)) for c in chunks]
            began = time.perf_counter()
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            together_s = time.perf_counter() - began
        finally:
            listener.terminate()
            listener.wait(30)
    load = os.getloadavg()
    print(f"\nMLLP listener, {n:,} SIU messages per row, 1,000,000-patient SQLite copy "
          f"(load average {load[0]:.1f} {load[1]:.1f} {load[2]:.1f}); schema upgrade of the "
          f"copy {upgrade_s:.1f} s\n")  # fmt: skip
    print("| how | messages/s | ACK p50 | ACK p99 | ACK max |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for label, values, seconds in (
        ("MLLP, one sender", alone, alone_s),
        ("MLLP, four senders at once", together, together_s),
    ):
        p50, p99, top = stats(values)
        print(f"| {label} | {len(values) / seconds:,.0f} | {p50:.1f} ms | {p99:.1f} ms | "
              f"{top:.1f} ms |")  # fmt: skip
    print(f"| file import of as many messages (one transaction) | {n / file_s:,.0f} | - | - | - |")


if __name__ == "__main__":
    main()
