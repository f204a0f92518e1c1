"""The international case's reads that run over many rows: the case board, an interpreter's
day, the bookings of a day's appointments, the arrivals of a day.

Raw SQL (see :mod:`frontdesk.store.sql`): the case board reads thousands of stays at once and
must open in a blink; peewee's model objects would cost most of that. Instants come back as
aware UTC datetimes and dates as dates on every backend.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from frontdesk.store import sql
from frontdesk.store.import_runs import visible
from frontdesk.store.models import database_proxy

_CHUNK = 500
_OPEN_APPOINTMENT = "a.status NOT IN ('cancelled', 'no_show')"


def instant(value) -> dt.datetime | None:
    if value is None:
        return None
    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value)
    return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)


def day(value) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(value)


def _chunks(items: Sequence, size: int = _CHUNK):
    for i in range(0, len(items), size):
        yield items[i : i + size]


def interpreter_cover(visit_ids: Sequence[int]) -> list[tuple[str | None, bool]]:
    """(booking status or None, needs review) of each open appointment of these visits."""
    found: list[tuple[str | None, bool]] = []
    for chunk in _chunks(list(visit_ids)):
        found += sql.rows(
            "SELECT b.status, b.needs_review FROM appointment a "
            "LEFT JOIN interpreter_booking b ON b.appointment_id = a.id "
            f"WHERE a.visit_id IN ({sql.marks(len(chunk))}) AND {_OPEN_APPOINTMENT}",
            chunk,
        )
    return [(status, bool(review)) for status, review in found]


def visits_with_case(visit_ids: Sequence[int]) -> set[int]:
    """Those of these visits that carry travel or checklist items, a financial clearance or
    visa letters (issue 19)."""
    found: set[int] = set()
    for chunk in _chunks(list(visit_ids)):
        marks = sql.marks(len(chunk))
        found.update(
            row[0]
            for row in sql.rows(
                f"SELECT visit_id FROM visit_travel WHERE visit_id IN ({marks}) UNION "
                f"SELECT visit_id FROM checklist_item WHERE visit_id IN ({marks}) UNION "
                f"SELECT visit_id FROM clearance WHERE visit_id IN ({marks}) UNION "
                f"SELECT visit_id FROM visa_letter WHERE visit_id IN ({marks})",
                [*chunk, *chunk, *chunk, *chunk],
            )
        )
    return found


def busy_slots(
    interpreter_ids: Sequence[int], start: dt.datetime, end: dt.datetime
) -> list[tuple[int, int, dt.datetime, int, str | None, str]]:
    """(interpreter id, appointment id, start, minutes, location, mode) of the bookings that
    take these interpreters' time (booked or confirmed, appointment still open) starting in
    [start, end)."""
    found = []
    for chunk in _chunks(list(interpreter_ids)):
        found += sql.rows(
            "SELECT b.interpreter_id, a.id, a.start, a.duration_min, a.location, b.mode "
            "FROM interpreter_booking b JOIN appointment a ON a.id = b.appointment_id "
            f"WHERE b.interpreter_id IN ({sql.marks(len(chunk))}) "
            "AND b.status IN ('booked', 'confirmed') AND a.start >= ? AND a.start < ? "
            f"AND {_OPEN_APPOINTMENT}",
            [*chunk, sql.instant(start), sql.instant(end)],
        )
    return [(i, a, instant(s), m, loc, mode) for i, a, s, m, loc, mode in found]


def bookings_of_appointments(appointment_ids: Sequence[int]) -> dict[int, tuple]:
    """appointment id -> (status, needs review, interpreter name, mode) of its booking."""
    found: dict[int, tuple] = {}
    for chunk in _chunks(list(appointment_ids)):
        for appointment_id, *rest in sql.rows(
            "SELECT b.appointment_id, b.status, b.needs_review, i.name, b.mode "
            "FROM interpreter_booking b LEFT JOIN interpreter i ON i.id = b.interpreter_id "
            f"WHERE b.appointment_id IN ({sql.marks(len(chunk))})",
            chunk,
        ):
            status, review, name, mode = rest
            found[appointment_id] = (status, bool(review), name, mode)
    return found


def interpreter_day(interpreter_id: int, start: dt.datetime, end: dt.datetime) -> list[tuple]:
    """The interpreter's bookings with an appointment starting in [start, end), in time order:
    (appointment id, start, minutes, location, appointment status, booking status, mode,
    language, family name, given name, native family, native given)."""
    rows = sql.rows(
        "SELECT a.id, a.start, a.duration_min, a.location, a.status, b.status, b.mode, "
        "b.language, p.family_name, p.given_name, p.native_family_name, p.native_given_name "
        "FROM interpreter_booking b JOIN appointment a ON a.id = b.appointment_id "
        "JOIN patient p ON p.id = a.patient_id "
        "WHERE b.interpreter_id = ? AND a.start >= ? AND a.start < ? "
        "ORDER BY a.start, a.id",
        (interpreter_id, sql.instant(start), sql.instant(end)),
    )
    return [(r[0], instant(r[1]), *r[2:]) for r in rows]


# -- the case board ---------------------------------------------------------------------------
# A fortnight of 2,000 visits a day is 28,000 visits: each statement below answers one row a
# visit (what could be summed or pivoted is, in SQL), and a date that repeats is parsed once.

BOARD_PATIENT_COLUMNS = (
    "p.mrn, p.family_name, p.given_name, p.native_family_name, p.native_given_name, "
    "p.nationality, p.preferred_language, p.interpreter_needed"
)


def board_visits(first: dt.date, last: dt.date) -> list[tuple[int, int, dt.date]]:
    """(visit id, patient id, local date) of the visits from ``first`` to ``last``."""
    rows = sql.rows(
        "SELECT id, patient_id, local_date FROM visit WHERE local_date >= ? AND local_date <= ? "
        f"AND {visible('visit')}",
        (sql.day(first), sql.day(last)),
    )
    days = _day_parser()
    return [(v, p, days(d)) for v, p, d in rows]


def board_patient_visits(first: dt.date, last: dt.date) -> list[tuple]:
    """(visit id, patient id, local date, mrn, family, given, native family, native given,
    nationality, language, interpreter needed) of the visits from ``first`` to ``last``."""
    rows = sql.rows(
        f"SELECT v.id, v.patient_id, v.local_date, {BOARD_PATIENT_COLUMNS} "
        "FROM visit v JOIN patient p ON p.id = v.patient_id "
        f"WHERE v.local_date >= ? AND v.local_date <= ? AND {visible('v')}",
        (sql.day(first), sql.day(last)),
    )
    days = _day_parser()
    return [(r[0], r[1], days(r[2]), *r[3:10], bool(r[10])) for r in rows]


def _day_parser():
    """day() with a memory: a board's thousands of visits fall on a few days."""
    seen: dict = {}

    def parse(value):
        found = seen.get(value)
        if found is None:
            found = seen[value] = day(value)
        return found

    return parse


