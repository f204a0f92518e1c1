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

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QListWidgetItem, QMainWindow

from frontdesk.badge_token import HolderType
from frontdesk.gui.desk_settings import DeskSettings
from frontdesk.gui.door_closing import DoorClosing
from frontdesk.gui.door_words import verdict_words
from frontdesk.gui.forms.ui_door_window import Ui_DoorWindow
from frontdesk.gui.jobs import LatestJob
from frontdesk.gui.plain_text import plain
from frontdesk.gui.scanner_input import WedgeReader
from frontdesk.gui.vocabulary import translated
from frontdesk.services.door import DoorStation, ScanResult

FLUSH_MS = 1000
REFRESH_MS = 30_000
IDLE_AFTER_MS = 10_000
LAST_SCANS = 12
_HOLDER_WORDS = {
    HolderType.PATIENT: QT_TRANSLATE_NOOP("DoorWindow", "PATIENT"),
    HolderType.COMPANION: QT_TRANSLATE_NOOP("DoorWindow", "COMPANION"),
    HolderType.INTERPRETER: QT_TRANSLATE_NOOP("DoorWindow", "INTERPRETER"),
    HolderType.VISITOR: QT_TRANSLATE_NOOP("DoorWindow", "VISITOR"),
}
_GREEN, _RED, _IDLE, _AMBER = "#0b6b2e", "#a4000f", "#2d3440", "#8a4b00"
KEYBOARD_CHECK_MS = 500
# Capital letters' height on the screen, in millimetres, for reading from 2 m (about 1/200 of
# the distance is the least that is read at a glance; the verdict and IN/OUT well above it).
CAP_HEIGHT_MM = {
    "verdict": 22.0,
    "way": 14.0,
    "name": 11.0,
    "native": 10.0,
    "reason": 9.0,
    "holder": 8.0,
    "destination": 8.0,
    "connection": 7.0,  # the OFFLINE band: white on red across the top
    "door": 5.0,
    "list": 3.5,
}
CAP_TO_EM = 0.7  # a capital is about 0.7 of the font's pixel size
# What the header says the door is; every direction a door may have (DIRECTIONS) has words.
_DIRECTION_WORDS = {
    "in": QT_TRANSLATE_NOOP("DoorWindow", "entry"),
    "out": QT_TRANSLATE_NOOP("DoorWindow", "exit"),
    "both": QT_TRANSLATE_NOOP("DoorWindow", "entry and exit"),
    "inside": QT_TRANSLATE_NOOP("DoorWindow", "clinical area (counts nobody in or out)"),
}


