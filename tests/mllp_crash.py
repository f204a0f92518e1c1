"""Kill -9 the listener at random moments while an interface engine sends: every acknowledged
message is stored exactly once (used by tests/db/test_mllp_crash.py and, for the full 1,000
messages and 20 kills, by scripts/mllp_kill_test.py).

The sender behaves as engines do: one message at a time, waiting for its ACK; when the
connection breaks or the ACK does not come, it reconnects and sends the same message again
(same MSH-10) until it is acknowledged.
"""

from __future__ import annotations

import dataclasses
import json
import os
import random
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

from tests.mllp_client import MllpClient, ack_code, wait_for_port
from tests.schedule_samples import siu


@dataclasses.dataclass
class CrashResult:
    messages: int
    kills: int
    resends: int
    seconds: float
    acked: set[str]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def crash_message(k: int) -> str:
    """Message k: a booking of appointment K-k for one of 40 patients (new ones on the way)."""
    mrn = f"K{k % 40:03d}"
    patient = {3: f"{mrn}^^^MGH^MR", 5: f"Crash^Patient {k % 40}^^^^^L", 7: "19800101", 8: "F"}
    start = f"202611{29 + k % 2}{9 + k % 8:02d}{(k * 5) % 60:02d}-0500"
    return siu("S12", f"C{k:05d}", f"K-{k}", mrn, start, patient=patient)


def run(db_url: str, home: Path, *, messages: int, kills: int, seed: int = 11) -> CrashResult:
    port = free_port()
    env = {**os.environ, "FRONTDESK_HOME": str(home)}
    command = [sys.executable, "-m", "frontdesk", "--db", db_url, "listen", "--port", str(port),
               "--staff", "amal", "--frame-timeout", "5"]  # fmt: skip

    def launch() -> subprocess.Popen:
        process = subprocess.Popen(
            command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
        )
        wait_for_port(port, timeout=60)
        return process

    listener = launch()
    acked: set[str] = set()
    state = {"resends": 0, "done": False}

    def engine() -> None:
        client = None
        for k in range(messages):
            text = crash_message(k)
            while True:
                try:
                    if client is None:
                        client = MllpClient(port, timeout=10)
                    ack = client.send(text)
                    assert ack_code(ack) == "AA", ack
                    acked.add(f"C{k:05d}")
                    break
                except OSError:  # refused, reset, broken, timed out: the listener is down
                    if client is not None:
                        client.close()
                    client = None
                    state["resends"] += 1
                    time.sleep(0.05)
        state["done"] = True
        if client is not None:
            client.close()

    began = time.monotonic()
    sender = threading.Thread(target=engine, name="interface-engine")
    sender.start()
    rng = random.Random(seed)
    # Random moments spread over the run by progress, not by clock (a quiet machine sends the
    # 1,000 messages in ten seconds, a loaded one in a minute): after a random number of
    # acknowledgements, a random few milliseconds on, while a message is being read, applied
    # or acknowledged.
    marks = sorted(rng.sample(range(1, max(messages - messages // 20, kills + 1)), kills))
    done_kills = 0
    for mark in marks:
        while len(acked) < mark and not state["done"]:
            time.sleep(0.001)
        if state["done"]:
            break
        time.sleep(rng.uniform(0.0, 0.04))
        listener.send_signal(signal.SIGKILL)
        listener.wait()
        done_kills += 1
        listener = launch()
    sender.join(timeout=600)
    listener.send_signal(signal.SIGTERM)
    try:
        listener.wait(timeout=20)
    except subprocess.TimeoutExpired:
        listener.kill()
    return CrashResult(messages, done_kills, state["resends"], time.monotonic() - began, acked)


def applications(control_ids) -> dict[str, int]:
    """How many times each message was applied: its import audit records (one per apply)."""
    from frontdesk.store.models import AuditEvent

    counts: dict[str, int] = dict.fromkeys(control_ids, 0)
    for event in AuditEvent.select().where(AuditEvent.action == "import.hl7"):
        control = json.loads(event.details)["file"].rsplit(" ", 1)[-1]
        counts[control] = counts.get(control, 0) + 1
    return counts
