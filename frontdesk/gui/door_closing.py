"""A door window's close: the door's queue of scans is sent before the window goes, without the
GUI thread waiting for the database.

    self.closing = DoorClosing(window)     # in the window's constructor
    if not self.closing.started:           # in its closeEvent
        self.closing.begin()
    if not self.closing.over:
        event.ignore()                     # closed again by DoorClosing when the send is back

Closing stops the scans at once (the scanner's keys, the camera, the timers). Every scan was
written to the door's own file before its verdict was shown, so nothing can be lost: with
nothing to send (and no sync under way) the window goes at once; otherwise the window says it
is sending, the door's worker sends the queue (after a sync under way: one thread serves the
door), and the window closes when the send is back, or after :data:`CLOSING_SEND_MS` if the
database does not answer (the scans then wait in the door's file for its next start, and a
send under way ends on its own). ``window.closed`` says how many scans still wait.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QTimer
from PySide6.QtWidgets import QApplication

CLOSING_SEND_MS = 10_000


class DoorClosing(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)  # the window, as parent(): no Python cycle holds it
        self.started = False  # no more scans; the queue is being sent
        self.over = False  # sent, or kept in the door's file: the window goes
        self.left = 0  # then: how many scans still wait in the door's file
        self.give_up = QTimer(self, singleShot=True)
        self.give_up.timeout.connect(self._sent)

    def begin(self) -> None:
        self.started = True
        window = self.parent()
        QApplication.instance().removeEventFilter(window.reader)  # no more scans
        for timer in (window.flush_timer, window.refresh_timer, window.idle_timer):
            timer.stop()
        window.keyboard_timer.stop()
        if window.camera is not None:
            window.camera.stop()
        door = window.door
        if not window.sync_job.busy and not door.pending():
            self.over = True  # nothing to send: the window goes now
            window.closed.emit(self.left)
            return
        self._say_sending(door.pending())
        window.sync_job.submit(door.flush, done=self._sent, failed=self._sent)
        self.give_up.start(CLOSING_SEND_MS)  # then the scans are kept in the door's file

    def _say_sending(self, waiting: int) -> None:
        ui = self.parent().ui
        ui.verdictFrame.setStyleSheet(
            "QFrame#verdictFrame { background: #2d3440; } QLabel { color: white; }"
        )
        ui.verdictLabel.setText(QCoreApplication.translate("DoorWindow", "Closing…"))
        ui.reasonLabel.setText(
            QCoreApplication.translate(
                "DoorWindow", "No more scans here. Sending {n} scan(s) to the database first."
            ).format(n=waiting)
        )
        ui.reasonLabel.setVisible(waiting > 0)  # else: a sync under way ends first
        for label in (ui.wayLabel, ui.nameLabel, ui.nativeNameLabel, ui.holderLabel):
            label.hide()
        ui.destinationLabel.hide()

    def _sent(self, *_sent_or_error: object) -> None:
        if self.over:
            return
        self.over = True
        self.give_up.stop()
        window = self.parent()
        window.sync_job.close()  # a send still under way ends on its own; nobody waits for it
        self.left = window.door.pending()
        window.closed.emit(self.left)
        window.close()


def close_and_wait(window) -> int:
    """Close the window and run the event loop until it has gone (a script's or a test's end,
    never the window's own code); returns how many scans still wait in the door's file."""
    if not window.closing.over:
        loop = QEventLoop()
        window.closed.connect(loop.quit)
        window.close()
        if not window.closing.over:
            QTimer.singleShot(CLOSING_SEND_MS + 5000, loop.quit)
            loop.exec()
    return window.closing.left
