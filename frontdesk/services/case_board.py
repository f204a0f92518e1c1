"""The case board: the coming days' stays with their checklists, arrivals and interpreters.

    rows = case_board(dt.date(2026, 11, 30), days=14)
    week = BoardFilter(open_only=True, arriving_within=(monday, sunday))
    [r for r in rows if week.accepts(r)]           # "arriving this week with something open"

One row a stay (a patient's run of visits, see :mod:`frontdesk.services.stays`) that has a visit
in the window, keyed by the stay's first visit, which carries its travel and checklist. The
rows come from six statements whatever their number (:mod:`frontdesk.store.case_rows`); the
filters run on the rows, so the window filters as the coordinator types.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from frontdesk.names import fold_native, native_full_name
from frontdesk.services.case_terms import BookingStatus, CheckItem, ItemState, TravelMode
from frontdesk.services.checklist import default_state
from frontdesk.services.office import office_zone
from frontdesk.services.stays import MAX_GAP_DAYS, fold_stays
from frontdesk.store import case_rows

_ITEMS = tuple(CheckItem)
_VALUES = tuple(item.value for item in _ITEMS)
_OPEN = ItemState.OPEN
_STATE_LIST = tuple(ItemState)
_STATE_VALUES = tuple(state.value for state in _STATE_LIST)
_DEFAULTS = {needed: tuple(default_state(i, needed) for i in _ITEMS) for needed in (False, True)}


class BoardRow(NamedTuple):
    """One stay on the board. A tuple: made 28,000 times for a fortnight of 2,000 visits a day,
    where a frozen dataclass's field-by-field set-up cost ten times as much."""

    visit_id: int  # the stay's case visit (see stays.case_visit)
    patient_id: int
    mrn: str
    family_name: str
    given_name: str
    native_family: str | None
    native_given: str | None
    nationality: str | None
    language: str | None
    interpreter_needed: bool
    first_day: dt.date  # of the stay (may be before the board's first day)
    last_day: dt.date
    arrival_at: dt.datetime | None  # office zone
    arrival_mode: TravelMode | None
    arrival_number: str | None
    arrival_place: str | None
    pickup_booked: bool
    stay_address: str | None
    departure_at: dt.datetime | None
    states: tuple[ItemState, ...]  # in CheckItem order
    appointments: int  # open appointments of the stay
    needing: int  # of those, needing an interpreter
    covered: int  # of those, with an interpreter (booked, confirmed, done; not under review)
    review: int  # bookings flagged after their appointment moved or was cancelled

    @property
    def native_name(self) -> str | None:
        """In the script's own order; made when asked (most rows are never shown)."""
        return _native_name(self.native_family, self.native_given, self.language, self.nationality)

    @property
    def folded(self) -> str:
        """MRN and names, folded (see names.fold_native), for the text filter."""
        return _folded(self.mrn, self.family_name, self.given_name, self.native_name)

    @property
    def open_items(self) -> list[CheckItem]:
        return [item for item, state in zip(_ITEMS, self.states, strict=True) if state.is_open]

    @property
    def has_open_item(self) -> bool:
        return _OPEN in self.states

    @property
    def interpreter_gap(self) -> bool:
        """Needs an interpreter for an appointment that has none booked."""
        return self.covered < self.needing

    def state(self, item: CheckItem) -> ItemState:
        return self.states[_ITEMS.index(item)]

    def as_json(self, tz: dt.tzinfo) -> dict:
        return {
            "visit_id": self.visit_id,
            "patient": {
                "mrn": self.mrn,
                "family_name": self.family_name,
                "given_name": self.given_name,
                "native_name": self.native_name,
                "nationality": self.nationality,
                "preferred_language": self.language,
                "interpreter_needed": self.interpreter_needed,
            },
            "first_day": self.first_day.isoformat(),
            "last_day": self.last_day.isoformat(),
            "arrival": {
                "at": self.arrival_at.astimezone(tz).isoformat() if self.arrival_at else None,
                "mode": self.arrival_mode.value if self.arrival_mode else None,
                "number": self.arrival_number,
                "place": self.arrival_place,
                "pickup_booked": self.pickup_booked,
            },
            "stay_address": self.stay_address,
            "departure_at": self.departure_at.astimezone(tz).isoformat()
            if self.departure_at
            else None,
            "checklist": {i.value: s.value for i, s in zip(_ITEMS, self.states, strict=True)},
            "open_items": [i.value for i in self.open_items],
            "appointments": self.appointments,
            "interpreter": {"needed": self.needing, "booked": self.covered, "review": self.review},
        }


@dataclass(frozen=True)
class BoardFilter:
    """What the coordinator narrows the board to; every part given must hold."""

    open_only: bool = False  # something on the checklist is open
    item: CheckItem | None = None  # this item is open
    arriving_within: tuple[dt.date, dt.date] | None = None  # lands on one of these days
    interpreter_gap: bool = False  # needs an interpreter, none booked
    review: bool = False  # a booking to look at after a move
    text: str = ""  # part of a name or the MRN
    languages: frozenset[str] = field(default_factory=frozenset)

    def accepts(self, row: BoardRow) -> bool:
        if self.open_only and not row.open_items:
            return False
        if self.item is not None and not row.state(self.item).is_open:
            return False
        if self.arriving_within is not None:
            first, last = self.arriving_within
            if row.arrival_at is None or not first <= row.arrival_at.date() <= last:
                return False
        if self.interpreter_gap and not row.interpreter_gap:
            return False
        if self.review and not row.review:
            return False
        if self.languages and (row.language or "") not in self.languages:
            return False
        return not self.text or fold_native(self.text.strip()) in row.folded


