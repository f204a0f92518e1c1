"""What the window tests share: this station's settings in a throwaway file, and the desk
window open on the test day at ten in the morning (New York), signed in as amal at Desk 1."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QSettings

from frontdesk.gui.desk_settings import DeskSettings
from tests.db.helpers import DAY, NEW_YORK

TEN_AM = dt.datetime.combine(DAY, dt.time(10, 0), tzinfo=NEW_YORK)


def qtbot_app():
    from PySide6.QtWidgets import QApplication

    return QApplication.instance()


@pytest.fixture(autouse=True)
def _workers_done_before_the_next_test(request, qtbot):
    """A job still running at the end of a test must not touch the next test's database, nor
    meet its own test's database gone (a dropped PostgreSQL schema): the test's database is
    made before this fixture, so that it is dropped only after the workers are done."""
    if "db" in request.fixturenames:
        request.getfixturevalue("db")
    from frontdesk.gui.gc_on_gui_thread import collect_on_gui_thread

    collect_on_gui_thread(qtbot_app())  # as the application does: cycles freed on this thread
    yield
    from frontdesk.gui.jobs import lanes_idle

    assert lanes_idle(20_000)
    import gc

    gc.collect()  # the test's windows, between two tests, on this thread, nothing running


@pytest.fixture
def desk_settings(tmp_path) -> DeskSettings:
    settings = DeskSettings(QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat))
    settings.station_name = "Desk 1"
    settings.staff_username = "amal"
    settings.pdf_folder = str(tmp_path / "pdf")
    return settings


@pytest.fixture
def open_window(qtbot, desk_settings):
    """``open_window()`` -> the desk window, shown, its day loaded, who is at the desk
    settled (both are read on workers)."""
    from frontdesk.gui.main_window import MainWindow

    def opened(day: dt.date = DAY, **kwargs):
        kwargs.setdefault("live_interval_ms", 200)
        ten = dt.datetime.combine(day, dt.time(10, 0), tzinfo=NEW_YORK)
        win = MainWindow(desk_settings, day, clock=lambda: ten, **kwargs)
        qtbot.addWidget(win)
        win.resize(1366, 768)
        with qtbot.waitSignal(win.day_loaded, timeout=5000):
            win.show()
        qtbot.waitUntil(lambda: not win.presence.busy, timeout=5000)
        return win

    return opened
