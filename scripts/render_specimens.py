"""Render the specimen pages of issue 16 to PNGs under docs/specimens/, for the eye: a real name
in each script (CLDR's sample names, tests/corpus/names) on every badge layout, on the visit
summary and on the fire roll-call. tests/printing/test_specimens.py checks the same pages by
machine (HarfBuzz's glyphs, the text layer); these pictures are for a person to look at.

    .venv/bin/python scripts/render_specimens.py [--out docs/specimens]
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from render_badges import contact_sheet, pages  # noqa: E402

from frontdesk.badge_token import HolderType  # noqa: E402
from frontdesk.printing.badge_layouts import LAYOUTS  # noqa: E402
from frontdesk.printing.badge_pdf import render_badges  # noqa: E402
from frontdesk.printing.rollcall_pdf import roll_call_pdf  # noqa: E402
from frontdesk.printing.specimens import specimen_faces  # noqa: E402
from frontdesk.printing.summary_pdf import render_summary  # noqa: E402
from frontdesk.printing.translations import page_language  # noqa: E402
from frontdesk.services.onsite import OnSite  # noqa: E402
from tests.printing.test_specimens import DAY, PEOPLE, ZONE, _summary  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "docs" / "specimens"))
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    template = specimen_faces(1)[0]
    faces = [
        template.__class__(
            HolderType.PATIENT,
            passport,
            native,
            template.valid_from,
            template.valid_until,
            "Wang Building, floor 3",
            f"B-{100 + i}",
            template.token,
            language=lang,
        )
        for i, (lang, passport, native) in enumerate(PEOPLE)
    ]
    for key, layout in LAYOUTS.items():
        if len(layout.slots) > 1 and key != "sheet-a4":
            continue  # one sheet is enough: the badges on it are 4 x 3 in ones
        images = pages(render_badges(faces, layout), 90 if len(layout.slots) == 1 else 50)
        portrait = layout.page[1] > layout.page[0]
        columns = 3 if len(layout.slots) > 1 else (8 if portrait else 5)
        contact_sheet(images, columns).save(out / f"badges-{key}.png", optimize=True)
        print(out / f"badges-{key}.png")
    tops = []
    for lang, passport, native in PEOPLE:  # the top of each summary: the name, in its script
        (first, *_rest) = pages(
            render_summary(_summary(lang, passport, native), page_language("en")), 60
        )
        tops.append(first.crop((0, 0, first.width, int(first.height * 0.42))))
    contact_sheet(tops, 4).save(out / "summaries.png", optimize=True)
    print(out / "summaries.png")
    taken = dt.datetime.combine(DAY, dt.time(14), tzinfo=ZONE)
    people = [
        OnSite(500 + i, HolderType.PATIENT, passport, native, "Wang Building, floor 3",
               taken - dt.timedelta(hours=2), "Main entrance")
        for i, (_lang, passport, native) in enumerate(PEOPLE)
    ]  # fmt: skip
    images = pages(roll_call_pdf(people, taken, ZONE, source="Main entrance"), 80)
    contact_sheet(images, len(images)).save(out / "roll-call.png", optimize=True)
    print(out / "roll-call.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
