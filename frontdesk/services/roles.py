"""What each role may do, and the check every service makes before it changes anything.

    require(actor, Permission.CHECK_IN_OTHER_DAY)   # PermissionDenied unless the role may

Roles: **reception** (patients, check-in today, badges), **door** (the door screen only),
**supervisor** (also: check in for another day with a reason, undo another desk's check-in,
revoke badges, read the audit log), **admin** (also: accounts, stations, keys, office
settings). Sign-in is switched on for an office by creating its first admin
(``frontdesk staff add USER --admin``); until then (a new or upgraded database) nobody is
asked for a password and nothing is refused here; the command line and the window say so.
"""

from __future__ import annotations

from enum import StrEnum

from frontdesk.errors import FrontdeskError
from frontdesk.store.models import Staff, StaffCredential


class PermissionDenied(FrontdeskError):
    """The signed-in person's role does not allow this."""


class Role(StrEnum):
    RECEPTION = "reception"
    DOOR = "door"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"


class Permission(StrEnum):
    PATIENTS = "open patients, check in today, print badges"
    INTERPRETERS = "change the interpreter roster"
    CHECK_IN_OTHER_DAY = "check in for a day other than today"
    UNDO_OTHER_DESK = "undo another desk's check-in"
    REVOKE_BADGE = "revoke badges"
    READ_AUDIT = "read the audit log"
    MANAGE_STAFF = "manage staff accounts"
    OFFICE_SETTINGS = "change the office's settings"
    MANAGE_KEYS = "manage badge keys"
    DOOR = "run a door"


_DESK = {Permission.PATIENTS, Permission.INTERPRETERS}
_SUPERVISOR = _DESK | {
    Permission.CHECK_IN_OTHER_DAY,
    Permission.UNDO_OTHER_DESK,
    Permission.REVOKE_BADGE,
    Permission.READ_AUDIT,
    Permission.DOOR,
}
ALLOWED: dict[Role, frozenset[Permission]] = {
    Role.RECEPTION: frozenset(_DESK),
    Role.DOOR: frozenset({Permission.DOOR}),
    Role.SUPERVISOR: frozenset(_SUPERVISOR),
    Role.ADMIN: frozenset(
        _SUPERVISOR | {Permission.MANAGE_STAFF, Permission.OFFICE_SETTINGS, Permission.MANAGE_KEYS}
    ),
}


def sign_in_required() -> bool:
    """Has this office switched sign-in on (an admin with a password exists)?"""
    return (
        StaffCredential.select()
        .where((StaffCredential.role == Role.ADMIN) & StaffCredential.password_hash.is_null(False))
        .exists()
    )


def role_of(staff: Staff | None) -> Role | None:
    if staff is None:
        return None
    credential = StaffCredential.get_or_none(StaffCredential.staff == staff.id)
    return Role(credential.role) if credential else Role.RECEPTION


def may(actor, permission: Permission) -> bool:
    if not sign_in_required():
        return True
    if actor is None or actor.staff is None or not getattr(actor, "authenticated", False):
        return False
    role = role_of(actor.staff)
    return role is not None and permission in ALLOWED[role]


def require(actor, permission: Permission) -> None:
    """Refuse, whoever calls, unless the actor's role allows ``permission`` (or the office has
    not switched sign-in on yet)."""
    if may(actor, permission):
        return
    if actor is None or actor.staff is None or not getattr(actor, "authenticated", False):
        raise PermissionDenied(f"to {permission.value}, sign in first")
    raise PermissionDenied(
        f"{actor.staff.username} ({role_of(actor.staff)}) may not {permission.value}; "
        "ask a supervisor or an admin"
    )
