"""Python's cycle collector run by the GUI thread's event loop only, never by a worker.

    collector = collect_on_gui_thread(app)   # once, when the QApplication is made

Left to itself, the collector runs on whichever thread happens to allocate: a worker (a search,
a check-in, an import) can then collect a cycle that holds a closed dialog or a model, and Qt
objects destroyed off the GUI thread, or while the GUI thread uses them, abort the process
("Fatal Python error: Aborted" in the suite, at random places). Here automatic collection is
off, and a timer on the GUI thread collects each generation when Python's own thresholds say it
is due, as often as the automatic collector would, between two events.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer

INTERVAL_MS = 200


class GuiThreadCollector(QObject):
    def __init__(self, parent: QObject, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self) -> int:
        """Collect the generations that are due; how many objects were unreachable."""
        young, middle, old = gc.get_count()
        found = 0
        if young > self.thresholds[0]:
            found += gc.collect(0)
            if middle > self.thresholds[1]:
                found += gc.collect(1)
                if old > self.thresholds[2]:
                    found += gc.collect(2)
        return found


def collect_on_gui_thread(app: QCoreApplication) -> GuiThreadCollector:
    """The application's collector (made once; later calls return the same one)."""
    existing = app.findChild(GuiThreadCollector)
    if existing is not None:
        gc.disable()
        return existing
    return GuiThreadCollector(app)
