"""Who acts and where: staff accounts and stations.

actor = actor_for("demo", "Desk 1")   # an unknown account is refused; a new station is
actor.staff.username                  # registered the first time it is named
"""

from __future__ import annotations

from dataclasses import dataclass

from frontdesk.errors import InputError, NotFound
from frontdesk.services.audit import record
from frontdesk.services.roles import Permission, require
from frontdesk.store.models import Staff, Station, database_proxy


@dataclass(frozen=True, slots=True)
class Actor:
    staff: Staff | None  # None: the system itself (an unattended import)
    station: Station
    authenticated: bool = False  # proved by a password, PIN or token (services.accounts)


def find_staff(username: str) -> Staff:
    staff = Staff.get_or_none(Staff.username == username.strip())
    if staff is None or not staff.active:
        raise NotFound(f"no active staff account named {username!r}")
    return staff


def known_station(name: str) -> Station | None:
    """The station of that name, if one is registered (nothing is written)."""
    return Station.get_or_none(Station.name == name.strip())


def station_named(name: str, kind: str = "desk") -> Station:
    """The station of that name, registered (with an audit record) the first time it is named."""
    name = name.strip()
    if not name or len(name) > 100:
        raise InputError("a station name must have 1 to 100 characters")
    station = Station.get_or_none(Station.name == name)
    if station is not None:
        return station
    with database_proxy.atomic():
        Station.insert(name=name, kind=kind).on_conflict_ignore().execute()
        station = Station.get(Station.name == name)
        record(
            Actor(None, station), "station.register", "station", station.id, name=name, kind=kind
        )
    return station


def station_actor(station_name: str) -> Actor:
    """The station itself, with no staff member (an unattended import or feed); its row is
    made the first time it is named (run it on a worker)."""
    return Actor(None, station_named(station_name))


def actor_for(username: str, station_name: str) -> Actor:
    return Actor(find_staff(username), station_named(station_name))


def create_staff(username: str, display_name: str, actor: Actor | None = None) -> Staff:
    require(actor, Permission.MANAGE_STAFF)  # anyone only until the office's first admin
    username = username.strip()
    if not username or len(username) > 64:
        raise InputError("a staff username must have 1 to 64 characters")
    display_name = (display_name or username).strip()
    if len(display_name) > 200:
        raise InputError("a staff member's name must have at most 200 characters")
    with database_proxy.atomic():
        if Staff.get_or_none(Staff.username == username) is not None:
            raise InputError(f"a staff account named {username!r} exists already")
        staff = Staff.create(username=username, display_name=display_name or username)
        record(
            actor,
            "staff.create",
            "staff",
            staff.id,
            username=username,
        )
    return staff


def deactivate_staff(username: str, actor: Actor | None = None) -> Staff:
    """The account can no longer sign in or act; its past actions keep its name."""
    require(actor, Permission.MANAGE_STAFF)
    staff = find_staff(username)
    with database_proxy.atomic():
        done = (
            Staff.update(active=False)
            .where((Staff.id == staff.id) & (Staff.active == True))  # noqa: E712
            .execute()
        )
        if not done:
            raise NotFound(f"no active staff account named {username!r}")
        record(
            actor,
            "staff.deactivate",
            "staff",
            staff.id,
            username=staff.username,
        )
    return staff


def list_staff() -> list[Staff]:
    return list(Staff.select().where(Staff.active == True).order_by(Staff.username))  # noqa: E712
