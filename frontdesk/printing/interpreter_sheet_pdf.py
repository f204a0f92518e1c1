"""An interpreter's day sheet on paper: where to be, when, for whom, in which language.

    pdf = interpreter_sheet_pdf(roster_line, lines, day, zone)

Built from :func:`frontdesk.services.interpreter_sheet.interpreter_day`, which carries nothing
clinical: the sheet cannot print what it is not given.
"""

from __future__ import annotations

import datetime as dt

from babel.dates import format_date

from frontdesk.locales import language_english_name
from frontdesk.printing.sheet_table import Column, Text, sheet_pdf
from frontdesk.services.case_terms import InterpreterMode
from frontdesk.services.interpreter_roster import InterpreterLine
from frontdesk.services.interpreter_sheet import SheetLine


def interpreter_sheet_pdf(
    interpreter: InterpreterLine,
    lines: list[SheetLine],
    day: dt.date,
    zone: dt.tzinfo,
    *,
    paper: str = "letter",
) -> bytes:
    who = interpreter.name + (f" ({interpreter.agency})" if interpreter.agency else "")
    columns = [
        Column("Time", 80),
        Column("Where", 170),
        Column("Patient", 170),
        Column("Language", 110),
    ]
    rows = []
    for s in lines:
        place = s.place or "—"
        if s.mode != InterpreterMode.IN_PERSON:
            place = f"by {s.mode.label.lower()}"
        patient = [Text(s.patient, bold=True)]
        if s.native_name:
            patient.append(Text(s.native_name))
        rows.append(
            [
                [Text(f"{s.start:%H:%M}–{s.end:%H:%M}", bold=True)],
                [Text(place)],
                patient,
                [Text(language_english_name(s.language) or "—")],
            ]
        )
    return sheet_pdf(
        f"{who} — {format_date(day, 'full', locale='en')}",
        f"{len(lines)} appointments  ·  times in office time ({zone})  ·  "
        "report to the International Patient Center desk if anything changes",
        columns,
        rows,
        paper=paper,
        empty="No appointments booked for this day.",
        footer=f"{interpreter.name}, {day.isoformat()}",
    )
