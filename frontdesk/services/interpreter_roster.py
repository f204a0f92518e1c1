"""The interpreter roster: staff and agency interpreters, their languages, hours and days off.

    line = add_interpreter(InterpreterInput(name="Nadia Haddad", languages="ar, fr",
                                            hours="Mon-Fri 08:00-17:00"), actor)
    add_absence(line.id, dt.date(2026, 12, 24), dt.date(2026, 12, 26), actor, reason="leave")
    list_interpreters(language="ar")       # who speaks Arabic, staff first
    find_interpreter("nadia haddad")       # by name (any case) or by id

Every change needs a desk role (reception, supervisor or admin; a door account is refused once
the office signs staff in) and is audited. Working hours are in the office's local time, one
span a weekday (``"Mon-Fri 08:00-17:00; Sat 09:00-13:00"``); an interpreter with no hours (an
agency on call) is available whenever booked. Interpreters are never deleted: bookings refer
to them.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from peewee import IntegrityError

from frontdesk.errors import InputError, NotFound
from frontdesk.language_tags import canonical_tag, primary_language
from frontdesk.services.actors import Actor
from frontdesk.services.audit import record
from frontdesk.services.case_terms import InterpreterKind
from frontdesk.services.patient_input import clean_text, normalise_phone
from frontdesk.services.roles import Permission, require
from frontdesk.store.case_models import (
    Interpreter,
    InterpreterAbsence,
    InterpreterHours,
    InterpreterLanguage,
)
from frontdesk.store.models import database_proxy, utc_now

WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_SPAN = re.compile(
    r"^\s*(?P<d1>[A-Za-z]{3})(?:\s*-\s*(?P<d2>[A-Za-z]{3}))?\s+"
    r"(?P<h1>\d{1,2}):(?P<m1>\d{2})\s*-\s*(?P<h2>\d{1,2}):(?P<m2>\d{2})\s*$"
)

Hours = tuple[tuple[int, int, int], ...]  # (weekday, starts_min, ends_min)


def parse_hours(text: str | None) -> Hours:
    """``"Mon-Fri 08:00-17:00; Sat 09:00-13:00"`` -> ((0, 480, 1020), ..., (5, 540, 780)).

    >>> parse_hours("Mon-Wed 8:00-12:30")
    ((0, 480, 750), (1, 480, 750), (2, 480, 750))
    >>> parse_hours("")
    ()
    """
    spans: dict[int, tuple[int, int, int]] = {}
    for part in re.split(r"[;,]", text or ""):
        if not part.strip():
            continue
        found = _SPAN.match(part)
        if not found:
            raise InputError(
                f"{part.strip()!r} is not a span of working hours (expected e.g. "
                "'Mon-Fri 08:00-17:00; Sat 09:00-13:00')",
                where="hours",
            )
        first = _weekday(found["d1"])
        last = _weekday(found["d2"]) if found["d2"] else first
        starts = int(found["h1"]) * 60 + int(found["m1"])
        ends = int(found["h2"]) * 60 + int(found["m2"])
        if not (0 <= starts < ends <= 24 * 60) or int(found["m1"]) > 59 or int(found["m2"]) > 59:
            raise InputError(
                f"{part.strip()!r}: the hours must run forward within a day", where="hours"
            )
        days = range(first, last + 1) if first <= last else [*range(first, 7), *range(last + 1)]
        for day in days:
            spans[day] = (day, starts, ends)
    return tuple(spans[d] for d in sorted(spans))


def format_hours(hours: Hours) -> str:
    """The inverse of :func:`parse_hours`, runs of days with the same span joined.

    >>> format_hours(parse_hours("Mon-Fri 08:00-17:00; Sat 09:00-13:00"))
    'Mon-Fri 08:00-17:00; Sat 09:00-13:00'
    """
    parts: list[str] = []
    i = 0
    while i < len(hours):
        j = i
        while (
            j + 1 < len(hours)
            and hours[j + 1][0] == hours[j][0] + 1
            and hours[j + 1][1:] == hours[i][1:]
        ):
            j += 1
        days = WEEKDAYS[hours[i][0]] + (f"-{WEEKDAYS[hours[j][0]]}" if j > i else "")
        starts, ends = hours[i][1], hours[i][2]
        parts.append(
            f"{days} {starts // 60:02d}:{starts % 60:02d}-{ends // 60:02d}:{ends % 60:02d}"
        )
        i = j + 1
    return "; ".join(parts)


def _weekday(text: str) -> int:
    try:
        return [d.lower() for d in WEEKDAYS].index(text.lower())
    except ValueError:
        raise InputError(f"{text!r} is not a weekday (Mon, Tue, ... Sun)", where="hours") from None


@dataclass
class InterpreterInput:
    name: str
    languages: str | list[str]  # "ar, fr" or ["ar", "fr"]
    kind: str = "staff"
    agency: str | None = None
    native_name: str | None = None
    phone: str | None = None
    email: str | None = None
    base: str | None = None  # the building where they start the day
    hours: str | None = None

    def validated(self) -> tuple[InterpreterInput, list[str], Hours]:
        tags = self.languages if isinstance(self.languages, list) else self.languages.split(",")
        languages = sorted({canonical_tag(t, "languages") for t in tags if t.strip()})
        if not languages:
            raise InputError("an interpreter needs at least one language", where="languages")
        try:
            kind = InterpreterKind(self.kind.strip().lower())
        except ValueError:
            raise InputError(f"{self.kind!r} is not staff or agency", where="kind") from None
        clean = InterpreterInput(
            name=clean_text(self.name, "name", required=True) or "",
            languages=languages,
            kind=kind.value,
            agency=clean_text(self.agency, "agency", required=False),
            native_name=clean_text(self.native_name, "native_name", required=False),
            phone=normalise_phone(self.phone),
            email=clean_text(self.email, "email", required=False, limit=254),
            base=clean_text(self.base, "base", required=False),
            hours=self.hours,
        )
        if clean.email is not None and "@" not in clean.email:
            raise InputError(f"{clean.email!r} is not an e-mail address", where="email")
        return clean, languages, parse_hours(self.hours)


@dataclass(frozen=True, slots=True)
class InterpreterLine:
    id: int
    name: str
    native_name: str | None
    kind: InterpreterKind
    agency: str | None
    phone: str | None
    email: str | None
    base: str | None
    active: bool
    languages: tuple[str, ...]
    hours: Hours
    absences: tuple[tuple, ...] = ()  # (first_day, last_day, reason, absence id)

    @property
    def hours_text(self) -> str:
        return format_hours(self.hours)

    def as_json(self) -> dict:
        return {
            "id": self.id,
            "name": self.name,
            "native_name": self.native_name,
            "kind": self.kind.value,
            "agency": self.agency,
            "languages": list(self.languages),
            "phone": self.phone,
            "email": self.email,
            "base": self.base,
            "hours": self.hours_text or None,
            "days_off": [
                {"first": a[0].isoformat(), "last": a[1].isoformat(), "reason": a[2]}
                for a in self.absences
            ],
            "active": self.active,
        }


def add_interpreter(details: InterpreterInput, actor: Actor) -> InterpreterLine:
    require(actor, Permission.INTERPRETERS)
    clean, languages, hours = details.validated()
    try:
        with database_proxy.atomic():
            row = Interpreter.create(
                **{
                    f: getattr(clean, f)
                    for f in ("name", "native_name", "kind", "agency", "phone", "email", "base")
                }
            )
            _write_languages_and_hours(row.id, languages, hours)
            record(
                actor,
                "interpreter.create",
                "interpreter",
                row.id,
                languages=languages,
                kind=clean.kind,
            )
    except IntegrityError:
        raise InputError(
            f"an interpreter named {clean.name!r} exists already", where="name"
        ) from None
    return interpreter_line(row.id)


def update_interpreter(interpreter_id: int, details: InterpreterInput, actor: Actor):
    """Replace the interpreter's details, languages and hours (what the form shows)."""
    require(actor, Permission.INTERPRETERS)
    clean, languages, hours = details.validated()
    with database_proxy.atomic():
        before = interpreter_line(interpreter_id)
        values = {
            f: getattr(clean, f)
            for f in ("name", "native_name", "kind", "agency", "phone", "email", "base")
        }
        changed = [f for f, v in values.items() if getattr(before, f) != v]
        if tuple(languages) != before.languages:
            changed.append("languages")
        if hours != before.hours:
            changed.append("hours")
        if not changed:
            return before
        try:
            Interpreter.update(**values, updated_at=utc_now()).where(
                Interpreter.id == interpreter_id
            ).execute()
        except IntegrityError:
            raise InputError(
                f"an interpreter named {clean.name!r} exists already", where="name"
            ) from None
        InterpreterLanguage.delete().where(
            InterpreterLanguage.interpreter == interpreter_id
        ).execute()
        InterpreterHours.delete().where(InterpreterHours.interpreter == interpreter_id).execute()
        _write_languages_and_hours(interpreter_id, languages, hours)
        record(
            actor,
            "interpreter.update",
            "interpreter",
            interpreter_id,
            fields=sorted(changed),
        )
    return interpreter_line(interpreter_id)


