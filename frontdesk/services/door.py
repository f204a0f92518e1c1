"""A door station: decide on each scanned badge alone, log every scan, send the log when it can.

    door = DoorStation("sqlite:///ipc.sqlite3", "Main entrance", "in")
    door.refresh()                 # keys, revocations, names, who is on site: into the door's file
    result = door.scan(payload)    # the verdict, from the token and that file: no network
    door.flush()                   # queued scans into the shared database, each exactly once

A verdict needs only the token's signature, its dates and the door's copy of the revocation
list, so a door whose network or database is down keeps deciding; it says so, and how old its
copy is. Every scan is written to the door's own file (synced) before the answer is shown, and
sent later with a unique id, so nothing is lost and nothing lands twice. The same badge at the
same door within :data:`REPEAT_WINDOW` is one scan (a second beep, a badge held in front of the
camera): the door looks for it in its own file, so that rule holds across refreshes, reconnects
and restarts.

The door keeps its own view of who is on site (the shared database's answer at its last
refresh, with its own scans since), and says with each scan what it did: "in", "out" or
nothing (:func:`frontdesk.services.onsite.way`). Leaving always counts: a genuine badge refused
at an exit (expired, revoked, replaced) still counts its holder out.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import datetime as dt
import json
import logging
import os
import re
import threading
import uuid
from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from frontdesk.badge_token import TOKEN_LENGTH, VERSION, HolderType, Reason, as_issued, verify
from frontdesk.config import data_dir
from frontdesk.errors import FrontdeskError, InputError
from frontdesk.services.actors import station_named
from frontdesk.services.office import office_zone
from frontdesk.services.onsite import (
    DOOR_SILENT,
    GENUINE_REFUSALS,
    WINDOW,
    DoorContact,
    Inside,
    OnSite,
    Presence,
    count,
    current_entries,
    entries,
    holder_key,
    onsite_from,
)
from frontdesk.store import door_contacts, scan_log
from frontdesk.store.database import close_database, open_database, ping, sqlite_path
from frontdesk.store.door_cache import CachedBadge, DoorCache, QueuedScan
from frontdesk.store.models import Badge, BadgeKey, Station, database_proxy, utc_now
from frontdesk.timeutil import computer_zone_name, zone

log = logging.getLogger(__name__)

# in: an entrance; out: an exit; both: an entrance used both ways (each scan enters or leaves);
# inside: a door within the building (a clinical area), which logs and decides but moves nobody
# out of the building.
DIRECTIONS = ("in", "out", "both", "inside")
REPEAT_WINDOW = dt.timedelta(seconds=5)
SNAPSHOT_PAST = dt.timedelta(days=1)  # badges that ended longer ago are not needed at a door
NEW_BADGE_GRACE = dt.timedelta(minutes=2)
# A badge not in the door's copy (issued since) passes on its signature alone only while the
# copy is this fresh, and only signed with a desk's key: a made-up badge id signed with some
# key, with a fresh start, is refused once the copy is older (the door refreshes every 30 s).
NEW_BADGE_WINDOW = dt.timedelta(minutes=10)


class Misread(StrEnum):
    """What a payload that is no badge token looks like (the door says which)."""

    INCOMPLETE = "incomplete"  # the start of a token: a truncated read, scan again
    SHORT = "short"  # a short code: a wristband or another barcode
    UNREADABLE = "unreadable"  # anything else


@dataclass(frozen=True, slots=True)
class ScanResult:
    """A verdict as values: the door's window (and whoever else shows it) makes the words."""

    valid: bool
    reason: Reason | None
    at: dt.datetime  # UTC
    badge_id: int | None = None
    holder: HolderType | None = None
    display_name: str | None = None
    native_name: str | None = None
    destination: str | None = None
    valid_until: dt.datetime | None = None
    valid_from: dt.datetime | None = None
    misread: Misread | None = None  # a payload that is no badge (reason MALFORMED): what it is
    length: int = 0  # the payload's length, in characters (of TOKEN_LENGTH for a token)
    repeat: bool = False  # the same badge again within the repeat window: not logged again
    way: str | None = None  # "in" or "out": what the scan counted; None: nobody moved

    @property
    def counts(self) -> bool:
        return self.way is not None


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "door"


