"""Render a specimen visit summary in each language of resources/locale to PNGs under
docs/summaries/ (for review and the README), as the printer would print the first page.

    .venv/bin/python scripts/render_summaries.py [--out docs/summaries] [--dpi 100] [--paper a4]

The patients are made up, one a language, each with a name in their own script; the office is
the demo office. Reads no database.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from zoneinfo import ZoneInfo

import pypdfium2

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from frontdesk.printing.summary_pdf import (  # noqa: E402
    OfficeInfo,
    SummaryAppointment,
    SummaryCompanion,
    SummaryDay,
    VisitSummary,
    render_summary,
)
from frontdesk.printing.translations import available_languages, page_language  # noqa: E402

BOSTON = ZoneInfo("America/New_York")
DAY = dt.date(2026, 11, 30)
OFFICE = OfficeInfo(
    name="Massachusetts General Hospital — International Patient Center",
    address="Wang Ambulatory Care Center, 15 Parkman Street, Suite 120, Boston, MA 02114",
    phone="+1 617 726 2787",
    hours="Mon–Fri 7:30–18:00",
)
# (language, passport name, native name, companion, companion's native name, relationship)
PATIENTS = {
    "en": ("Margaret O'BRIEN", None, "Thomas O'BRIEN", None, "spouse"),
    "es": ("María José GARCÍA LÓPEZ", None, "Lucía GARCÍA", None, "daughter"),
    "pt": ("João SILVA", None, "Ana SILVA", None, "spouse"),
    "ar": ("Layla HADDAD", "ليلى حداد", "Omar HADDAD", "عمر حداد", "son"),
    "zh": ("Wei ZHANG", "张伟", "Li NA", "李娜", "spouse"),
    "ru": ("Olga IVANOVA", "Ольга Иванова", "Sergei IVANOV", "Сергей Иванов", "spouse"),
    "fr": ("Camille MARTIN", None, "Louis MARTIN", None, "son"),
    "de": ("Käthe MÜLLER", None, "Hans MÜLLER", None, "spouse"),
    "ja": ("Taro YAMADA", "山田太郎", "Hanako YAMADA", "山田花子", "spouse"),
    "ko": ("Yumi KANG", "강유미", "Minkyu KIM", "김민규", "spouse"),
    "tr": ("Ayşe YILMAZ", None, "Mehmet YILMAZ", None, "spouse"),
    "he": ("Danit LEVI", "דנית לוי", "Yonatan COHEN", "יונתן כהן", "sibling"),
    "fa": ("Omid MALAYERI", "امید ملایری", "Aytin ADLU", "آیتین عدلو", "spouse"),
    "zh_Hant": ("Yating CHANG", "張雅婷", "Chia-hao LIN", "林家豪", "friend"),
}
VISITS = (
    (8, 30, 30, "Laboratory", None, "Wang Building, floor 2, room 210"),
    (9, 15, 45, "Cardiology", "Dr. Rebecca Stone", "Yawkey Building, floor 5, room 512"),
    (11, 0, 60, "Imaging", "Dr. Amit Patel", "Blake Building, floor 1, MRI suite B"),
    (14, 30, 30, "Cardiology", "Dr. Rebecca Stone", "Yawkey Building, floor 5, room 512"),
)


def specimen(language: str) -> VisitSummary:
    name, native, companion, companion_native, relationship = PATIENTS.get(language, PATIENTS["en"])
    appointments = tuple(
        SummaryAppointment(
            start := dt.datetime.combine(DAY, dt.time(hour, minute), tzinfo=BOSTON),
            start + dt.timedelta(minutes=minutes),
            department,
            clinician,
            place,
        )
        for hour, minute, minutes, department, clinician, place in VISITS
    )
    return VisitSummary(
        office=OFFICE,
        patient_name=name,
        native_name=native,
        days=(SummaryDay(DAY, appointments),),
        companions=(SummaryCompanion(companion, companion_native, relationship),),
        interpreter_language=None if language == "en" else language,
        language=language.replace("_", "-"),
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "docs" / "summaries"))
    parser.add_argument("--dpi", type=int, default=100)
    parser.add_argument("--paper", default="letter", choices=["letter", "a4"])
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for language in available_languages():
        pdf = render_summary(specimen(language), page_language(language), args.paper)
        document = pypdfium2.PdfDocument(pdf)
        try:
            image = document[0].render(scale=args.dpi / 72).to_pil().convert("RGB")
            pages = len(document)
        finally:
            document.close()
        path = out / f"summary-{language}.png"
        image.save(path, optimize=True)
        print(f"{path}: {len(pdf):,} bytes of PDF, {pages} page(s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
