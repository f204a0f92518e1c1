"""A new badge key's number: the next free one, safe when several desks make theirs at once.

    key_id = register_key(public.hex(), station_id)   # inside the caller's transaction

Key ids are small (the token has 16 bits for them) and dense, so they are not a sequence's:
the next number after the highest is tried, and when another desk took it meanwhile (on
PostgreSQL the unique key says so at the INSERT; SQLite's write lock makes it impossible) the
INSERT is undone to its savepoint and the next number tried.
"""

from __future__ import annotations

from peewee import IntegrityError

from frontdesk.errors import ConflictError
from frontdesk.store.models import BadgeKey, database_proxy

MAX_KEY_ID = 0xFFFF
_ATTEMPTS = 20  # more desks than this making their first key in the same instant: none


def register_key(public_key_hex: str, station_id: int | None) -> int:
    for _attempt in range(_ATTEMPTS):
        last = BadgeKey.select(BadgeKey.key_id).order_by(BadgeKey.key_id.desc()).first()
        key_id = (last.key_id if last else 0) + 1
        if key_id > MAX_KEY_ID:
            raise ConflictError("no badge key ids left; retire and remove old keys")
        try:
            with database_proxy.atomic():  # a savepoint: only this INSERT is undone
                BadgeKey.create(key_id=key_id, public_key=public_key_hex, station=station_id)
        except IntegrityError:
            continue  # another desk registered this number first
        return key_id
    raise ConflictError("other desks keep taking the next badge key id; try again")
