"""Issuing, revoking and checking visitor badges: the records and their signed tokens.

    badge, token = issue_badge(visit_id, actor)                          # the patient's badge
    badge, token = issue_badge(visit_id, actor, companion_id=7, destination="Yawkey, floor 5")
    verdict = verify_badge(token)                                        # what a door decides
    replace_badge(badge.id, actor, reason="lost")                        # revoke + new generation

Each desk that issues badges signs with its own Ed25519 key: the private key is made on first
use in the data directory (file mode 0600) and never leaves it; the public key goes into the
database under a key id, where every door can read it. Retiring a key makes its badges fail.
A token verifies only as the badge record says it was issued: with that badge's key, for that
holder and those dates (another desk's key cannot re-sign a badge; see ``as_issued``).
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from frontdesk.badge_token import BadgeClaims, HolderType, Verdict, as_issued, sign, verify
from frontdesk.config import data_dir
from frontdesk.domain import AppointmentStatus
from frontdesk.errors import ConflictError, InputError, NotFound
from frontdesk.names import patient_native_name
from frontdesk.printing.fonts import font_book
from frontdesk.services.actors import Actor
from frontdesk.services.audit import record
from frontdesk.services.key_files import read_private_key, write_private_key
from frontdesk.services.office import closing_time, office_zone
from frontdesk.services.roles import Permission, require
from frontdesk.store.badge_keys import register_key
from frontdesk.store.models import (
    Appointment,
    Badge,
    BadgeKey,
    Companion,
    Patient,
    Visit,
    database_proxy,
    utc_now,
)


class _Unread(enum.Enum):
    READ = "read it"  # badge_validity(last_end=READ): not read by the caller, read it


READ = _Unread.READ


def key_dir() -> Path:
    """Where this station's private badge keys are (backups carry them)."""
    path = data_dir() / "keys"
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def _key_file(key_id: int) -> Path:
    return key_dir() / f"badge-signing-{key_id}.pem"


def signing_key(actor: Actor) -> tuple[int, Ed25519PrivateKey]:
    """This desk's current key: the newest unretired key whose private half is here, or a new
    one, registered in the database (with an audit record) the first time."""
    for key in (
        BadgeKey.select().where(BadgeKey.retired_at.is_null()).order_by(BadgeKey.key_id.desc())
    ):
        private = _private_key(key.key_id)
        if private is not None:
            return key.key_id, private
    private = Ed25519PrivateKey.generate()
    public = private.public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )
    with database_proxy.atomic():
        key_id = register_key(public.hex(), actor.station.id)
        record(actor, "badge_key.create", "badge_key", key_id)
        path = _key_file(key_id)
        if path.exists():  # another database's key of this number, or an orphan: kept aside
            path.replace(path.with_name(f"{path.stem}.{utc_now():%Y%m%dT%H%M%S}.unused.pem"))
        write_private_key(path, private)
    return key_id, private


def _private_key(key_id: int) -> Ed25519PrivateKey | None:
    """This desk's private half of the database's key ``key_id``, if it has it. A key file of
    the same number made for another database (a desk that first ran on its own file) does not
    match the public key registered here, and is not used: its badges would all look forged."""
    private = read_private_key(_key_file(key_id))
    if private is None:
        return None
    registered = BadgeKey.get_or_none(BadgeKey.key_id == key_id)
    public = private.public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )
    if registered is None or registered.public_key != public.hex():
        return None
    return private


def token_of(badge: Badge) -> str | None:
    """The badge's token again, for a reprint: Ed25519 signatures are deterministic, so signing
    the same claims with the same key gives the same token. None when the key that signed it
    is not on this desk (another desk issued it) or has been retired."""
    key = BadgeKey.get_or_none((BadgeKey.key_id == badge.key_id) & BadgeKey.retired_at.is_null())
    private = _private_key(badge.key_id) if key is not None else None
    if private is None:
        return None
    claims = BadgeClaims(
        badge.key_id,
        badge.id,
        HolderType(badge.holder_type),
        badge.valid_from,
        badge.valid_until,
    )
    return sign(claims, private)