def set_active(interpreter_id: int, active: bool, actor: Actor) -> InterpreterLine:
    require(actor, Permission.INTERPRETERS)
    with database_proxy.atomic():
        changed = (
            Interpreter.update(active=active, updated_at=utc_now())
            .where((Interpreter.id == interpreter_id) & (Interpreter.active != active))
            .execute()
        )
        if changed:
            record(
                actor,
                "interpreter.activate" if active else "interpreter.deactivate",
                "interpreter",
                interpreter_id,
            )
    return interpreter_line(interpreter_id)


def add_absence(interpreter_id, first_day, last_day, actor: Actor, *, reason=None) -> None:
    require(actor, Permission.INTERPRETERS)
    if last_day < first_day:
        raise InputError(f"{last_day} is before {first_day}", where="days_off")
    reason = clean_text(reason, "reason", required=False)
    with database_proxy.atomic():
        interpreter_line(interpreter_id)  # exists
        row = InterpreterAbsence.create(
            interpreter=interpreter_id, first_day=first_day, last_day=last_day, reason=reason
        )
        record(
            actor,
            "interpreter.day_off",
            "interpreter",
            interpreter_id,
            absence=row.id,
            first=first_day.isoformat(),
            last=last_day.isoformat(),
        )


def remove_absence(absence_id: int, actor: Actor) -> tuple[dt.date, dt.date]:
    """Days off recorded by mistake (or no longer taken); the days they were, for the message."""
    require(actor, Permission.INTERPRETERS)
    with database_proxy.atomic():
        row = InterpreterAbsence.get_or_none(InterpreterAbsence.id == absence_id)
        if row is None:
            raise NotFound(f"no days off with id {absence_id} (removed meanwhile?)")
        row.delete_instance()
        record(
            actor,
            "interpreter.day_off_removed",
            "interpreter",
            row.interpreter_id,
            absence=absence_id,
            first=row.first_day.isoformat(),
            last=row.last_day.isoformat(),
        )
    return row.first_day, row.last_day


