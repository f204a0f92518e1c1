"""A door on a shared PostgreSQL whose connection is refused (the network between them cut),
then comes back: it keeps deciding, and the server ends up with each scan exactly once.

The cut is real: the door reaches the server through a TCP relay in this test, and the relay
is shut (connections dropped, the port refusing) and opened again on the same port.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import socket
import threading
import uuid
from urllib.parse import quote, urlsplit

import pytest

from frontdesk.services.actors import actor_for, create_staff
from frontdesk.services.door import DoorStation
from frontdesk.services.office import set_office_zone
from frontdesk.store.database import close_database, open_database

from .helpers import BADGE_DAY as DAY
from .helpers import BADGE_MORNING as RUNS_AT  # noqa: F401 (tests/conftest.py)
from .helpers import NEW_YORK, book, make_patient
from .test_door import Clock, offline_and_back

pytestmark = pytest.mark.postgres


class Relay:
    """Forwards a local port to the PostgreSQL server; ``cut()`` refuses and drops."""

    def __init__(self, target: tuple[str, int]) -> None:
        self.target = target
        probe = socket.socket()
        probe.bind(("127.0.0.1", 0))
        self.port = probe.getsockname()[1]
        probe.close()
        self.listener: socket.socket | None = None
        self.connections: list[socket.socket] = []
        self.lock = threading.Lock()

    def open(self) -> None:
        listener = socket.socket()
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen(16)
        self.listener = listener
        threading.Thread(target=self._accept, args=(listener,), daemon=True).start()

    def _accept(self, listener: socket.socket) -> None:
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return
            server = socket.create_connection(self.target)
            with self.lock:
                self.connections += [client, server]
            for a, b in ((client, server), (server, client)):
                threading.Thread(target=self._pipe, args=(a, b), daemon=True).start()

    @staticmethod
    def _pipe(source: socket.socket, sink: socket.socket) -> None:
        try:
            while data := source.recv(65536):
                sink.sendall(data)
        except OSError:
            pass
        finally:
            for s in (source, sink):
                with contextlib.suppress(OSError):
                    s.shutdown(socket.SHUT_RDWR)

    def cut(self) -> None:
        if self.listener is not None:
            # shutdown() first: on Linux a socket closed while a thread waits in accept() would
            # go on listening.
            with contextlib.suppress(OSError):
                self.listener.shutdown(socket.SHUT_RDWR)
            self.listener.close()
            self.listener = None
        with self.lock:
            for s in self.connections:
                with contextlib.suppress(OSError):
                    s.shutdown(socket.SHUT_RDWR)
                    s.close()
            self.connections.clear()


@pytest.fixture
def relayed_pg_url(tmp_path):
    from tests.conftest import _pg_admin_url, _pg_execute

    admin = _pg_admin_url()
    parts = urlsplit(admin)
    relay = Relay((parts.hostname or "127.0.0.1", parts.port or 5432))
    relay.open()
    schema = f"t_{uuid.uuid4().hex[:12]}"
    _pg_execute(admin, f'CREATE SCHEMA "{schema}"')
    netloc = parts.netloc.rsplit("@", 1)
    host = f"127.0.0.1:{relay.port}"
    netloc = f"{netloc[0]}@{host}" if len(netloc) == 2 else host
    separator = "&" if parts.query else "?"
    url = parts._replace(netloc=netloc).geturl()
    url += f"{separator}options={quote(f'-csearch_path={schema}')}&connect_timeout=2"
    yield url, relay
    close_database()
    relay.cut()
    _pg_execute(admin, f'DROP SCHEMA "{schema}" CASCADE')


def test_refused_connection_then_back(relayed_pg_url, tmp_path):
    url, relay = relayed_pg_url
    open_database(url)
    create_staff("amal", "Amal Haddad")
    set_office_zone("America/New_York", None)
    actor = actor_for("amal", "Desk 1")
    patient = make_patient(actor, family="Haddad", given="Layla")
    visit = book(actor, patient, "A1", 9, day=DAY).visit
    clock = Clock(dt.datetime.combine(DAY, dt.time(12), tzinfo=NEW_YORK))
    door = DoorStation(
        url, "Main entrance", "in", cache_path=tmp_path / "door.sqlite3", clock=clock
    )
    try:
        offline_and_back(door, actor, visit, clock, relay.cut, relay.open)
    finally:
        door.close()