def retire_key(key_id: int, actor: Actor) -> None:
    require(actor, Permission.MANAGE_KEYS)
    with database_proxy.atomic():
        updated = (
            BadgeKey.update(retired_at=utc_now())
            .where((BadgeKey.key_id == key_id) & BadgeKey.retired_at.is_null())
            .execute()
        )
        if not updated:
            raise NotFound(f"no active badge key {key_id}")
        record(actor, "badge_key.retire", "badge_key", key_id)


def _public_key(key_id: int) -> Ed25519PublicKey | None:
    key = BadgeKey.get_or_none((BadgeKey.key_id == key_id) & BadgeKey.retired_at.is_null())
    return Ed25519PublicKey.from_public_bytes(bytes.fromhex(key.public_key)) if key else None


def _badge_state(badge_id: int) -> str | None:
    badge = Badge.get_or_none(Badge.id == badge_id)
    if badge is None:
        return "revoked"  # signed by us but unknown here: never honour it
    if badge.superseded_at is not None:
        return "superseded"
    if badge.revoked_at is not None:
        return "revoked"
    return None


@dataclass(frozen=True, slots=True)
class BadgeCheck:
    verdict: Verdict
    display_name: str | None
    native_name: str | None
    destination: str | None

    def as_json(self) -> dict:
        v = self.verdict
        return {
            "valid": v.valid,
            "reason": v.reason.value if v.reason else None,
            "badge_id": v.badge_id,
            "holder_type": v.holder.value if v.holder else None,
            "display_name": self.display_name if v.valid else None,
            "destination": self.destination if v.valid else None,
            "valid_until": v.valid_until.isoformat() if v.valid_until else None,
        }


def verify_badge(payload: object, at: dt.datetime | None = None) -> BadgeCheck:
    """The door's decision, with what the door may show for a valid badge."""
    verdict = verify(payload, at or utc_now(), _public_key, _badge_state)
    badge = Badge.get_or_none(Badge.id == verdict.badge_id) if verdict.badge_id else None
    if badge is not None:
        verdict = as_issued(
            verdict, badge.key_id, badge.holder_type, badge.valid_from, badge.valid_until
        )
    if not verdict.valid:
        badge = None
    return BadgeCheck(
        verdict,
        badge.display_name if badge else None,
        badge.native_name if badge else None,
        badge.destination if badge else None,
    )


def issue_badge(
    visit_id: int,
    actor: Actor,
    *,
    companion_id: int | None = None,
    holder: HolderType | None = None,
    destination: str | None = None,
    valid_until: dt.datetime | None = None,
    supersedes: Badge | None = None,
) -> tuple[Badge, str]:
    """A badge for the visit's patient, or for one of their companions; valid from now (or the
    visit day's start) until the office closes on the visit day unless told otherwise."""
    visit = Visit.get_or_none(Visit.id == visit_id)
    if visit is None:
        raise NotFound(f"no visit with id {visit_id}")
    if companion_id is not None:
        companion = Companion.get_or_none(
            (Companion.id == companion_id) & (Companion.patient == visit.patient_id)
        )
        if companion is None:
            raise InputError(f"companion {companion_id} does not travel with this patient")
        person = companion
    else:
        companion = None
        person = Patient.get_by_id(visit.patient_id)
    with database_proxy.atomic():
        return issue_for(
            visit,
            person,
            actor,
            signing_key(actor),
            companion=companion,
            holder=holder,
            destination=destination,
            valid_until=valid_until,
            supersedes=supersedes,
        )


