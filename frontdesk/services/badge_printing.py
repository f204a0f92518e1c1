"""Badges for printing: a holder's badge, a reprint, a replacement, and the day's batch. The
desk, the CLI and the batch print them through :mod:`frontdesk.services.badge_workflow`, which
counts a print only once the output has it; the functions below that return a PDF run that
workflow with the process's memory as the output.

    pdf = print_holder_badge(visit_id, actor, layout_named("cr80"))          # the patient's
    pdf = print_holder_badge(visit_id, actor, layout, companion_id=7)        # a companion's
    pdf = reprint_badge(badge_id, actor, layout)       # same badge, same token, count + 1
    pdf = replace_and_print(badge_id, actor, layout)   # lost: old one refused, new generation
    batch = day_batch(day, actor, layout_named("sheet-letter"), progress=callback)

Writing and drawing are kept apart so that no other desk waits on a printer: badges are issued
(one transaction with their audit records), then drawn (no database), then counted as printed
(one transaction, an audit record per badge). A batch cancelled while drawing leaves issued
badges with a print count of 0, which the next batch prints.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from dataclasses import replace as replace_face

from frontdesk.badge_token import HolderType
from frontdesk.domain import AppointmentStatus, VisitStatus
from frontdesk.errors import InputError, NotFound
from frontdesk.printing.badge_layouts import Layout
from frontdesk.printing.badge_pdf import COLOUR, BadgeFace, Look, render_badges
from frontdesk.printing.fonts import UncoveredText
from frontdesk.services.actors import Actor
from frontdesk.services.audit import record
from frontdesk.services.badge_list import badge_number
from frontdesk.services.badges import (
    badge_validity,
    issue_badge,
    issue_for,
    last_appointment_ends,
    native_left_off,
    printed_names,
    replace_badge,
    signing_key,
    token_of,
    token_with,
)
from frontdesk.services.office import closing_time, office_zone
from frontdesk.store.models import (
    Appointment,
    Badge,
    Companion,
    Patient,
    Visit,
    database_proxy,
    utc_now,
)

# "Yawkey Building, floor 7, room 712" -> "Yawkey Building, floor 7": a door needs the building
# and floor; the room, and anything after it, stays off the badge.
_BUILDING_FLOOR = re.compile(r"^\s*([^,;]{1,60}?)\s*,\s*(floor|level|fl\.?)\s*(\w{1,4})\b", re.I)
_HOLDER_OF_RELATIONSHIP = {
    "interpreter": HolderType.INTERPRETER,
    "visitor": HolderType.VISITOR,
}
_INACTIVE = (AppointmentStatus.CANCELLED.value, AppointmentStatus.NO_SHOW.value)


def holder_of(companion: Companion | None) -> HolderType:
    """A companion whose relationship is "interpreter" or "visitor" wears that badge."""
    if companion is None:
        return HolderType.PATIENT
    relationship = (companion.relationship or "").strip().lower()
    return _HOLDER_OF_RELATIONSHIP.get(relationship, HolderType.COMPANION)


# Words that say what a patient is treated for. A building named with one of them ("Cancer
# Center, floor 7") is left off the badge: the door needs a floor, not a diagnosis.
_REVEALING = re.compile(
    r"cancer|oncolog|tumou?r|leuk|chemo|radiat|hiv|aids\b|std\b|sexual|infect|psych|mental|"
    r"behavio|addict|rehab|detox|fertil|ivf|obstet|gyn|maternity|pregnan|transplant|dialys|"
    r"kidney|renal|hospice|palliat|neuro|cardi|heart|urolog|gastro|digestive|endocrin|diabet|"
    r"derma|ortho|surgery|surgical|emergency|trauma|pediatr|paediatr|children|women|clinic",
    re.I,
)


def neutral_destination(
    locations: Sequence[str | None], departments: Sequence[str | None] = ()
) -> str | None:
    """The buildings and floors of the day's appointments, in order, at most two. A location
    not written as "building, floor N, ..." is left off rather than risk printing a ward, and
    so is a building whose name tells a condition or repeats a department."""
    taken = [d.strip().lower() for d in departments if d and d.strip()]
    places: list[str] = []
    for location in locations:
        match = _BUILDING_FLOOR.match(location or "")
        if not match:
            continue
        building = match.group(1).strip()
        lowered = building.lower()
        if _REVEALING.search(building) or any(d in lowered or lowered in d for d in taken):
            continue
        place = f"{building}, floor {match.group(3)}"
        if place not in places:
            places.append(place)
    return " · ".join(places[:2]) or None


def visit_id_on(mrn: str, day: dt.date) -> int:
    """The id of the patient's visit on that day (raises NotFound: no such patient or visit)."""
    visit = (
        Visit.select(Visit.id)
        .join(Patient)
        .where((Patient.mrn == mrn.strip().upper()) & (Visit.local_date == day))
        .first()
    )
    if visit is None:
        if Patient.get_or_none(Patient.mrn == mrn.strip().upper()) is None:
            raise NotFound(f"no patient with MRN {mrn!r}")
        raise NotFound(f"{mrn} has no visit on {day}")
    return visit.id


