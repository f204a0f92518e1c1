"""Staff sign-in: passwords and PINs hashed with argon2id, lockout, roles, service tokens.

    admin = add_staff(None, "ines", "Inês Costa", Role.ADMIN, password="…")  # the first admin
    actor = sign_in("ines", "…", "Desk 1")          # an authenticated Actor, or SignInFailed
    add_staff(actor, "amal", "Amal Haddad", Role.RECEPTION, password="…")
    unlock(actor, "4711")                           # the same person back at a locked screen

Passwords and PINs are stored as argon2id hashes (argon2-cffi, RFC 9106's low-memory profile:
3 passes over 64 MiB, 4 lanes; ~0.1 s a check here, see docs/benchmarks.md), never as text.
Five wrong passwords or PINs in a row lock the account for 15 minutes, at every station (the
lock is in the shared database); an admin unlocks it (``frontdesk staff unlock USER``). A wrong
user name and a wrong password get the same answer. Failures and locks are audited.

:class:`Authenticator` is what a hospital directory would implement (an LDAP or Active
Directory bind, e.g. with ldap3): given the account and the secret, yes or no. Local accounts
(:class:`LocalPasswords`) are built in.
"""

from __future__ import annotations

import datetime as dt
import os
import secrets
from functools import cache
from typing import Protocol

from frontdesk.errors import ConfigError, FrontdeskError, InputError, NotFound
from frontdesk.services.actors import Actor, create_staff, station_named
from frontdesk.services.audit import record
from frontdesk.services.roles import Permission, Role, require, sign_in_required
from frontdesk.store.models import Staff, StaffCredential, database_proxy, utc_now

MAX_FAILURES = 5
LOCK_TIME = dt.timedelta(minutes=15)
MIN_PASSWORD = 10
PIN_DIGITS = (4, 8)


class SignInFailed(FrontdeskError):
    """Wrong user name, password, PIN or token; or the account is locked."""


PROFILE_ENV = "FRONTDESK_ARGON2_PROFILE"  # "cheapest": tests only (a hash keeps its parameters)


def _hasher():
    return _hasher_for(os.environ.get(PROFILE_ENV, "rfc9106-low-memory"))


@cache
def _hasher_for(name: str):
    try:
        from argon2 import PasswordHasher, profiles
    except ImportError as error:  # pragma: no cover - a dependency of the package
        raise ConfigError("staff sign-in needs argon2-cffi (pip install argon2-cffi)") from error
    profile = profiles.CHEAPEST if name == "cheapest" else profiles.RFC_9106_LOW_MEMORY
    return PasswordHasher.from_parameters(profile)


def hash_secret(secret: str) -> str:
    return _hasher().hash(secret)


def secret_matches(stored: str | None, secret: str) -> bool:
    if not stored:
        return False
    from argon2.exceptions import InvalidHashError, VerificationError

    try:
        return _hasher().verify(stored, secret)
    except (VerificationError, InvalidHashError):
        return False


class Authenticator(Protocol):
    """Says whether ``secret`` is this account's password (a directory bind, or local)."""

    def password_matches(self, staff: Staff, secret: str) -> bool: ...


class LocalPasswords:
    def password_matches(self, staff: Staff, secret: str) -> bool:
        credential = StaffCredential.get_or_none(StaffCredential.staff == staff.id)
        return secret_matches(credential.password_hash if credential else None, secret)


LOCAL = LocalPasswords()


def _credential(staff: Staff) -> StaffCredential:
    credential = StaffCredential.get_or_none(StaffCredential.staff == staff.id)
    if credential is None:
        credential = StaffCredential.create(staff=staff, role=Role.RECEPTION)
    return credential


def _active(username: str) -> Staff | None:
    return Staff.get_or_none((Staff.username == username.strip()) & (Staff.active == True))  # noqa: E712