def issue_for(
    visit: Visit,
    person: Patient | Companion,
    actor: Actor,
    key: tuple[int, Ed25519PrivateKey],
    *,
    companion: Companion | None = None,
    holder: HolderType | None = None,
    destination: str | None = None,
    valid_until: dt.datetime | None = None,
    supersedes: Badge | None = None,
    tz: dt.tzinfo | None = None,
    closes: dt.time | None = None,
    last_end: dt.datetime | _Unread | None = READ,
) -> tuple[Badge, str]:
    """The badge row, its token and its audit record, for rows already read (a batch reads
    them all at once, the office's closing time and each visit's last appointment included:
    ``closes``, ``last_end``); run it inside the caller's transaction."""
    holder = HolderType(holder or (HolderType.COMPANION if companion else HolderType.PATIENT))
    start, end = badge_validity(
        visit.local_date,
        tz or office_zone(),
        valid_until,
        visit_id=visit.id,
        closes=closes,
        last_end=last_end,
    )
    display_name, native_name = printed_names(person)
    key_id, private = key
    badge = Badge.create(
        visit=visit,
        holder_type=holder.value,
        companion=companion,
        display_name=display_name,
        native_name=native_name,
        destination=destination,
        valid_from=start,
        valid_until=end,
        key_id=key_id,
        generation=(supersedes.generation + 1) if supersedes else 1,
        supersedes=supersedes,
        issued_by=actor.staff,
        issued_station=actor.station,
    )
    token = sign(BadgeClaims(key_id, badge.id, holder, start, end), private)
    record(
        actor,
        "badge.issue",
        "badge",
        badge.id,
        visit=visit.id,
        holder=holder,
        generation=badge.generation,
    )
    return badge, token


# A day badge lasts this long after the visit's last appointment ends, when that is after the
# office closes (an evening procedure): time to come out and leave.
AFTER_LAST_APPOINTMENT = dt.timedelta(minutes=30)


def badge_validity(
    day: dt.date,
    tz: dt.tzinfo,
    valid_until: dt.datetime | None = None,
    *,
    visit_id: int | None = None,
    closes: dt.time | None = None,
    last_end: dt.datetime | _Unread | None = READ,
) -> tuple[dt.datetime, dt.datetime]:
    """From now (or the visit day's start) until ``valid_until``, or else the office's closing
    time on the visit day or :data:`AFTER_LAST_APPOINTMENT` after the visit's last appointment
    that day ends, whichever is later; a badge issued after both (an evening walk-in) runs to
    midnight. Refused when a given end has passed. ``closes`` and ``last_end`` (the visit's
    last appointment's end, None for none) when the caller has read them already."""
    day_start = dt.datetime.combine(day, dt.time(0), tzinfo=tz)
    start = max(day_start, utc_now().astimezone(tz)).replace(second=0, microsecond=0)
    end = valid_until or dt.datetime.combine(day, closes or closing_time(), tzinfo=tz)
    if valid_until is None and end <= start:
        end = dt.datetime.combine(day + dt.timedelta(days=1), dt.time(0), tzinfo=tz)
    if valid_until is None and visit_id is not None:
        last = (
            last_appointment_end(visit_id, day_start, day_start + dt.timedelta(days=1))
            if last_end is READ
            else last_end
        )
        if last is not None:
            end = max(end, (last + AFTER_LAST_APPOINTMENT).astimezone(tz))
    if end <= start:
        raise InputError(
            "the badge would already be expired; give a later end", where="valid_until"
        )
    return start, end


def last_appointment_end(
    visit_id: int, day_start: dt.datetime, day_end: dt.datetime
) -> dt.datetime | None:
    """When the visit's last appointment starting that day ends (cancelled ones aside)."""
    rows = (
        Appointment.select(Appointment.start, Appointment.duration_min)
        .where(
            (Appointment.visit == visit_id)
            & (Appointment.start >= day_start)
            & (Appointment.start < day_end)
            & (Appointment.status != AppointmentStatus.CANCELLED.value)
        )
        .tuples()
    )
    ends = [start + dt.timedelta(minutes=minutes or 0) for start, minutes in rows]
    return max(ends, default=None)