def visit_destination(visit_id: int) -> str | None:
    rows = list(
        Appointment.select(Appointment.location, Appointment.department)
        .where((Appointment.visit == visit_id) & Appointment.status.not_in(_INACTIVE))
        .order_by(Appointment.start)
    )
    return neutral_destination([a.location for a in rows], [a.department for a in rows])


def holder_languages(visit_ids: list[int]) -> dict[int, str | None]:
    """Visit id -> its patient's language (for glyph shapes: Japanese kanji), one query."""
    rows = (
        Visit.select(Visit.id, Patient.preferred_language)
        .join(Patient)
        .where(Visit.id.in_(list(set(visit_ids))))
        .tuples()
    )
    return dict(rows)


def face_of(
    badge: Badge,
    token: str,
    photo: bytes | None = None,
    languages: dict[int, str | None] | None = None,
) -> BadgeFace:
    """What a badge row prints; ``languages`` from :func:`holder_languages` (else read)."""
    tz = office_zone()
    if languages is None:
        languages = holder_languages([badge.visit_id])
    return BadgeFace(
        holder=HolderType(badge.holder_type),
        display_name=badge.display_name,
        native_name=badge.native_name,
        valid_from=badge.valid_from.astimezone(tz),
        valid_until=badge.valid_until.astimezone(tz),
        destination=badge.destination,
        number=badge_number(badge),
        token=token,
        photo=photo,
        language=languages.get(badge.visit_id),
    )


def _current_badge(visit_id: int, companion_id: int | None) -> Badge | None:
    holder = Badge.companion.is_null() if companion_id is None else Badge.companion == companion_id
    return (
        Badge.select()
        .where(
            (Badge.visit == visit_id)
            & holder
            & Badge.revoked_at.is_null()
            & Badge.superseded_at.is_null()
            & (Badge.valid_until > utc_now())
        )
        .order_by(Badge.id.desc())
        .first()
    )


def holder_badge(
    visit_id: int,
    actor: Actor,
    *,
    companion_id: int | None = None,
    destination: str | None = None,
    valid_until: dt.datetime | None = None,
) -> tuple[Badge, str]:
    """The holder's current badge on this visit and its token: reused when this desk can sign
    it again, replaced (a new generation) when another desk's key signed it, issued when there
    is none. The destination defaults to the visit's buildings and floors."""
    current = _current_badge(visit_id, companion_id)
    if current is not None and (
        valid_until in (None, current.valid_until) and destination in (None, current.destination)
    ):  # unchanged
        token = token_of(current)
        if token is not None:
            return current, token
        return replace_badge(current.id, actor, reason="printed again at another desk")
    holder = None
    if companion_id is not None:
        holder = holder_of(Companion.get_or_none(Companion.id == companion_id))
    with database_proxy.atomic():
        if current is not None:  # new dates or destination: the old badge gives way
            return replace_badge(
                current.id,
                actor,
                reason="changed dates or destination",
                destination=destination,
                valid_until=valid_until,
            )
        return issue_badge(
            visit_id,
            actor,
            companion_id=companion_id,
            holder=holder,
            destination=destination or visit_destination(visit_id),
            valid_until=valid_until,
        )


