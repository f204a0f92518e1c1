"""Door benchmark: deciding and logging a scan, and reading a camera frame.

    .venv/bin/python benchmarks/bench_door.py      # after bench_foundation.py (its database)

On a copy of ``bench-data/foundation.sqlite3`` (1,000,000 patients; the day's 1,102 patients and
their companions get their badges first, as the morning batch does), in one process:

  1. **refresh**: the door copies keys, badge states and who is on site into its own file;
  2. **scan**: ``DoorStation.scan()`` for every badge of the day, as a scanner delivers them:
     the verdict from the token and the door's copy, and the scan written (synced) to the
     door's queue before the answer; p50 / p99 / max;
  3. **the naive way, same run**: ``verify_badge()`` against the shared database (two
     queries) and the scan inserted into the shared database in its own transaction;
  4. **flush**: the queued scans sent to the shared database (one transaction);
  5. **camera frames**: 640 x 480 grey frames of a printed CR80 badge (rendered from its PDF,
     with sensor noise) and frames without a badge, read by zxing-cpp; p50 / p99.
Prints a Markdown table for docs/benchmarks.md.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import resource
import sqlite3
import sys
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench_common import main_on_copy, stats  # noqa: E402

DAY = dt.date(2026, 11, 30)


def frames(token: str, count: int, rng: random.Random) -> tuple[list[bytes], list[bytes]]:
    """Camera-like frames: the CR80 badge as printed (PDF rendered at ~110 dpi, a card held a
    hand's length from a 640 x 480 camera), somewhere in the frame, with noise; and frames of
    the same noise without a badge."""
    import pypdfium2
    from PIL import Image, ImageFilter

    from frontdesk.badge_token import HolderType
    from frontdesk.printing.badge_layouts import layout_named
    from frontdesk.printing.badge_pdf import BadgeFace, render_badges

    now = dt.datetime.now(dt.UTC)
    face = BadgeFace(
        HolderType.PATIENT, "Layla HADDAD", "ليلى حداد", now, now, "Yawkey 7", "B-1", token
    )
    pdf = render_badges([face], layout_named("cr80"))
    document = pypdfium2.PdfDocument(pdf)
    card = document[0].render(scale=110 / 72).to_pil().convert("L")
    document.close()
    with_code, without = [], []
    for _ in range(count):
        background = Image.effect_noise((640, 480), 24).point(lambda v: v * 0.5 + 60)
        frame = background.copy()
        x = rng.randrange(0, 640 - card.width)
        y = rng.randrange(0, 480 - card.height)
        frame.paste(card.rotate(rng.uniform(-8, 8), expand=False, fillcolor=90), (x, y))
        frame = frame.filter(ImageFilter.GaussianBlur(0.6))
        with_code.append(frame.tobytes())
        without.append(background.filter(ImageFilter.GaussianBlur(0.6)).tobytes())
    return with_code, without


def run(copy: Path) -> int:
    work = copy.parent

    from frontdesk.qr_reading import read_frame
    from frontdesk.services.actors import actor_for, create_staff
    from frontdesk.services.badge_printing import _batch_badges, _expected_visits
    from frontdesk.services.badges import verify_badge
    from frontdesk.services.door import DoorStation
    from frontdesk.store import scan_log
    from frontdesk.store.database import open_database
    from frontdesk.store.models import database_proxy

    url = f"sqlite:///{copy}"
    open_database(url)
    create_staff("bench", "Benchmark")
    actor = actor_for("bench", "Bench desk")
    held = _batch_badges(_expected_visits(DAY), actor)
    tokens = [token for _badge, token in held]
    noon = dt.datetime.combine(DAY, dt.time(17), tzinfo=dt.UTC)  # noon in New York
    clock_at = [noon]
    door = DoorStation(
        url,
        "Main entrance",
        "in",
        cache_path=work / "door-cache.sqlite3",
        clock=lambda: clock_at[0],
    )
    results: dict[str, object] = {"badges": len(tokens)}

    start = time.perf_counter()
    door.refresh()
    results["refresh_ms"] = (time.perf_counter() - start) * 1000

    rng = random.Random(7)
    order = tokens[:]
    rng.shuffle(order)
    for token in order[:50]:  # warm-up: the first keys and pages
        door.scan(token)
    scan_ms = []
    for token in order:
        clock_at[0] += dt.timedelta(seconds=6)  # past the repeat window
        payload = token + "\r\n"  # as the scanner types it
        start = time.perf_counter()
        result = door.scan(payload)
        scan_ms.append((time.perf_counter() - start) * 1000)
        assert result.valid, result
    results["scan"] = stats(scan_ms)
    # The same scans at a door whose station chose FRONTDESK_SQLITE_SYNC=normal.
    os.environ["FRONTDESK_SQLITE_SYNC"] = "normal"
    normal_door = DoorStation(
        url,
        "Side entrance",
        "in",
        cache_path=work / "side-cache.sqlite3",
        clock=lambda: clock_at[0],
    )
    del os.environ["FRONTDESK_SQLITE_SYNC"]
    normal_door.refresh()
    normal_ms = []
    for token in order:
        clock_at[0] += dt.timedelta(seconds=6)
        start = time.perf_counter()
        normal_door.scan(token)
        normal_ms.append((time.perf_counter() - start) * 1000)
    results["scan_normal"] = stats(normal_ms)
    normal_door.close()
    verify_ms = []  # the decision alone, without the log
    from frontdesk.badge_token import verify as verify_token

    for token in order[:1000]:
        start = time.perf_counter()
        verify_token(token, noon, door._keys.get, door._state)
        verify_ms.append((time.perf_counter() - start) * 1000)
    results["verify_only"] = stats(verify_ms)
    floor_ms = []  # the disk's own floor: a bare one-row commit, synchronous=FULL, WAL
    with sqlite3.connect(work / "floor.sqlite3", isolation_level=None) as bare:
        bare.execute("PRAGMA journal_mode=WAL")
        bare.execute("PRAGMA synchronous=FULL")
        bare.execute("CREATE TABLE t (v TEXT)")
        for i in range(1000):
            start = time.perf_counter()
            bare.execute("INSERT INTO t VALUES (?)", (str(i),))
            floor_ms.append((time.perf_counter() - start) * 1000)
    results["floor"] = stats(floor_ms)
    refused_ms = []
    for token in order[:500]:
        bad = token[:60] + ("A" if token[60] != "A" else "B") + token[61:]
        clock_at[0] += dt.timedelta(seconds=6)
        start = time.perf_counter()
        door.scan(bad)
        refused_ms.append((time.perf_counter() - start) * 1000)
    results["refused"] = stats(refused_ms)

    naive_ms = []
    for token in order:
        start = time.perf_counter()
        check = verify_badge(token, noon)
        with database_proxy.atomic():
            scan_log.insert(
                [
                    (
                        str(uuid.uuid4()),
                        noon,
                        "Naive door",
                        "in",
                        check.verdict.valid,
                        None,
                        check.verdict.badge_id,
                        None,
                    )
                ],
                None,
                noon,
            )
        naive_ms.append((time.perf_counter() - start) * 1000)
    results["naive"] = stats(naive_ms)

    pending = door.pending()
    start = time.perf_counter()
    sent = door.flush()
    results["flush"] = (sent, pending, (time.perf_counter() - start) * 1000)

    with_code, without = frames(tokens[0], 60, rng)
    found = 0
    frame_ms = []
    for data in with_code:
        start = time.perf_counter()
        texts = read_frame(data, 640, 480)
        frame_ms.append((time.perf_counter() - start) * 1000)
        found += tokens[0] in texts
    empty_ms = []
    for data in without:
        start = time.perf_counter()
        read_frame(data, 640, 480)
        empty_ms.append((time.perf_counter() - start) * 1000)
    results["frame"] = stats(frame_ms)
    results["frame_found"] = (found, len(with_code))
    results["empty_frame"] = stats(empty_ms)
    results["rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    door.close()
    database_proxy.close()
    print(markdown(results))
    return 0


def markdown(r: dict) -> str:
    sent, pending, flush_ms = r["flush"]
    found, frames_total = r["frame_found"]
    rows = [
        ("badges of the day (patients and companions), issued first", f"{r['badges']:,}"),
        (
            "door refresh: keys, badge states, on-site list into its file",
            f"{r['refresh_ms']:.0f} ms",
        ),
        (
            "scan, valid badge: verify + log to the door's queue (synced): p50 / p99 / max",
            "{:.2f} / {:.2f} / {:.2f} ms".format(*r["scan"]),
        ),
        (
            "the same at a door with FRONTDESK_SQLITE_SYNC=normal: p50 / p99 / max",
            "{:.2f} / {:.2f} / {:.2f} ms".format(*r["scan_normal"]),
        ),
        (
            "the verdict alone (signature, dates, revocation list): p50 / p99 / max",
            "{:.3f} / {:.3f} / {:.3f} ms".format(*r["verify_only"]),
        ),
        (
            "the disk's floor: a bare one-row commit, WAL, synchronous=FULL: p50 / p99 / max",
            "{:.2f} / {:.2f} / {:.2f} ms".format(*r["floor"]),
        ),
        (
            "scan, forged badge (refused): p50 / p99 / max",
            "{:.2f} / {:.2f} / {:.2f} ms".format(*r["refused"]),
        ),
        (
            "naive: verify against the shared database + insert the scan there: p50 / p99 / max",
            "{:.2f} / {:.2f} / {:.2f} ms".format(*r["naive"]),
        ),
        (
            "flush: queued scans into the shared database, one transaction",
            f"{sent:,} of {pending:,} in {flush_ms:.0f} ms",
        ),
        (
            "camera frame 640 x 480 with a badge: p50 / p99 / max (codes read)",
            "{:.2f} / {:.2f} / {:.2f} ms".format(*r["frame"]) + f" ({found} of {frames_total})",
        ),
        (
            "camera frame 640 x 480 without a badge: p50 / p99 / max",
            "{:.2f} / {:.2f} / {:.2f} ms".format(*r["empty_frame"]),
        ),
        ("benchmark process peak memory (RSS)", f"{r['rss_mb']:.0f} MB"),
    ]
    lines = ["| measure | result |", "|---|---|"]
    lines += [f"| {a} | {b} |" for a, b in rows]
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main_on_copy("door", run, __doc__, morning=True))