def last_appointment_ends(visits: list[Visit], tz: dt.tzinfo) -> dict[int, dt.datetime | None]:
    """:func:`last_appointment_end` of many visits in one statement (a batch's)."""
    ends: dict[int, dt.datetime | None] = {v.id: None for v in visits}
    days = {v.id: dt.datetime.combine(v.local_date, dt.time(0), tzinfo=tz) for v in visits}
    rows = (
        Appointment.select(Appointment.visit, Appointment.start, Appointment.duration_min)
        .where(
            Appointment.visit.in_(list(ends))
            & (Appointment.status != AppointmentStatus.CANCELLED.value)
        )
        .tuples()
    )
    for visit_id, start, minutes in rows:
        day_start = days[visit_id]
        if day_start <= start < day_start + dt.timedelta(days=1):
            end = start + dt.timedelta(minutes=minutes or 0)
            last = ends[visit_id]
            ends[visit_id] = end if last is None or end > last else last
    return ends


def printed_names(person: Patient | Companion) -> tuple[str, str | None]:
    """The passport name as badges print it ("Layla HADDAD") and the native-script name.

    Checked before a badge is issued, not when it is drawn: a passport name that no installed
    font can print raises :class:`~frontdesk.printing.fonts.UncoveredText` (nothing is
    written); a native-script name that cannot print is left off, the badge carries the
    passport name alone, and :func:`native_left_off` says why."""
    display = f"{person.given_name} {person.family_name.upper()}"
    font_book().check(display, "passport name")
    native = patient_native_name(person)
    if native and font_book().missing(native):
        native = None
    return display, native


def native_left_off(person: Patient | Companion) -> str | None:
    """Why the person's native-script name is not on their badge, or None when it is."""
    native = patient_native_name(person)
    missing = font_book().missing(native or "")
    if not missing:
        return None
    shown = ", ".join(f"U+{ord(c):04X}" for c in missing)
    return (
        f"{person.given_name} {person.family_name.upper()}: the native-script name {native} "
        f"cannot be printed (no installed font has {shown}); the badge shows the passport name"
    )


def token_with(badge: Badge, key: tuple[int, Ed25519PrivateKey]) -> str | None:
    """The badge's token signed again with ``key`` if that key signed it, else None."""
    key_id, private = key
    if badge.key_id != key_id:
        return None
    claims = BadgeClaims(
        key_id, badge.id, HolderType(badge.holder_type), badge.valid_from, badge.valid_until
    )
    return sign(claims, private)


def revoke_badge(badge_id: int, actor: Actor, reason: str) -> Badge:
    require(actor, Permission.REVOKE_BADGE)
    with database_proxy.atomic():
        badge = Badge.get_or_none(Badge.id == badge_id)
        if badge is None:
            raise NotFound(f"no badge {badge_id}")
        if badge.revoked_at is None:
            badge.revoked_at = utc_now()
            badge.revoked_by = actor.staff
            badge.revoked_reason = (reason or "")[:200] or None
            badge.save()
            record(actor, "badge.revoke", "badge", badge.id, reason=reason)
    return badge


def replace_badge(
    badge_id: int,
    actor: Actor,
    reason: str = "lost",
    *,
    destination: str | None = None,
    valid_until: dt.datetime | None = None,
) -> tuple[Badge, str]:
    """A lost badge: the old one is superseded (refused at every door), a new generation issued
    for the same holder, in one transaction; same destination and end unless new ones are
    given. Two desks replacing the same badge at once: one succeeds, the other is told."""
    with database_proxy.atomic():
        old = Badge.get_or_none(Badge.id == badge_id)
        if old is None:
            raise NotFound(f"no badge {badge_id}")
        superseded = (
            Badge.update(superseded_at=utc_now(), revoked_reason=(reason or "")[:200] or None)
            .where((Badge.id == badge_id) & Badge.superseded_at.is_null())
            .execute()
        )
        if not superseded:
            raise ConflictError(f"badge {badge_id} was already replaced")
        record(actor, "badge.supersede", "badge", old.id, reason=reason)
        return issue_badge(
            old.visit_id,
            actor,
            companion_id=old.companion_id,
            holder=HolderType(old.holder_type),
            destination=destination or old.destination,
            valid_until=valid_until or old.valid_until,
            supersedes=old,
        )