def mark_printed(badges: list[Badge], actor: Actor, layout: Layout) -> None:
    """Count the prints: one transaction, an audit record per badge."""
    if not badges:
        return
    ids = [badge.id for badge in badges]
    with database_proxy.atomic():
        for chunk in range(0, len(ids), 500):
            Badge.update(print_count=Badge.print_count + 1).where(
                Badge.id.in_(ids[chunk : chunk + 500])
            ).execute()
        for badge in badges:
            record(
                actor,
                "badge.print",
                "badge",
                badge.id,
                layout=layout.key,
                generation=badge.generation,
            )


PREVIEW_TOKEN = "PREVIEW"  # the QR of a preview: a word, not a token any door accepts
NEW_NUMBER = "B-new"


def preview_faces(
    visit_id: int, holders: list[int | None], valid_until: dt.datetime | None = None
) -> list[BadgeFace]:
    """What printing would give, written nowhere: a holder's current badge as it is (its
    token when this desk can sign it again), or the badge that would be issued, with a new
    number and a QR that only says PREVIEW."""
    if not holders:
        raise InputError("choose at least one person to print a badge for")
    visit = Visit.get_or_none(Visit.id == visit_id)
    if visit is None:
        raise NotFound(f"no visit with id {visit_id}")
    tz = office_zone()
    destination = visit_destination(visit_id)
    faces = []
    for holder in holders:
        current = _current_badge(visit_id, holder)
        if current is not None and valid_until in (None, current.valid_until):
            token = token_of(current)
            face = face_of(current, token or PREVIEW_TOKEN)
            faces.append(face if token else replace_face(face, number=NEW_NUMBER))
            continue
        companion = Companion.get_or_none(Companion.id == holder) if holder else None
        person = companion or Patient.get_by_id(visit.patient_id)
        start, end = badge_validity(visit.local_date, tz, valid_until, visit_id=visit.id)
        name, native = printed_names(person)
        faces.append(
            BadgeFace(
                holder_of(companion),
                name,
                native,
                start,
                end,
                destination,
                NEW_NUMBER,
                PREVIEW_TOKEN,
                language=visit.patient.preferred_language,
            )
        )
    return faces


def prepare_badges(
    visit_id: int,
    actor: Actor,
    holders: list[int | None],
    valid_until: dt.datetime | None = None,
    *,
    destination: str | None = None,
) -> list[tuple[Badge, str]]:
    """The badges (with tokens) of the visit's holders, in one transaction: ``None`` is the
    patient, a number a companion. Called when the desk prints (a preview is
    :func:`preview_faces`, which writes nothing); nothing is counted as printed until
    :func:`mark_printed`, after the printer or the file has it."""
    if not holders:
        raise InputError("choose at least one person to print a badge for")
    with database_proxy.atomic():
        return [
            holder_badge(
                visit_id,
                actor,
                companion_id=holder,
                destination=destination,
                valid_until=valid_until,
            )
            for holder in holders
        ]


def names_left_off(held: list[tuple[Badge, str]]) -> list[str]:
    """For the desk: whose native-script name the badges leave off (no font can print it)."""
    notes = []
    for badge, _token in held:
        if badge.native_name:
            continue
        person = badge.companion if badge.companion_id else badge.visit.patient
        note = native_left_off(person)
        if note:
            notes.append(note)
    return notes


def holders_left_off(visit_id: int, holders: list[int | None]) -> list[str]:
    """For a preview: whose native-script name the badges would leave off, and why."""
    visit = Visit.get_or_none(Visit.id == visit_id)
    if visit is None:
        return []
    notes = []
    for holder in holders:
        person = Companion.get_or_none(Companion.id == holder) if holder else visit.patient
        note = native_left_off(person) if person is not None else None
        if note:
            notes.append(note)
    return notes


def render_prepared(
    held: list[tuple[Badge, str]],
    layout: Layout,
    photo: bytes | None = None,
    look: Look = COLOUR,
) -> bytes:
    languages = holder_languages([badge.visit_id for badge, _token in held])
    title = ", ".join(badge_number(badge) for badge, _token in held)
    faces = [
        face_of(badge, token, photo if i == 0 else None, languages)
        for i, (badge, token) in enumerate(held)
    ]
    return render_badges(faces, layout, title=title, look=look)