class DoorWindow(QMainWindow):
    verdict_shown = Signal(object)  # the ScanResult on screen
    synced = Signal()  # a refresh or flush came back
    closed = Signal(int)  # closing is over: how many scans still wait in the door's file

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
                direction=translated(
                    "DoorWindow", _DIRECTION_WORDS.get(door.direction, door.direction)
                ),
            )
        )
        self.reader = WedgeReader(self)
        self.reader.scanned.connect(self.on_scan)
        QApplication.instance().installEventFilter(self.reader)
        # The door's own lane: one thread, so its copy and queue are always served by the same
        # one; the door opens the shared database itself (a vanished SQLite file is not made).
        self.sync_job = LatestJob(self, lane_name="door", opens_database=False)
        self.closing = DoorClosing(self)
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
        self.keyboard_lost = False
        self.keyboard_timer = QTimer(self, interval=KEYBOARD_CHECK_MS)
        self.keyboard_timer.timeout.connect(self._check_keyboard)
        self.show_idle()
        self._update_connection()
        self.keyboard_timer.start()
        self.flush_timer.start()
        self.refresh_timer.start()
        QTimer.singleShot(0, self.sync)

    def _fonts(self, height: int | None = None) -> None:
        """Letters sized in millimetres on the screen (:data:`CAP_HEIGHT_MM`), from the
        screen's physical density, shrunk only as far as the window's height needs."""
        screen = self.screen() or QApplication.primaryScreen()
        dpi = min(200.0, max(72.0, screen.physicalDotsPerInchY() if screen else 96.0))
        if height is None:
            height = screen.availableGeometry().height() if screen else 768
        self._fonts_for = height
        px = {k: mm / 25.4 * dpi / CAP_TO_EM for k, mm in CAP_HEIGHT_MM.items()}
        # The tallest verdict: a "both" door's valid scan, the name on two lines.
        tallest = 1.25 * sum(
            px[k] * n
            for k, n in (("verdict", 1), ("way", 1), ("name", 2), ("native", 1), ("holder", 1))
        ) + 1.25 * (px["destination"] + px["connection"] + px["door"] + 4 * px["list"])
        shrink = min(1.0, height * 0.92 / tallest)
        self.font_px = {k: max(12, round(v * shrink)) for k, v in px.items()}
        base = QFont(self.font())

        def font(key: str, bold: bool = False) -> QFont:
            f = QFont(base)
            f.setPixelSize(self.font_px[key])
            f.setBold(bold)
            return f

        ui = self.ui
        ui.verdictLabel.setFont(font("verdict", True))
        ui.wayLabel.setFont(font("way", True))
        ui.reasonLabel.setFont(font("reason", True))
        ui.nameLabel.setFont(font("name", True))
        ui.nativeNameLabel.setFont(font("native"))
        ui.holderLabel.setFont(font("holder", True))
        ui.destinationLabel.setFont(font("destination"))
        ui.doorLabel.setFont(font("door", True))
        ui.connectionLabel.setFont(font("connection", True))
        ui.connectionLabel.setWordWrap(True)
        ui.lastScansList.setFont(font("list"))
        ui.rollCallButton.setFont(font("door", True))

    def resizeEvent(self, event) -> None:
        if abs(self.height() - getattr(self, "_fonts_for", 0)) > 20:
            self._fonts(self.height())  # full screen on another screen, or a window resized
        super().resizeEvent(event)

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
        ui.verdictLabel.setText(self.tr("✔  VALID") if result.valid else self.tr("✖  NOT VALID"))
        ui.wayLabel.setText(self._way_words(result))
        ui.wayLabel.setVisible(bool(ui.wayLabel.text()))
        ui.reasonLabel.setText("" if result.valid else verdict_words(result, self.door.zone))
        ui.reasonLabel.setVisible(not result.valid)
        if result.valid:
            name = result.display_name or self.tr("(name not yet known at this door)")
            ui.nameLabel.setText(name)
            ui.nativeNameLabel.setText(result.native_name or "")
            ui.holderLabel.setText(self._holder_word(result))
            destination = result.destination
            ui.destinationLabel.setText(
                self.tr("To: {place}").format(place=destination) if destination else ""
            )
        for label in (ui.nameLabel, ui.nativeNameLabel, ui.holderLabel, ui.destinationLabel):
            label.setVisible(result.valid and bool(label.text()))
        self.verdict_shown.emit(result)
        self.idle_timer.start()

    @staticmethod
    def _holder_word(result: ScanResult) -> str:
        english = _HOLDER_WORDS.get(result.holder)
        return translated("DoorWindow", english) if english else ""

    def _way_words(self, result: ScanResult) -> str:
        """IN or OUT where the guard needs to know what the scan counted: at a door used both
        ways, and for a refused badge that still counted its holder out."""
        if result.way == "out" and not result.valid:
            return self.tr("OUT — leaving is counted")
        if self.door.direction == "both" and result.way:
            return self.tr("→ IN") if result.way == "in" else self.tr("← OUT")
        return ""

    def _check_keyboard(self) -> None:
        """The scanner types into whatever has the keyboard: when no window of this program
        has it (another program took it), say so loudly and ask for it back."""
        lost = self.isVisible() and QApplication.activeWindow() is None
        if lost:
            self.activateWindow()
            self.raise_()
        if lost != self.keyboard_lost:
            self.keyboard_lost = lost
            if lost:
                self._show_keyboard_lost()
            else:
                self.show_idle()

    def _show_keyboard_lost(self) -> None:
        ui = self.ui
        ui.verdictFrame.setStyleSheet(
            f"QFrame#verdictFrame {{ background: {_AMBER}; }} QLabel {{ color: white; }}"
        )
        ui.verdictLabel.setText(self.tr("⚠  NOT LISTENING"))
        ui.reasonLabel.setText(
            self.tr("Another window has the keyboard: scans go there. Touch this screen.")
        )
        ui.reasonLabel.show()
        for label in (ui.wayLabel, ui.nameLabel, ui.nativeNameLabel, ui.holderLabel):
            label.hide()
        ui.destinationLabel.hide()

    def show_idle(self) -> None:
        if getattr(self, "keyboard_lost", False):
            self._show_keyboard_lost()
            return
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
            valid = self.tr("✔ VALID")  # (lupdate does not read a tr() inside an f-string)
            text = f"{local:%H:%M:%S}  {valid}  {self._holder_word(result)}"
            text += f"  B-{result.badge_id}"
        else:
            refused = self.tr("✖ NOT VALID")
            text = f"{local:%H:%M:%S}  {refused}  "
            text += verdict_words(result, self.door.zone)
        if result.way and (self.door.direction == "both" or not result.valid):
            text += "  · " + (self.tr("IN") if result.way == "in" else self.tr("OUT (counted)"))
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
        if self.sync_job.busy or self.closing.started:
            return
        refresh, self._refresh_due = self._refresh_due, False
        self.sync_job.start(self._sync_work, refresh, done=self._synced, failed=self._synced)

    def _sync_work(self, refresh: bool) -> bool:
        was_online = self.door.online
        if not self.door.check():
            return False
        if refresh or not was_online:  # back from offline: a fresh copy first
            self.door.refresh()
        self.door.flush()
        return self.door.online

    def _synced(self, _online_or_error: object) -> None:
        """The door's state after a sync, or after one that failed (the door says it is
        offline and keeps deciding from its copy)."""
        self._update_connection()
        self.synced.emit()

    def _update_connection(self) -> None:
        door = self.door
        copy = door.refreshed_at
        age = ""
        if copy is not None:
            minutes = max(0, int((door.now() - copy).total_seconds() // 60))
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
            why = door.last_error or self.tr("not connected yet")
            text = self.tr("OFFLINE ({why}) · deciding from this door's copy · {age}{queue}")
            text = text.format(why=why, age=age, queue=queue)
            style = f"background: {_RED}; color: white; font-weight: bold; padding: 4px;"
        label = self.ui.connectionLabel
        font = label.font()  # OFFLINE as a band readable from afar; online, small print
        font.setPixelSize(self.font_px["door" if door.online else "connection"])
        font.setBold(not door.online)
        label.setFont(font)
        if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            # A plain-text QLabel wrapping right-to-left text measures its lines narrower than
            # it draws them: the first overflows the window. Rich text (our words, escaped)
            # wraps right.
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setText(html.escape(text, quote=False))
        else:
            label.setText(text)
        label.setStyleSheet(style)

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
        """The queue is sent first, on the worker (:mod:`frontdesk.gui.door_closing`): the
        window stays, saying so, until it is back or given up; the GUI thread never waits."""
        if not self.closing.started:
            self.closing.begin()
        if not self.closing.over:
            event.ignore()  # still sending: closed again when it is back
            return
        super().closeEvent(event)
