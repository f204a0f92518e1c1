"""Reading fields out of one HL7 v2 message: values, names, times, durations.

    >>> text = "MSH|^~\\\\&|X\\rPID|1||M1^^^H^MR~P9^^^SAU^PPN||Kim^Min\\\\T\\\\Jun"
    >>> fields = Fields(text, "utf-8")
    >>> pid = fields.first("PID")
    >>> fields.value(pid, 5, 2), [(r[0][0], r[4][0]) for r in fields.reps(pid, 3)]
    ('Min&Jun', [('M1', 'MR'), ('P9', 'PPN')])
    >>> parse_dtm("202611300930-0500", ZoneInfo("UTC"), "SCH-11.4").isoformat()
    '2026-11-30T09:30:00-05:00'

The message is held as python-hl7 parses it (segments, fields, repetitions, components,
subcomponents, MSH-1 and MSH-2 kept whole), but as plain lists: python-hl7's own parser builds
a container object and a parse plan per piece, a millisecond per message, eleven seconds for a
day's 10,000-appointment export. The split here is the same (``tests/unit/test_hl7_split.py``
proves it against ``hl7.parse`` on every sample and on generated messages); escape sequences are
undone by python-hl7's ``unescape`` with the delimiters the message declares in MSH-2.
``\\X..\\`` bytes are decoded with the message's character set (python-hl7 alone would take each
byte for a Latin-1 letter), and a malformed escape is an error rather than silently dropped.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import re
from zoneinfo import ZoneInfo  # noqa: F401  (the doctest above)

import hl7

from frontdesk.errors import InputError

_DTM = re.compile(r"^(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(?:\.\d{1,4})?([+-]\d{4})?$")
_UNITS = {
    "min": 1,
    "mins": 1,
    "minute": 1,
    "minutes": 1,
    "m": 1,
    "h": 60,
    "hr": 60,
    "hrs": 60,
    "hour": 60,
    "hours": 60,
    "s": 1 / 60,
    "sec": 1 / 60,
    "second": 1 / 60,
    "seconds": 1 / 60,
    "d": 1440,
    "day": 1440,
}


class _AppMap(dict):
    """python-hl7's hook for escapes it does not know: hex bytes in the message's character
    set, and highlighting on/off (nothing, rather than python-hl7's default underscore)."""

    def __init__(self, codec: str) -> None:
        super().__init__()
        self.codec = codec

    def __bool__(self) -> bool:
        return True

    def __contains__(self, value: object) -> bool:
        return isinstance(value, str) and (value in ("H", "N") or value.startswith("X"))

    def __getitem__(self, value: str) -> str:
        if value in ("H", "N"):
            return ""
        return bytes.fromhex(value[1:]).decode(self.codec)


class Fields:
    def __init__(self, text: str, codec: str) -> None:
        msh = text[:3]
        if msh not in ("MSH", "BHS", "FHS"):
            raise InputError(f"the message starts with {msh!r}, not MSH", where="MSH")
        field_sep = text[3]
        encoding = text[4 : text.find(field_sep, 4)]
        component, repetition, esc, sub = (encoding + "^~\\&"[len(encoding) :])[:4]
        self.esc = esc
        self.separators = "\r" + field_sep + repetition + component + sub
        # python-hl7's Message is what knows the escapes of these delimiters.
        self._unescaper = hl7.Message(separators=self.separators, esc=esc)
        self.app_map = _AppMap(codec)
        self._escape = _escape_pattern(esc)
        self.segments: list[list[str]] = []  # [segment id, raw field 1, raw field 2, ...]
        self._by_id: dict[str, list] = {}
        for number, line in enumerate(text.strip().split("\r")):
            pieces = line.split(field_sep)
            if number == 0:  # MSH-1 is the separator itself, MSH-2 the encoding characters
                pieces = [pieces[0], field_sep, *pieces[1:]]
            self.segments.append(pieces)
            self._by_id.setdefault(pieces[0], []).append(pieces)
        self._msh = self.segments[0]
        self._split: dict[tuple[int, int], list] = {}

    def all(self, segment_id: str) -> list:
        return self._by_id.get(segment_id, [])

    def first(self, segment_id: str):
        found = self._by_id.get(segment_id)
        return found[0] if found else None

    def reps(self, segment, number: int) -> list[list[list[str]]]:
        """Field ``number`` as repetitions of components of subcomponents (raw text), split
        when asked for: most fields of a message are empty or not read."""
        if segment is None or number >= len(segment) or not segment[number]:
            return []
        key = (id(segment), number)
        found = self._split.get(key)
        if found is None:
            raw = segment[number]
            if segment is self._msh and number in (1, 2):
                found = [[[raw]]]
            else:
                rep, comp, sub = self.separators[2], self.separators[3], self.separators[4]
                found = [[c.split(sub) for c in r.split(comp)] for r in raw.split(rep)]
            self._split[key] = found
        return found

    def structure(self) -> list[list]:
        """Every segment fully split, as python-hl7 splits it (for the tests that prove it)."""
        return [[seg[0], *(self.reps(seg, n) or [[[""]]] for n in range(1, len(seg)))]
                for seg in self.segments]  # fmt: skip

    def value(self, segment, number: int, comp: int = 1, sub: int = 1, rep: int = 1) -> str:
        raw = pick(self.reps(segment, number), rep, comp, sub)
        if self.esc not in raw:  # the common case, without naming the place
            return raw.strip()
        return self.text(raw, f"{segment[0]}-{number}")

    def text(self, raw: str, place: str) -> str:
        if self.esc not in raw:
            return raw.strip()
        rest = self._escape.sub("", raw)
        if self.esc in rest:
            raise InputError(
                f"{raw!r} has a malformed escape sequence (expected \\F\\, \\S\\, \\T\\, \\R\\, "
                "\\E\\, \\Xhh..\\ and the like, each closed by the escape character)",
                where=place,
            )
        try:
            return self._unescaper.unescape(raw, app_map=self.app_map).strip()
        except (UnicodeDecodeError, ValueError) as exc:
            raise InputError(
                f"{raw!r} has hex bytes that are not {self.app_map.codec}", where=place
            ) from exc


@functools.cache
def _escape_pattern(esc: str) -> re.Pattern:
    e = re.escape(esc)
    body = (
        r"(F|S|T|R|E|H|N|X(?:[0-9A-Fa-f]{2})+|Z[^" + e + r"]*|"
        r"\.(?:br|sp\d*|fi|nf|in[+-]?\d*|ti[+-]?\d*|sk[+-]?\d*|ce))"
    )
    return re.compile(e + body + e)


def pick(reps: list[list[list[str]]], rep: int = 1, comp: int = 1, sub: int = 1) -> str:
    try:
        return reps[rep - 1][comp - 1][sub - 1]
    except IndexError:
        return ""


def parse_dtm(text: str, tz: dt.tzinfo, place: str, *, need_time: bool = True) -> dt.datetime:
    """An HL7 DTM (YYYYMMDDHHMM[SS[.S]][+/-ZZZZ]); without an offset, the office's zone."""
    match = _DTM.match(text.strip())
    if not match or (need_time and match.group(5) is None):
        expected = "YYYYMMDDHHMM[SS][+/-ZZZZ]" if need_time else "YYYYMMDD"
        raise InputError(f"{text!r} is not an HL7 date and time (expected {expected})", where=place)
    year, month, day, hour, minute, second, offset = match.groups()
    zone: dt.tzinfo = tz
    if offset:
        hours, minutes = int(offset[1:3]), int(offset[3:5])
        if hours > 14 or minutes > 59:
            raise InputError(f"{offset!r} is not a UTC offset (-1200 to +1400)", where=place)
        sign = -1 if offset[0] == "-" else 1
        zone = dt.timezone(sign * dt.timedelta(hours=hours, minutes=minutes))
    try:
        return dt.datetime(
            int(year),
            int(month or 1),
            int(day or 1),
            int(hour or 0),
            int(minute or 0),
            int(second or 0),
            tzinfo=zone,
        )
    except ValueError as exc:
        raise InputError(f"{text!r} is not a real date and time ({exc})", where=place) from exc


def parse_birth_date(text: str, place: str) -> dt.date | None:
    if not text:
        return None
    match = _DTM.match(text)
    if not match or match.group(3) is None:
        raise InputError(f"{text!r} is not a date of birth (expected YYYYMMDD)", where=place)
    try:
        return dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError as exc:
        raise InputError(f"{text!r} is not a real date ({exc})", where=place) from exc


def minutes(quantity: str, unit: str, place: str) -> int | None:
    """A duration as a quantity and a unit (``30`` ``min``; ``1`` ``h``), in whole minutes."""
    if not quantity:
        return None
    try:
        amount = float(quantity)
    except ValueError as exc:
        raise InputError(f"{quantity!r} is not a number", where=place) from exc
    if not math.isfinite(amount) or not 0 <= amount <= 1e6:
        raise InputError(f"{quantity!r} is not a duration (expected e.g. 30)", where=place)
    factor = _UNITS.get((unit or "min").strip().lower())
    if factor is None:
        raise InputError(
            f"{unit!r} is not a unit of time (expected min, h, s or d)", where=place + " units"
        )
    return max(1, round(amount * factor))


def tq_duration(text: str, place: str) -> int | None:
    """The duration of a TQ (SCH-11.3): S30, M30, H1, D1, or INDEF."""
    text = text.strip().upper()
    if not text or text == "INDEF":
        return None
    unit = {"S": "s", "M": "min", "H": "h", "D": "d"}.get(text[0])
    if unit is None:
        return minutes(text, "min", place)
    return minutes(text[1:], unit, place)