def _check(staff: Staff | None, passed: bool, station, what: str) -> None:
    """Count a failure (locking at :data:`MAX_FAILURES`) or clear the count; raise on failure.
    The failure is committed before the error is raised."""
    now = utc_now()
    failure: str | None = None
    with database_proxy.atomic():
        credential = _credential(staff) if staff is not None else None
        if (
            staff is not None
            and credential
            and credential.locked_until
            and credential.locked_until > now
        ):
            until = credential.locked_until
            failure = (
                f"the account {staff.username} is locked until {until:%H:%M} UTC after "
                f"{MAX_FAILURES} wrong attempts; an admin can unlock it"
            )
        elif not passed:
            failure = f"wrong user name or {what}"
            if staff is not None and credential is not None:
                failures = credential.failed_attempts + 1
                locked = now + LOCK_TIME if failures >= MAX_FAILURES else None
                StaffCredential.update(
                    failed_attempts=0 if locked else failures, locked_until=locked
                ).where(StaffCredential.staff == staff.id).execute()
                record(Actor(staff, station), "staff.sign_in_failed", "staff", staff.id, what=what)
                if locked:
                    record(Actor(staff, station), "staff.locked", "staff", staff.id, until=locked)
                    failure += f"; the account is now locked for {LOCK_TIME.seconds // 60} minutes"
        elif (
            staff is not None
            and credential
            and (credential.failed_attempts or credential.locked_until)
        ):
            StaffCredential.update(failed_attempts=0, locked_until=None).where(
                StaffCredential.staff == staff.id
            ).execute()
    if failure:
        raise SignInFailed(failure)


def sign_in(
    username: str,
    password: str,
    station_name: str,
    *,
    authenticator: Authenticator = LOCAL,
    audit: bool = True,
) -> Actor:
    """An authenticated actor; :class:`SignInFailed` otherwise (the same words for a wrong
    name as for a wrong password). ``audit``: record the sign-in (the window: switching
    people is a sign-in); a command line run records only its change."""
    staff = _active(username)
    station = station_named(station_name)
    passed = staff is not None and authenticator.password_matches(staff, password)
    _check(staff, passed, station, "password")
    assert staff is not None  # _check refused a name that has no active account
    if audit:
        with database_proxy.atomic():
            record(Actor(staff, station), "staff.sign_in", "staff", staff.id)
    return Actor(staff, station, authenticated=True)


def sign_in_with_token(token: str, station_name: str) -> Actor:
    """A service account (the watch folder, the MLLP listener) by its API token."""
    username, _, _secret = token.strip().partition(":")
    staff = _active(username)
    station = station_named(station_name)
    credential = StaffCredential.get_or_none(StaffCredential.staff == staff.id) if staff else None
    passed = credential is not None and secret_matches(credential.token_hash, token.strip())
    _check(staff, passed, station, "token")
    return Actor(staff, station, authenticated=True)


def unlock(actor: Actor, secret: str) -> Actor:
    """The signed-in person back at their locked screen: their PIN, or their password."""
    if actor.staff is None:
        raise SignInFailed("nobody is signed in here; sign in")
    credential = _credential(actor.staff)
    passed = secret_matches(credential.pin_hash, secret) or LOCAL.password_matches(
        actor.staff, secret
    )
    _check(actor.staff, passed, actor.station, "PIN or password")
    return actor


def add_staff(
    actor: Actor | None,
    username: str,
    display_name: str,
    role: Role | str = Role.RECEPTION,
    *,
    password: str | None = None,
) -> Staff:
    """A new account. The first admin (an office without sign-in yet) needs nobody's
    permission; after that, only an admin adds accounts."""
    role = _role(role)
    first_admin = not sign_in_required()
    if first_admin and role is Role.ADMIN and not password:
        raise InputError("the first admin needs a password", where="--admin")
    if not first_admin:
        require(actor, Permission.MANAGE_STAFF)
    hashed = hash_secret(_strong(password)) if password else None  # not inside the transaction
    with database_proxy.atomic():
        staff = create_staff(username, display_name, actor)
        StaffCredential.create(staff=staff, role=role, password_hash=hashed)
        record(actor, "staff.role_set", "staff", staff.id, role=role)
    return staff


