"""A stay's travel: how the patient arrives (flight or train, when, where, who picks them up),
where they stay, and how they leave.

    save_travel(visit_id, {"arrival_number": "sv35", "arrival_from": "RUH",
                           "arrival_place": "BOS", "arrival_time": "2026-11-29 18:05",
                           "pickup_by": "Logan Cars", "stay_address": "Liberty Hotel"}, actor)
    travel_of(visit_id).arrival_at      # 23:05 UTC: typed in Boston's zone, stored as an instant

Times are typed as the ticket prints them, in the local time of the airport or station; the
zone comes from the airport's code (:mod:`frontdesk.airports`), else from ``arrival_zone`` /
``departure_zone``, else it is the office's. Only the fields given change; an empty value
clears one. The travel belongs to the stay's first visit (:mod:`frontdesk.services.stays`).
A new hotel also becomes the patient's local address (what the desk's panel shows) while the
stay is current or ahead.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass

from frontdesk.airports import airport
from frontdesk.errors import ConfigError, InputError
from frontdesk.services.actors import Actor
from frontdesk.services.audit import record
from frontdesk.services.case_terms import TravelMode
from frontdesk.services.office import office_zone
from frontdesk.services.patient_input import clean_text, parse_flag
from frontdesk.services.stays import case_visit, stay_of_visit
from frontdesk.store.case_models import VisitTravel
from frontdesk.store.models import Patient, database_proxy, utc_now
from frontdesk.timeutil import today, try_parse_date, zone

_FLIGHT = re.compile(r"^([A-Z0-9]{2}|[A-Z]{3})\s*-?\s*(\d{1,4}[A-Z]?)$")
_TEXT = {
    "arrival_from": 100,
    "arrival_place": 100,
    "pickup_by": 200,
    "pickup_meeting_point": 200,
    "stay_address": 500,
    "departure_place": 100,
    "departure_to": 100,
    "departure_transfer_by": 200,
    "note": 2000,
}
FIELDS = (
    "arrival_mode",
    "arrival_number",
    "arrival_from",
    "arrival_place",
    "arrival_time",
    "arrival_zone",
    "pickup_booked",
    "pickup_by",
    "pickup_meeting_point",
    "pickup_time",
    "stay_address",
    "stay_check_in",
    "stay_check_out",
    "departure_mode",
    "departure_number",
    "departure_place",
    "departure_to",
    "departure_time",
    "departure_zone",
    "departure_transfer_by",
    "note",
)


@dataclass(frozen=True, slots=True)
class Travel:
    visit_id: int  # the stay's first visit
    arrival_mode: TravelMode | None
    arrival_number: str | None
    arrival_from: str | None
    arrival_place: str | None
    arrival_at: dt.datetime | None  # UTC
    arrival_zone: str | None
    pickup_booked: bool
    pickup_by: str | None
    pickup_meeting_point: str | None
    pickup_at: dt.datetime | None
    stay_address: str | None
    stay_check_in: dt.date | None
    stay_check_out: dt.date | None
    departure_mode: TravelMode | None
    departure_number: str | None
    departure_place: str | None
    departure_to: str | None
    departure_at: dt.datetime | None
    departure_zone: str | None
    departure_transfer_by: str | None
    note: str | None

    def as_json(self, tz: dt.tzinfo) -> dict:
        def local(instant, zone_name):
            if instant is None:
                return None, None
            there = instant.astimezone(zone(zone_name)) if zone_name else None
            return instant.astimezone(tz).isoformat(), there.isoformat() if there else None

        arrival, arrival_there = local(self.arrival_at, self.arrival_zone)
        departure, departure_there = local(self.departure_at, self.departure_zone)
        return {
            "arrival": {
                "mode": self.arrival_mode.value if self.arrival_mode else None,
                "number": self.arrival_number,
                "from": self.arrival_from,
                "place": self.arrival_place,
                "at": arrival,
                "at_local": arrival_there,
                "zone": self.arrival_zone,
            },
            "pickup": {
                "booked": self.pickup_booked,
                "by": self.pickup_by,
                "meeting_point": self.pickup_meeting_point,
                "at": self.pickup_at.astimezone(tz).isoformat() if self.pickup_at else None,
            },
            "stay": {
                "address": self.stay_address,
                "check_in": self.stay_check_in.isoformat() if self.stay_check_in else None,
                "check_out": self.stay_check_out.isoformat() if self.stay_check_out else None,
            },
            "departure": {
                "mode": self.departure_mode.value if self.departure_mode else None,
                "number": self.departure_number,
                "place": self.departure_place,
                "to": self.departure_to,
                "at": departure,
                "at_local": departure_there,
                "zone": self.departure_zone,
                "transfer_by": self.departure_transfer_by,
            },
            "note": self.note,
        }


def travel_of(visit_id: int) -> Travel | None:
    row = VisitTravel.get_or_none(VisitTravel.visit == case_visit(stay_of_visit(visit_id)))
    return _travel(row) if row else None


def _travel(row: VisitTravel) -> Travel:
    values = {name: getattr(row, name) for name in Travel.__slots__ if name != "visit_id"}
    for name in ("arrival_mode", "departure_mode"):
        values[name] = TravelMode(values[name]) if values[name] else None
    values["pickup_booked"] = bool(values["pickup_booked"])
    return Travel(visit_id=row.visit_id, **values)


def flight_number(text: str | None) -> str | None:
    """``sv35`` -> ``SV 35``; what is not a flight number (a train's name) stays as typed.

    >>> flight_number("ek 237"), flight_number("Acela 2153")
    ('EK 237', 'Acela 2153')
    """
    if text is None:
        return None
    found = _FLIGHT.match(text.strip().upper())
    return f"{found[1]} {found[2]}" if found else text.strip()


def clean_travel(fields: Mapping[str, object], office: dt.tzinfo) -> dict:
    """The model's values for the fields given (validated; empty clears). Raises
    :class:`InputError` naming the field."""
    unknown = sorted(set(fields) - set(FIELDS))
    if unknown:
        raise InputError(f"unknown travel field(s): {', '.join(unknown)}")
    out: dict = {}
    for name, limit in _TEXT.items():
        if name in fields:
            out[name] = clean_text(_str(fields[name]), name, required=False, limit=limit)
    for name in ("arrival_place", "departure_place", "arrival_from", "departure_to"):
        if out.get(name) and airport(out[name]) is not None:
            out[name] = out[name].upper()
    for prefix in ("arrival", "departure"):
        if f"{prefix}_number" in fields:
            text = clean_text(
                _str(fields[f"{prefix}_number"]), f"{prefix}_number", required=False, limit=32
            )
            out[f"{prefix}_number"] = flight_number(text)
        if f"{prefix}_mode" in fields:
            out[f"{prefix}_mode"] = _mode(fields[f"{prefix}_mode"], f"{prefix}_mode")
        elif out.get(f"{prefix}_place") and airport(out[f"{prefix}_place"]) is not None:
            out[f"{prefix}_mode"] = TravelMode.FLIGHT.value
        if f"{prefix}_time" in fields or f"{prefix}_zone" in fields:
            place = out.get(f"{prefix}_place", fields.get(f"{prefix}_place"))
            instant, zone_name = _instant(
                fields.get(f"{prefix}_time"), fields.get(f"{prefix}_zone"), place, office, prefix
            )
            if f"{prefix}_time" in fields:
                out[f"{prefix}_at"] = instant
            out[f"{prefix}_zone"] = zone_name
    if "pickup_booked" in fields:
        out["pickup_booked"] = parse_flag(fields["pickup_booked"], "pickup_booked")
    if "pickup_time" in fields:
        place = out.get("arrival_place", fields.get("arrival_place"))
        out["pickup_at"], _ = _instant(
            fields["pickup_time"], fields.get("arrival_zone"), place, office, "pickup"
        )
    for name in ("stay_check_in", "stay_check_out"):
        if name in fields:
            out[name] = _date(fields[name], name)
    if out.get("pickup_by") and "pickup_booked" not in fields:
        out["pickup_booked"] = True  # naming the driver is booking the pickup
    return out


def save_travel(
    visit_id: int, fields: Mapping[str, object], actor: Actor
) -> tuple[Travel, list[str]]:
    """Change the stay's travel (only the fields given); returns it and the fields changed."""
    tz = office_zone()
    values = clean_travel(fields, tz)
    with database_proxy.atomic():
        stay = stay_of_visit(visit_id)
        carrier = case_visit(stay)
        row = VisitTravel.get_or_none(VisitTravel.visit == carrier)
        if row is None:
            changed = sorted(n for n, v in values.items() if v not in (None, False))
        else:
            changed = sorted(n for n, v in values.items() if getattr(row, n) != v)
        merged = {n: getattr(row, n) for n in _COLUMNS} if row else {}
        merged.update(values)
        _check_order(merged)
        if not changed:
            return travel_of(visit_id), []
        stamp = {
            "updated_by": actor.staff.id if actor.staff else None,
            "updated_station": actor.station.id if actor.station else None,
            "updated_at": utc_now(),
        }
        if row is None:
            VisitTravel.create(visit=carrier, **values, **stamp)
        else:
            VisitTravel.update(**values, **stamp).where(VisitTravel.id == row.id).execute()
        address_follows = (
            "stay_address" in changed and values["stay_address"] and stay.last_day >= today(tz)
        )
        if address_follows:
            Patient.update(local_address=values["stay_address"], updated_at=utc_now()).where(
                Patient.id == stay.patient_id
            ).execute()
        record(
            actor,
            "travel.update",
            "visit",
            carrier,
            fields=changed,
            patient_address=bool(address_follows),
        )
        if address_follows:
            record(
                actor,
                "patient.update",
                "patient",
                stay.patient_id,
                fields=["local_address"],
            )
    return travel_of(visit_id), changed


_COLUMNS = (
    "arrival_at",
    "departure_at",
    "stay_check_in",
    "stay_check_out",
    "pickup_at",
)


def _check_order(values: dict) -> None:
    arrival, departure = values.get("arrival_at"), values.get("departure_at")
    if arrival and departure and departure < arrival:
        raise InputError("the departure is before the arrival", where="departure_time")
    check_in, check_out = values.get("stay_check_in"), values.get("stay_check_out")
    if check_in and check_out and check_out < check_in:
        raise InputError("the check-out is before the check-in", where="stay_check_out")


def _str(value: object) -> str | None:
    return None if value is None else str(value)


def _mode(value: object, field: str) -> str | None:
    text = (_str(value) or "").strip().lower()
    if not text:
        return None
    try:
        return TravelMode(text).value
    except ValueError:
        raise InputError(f"{value!r} is not flight, train or road", where=field) from None


def _date(value: object, field: str) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    text = (_str(value) or "").strip()
    if not text:
        return None
    parsed = try_parse_date(text)
    if parsed is None:
        raise InputError(f"{text!r} is not a date (expected YYYY-MM-DD)", where=field)
    return parsed


def _instant(value, zone_name, place, office: dt.tzinfo, prefix: str):
    """(UTC instant, zone name) of a local time typed at ``place``."""
    field = f"{prefix}_time"
    name = (_str(zone_name) or "").strip() or None
    if name is None and place:
        found = airport(str(place))
        name = found.zone if found else None
    try:
        tz = zone(name) if name else office
    except ConfigError as exc:
        raise InputError(exc.message, where=f"{prefix}_zone") from None
    if isinstance(value, dt.datetime):
        moment = value
    else:
        text = (_str(value) or "").strip()
        if not text:
            return None, name
        try:
            moment = dt.datetime.fromisoformat(text.replace(" ", "T", 1))
        except ValueError:
            raise InputError(
                f"{text!r} is not a date and time (expected YYYY-MM-DD HH:MM, local time at "
                "the airport or station)",
                where=field,
            ) from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=tz)
    if not 2000 <= moment.year <= 2200:
        raise InputError(f"{moment:%Y-%m-%d} is not a plausible date", where=field)
    return moment.astimezone(dt.UTC), name or getattr(office, "key", None)
