"""Demo data for the international case: the interpreter roster, and for the demo days' stays
their flights, pickups, hotels, departures, pre-arrival checklists and interpreter bookings.

    added = add_cases(random.Random(seed), first_day, last_day, zone)
    added.appointments, added.bookings, added.travel

A realistic mix: most patients who need an interpreter have one booked for each appointment
(a staff interpreter when one of their language is free, an agency otherwise, by phone or
video when nobody speaks it), some have none yet, a few bookings wait for a review after a
move; most stays have a flight from the patient's country (landing at any hour, some after
midnight), a pickup and a hotel; the nearer a stay, the more of its checklist is done. A
fifth of the first days' patients come back for a follow-up a day or two later (one stay).

Everything goes in with a handful of multi-row statements (:mod:`frontdesk.store.case_rows`);
the rows are made from the visits already written, so the patients and appointments of the
generator are not touched and its speed at a million patients is not changed.
"""

from __future__ import annotations

import datetime as dt
import random
from collections import defaultdict
from dataclasses import dataclass

from frontdesk.airports import airport
from frontdesk.demo import case_pools, places
from frontdesk.language_tags import best_match
from frontdesk.services.case_terms import CheckItem, ItemState
from frontdesk.services.interpreter_conflicts import availability_conflicts
from frontdesk.services.interpreter_roster import InterpreterInput, parse_hours
from frontdesk.services.stays import fold_stays
from frontdesk.store import case_rows, demo_tables, sql
from frontdesk.store.case_models import Interpreter
from frontdesk.store.models import utc_now

_ITEMS = [i for i in CheckItem if i != CheckItem.INTERPRETER_BOOKED]


@dataclass
class AddedCases:
    interpreters: int = 0
    appointments: int = 0  # follow-ups added
    travel: int = 0
    bookings: int = 0


def add_cases(rng: random.Random, first: dt.date, last: dt.date, zone: dt.tzinfo) -> AddedCases:
    added = AddedCases()
    roster = _roster(added)
    added.appointments = _follow_ups(rng, first, last, zone)
    visits = case_rows.visits_of_days(first, last)
    facts = {v[0]: v for v in visits}
    stays = fold_stays([(v[0], v[1], v[2]) for v in visits])
    appointments = case_rows.appointments_of_visits([v[0] for v in visits])
    by_visit: dict[int, list[tuple]] = defaultdict(list)
    for row in appointments:
        by_visit[row[1]].append(row)
    now = sql.instant(utc_now())
    travel, checklist, bookings = [], [], []
    busy: dict[int, list[tuple[dt.datetime, dt.datetime]]] = defaultdict(list)
    for stay in stays:
        _, _patient, _, nationality, language, needs = facts[stay.first_visit_id]
        ahead = (stay.first_day - first).days
        planned = rng.random() < 0.88
        if planned:
            travel.append(_travel(rng, stay, nationality, now))
        covered = True
        if needs:
            for visit_id in stay.visit_ids:
                for appt in by_visit[visit_id]:
                    booking = _booking(rng, appt, language, roster, busy, now, zone)
                    if booking is None:
                        covered = False
                    else:
                        bookings.append(booking)
                        status, review = booking[4], booking[6]
                        covered = covered and status in ("booked", "confirmed") and not review
        hotel = bool(planned and travel[-1][11])
        checklist += _checklist(
            rng, stay.first_visit_id, ahead, planned, hotel, nationality, language, now
        )
        if needs:
            state = ItemState.DONE if covered else ItemState.OPEN
            checklist.append(
                (
                    stay.first_visit_id,
                    CheckItem.INTERPRETER_BOOKED.value,
                    state.value,
                    "interpreters",
                    now,
                )
            )
    case_rows.insert_many("visit_travel", _TRAVEL_COLUMNS, travel)
    case_rows.insert_many("checklist_item", _ITEM_COLUMNS, checklist)
    case_rows.insert_many("interpreter_booking", _BOOKING_COLUMNS, bookings)
    added.travel, added.bookings = len(travel), len(bookings)
    return added


