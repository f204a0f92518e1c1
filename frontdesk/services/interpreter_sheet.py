"""An interpreter's day: where to be, when, for whom, in which language; nothing clinical.

    roster_line, lines = interpreter_day(interpreter_id, dt.date(2026, 11, 30))
    text = day_sheet_csv(lines)           # for the agency's e-mail, or a phone

The minimum necessary (DOMAIN.md): the patient's name (passport and own script), the time, the
place (building, floor, room) and the language, with the mode (in person, phone, video). No
MRN, no department, no clinician, no appointment type: any of them can name a condition.
Released bookings and cancelled appointments are left out.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass

from frontdesk.names import native_full_name
from frontdesk.services.case_terms import BookingStatus, InterpreterMode
from frontdesk.services.interpreter_roster import InterpreterLine, interpreter_line
from frontdesk.services.office import office_zone
from frontdesk.store import case_rows
from frontdesk.timeutil import local_day_bounds

CSV_COLUMNS = ("date", "start", "end", "place", "patient", "native_name", "language", "mode")


@dataclass(frozen=True, slots=True)
class SheetLine:
    start: dt.datetime  # office zone
    end: dt.datetime
    place: str | None
    patient: str  # FAMILY, Given (as in the passport)
    native_name: str | None
    language: str | None
    mode: InterpreterMode
    status: BookingStatus

    def as_json(self) -> dict:
        return {
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "place": self.place,
            "patient": self.patient,
            "native_name": self.native_name,
            "language": self.language,
            "mode": self.mode.value,
            "status": self.status.value,
        }


def interpreter_day(
    interpreter_id: int, day: dt.date, *, tz: dt.tzinfo | None = None
) -> tuple[InterpreterLine, list[SheetLine]]:
    tz = tz or office_zone()
    line = interpreter_line(interpreter_id)
    start, end = local_day_bounds(day, tz)
    lines = []
    for row in case_rows.interpreter_day(interpreter_id, start, end):
        _id, begins, minutes, place, appt_status, status, mode, language, *names = row
        if appt_status in ("cancelled", "no_show") or status == BookingStatus.CANCELLED.value:
            continue
        family, given, native_family, native_given = names
        local = begins.astimezone(tz)
        lines.append(
            SheetLine(
                start=local,
                end=local + dt.timedelta(minutes=minutes),
                place=place,
                patient=f"{family.upper()}, {given}",
                native_name=native_full_name(native_family, native_given, language=language),
                language=language,
                mode=InterpreterMode(mode),
                status=BookingStatus(status),
            )
        )
    return line, lines


def day_sheet_csv(lines: list[SheetLine]) -> str:
    """UTF-8 text with a header row; Excel opens it as is when written with a BOM."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for s in lines:
        writer.writerow(
            (
                s.start.date().isoformat(),
                s.start.strftime("%H:%M"),
                s.end.strftime("%H:%M"),
                s.place or ("by " + s.mode.value if s.mode != InterpreterMode.IN_PERSON else ""),
                s.patient,
                s.native_name or "",
                s.language or "",
                s.mode.value,
            )
        )
    return out.getvalue()
