"""The pre-arrival checklist of a stay: seven items, each open, done or not needed, with who
set it, where and when.

    set_item(visit_id, CheckItem.RECORDS_RECEIVED, ItemState.DONE, actor)
    drive_item(visit_id, CheckItem.VISA_LETTER, ItemState.DONE, actor,
               source="visa_letters", reference="letter 17")      # another record sets it
    checklist_of(visit_id)        # the seven ItemLines, in order
    open_items(visit_id)          # what the desk is warned about at check-in

An item is set by a person (``source`` "desk") or driven by another record: the interpreter
bookings drive "interpreter booked" (:func:`refresh_interpreter_item`), and issue 19's visa
letters and financial clearance will drive theirs through :func:`drive_item`. A driver never
overrides a person's "not needed" (the patient brings their own interpreter; a national who
needs no visa). Items live on the stay's first visit (:mod:`frontdesk.services.stays`), so any
visit id of the stay may be given. An item without a row is open, except "interpreter booked"
for a patient who needs no interpreter, which is not needed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from frontdesk.services.actors import Actor
from frontdesk.services.audit import record
from frontdesk.services.case_terms import (
    SOURCE_DESK,
    SOURCE_INTERPRETERS,
    BookingStatus,
    CheckItem,
    ItemState,
    parse_code,
)
from frontdesk.services.patient_input import clean_text
from frontdesk.services.stays import Stay, case_visit, stay_of_visit
from frontdesk.store import case_rows
from frontdesk.store.case_models import ChecklistItem
from frontdesk.store.models import Patient, Staff, Station, Visit, database_proxy, utc_now


@dataclass(frozen=True, slots=True)
class ItemLine:
    item: CheckItem
    state: ItemState
    source: str | None  # "desk", "interpreters", ...; None: never set
    reference: str | None
    note: str | None
    set_by: str | None  # staff display name
    set_station: str | None
    set_at: dt.datetime | None  # UTC

    def as_json(self, tz: dt.tzinfo) -> dict:
        return {
            "item": self.item.value,
            "state": self.state.value,
            "source": self.source,
            "reference": self.reference,
            "note": self.note,
            "set_by": self.set_by,
            "set_station": self.set_station,
            "set_at": self.set_at.astimezone(tz).isoformat() if self.set_at else None,
        }


def default_state(item: CheckItem, interpreter_needed: bool) -> ItemState:
    if item == CheckItem.INTERPRETER_BOOKED and not interpreter_needed:
        return ItemState.NOT_NEEDED
    return ItemState.OPEN


def set_item(
    visit_id: int,
    item: CheckItem | str,
    state: ItemState | str,
    actor: Actor,
    *,
    note: str | None = None,
) -> ItemLine:
    """A person sets an item (one transaction, audited); setting it to what it is changes
    nothing and writes nothing."""
    item, state = _item(item), _state(state)
    note = clean_text(note, "note", required=False, limit=500)
    with database_proxy.atomic():
        stay = stay_of_visit(visit_id)
        _write(stay, item, state, actor, source=SOURCE_DESK, reference=None, note=note)
    return _line(visit_id, item)


def drive_item(
    visit_id: int,
    item: CheckItem | str,
    state: ItemState | str,
    actor: Actor,
    *,
    source: str,
    reference: str | None = None,
) -> bool:
    """Another record sets an item (call inside that record's transaction). A person's "not
    needed" stands. Returns True if the item changed."""
    item, state = _item(item), _state(state)
    stay = stay_of_visit(visit_id)
    current = ChecklistItem.get_or_none(
        (ChecklistItem.visit == case_visit(stay)) & (ChecklistItem.item == item.value)
    )
    if (
        current is not None
        and current.source == SOURCE_DESK
        and current.state == ItemState.NOT_NEEDED.value
    ):
        return False
    return _write(stay, item, state, actor, source=source, reference=reference, note=None)


def _write(stay: Stay, item, state, actor, *, source, reference, note) -> bool:
    visit_id = case_visit(stay)
    current = ChecklistItem.get_or_none(
        (ChecklistItem.visit == visit_id) & (ChecklistItem.item == item.value)
    )
    if current is None:
        needed = _interpreter_needed(stay.patient_id)
        previous = default_state(item, needed)
        if previous == state and source != SOURCE_DESK:
            return False  # a driver confirming the default: nothing to record
    else:
        previous = ItemState(current.state)
        if previous == state and current.note == note and current.source == source:
            return False
    values = {
        "state": state.value,
        "source": source,
        "reference": reference,
        "note": note,
        "set_by": actor.staff.id if actor.staff else None,
        "set_station": actor.station.id if actor.station else None,
        "set_at": utc_now(),
    }
    if current is None:
        ChecklistItem.insert(visit=visit_id, item=item.value, **values).on_conflict(
            conflict_target=[ChecklistItem.visit, ChecklistItem.item], update=values
        ).execute()
    else:
        ChecklistItem.update(**values).where(ChecklistItem.id == current.id).execute()
    record(
        actor,
        "checklist.set",
        "visit",
        visit_id,
        item=item.value,
        old=previous.value,
        new=state.value,
        source=source,
        reference=reference,
    )
    return True


def checklist_of(visit_id: int) -> list[ItemLine]:
    stay = stay_of_visit(visit_id)
    needed = _interpreter_needed(stay.patient_id)
    rows = {
        r.item: r for r in ChecklistItem.select().where(ChecklistItem.visit == case_visit(stay))
    }
    staff_ids = {r.set_by_id for r in rows.values() if r.set_by_id}
    station_ids = {r.set_station_id for r in rows.values() if r.set_station_id}
    staff = {s.id: s.display_name for s in Staff.select().where(Staff.id.in_(staff_ids or [0]))}
    stations = {s.id: s.name for s in Station.select().where(Station.id.in_(station_ids or [0]))}
    lines = []
    for item in CheckItem:
        row = rows.get(item.value)
        if row is None:
            lines.append(
                ItemLine(item, default_state(item, needed), None, None, None, None, None, None)
            )
            continue
        lines.append(
            ItemLine(
                item,
                ItemState(row.state),
                row.source,
                row.reference,
                row.note,
                staff.get(row.set_by_id),
                stations.get(row.set_station_id),
                row.set_at,
            )
        )
    return lines


def _line(visit_id: int, item: CheckItem) -> ItemLine:
    return next(line for line in checklist_of(visit_id) if line.item == item)


def open_items(visit_id: int) -> list[CheckItem]:
    return [line.item for line in checklist_of(visit_id) if line.state.is_open]


def refresh_interpreter_item(visit_ids: Iterable[int], actor: Actor) -> None:
    """Drive "interpreter booked" of the stays of these visits from their bookings: done when
    every open appointment of the stay has an interpreter (booked, confirmed or done, and not
    waiting for a review after a move), else open. Call inside the booking's transaction."""
    seen: set[int] = set()
    for visit_id in sorted(set(visit_ids)):
        if Visit.get_or_none(Visit.id == visit_id) is None:
            continue
        stay = stay_of_visit(visit_id)
        if stay.first_visit_id in seen:
            continue
        seen.add(stay.first_visit_id)  # a stay is known by its first visit
        if not _interpreter_needed(stay.patient_id):
            continue
        cover = case_rows.interpreter_cover(list(stay.visit_ids))
        covering = [
            BookingStatus(status).covers and not review for status, review in cover if status
        ]
        done = bool(cover) and all(covering) and len(covering) == len(cover)
        drive_item(
            stay.first_visit_id,
            CheckItem.INTERPRETER_BOOKED,
            ItemState.DONE if done else ItemState.OPEN,
            actor,
            source=SOURCE_INTERPRETERS,
        )


def _interpreter_needed(patient_id: int) -> bool:
    row = Patient.select(Patient.interpreter_needed).where(Patient.id == patient_id).first()
    return bool(row and row.interpreter_needed)


def _item(value: CheckItem | str) -> CheckItem:
    return parse_code(CheckItem, value, what="a checklist item", where="item")


def _state(value: ItemState | str) -> ItemState:
    words = {"yes": "done", "no": "open", "n/a": "not_needed", "na": "not_needed"}
    return parse_code(ItemState, value, what="a state", where="state", **words)
