"""The GUI thread gets Python's interpreter lock (the GIL) back promptly while a worker computes.

    prompt_handoff()   # once, when the QApplication is made

A worker drawing a badge batch or planning an import runs Python for seconds; the GUI thread
needs the GIL for every Python callback of the event loop (a timer, a filtered event, a paint
of a Python model). CPython makes a thread that asks for the GIL wait up to its switch interval
(5 ms by default) before the running thread lets go, and the GUI thread asks again after each
short callback: dozens of events in a row then wait 5 ms each, a convoy the window feels as a
freeze. Measured with ``benchmarks/bench_window_stalls.py`` (a million patients, the badge batch
and a 10,000-appointment import running on the window's workers): longest stall 1,082 and
1,441 ms with 5 ms, 52-464 ms with 0.2-0.5 ms, 41-109 ms with 0.02 ms (docs/benchmarks.md);
the work itself took 3-6% longer than with 5 ms, and no longer at 0.02 ms than at 0.2 ms. What is
left is the schedule's repaint: about 3,000 calls of the Python model's ``data()`` and
``index()``, each of which waits for the GIL while a worker runs.
"""

from __future__ import annotations

import sys

SWITCH_INTERVAL_S = 0.00002  # 20 microseconds


def prompt_handoff() -> None:
    sys.setswitchinterval(SWITCH_INTERVAL_S)
