"""Badge benchmark: the day's batch and one badge end to end, on the million-patient database.

    .venv/bin/python benchmarks/bench_badges.py      # after bench_foundation.py (its database)

On a copy of ``bench-data/foundation.sqlite3`` (1,000,000 patients, 2,000 appointments on
2026-11-30), in one process, with the services the window and the CLI call:

  1. **batch**: the first 500 holders expected that day (patients and companions, sorted by
     family name as the batch prints them: names in Arabic, Chinese, Korean, Cyrillic, Thai,
     Devanagari... script), issued in one transaction, drawn into one Letter-sheet PDF and into
     one 4 x 3 in PDF, and counted as printed; per badge, and the whole;
  2. **one badge end to end** (``print_holder_badge``: issue with its audit record, draw, count
     the print with its audit record), for 60 different visits, the first one apart (fonts
     loaded then);
  3. **the naive ways, same run**: each badge as its own PDF (500 documents, fonts embedded
     500 times), and the QR made by the pure-Python ``qrcode`` package (with its mask choice)
     and placed as a PNG image, the usual recipe.
Prints a Markdown table for docs/benchmarks.md.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import resource
import statistics
import sys
import time
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench_common import main_on_copy, percentile  # noqa: E402

DAY = dt.date(2026, 11, 30)
BATCH = 500


def scripts_of(names: list[str]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for name in names:
        letters = [c for c in name if c.isalpha() and ord(c) > 0x24F]
        if letters:
            script = unicodedata.name(letters[0], "?").split()[0]
            counts[script] = counts.get(script, 0) + 1
    return counts


def naive_qr_badge(face, canvas_cls, layout) -> bytes:
    """The usual recipe: qrcode makes a PNG, reportlab places it, one PDF per badge."""
    import qrcode
    from reportlab.lib.utils import ImageReader

    image = qrcode.make(face.token, box_size=4, border=4)
    png = io.BytesIO()
    image.save(png)
    png.seek(0)
    buffer = io.BytesIO()
    canvas = canvas_cls(buffer, pagesize=layout.page)
    canvas.drawImage(ImageReader(png), 10, 10, 120, 120)
    canvas.setFont("Helvetica-Bold", 18)
    canvas.drawString(10, 150, face.display_name)  # Latin-1 only: the open-source way
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def run(copy: Path) -> int:
    from reportlab.pdfgen.canvas import Canvas

    from frontdesk.printing.badge_layouts import layout_named
    from frontdesk.printing.badge_pdf import render_badges
    from frontdesk.printing.qr import qr_modules
    from frontdesk.services.actors import actor_for, create_staff
    from frontdesk.services.badge_printing import (
        _batch_badges,
        _expected_visits,
        face_of,
        mark_printed,
        print_holder_badge,
    )
    from frontdesk.store.database import open_database
    from frontdesk.store.models import Companion, database_proxy

    open_database(f"sqlite:///{copy}")
    create_staff("bench", "Benchmark")
    actor = actor_for("bench", "Bench desk")
    results: dict[str, object] = {}

    visits = _expected_visits(DAY)
    travelling: dict[int, int] = {}
    for companion in Companion.select(Companion.patient):
        travelling[companion.patient_id] = travelling.get(companion.patient_id, 0) + 1
    # Every k-th expected visit of the day (sorted by family name, so every nationality and
    # script), until 500 holders (patients and companions); the last 61 visits are kept apart
    # for the one-badge measure.
    step = max(1, (len(visits) - 61) * 7 // (4 * BATCH))
    batch_visits, holders = [], 0
    for visit in visits[: len(visits) - 61 : step]:
        if holders >= BATCH:
            break
        batch_visits.append(visit)
        holders += 1 + travelling.get(visit.patient_id, 0)
    single_visits = [v.id for v in visits[-61:]]
    results["expected"] = (
        len(visits),
        len(visits) + sum(travelling.get(v.patient_id, 0) for v in visits),
    )

    # 1. The batch: issue (one transaction), draw, count.
    profile = None
    if os.environ.get("BENCH_PROFILE"):
        import cProfile

        profile = cProfile.Profile()
        profile.enable()
    start = time.perf_counter()
    held = _batch_badges(batch_visits, actor)
    issue_s = time.perf_counter() - start
    if profile is not None:
        import pstats

        profile.disable()
        pstats.Stats(profile).sort_stats("cumulative").print_stats(35)
    results["n"] = len(held)
    faces = [face_of(badge, token) for badge, token in held]
    results["scripts"] = scripts_of([f.native_name or "" for f in faces])
    draw = {}
    for key in ("sheet-letter", "badge-4x3", "sheet-letter"):  # the first letter run is cold
        start = time.perf_counter()
        pdf = render_badges(faces, layout_named(key))
        draw.setdefault(key, []).append((time.perf_counter() - start, len(pdf)))
    start = time.perf_counter()
    mark_printed([badge for badge, _t in held], actor, layout_named("sheet-letter"))
    count_s = time.perf_counter() - start
    results["issue_ms_per_badge"] = issue_s * 1000 / len(held)
    results["draw_letter_cold"] = draw["sheet-letter"][0]
    results["draw_letter_warm"] = draw["sheet-letter"][1]
    results["draw_4x3"] = draw["badge-4x3"][0]
    results["count_ms_per_badge"] = count_s * 1000 / len(held)
    results["batch_total_s"] = issue_s + draw["sheet-letter"][0][0] + count_s  # cold draw

    # 2. One badge end to end, 60 visits after a first one.
    cr80 = layout_named("cr80")
    start = time.perf_counter()
    print_holder_badge(single_visits[0], actor, cr80)
    results["single_first_ms"] = (time.perf_counter() - start) * 1000
    singles = []
    for visit_id in single_visits[1:]:
        start = time.perf_counter()
        print_holder_badge(visit_id, actor, cr80)
        singles.append((time.perf_counter() - start) * 1000)
    results["single"] = (statistics.median(singles), percentile(singles, 95), max(singles))

    # 3. The naive ways.
    start = time.perf_counter()
    separate = [render_badges([face], layout_named("badge-4x3")) for face in faces]
    results["separate_pdfs"] = (time.perf_counter() - start, sum(len(p) for p in separate))
    start = time.perf_counter()
    for face in faces:
        qr_modules(face.token)
    results["qr_zxing_ms"] = (time.perf_counter() - start) * 1000 / len(faces)
    try:
        import qrcode  # noqa: F401
    except ImportError:
        results["naive_qr_ms"] = None
    else:
        latin = [f for f in faces if all(ord(c) < 256 for c in f.display_name)]
        start = time.perf_counter()
        for face in latin:
            naive_qr_badge(face, Canvas, layout_named("badge-4x3"))
        results["naive_qr_ms"] = (time.perf_counter() - start) * 1000 / len(latin)
    results["rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    database_proxy.close()
    print(markdown(results))
    return 0


def markdown(r: dict) -> str:
    n = r["n"]
    cold_s, _cold_bytes = r["draw_letter_cold"]
    warm_s, warm_bytes = r["draw_letter_warm"]
    four_s, four_bytes = r["draw_4x3"]
    sep_s, sep_bytes = r["separate_pdfs"]
    scripts = ", ".join(f"{k.title()} {v}" for k, v in sorted(r["scripts"].items()))
    rows = [
        (
            "patients expected on the day / holders (with companions)",
            f"{r['expected'][0]:,} / {r['expected'][1]:,}",
        ),
        (f"native scripts among the {n} holders", scripts),
        (
            f"batch of {n}: issue, one transaction with audit records",
            f"{r['issue_ms_per_badge']:.2f} ms a badge",
        ),
        (
            f"batch of {n}: draw one Letter-sheet PDF (first in process / again)",
            f"{cold_s * 1000 / n:.2f} / {warm_s * 1000 / n:.2f} ms a badge "
            f"({cold_s:.2f} / {warm_s:.2f} s, {warm_bytes / 1e6:.1f} MB)",
        ),
        (
            f"batch of {n}: draw one 4 x 3 in PDF ({n} pages)",
            f"{four_s * 1000 / n:.2f} ms a badge ({four_bytes / 1e6:.1f} MB)",
        ),
        (
            f"batch of {n}: count as printed, one transaction with audit records",
            f"{r['count_ms_per_badge']:.2f} ms a badge",
        ),
        (
            f"batch of {n} end to end (issue + draw + count)",
            f"{r['batch_total_s']:.2f} s, {r['batch_total_s'] * 1000 / n:.2f} ms a badge",
        ),
        ("one badge end to end (CR80): the first in the process", f"{r['single_first_ms']:.0f} ms"),
        (
            "one badge end to end (CR80), 60 more: p50 / p95 / max",
            "{:.1f} / {:.1f} / {:.1f} ms".format(*r["single"]),
        ),
        (
            f"naive: each of the {n} badges its own PDF",
            f"{sep_s * 1000 / n:.2f} ms a badge, {sep_bytes / 1e6:.1f} MB in all",
        ),
        (
            "QR symbol: zxing-cpp (mask chosen) / naive qrcode PNG badge (Latin-1 text only)",
            f"{r['qr_zxing_ms']:.2f} ms / "
            + (
                f"{r['naive_qr_ms']:.1f} ms a badge" if r["naive_qr_ms"] else "qrcode not installed"
            ),
        ),
        ("benchmark process peak memory (RSS)", f"{r['rss_mb']:.0f} MB"),
    ]
    lines = ["| measure | result |", "|---|---|"]
    lines += [f"| {a} | {b} |" for a, b in rows]
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main_on_copy("badges", run, __doc__, morning=True))
