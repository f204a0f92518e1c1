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

from frontdesk.config import data_dir
from frontdesk.gui.badge_output import PDF_FILE, save_pdf, send_to_printer
from frontdesk.gui.desk_settings import DeskSettings
from frontdesk.gui.workers import Runner
from frontdesk.printing.badge_layouts import Layout
from frontdesk.printing.rollcall_pdf import roll_call_pdf
from frontdesk.private_files import private_folder

_LETTER = Layout("letter", "US Letter", (612.0, 792.0), ())


def roll_call_folder() -> Path:
    return private_folder(data_dir() / "roll-calls")


def _make(people_fn, zone, refresh, source, printer, doors_fn) -> tuple[str, Path]:
    if refresh is not None:
        refresh()  # the freshest list the station can get; offline, its own copy
    now = dt.datetime.now(dt.UTC)
    doors = doors_fn() if doors_fn is not None else ()
    pdf = roll_call_pdf(people_fn(), now, zone, source=source, doors=doors)
    path = save_pdf(pdf, roll_call_folder(), f"roll-call {now.astimezone(zone):%Y-%m-%d %H%M}")
    if printer and printer != PDF_FILE:
        send_to_printer(pdf, printer, _LETTER)
        return f"Printed on {printer} and saved as {path.name}", path
    return f"Saved as {path.name}", path


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
) -> Runner:
    """``connect=False`` at a door: ``refresh`` opens the shared database itself, and only
    when its file is really there (connecting to a missing SQLite path would create one).
    ``doors_fn()`` gives the doors' last contacts for the page's warning lines."""
    settings = settings or DeskSettings()
    runner = Runner(parent, connect=connect)
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

    runner.finished.connect(lambda _tag, made: tell(QMessageBox.Icon.Information, *made))
    runner.failed.connect(lambda _tag, message: tell(QMessageBox.Icon.Warning, message, None))
    runner.run(
        "roll-call", _make, people_fn, zone, refresh, label, settings.badge_printer, doors_fn
    )
    parent.roll_call_runner = runner
    return runner


def _to_the_bottom(parent: QWidget, box: QMessageBox) -> None:
    """At the bottom of the window, over the last scans, not over the verdict."""
    window = parent.window()
    frame = window.frameGeometry()
    box.adjustSize()
    x = frame.x() + (frame.width() - box.width()) // 2
    y = frame.y() + frame.height() - box.height() - 24
    box.move(max(frame.x(), x), max(frame.y(), y))
    box.activateWindow()
