"""The arrivals sheet and the departures sheet of a day: who lands (or leaves) when, who picks
them up, where they stay, who needs an interpreter on arrival.

    sheet = arrivals_on(dt.date(2026, 11, 29))        # in time order, office time
    sheet[0].at, sheet[0].number, sheet[0].pickup_by
    departures_on(dt.date(2026, 12, 4))

A day is the office's local day: a flight that lands at 00:40 office time belongs to the next
day's sheet, whatever date the ticket printed in the airport's own zone (a flight into Chicago
at 23:30 is on the next day's sheet of an office in New York). Minimum necessary: the sheet is
for the people meeting the patient: names, party size, language, phone, flight and hotel; no
MRN, no diagnosis, no department.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import fn

from frontdesk.names import native_full_name
from frontdesk.services.case_terms import TravelMode
from frontdesk.services.office import office_zone
from frontdesk.store.case_models import VisitTravel
from frontdesk.store.models import Companion, Patient, Visit
from frontdesk.timeutil import local_day_bounds, zone


@dataclass(frozen=True, slots=True)
class Movement:
    """One patient's arrival or departure on the sheet."""

    visit_id: int
    patient_id: int
    family_name: str
    given_name: str
    native_name: str | None
    companions: int  # travelling with the patient
    language: str | None
    interpreter_needed: bool
    phone: str | None
    at: dt.datetime  # office zone
    at_there: dt.datetime | None  # the airport's or station's local time, when its zone differs
    mode: TravelMode | None
    number: str | None
    other_end: str | None  # where from (arrivals), where to (departures)
    place: str | None  # the airport or station here
    pickup_booked: bool  # arrivals: the pickup; departures: the transfer
    pickup_by: str | None
    meeting_point: str | None
    pickup_at: dt.datetime | None  # office zone
    stay_address: str | None

    @property
    def party(self) -> int:
        return 1 + self.companions

    def as_json(self) -> dict:
        return {
            "visit_id": self.visit_id,
            "patient": {
                "family_name": self.family_name,
                "given_name": self.given_name,
                "native_name": self.native_name,
                "language": self.language,
                "interpreter_needed": self.interpreter_needed,
                "phone": self.phone,
            },
            "party": self.party,
            "at": self.at.isoformat(),
            "at_local": self.at_there.isoformat() if self.at_there else None,
            "mode": self.mode.value if self.mode else None,
            "number": self.number,
            "from_or_to": self.other_end,
            "place": self.place,
            "pickup": {
                "booked": self.pickup_booked,
                "by": self.pickup_by,
                "meeting_point": self.meeting_point,
                "at": self.pickup_at.isoformat() if self.pickup_at else None,
            },
            "stay_address": self.stay_address,
        }


def arrivals_on(day: dt.date, *, tz: dt.tzinfo | None = None) -> list[Movement]:
    return _movements(day, tz or office_zone(), arriving=True)


def departures_on(day: dt.date, *, tz: dt.tzinfo | None = None) -> list[Movement]:
    return _movements(day, tz or office_zone(), arriving=False)


def _movements(day: dt.date, tz: dt.tzinfo, *, arriving: bool) -> list[Movement]:
    start, end = local_day_bounds(day, tz)
    at = VisitTravel.arrival_at if arriving else VisitTravel.departure_at
    rows = list(
        VisitTravel.select(VisitTravel, Visit.patient)
        .join(Visit, on=Visit.id == VisitTravel.visit)
        .where((at >= start) & (at < end))
        .order_by(at, VisitTravel.id)
    )
    patient_ids = sorted({r.visit.patient_id for r in rows})
    patients = {p.id: p for p in Patient.select().where(Patient.id.in_(patient_ids or [0]))}
    companions = dict(
        Companion.select(Companion.patient, fn.COUNT(Companion.id))
        .where(Companion.patient.in_(patient_ids or [0]))
        .group_by(Companion.patient)
        .tuples()
    )
    sheet = []
    for row in rows:
        p = patients[row.visit.patient_id]
        prefix = "arrival" if arriving else "departure"
        instant = getattr(row, f"{prefix}_at")
        zone_name = getattr(row, f"{prefix}_zone")
        here = instant.astimezone(tz)
        there = instant.astimezone(zone(zone_name)) if zone_name else None
        if there is not None and there.utcoffset() == here.utcoffset():
            there = None
        mode = getattr(row, f"{prefix}_mode")
        sheet.append(
            Movement(
                visit_id=row.visit_id,
                patient_id=p.id,
                family_name=p.family_name,
                given_name=p.given_name,
                native_name=native_full_name(
                    p.native_family_name,
                    p.native_given_name,
                    language=p.preferred_language,
                    nationality=p.nationality,
                ),
                companions=companions.get(p.id, 0),
                language=p.preferred_language,
                interpreter_needed=bool(p.interpreter_needed),
                phone=p.phone,
                at=here,
                at_there=there,
                mode=TravelMode(mode) if mode else None,
                number=getattr(row, f"{prefix}_number"),
                other_end=row.arrival_from if arriving else row.departure_to,
                place=getattr(row, f"{prefix}_place"),
                pickup_booked=bool(row.pickup_booked)
                if arriving
                else bool(row.departure_transfer_by),
                pickup_by=row.pickup_by if arriving else row.departure_transfer_by,
                meeting_point=row.pickup_meeting_point if arriving else None,
                pickup_at=row.pickup_at.astimezone(tz) if arriving and row.pickup_at else None,
                stay_address=row.stay_address,
            )
        )
    return sheet
