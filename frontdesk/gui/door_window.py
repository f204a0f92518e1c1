"""The door station's window: scan, see VALID or NOT VALID at a glance, and nothing else.

    window = DoorWindow(DoorStation(url, "Main entrance", "in"))
    window.showFullScreen()

A verdict fills the screen in green or red with a word and a sign (not colour alone), the
reason in plain words, and for a valid badge who (the printed name), what (holder type) and
where to (the destination) — no other patient data, and no way to the desk's screens. Scans
come from a keyboard-wedge scanner (:mod:`frontdesk.gui.scanner_input`) whatever has the focus,
and from a camera where there is one (:mod:`frontdesk.gui.door_camera`). Deciding takes the
GUI thread a millisecond (the token and the door's own file); sending the scan log and
refreshing the door's copy run on a worker thread, so a slow or lost network never stalls it.
"""

from __future__ import annotations

import datetime as dt
import threading

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QListWidgetItem, QMainWindow

from frontdesk.badge_token import HolderType
from frontdesk.gui.desk_settings import DeskSettings
from frontdesk.gui.forms.ui_door_window import Ui_DoorWindow
from frontdesk.gui.plain_text import plain
from frontdesk.gui.scanner_input import WedgeReader
from frontdesk.gui.workers import Runner
from frontdesk.services.door import DoorStation, ScanResult

FLUSH_MS = 1000
CLOSING_SEND_S = 10.0
REFRESH_MS = 30_000
IDLE_AFTER_MS = 10_000
LAST_SCANS = 12
_HOLDER_WORDS = {
    HolderType.PATIENT: "PATIENT",
    HolderType.COMPANION: "COMPANION",
    HolderType.INTERPRETER: "INTERPRETER",
    HolderType.VISITOR: "VISITOR",
}
_GREEN, _RED, _IDLE = "#0b6b2e", "#a4000f", "#2d3440"
# What the header says the door is; every direction a door may have (DIRECTIONS) has words.
_DIRECTION_WORDS = {
    "in": "entry",
    "out": "exit",
    "both": "entry and exit",
    "inside": "clinical area (counts nobody in or out)",
}


