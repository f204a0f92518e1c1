"""The roll-call button (door and desk): the PDF made off the GUI thread, saved in the data
folder (``roll-calls/``: it lists patients, so it stays with their data, private) and sent to
the station's printer when one is set. A small box at the bottom of the window (never over a
door's verdict) says where it is; Enter opens it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from frontdesk import clock
from frontdesk.config import data_dir
from frontdesk.gui.badge_output import PDF_FILE, save_pdf, send_to_printer
from frontdesk.gui.desk_settings import DeskSettings
from frontdesk.gui.failures import describe
from frontdesk.gui.jobs import LatestJob
from frontdesk.printing.badge_layouts import Layout
from frontdesk.printing.rollcall_pdf import roll_call_pdf
from frontdesk.private_files import private_folder

_LETTER = Layout("letter", "US Letter", (612.0, 792.0), ())


def roll_call_folder() -> Path:
    return private_folder(data_dir() / "roll-calls")


def _make(people_fn, zone, refresh, source, printer, doors_fn) -> tuple[str | None, Path]:
    """On a worker: the PDF saved, and printed when the station has a printer; returns the
    printer it went to (None: saved only) and the file."""
    if refresh is not None:
        refresh()  # the freshest list the station can get; offline, its own copy
    now: dt.datetime = clock.now()
    doors = doors_fn() if doors_fn is not None else ()
    pdf = roll_call_pdf(people_fn(), now, zone, source=source, doors=doors)
    path = save_pdf(pdf, roll_call_folder(), f"roll-call {now.astimezone(zone):%Y-%m-%d %H%M}")
    if printer and printer != PDF_FILE:
        send_to_printer(pdf, printer, _LETTER)
        return printer, path
    return None, path


def print_roll_call(
    parent: QWidget,
    people_fn,
    zone,
    *,
    refresh=None,
    source: str = "",
    settings: DeskSettings | None = None,
    connect: bool = True,
    doors_fn=None,
) -> LatestJob:
    """``connect=False`` at a door: ``refresh`` opens the shared database itself, and only
    when its file is really there (connecting to a missing SQLite path would create one).
    ``doors_fn()`` gives the doors' last contacts for the page's warning lines."""
    settings = settings or DeskSettings()
    job = LatestJob(parent, opens_database=connect)
    label = source or parent.windowTitle()

    def tell(icon: QMessageBox.Icon, message: str, path: Path | None) -> None:
        box = QMessageBox(
            icon,
            QCoreApplication.translate("RollCall", "Fire roll-call"),
            message,
            QMessageBox.StandardButton.NoButton,
            parent,
        )
        box.setWindowModality(Qt.WindowModality.NonModal)  # the door goes on scanning
        if path is not None:
            opener = box.addButton(
                QCoreApplication.translate("RollCall", "Open the PDF"),
                QMessageBox.ButtonRole.AcceptRole,
            )
            box.setDefaultButton(opener)
            opener.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))
            box.addButton(QMessageBox.StandardButton.Close)
        else:
            box.setDefaultButton(box.addButton(QMessageBox.StandardButton.Ok))
        parent.roll_call_box = box  # tests read it
        parent.roll_call_path = path
        if path is not None:
            box.setInformativeText(
                QCoreApplication.translate("RollCall", "In {folder}").format(folder=path.parent)
            )
        box.open()
        _to_the_bottom(parent, box)
        QTimer.singleShot(0, lambda: _to_the_bottom(parent, box))  # once its size is final

    def made(printed: tuple[str | None, Path]) -> None:
        printer, path = printed
        if printer:
            words = QCoreApplication.translate(
                "RollCall", "Printed on {printer} and saved as {name}"
            )
        else:
            words = QCoreApplication.translate("RollCall", "Saved as {name}")
        tell(QMessageBox.Icon.Information, words.format(printer=printer, name=path.name), path)

    job.start(
        _make,
        people_fn,
        zone,
        refresh,
        label,
        settings.badge_printer,
        doors_fn,
        done=made,
        failed=lambda error: tell(QMessageBox.Icon.Warning, describe(error), None),
    )
    parent.roll_call_job = job
    return job


def _to_the_bottom(parent: QWidget, box: QMessageBox) -> None:
    """At the bottom of the window, over the last scans, not over the verdict."""
    window = parent.window()
    frame = window.frameGeometry()
    box.adjustSize()
    x = frame.x() + (frame.width() - box.width()) // 2
    y = frame.y() + frame.height() - box.height() - 24
    box.move(max(frame.x(), x), max(frame.y(), y))
    box.activateWindow()
