"""Airports by IATA code: their time zone, name and city (from the airportsdata package).

    >>> airport("bos").zone, airport("RUH").city
    ('America/New_York', 'Riyadh')
    >>> airport("XXQ") is None
    True

A flight's times are printed on the ticket in each airport's local time: the coordinator types
them as they are, with the airport's code, and the zone comes from here. airportsdata (MIT,
updated monthly from OurAirports and others) is read once, on first use (a quarter second).
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from functools import cache

_IATA = re.compile(r"^[A-Za-z]{3}$")
_LOCK = threading.Lock()


@dataclass(frozen=True, slots=True)
class Airport:
    code: str
    name: str
    city: str
    country: str  # ISO 3166-1 alpha-2
    zone: str  # IANA


@cache
def _table() -> dict:
    import airportsdata

    with _LOCK:
        return airportsdata.load("IATA")


def is_airport_code(text: str | None) -> bool:
    return bool(text and _IATA.match(text.strip()))


def airport(code: str | None) -> Airport | None:
    if code is None or not is_airport_code(code):
        return None
    row = _table().get(code.strip().upper())
    if row is None or not row.get("tz"):
        return None
    return Airport(row["iata"], row["name"], row["city"], row["country"], row["tz"])
