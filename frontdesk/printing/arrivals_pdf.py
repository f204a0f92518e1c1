"""The arrivals (or departures) sheet of a day on paper: for the coordinator and the drivers.

    pdf = movements_pdf(arrivals_on(day), day, zone, arriving=True, paper="letter")

One band a patient, in time order: when they land (office time, and the airport's own time
when its zone differs), the flight or train and where from, the patient's names in the
passport's Latin letters and in their own script, the party's size, the language and whether
an interpreter is needed, the phone, the pickup (who, where to meet, when) and the hotel.
Nothing clinical: no MRN, no department, no clinician.
"""

from __future__ import annotations

import datetime as dt

from babel.dates import format_date

from frontdesk.locales import language_english_name
from frontdesk.printing.sheet_table import Column, Text, sheet_pdf
from frontdesk.services.arrivals import Movement

_LOCALE = "en"  # the office's working language for its own sheets


def movements_pdf(
    sheet: list[Movement],
    day: dt.date,
    zone: dt.tzinfo,
    *,
    arriving: bool = True,
    paper: str = "letter",
) -> bytes:
    word = "Arrivals" if arriving else "Departures"
    people = sum(m.party for m in sheet)
    interpreters = sum(1 for m in sheet if m.interpreter_needed)
    subtitle = (
        f"{len(sheet)} {'arriving' if arriving else 'leaving'}, {_count(people, 'person')} "
        f"with companions  ·  {_count(interpreters, 'patient')} needing an interpreter  ·  "
        f"times in office time ({zone})"
    )
    columns = [
        Column("Lands" if arriving else "Leaves", 96),
        Column("Flight / train", 96),
        Column("Patient", 190),
        Column("Language", 92),
        Column("Phone", 92),
        Column("Pickup" if arriving else "Transfer", 150),
        Column("Stays at", 170),
    ]
    rows = [_row(m, arriving) for m in sheet]
    return sheet_pdf(
        f"{word} — {format_date(day, 'full', locale=_LOCALE)}",
        subtitle,
        columns,
        rows,
        paper=paper,
        landscape=True,
        empty=f"No {word.lower()} recorded for this day.",
        footer=f"{word.lower()} {day.isoformat()}  ·  {_count(len(sheet), 'patient')}",
    )


def _count(n: int, word: str) -> str:
    plural = "people" if word == "person" else word + "s"
    return f"{n} {word if n == 1 else plural}"


def _row(m: Movement, arriving: bool) -> list[list[Text]]:
    when = [Text(m.at.strftime("%H:%M"), bold=True)]
    if m.at_there is not None:  # the time the ticket and the airport's boards show
        when.append(Text(f"{m.at_there:%H:%M} local {m.place or ''}".strip(), small=True))
        if m.at_there.date() != m.at.date():
            there = format_date(m.at_there.date(), "EEE dd MMM", locale=_LOCALE)
            when.append(Text(f"({there} there)", small=True))
    route = [Text(m.number or (m.mode.value if m.mode else "—"), bold=True)]
    ends = (m.other_end, m.place) if arriving else (m.place, m.other_end)
    route.append(Text(" → ".join(e or "?" for e in ends), small=True))
    patient = [Text(f"{m.family_name.upper()}, {m.given_name}", bold=True)]
    if m.native_name:
        patient.append(Text(m.native_name))
    if m.companions:
        patient.append(Text(f"+ {m.companions} travelling with them", small=True))
    language = [Text(language_english_name(m.language) or "—")]
    if m.interpreter_needed:
        language.append(Text("interpreter", bold=True))
    pickup: list[Text] = []
    if m.pickup_by:
        pickup.append(Text(m.pickup_by, bold=True))
    elif arriving:
        pickup.append(Text("not booked", bold=True))
    if m.meeting_point:
        pickup.append(Text(m.meeting_point, small=True))
    if m.pickup_at is not None:
        pickup.append(Text(f"at {m.pickup_at:%H:%M}", small=True))
    return [
        when,
        route,
        patient,
        language,
        [Text(m.phone or "—")],
        pickup or [Text("—")],
        _address(m.stay_address),
    ]


def _address(text: str | None) -> list[Text]:
    """ "Onyx Hotel, 155 Portland St (room 826)": the hotel's name, then the rest below."""
    if not text:
        return [Text("—")]
    name, _sep, rest = text.partition(", ")
    return [Text(name)] + ([Text(rest, small=True)] if rest else [])
