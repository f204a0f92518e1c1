"""Other stations' changes reach the window when they commit, not by reading the audit log every
second: an idle window reads nothing, a change made on another connection shows, and a window
whose listening connection was killed connects again and shows what it did not hear."""

from __future__ import annotations

import threading

import pytest

from frontdesk.gui.schedule_model import STATUS
from frontdesk.services.checkin import check_in
from frontdesk.store.models import database_proxy
from tests.db.helpers import DAY
from tests.db.test_change_signal import held_reconnection, kill_listener
from tests.ui.test_main_window import cell, day_of_patients, window  # noqa: F401


def _reads(win) -> list[bool]:
    """Every read of the changes the window starts, from now on."""
    started: list[bool] = []
    win.day_view.poller.busy_changed.connect(lambda busy: busy and started.append(busy))
    return started


def _at_another_desk(fn, *args) -> None:
    """Run a change on a connection of its own, as another desk would."""
    failures: list[BaseException] = []

    def run():
        try:
            database_proxy.obj.connect(reuse_if_open=True)
            fn(*args)
        except BaseException as error:  # the test says what failed
            failures.append(error)
        finally:
            database_proxy.obj.close()

    thread = threading.Thread(target=run)
    thread.start()
    thread.join(30)
    assert not failures, failures


def test_an_idle_window_reads_no_changes_and_a_change_arrives(
    qtbot,
    window,  # noqa: F811
    day_of_patients,  # noqa: F811
    actor,
):
    feed_watch = window.day_view.feed._watch
    qtbot.waitUntil(feed_watch.connected.is_set, timeout=5000)
    with qtbot.waitSignal(window.changes_applied, timeout=5000):  # the first catch-up is over
        window.poll_changes()
    qtbot.waitUntil(lambda: not window.day_view.poller.busy, timeout=5000)
    reads = _reads(window)
    qtbot.wait(1500)  # what a one-second poll would have read twice in
    assert reads == []
    _at_another_desk(check_in, day_of_patients["layla"].id, DAY, actor)
    qtbot.waitUntil(lambda: cell(window, "L1", STATUS) == "Arrived", timeout=3000)
    assert 1 <= len(reads) <= 2 and feed_watch is window.day_view.feed._watch


@pytest.mark.postgres
def test_a_killed_listener_reconnects_and_the_window_catches_up(
    qtbot,
    pg_url,
    open_window,
    monkeypatch,
):
    from frontdesk.services.actors import actor_for, create_staff
    from frontdesk.services.office import set_office_zone
    from frontdesk.store.database import open_database
    from tests.db.helpers import book, make_patient

    db = open_database(pg_url)
    create_staff("amal", "Amal Haddad")
    set_office_zone("America/New_York", None)
    actor = actor_for("amal", "Desk 1")
    layla = make_patient(actor, mrn="L1")
    book(actor, layla, "A2", 10, 30)
    reconnect = held_reconnection(monkeypatch)
    win = open_window()
    watch = win.day_view.feed._watch
    qtbot.waitUntil(watch.connected.is_set, timeout=5000)
    # The read the listener asked for once it listened is over (it would see the change).
    with qtbot.waitSignal(win.changes_applied, timeout=5000):
        win.poll_changes()
    qtbot.waitUntil(lambda: not win.day_view.poller.busy, timeout=5000)
    assert kill_listener(db) == 1
    qtbot.waitUntil(lambda: not watch.connected.is_set(), timeout=5000)
    # Committed while nobody listens: its notice goes to nobody, and the window can only find
    # it by the read it makes once it listens again.
    _at_another_desk(check_in, layla.id, DAY, actor)
    qtbot.wait(300)
    assert cell(win, "L1", STATUS) == "Scheduled"
    reconnect.set()
    qtbot.waitUntil(lambda: cell(win, "L1", STATUS) == "Arrived", timeout=10_000)
    assert watch.reconnections == 1 and watch.connected.is_set()