def earlier_visits(patient_ids: Sequence[int], before: dt.date) -> list[tuple[int, int, dt.date]]:
    """(visit id, patient id, date) of these patients' visits before ``before``: where their
    stays began."""
    found = []
    for chunk in _chunks(list(patient_ids)):
        found += sql.rows(
            f"SELECT id, patient_id, local_date FROM visit WHERE patient_id IN "
            f"({sql.marks(len(chunk))}) AND local_date < ?",
            [*chunk, sql.day(before)],
        )
    return [(v, p, day(d)) for v, p, d in found]


def _board_rows(
    select: str,
    visit_ids: Sequence[int],
    between,
    *,
    head: Sequence = (),
    group_by: str = "",
) -> list[tuple]:
    """Rows of ``select`` (which names ``visit v`` joined in; its own parameters ``head``) for
    the visits of the days ``between`` (first, last) in one indexed statement, and for
    ``visit_ids`` by id (a stay's earlier visits), in chunks."""
    found: list[tuple] = []
    tail = f" GROUP BY {group_by}" if group_by else ""
    if between is not None:
        found += sql.rows(
            f"{select} WHERE v.local_date >= ? AND v.local_date <= ? AND {visible('v')}{tail}",
            (*head, sql.day(between[0]), sql.day(between[1])),
        )
    for chunk in _chunks(list(visit_ids)):
        found += sql.rows(
            f"{select} WHERE v.id IN ({sql.marks(len(chunk))}){tail}", (*head, *chunk)
        )
    return found