def _write_languages_and_hours(interpreter_id: int, languages: list[str], hours: Hours) -> None:
    InterpreterLanguage.insert_many(
        [{"interpreter": interpreter_id, "tag": tag} for tag in languages]
    ).execute()
    if hours:
        InterpreterHours.insert_many(
            [
                {"interpreter": interpreter_id, "weekday": d, "starts_min": s, "ends_min": e}
                for d, s, e in hours
            ]
        ).execute()


def list_interpreters(
    *, language: str | None = None, active_only: bool = True, ids: list[int] | None = None
) -> list[InterpreterLine]:
    """The roster (staff first, then by name); with ``language``, those who speak it (any
    variant of the same spoken language)."""
    query = Interpreter.select()
    if active_only:
        query = query.where(Interpreter.active == True)  # noqa: E712
    if ids is not None:
        query = query.where(Interpreter.id.in_(ids or [0]))
    if language:
        primary = primary_language(language)
        speakers = InterpreterLanguage.select(InterpreterLanguage.interpreter).where(
            (InterpreterLanguage.tag == primary) | InterpreterLanguage.tag.startswith(primary + "-")
        )
        query = query.where(Interpreter.id.in_(speakers))
    rows = list(query)
    found = [r.id for r in rows]
    languages: dict[int, list[str]] = {}
    hours: dict[int, list[tuple[int, int, int]]] = {}
    absences: dict[int, list[tuple]] = {}
    for chunk in _chunks(found):
        for lang in InterpreterLanguage.select().where(InterpreterLanguage.interpreter.in_(chunk)):
            languages.setdefault(lang.interpreter_id, []).append(lang.tag)
        for h in InterpreterHours.select().where(InterpreterHours.interpreter.in_(chunk)):
            hours.setdefault(h.interpreter_id, []).append((h.weekday, h.starts_min, h.ends_min))
        query = InterpreterAbsence.select().where(InterpreterAbsence.interpreter.in_(chunk))
        for a in query.order_by(InterpreterAbsence.first_day):
            absences.setdefault(a.interpreter_id, []).append(
                (a.first_day, a.last_day, a.reason, a.id)
            )
    lines = [
        InterpreterLine(
            id=r.id,
            name=r.name,
            native_name=r.native_name,
            kind=InterpreterKind(r.kind),
            agency=r.agency,
            phone=r.phone,
            email=r.email,
            base=r.base,
            active=r.active,
            languages=tuple(sorted(languages.get(r.id, ()))),
            hours=tuple(sorted(hours.get(r.id, ()))),
            absences=tuple(absences.get(r.id, ())),
        )
        for r in rows
    ]
    return sorted(lines, key=lambda i: (i.kind != InterpreterKind.STAFF, i.name.casefold()))


def interpreter_line(interpreter_id: int) -> InterpreterLine:
    found = list_interpreters(active_only=False, ids=[interpreter_id])
    if not found:
        raise NotFound(f"no interpreter with id {interpreter_id}")
    return found[0]


def find_interpreter(text: str) -> InterpreterLine:
    """By id (``12`` or ``#12``) or by name, any case; a unique start of a name is enough."""
    text = (text or "").strip()
    if text.lstrip("#").isdigit():
        return interpreter_line(int(text.lstrip("#")))
    wanted = text.casefold()
    roster = list_interpreters(active_only=False)
    exact = [i for i in roster if i.name.casefold() == wanted]
    if exact:
        return exact[0]
    starts = [i for i in roster if i.name.casefold().startswith(wanted)] if wanted else []
    if len(starts) == 1:
        return starts[0]
    if starts:
        names = ", ".join(i.name for i in starts[:5])
        raise InputError(f"{text!r} could be any of: {names}", where="interpreter")
    raise NotFound(f"no interpreter named {text!r} (see `frontdesk interpreters list`)")


def _chunks(items: list, size: int = 400):
    for i in range(0, len(items), size):
        yield items[i : i + size]
