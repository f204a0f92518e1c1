"""An office's opening hours in the words of a page's language.

    >>> from babel import Locale
    >>> opening_hours("Mon-Fri 08:00-17:00; Sat 9:00-13:00", Locale.parse("es"))
    'lun–vie 8:00–17:00; sáb 9:00–13:00'
    >>> opening_hours("Mon–Fri 7:30–18:00", Locale.parse("en"))
    'Mon–Fri 7:30\\u202fAM–6:00\\u202fPM'
    >>> opening_hours("by appointment", Locale.parse("fr")) is None
    True

The office writes its hours once, in the form the interpreter roster uses ("Mon-Fri
08:00-17:00; Sat 09:00-13:00", with hyphens or dashes); each page says them with CLDR's day
names and time format (Babel). Text in another form cannot be translated: None, and the page
prints it as written (an office that writes its hours freely can set them per language).
"""

from __future__ import annotations

import datetime as dt
import re

from babel import Locale
from babel.dates import format_time, get_day_names

_DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_SPAN = re.compile(
    r"^\s*(?P<first>[A-Za-z]{3})[a-z]*\.?(?:\s*[-–]\s*(?P<last>[A-Za-z]{3})[a-z]*\.?)?\s+"
    r"(?P<start>\d{1,2}[:.]\d{2})\s*[-–]\s*(?P<end>\d{1,2}[:.]\d{2})\s*$"
)


def _time(text: str, locale: Locale) -> str:
    hours, minutes = (int(part) for part in re.split(r"[:.]", text))
    return format_time(dt.time(hours % 24, minutes), "short", locale=locale)


def opening_hours(text: str, locale: Locale) -> str | None:
    """``text`` said in ``locale``, or None when it is not in the form above."""
    names = get_day_names("abbreviated", locale=locale, context="stand-alone")
    spans = []
    for part in re.split(r"[;,]", text):
        if not part.strip():
            continue
        found = _SPAN.match(part)
        if not found or found["first"].lower() not in _DAYS:
            return None
        if found["last"] and found["last"].lower() not in _DAYS:
            return None
        days = names[_DAYS.index(found["first"].lower())]
        if found["last"]:
            days += "–" + names[_DAYS.index(found["last"].lower())]
        spans.append(f"{days} {_time(found['start'], locale)}–{_time(found['end'], locale)}")
    return "; ".join(spans) or None
