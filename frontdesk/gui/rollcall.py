"""The roll-call button (door and desk): the PDF made off the GUI thread, saved in the
station's PDF folder and sent to its printer when one is set."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QMessageBox, QWidget

from frontdesk.gui.badge_output import PDF_FILE, save_pdf, send_to_printer
from frontdesk.gui.desk_settings import DeskSettings
from frontdesk.gui.workers import Runner
from frontdesk.printing.badge_layouts import Layout
from frontdesk.printing.rollcall_pdf import roll_call_pdf

_LETTER = Layout("letter", "US Letter", (612.0, 792.0), ())


def _make(people_fn, zone, refresh, source, folder, printer) -> str:
    if refresh is not None:
        refresh()  # the freshest list the station can get; offline, its own copy
    now = dt.datetime.now(dt.UTC)
    pdf = roll_call_pdf(people_fn(), now, zone, source=source)
    path = save_pdf(pdf, folder, f"roll-call {now.astimezone(zone):%Y-%m-%d %H%M}")
    if printer and printer != PDF_FILE:
        send_to_printer(pdf, printer, _LETTER)
        return f"Printed on {printer} and saved as {path}"
    return f"Saved as {path}"


def print_roll_call(
    parent: QWidget,
    people_fn,
    zone,
    *,
    refresh=None,
    source: str = "",
    settings: DeskSettings | None = None,
    connect: bool = True,
) -> Runner:
    """``connect=False`` at a door: ``refresh`` opens the shared database itself, and only
    when its file is really there (connecting to a missing SQLite path would create one)."""
    settings = settings or DeskSettings()
    runner = Runner(parent, connect=connect)
    label = source or parent.windowTitle()

    def tell(icon: QMessageBox.Icon, message: str) -> None:
        box = QMessageBox(
            icon, parent.tr("Fire roll-call"), message, QMessageBox.StandardButton.Ok, parent
        )
        parent.roll_call_box = box  # tests read it
        box.open()

    runner.finished.connect(lambda _tag, message: tell(QMessageBox.Icon.Information, message))
    runner.failed.connect(lambda _tag, message: tell(QMessageBox.Icon.Warning, message))
    runner.run(
        "roll-call",
        _make,
        people_fn,
        zone,
        refresh,
        label,
        settings.pdf_folder,
        settings.badge_printer,
    )
    parent.roll_call_runner = runner
    return runner
