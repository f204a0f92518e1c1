"""The badges of a visit as the patient panel lists them (no PDF machinery imported here: the
window loads this at start)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from frontdesk.badge_token import HolderType
from frontdesk.services.office import office_zone
from frontdesk.store.models import Badge, utc_now


def badge_number(badge: Badge) -> str:
    """As printed and as the desk reads it back: B-1042, or B-1042/2 for a replacement."""
    return f"B-{badge.id}" + (f"/{badge.generation}" if badge.generation > 1 else "")


@dataclass(frozen=True, slots=True)
class BadgeLine:
    """A badge of the visit, as the patient panel lists it."""

    id: int
    number: str
    holder: HolderType
    companion_id: int | None
    name: str
    valid_until: dt.datetime  # office zone
    print_count: int
    state: str  # "valid", "expired", "revoked", "replaced"


def visit_badges(visit_id: int) -> list[BadgeLine]:
    tz = office_zone()
    now = utc_now()
    lines = []
    for badge in Badge.select().where(Badge.visit == visit_id).order_by(Badge.id):
        if badge.superseded_at is not None:
            state = "replaced"
        elif badge.revoked_at is not None:
            state = "revoked"
        elif badge.valid_until <= now:
            state = "expired"
        else:
            state = "valid"
        lines.append(
            BadgeLine(
                badge.id,
                badge_number(badge),
                HolderType(badge.holder_type),
                badge.companion_id,
                badge.display_name,
                badge.valid_until.astimezone(tz),
                badge.print_count,
                state,
            )
        )
    return lines