def board_interpreter_counts(
    covering: Sequence[str],
    visit_ids: Sequence[int],
    between: tuple[dt.date, dt.date] | None = None,
) -> dict[int, tuple[int, int, int]]:
    """visit id -> (open appointments, of those covered by a booking in a ``covering`` status
    and not under review, bookings under review whatever their appointment's status) of these
    visits (and of the visits of the days ``between``); a visit without appointments is left
    out."""
    held = "a.status NOT IN ('cancelled', 'no_show')"
    rows = _board_rows(
        f"SELECT a.visit_id, SUM(CASE WHEN {held} THEN 1 ELSE 0 END), "
        f"SUM(CASE WHEN {held} AND b.status IN ({sql.marks(len(covering))}) "
        "AND NOT b.needs_review THEN 1 ELSE 0 END), "
        "SUM(CASE WHEN b.needs_review THEN 1 ELSE 0 END) "
        "FROM visit v JOIN appointment a ON a.visit_id = v.id "
        "LEFT JOIN interpreter_booking b ON b.appointment_id = a.id",
        visit_ids,
        between,
        head=tuple(covering),
        group_by="a.visit_id",
    )
    return {v: (int(o), int(c), int(r)) for v, o, c, r in rows}


def board_travel(
    visit_ids: Sequence[int], between: tuple[dt.date, dt.date] | None = None
) -> dict[int, tuple]:
    """visit id -> (arrival at, arrival mode, arrival number, arrival place, pickup booked,
    stay address, departure at)."""
    found: dict[int, tuple] = {}
    for row in _board_rows(
        "SELECT t.visit_id, t.arrival_at, t.arrival_mode, t.arrival_number, t.arrival_place, "
        "t.pickup_booked, t.stay_address, t.departure_at "
        "FROM visit v JOIN visit_travel t ON t.visit_id = v.id",
        visit_ids,
        between,
    ):
        found[row[0]] = (instant(row[1]), *row[2:5], bool(row[5]), row[6], instant(row[7]))
    return found


def board_checklists(
    items: Sequence[str],
    states: Sequence[str],
    visit_ids: Sequence[int],
    between: tuple[dt.date, dt.date] | None = None,
) -> dict[int, int]:
    """visit id -> the items set on the visit in one number: the sum, over the items set, of
    (the state's place in ``states`` + 1) * 4 ** (the item's place in ``items``), for the
    visits that have any set. (A visit has an item once; seven columns of MAX(CASE ...) a
    visit cost SQLite twice this one sum.)"""
    state = " ".join(f"WHEN ? THEN {n + 1}" for n in range(len(states)))
    item = " ".join(f"WHEN ? THEN {4**n}" for n in range(len(items)))
    rows = _board_rows(
        f"SELECT c.visit_id, SUM((CASE c.state {state} END) * (CASE c.item {item} END)) "
        "FROM visit v JOIN checklist_item c ON c.visit_id = v.id",
        visit_ids,
        between,
        head=(*states, *items),
        group_by="c.visit_id",
    )
    return {visit_id: int(code) for visit_id, code in rows if code}


# -- demo data and benchmarks -----------------------------------------------------------------


def visits_of_days(first: dt.date, last: dt.date) -> list[tuple]:
    """(visit id, patient id, local date, nationality, language, interpreter needed) of the
    visits from ``first`` to ``last``, for demo data."""
    rows = sql.rows(
        "SELECT v.id, v.patient_id, v.local_date, p.nationality, p.preferred_language, "
        "p.interpreter_needed FROM visit v JOIN patient p ON p.id = v.patient_id "
        "WHERE v.local_date >= ? AND v.local_date <= ? ORDER BY v.id",
        (sql.day(first), sql.day(last)),
    )
    return [(v, p, day(d), n, lang, bool(need)) for v, p, d, n, lang, need in rows]


def appointments_of_visits(visit_ids: Sequence[int]) -> list[tuple]:
    """(appointment id, visit id, start, minutes, location, status), in start order."""
    found = []
    for chunk in _chunks(list(visit_ids)):
        found += sql.rows(
            "SELECT id, visit_id, start, duration_min, location, status FROM appointment "
            f"WHERE visit_id IN ({sql.marks(len(chunk))})",
            chunk,
        )
    rows = [(a, v, instant(s), m, loc, st) for a, v, s, m, loc, st in found]
    return sorted(rows, key=lambda r: (r[2], r[0]))


def insert_many(table: str, columns: Sequence[str], rows: Sequence[Sequence]) -> None:
    """Rows as they are (instants already through :func:`frontdesk.store.sql.instant`)."""
    if not rows:
        return
    statement = f'INSERT INTO "{table}" ({", ".join(columns)}) VALUES ({sql.marks(len(columns))})'
    db = database_proxy.obj
    if db.param != "?":
        statement = statement.replace("?", db.param)
    cursor = db.cursor()
    for chunk in _chunks(list(rows), 2000):
        cursor.executemany(statement, [tuple(r) for r in chunk])
