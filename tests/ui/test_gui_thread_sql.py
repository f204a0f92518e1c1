"""The GUI thread sends the database nothing: the window opening, who is signed in and the staff
list, the idle lock, a patient, a stay's badge and the visit summary all read and write on
workers, each with a busy state on what it concerns. A spy on the real database notes every
statement the GUI thread runs (tests/ui/gui_thread_sql.py); both engines."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt

from frontdesk.gui.main_window import MainWindow
from frontdesk.services.actors import create_staff
from frontdesk.services.office import office_zone, set_office_info
from frontdesk.store.models import Badge
from tests.db.helpers import BADGE_DAY as DAY
from tests.db.helpers import BADGE_MORNING as RUNS_AT  # noqa: F401 (tests/conftest.py)
from tests.db.helpers import NEW_YORK, book, make_patient
from tests.ui.gui_thread_sql import GuiThreadSql


@pytest.fixture
def office(actor):
    """Amal and Bilal; a patient with a visit today; an office on A4 that closes at 18:30."""
    create_staff("bilal", "Bilal Saeed")
    set_office_info(actor, paper="a4", closes="18:30")
    layla = make_patient(actor, mrn="L1", family="Haddad", given="Layla")
    book(actor, layla, "A1", 10, day=DAY)
    return layla


def _window(qtbot, desk_settings, zone) -> MainWindow:
    """As frontdesk.gui.app.run_desk makes it: the office's zone read at start-up, with the
    database, before the window exists (``zone``)."""
    ten = dt.datetime.combine(DAY, dt.time(10), tzinfo=NEW_YORK)
    win = MainWindow(desk_settings, DAY, clock=lambda: ten, live_interval_ms=200, zone=zone)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    return win


def _nothing_on_the_gui_thread(sql: GuiThreadSql) -> None:
    assert sql.statements == [], "the GUI thread asked the database:\n" + "\n".join(sql.where())


def test_signing_in_and_the_staff_list_are_read_on_a_worker(
    qtbot, db, desk_settings, office, tmp_path
):
    zone = office_zone()  # at start-up (run_desk)
    with GuiThreadSql(db) as sql:
        win = _window(qtbot, desk_settings, zone)
        # The constructor has returned, no event has run: who is at the desk is being read.
        assert win.presence.busy and win.actor is None
        assert not win.staff_combo.isEnabled()
        assert win.signed_in_label.text() == "Signing in…"
        win.ui.statusbar.grab().save(str(tmp_path / "signing-in.png"))
        with qtbot.waitSignal(win.signed_in, timeout=5000):
            win.show()
        assert win.actor.staff.username == "amal" and win.staff_combo.isEnabled()
        names = [win.staff_combo.itemText(i) for i in range(win.staff_combo.count())]
        assert names == ["— choose —", "Amal Haddad", "Bilal Saeed"]
        assert win.staff_combo.currentText() == "Amal Haddad"
        qtbot.waitUntil(lambda: not win.day_view.loader.busy, timeout=5000)
        # Another name: read again on a worker, the choice waiting meanwhile.
        with qtbot.waitSignal(win.signed_in, timeout=5000):
            win.staff_combo.setCurrentIndex(win.staff_combo.findData("bilal"))
            assert not win.staff_combo.isEnabled()
        assert win.actor.staff.username == "bilal"
        # The idle lock covers at once; who may unlock is read on a worker, Unlock waiting.
        lock = win.idle_lock
        lock.lock()
        assert lock.is_locked and not lock.panel.unlock.isEnabled()
        assert lock.panel.who.text() == "Reading who may unlock…"
        win.grab().save(str(tmp_path / "lock-reading.png"))
        qtbot.waitUntil(lambda: lock.panel.unlock.isEnabled(), timeout=5000)
        assert lock.panel.who.text() == "Choose who you are to unlock:"
        assert lock.panel.staff.currentData() == "bilal" and lock.panel.staff.count() == 2
        assert not lock.panel.secret.isVisible()  # this office does not sign staff in
        lock.panel.staff.setCurrentIndex(lock.panel.staff.findData("amal"))
        with qtbot.waitSignal(win.signed_in, timeout=5000):
            lock.panel.unlock.click()
        assert not lock.is_locked and win.actor.staff.username == "amal"
    _nothing_on_the_gui_thread(sql)


def test_a_name_with_no_active_account_is_said_and_nobody_is_signed_in(
    qtbot, db, desk_settings, office
):
    desk_settings.staff_username = "ghost"
    win = _window(qtbot, desk_settings, office_zone())
    with qtbot.waitSignal(win.signed_in, timeout=5000):
        win.show()
    assert win.actor is None and win.staff_combo.currentText() == "— choose —"
    assert win.ui.statusbar.currentMessage() == "No active staff account named 'ghost'"


def test_a_stays_badge_and_the_summary_ask_the_office_on_workers(
    qtbot, db, desk_settings, office, tmp_path
):
    zone = office_zone()  # at start-up (run_desk)
    with GuiThreadSql(db) as sql:
        win = _window(qtbot, desk_settings, zone)
        with qtbot.waitSignal(win.day_loaded, timeout=5000):
            win.show()
        qtbot.waitUntil(lambda: not win.presence.busy, timeout=5000)
        with qtbot.waitSignal(win.patient_opened, timeout=5000):
            win.open_patient(office.id)
        qtbot.waitUntil(lambda: not win.access_log.busy, timeout=5000)

        # The badge of a three-day stay: valid until the office's closing time, read with the
        # preview and the print.
        win.dialogs.print_badges()
        dialog = win.badge_dialog
        qtbot.waitUntil(lambda: dialog.pdf is not None, timeout=10_000)
        with qtbot.waitSignal(dialog.preview_ready, timeout=10_000):
            dialog.ui.untilDate.setDate(QDate(DAY.year, DAY.month, DAY.day).addDays(2))
            assert dialog.ui.statusLabel.text() == "Preparing the preview…"
        for row in range(1, dialog.ui.holdersList.count()):  # the patient's badge only
            dialog.ui.holdersList.item(row).setCheckState(Qt.CheckState.Unchecked)
        qtbot.waitUntil(
            lambda: dialog.pdf is not None and not dialog.preview_job.busy, timeout=10_000
        )
        dialog.grab().save(str(tmp_path / "badge-stay.png"))
        with qtbot.waitSignal(dialog.printed, timeout=10_000):
            dialog.ui.printButton.click()

        # The summary: the office's paper (A4) comes with the first preview, the paper choice
        # waits for it; the printers are asked on a worker.
        qtbot.waitUntil(lambda: not win.patient_reader.busy, timeout=5000)
        win.dialogs.print_summary()
        summary = win.summary_dialog
        assert not summary.ui.paperCombo.isEnabled() and summary.paper() is None
        assert summary.ui.statusLabel.text() == "Preparing the preview…"
        qtbot.waitUntil(lambda: summary.summary is not None, timeout=10_000)
        assert summary.ui.paperCombo.isEnabled() and summary.paper() == "a4"
        assert summary.summary.paper == "a4"
        qtbot.waitUntil(lambda: not summary.printers_job.busy, timeout=10_000)
        summary.grab().save(str(tmp_path / "summary-a4.png"))
        summary.reject()
    _nothing_on_the_gui_thread(sql)
    until = Badge.get().valid_until.astimezone(NEW_YORK)  # the test's own read, after the spy
    assert until == dt.datetime.combine(DAY + dt.timedelta(days=2), dt.time(18, 30), NEW_YORK)


def test_the_watch_folder_and_the_hl7_feed_start_with_the_station_read_on_a_worker(
    qtbot, db, desk_settings, office, tmp_path
):
    """Both start as the station itself, whose row is read (made, for a new station name) on a
    worker: at start-up and again after Settings closes."""
    import socket

    from frontdesk.gui import hl7_listener, watch_folder
    from frontdesk.store.models import Station

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    desk_settings.station_name = "Desk 9"  # named for the first time: its row is written
    desk_settings.watch_folder = str(tmp_path / "exports")
    desk_settings.hl7_host, desk_settings.hl7_port = "127.0.0.1", port
    zone = office_zone()  # at start-up (run_desk)
    with GuiThreadSql(db) as sql:
        win = _window(qtbot, desk_settings, zone)
        with qtbot.waitSignal(win.day_loaded, timeout=5000):
            win.show()
        restart_folder = watch_folder.attach(win)
        restart_feed = hl7_listener.attach(win)
        assert win.watch_folder is None and win.hl7_listener is None  # being started
        qtbot.waitUntil(lambda: win.watch_folder is not None, timeout=5000)
        qtbot.waitUntil(lambda: win.hl7_listener is not None, timeout=5000)
        listener = win.hl7_listener
        qtbot.waitUntil(lambda: listener.server.started.is_set(), timeout=10_000)
        # Settings closed with another station name: both start again as that station.
        desk_settings.station_name = "Desk 10"
        desk_settings.hl7_port = 0  # the feed turned off
        restart_feed()
        restart_folder()
        qtbot.waitUntil(lambda: win.watch_folder is not None, timeout=5000)
        assert win.hl7_listener is None
        qtbot.waitUntil(lambda: (tmp_path / "exports" / "done").is_dir(), timeout=5000)
    _nothing_on_the_gui_thread(sql)
    listener.thread.join(10)
    assert win.watch_folder.actor.station.name == "Desk 10"
    assert listener.server.actor.station.name == "Desk 9"
    assert {"Desk 9", "Desk 10"} <= {s.name for s in Station.select()}
    win.watch_folder.stop()


def test_a_station_that_cannot_be_read_is_said_and_the_desk_goes_on(
    qtbot, db, desk_settings, office, tmp_path
):
    from frontdesk.gui import watch_folder

    desk_settings.station_name = "x" * 101  # not a station name
    desk_settings.watch_folder = str(tmp_path / "exports")
    win = _window(qtbot, desk_settings, office_zone())
    with qtbot.waitSignal(win.day_loaded, timeout=5000):
        win.show()
    watch_folder.attach(win)
    qtbot.waitUntil(lambda: not win.watch_folder_starter.busy, timeout=5000)
    assert win.watch_folder is None
    assert win.ui.statusbar.currentMessage() == (
        "Watch folder not started: A station name must have 1 to 100 characters"
    )