class DoorStation:
    def __init__(
        self,
        url: str,
        door: str,
        direction: str = "both",
        *,
        cache_path: str | Path | None = None,
        clock=None,
    ) -> None:
        door = door.strip()
        if not door or len(door) > 100:
            raise InputError("a door name must have 1 to 100 characters", where="--door")
        if direction not in DIRECTIONS:
            raise InputError(
                f"direction must be one of {', '.join(DIRECTIONS)}", where="--direction"
            )
        self.url = url
        self.door = door
        self.direction = direction
        self._clock = clock or utc_now
        path = cache_path or data_dir() / f"door-{_slug(door)}.sqlite3"
        self.cache = DoorCache(path)
        self.online = False
        self.last_error: str | None = None
        self._station_id: int | None = None
        self._inode: int | None = None
        self._recent: dict[object, ScanResult] = {}  # the last verdicts shown, for repeats
        self._db_lock = threading.Lock()
        self._view_lock = threading.Lock()
        self._inside: Inside | None = None  # who is on site, as this door knows
        db_path = sqlite_path(url)
        if db_path is not None and db_path != ":memory:" and database_proxy.obj is not None:
            with contextlib.suppress(OSError):  # already open here: remember which file it is
                self._inode = os.stat(Path(db_path).expanduser()).st_ino
        self._load_snapshot()

    # -- the door's own copy ------------------------------------------------------------------
    def _load_snapshot(self) -> None:
        keys = {}
        for key_id, public in self.cache.keys().items():
            try:
                keys[key_id] = Ed25519PublicKey.from_public_bytes(bytes.fromhex(public))
            except ValueError:
                log.warning("badge key %s in the door's copy is damaged; ignored", key_id)
        self._keys = keys
        self._badges = self.cache.badges()
        self._issuing = self.cache.issuing_keys()
        self._refreshed_at = self.cache.refreshed_at()
        try:
            self.zone = zone(self.cache.get("office_zone") or computer_zone_name())
        except FrontdeskError:
            self.zone = zone(computer_zone_name())

    @property
    def refreshed_at(self) -> dt.datetime | None:
        return self._refreshed_at

    def now(self) -> dt.datetime:
        """This instant by the door's clock (UTC)."""
        return self._clock()

    def pending(self) -> int:
        return self.cache.pending_count()

    # -- deciding -----------------------------------------------------------------------------
    def _state(self, badge_id: int) -> str | None:
        badge = self._badges.get(badge_id)
        return badge.state if badge else None

    def scan(self, payload: object) -> ScanResult:
        """The verdict on one scanned payload, logged (durably, on this door) unless it repeats
        the last scan of the same badge here within the repeat window. Never raises on the
        payload."""
        now = self._clock()
        verdict = verify(payload, now, self._keys.get, self._state)
        if verdict.reason is Reason.MALFORMED and isinstance(payload, str):
            # A key or two before the scan (someone touched the keyboard just before): the
            # badge is the last TOKEN_LENGTH characters.
            tail = payload.strip()[-TOKEN_LENGTH:]
            if len(payload.strip()) > TOKEN_LENGTH:
                tail_verdict = verify(tail, now, self._keys.get, self._state)
                if tail_verdict.reason is not Reason.MALFORMED:
                    payload, verdict = tail, tail_verdict
        badge = self._badges.get(verdict.badge_id) if verdict.badge_id is not None else None
        if badge is not None and badge.key_id is not None:
            verdict = as_issued(
                verdict, badge.key_id, badge.holder_type, badge.valid_from, badge.valid_until
            )
        elif verdict.valid and badge is None:
            verdict = self._unknown_badge(verdict, now)
        identity = verdict.badge_id if verdict.badge_id is not None else _payload_key(payload)
        last = self._recent.get(identity)
        repeat = last is not None and dt.timedelta(0) <= now - last.at < REPEAT_WINDOW
        if not repeat and verdict.badge_id is not None:
            # The door's own file remembers across refreshes, reconnects and restarts.
            logged = self.cache.last_scan_of(verdict.badge_id, now - REPEAT_WINDOW)
            repeat = logged is not None and logged.at <= now
        if repeat and last is not None:
            return replace(last, repeat=True)
        text = payload.strip() if isinstance(payload, str) else ""
        result = ScanResult(
            valid=verdict.valid,
            reason=verdict.reason,
            at=now,
            badge_id=verdict.badge_id,
            holder=verdict.holder,
            # A door shows who and where only for a badge it lets through.
            display_name=badge.display_name if badge and verdict.valid else None,
            native_name=badge.native_name if badge and verdict.valid else None,
            destination=badge.destination if badge and verdict.valid else None,
            valid_until=verdict.valid_until,
            valid_from=verdict.valid_from,
            misread=misread(payload) if verdict.reason is Reason.MALFORMED else None,
            length=len(text),
            repeat=repeat,
        )
        if repeat:  # after a restart: the verdict again, nothing logged or counted again
            self._recent[identity] = result
            return result
        # Counted and queued under one lock: a refresh on the worker rebuilds the door's view
        # either before both (and finds the scan in the queue) or after both.
        with self._view_lock:
            if verdict.badge_id is not None and (
                verdict.valid or verdict.reason in GENUINE_REFUSALS
            ):
                did = count(
                    self._view(),
                    self._holder(verdict.badge_id),
                    (verdict.badge_id, now, self.direction, self.door, verdict.valid),
                )
                result = replace(result, way=did)
            self.cache.enqueue(
                QueuedScan(
                    uid=str(uuid.uuid4()),
                    at=now,
                    door=self.door,
                    direction=self.direction,
                    valid=result.valid,
                    reason=result.reason.value if result.reason else None,
                    badge_id=result.badge_id,
                    holder_type=result.holder.value if result.holder else None,
                )
            )
        self._recent[identity] = result
        if len(self._recent) > 1000:
            cutoff = now - REPEAT_WINDOW
            self._recent = {k: v for k, v in self._recent.items() if v.at >= cutoff}
        return result

    def _unknown_badge(self, verdict, now: dt.datetime):
        """A well-signed badge the door's copy does not hold: one issued since the copy was
        made passes; anything else is refused (see :data:`NEW_BADGE_WINDOW`)."""
        if self._refreshed_at is None:
            return verdict  # a door that never had a copy decides on signatures alone
        if verdict.valid_from is not None and verdict.valid_from < (
            self._refreshed_at - NEW_BADGE_GRACE
        ):
            # Signed by us, valid before our last copy was made, yet not in it: deleted.
            return replace(verdict, valid=False, reason=Reason.REVOKED)
        if verdict.key_id not in self._issuing or now - self._refreshed_at > NEW_BADGE_WINDOW:
            return replace(verdict, valid=False, reason=Reason.NOT_IN_COPY)
        return verdict

    # -- the shared database ------------------------------------------------------------------
    def _reachable(self) -> bool:
        """Connected to the shared database, opening it if needed. A SQLite file that is gone
        (or replaced) from its path counts as unreachable: nothing is created in its place."""
        path = sqlite_path(self.url)
        if path is not None and path != ":memory:":
            try:
                inode = os.stat(Path(path).expanduser()).st_ino
            except OSError:
                self._disconnect("the database file is not there")
                return False
            if self._inode not in (None, inode) and not self._adopt_replaced_file(inode):
                # Another file at the path: a backup copied back (restored), or something else
                # (an empty file). The office's database it is if it holds a badge key this
                # door knows: then the door goes on with it and sends again the scans it kept
                # (the copy may predate them; their ids make a resend land once). Anything
                # else: offline, rather than send scans there.
                return False
        if database_proxy.obj is None or database_proxy.obj.is_closed():
            try:
                # A door never changes the shared schema: the desks' program upgrades it.
                open_database(self.url, upgrade=False)
            except FrontdeskError as error:
                self._went_offline(str(error))
                return False
            if path is not None and path != ":memory:":
                self._inode = os.stat(Path(path).expanduser()).st_ino
        return True

    def _adopt_replaced_file(self, inode: int) -> bool:
        if database_proxy.obj is not None:
            close_database()
        try:
            open_database(self.url, upgrade=False)
            theirs = {k.key_id: k.public_key for k in BadgeKey.select()}
        except Exception as error:  # not a database, or not ours: the drivers' errors differ
            log.info("door %s: the file at the database's path is not usable: %s", self.door, error)
            theirs = None
        known = self.cache.keys()
        if theirs is None or (known and not any(theirs.get(k) == v for k, v in known.items())):
            self._disconnect(
                "the file at the database's path is not this office's database "
                "(no badge key this door knows)"
            )
            return False
        self._inode = inode
        resent = self.cache.send_kept_again()
        log.warning(
            "door %s: the database file was replaced (restored from a backup?): reconnected, "
            "%d kept scan(s) to send again",
            self.door,
            resent,
        )
        return True

    def _disconnect(self, why: str) -> None:
        if database_proxy.obj is not None:
            close_database()
        self._went_offline(why)  # the file's identity (inode) is kept: see _reachable

    def _went_offline(self, why: str) -> None:
        if self.online:
            log.warning("door %s is offline: %s", self.door, why)
        self.online = False
        self.last_error = why

    def check(self) -> bool:
        """Is the shared database there (a stat for a SQLite file, a trivial query on a server)?
        The door window asks every second, to say at once when it goes offline or comes back."""
        with self._db_lock:
            if not self._reachable():
                return False
            try:
                ping()
            except Exception as error:
                self._disconnect(f"{type(error).__name__}: {error}")
                return False
            return True

    def refresh(self) -> bool:
        """Copy keys, badge states, names and who is on site from the shared database into the
        door's file; True when done (online). The door's queue is sent first, so that the
        copy holds every scan of this door but those made while it is taken (remembered as
        such: see :meth:`_view`)."""
        with self._db_lock:
            if not self._reachable():
                return False
            if not self._flush_locked()[0]:
                return False
            try:
                newest = self.cache.newest_sent_uid()
                if newest is not None and not scan_log.holds(newest):
                    # The database lost scans this door sent (restored from an older copy,
                    # in place or through `frontdesk restore`): send what the door kept.
                    log.warning("door %s: the database lacks its scans: sending again", self.door)
                    self.cache.send_kept_again()
                    if not self._flush_locked()[0]:
                        return False
                now = self._clock()
                if self._station_id is None:
                    self._station_id = station_named(f"Door: {self.door}"[:100], "door").id
                live = list(BadgeKey.select().where(BadgeKey.retired_at.is_null()))
                desks = {s.id for s in Station.select().where(Station.kind == "desk")}
                keys = {k.key_id: k.public_key for k in live}
                issuing = frozenset(k.key_id for k in live if k.station_id in desks)
                badges = [
                    CachedBadge(
                        b.id,
                        "superseded"
                        if b.superseded_at is not None
                        else ("revoked" if b.revoked_at is not None else None),
                        b.holder_type,
                        b.display_name,
                        b.native_name,
                        b.destination,
                        b.valid_until,
                        holder_key(b.visit_id, b.companion_id),
                        b.key_id,
                        b.valid_from,
                    )
                    for b in Badge.select().where(Badge.valid_until > now - SNAPSHOT_PAST)
                ]
                inside, _rows = current_entries(now)
                onsite = [(p.badge_id, p.entered_at, p.door) for p in inside.values()]
                zone_name = office_zone().key
                door_contacts.touch(self.door, now)
                contacts = {d: at.isoformat() for d, at in door_contacts.last_contacts().items()}
            except Exception as error:  # the drivers' errors differ; any means offline
                self._disconnect(f"{type(error).__name__}: {error}")
                return False
            # Scans made while the copy was read are not in it: the cache remembers which (no
            # send can run before this lock is let go), and the view adds them.
            self.cache.replace_snapshot(keys, badges, onsite, now, issuing)
            self.cache.set("office_zone", zone_name)
            self.cache.set("door_contacts", json.dumps(contacts))
            self._load_snapshot()
            with self._view_lock:
                self._inside = None
                self._view()
            self.online = True
            self.last_error = None
            return True

    def flush(self, batch: int = 500) -> int:
        """Send queued scans to the shared database, each exactly once; returns how many were
        sent. Offline: nothing is lost, they wait in the door's file."""
        with self._db_lock:
            return self._flush_locked(batch)[1]

    def _flush_locked(self, batch: int = 500) -> tuple[bool, int]:
        """Send the whole queue (the caller holds the lock): (all sent, how many)."""
        sent = 0
        while True:
            queued = self.cache.pending(batch)
            if not queued:
                return True, sent
            if not self._reachable():
                return False, sent
            try:
                if self._station_id is None:  # scans say which door station sent them
                    self._station_id = station_named(f"Door: {self.door}"[:100], "door").id
                with database_proxy.atomic():
                    scan_log.insert(
                        [
                            (
                                q.uid,
                                q.at,
                                q.door,
                                q.direction,
                                q.valid,
                                q.reason,
                                q.badge_id,
                                q.holder_type,
                            )
                            for q in queued
                        ],
                        self._station_id,
                        self._clock(),
                    )
            except Exception as error:
                self._disconnect(f"{type(error).__name__}: {error}")
                return False, sent
            # Committed: forget them here. A crash before this line resends them, and the
            # database keeps the first copy (the uid is unique).
            self.cache.mark_sent([q.uid for q in queued], self._clock())
            self.online = True
            sent += len(queued)

    # -- who is on site -----------------------------------------------------------------------
    def onsite(self) -> list[OnSite]:
        """Who is on site: the shared database's answer at the last refresh (call
        :meth:`refresh` first when online), with this door's own scans since."""
        with self._view_lock:
            inside = dict(self._view())
        return onsite_from(inside, self._describe)

    def _view(self) -> Inside:
        """Who is on site as this door knows (the caller holds the view lock): built once from
        the copy and the door's own scans that the copy cannot hold (made after it, not yet
        sent, or being sent while it was read), then kept by :meth:`scan`."""
        if self._inside is not None:
            return self._inside
        snapshot: Inside = {
            self._holder(badge_id): Presence(at, door, badge_id)
            for badge_id, at, door in self.cache.onsite()
        }
        genuine = {r.value for r in GENUINE_REFUSALS}
        later = [
            (q.badge_id, q.at, q.direction, q.door, q.valid)
            for q in self.cache.scans_not_in_copy(self._clock() - WINDOW)
            if q.badge_id is not None and (q.valid or q.reason in genuine)
        ]
        self._inside = entries(later, start=snapshot, holder=self._holder)
        return self._inside

    def door_contacts(self) -> list[DoorContact]:
        """Each door's last contact with the shared database as this door last saw it (at its
        refresh), itself included: offline when it is, or when silent too long."""
        now = self._clock()
        try:
            seen = json.loads(self.cache.get("door_contacts") or "{}")
            contacts: dict[str, dt.datetime | None] = {
                d: dt.datetime.fromisoformat(at) for d, at in seen.items()
            }
        except (ValueError, TypeError, AttributeError):
            contacts = {}
        contacts[self.door] = self._refreshed_at
        return [
            DoorContact(
                door,
                at,
                (not self.online) if door == self.door else (at is None or now - at > DOOR_SILENT),
            )
            for door, at in sorted(contacts.items())
        ]

    def _holder(self, badge_id: int) -> object:
        badge = self._badges.get(badge_id)
        return badge.holder_key if badge and badge.holder_key else badge_id

    def _describe(self, badge_id: int):
        badge = self._badges.get(badge_id)
        if badge is None:
            return None
        holder = HolderType(badge.holder_type) if badge.holder_type else None
        return holder, badge.display_name, badge.native_name, badge.destination

    def close(self) -> None:
        self.cache.close()


def misread(payload: object) -> Misread:
    """What a payload that is no badge token is: the start of one (a truncated read: scan
    again), a short code (another barcode), or anything else."""
    text = payload.strip() if isinstance(payload, str) else ""
    if text and len(text) < TOKEN_LENGTH and _starts_a_token(text):
        return Misread.INCOMPLETE
    if text and len(text) < TOKEN_LENGTH:
        return Misread.SHORT
    return Misread.UNREADABLE


def _starts_a_token(text: str) -> bool:
    """Base32 whose first byte is this format's version: the beginning of a badge token."""
    text = text.upper()
    if len(text) < 2 or any(c not in _BASE32 for c in text):
        return False
    whole = text[: len(text) // 8 * 8] or text[:8].ljust(8, "A")
    try:
        first = base64.b32decode(whole[:8])[0]
    except (binascii.Error, ValueError):
        return False
    return first == VERSION


_BASE32 = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")


def _payload_key(payload: object) -> object:
    if isinstance(payload, str | bytes):
        return payload[:200]
    return repr(type(payload))