class DoorWindow(QMainWindow):
    verdict_shown = Signal(object)  # the ScanResult on screen
    synced = Signal()  # a refresh or flush came back

    def __init__(
        self, door: DoorStation, *, camera: bool = True, settings: DeskSettings | None = None
    ) -> None:
        super().__init__()
        self.settings = settings or DeskSettings()
        self.ui = Ui_DoorWindow()
        self.ui.setupUi(self)
        ui = self.ui  # the badge's name and destination as stored: shown as text, never markup
        plain(ui.nameLabel, ui.nativeNameLabel, ui.destinationLabel, ui.reasonLabel, ui.doorLabel)
        self.door = door
        self.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)
        self.setWindowTitle(self.tr("Frontdesk — Door: {door}").format(door=door.door))
        self._fonts()
        self.ui.doorLabel.setText(
            self.tr("Door: {door} · {direction}").format(
                door=door.door,
                direction=self.tr(_DIRECTION_WORDS.get(door.direction, door.direction)),
            )
        )
        self.reader = WedgeReader(self)
        self.reader.scanned.connect(self.on_scan)
        QApplication.instance().installEventFilter(self.reader)
        self.runner = Runner(self, connect=False)
        self.runner.finished.connect(self._synced)
        self.runner.failed.connect(self._synced)
        self._syncing = False
        self._closed = False
        self.flush_timer = QTimer(self, interval=FLUSH_MS)
        self.flush_timer.timeout.connect(self.sync)
        self.idle_timer = QTimer(self, singleShot=True, interval=IDLE_AFTER_MS)
        self.idle_timer.timeout.connect(self.show_idle)
        self._refresh_due = True
        self.refresh_timer = QTimer(self, interval=REFRESH_MS)
        self.refresh_timer.timeout.connect(self._refresh_soon)
        self.ui.rollCallButton.clicked.connect(self.roll_call)
        self.camera = None
        if camera:
            from frontdesk.gui.door_camera import start_camera

            self.camera = start_camera(self)
        self.ui.cameraLabel.setText(
            self.tr("Camera: {name}").format(name=self.camera.name)
            if self.camera
            else self.tr("No camera: scanner only")
        )
        self.show_idle()
        self._update_connection()
        self.flush_timer.start()
        self.refresh_timer.start()
        QTimer.singleShot(0, self.sync)

    def _fonts(self) -> None:
        base = QFont(self.font())
        size = base.pointSizeF()

        def font(scale: float, bold: bool = False) -> QFont:
            f = QFont(base)
            f.setPointSizeF(size * scale)
            f.setBold(bold)
            return f

        ui = self.ui
        ui.verdictLabel.setFont(font(6.0, True))
        ui.wayLabel.setFont(font(4.0, True))
        ui.reasonLabel.setFont(font(2.2, True))
        ui.nameLabel.setFont(font(3.2, True))
        ui.nativeNameLabel.setFont(font(3.0))
        ui.holderLabel.setFont(font(2.2, True))
        ui.destinationLabel.setFont(font(2.0))
        ui.doorLabel.setFont(font(1.4, True))
        ui.connectionLabel.setFont(font(1.2))
        ui.lastScansList.setFont(font(1.3))

    # -- scans ---------------------------------------------------------------------------------
    def on_scan(self, payload: str) -> ScanResult:
        result = self.door.scan(payload)
        self.show_result(result)
        if not result.repeat:
            self._add_to_list(result)
        self._update_connection()
        return result

    def show_result(self, result: ScanResult) -> None:
        ui = self.ui
        colour = _GREEN if result.valid else _RED
        ui.verdictFrame.setStyleSheet(
            f"QFrame#verdictFrame {{ background: {colour}; }} QLabel {{ color: white; }}"
        )
        ui.verdictLabel.setText("✔  VALID" if result.valid else "✖  NOT VALID")
        ui.wayLabel.setText(self._way_words(result))
        ui.wayLabel.setVisible(bool(ui.wayLabel.text()))
        ui.reasonLabel.setText("" if result.valid else result.words)
        ui.reasonLabel.setVisible(not result.valid)
        if result.valid:
            name = result.display_name or self.tr("(name not yet known at this door)")
            ui.nameLabel.setText(name)
            ui.nativeNameLabel.setText(result.native_name or "")
            ui.holderLabel.setText(_HOLDER_WORDS.get(result.holder, ""))
            destination = result.destination
            ui.destinationLabel.setText(
                self.tr("To: {place}").format(place=destination) if destination else ""
            )
        for label in (ui.nameLabel, ui.nativeNameLabel, ui.holderLabel, ui.destinationLabel):
            label.setVisible(result.valid and bool(label.text()))
        self.verdict_shown.emit(result)
        self.idle_timer.start()

    def _way_words(self, result: ScanResult) -> str:
        """IN or OUT where the guard needs to know what the scan counted: at a door used both
        ways, and for a refused badge that still counted its holder out."""
        if result.way == "out" and not result.valid:
            return self.tr("OUT — leaving is counted")
        if self.door.direction == "both" and result.way:
            return self.tr("→ IN") if result.way == "in" else self.tr("← OUT")
        return ""

    def show_idle(self) -> None:
        ui = self.ui
        ui.verdictFrame.setStyleSheet(
            f"QFrame#verdictFrame {{ background: {_IDLE}; }} QLabel {{ color: white; }}"
        )
        ui.verdictLabel.setText(self.tr("Scan a badge"))
        for label in (
            ui.wayLabel,
            ui.reasonLabel,
            ui.nameLabel,
            ui.nativeNameLabel,
            ui.holderLabel,
            ui.destinationLabel,
        ):
            label.clear()
            label.hide()

    def _add_to_list(self, result: ScanResult) -> None:
        local = result.at.astimezone(self.door.zone)
        if result.valid:  # no name: the list stays on screen, the verdict only ten seconds
            text = f"{local:%H:%M:%S}  ✔ VALID  {_HOLDER_WORDS.get(result.holder, '')}"
            text += f"  B-{result.badge_id}"
        else:
            text = f"{local:%H:%M:%S}  ✖ NOT VALID  {result.words}"
        if result.way and (self.door.direction == "both" or not result.valid):
            text += "  · IN" if result.way == "in" else "  · OUT (counted)"
        item = QListWidgetItem(text)
        if not result.valid:
            item.setForeground(Qt.GlobalColor.darkRed)
            font = item.font()
            font.setBold(True)
            item.setFont(font)
        self.ui.lastScansList.insertItem(0, item)
        while self.ui.lastScansList.count() > LAST_SCANS:
            self.ui.lastScansList.takeItem(self.ui.lastScansList.count() - 1)

    # -- the shared database, off the GUI thread ------------------------------------------------
    def _refresh_soon(self) -> None:
        self._refresh_due = True

    def sync(self) -> None:
        if self._syncing or self._closed:
            return
        self._syncing = True
        refresh, self._refresh_due = self._refresh_due, False
        self.runner.run("sync", self._sync_work, refresh)

    def _sync_work(self, refresh: bool) -> bool:
        was_online = self.door.online
        if not self.door.check():
            return False
        if refresh or not was_online:  # back from offline: a fresh copy first
            self.door.refresh()
        self.door.flush()
        return self.door.online

    def _synced(self, *_args) -> None:
        self._syncing = False
        self._update_connection()
        self.synced.emit()

    def _update_connection(self) -> None:
        door = self.door
        copy = door.refreshed_at
        age = ""
        if copy is not None:
            minutes = max(0, int((dt.datetime.now(dt.UTC) - copy).total_seconds() // 60))
            age = self.tr("revocation list from {time} ({minutes} min old)").format(
                time=copy.astimezone(door.zone).strftime("%H:%M"), minutes=minutes
            )
        else:
            age = self.tr("no revocation list yet")
        waiting = door.pending()
        queue = self.tr(" · {n} scan(s) waiting to be sent").format(n=waiting) if waiting else ""
        if door.online:
            text = self.tr("● Online · {age}{queue}").format(age=age, queue=queue)
            style = "color: #0b6b2e;"
        else:
            text = self.tr("● OFFLINE: deciding from this door's copy · {age}{queue}").format(
                age=age, queue=queue
            )
            style = "color: #a4000f; font-weight: bold;"
        self.ui.connectionLabel.setText(text)
        self.ui.connectionLabel.setStyleSheet(style)

    # -- roll-call ----------------------------------------------------------------------------
    def roll_call(self) -> None:
        from frontdesk.gui.rollcall import print_roll_call

        copy = self.door.refreshed_at
        state = "online" if self.door.online else "OFFLINE"
        when = copy.astimezone(self.door.zone).strftime("%H:%M") if copy else "never"
        print_roll_call(
            self,
            self.door.onsite,
            self.door.zone,
            refresh=lambda: (self.door.flush(), self.door.refresh()),
            source=f"door {self.door.door} ({state}; its copy of {when} and its own scans)",
            settings=self.settings,
            connect=False,
            doors_fn=self.door.door_contacts,
        )

    def closeEvent(self, event) -> None:
        self._closed = True
        QApplication.instance().removeEventFilter(self.reader)
        for timer in (self.flush_timer, self.refresh_timer, self.idle_timer):
            timer.stop()
        if self.camera is not None:
            self.camera.stop()
        self.runner.wait(10_000)
        self.send_queue_before_closing()
        super().closeEvent(event)

    def send_queue_before_closing(self, seconds: float = CLOSING_SEND_S) -> int:
        """A door closed normally sends what it holds to the shared database first (on a
        thread of its own, for at most ``seconds``: a database that is gone keeps them in the
        door's file for the next start). Returns how many scans still wait."""
        if self.door.pending():
            sender = threading.Thread(target=self.door.flush, name="door-final-send", daemon=True)
            sender.start()
            sender.join(seconds)
        return self.door.pending()