def _roster(added: AddedCases) -> list[tuple[int, tuple[str, ...], tuple]]:
    """(id, languages, hours) of the roster, created unless it is there already."""
    if not Interpreter.select().exists():
        rows = []
        for person in case_pools.ROSTER:
            clean, _languages, _hours = InterpreterInput(
                name=person.name,
                languages=person.languages,
                kind=person.kind,
                agency=person.agency,
                native_name=person.native_name,
                base=person.base,
                hours=person.hours,
            ).validated()
            rows.append(clean)
        for clean in rows:
            row = Interpreter.create(
                name=clean.name,
                native_name=clean.native_name,
                kind=clean.kind,
                agency=clean.agency,
                base=clean.base,
            )
            case_rows.insert_many(
                "interpreter_language",
                ("interpreter_id", "tag"),
                [(row.id, tag) for tag in clean.languages],
            )
            case_rows.insert_many(
                "interpreter_hours",
                ("interpreter_id", "weekday", "starts_min", "ends_min"),
                [(row.id, *span) for span in parse_hours(clean.hours)],
            )
        added.interpreters = len(rows)
    people = {p.name: p for p in case_pools.ROSTER}
    return [
        (
            i.id,
            tuple(t.strip() for t in people[i.name].languages.split(",")),
            parse_hours(people[i.name].hours),
        )
        if i.name in people
        else (i.id, (), ())
        for i in Interpreter.select(Interpreter.id, Interpreter.name).order_by(Interpreter.id)
    ]


def _follow_ups(rng: random.Random, first: dt.date, last: dt.date, zone: dt.tzinfo) -> int:
    """A follow-up a day or two after a fifth of the first days' visits (one stay)."""
    if last <= first:
        return 0
    visits = case_rows.visits_of_days(first, last - dt.timedelta(days=1))
    appointments = case_rows.appointments_of_visits([v[0] for v in visits])
    first_of_visit: dict[int, tuple] = {}
    for appt in appointments:
        first_of_visit.setdefault(appt[1], appt)
    rows = []
    for visit_id, patient_id, day, *_ in visits:
        if rng.random() >= 0.2 or visit_id not in first_of_visit:
            continue
        later = min(last, day + dt.timedelta(days=rng.choice((1, 1, 2))))
        dept = rng.choice(places.DEPARTMENTS)
        start = dt.datetime.combine(later, dt.time(0), tzinfo=zone) + dt.timedelta(
            minutes=rng.choice(places.START_MINUTES)
        )
        rows.append(
            {
                "source_system": "demo",
                "external_id": f"{later:%Y%m%d}-F{visit_id:06d}",
                "patient_id": patient_id,
                "start": start.astimezone(dt.UTC),
                "duration_min": rng.choice((30, 45, 60)),
                "department": dept.name,
                "clinician": places.clinician(rng, dept),
                "location": places.location(rng, dept),
                "type": "follow-up" if "follow-up" in dept.types else rng.choice(dept.types),
                "status": "scheduled",
            }
        )
    return demo_tables.insert_appointments(rows, zone) if rows else 0


_TRAVEL_COLUMNS = (
    "visit_id",
    "arrival_mode",
    "arrival_number",
    "arrival_from",
    "arrival_place",
    "arrival_at",
    "arrival_zone",
    "pickup_booked",
    "pickup_by",
    "pickup_meeting_point",
    "pickup_at",
    "stay_address",
    "stay_check_in",
    "stay_check_out",
    "departure_mode",
    "departure_number",
    "departure_place",
    "departure_to",
    "departure_at",
    "departure_zone",
    "updated_at",
)
_ITEM_COLUMNS = ("visit_id", "item", "state", "source", "set_at")
_BOOKING_COLUMNS = (
    "appointment_id",
    "interpreter_id",
    "mode",
    "language",
    "status",
    "remote_service",
    "needs_review",
    "review_reason",
    "booked_start",
    "booked_minutes",
    "booked_location",
    "created_at",
    "updated_at",
)


