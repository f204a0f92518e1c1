"""A patient's stay: the run of visits of one trip, which shares one travel record and one
pre-arrival checklist (kept on one visit of the stay: its *case visit*).

    >>> import datetime as dt
    >>> d = dt.date(2026, 11, 27)   # a Friday
    >>> stays = fold_stays([(1, 7, d), (2, 7, d + dt.timedelta(3)), (3, 7, d + dt.timedelta(20))])
    >>> [(s.first_visit_id, s.visit_ids) for s in stays]   # Friday and Monday: one trip
    [(1, (1, 2)), (3, (3,))]

A patient who comes for a consultation on Monday, imaging on Tuesday and treatment on Friday
flies in once, stays in one hotel and needs the records once: a coordinator does not fill in
three checklists, and the desk must not warn on Friday about a visa letter that belonged to
Monday. Visits of a patient belong to the same stay when no more than :data:`MAX_GAP_DAYS`
days separate one from the next (a weekend between two appointments is not a trip home).

The case visit is the earliest visit of the stay that carries travel or checklist items, else
the first visit: an appointment added the day before the one the coordinator prepared does
not hide what was prepared. (The schedule import keeps a visit that carries a case even when
its appointments move away or are deleted: see ``applier._settle_or_drop``.)
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from frontdesk.errors import NotFound
from frontdesk.store import case_rows
from frontdesk.store.models import Visit

MAX_GAP_DAYS = 3


@dataclass(frozen=True, slots=True)
class Stay:
    patient_id: int
    first_visit_id: int
    visit_ids: tuple[int, ...]  # in date order
    days: tuple[dt.date, ...]

    @property
    def first_day(self) -> dt.date:
        return self.days[0]

    @property
    def last_day(self) -> dt.date:
        return self.days[-1]


def fold_stays(visits: Iterable[tuple[int, int, dt.date]]) -> list[Stay]:
    """(visit id, patient id, local date) rows, in any order -> the stays, by patient then
    first day."""
    ordered = sorted(visits, key=lambda v: (v[1], v[2]))
    stays: list[Stay] = []
    run: list[tuple[int, int, dt.date]] = []
    for visit in ordered:
        if run and (visit[1] != run[-1][1] or (visit[2] - run[-1][2]).days > MAX_GAP_DAYS):
            stays.append(_stay(run))
            run = []
        run.append(visit)
    if run:
        stays.append(_stay(run))
    return stays


def _stay(run: list[tuple[int, int, dt.date]]) -> Stay:
    return Stay(run[0][1], run[0][0], tuple(v[0] for v in run), tuple(v[2] for v in run))


def stay_of_visit(visit_id: int) -> Stay:
    visit = Visit.get_or_none(Visit.id == visit_id)
    if visit is None:
        raise NotFound(f"no visit with id {visit_id}")
    for stay in patient_stays(visit.patient_id):
        if visit_id in stay.visit_ids:
            return stay
    raise AssertionError("a visit belongs to a stay")  # pragma: no cover


def stay_on(patient_id: int, day: dt.date) -> Stay | None:
    """The patient's stay that has a visit on ``day``, or None."""
    for stay in patient_stays(patient_id):
        if day in stay.days:
            return stay
    return None


def patient_stays(patient_id: int) -> list[Stay]:
    rows = Visit.select(Visit.id, Visit.patient, Visit.local_date).where(
        Visit.patient == patient_id
    )
    return fold_stays(rows.tuples())


def case_visit(stay: Stay) -> int:
    """The visit of the stay that carries (or will carry) its travel and checklist."""
    carriers = case_rows.visits_with_case(stay.visit_ids)
    return next((v for v in stay.visit_ids if v in carriers), stay.first_visit_id)


def has_case(visit_id: int) -> bool:
    """True if the visit carries travel or checklist items (it must not be dropped)."""
    return bool(case_rows.visits_with_case([visit_id]))
