"""Strict shape checks of FHIR R4 JSON, each failure naming its JSON path.

    >>> get_str({"status": 7}, "status", "entry[0].resource")
    Traceback (most recent call last):
    ...
    frontdesk.services.schedule_import.fhir_checks.Bad: entry[0].resource.status: 7 is not a string

Why not fhir.resources (pydantic models of every resource): validating a 10,000-appointment
bundle with it takes 9 s for the whole Bundle and about 5 s resource by resource on a 2-core
machine (benchmarks/bench_import.py), half the import's budget before a row is written, and
its errors name pydantic's locations rather than the bundle's. These checks cover what the
desk reads (types, required elements, code sets, the formats of dates and instants), and the
tests check that the sample bundles are valid for fhir.resources too.
"""

from __future__ import annotations

import datetime as dt
import re

_INSTANT = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ID = re.compile(r"^[A-Za-z0-9\-.]{1,64}$")


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


class Bad(Exception):
    def __init__(self, path: str, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = path
        self.message = message


def get_obj(parent: dict, key: str, path: str, *, required: bool = False) -> dict | None:
    value = parent.get(key)
    if value is None:
        if required:
            raise Bad(_join(path, key), "is required")
        return None
    if not isinstance(value, dict):
        raise Bad(_join(path, key), f"expected a JSON object, found {type(value).__name__}")
    return value


def get_list(parent: dict, key: str, path: str, *, required: bool = False) -> list:
    value = parent.get(key)
    if value is None:
        if required:
            raise Bad(_join(path, key), "is required (a list with at least one element)")
        return []
    if not isinstance(value, list):
        raise Bad(_join(path, key), f"expected a JSON array, found {type(value).__name__}")
    if required and not value:
        raise Bad(_join(path, key), "is empty; at least one element is required")
    return value


def objects(parent: dict, key: str, path: str, *, required: bool = False):
    """(path of the element, element) for each element of a list of objects."""
    for i, item in enumerate(get_list(parent, key, path, required=required)):
        here = f"{_join(path, key)}[{i}]"
        if not isinstance(item, dict):
            raise Bad(here, f"expected a JSON object, found {type(item).__name__}")
        yield here, item


def get_str(parent: dict, key: str, path: str, *, required: bool = False) -> str | None:
    value = parent.get(key)
    if value is None:
        if required:
            raise Bad(_join(path, key), "is required")
        return None
    if not isinstance(value, str):
        raise Bad(_join(path, key), f"{value!r} is not a string")
    if not value.strip():
        raise Bad(_join(path, key), "is empty (FHIR strings are never empty; leave it out)")
    for position, char in enumerate(value, 1):  # from a JSON escape such as "\udc80"
        if "\ud800" <= char <= "\udfff":
            raise Bad(
                _join(path, key),
                f"has U+{ord(char):04X} at character {position}: half of a UTF-16 pair, "
                "not a character",
            )
    return value


def get_bool(parent: dict, key: str, path: str) -> bool | None:
    value = parent.get(key)
    if value is not None and not isinstance(value, bool):
        raise Bad(_join(path, key), f"{value!r} is not true or false")
    return value


def get_code(parent: dict, key: str, path: str, allowed, *, required: bool = False) -> str | None:
    value = get_str(parent, key, path, required=required)
    if value is not None and value not in allowed:
        raise Bad(_join(path, key), f"{value!r} is not one of {', '.join(sorted(allowed))}")
    return value


def get_id(parent: dict, path: str) -> str | None:
    value = get_str(parent, "id", path)
    if value is not None and not _ID.match(value):
        raise Bad(f"{path}.id", f"{value!r} is not a FHIR id (1-64 of A-Z a-z 0-9 - .)")
    return value


def get_instant(parent: dict, key: str, path: str) -> dt.datetime | None:
    value = get_str(parent, key, path)
    if value is None:
        return None
    if not _INSTANT.match(value):
        raise Bad(
            _join(path, key),
            f"{value!r} is not a FHIR instant (expected e.g. 2026-11-30T09:00:00-05:00, "
            "with seconds and an offset)",
        )
    try:
        return dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError as exc:
        raise Bad(_join(path, key), f"{value!r} is not a real date and time") from exc


def get_date(parent: dict, key: str, path: str) -> dt.date | None:
    value = get_str(parent, key, path)
    if value is None:
        return None
    if not _DATE.match(value):
        raise Bad(_join(path, key), f"{value!r} is not a full date (expected YYYY-MM-DD)")
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise Bad(_join(path, key), f"{value!r} is not a real date") from exc


def get_positive_int(parent: dict, key: str, path: str) -> int | None:
    value = parent.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise Bad(_join(path, key), f"{value!r} is not a positive whole number")
    return value


def concept_text(concept: dict | None, path: str) -> str | None:
    """A CodeableConcept as words: its text, else the first coding's display, else its code."""
    if concept is None:
        return None
    text = get_str(concept, "text", path)
    if text:
        return text
    for here, coding in objects(concept, "coding", path):
        label = get_str(coding, "display", here) or get_str(coding, "code", here)
        if label:
            return label
    return None


def concept_codes(concept: dict | None, path: str) -> list[str]:
    if concept is None:
        return []
    return [
        code
        for here, coding in objects(concept, "coding", path)
        if (code := get_str(coding, "code", here))
    ]


def first_concept_text(parent: dict, key: str, path: str) -> str | None:
    for here, concept in objects(parent, key, path):
        text = concept_text(concept, here)
        if text:
            return text
    return None