def _travel(rng: random.Random, stay, nationality: str | None, now) -> tuple:
    boston = airport("BOS")
    here = dt.UTC if boston is None else _zone(boston.zone)
    domestic = nationality in ("USA", None)
    if domestic and rng.random() < 0.3:
        mode, number, origin, place = (
            "train",
            f"{rng.choice(case_pools.TRAIN)} {rng.randrange(2100, 2260)}",
            "New York Penn",
            "Boston Back Bay",
        )
    else:
        origins, carriers = case_pools.ORIGINS.get(nationality or "USA", case_pools.ORIGINS["USA"])
        mode, origin, place = "flight", rng.choice(origins), "BOS"
        number = f"{rng.choice(carriers)} {rng.randrange(1, 999)}"
    before = rng.choice((1, 1, 1, 1, 2, 0))
    # Landing times over the whole day, a few after midnight (the next day's sheet).
    minutes = rng.choice((*range(6 * 60, 24 * 60, 5), *range(0, 90, 5)))
    landing_day = stay.first_day - dt.timedelta(days=before)
    if minutes < 120 and before:
        landing_day += dt.timedelta(days=1)  # "the night before", just after midnight
    if before == 0:
        minutes = rng.randrange(5 * 60, 7 * 60, 5)  # the same day: an early landing
    lands = dt.datetime.combine(landing_day, dt.time(0), tzinfo=here) + dt.timedelta(
        minutes=minutes
    )
    pickup = rng.random() < 0.75
    leaves_day = stay.last_day + dt.timedelta(days=rng.choice((0, 1, 1, 2)))
    leaves = dt.datetime.combine(leaves_day, dt.time(0), tzinfo=here) + dt.timedelta(
        minutes=rng.randrange(10 * 60, 23 * 60, 5)
    )
    hotel = places.hotel(rng) if rng.random() < 0.85 else None
    return (
        stay.first_visit_id,
        mode,
        number,
        origin,
        place,
        sql.instant(lands),
        "America/New_York",
        pickup,
        rng.choice(case_pools.PICKUPS) if pickup else None,
        rng.choice(case_pools.MEETING_POINTS) if pickup and mode == "flight" else None,
        sql.instant(lands + dt.timedelta(minutes=45)) if pickup else None,
        hotel,
        sql.day(lands.date()) if hotel else None,
        sql.day(leaves_day) if hotel else None,
        mode,
        number.split()[0] + f" {rng.randrange(1, 999)}" if mode == "flight" else number,
        place,
        origin,
        sql.instant(leaves),
        "America/New_York",
        now,
    )


def _zone(name: str) -> dt.tzinfo:
    from zoneinfo import ZoneInfo

    return ZoneInfo(name)


def _checklist(rng, visit_id, ahead, planned, hotel, nationality, language, now) -> list[tuple]:
    """The nearer the stay, the more is done; a visa letter only for those who need one."""
    readiness = max(0.35, 0.95 - 0.05 * ahead)
    rows = []
    for item in _ITEMS:
        state = ItemState.DONE if rng.random() < readiness else ItemState.OPEN
        if item == CheckItem.VISA_LETTER and nationality in case_pools.NO_VISA_NEEDED:
            state = ItemState.NOT_NEEDED
        if item == CheckItem.RECORDS_TRANSLATED and (language or "en").startswith("en"):
            state = ItemState.NOT_NEEDED
        if item == CheckItem.TRAVEL_BOOKED:  # the flight is known: mostly booked by now
            state = ItemState.DONE if planned and rng.random() < 0.9 else ItemState.OPEN
        if item == CheckItem.HOTEL_BOOKED:
            state = ItemState.DONE if hotel else state
        if state != ItemState.OPEN or rng.random() < 0.15:  # some open items were reopened
            rows.append((visit_id, item.value, state.value, "desk", now))
    return rows


def _booking(rng, appt, language, roster, busy, now, zone) -> tuple | None:
    appt_id, _visit, start, minutes, location, status = appt
    if status == "cancelled" or rng.random() < 0.12:
        return None  # nobody asked yet: "needs an interpreter, none booked"
    end = start + dt.timedelta(minutes=minutes)
    speakers = [r for r in roster if language and best_match(language, list(r[1])) is not None]
    rng.shuffle(speakers)
    chosen = None
    for interpreter_id, _langs, hours in sorted(speakers, key=lambda r: not r[2]):
        if not availability_conflicts(start, end, zone, hours=hours, absences=()) and all(
            end <= b or e <= start for b, e in busy[interpreter_id]
        ):
            chosen = interpreter_id
            break
    mode, service = "in_person", None
    if chosen is None or rng.random() < 0.06:
        chosen, mode = None, rng.choice(("phone", "video"))
        service = rng.choice(("LanguageLine", "CyraCom", "Boostlingo"))
    else:
        busy[chosen].append((start, end))
    booking_status = rng.choices(("confirmed", "booked", "requested"), (55, 40, 5))[0]
    if chosen is None and mode == "in_person":
        booking_status = "requested"
    review = chosen is not None and rng.random() < 0.03
    return (
        appt_id,
        chosen,
        mode,
        language,
        booking_status,
        service,
        review,
        "moved" if review else None,
        sql.instant(start - dt.timedelta(hours=2) if review else start),
        minutes,
        location,
        now,
        now,
    )
