"""File > Import schedule… and the watch folder, driven on a real database."""

from __future__ import annotations

import sqlite3
import time

import pytest
from PySide6.QtWidgets import QDialog

from frontdesk.gui.import_dialog import ImportDialog
from frontdesk.gui.settings_dialog import SettingsDialog
from frontdesk.gui.watch_folder import WatchFolder, attach
from frontdesk.services.actors import Actor, station_named
from frontdesk.services.schedule import day_schedule
from frontdesk.store.models import Appointment, AuditEvent
from tests.db.helpers import DAY
from tests.schedule_samples import collection_bundle, day_messages, fhir_bytes, hl7_file, siu


def test_the_menu_opens_the_dialog_and_the_dry_run_writes_nothing(
    qtbot, actor, open_window, tmp_path
):
    path = tmp_path / "feed.hl7"
    path.write_bytes(hl7_file(day_messages()))
    win = open_window()
    win.ui.actionImportSchedule.trigger()
    dialog = win.import_dialog
    assert dialog.isVisible() and not dialog.ui.applyButton.isEnabled()
    with qtbot.waitSignal(dialog.dry_run_done, timeout=10_000):
        dialog.load(path)
    assert "22 messages would change" in dialog.ui.reportView.toPlainText()
    assert "13 created" in dialog.ui.reportView.toPlainText()
    assert dialog.ui.applyButton.isEnabled() and not Appointment.select().exists()
    assert dialog.ui.progressBar.value() == dialog.ui.progressBar.maximum()
    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        dialog.ui.applyButton.click()
    assert "22 messages imported" in dialog.ui.reportView.toPlainText()
    assert "imported" in win.ui.statusbar.currentMessage()
    assert len(day_schedule(DAY)) == 12
    assert AuditEvent.select().where(AuditEvent.action == "import.hl7").count() == 1
    qtbot.waitUntil(lambda: win.model.rowCount() == 12, timeout=5000)
    dialog.reject()


def test_a_bad_file_shows_every_error_and_cannot_be_applied(qtbot, actor, tmp_path):
    bad = siu("S12", "2", "X-2", "M2", "202611311000-0500")  # 31 November
    path = tmp_path / "bad.hl7"
    path.write_bytes(hl7_file([siu("S12", "1", "X-1", "M1", "202611300900-0500"), bad]))
    dialog = ImportDialog(actor)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.failed, timeout=10_000):
        dialog.load(path)
    text = dialog.ui.reportView.toPlainText()
    assert "message 2 (control id 2), SCH-11.4" in text and "nothing was imported" in text
    assert not dialog.ui.applyButton.isEnabled()
    # Leaving the bad messages out: the dry run again, now with one message to import.
    with qtbot.waitSignal(dialog.dry_run_done, timeout=10_000):
        dialog.ui.skipBadCheck.setChecked(True)
    assert "1 created" in dialog.ui.reportView.toPlainText()
    assert "left out" in dialog.ui.reportView.toPlainText()
    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        dialog.ui.applyButton.click()
    assert Appointment.select().count() == 1


def test_progress_is_reported_for_a_large_file(qtbot, actor, tmp_path):
    messages = [
        siu("S12", str(k), f"L-{k}", "M1", f"2026113009{k % 60:02d}-0500") for k in range(600)
    ]
    path = tmp_path / "large.hl7"
    path.write_bytes(hl7_file(messages))
    dialog = ImportDialog(actor)
    qtbot.addWidget(dialog)
    seen = []
    dialog.progress.moved.connect(lambda stage, done, total: seen.append((stage, done, total)))
    with qtbot.waitSignal(dialog.dry_run_done, timeout=20_000):
        dialog.load(path)
    assert ("read", 500, 600) in seen and ("apply", 600, 600) in seen
    assert "600 messages would change" in dialog.ui.reportView.toPlainText()


@pytest.fixture
def watcher(qtbot, actor, tmp_path):
    folder = tmp_path / "inbox"
    folder.mkdir()
    watch = WatchFolder(folder, Actor(None, station_named("Desk 1")), poll_ms=100, settle_s=0.6)
    watch.start()
    yield watch
    watch.stop()


def test_the_watch_folder_files_each_export_with_its_report(qtbot, watcher):
    folder = watcher.folder
    (folder / "feed.hl7.part").write_bytes(b"still being written")
    with qtbot.waitSignal(watcher.handled, timeout=10_000) as good:
        (folder / "0630.hl7").write_bytes(hl7_file(day_messages()))
    assert good.args[0].startswith("0630.hl7 imported (22 read): appointments 13 created")
    assert (folder / "done" / "0630.hl7").exists()
    report = (folder / "done" / "0630.hl7.report.txt").read_text("utf-8")
    assert "13 created" in report
    assert len(day_schedule(DAY)) == 12
    with qtbot.waitSignal(watcher.handled, timeout=10_000) as bad:
        (folder / "broken.json").write_bytes(fhir_bytes(collection_bundle())[:-50])
    assert bad.args[0] == "broken.json: import failed (1 error(s), see its report)"
    assert "not JSON" in (folder / "failed" / "broken.json.report.txt").read_text("utf-8")
    # The same export name again goes beside the first, not over it.
    with qtbot.waitSignal(watcher.handled, timeout=10_000):
        (folder / "0630.hl7").write_bytes(hl7_file(day_messages()))
    assert len(list((folder / "done").glob("0630*.hl7"))) == 2
    assert (folder / "feed.hl7.part").exists()  # never touched
    imports = AuditEvent.select().where(AuditEvent.action == "import.hl7")
    assert imports.count() == 2 and imports.first().staff is None  # the station itself