def _kept_in_memory(call) -> tuple[Badge, bytes]:
    """Run a :mod:`~frontdesk.services.badge_workflow` print whose output is this process's
    memory: the badge and the PDF, counted as printed once the PDF is handed over."""
    from frontdesk.services.badge_workflow import Delivery

    kept: list[bytes] = []

    def keep(pdf: bytes, _name: str) -> Delivery:
        kept.append(pdf)
        return Delivery(printed=True)

    done = call(keep)
    return done.badges[0], kept[0]


def print_holder_badge(
    visit_id: int,
    actor: Actor,
    layout: Layout,
    *,
    companion_id: int | None = None,
    destination: str | None = None,
    valid_until: dt.datetime | None = None,
    photo: bytes | None = None,
) -> tuple[Badge, bytes]:
    """One holder's badge as a PDF kept in memory (see :func:`holder_badge` for which badge),
    through the one print workflow (:func:`badge_workflow.print_holders`)."""
    from frontdesk.services.badge_workflow import print_holders

    return _kept_in_memory(
        lambda keep: print_holders(
            visit_id,
            [companion_id],
            actor,
            layout,
            keep,
            valid_until=valid_until,
            destination=destination,
            photo=photo,
        )
    )


def reprint_badge(badge_id: int, actor: Actor, layout: Layout) -> tuple[Badge, bytes]:
    """The same badge again (a jammed printer, a smudged label): same number, same token."""
    badge = Badge.get_or_none(Badge.id == badge_id)
    if badge is None:
        raise NotFound(f"no badge {badge_id}")
    if badge.revoked_at is not None or badge.superseded_at is not None:
        raise InputError(f"badge {badge_number(badge)} was revoked or replaced; issue a new one")
    token = token_of(badge)
    if token is None:  # signed at another desk: this desk cannot print that token
        return replace_and_print(badge_id, actor, layout, reason="printed again at another desk")
    from frontdesk.services.badge_workflow import print_held

    return _kept_in_memory(lambda keep: print_held([(badge, token)], actor, layout, keep))


def replace_and_print(
    badge_id: int, actor: Actor, layout: Layout, reason: str = "lost"
) -> tuple[Badge, bytes]:
    """A lost badge: the old one is refused at every door from now on, and a new generation
    for the same holder, destination and end is printed (:func:`badge_workflow.replace_lost`)."""
    from frontdesk.services.badge_workflow import replace_lost

    return _kept_in_memory(lambda keep: replace_lost(badge_id, actor, layout, keep, reason=reason))


@dataclass(frozen=True, slots=True)
class Batch:
    pdf: bytes
    badges: int
    patients: int
    skipped: tuple[str, ...] = ()  # "B-12 Ninsun UR: no installed font can print ..."
    printed: tuple[Badge, ...] = ()  # the badges on the PDF: count them with mark_printed()
    # once the printer or the file has it
    left_off: tuple[str, ...] = ()  # printed with the passport name alone, and why


def _expected_visits(day: dt.date) -> list[Visit]:
    active = Appointment.select(Appointment.visit).where(Appointment.status.not_in(_INACTIVE))
    return list(
        Visit.select(Visit, Patient)
        .join(Patient)
        .where(
            (Visit.local_date == day)
            & (Visit.status == VisitStatus.EXPECTED.value)
            & Visit.id.in_(active)
        )
        .order_by(Patient.family_name, Patient.given_name, Patient.id)
    )


