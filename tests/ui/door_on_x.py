"""A door station on a real X server, for tests that type into it with xdotool (run as a
process of its own: the test's own Qt runs offscreen).

    DISPLAY=:7 QT_QPA_PLATFORM=xcb python tests/ui/door_on_x.py URL CACHE EXPECTED OUT.json

It prints READY when the window is shown and has the keyboard, counts what the scanner reader
makes of the keys, and when EXPECTED scans were read (or after a timeout) closes the window,
which sends the scan log, and writes the counts to OUT.json.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
TIMEOUT_S = 300


def main() -> int:
    url, cache, expected, out = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    from frontdesk.gui.door_closing import close_and_wait
    from frontdesk.gui.door_window import DoorWindow
    from frontdesk.gui.door_words import verdict_words
    from frontdesk.services.door import DoorStation

    app = QApplication(sys.argv[:1])
    door = DoorStation(url, "Entrance", "in", cache_path=cache)
    door.refresh()
    window = DoorWindow(door, camera=False)
    counts = {"scanned": 0, "rejected": [], "valid": 0, "refused": [], "repeats": 0}

    def verdict(result) -> None:
        if result.repeat:
            counts["repeats"] += 1
        elif result.valid:
            counts["valid"] += 1
        else:
            counts["refused"].append(verdict_words(result, window.door.zone))

    def scanned(_text: str) -> None:
        counts["scanned"] += 1
        if counts["scanned"] >= expected:
            QTimer.singleShot(200, finish)

    def finish() -> None:
        counts["pending"] = close_and_wait(window)  # sends the queue
        Path(out).write_text(json.dumps(counts))
        app.quit()

    stamps: list[int] = []

    class Stamps(QObject):
        """The press times the window system gave the keys (for the test's report)."""

        def eventFilter(self, _watched, event) -> bool:
            if event.type() == QEvent.Type.KeyPress and event.text():
                stamps.append(event.timestamp())
            return False

    recorder = Stamps()
    app.installEventFilter(recorder)  # installed after the reader: it sees each key first
    counts["stamps"] = stamps
    window.reader.scanned.connect(scanned)
    window.reader.rejected.connect(lambda text: counts["rejected"].append(len(text)))
    window.verdict_shown.connect(verdict)
    window.resize(1366, 768)
    window.show()
    window.activateWindow()
    start = time.monotonic()
    while not window.isActiveWindow() and time.monotonic() - start < 20:
        app.processEvents()
        time.sleep(0.05)
        window.activateWindow()
    print("READY" if window.isActiveWindow() else "NO FOCUS", flush=True)
    QTimer.singleShot(TIMEOUT_S * 1000, finish)
    app.exec()
    door.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
