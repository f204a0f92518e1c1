"""The door window driven as a scanner and a guard drive it, on a real database; and the desk's
views of the doors (who is on site, the day's scans)."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import time

import pytest
from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit

from frontdesk.badge_token import Reason
from frontdesk.gui.desk_settings import DeskSettings
from frontdesk.gui.door_closing import close_and_wait
from frontdesk.gui.door_window import DoorWindow
from frontdesk.gui.door_words import reason_words
from frontdesk.gui.scan_views import OnsiteModel, ScanLogDialog, ScanLogModel
from frontdesk.services.badges import issue_badge, revoke_badge
from frontdesk.services.door import DoorStation
from frontdesk.services.onsite import onsite_now
from frontdesk.services.patients import CompanionInput, add_companion
from frontdesk.services.scan_view import day_scans
from frontdesk.store.database import sqlite_path
from tests.db.helpers import BADGE_DAY as DAY
from tests.db.helpers import BADGE_MORNING as RUNS_AT  # noqa: F401 (tests/conftest.py)
from tests.db.helpers import NEW_YORK, book, make_patient
from tests.db.test_door import Clock
from tests.pdf_reading import pdf_text

NOON = dt.datetime.combine(DAY, dt.time(12), tzinfo=NEW_YORK)


@pytest.fixture
def badges(actor):
    layla = make_patient(
        actor, family="Haddad", given="Layla", native_family_name="حداد", native_given_name="ليلى"
    )
    visit = book(actor, layla, "A1", 9, day=DAY).visit
    omar = add_companion(layla.id, CompanionInput("Haddad", "Omar"), actor)
    _b1, layla_token = issue_badge(visit.id, actor, destination="Yawkey Building, floor 7")
    _b2, omar_token = issue_badge(visit.id, actor, companion_id=omar.id)
    return {"layla": layla_token, "omar": omar_token}


@pytest.fixture
def door_window(qtbot, db_url, tmp_path, badges):
    settings = DeskSettings(QSettings(str(tmp_path / "door.ini"), QSettings.Format.IniFormat))
    settings.pdf_folder = str(tmp_path / "pdf")
    clock = Clock(NOON)
    door = DoorStation(
        db_url, "Main entrance", "in", cache_path=tmp_path / "door.sqlite3", clock=clock
    )
    window = DoorWindow(door, camera=False, settings=settings)
    window.clock = clock
    qtbot.addWidget(window, before_close_func=close_and_wait)  # its queue sent first
    window.resize(1280, 800)
    with qtbot.waitSignal(window.synced, timeout=30_000):  # a loaded machine: give it time
        window.show()
    yield window
    dispose(window)
    door.close()


def dispose(window) -> None:
    """Close the door window (its timers and worker stop, its queue is sent), delete it and let
    Qt run the deletion here, on the GUI thread: a window left for the collector was once
    destroyed on a worker thread and aborted the suite."""
    close_and_wait(window)
    window.sync_job.wait(10_000)
    window.deleteLater()
    QApplication.processEvents()


def type_like_a_scanner(widget, text: str) -> None:
    QTest.keyClicks(widget, text)  # every key at once: a scanner's speed
    QTest.keyClick(widget, Qt.Key.Key_Return)


def test_a_scan_into_a_window_whose_focus_is_elsewhere_gives_the_verdict(
    qtbot, door_window, badges
):
    elsewhere = QLineEdit()  # another window of the app has the keyboard focus
    qtbot.addWidget(elsewhere)
    elsewhere.show()
    elsewhere.setFocus()
    with qtbot.waitSignal(door_window.verdict_shown, timeout=5000) as shown:
        type_like_a_scanner(elsewhere, badges["layla"])
    result = shown.args[0]
    assert result.valid and elsewhere.text() == ""  # the scanner's keys went to the door
    ui = door_window.ui
    assert "VALID" in ui.verdictLabel.text() and "NOT" not in ui.verdictLabel.text()
    assert ui.nameLabel.text() == "Layla HADDAD" and ui.nativeNameLabel.text() == "ليلى حداد"
    assert ui.holderLabel.text() == "PATIENT"
    assert ui.destinationLabel.text() == "To: Yawkey Building, floor 7"
    listed = ui.lastScansList.item(0).text()  # the list keeps no names, only what happened
    assert "VALID  PATIENT" in listed and "Layla" not in listed


def test_typing_at_human_speed_is_not_a_scan(qtbot, door_window, badges):
    rejected, shown = [], []
    door_window.reader.rejected.connect(rejected.append)
    door_window.verdict_shown.connect(shown.append)
    ticks = iter(range(10_000))
    door_window.reader._clock = lambda: next(ticks) * 0.07  # a key every 70 ms: a fast typist
    type_like_a_scanner(door_window, badges["layla"])  # the whole token, at that pace
    assert shown == [] and rejected and door_window.door.pending() == 0
    ticks = iter(range(10_000))
    door_window.reader._clock = lambda: next(ticks) * 0.004  # 4 ms a key: a scanner
    with qtbot.waitSignal(door_window.verdict_shown, timeout=2000):
        type_like_a_scanner(door_window, badges["layla"])
    assert shown[-1].valid


def test_two_scans_in_quick_succession_are_two_verdicts(qtbot, door_window, badges):
    shown = []
    door_window.verdict_shown.connect(shown.append)
    type_like_a_scanner(door_window, badges["layla"])
    type_like_a_scanner(door_window, badges["omar"])
    qtbot.waitUntil(lambda: len(shown) == 2)
    assert [r.display_name for r in shown] == ["Layla HADDAD", "Omar HADDAD"]
    assert door_window.ui.lastScansList.count() == 2


def test_a_french_keyboard_scanner_is_read_right(qtbot, door_window, badges):
    """A scanner set up for a US keyboard on an AZERTY computer types é for 2, ( for 5..."""
    # The scanner sends US key codes; AZERTY turns them into these characters.
    us_to_azerty = str.maketrans("234567AQZWM", "é\"'(-èQAWZ?")
    azerty = badges["omar"].translate(us_to_azerty)
    assert azerty != badges["omar"]
    shown = []
    door_window.verdict_shown.connect(shown.append)
    for char in azerty:  # QTest cannot type non-ASCII text: the events, as the platform sends them
        QApplication.sendEvent(
            door_window,
            QKeyEvent(
                QEvent.Type.KeyPress, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char
            ),
        )
    QTest.keyClick(door_window, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(shown) == 1)
    assert shown[0].valid and shown[0].display_name == "Omar HADDAD"


def test_each_refusal_is_shown_in_plain_words(qtbot, door_window, badges, actor):
    ui = door_window.ui
    door_window.on_scan("THIS-IS-NOT-A-BADGE-AT-ALL")
    assert "NOT VALID" in ui.verdictLabel.text()
    assert ui.reasonLabel.text() == (
        "Not a badge of this hospital: a code of 26 characters (a wristband? another barcode?)"
    )
    door_window.clock.tick(10)
    door_window.on_scan(badges["omar"][:70])  # a truncated read
    assert ui.reasonLabel.text() == "Incomplete read (70 of 128 characters): scan the badge again"
    door_window.clock.tick(10)
    door_window.on_scan("A" * 200)
    assert ui.reasonLabel.text() == "Not a badge of this hospital (the code cannot be read as one)"
    every = {reason_words(reason) for reason in Reason}
    assert len(every) == len(Reason) and all(every)  # each reason its own words
    assert not ui.nameLabel.isVisible()  # a refused badge shows nobody's name
    door_window.clock.at = NOON.replace(hour=22)
    late = door_window.on_scan(badges["omar"])
    assert ui.reasonLabel.text().startswith(f"Expired at {DAY:%d %b} 19:00")
    assert late.reason.value == "expired"
    assert "NOT VALID" in ui.lastScansList.item(0).text()


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)  # PostgreSQL: test_door_postgres
def test_offline_then_back(qtbot, door_window, badges, db_url):
    path = sqlite_path(db_url)
    shutil.move(path, path + ".away")
    # The window looks every second: it says so without being asked.
    qtbot.waitUntil(lambda: "OFFLINE" in door_window.ui.connectionLabel.text(), timeout=5000)
    assert "revocation list from" in door_window.ui.connectionLabel.text()
    assert "(the database file is not there)" in door_window.ui.connectionLabel.text()  # why
    door_window.clock.tick(10)
    assert door_window.on_scan(badges["layla"]).valid
    assert "1 scan(s) waiting" in door_window.ui.connectionLabel.text()
    shutil.move(path + ".away", path)
    qtbot.waitUntil(lambda: "Online" in door_window.ui.connectionLabel.text(), timeout=10_000)
    assert len(day_scans(DAY)) == 1


def test_roll_call_from_the_door(qtbot, door_window, badges, tmp_path):
    door_window.on_scan(badges["layla"])
    door_window.clock.tick(10)
    door_window.on_scan(badges["omar"])
    door_window.ui.rollCallButton.click()
    qtbot.waitUntil(lambda: getattr(door_window, "roll_call_box", None) is not None, timeout=10_000)
    from frontdesk.config import data_dir

    (pdf,) = (data_dir() / "roll-calls").glob("*.pdf")  # with the patients' data, private
    assert door_window.roll_call_path == pdf and not list((tmp_path / "pdf").glob("*.pdf"))
    box = door_window.roll_call_box
    assert box.defaultButton().text() == "Open the PDF"  # Enter opens it
    verdict = door_window.ui.verdictFrame
    below = verdict.mapTo(door_window, verdict.rect().bottomLeft()).y() + door_window.y()
    qtbot.waitUntil(lambda: box.frameGeometry().top() >= below, timeout=5000)  # not over it
    box.close()
    text = pdf_text(pdf.read_bytes())
    assert "FIRE ROLL-CALL — 2 on site" in text
    assert "Layla HADDAD" in text and "Omar HADDAD" in text and "حداد" in text


def test_desk_views_of_the_doors(qtbot, qtmodeltester, door_window, badges, actor):
    door_window.on_scan(badges["layla"])
    door_window.clock.tick(10)
    door_window.on_scan("GARBAGE GARBAGE GARBAGE")
    door_window.door.flush()
    people = onsite_now(NOON + dt.timedelta(minutes=1))
    onsite = OnsiteModel(NEW_YORK)
    onsite.set_people(people)
    qtmodeltester.check(onsite)
    assert onsite.rowCount() == 1

    dialog = ScanLogDialog(DAY, NEW_YORK)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=5000):
        dialog.show()
    qtmodeltester.check(dialog.model)
    assert dialog.proxy.rowCount() == 2
    dialog.verdict_combo.setCurrentIndex(dialog.verdict_combo.findData("refused"))
    assert dialog.proxy.rowCount() == 1
    refused = dialog.proxy.index(0, 1)
    assert refused.data() == "✖ REFUSED"
    assert refused.data(Qt.ItemDataRole.ForegroundRole) is not None  # refusals stand out
    dialog.verdict_combo.setCurrentIndex(0)
    dialog.badge_edit.setText("B-1")
    assert dialog.proxy.rowCount() == 1
    assert isinstance(dialog.model, ScanLogModel)


def test_a_revoked_badge_after_refresh(qtbot, door_window, badges, actor):
    from frontdesk.store.models import Badge

    badge = Badge.get(Badge.companion.is_null(False))
    revoke_badge(badge.id, actor, reason="left early")
    door_window._refresh_due = True
    with qtbot.waitSignal(door_window.synced, timeout=10_000):
        door_window.sync()
    result = door_window.on_scan(badges["omar"])
    assert result.reason.value == "revoked" and "front desk" in door_window.ui.reasonLabel.text()


def test_a_door_without_a_camera_stack_starts_scanner_only(qtbot, db_url, tmp_path, badges):
    door = DoorStation(db_url, "Side door", "both", cache_path=tmp_path / "side.sqlite3")
    window = DoorWindow(door, camera=True)  # this machine has no Qt Multimedia or no camera
    qtbot.addWidget(window, before_close_func=close_and_wait)  # its queue sent first
    try:
        assert window.camera is None
        assert window.ui.cameraLabel.text() == "No camera: scanner only"
    finally:
        dispose(window)
        door.close()


def test_door_direction_inside_runs_scans_and_sends_its_log(qtbot, db_url, actor, tmp_path):
    """`frontdesk door --direction inside` crashed at start (KeyError: 'inside'); and a door
    run with --screenshot --scan exited with its scans still waiting to be sent."""
    from frontdesk.cli import main
    from frontdesk.store.database import close_database
    from frontdesk.store.models import Scan

    patient = make_patient(actor, mrn="IN1", family="Haddad", given="Layla")
    visit = book(actor, patient, "T1", 23, 30, day=DAY).visit  # the day the clock runs on
    _badge, token = issue_badge(visit.id, actor)
    close_database()
    png = tmp_path / "imaging.png"
    door = ["door", "--door", "Imaging", "--direction", "inside"]
    code = main(["--db", db_url, *door, "--screenshot", str(png), "--scan", token])
    assert code == 0 and png.stat().st_size > 10_000
    from frontdesk.store.database import open_database

    open_database(db_url)
    (scan,) = Scan.select()
    assert (scan.door, scan.direction, scan.valid) == ("Imaging", "inside", True)


def test_a_door_used_both_ways_says_in_then_out(qtbot, db_url, tmp_path, badges):
    clock = Clock(NOON)
    door = DoorStation(
        db_url, "Garage", "both", cache_path=tmp_path / "garage.sqlite3", clock=clock
    )
    window = DoorWindow(door, camera=False)
    qtbot.addWidget(window, before_close_func=close_and_wait)  # its queue sent first
    try:
        with qtbot.waitSignal(window.synced, timeout=10_000):
            window.show()
        assert "entry and exit" in window.ui.doorLabel.text()
        window.on_scan(badges["layla"])
        assert window.ui.wayLabel.text() == "→ IN" and window.ui.wayLabel.isVisible()
        clock.tick(60)
        window.on_scan(badges["layla"])
        assert window.ui.wayLabel.text() == "← OUT"
        assert window.ui.lastScansList.item(0).text().endswith("OUT (counted)")
    finally:
        dispose(window)
        door.close()


def test_an_exit_with_an_expired_badge_is_shown_expired_and_counted_out(
    qtbot, db_url, tmp_path, badges
):
    clock = Clock(NOON)
    door = DoorStation(db_url, "Exit", "out", cache_path=tmp_path / "exit.sqlite3", clock=clock)
    window = DoorWindow(door, camera=False)
    qtbot.addWidget(window, before_close_func=close_and_wait)  # its queue sent first
    try:
        with qtbot.waitSignal(window.synced, timeout=10_000):
            window.show()
        clock.at = NOON.replace(hour=22)
        result = window.on_scan(badges["omar"])
        ui = window.ui
        assert "NOT VALID" in ui.verdictLabel.text() and ui.reasonLabel.text().startswith("Expired")
        assert result.way == "out" and ui.wayLabel.text() == "OUT — leaving is counted"
    finally:
        dispose(window)
        door.close()


def test_a_door_closed_normally_sends_its_queue_first(qtbot, db_url, tmp_path, badges):
    door = DoorStation(
        db_url, "Side door", "in", cache_path=tmp_path / "side.sqlite3", clock=Clock(NOON)
    )
    window = DoorWindow(door, camera=False)
    qtbot.addWidget(window, before_close_func=close_and_wait)  # its queue sent first
    with qtbot.waitSignal(window.synced, timeout=10_000):
        window.show()
    window.flush_timer.stop()  # only the closing sends it
    window.on_scan(badges["layla"])
    assert door.pending() == 1
    dispose(window)
    try:
        assert door.pending() == 0 and len(day_scans(DAY)) == 1
    finally:
        door.close()


def test_the_door_says_loudly_when_another_window_has_the_keyboard(qtbot, door_window):
    other = QLineEdit()  # another program's window, as far as this one can tell
    qtbot.addWidget(other)
    other.show()
    other.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is other, timeout=5000)
    other.hide()  # the keyboard went to a window that is not ours
    qtbot.waitUntil(lambda: "NOT LISTENING" in door_window.ui.verdictLabel.text(), timeout=5000)
    assert "Another window has the keyboard" in door_window.ui.reasonLabel.text()
    door_window.activateWindow()  # the door asks for it back every half second
    qtbot.waitUntil(lambda: door_window.ui.verdictLabel.text() == "Scan a badge", timeout=5000)


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
def test_the_window_fits_and_reads_from_two_metres(qtbot, door_window, badges, size):
    """Every label inside the window at both sizes; the verdict's capitals at least 15 mm
    (22 mm asked, shrunk only if the height needs it), names at least 8 mm."""
    from frontdesk.gui.door_window import CAP_TO_EM

    door_window.resize(*size)
    qtbot.waitUntil(lambda: door_window.size().height() == size[1], timeout=5000)
    door_window.on_scan(badges["layla"])
    ui = door_window.ui
    dpi = door_window.screen().physicalDotsPerInchY()

    def cap_mm(label) -> float:
        return label.font().pixelSize() * CAP_TO_EM / dpi * 25.4

    assert cap_mm(ui.verdictLabel) >= 15 and cap_mm(ui.nameLabel) >= 8
    assert cap_mm(ui.holderLabel) >= 6
    for widget in (ui.verdictFrame, ui.lastScansList, ui.rollCallButton, ui.connectionLabel):
        box = widget.geometry().translated(
            widget.parentWidget().mapTo(door_window, widget.pos()) - widget.pos()
        )
        assert door_window.rect().contains(box), (widget.objectName(), box, size)


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_a_database_restored_by_copy_brings_the_door_back_by_itself(
    qtbot, door_window, badges, db_url
):
    import sqlite3

    path = sqlite_path(db_url)
    with sqlite3.connect(path) as live, sqlite3.connect(path + ".bak") as copy:
        live.backup(copy)  # a backup, before the scan
    door_window.on_scan(badges["layla"])
    qtbot.waitUntil(lambda: door_window.door.pending() == 0, timeout=10_000)
    # the disk failed: the file is gone, and with it its write-ahead log and shared memory
    # (left at the path, a restored copy would be opened with the lost file's log: flaky)
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(path + suffix):
            shutil.move(path + suffix, path + ".lost" + suffix)
    qtbot.waitUntil(lambda: "OFFLINE" in door_window.ui.connectionLabel.text(), timeout=5000)
    assert "the database file is not there" in door_window.ui.connectionLabel.text()
    shutil.copy(path + ".bak", path)  # restored by copy: another file at the path
    qtbot.waitUntil(lambda: "Online" in door_window.ui.connectionLabel.text(), timeout=10_000)
    qtbot.waitUntil(lambda: len(day_scans(DAY)) == 1, timeout=10_000)  # its scan sent again


class WriteLock:
    """Another station holding the write lock the door's send needs (SQLite: the database's;
    PostgreSQL: the scan table's), in its own connection, until ``release``."""

    def __init__(self, url: str) -> None:
        if url.startswith("sqlite:"):
            import sqlite3

            self.conn = sqlite3.connect(str(sqlite_path(url)), isolation_level=None)
            self.conn.execute("BEGIN IMMEDIATE")
        else:
            from urllib.parse import parse_qsl, urlsplit

            import psycopg

            options = dict(parse_qsl(urlsplit(url).query)).get("options", "")
            self.conn = psycopg.connect(url.split("?")[0], options=options)
            self.conn.execute("LOCK TABLE scan IN EXCLUSIVE MODE")

    def release(self) -> None:
        self.conn.rollback()
        self.conn.close()


def _door_with_a_scan_waiting(qtbot, db_url, tmp_path, badges) -> DoorWindow:
    door = DoorStation(
        db_url, "Side door", "in", cache_path=tmp_path / "side.sqlite3", clock=Clock(NOON)
    )
    window = DoorWindow(door, camera=False)
    qtbot.addWidget(window, before_close_func=close_and_wait)  # its queue sent first
    window.resize(1280, 800)
    with qtbot.waitSignal(window.synced, timeout=10_000):
        window.show()
    window.flush_timer.stop()  # only the closing sends it
    window.on_scan(badges["layla"])
    assert door.pending() == 1
    return window


def test_closing_a_door_sends_its_queue_without_the_gui_thread_waiting(
    qtbot, db, db_url, tmp_path, badges
):
    """The database is slow to take the scan (another station holds the lock): the window
    closes at once from the GUI thread's view, says it is sending, and goes once it is sent."""
    from tests.ui.gui_thread_sql import GuiThreadSql

    window = _door_with_a_scan_waiting(qtbot, db_url, tmp_path, badges)
    lock = WriteLock(db_url)
    try:
        with GuiThreadSql(db) as sql:
            started = time.monotonic()
            window.close()
            assert time.monotonic() - started < 0.2  # the send waits on the worker, not here
            assert window.isVisible() and window.ui.verdictLabel.text() == "Closing…"
            assert window.ui.reasonLabel.text() == (
                "No more scans here. Sending 1 scan(s) to the database first."
            )
            window.grab().save(str(tmp_path / "door-closing.png"))
            qtbot.wait(300)  # the event loop runs; the scan waits for the lock
            assert window.isVisible() and window.door.pending() == 1
            window.close()  # closed again meanwhile: still sending
            assert window.isVisible()
            with qtbot.waitSignal(window.closed, timeout=10_000) as closed:
                lock.release()
        assert sql.statements == [], "\n".join(sql.where())
    finally:
        lock.conn.close()
    assert closed.args == [0] and not window.isVisible()
    assert window.door.pending() == 0 and len(day_scans(DAY)) == 1
    window.door.close()


def test_a_door_whose_database_does_not_answer_closes_and_keeps_its_scans(
    qtbot, db, db_url, tmp_path, badges, monkeypatch
):
    """The send is given up after CLOSING_SEND_MS: the window goes, the scan stays in the
    door's file (and the send under way, once the database answers, still lands it once)."""
    from frontdesk.gui import door_closing

    monkeypatch.setattr(door_closing, "CLOSING_SEND_MS", 400)
    window = _door_with_a_scan_waiting(qtbot, db_url, tmp_path, badges)
    lock = WriteLock(db_url)
    try:
        with qtbot.waitSignal(window.closed, timeout=5000) as closed:
            window.close()
        assert closed.args == [1] and not window.isVisible()
    finally:
        lock.release()
    qtbot.waitUntil(lambda: window.door.pending() == 0, timeout=10_000)
    window.sync_job.wait(10_000)
    assert len(day_scans(DAY)) == 1
    window.door.close()


def test_a_door_with_nothing_to_send_closes_at_once(qtbot, door_window):
    door_window.sync_job.wait(10_000)
    qtbot.wait(50)  # the sync's answer is in
    with qtbot.waitSignal(door_window.closed, timeout=1000) as closed:
        door_window.close()
    assert closed.args == [0] and not door_window.isVisible()
