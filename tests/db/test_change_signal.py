"""Other stations hear of a change when it commits (PostgreSQL NOTIFY; SQLite's change counter),
never of one rolled back, and a listener whose connection was killed connects again and says so,
so that its station reads what it did not hear."""

from __future__ import annotations

import threading
import time

import psycopg
import pytest

from frontdesk.services.audit import record
from frontdesk.store import change_signal
from frontdesk.store.changes import latest_event_id
from frontdesk.store.models import database_proxy
from tests.db.helpers import make_patient


def _until(condition, timeout_s: float = 5.0) -> bool:
    end = time.monotonic() + timeout_s
    while time.monotonic() < end:
        if condition():
            return True
        time.sleep(0.01)
    return condition()


def held_reconnection(monkeypatch) -> threading.Event:
    """Listeners connect once; connecting again waits for the event (so that a test can
    commit a change while nobody listens)."""
    gate = threading.Event()
    real = change_signal.PostgresChangeWatch._connect

    def connect(self):
        if self.connected_once:
            gate.wait(30)
        self.connected_once = True
        return real(self)

    monkeypatch.setattr(change_signal.PostgresChangeWatch, "connected_once", False, raising=False)
    monkeypatch.setattr(change_signal.PostgresChangeWatch, "_connect", connect)
    return gate


def kill_listener(db) -> int:
    """pg_terminate_backend on this schema's listening connections; how many."""
    ((channel,),) = db.execute_sql(f"SELECT {change_signal._CHANNEL_SQL}").fetchall()
    ((killed,),) = db.execute_sql(
        "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
        "WHERE application_name = %s AND query LIKE %s",
        (change_signal.LISTENER_NAME, f'LISTEN "{channel}"%'),
    ).fetchall()
    return killed


class Heard:
    """A station's reader: counts the times it was told to read."""

    def __init__(self) -> None:
        self.count = 0
        self.lock = threading.Lock()

    def __call__(self) -> None:
        with self.lock:
            self.count += 1


@pytest.fixture
def heard(db):
    heard = Heard()
    watch = change_signal.watch_changes(db, heard, poll_s=0.05)
    # Listening starts with one call (what was committed before it listened).
    assert _until(lambda: heard.count == 1)
    yield heard, watch
    watch.stop(wait_s=5)
    assert not watch.thread.is_alive()


def test_a_change_committed_elsewhere_reaches_the_watch(heard, actor):
    heard, _watch = heard
    done = threading.Event()

    def other_station():  # a connection of its own, as another desk's
        database_proxy.obj.connect(reuse_if_open=True)
        make_patient(actor, mrn="N1")
        database_proxy.obj.close()
        done.set()

    threading.Thread(target=other_station).start()
    assert done.wait(10)
    assert _until(lambda: heard.count >= 2)


@pytest.mark.postgres
def test_a_rolled_back_change_sends_nothing(pg_url):
    from frontdesk.services.actors import actor_for, create_staff
    from frontdesk.store.database import close_database, open_database

    open_database(pg_url)
    create_staff("amal", "Amal Haddad")
    actor = actor_for("amal", "Desk 1")
    ((channel,),) = database_proxy.obj.execute_sql(f"SELECT {change_signal._CHANNEL_SQL}")
    with psycopg.connect(pg_url, autocommit=True) as listener:
        listener.execute(psycopg.sql.SQL("LISTEN {}").format(psycopg.sql.Identifier(channel)))
        with pytest.raises(RuntimeError), database_proxy.atomic():
            record(actor, "test.change", "patient", 1)
            raise RuntimeError("the desk's change fails half-way")
        with database_proxy.atomic():
            record(actor, "test.change", "patient", 2)
        committed = latest_event_id()
        notices = list(listener.notifies(timeout=5, stop_after=1))
        # Notices come in commit order: the first is the committed change's, not the other's.
        assert [n.payload for n in notices] == [str(committed)]
        assert list(listener.notifies(timeout=0.3)) == []
    close_database()


@pytest.mark.postgres
def test_two_schemas_do_not_wake_each_other(pg_url):
    from frontdesk.store.database import close_database, open_database

    open_database(pg_url)
    ((mine,),) = database_proxy.obj.execute_sql(f"SELECT {change_signal._CHANNEL_SQL}")
    close_database()
    assert mine.startswith("frontdesk_changes.t_")  # the test's schema, not "public"


@pytest.mark.postgres
def test_a_killed_listener_connects_again_and_says_to_read(pg_url, monkeypatch):
    from frontdesk.services.actors import actor_for, create_staff
    from frontdesk.store.database import close_database, open_database

    db = open_database(pg_url)
    create_staff("amal", "Amal Haddad")
    actor = actor_for("amal", "Desk 1")
    heard = Heard()
    reconnect = held_reconnection(monkeypatch)
    watch = change_signal.watch_changes(db, heard)
    try:
        assert _until(lambda: heard.count == 1 and watch.connected.is_set())
        assert kill_listener(db) == 1
        assert _until(lambda: not watch.connected.is_set())
        make_patient(actor, mrn="LOST1")  # heard by nobody
        reconnect.set()
        assert _until(lambda: watch.reconnections == 1 and heard.count >= 2, 10)
        assert watch.connected.is_set()
        # And it listens again: the next change is heard.
        before = heard.count
        make_patient(actor, mrn="AFTER1")
        assert _until(lambda: heard.count > before)
    finally:
        watch.stop(wait_s=5)
        close_database()


def test_sqlite_watch_hears_another_connection_only(tmp_path):
    """SQLite: a commit by another connection changes the file's counter; reading does not."""
    from frontdesk.services.actors import actor_for, create_staff
    from frontdesk.store.database import close_database, open_database

    db = open_database(f"sqlite:///{tmp_path / 'desk.sqlite3'}")
    create_staff("amal", "Amal Haddad")
    actor = actor_for("amal", "Desk 1")
    heard = Heard()
    watch = change_signal.watch_changes(db, heard, poll_s=0.02)
    try:
        assert _until(lambda: heard.count == 1)
        for _ in range(5):
            latest_event_id()  # reads are not changes
        polled = watch.polls
        assert _until(lambda: watch.polls >= polled + 5)  # the counter read five times since
        assert heard.count == 1
        make_patient(actor, mrn="S1")
        assert _until(lambda: heard.count == 2)
    finally:
        watch.stop(wait_s=5)
        close_database()