@lru_cache(maxsize=65536)
def _native_name(
    family: str | None, given: str | None, language: str | None, nationality: str | None
) -> str | None:
    return native_full_name(family, given, language=language, nationality=nationality)


@lru_cache(maxsize=65536)
def _folded(mrn: str, family: str, given: str, native: str | None) -> str:
    return fold_native(" ".join(filter(None, (mrn, family, given, native))))


def case_board(first: dt.date, days: int = 14, *, tz: dt.tzinfo | None = None) -> list[BoardRow]:
    """The stays with a visit from ``first`` for ``days`` days, by the day they are next
    here, then arrival time, then name. A stay is shown up to the board's last day (a later
    visit is a later board's); it may have begun days before the first."""
    tz = tz or office_zone()
    last = first + dt.timedelta(days=days - 1)
    early = first - dt.timedelta(days=MAX_GAP_DAYS)
    inside = case_rows.board_patient_visits(first, last)
    patients = {row[1]: row for row in inside}
    # Visits just before the window chain a patient's stay back (only a patient on the board
    # matters), and such a stay may have begun long before.
    before = [
        v for v in case_rows.board_visits(early, first - dt.timedelta(days=1)) if v[1] in patients
    ]
    chained = sorted({v[1] for v in before})
    history = case_rows.earlier_visits(chained, early) if chained else []
    stays = [
        s
        for s in fold_stays([r[:3] for r in inside] + before + history)
        if any(first <= d <= last for d in s.days)
    ]
    # The board's days read in one indexed statement each; the visits of its stays before
    # them (a few: the stays under way) by id. Not the days before by date: most of their
    # visits belong to stays that are over.
    earlier = [
        v
        for s in stays
        if s.first_day < first
        for v, d in zip(s.visit_ids, s.days, strict=True)
        if d < first
    ]
    between = (first, last)
    travel = case_rows.board_travel(earlier, between)
    checklists = case_rows.board_checklists(_VALUES, _STATE_VALUES, earlier, between)
    counts = case_rows.board_interpreter_counts(_COVERING, earlier, between)
    states_of = _states_memo()
    no_counts = (0, 0, 0)
    rows = []
    append = rows.append
    for stay in stays:
        p = patients[stay.patient_id]
        needed = p[10]
        visit_ids = stay.visit_ids
        if len(visit_ids) == 1:
            carrier = visit_ids[0]
            held, covered, review = counts.get(carrier, no_counts)
        else:
            carrier = next(
                (v for v in visit_ids if v in travel or v in checklists), stay.first_visit_id
            )
            held = covered = review = 0
            for visit_id in visit_ids:
                o, c, r = counts.get(visit_id, no_counts)
                held += o
                covered += c
                review += r
        needing = held if needed else 0
        t = travel.get(carrier)
        append(
            BoardRow(
                carrier,
                stay.patient_id,
                *p[3:10],
                needed,
                stay.first_day,
                stay.last_day,
                *(_travel_columns(t, tz) if t else _NO_TRAVEL),
                states_of(needed, checklists.get(carrier)),
                held,
                needing,
                min(covered, needing),
                review,
            )
        )
    far = dt.datetime.max.replace(tzinfo=dt.UTC)
    rows.sort(
        key=lambda r: (
            max(r.first_day, first),
            r.arrival_at or far,
            r.family_name.casefold(),
            r.visit_id,
        )
    )
    return rows


_COVERING = tuple(s.value for s in BookingStatus if s.covers)
_NO_TRAVEL = (None, None, None, None, False, None, None)


def _travel_columns(t: tuple, tz: dt.tzinfo) -> tuple:
    """BoardRow's travel fields, from arrival_at to departure_at, of a board_travel row."""
    arrival_at, mode, number, place, pickup, address, departure_at = t
    return (
        arrival_at.astimezone(tz) if arrival_at else None,
        TravelMode(mode) if mode else None,
        number,
        place,
        pickup,
        address,
        departure_at.astimezone(tz) if departure_at else None,
    )


def _states_memo():
    """(interpreter needed, the checklist's number from board_checklists) -> every item's
    state; a board of thousands of stays has a few dozen different checklists."""
    made: dict[tuple, tuple[ItemState, ...]] = {}

    def states(needed: bool, code: int | None) -> tuple[ItemState, ...]:
        if code is None:
            return _DEFAULTS[needed]
        key = (needed, code)
        found = made.get(key)
        if found is None:
            found = made[key] = tuple(
                _STATE_LIST[(code >> 2 * n & 3) - 1] if code >> 2 * n & 3 else default
                for n, default in enumerate(_DEFAULTS[needed])
            )
        return found

    return states
