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

from frontdesk.names import fold_native, native_full_name
from frontdesk.services.case_terms import BookingStatus, CheckItem, ItemState, TravelMode
from frontdesk.services.checklist import default_state
from frontdesk.services.office import office_zone
from frontdesk.services.stays import MAX_GAP_DAYS, fold_stays
from frontdesk.store import case_rows

_ITEMS = tuple(CheckItem)
_CLOSED = ("cancelled", "no_show")
_VALUES = tuple(item.value for item in _ITEMS)
_STATES = {state.value: state for state in ItemState}  # an Enum call a cell is too dear here
_DEFAULTS = {needed: tuple(default_state(i, needed) for i in _ITEMS) for needed in (False, True)}


@dataclass(frozen=True, slots=True)
class BoardRow:
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
    here, then arrival time, then name."""
    tz = tz or office_zone()
    last = first + dt.timedelta(days=days - 1)
    visits = case_rows.board_visits(first - dt.timedelta(days=MAX_GAP_DAYS), last)
    patients = {row[1]: row for row in visits}
    early = first - dt.timedelta(days=MAX_GAP_DAYS)
    # Patients here just before the window may have begun their stay long before.
    chained = sorted({row[1] for row in visits if row[2] < first})
    history = case_rows.earlier_visits(chained, early) if chained else []
    stays = [
        s
        for s in fold_stays([(v[0], v[1], v[2]) for v in visits] + history)
        if s.last_day >= first and any(first <= d <= last for d in s.days)
    ]
    # The days read above in one indexed statement each; a stay's earlier visits by id.
    read = {v[0] for v in visits}
    earlier = [v for s in stays for v in s.visit_ids if v not in read]
    days = (early, last)
    travel = case_rows.board_travel(earlier, days)
    checklists = case_rows.board_checklists(earlier, days)
    counts = _interpreter_counts(case_rows.board_appointments(earlier, days))
    rows = []
    for stay in stays:
        p = patients[stay.patient_id]
        needed = p[11]
        carrier = next(
            (v for v in stay.visit_ids if v in travel or v in checklists), stay.first_visit_id
        )
        set_states = checklists.get(carrier)
        if set_states:
            states = tuple(
                _STATES[set_states[value]] if value in set_states else default
                for value, default in zip(_VALUES, _DEFAULTS[needed], strict=True)
            )
        else:
            states = _DEFAULTS[needed]
        open_count = needing = covered = review = 0
        for visit_id in stay.visit_ids:
            o, c, r = counts.get(visit_id, (0, 0, 0))
            open_count += o
            covered += c
            review += r
        needing = open_count if needed else 0
        t = travel.get(carrier)
        rows.append(
            BoardRow(
                visit_id=carrier,
                patient_id=stay.patient_id,
                mrn=p[4],
                family_name=p[5],
                given_name=p[6],
                native_family=p[7],
                native_given=p[8],
                nationality=p[9],
                language=p[10],
                interpreter_needed=needed,
                first_day=stay.first_day,
                last_day=stay.last_day,
                arrival_at=t[0].astimezone(tz) if t and t[0] else None,
                arrival_mode=TravelMode(t[1]) if t and t[1] else None,
                arrival_number=t[2] if t else None,
                arrival_place=t[3] if t else None,
                pickup_booked=t[4] if t else False,
                stay_address=t[5] if t else None,
                departure_at=t[6].astimezone(tz) if t and t[6] else None,
                states=states,
                appointments=open_count,
                needing=needing,
                covered=min(covered, needing),
                review=review,
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


def _interpreter_counts(appointments: list[tuple]) -> dict[int, tuple[int, int, int]]:
    """visit id -> (open appointments, covered by an interpreter, bookings to review)."""
    counts: dict[int, list[int]] = {}
    covering = {s.value for s in BookingStatus if s.covers}
    for visit_id, _id, _start, status, booking, review, _mode in appointments:
        c = counts.setdefault(visit_id, [0, 0, 0])
        if status in _CLOSED:
            if review:
                c[2] += 1  # cancelled with the interpreter still booked: tell them
            continue
        c[0] += 1
        if booking in covering and not review:
            c[1] += 1
        if review:
            c[2] += 1
    return {k: (v[0], v[1], v[2]) for k, v in counts.items()}
