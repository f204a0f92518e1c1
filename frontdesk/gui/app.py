"""Starting the window, or rendering it to a PNG for documentation and review.

run_window("sqlite:///frontdesk.sqlite3")
run_window(url, screenshot="docs/desk.png", day=dt.date(2026, 11, 30), search="kim")
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import sys

from frontdesk.config import data_dir
from frontdesk.errors import FrontdeskError
from frontdesk.private_files import PrivateRotatingFileHandler

log = logging.getLogger(__name__)
WAIT_MS = 20_000


def run_window(
    url: str,
    *,
    url_is_default: bool = False,
    screenshot: str | None = None,
    day: dt.date | None = None,
    size: tuple[int, int] | None = None,
    search: str | None = None,
    language: str | None = None,
) -> int:
    """The desk's window. ``size`` None: fitted to the screen (or as this station last left it);
    a screenshot without a size is 1366x768. ``language`` (en, es, ar, zh_CN) for this run
    only; else the station's setting, else the system's language (gui/desk_language.py)."""
    if screenshot:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QMessageBox

    from frontdesk.gui.desk_language import apply_language
    from frontdesk.gui.desk_settings import DeskSettings
    from frontdesk.gui.main_window import MainWindow
    from frontdesk.services.database import open_database
    from frontdesk.services.office import office_zone

    app = _application("Frontdesk")
    settings = DeskSettings()
    apply_language(language or settings.language)  # before any window is made
    if url_is_default and settings.database_url:
        url = settings.database_url
    try:
        open_database(url)
        zone = office_zone()  # at start-up, with the database: the day the window opens on
    except FrontdeskError as exc:
        if screenshot:
            raise
        QMessageBox.critical(None, "Frontdesk", str(exc))
        return 2
    window = MainWindow(settings, day, zone=zone)
    if size or screenshot:
        window.resize(*(size or (1366, 768)))
        window.show()
    else:
        from frontdesk.gui.window_fit import place_window

        place_window(window, settings.q)
    if screenshot:
        return _screenshot(app, window, screenshot, search)
    from frontdesk.gui.watch_folder import attach

    attach(window)  # the schedule watch folder, if this station has one
    from frontdesk.gui import hl7_listener

    hl7_listener.attach(window)  # the HL7 (MLLP) feed, if this station takes one
    return app.exec()


def run_door(
    url: str,
    door_name: str,
    direction: str,
    *,
    windowed: bool = False,
    camera: bool = True,
    screenshot: str | None = None,
    scan: list[str] | None = None,
    size: tuple[int, int] = (1280, 800),
) -> int:
    """The door station, full screen. It starts without its database (offline, from its own
    file) and never opens the desk's screens. ``screenshot`` with ``scan`` renders the verdict
    of those payloads to a PNG and exits (documentation)."""
    if screenshot:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from frontdesk.gui.desk_language import apply_language
    from frontdesk.gui.desk_settings import DeskSettings
    from frontdesk.gui.door_window import DoorWindow
    from frontdesk.services.door import DoorStation

    app = _application("Frontdesk Door")
    apply_language(DeskSettings().language)
    station = DoorStation(url, door_name, direction)
    station.refresh()  # offline is fine: the door decides from its own file
    window = DoorWindow(station, camera=camera and not screenshot)
    if screenshot:
        window.resize(*size)
        window.show()
        if not _wait(app, window.synced):
            raise FrontdeskError("the door did not reach its database in time")
        for payload in scan or []:
            window.on_scan(payload)
        app.processEvents()
        if not window.grab().save(screenshot):
            raise FrontdeskError(f"cannot write {screenshot}")
        from frontdesk.gui.door_closing import close_and_wait

        waiting = close_and_wait(window)  # sends the scans to the shared database
        station.close()
        if waiting:
            raise FrontdeskError(
                f"{waiting} scan(s) could not be sent to the database; they wait in the door's file"
            )
        return 0
    if windowed:
        window.resize(*size)
        window.show()
    else:
        # Without a window manager full screen keeps the form's 1280x800: the screen's own
        # size first, so that the window fits whatever screen it is on.
        window.setGeometry(app.primaryScreen().geometry())
        window.showFullScreen()
    code = app.exec()  # closing the window sent the queue (or kept it in the door's file)
    station.close()
    return code


def _application(name: str):
    """The QApplication (one a process), named for QSettings, with the icon and the log file."""
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from frontdesk.gui import frontdesk_rc  # noqa: F401  (registers :/icons)

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("Frontdesk")
    app.setApplicationName(name)
    app.setWindowIcon(QIcon(":/icons/frontdesk.svg"))
    from frontdesk.gui.gc_on_gui_thread import collect_on_gui_thread

    collect_on_gui_thread(app)  # Qt objects in cycles are freed on the GUI thread only
    from frontdesk.gui.gil_handoff import prompt_handoff

    prompt_handoff()  # a worker's long computation lets the GUI thread in every 0.02 ms
    _log_to_file()
    from frontdesk.gui.failures import install_hooks

    install_hooks()  # an exception nobody caught: in the log and in a box, the desk goes on
    return app


def _wait(app, signal, start=None) -> bool:
    """Run the event loop until ``signal`` (``start``: called once it is listened to)."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    done = []
    signal.connect(lambda *a: (done.append(True), loop.quit()))
    if start is not None:
        start()
    QTimer.singleShot(WAIT_MS, loop.quit)
    if not done:
        loop.exec()
    return bool(done)


def _screenshot(app, window, path: str, search: str | None) -> int:
    if not _wait(app, window.day_loaded):
        raise FrontdeskError("the day's schedule did not load in time")
    if window.presence.busy:
        _wait(app, window.signed_in)
    if search:
        window.ui.searchEdit.setText(search)
        if not _wait(app, window.search_done):
            raise FrontdeskError("the search did not answer in time")
        _wait(app, window.patient_opened, window.open_selected_hit)
    elif window.model.rowCount():
        first = window.model.entry(0).patient.id
        _wait(app, window.patient_opened, lambda: window.open_patient(first))
    for _ in range(3):  # labels that wrap settle their height in a second layout pass
        app.processEvents()
    if not window.grab().save(path):
        raise FrontdeskError(f"cannot write {path}")
    window.close()
    return 0


def _log_to_file() -> None:
    handler = PrivateRotatingFileHandler(
        data_dir() / "frontdesk.log", maxBytes=2_000_000, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.getLogger("frontdesk").addHandler(handler)