def _batch_badges(visits: list[Visit], actor: Actor) -> list[tuple[Badge, str]]:
    """Each expected holder's badge, reused or issued: the rows read in four statements, not
    four a holder, and all the writes in one transaction."""
    visit_ids = [v.id for v in visits]
    companions: dict[int, list[Companion]] = {}
    for companion in (
        Companion.select()
        .where(Companion.patient.in_([v.patient_id for v in visits]))
        .order_by(Companion.id)
    ):
        companions.setdefault(companion.patient_id, []).append(companion)
    patients = {v.patient_id: v.patient for v in visits}  # read with the visits (a join)
    for group in companions.values():
        for companion in group:  # their names follow their patient's culture: no query each
            companion.patient = patients[companion.patient_id]
    current: dict[tuple[int, int | None], Badge] = {}
    for badge in (
        Badge.select()
        .where(
            Badge.visit.in_(visit_ids)
            & Badge.revoked_at.is_null()
            & Badge.superseded_at.is_null()
            & (Badge.valid_until > utc_now())
        )
        .order_by(Badge.id)
    ):
        current[(badge.visit_id, badge.companion_id)] = badge  # the newest wins
    locations: dict[int, list[str | None]] = {}
    departments: dict[int, list[str | None]] = {}
    for appointment in (
        Appointment.select(Appointment.visit, Appointment.location, Appointment.department)
        .where(Appointment.visit.in_(visit_ids) & Appointment.status.not_in(_INACTIVE))
        .order_by(Appointment.start)
    ):
        locations.setdefault(appointment.visit_id, []).append(appointment.location)
        departments.setdefault(appointment.visit_id, []).append(appointment.department)
    tz = office_zone()
    closes = closing_time()  # read once for the batch, as the visits' last appointments
    last_ends = last_appointment_ends(visits, tz)
    held: list[tuple[Badge, str]] = []
    with database_proxy.atomic():
        key = signing_key(actor)
        for visit in visits:
            people: list[tuple[Patient | Companion, Companion | None]] = [(visit.patient, None)]
            people += [(c, c) for c in companions.get(visit.patient_id, ())]
            for person, companion in people:
                badge = current.get((visit.id, companion.id if companion else None))
                if badge is not None:
                    token = token_with(badge, key) or token_of(badge)
                    if token is None:  # signed at another desk: a new generation from here
                        held.append(replace_badge(badge.id, actor, reason="batch at another desk"))
                    else:
                        held.append((badge, token))
                    continue
                destination = neutral_destination(
                    locations.get(visit.id, []), departments.get(visit.id, [])
                )
                held.append(
                    issue_for(
                        visit,
                        person,
                        actor,
                        key,
                        companion=companion,
                        holder=holder_of(companion),
                        destination=destination,
                        tz=tz,
                        closes=closes,
                        last_end=last_ends[visit.id],
                    )
                )
    return held


def day_batch(
    day: dt.date,
    actor: Actor,
    layout: Layout,
    *,
    progress: Callable[[int, int], bool] | None = None,
    look: Look = COLOUR,
) -> Batch:
    """Badges for every patient expected on ``day`` (not yet arrived) and each companion,
    sorted by family name. ``progress(done, total)`` after each drawn badge; False cancels
    (:class:`frontdesk.printing.badge_pdf.Cancelled`). Nothing is counted as printed here: the
    caller calls :func:`mark_printed` with ``Batch.printed`` once the printer or file has it."""
    visits = _expected_visits(day)
    if not visits:
        raise InputError(f"no patients are expected on {day.isoformat()}", where="date")
    held = _batch_badges(visits, actor)
    # A name no font can print stops its own badge, not the batch: the rest print, and the
    # desk is told whose badge is missing and why.
    printable, skipped = [], []
    languages = holder_languages([badge.visit_id for badge, _token in held])
    for badge, token in held:
        face = face_of(badge, token, languages=languages)
        try:
            printable.append((badge, face.checked()))
        except UncoveredText as error:
            skipped.append(f"{badge_number(badge)} {badge.display_name}: {error}")
    if not printable:
        raise InputError("no badge of the day can be printed: " + "; ".join(skipped))
    total = len(printable)
    report = None if progress is None else (lambda done: progress(done, total))
    pdf = render_badges(
        (face for _badge, face in printable),
        layout,
        title=f"Badges for {day.isoformat()}",
        progress=report,
        look=look,
    )
    return Batch(
        pdf,
        total,
        len(visits),
        tuple(skipped),
        tuple(badge for badge, _face in printable),
        tuple(names_left_off(held)),
    )
