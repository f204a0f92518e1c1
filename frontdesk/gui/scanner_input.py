"""Keyboard-wedge scanners: a USB scanner "types" the badge's code and Enter, very fast.

    reader = WedgeReader(parent=door_window)
    QApplication.instance().installEventFilter(reader)   # whatever widget has the focus
    reader.scanned.connect(door_window.on_scan)

A scan is told from a person by speed and terminator: at least :data:`MIN_LENGTH` characters
whose typical (median) gap is at most :data:`MAX_GAP_S`, ended by Enter, Tab or a line feed.
People type a key every 80 ms or more, so typing by hand never makes a scan; a pause longer
than :data:`BURST_BREAK_S` starts a new burst; two scans in quick succession are two scans
(each ends with its own Enter). Input-method events are ignored. The median, not each gap: a
loaded machine stamps a few keys of a scan late (with xdotool on Xvfb, two busy processes and
other work on 2 cores: 13 to 28 of 25,800 keys over 45 ms, the longest 129 to 536 ms), and one
late key must not cut a scan. A few stray keys before a scan do not spoil it either: the door
reads the last 128 characters as the badge.

Speed is measured when each key was *pressed*: ``QKeyEvent.timestamp()``, the time the window
system gave the event (the X server's or the compositor's clock, in ms). When the machine is
busy, Qt may handle a whole scan's keys at once, long after they came; measured when they were
handled, a scan looked like pauses and lost its first characters (1 scan in 6 under load, some
shown as "Not a badge of this hospital"). Events made in the program (tests, ``QTest``) carry no
timestamp (0): for those the time they are handled is all there is.

A burst shorter than a badge (a truncated read, a wristband's barcode) is still a scan: the door
refuses it in words and logs it, rather than stay silent. A scanner configured for
a US keyboard on a French (AZERTY) computer types ``é"'(-è`` for ``234567``, Q for A, W for Z
and ? for M; such a scan is read back as it was meant (:func:`as_typed_on_us_keys`).
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, Qt, Signal

MIN_LENGTH = 4  # a burst this long at scanner speed is a scan, whole or not (a badge has 128)
MAX_GAP_S = 0.045  # scanners send a character every 1-20 ms; people, every 80 ms or more
BURST_BREAK_S = 2.0  # a pause this long: whatever came before was not part of this scan
_TERMINATORS = {Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab}
# A scanner set up for a US keyboard on a French (AZERTY) computer: its key codes come out as
# the AZERTY keys in the same places. The top row gives é"'(-è for 2-7, and letters move: A and
# Q swap, Z and W swap, M is where the comma key is (? with Shift).
_AZERTY_TOP_ROW = set("&é\"'(-è_çà")
_AZERTY_AS_US = str.maketrans(
    {
        "&": "1",
        "é": "2",
        '"': "3",
        "'": "4",
        "(": "5",
        "-": "6",
        "è": "7",
        "_": "8",
        "ç": "9",
        "à": "0",
        "A": "Q",
        "Q": "A",
        "a": "q",
        "q": "a",
        "Z": "W",
        "W": "Z",
        "z": "w",
        "w": "z",
        "?": "M",
        ",": "m",
    }
)


def as_typed_on_us_keys(text: str) -> str:
    """A scan read back as the scanner meant it. A badge token always has digits, so a scan
    with none but AZERTY top-row characters in their place came through an AZERTY layout."""
    if any(c in _AZERTY_TOP_ROW for c in text) and not any(c.isdigit() for c in text):
        return text.translate(_AZERTY_AS_US)
    return text


class WedgeReader(QObject):
    scanned = Signal(str)
    rejected = Signal(str)  # a terminator after text that was typed, not scanned

    def __init__(self, parent: QObject | None = None, *, clock=time.monotonic) -> None:
        super().__init__(parent)
        self._clock = clock
        self._buffer: list[str] = []
        self._gaps: list[float] = []
        self._last = 0.0
        self.enabled = True

    def reset(self) -> None:
        self._buffer.clear()
        self._gaps.clear()

    def _pressed_at(self, event) -> float:
        """When the key was pressed, in seconds: the window system's timestamp when the event
        has one, else now."""
        stamp = event.timestamp()
        return stamp / 1000.0 if stamp else self._clock()

    def _at_scanner_speed(self) -> bool:
        gaps = sorted(self._gaps)
        return not gaps or gaps[len(gaps) // 2] <= MAX_GAP_S

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.enabled:
            return False
        kind = event.type()
        if kind == QEvent.Type.InputMethod:
            return True  # a composing input method is never a scanner
        if kind != QEvent.Type.KeyPress:
            return False
        now = self._pressed_at(event)
        gap = now - self._last
        if event.key() in _TERMINATORS or event.text() in ("\r", "\n"):  # Enter, Tab, LF
            text = "".join(self._buffer)
            fast = self._at_scanner_speed()
            self.reset()
            if len(text) >= MIN_LENGTH and fast and 0 <= gap <= BURST_BREAK_S:
                self.scanned.emit(as_typed_on_us_keys(text))
            elif text:
                self.rejected.emit(text)
            else:
                return False  # Enter alone is a person's: a dialog (the roll-call box) takes it
            return True
        char = event.text()
        if not char or not char.isprintable():
            return False
        if self._buffer and not 0 <= gap <= BURST_BREAK_S:
            self.reset()  # a long pause: a new burst
        elif self._buffer:
            self._gaps.append(gap)
        self._buffer.append(char)
        self._last = now
        if len(self._buffer) > 8192:
            self.reset()
        return True  # the door window has no text fields: every key is the scanner's
