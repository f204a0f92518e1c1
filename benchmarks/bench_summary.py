"""Visit summary benchmark: one patient's summary end to end, on the million-patient database.

    .venv/bin/python benchmarks/bench_summary.py      # after bench_foundation.py (its database)

On a copy of ``bench-data/foundation.sqlite3`` (1,000,000 patients, 2,000 appointments on
2026-11-30), in one process, with the service the window and ``frontdesk summary`` call
(``summary_pdf``: read the patient, the day's appointments, the companions and the office's
settings; lay out and draw the PDF in the patient's language):

  1. **the first summary** in the process (fonts found and registered, catalogs parsed);
  2. **one summary, 120 more**: 120 different patients of the day, p50 / p95 / max, and the
     same patients again with the page forced into each of the six languages;
  3. **the naive ways, same run**: everything found anew for each summary (a new font book, the
     catalogs parsed again, no line kept from one page to the next), and ReportLab's own
     ``Paragraph`` in built-in Helvetica with a ``Table`` (the usual recipe, which cannot print
     Arabic, Chinese or Cyrillic at all: shown for its speed only).
Prints a Markdown table for docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import io
import resource
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import datetime as dt  # noqa: E402

from bench_common import foundation_copy, percentile  # noqa: E402

DAY = dt.date(2026, 11, 30)
PATIENTS = 120
LANGUAGES = ("en", "es", "pt", "ar", "zh", "ru")


def timed(fn, *args, **kwargs) -> tuple[float, object]:
    start = time.perf_counter()
    result = fn(*args, **kwargs)
    return (time.perf_counter() - start) * 1000, result


def paragraph_summary(summary, words) -> bytes:
    """The usual ReportLab recipe: Paragraphs and a Table in Helvetica (Latin-1 only)."""
    from reportlab.lib.pagesizes import LETTER
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

    styles = getSampleStyleSheet()
    story = [
        Paragraph(summary.office.name or "International Patient Center", styles["Heading2"]),
        Paragraph(words("Visit summary"), styles["Title"]),
        Paragraph(f"{words('Patient')}: {summary.patient_name}", styles["Heading3"]),
    ]
    for day in summary.days:
        story.append(Paragraph(words.date(day.day), styles["Heading4"]))
        rows = [
            [
                f"{words.time(a.start)} – {words.time(a.end)}",
                Paragraph(
                    f"<b>{a.department or ''}</b><br/>{a.clinician or ''}<br/>{a.place or ''}",
                    styles["BodyText"],
                ),
            ]
            for a in day.appointments
        ]
        story.append(Table(rows, colWidths=[120, 380]))
    for companion in summary.companions:
        story.append(Paragraph(companion.name, styles["BodyText"]))
    story.append(Paragraph(words("What to bring / where to go first"), styles["Heading4"]))
    story.append(
        Paragraph(summary.office.note or "Please bring your passport.", styles["BodyText"])
    )
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=LETTER).build(story)
    return buffer.getvalue()


def _registered(name: str) -> bool:
    from reportlab.pdfbase import pdfmetrics

    return name in pdfmetrics.getRegisteredFontNames()


def forget_everything() -> None:
    """What the naive way pays each time: fonts looked for and registered, catalogs parsed,
    every line shaped again."""
    from frontdesk.printing import fonts, text_flow, text_runs, translations

    fonts._BOOK = None
    text_runs._lay_out.cache_clear()
    text_flow._synthetic_bold.cache_clear()
    translations._messages.cache_clear()
    translations.page_language.cache_clear()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default=str(ROOT / "bench-data" / "foundation.sqlite3"))
    args = parser.parse_args()
    with foundation_copy("summary", Path(args.db)) as copy:  # the source is never written
        try:
            return run(copy)
        finally:
            from frontdesk.store.database import close_database

            close_database()


def run(copy: Path) -> int:
    from frontdesk.printing.fonts import FACES
    from frontdesk.services.schedule import day_schedule
    from frontdesk.services.visit_summary import summary_pdf, visit_summary
    from frontdesk.store.database import open_database

    open_database(f"sqlite:///{copy}")
    entries = [e for e in day_schedule(DAY) if e.status.is_open or e.status.value == "completed"]
    patients = list(dict.fromkeys(e.patient.id for e in entries))
    step = max(1, len(patients) // (PATIENTS + 1))
    chosen = patients[::step][: PATIENTS + 1]
    languages: dict[str, int] = {}
    for e in entries:
        if e.patient.id in chosen:
            tag = (e.patient.preferred_language or "none").split("-")[0]
            languages[tag] = languages.get(tag, 0) + 1
    results: dict[str, object] = {"patients": len(patients)}

    first_ms, printed = timed(summary_pdf, chosen[0], DAY)
    results["first"] = (first_ms, printed.language, len(printed.pdf))
    slowest: list[tuple[float, str]] = []
    runs, sizes, used, faces = [], [], {}, {face.name for face in FACES}
    loaded = {name for name in faces if _registered(f"FD-{name}")}
    for patient_id in chosen[1:]:
        ms, printed = timed(summary_pdf, patient_id, DAY)
        now = {name for name in faces if _registered(f"FD-{name}")}
        if now - loaded:  # this page was the first to need a font: its file was read
            results.setdefault("font_loads", []).append(
                (ms, printed.language, sorted(now - loaded))
            )
            loaded = now
        runs.append(ms)
        slowest.append((ms, printed.language))
        sizes.append(len(printed.pdf))
        used[printed.language] = used.get(printed.language, 0) + 1
    results["one"] = (statistics.median(runs), percentile(runs, 95), max(runs))
    warm = [ms for ms in runs if ms not in {f[0] for f in results.get("font_loads", [])}]
    results["warm"] = (statistics.median(warm), percentile(warm, 95), max(warm))
    results["slowest"] = sorted(slowest, reverse=True)[:3]
    results["pdf_kb"] = statistics.median(sizes) / 1024
    results["used"] = used

    reads = [timed(visit_summary, p, DAY)[0] for p in chosen[1:]]
    results["read"] = (statistics.median(reads), percentile(reads, 95))

    by_language = {}
    for code in LANGUAGES:
        times = [timed(summary_pdf, p, DAY, language=code)[0] for p in chosen[1:41]]
        by_language[code] = (statistics.median(times), percentile(times, 95))
    results["by_language"] = by_language

    naive = []
    for patient_id in chosen[1:21]:
        forget_everything()
        naive.append(timed(summary_pdf, patient_id, DAY)[0])
    results["naive_cold"] = (statistics.median(naive), percentile(naive, 95))
    summary_pdf(chosen[1], DAY)  # warm again

    plain = []
    for patient_id in chosen[1:41]:
        summary, words = visit_summary(patient_id, DAY, language="en")
        plain.append(timed(paragraph_summary, summary, words)[0])
    results["paragraph"] = (statistics.median(plain), percentile(plain, 95))
    results["rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    report(results, languages)
    return 0


def report(r: dict, languages: dict[str, int]) -> None:
    first_ms, first_lang, first_size = r["first"]
    p50, p95, worst = r["one"]
    print(
        f"{r['patients']} patients with appointments on {DAY}; preferred languages of the "
        f"{PATIENTS + 1} chosen: {dict(sorted(languages.items(), key=lambda kv: -kv[1]))}"
    )
    print(f"pages printed in: {r['used']}")
    print("slowest: " + ", ".join(f"{ms:.0f} ms ({lang})" for ms, lang in r["slowest"]) + "\n")
    print("| measure | figure |")
    print("|---|---|")
    print(
        f"| first summary in the process ({first_lang}; fonts, catalogs) | "
        f"{first_ms:.0f} ms ({first_size / 1024:.0f} kB) |"
    )
    print(
        f"| **one summary end to end, {PATIENTS} more: p50 / p95 / max** | "
        f"**{p50:.1f} / {p95:.1f} / {worst:.1f} ms** (target <= 100) |"
    )
    for ms, language, names in r.get("font_loads", []):
        print(
            f"| of which the first page to need {', '.join(names)} ({language}): font file read | "
            f"{ms:.0f} ms |"
        )
    a, b, c = r["warm"]
    print(
        "| one summary, the fonts already loaded: p50 / p95 / max | "
        f"{a:.1f} / {b:.1f} / {c:.1f} ms |"
    )
    print(
        f"| of which reading the database (patient, day, companions, office): p50 / p95 | "
        f"{r['read'][0]:.2f} / {r['read'][1]:.2f} ms |"
    )
    print(f"| PDF size, median | {r['pdf_kb']:.0f} kB |")
    for code, (a, b) in r["by_language"].items():
        print(f"| forced into {code}: p50 / p95 (40 patients) | {a:.1f} / {b:.1f} ms |")
    print(
        f"| naive: fonts, catalogs and lines found anew each time: p50 / p95 | "
        f"{r['naive_cold'][0]:.1f} / {r['naive_cold'][1]:.1f} ms |"
    )
    print(
        f"| naive: ReportLab Paragraph + Table in Helvetica (Latin-1 only): p50 / p95 | "
        f"{r['paragraph'][0]:.1f} / {r['paragraph'][1]:.1f} ms |"
    )
    print(f"| benchmark process peak memory (RSS) | {r['rss_mb']:.0f} MB |")


if __name__ == "__main__":
    sys.exit(main())