def test_a_file_still_being_written_waits_until_it_is_whole(qtbot, watcher):
    """An exporter writing in bursts, with pauses: nothing is imported from half a file."""
    folder = watcher.folder
    data = hl7_file(day_messages())
    handled = []
    watcher.handled.connect(handled.append)
    target = folder / "slow.hl7"
    third = len(data) // 3
    for start in (0, third, 2 * third):
        with target.open("ab") as out:
            out.write(data[start : start + third] if start < 2 * third else data[start:])
        qtbot.wait(400)  # a pause shorter than the settling time
        assert handled == []
    qtbot.waitUntil(lambda: bool(handled), timeout=10_000)
    assert handled[0].startswith("slow.hl7 imported (22 read)")
    assert len(day_schedule(DAY)) == 12


def test_the_watch_folder_is_a_setting(qtbot, actor, open_window, desk_settings, tmp_path):
    folder = tmp_path / "exports"
    dialog = SettingsDialog(desk_settings)
    qtbot.addWidget(dialog)
    dialog.ui.watchFolderEdit.setText(str(folder))
    dialog.accept()  # written on a worker
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=5000)
    assert desk_settings.watch_folder == str(folder)
    win = open_window()
    attach(win)
    assert win.watch_folder is None  # the station's row is read on a worker first
    qtbot.waitUntil(lambda: win.watch_folder is not None, timeout=5000)
    qtbot.waitUntil(lambda: (folder / "done").is_dir(), timeout=5000)
    with qtbot.waitSignal(win.watch_folder.handled, timeout=10_000):
        (folder / "a.hl7").write_bytes(hl7_file(day_messages()[:1]))
    assert (folder / "done" / "a.hl7").exists()
    win.watch_folder.stop()


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)  # the held lock is SQLite's
def test_settings_closed_during_an_import_do_not_wait_for_it(
    qtbot, actor, open_window, tmp_path, db_url
):
    """The old watcher retires without blocking the window while its import waits for the
    database (another station holds the write lock); the import then ends and files its file."""
    folder = tmp_path / "exports"
    win = open_window()
    win.settings.watch_folder = str(folder)
    restart = attach(win)
    qtbot.waitUntil(lambda: win.watch_folder is not None, timeout=5000)  # the station: a worker
    watcher = win.watch_folder
    watcher.settle_s = 0
    qtbot.waitUntil(lambda: (folder / "done").is_dir(), timeout=5000)  # made by its first look
    other_station = sqlite3.connect(db_url.removeprefix("sqlite:///"), isolation_level=None)
    other_station.execute("BEGIN IMMEDIATE")
    try:
        with qtbot.waitSignal(watcher.job.busy_changed, timeout=10_000):
            (folder / "a.hl7").write_bytes(hl7_file(day_messages()))
        win.settings.watch_folder = ""
        started = time.monotonic()
        restart()  # what closing the Settings dialog does
        assert time.monotonic() - started < 0.5 and win.watch_folder is None
        assert watcher.job.busy  # still waiting for the lock
    finally:
        other_station.execute("ROLLBACK")
        other_station.close()
    qtbot.waitUntil(lambda: (folder / "done" / "a.hl7").exists(), timeout=20_000)


def test_the_watch_folder_is_looked_at_off_the_gui_thread(qtbot, actor, tmp_path, monkeypatch):
    """A network folder that does not answer must not freeze the window: each look (the list,
    each file's size and time) runs on a worker, and the window only reads the answer."""
    import threading

    from frontdesk.gui import watch_folder

    threads: list[threading.Thread] = []
    real_look = watch_folder.look

    def look(folder):  # the real look, noting where it runs
        threads.append(threading.current_thread())
        return real_look(folder)

    monkeypatch.setattr(watch_folder, "look", look)
    folder = tmp_path / "slow-share"
    watch = WatchFolder(folder, Actor(None, station_named("Desk 1")), poll_ms=100, settle_s=0.2)
    watch.start()
    try:
        with qtbot.waitSignal(watch.handled, timeout=10_000) as done:
            qtbot.waitUntil(lambda: (folder / "done").is_dir(), timeout=5000)
            (folder / "a.hl7").write_bytes(hl7_file(day_messages()[:1]))
        assert done.args[0].startswith("a.hl7 imported")
    finally:
        watch.stop()
    assert threads and threading.main_thread() not in threads