def set_password(actor: Actor | None, username: str, password: str) -> None:
    """One's own password, or (an admin) anyone's: a reset also unlocks the account."""
    staff = _existing(username)
    if not _is_self(actor, staff):
        require(actor, Permission.MANAGE_STAFF)
    hashed = hash_secret(_strong(password))
    with database_proxy.atomic():
        _credential(staff)
        StaffCredential.update(
            password_hash=hashed, failed_attempts=0, locked_until=None, changed_at=utc_now()
        ).where(StaffCredential.staff == staff.id).execute()
        record(actor, "staff.password_set", "staff", staff.id)


def set_pin(actor: Actor, pin: str) -> None:
    """The signed-in person's own PIN, to unlock their own locked screen."""
    if actor.staff is None or not (actor.authenticated or not sign_in_required()):
        raise InputError("sign in before setting a PIN")
    low, high = PIN_DIGITS
    if not (pin.isascii() and pin.isdigit() and low <= len(pin) <= high):
        raise InputError(f"a PIN has {low} to {high} digits", where="PIN")
    hashed = hash_secret(pin)
    with database_proxy.atomic():
        _credential(actor.staff)
        StaffCredential.update(pin_hash=hashed).where(
            StaffCredential.staff == actor.staff.id
        ).execute()
        record(actor, "staff.pin_set", "staff", actor.staff.id)


def set_role(actor: Actor | None, username: str, role: Role | str) -> None:
    role = _role(role)
    require(actor, Permission.MANAGE_STAFF)
    staff = _existing(username)
    with database_proxy.atomic():
        _credential(staff)
        StaffCredential.update(role=role).where(StaffCredential.staff == staff.id).execute()
        record(actor, "staff.role_set", "staff", staff.id, role=role)


def unlock_account(actor: Actor | None, username: str) -> None:
    require(actor, Permission.MANAGE_STAFF)
    staff = _existing(username)
    with database_proxy.atomic():
        _credential(staff)
        StaffCredential.update(failed_attempts=0, locked_until=None).where(
            StaffCredential.staff == staff.id
        ).execute()
        record(actor, "staff.unlock", "staff", staff.id)


def issue_token(actor: Actor | None, username: str) -> str:
    """A new API token for a service account (the old one stops working); shown once."""
    require(actor, Permission.MANAGE_STAFF)
    staff = _existing(username)
    token = f"{staff.username}:{secrets.token_urlsafe(32)}"
    with database_proxy.atomic():
        _credential(staff)
        StaffCredential.update(token_hash=hash_secret(token)).where(
            StaffCredential.staff == staff.id
        ).execute()
        record(actor, "staff.token_issued", "staff", staff.id)
    return token


def role_name(staff: Staff) -> str:
    credential = StaffCredential.get_or_none(StaffCredential.staff == staff.id)
    return credential.role if credential else Role.RECEPTION.value


def _role(role: Role | str) -> Role:
    try:
        return Role(role)
    except ValueError:
        names = ", ".join(r.value for r in Role)
        raise InputError(f"no role {role!r}: one of {names}", where="--role") from None


def _strong(password: str | None) -> str:
    if password is None or len(password) < MIN_PASSWORD:
        raise InputError(f"a password has at least {MIN_PASSWORD} characters", where="password")
    return password


def _existing(username: str) -> Staff:
    staff = _active(username)
    if staff is None:
        raise NotFound(f"no active staff account named {username!r}")
    return staff


def _is_self(actor: Actor | None, staff: Staff) -> bool:
    return bool(actor and actor.authenticated and actor.staff and actor.staff.id == staff.id)


def _who(actor: Actor | None):
    return actor.staff if actor else None


def _where(actor: Actor | None):
    return actor.station if actor else None
