"""A passport's machine-readable zone (ICAO 9303 TD3: two lines of 44 characters), read and checked.

    >>> import datetime as dt
    >>> passport = read_td3("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
    ...                     "L898902C36UTO7408122F1204159ZE184226B<<<<<10")
    >>> passport.family_name, passport.given_names, passport.passport_number
    ('ERIKSSON', 'ANNA MARIA', 'L898902C3')
    >>> passport.date_of_birth, passport.sex, passport.expiry
    (datetime.date(1974, 8, 12), 'F', datetime.date(2012, 4, 15))
    >>> passport.expired(dt.date(2026, 12, 6))
    True
    >>> read_td3("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
    ...          "L898902C37UTO7408122F1204159ZE184226B<<<<<10")
    Traceback (most recent call last):
    ...
    frontdesk.mrz.MrzError: line 2, position 10: the check digit of the passport number is 7; \
the number L898902C3 gives 6 (a misread character, or not this passport's MRZ)

Every check digit is checked (passport number, date of birth, expiry, personal number and the
composite one over the whole of line 2), and every field's characters and dates, and the
issuing state and nationality against ICAO's codes (no check digit covers them): a wrong one
refuses the whole zone with the field named, since a passport reader that misread one character
may have misread others. An expired passport is read (a patient still has to be received) and
:meth:`PassportZone.expired` says so, for the desk to warn.

What a keyboard-wedge reader types (lines ended by Enter, sometimes a tab; lower case when Caps
Lock is on) and what is pasted from a scan goes through :func:`split_lines` first.

The names are the passport's Latin names as the MRZ holds them: upper case, ``<`` read as a space
(an apostrophe or hyphen is ``<`` in the MRZ too, so ``O'NEIL`` reads ``O NEIL``); a name cut at
the end of line 1 stays cut. The native-script name is never in the MRZ.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

from frontdesk import clock
from frontdesk.errors import InputError

LINE_LENGTH = 44
_WEIGHTS = (7, 3, 1)
_ALLOWED = re.compile(r"[A-Z0-9<]*")


class MrzError(InputError):
    """The zone is not a readable TD3 passport MRZ: ``field`` names the part that is wrong."""

    def __init__(self, message: str, *, field: str, line: int, position: int | None = None):
        where = f"line {line}" if position is None else f"line {line}, position {position}"
        super().__init__(message, where=where)
        self.field = field
        self.line = line
        self.position = position


@dataclass(frozen=True, slots=True)
class PassportZone:
    document_code: str  # "P", or "P" with a type letter: "PD" (diplomatic), "PO", ...
    issuing_state: str  # ICAO code: three letters, "D" for Germany, "UTO" for the specimen
    family_name: str
    given_names: str
    passport_number: str
    nationality: str
    date_of_birth: dt.date | None  # None: unknown to the issuer ("<<<<<<" in the MRZ)
    sex: str  # F | M | X (unspecified, "<" in the MRZ)
    expiry: dt.date
    personal_number: str  # optional data: may be empty

    def expired(self, today: dt.date) -> bool:
        """A passport is valid through its expiry date."""
        return self.expiry < today

    def as_json(self, today: dt.date) -> dict:
        return {
            "document_code": self.document_code,
            "issuing_state": self.issuing_state,
            "family_name": self.family_name,
            "given_names": self.given_names,
            "passport_number": self.passport_number,
            "nationality": self.nationality,
            "date_of_birth": self.date_of_birth.isoformat() if self.date_of_birth else None,
            "sex": self.sex,
            "expiry": self.expiry.isoformat(),
            "expired": self.expired(today),
            "personal_number": self.personal_number,
        }


def check_digit(text: str) -> int:
    """ICAO 9303 part 3, 4.9: digits count as themselves, A-Z as 10-35, ``<`` as 0, weighted
    7, 3, 1 in turn, modulo 10.

    >>> check_digit("L898902C3"), check_digit("740812"), check_digit("120415")
    (6, 2, 9)
    """
    total = 0
    for index, char in enumerate(text):
        if char.isdigit():
            value = int(char)
        elif "A" <= char <= "Z":
            value = ord(char) - 55
        elif char == "<":
            value = 0
        else:
            raise ValueError(f"{char!r} is not an MRZ character")
        total += value * _WEIGHTS[index % 3]
    return total % 10


def split_lines(text: str) -> tuple[str, str]:
    """The two lines of a zone as a reader types it or a person pastes it: separated by a line
    break, a tab or spaces, or run together as 88 characters.

    >>> split_lines("p<utoeriksson<<anna<maria" + "<" * 19 + "\\r\\n" + "L" * 44 + "\\n")[0][:8]
    'P<UTOERI'
    """
    compact = text.strip().upper()
    parts = [p for p in re.split(r"\s+", compact) if p]
    if len(parts) == 1 and len(parts[0]) == 2 * LINE_LENGTH:
        return parts[0][:LINE_LENGTH], parts[0][LINE_LENGTH:]
    if len(parts) == 2:
        return parts[0], parts[1]
    raise MrzError(
        f"expected the two lines of a passport's machine-readable zone, found {len(parts)} "
        f"line{'s' if len(parts) != 1 else ''}",
        field="zone",
        line=1,
    )


def read_td3(line1: str, line2: str, *, today: dt.date | None = None) -> PassportZone:
    """The passport the two lines describe, every check digit checked; :class:`MrzError` names
    the first field that is wrong. ``today`` places two-digit years of birth in the past."""
    today = today or clock.now().date()
    first, second = line1.strip().upper(), line2.strip().upper()
    for line_number, line in ((1, first), (2, second)):
        _check_characters(line_number, line)
    if first[0] != "P":
        raise MrzError(
            f"a passport's zone starts with P; this one starts with {first[0]} "
            "(an identity card or a visa, not a passport)",
            field="document code",
            line=1,
            position=1,
        )
    family, given = _names(first[5:])
    number = _checked(second, 0, 9, "passport number")
    birth_field = _checked(second, 13, 6, "date of birth", allow_unknown=True)
    expiry_field = _checked(second, 21, 6, "expiry date")
    personal = _checked(second, 28, 14, "personal number", allow_unknown=True)
    _check_composite(second)
    sex = second[20]
    if sex not in "FMX<":
        raise MrzError(f"sex is F, M or <, not {sex}", field="sex", line=2, position=21)
    birth = _date(birth_field, "date of birth", 14, today=today, past=True)
    expiry = _date(expiry_field, "expiry date", 22, today=today, past=False)
    assert expiry is not None  # an unknown expiry has no valid check digit
    return PassportZone(
        document_code=first[:2].rstrip("<"),
        issuing_state=_state(first[2:5], "issuing state", 1, 3),
        family_name=family,
        given_names=given,
        passport_number=number.rstrip("<"),
        nationality=_state(second[10:13], "nationality", 2, 11),
        date_of_birth=birth,
        sex="X" if sex == "<" else sex,
        expiry=expiry,
        personal_number=personal.rstrip("<"),
    )


def _check_characters(number: int, line: str) -> None:
    if len(line) != LINE_LENGTH:
        raise MrzError(
            f"a passport's MRZ line has {LINE_LENGTH} characters; this one has {len(line)}",
            field="zone",
            line=number,
        )
    match = _ALLOWED.match(line)
    end = match.end() if match else 0
    if end != LINE_LENGTH:
        raise MrzError(
            f"{line[end]!r} is not an MRZ character (A-Z, 0-9 and < only)",
            field="zone",
            line=number,
            position=end + 1,
        )


def _checked(line: str, start: int, length: int, field: str, *, allow_unknown=False) -> str:
    value, digit = line[start : start + length], line[start + length]
    if allow_unknown and digit == "<" and set(value) == {"<"}:
        return value  # optional data left empty (personal number), or a birth date unknown
    expected = check_digit(value)
    if digit != str(expected):
        shown = value.rstrip("<") or "(empty)"
        raise MrzError(
            f"the check digit of the {field} is {digit}; the {_noun(field)} {shown} gives "
            f"{expected} (a misread character, or not this passport's MRZ)",
            field=field,
            line=2,
            position=start + length + 1,
        )
    return value


def _noun(field: str) -> str:
    return "number" if field.endswith("number") else "date"


def _check_composite(line: str) -> None:
    covered = line[0:10] + line[13:20] + line[21:43]
    expected = check_digit(covered)
    if line[43] != str(expected):
        raise MrzError(
            f"the composite check digit (over the passport number, date of birth, expiry and "
            f"personal number) is {line[43]}; line 2 gives {expected}",
            field="composite check digit",
            line=2,
            position=44,
        )


def _date(text: str, field: str, position: int, *, today: dt.date, past: bool) -> dt.date | None:
    if set(text) == {"<"}:
        return None
    if not text.isdigit():
        raise MrzError(f"{text} is not a date (YYMMDD)", field=field, line=2, position=position)
    year, month, day = int(text[:2]), int(text[2:4]), int(text[4:])
    try:
        date = dt.date(2000 + year, month, day)
        # a date of birth is never in the future; an expiry is at most 50 years ahead
        too_late = date > today if past else date.year > today.year + 50
        if too_late:
            date = dt.date(1900 + year, month, day)
    except ValueError:  # 29 February of 1900 included
        raise MrzError(
            f"{text} is not a date (YYMMDD)", field=field, line=2, position=position
        ) from None
    return date


def _state(code: str, field: str, line: int, position: int) -> str:
    """A state code ICAO 9303 part 3 knows: no check digit covers the issuing state or the
    nationality, so a misread one (SA0 for SAU) is caught here or nowhere."""
    state = code.rstrip("<")
    if not state or not state.isalpha() or "<" in state:
        raise MrzError(f"{code} is not a state code", field=field, line=line, position=position)
    if state not in _known_states():
        raise MrzError(
            f"{state} is not a state code of ICAO 9303 (a misread character?)",
            field=field,
            line=line,
            position=position,
        )
    return state


# ICAO 9303 part 3's codes beside ISO 3166-1 alpha-3: Germany's D, the specimen's Utopia,
# British nationals' categories, the United Nations and its agencies, stateless persons and
# refugees, Kosovo, the European Union, and other issuing organisations.
_ICAO_CODES = frozenset(
    [
        "D",
        "UTO",
        "GBD",
        "GBN",
        "GBO",
        "GBP",
        "GBS",
        "UNA",
        "UNK",
        "UNO",
        "XBA",
        "XIM",
        "XCC",
        "XCE",
        "XCO",
        "XEC",
        "XPO",
        "XES",
        "XMP",
        "XOM",
        "XDC",
        "XXA",
        "XXB",
        "XXC",
        "XXX",
        "EUE",
        "RKS",
        "XKX",
        "ZIM",
    ]
)


@cache
def _known_states() -> frozenset[str]:
    import pycountry

    iso = {c.alpha_3 for c in pycountry.countries}
    historic = {c.alpha_3 for c in pycountry.historic_countries if hasattr(c, "alpha_3")}
    return frozenset(iso | historic | _ICAO_CODES)


def _names(zone: str) -> tuple[str, str]:
    family, _, given = zone.partition("<<")
    if not family.strip("<") and not given.strip("<"):
        raise MrzError("the name is empty", field="name", line=1, position=6)
    return _spaced(family), _spaced(given)


def _spaced(part: str) -> str:
    return " ".join(w for w in part.split("<") if w)
