"""The desk locks itself when left idle: patient information is health information.

    lock = IdleLock(window, minutes=5, check=LockCheck(window))   # minutes: the station's
    lock.locked.connect(...)

After the set minutes without a key, click or wheel anywhere in the application, an opaque
panel covers the whole window: no name, no schedule, no search stays visible. Whoever comes to
the desk picks their name and unlocks; they become the signed-in staff member, so what they do
next is recorded under their name. Once the office signs staff in (services.roles), unlocking
takes a secret: the signed-in person's PIN or password, or a full sign-in of someone else
(``check``, run on a worker); a wrong one keeps the desk locked and says why. The cover never
waits for the database: it shows at once with the staff last known, while who may unlock (and
whether a secret is needed) is read again on a worker, the Unlock button waiting meanwhile; a
read that fails is said on the cover and tried again. Live updates keep running underneath, so
the window is current when it is unlocked.
"""

from __future__ import annotations

import contextlib
import logging
import time

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFont, QGuiApplication, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
    QEvent.Type.InputMethod,  # text from an input method (Chinese, Arabic...) is typing too
}
CHECK_MS = 1000
RETRY_MS = 5000  # a staff list that could not be read is asked again this often
log = logging.getLogger(__name__)


class LockPanel(QFrame):
    """The cover: the office's name, who was signed in, and the way back in."""

    unlock_requested = Signal(str, str)  # the username chosen, the secret typed

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("lockPanel")
        self.setAutoFillBackground(True)
        self.setStyleSheet("QFrame#lockPanel { background: #1f2a38; } QLabel { color: white; }")
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        self.title = QLabel(self.tr("Frontdesk is locked"), self)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 2.4)
        font.setBold(True)
        self.title.setFont(font)
        self.note = QLabel(
            self.tr("Patient information is hidden while the desk is unattended."), self
        )
        self.who = QLabel(self)
        self.staff = QComboBox(self)
        self.staff.setMinimumWidth(320)
        self.secret = QLineEdit(self)
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setPlaceholderText(self.tr("PIN or password"))
        self.secret.setMinimumWidth(320)
        self.secret.hide()
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #ffb4ab;")
        self.error.setWordWrap(True)  # the reason in full: a lock's time, the admin to ask
        self.error.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.error.setMinimumWidth(560)
        self.error.hide()  # shown with a reason; an office without sign-in never needs it
        self.unlock = QPushButton(self.tr("Unlock"), self)
        self.unlock.setDefault(True)
        self.unlock.clicked.connect(self._unlock)
        widgets = (self.title, self.note, self.who, self.staff, self.secret, self.error)
        for widget in (*widgets, self.unlock):
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)

    def set_staff(self, people: list[tuple[str, str]], current: str | None) -> None:
        self.staff.clear()
        for username, name in people:
            self.staff.addItem(name, username)
        index = self.staff.findData(current) if current else -1
        self.staff.setCurrentIndex(max(index, 0))
        self.who.setText(self.tr("Choose who you are to unlock:"))

    def _unlock(self) -> None:
        username = self.staff.currentData()
        if username and self.unlock.isEnabled():
            self.unlock_requested.emit(username, self.secret.text())

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._unlock()
        else:
            super().keyPressEvent(event)


class IdleLock(QObject):
    locked = Signal()
    unlocked = Signal(str)

    def __init__(self, window: QWidget, minutes: float, check, *, clock=time.monotonic) -> None:
        """``check``: an object with ``locking()`` (on the GUI thread as the desk locks),
        ``people()`` ([(username, display name)] of the active accounts and whether the office
        signs staff in) and ``check(username, secret)`` (raises when wrong); the last two run
        on a worker."""
        super().__init__(window)
        self.window = window
        self.minutes = minutes
        self._clock = clock
        self._check = check
        self.people: list[tuple[str, str]] = []  # the staff last known (the window sets it)
        self.needed = False  # whether a secret was needed, last known
        self._current: str | None = None  # who was signed in as the desk locked
        self._last = clock()
        self._switched_off: list = []
        self.panel = LockPanel(window)
        self.panel.hide()
        self.panel.unlock_requested.connect(self.unlock)
        # Activity is watched where input arrives, not by a filter on every event of the
        # application: a Python filter there needs the GIL for each paint and timer, and the
        # window stalled while a worker held it (issue 12). Keys, clicks, wheel and touch reach
        # a top-level window (QWindow: the window, its dialogs, popups) before its widgets;
        # input-method text goes straight to the focused widget, which is followed.
        self._focused: QObject | None = None
        app = QGuiApplication.instance()
        app.focusWindowChanged.connect(self._watch_windows)
        app.focusObjectChanged.connect(self._follow_focus)
        self._watch_windows()
        self.timer = QTimer(self, interval=CHECK_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()
        from frontdesk.gui.jobs import LatestJob

        self.job = LatestJob(self, failed=self._refused)
        self.reader = LatestJob(self, failed=self._not_read)
        self.reader.busy_changed.connect(self._reading)

    @property
    def is_locked(self) -> bool:
        return self.panel.isVisible()

    @property
    def idle_s(self) -> float:
        """Seconds since the last key, click, wheel, touch or input-method text."""
        return self._clock() - self._last

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self.window and kind == QEvent.Type.Resize:
            self.panel.setGeometry(self.window.rect())
        if kind in _ACTIVITY:
            self._last = self._clock()
            if self.is_locked and isinstance(watched, QWidget):
                # Nothing but the cover may be reached by keys or clicks, in any window.
                return not self.panel.isAncestorOf(watched) and watched is not self.panel
        return False

    def _watch_windows(self, *_) -> None:
        """Every top-level window watched: on a focus change and each second (a window shown
        since is covered within a second; installing twice is installing once)."""
        for window in QGuiApplication.topLevelWindows():
            window.installEventFilter(self)

    def _follow_focus(self, focused: QObject | None) -> None:
        keep = self._focused is self.window and self.is_locked  # watched for resizes
        if self._focused is not None and not keep:
            with contextlib.suppress(RuntimeError):  # already deleted
                self._focused.removeEventFilter(self)
        self._focused = focused if isinstance(focused, QWidget) else None
        if self._focused is not None:
            self._focused.installEventFilter(self)

    def check(self) -> None:
        self._watch_windows()
        if not self.window.isVisible():  # closed (or not shown yet): nothing to cover
            return
        if self.minutes > 0 and not self.is_locked and self.idle_s >= self.minutes * 60:
            self.lock()

    def lock(self) -> None:
        """Cover the window now (the staff last known), and read who may unlock on a worker."""
        current = getattr(getattr(self.window, "actor", None), "staff", None)
        self._current = current.username if current else None
        self._check.locking()
        self.panel.secret.clear()
        self.panel.error.clear()
        self._show_people(self.people, self.needed)
        self.reader.submit(self._check.people, done=self._read)
        # Keyboard shortcuts act without a key press reaching a widget: switch them off too.
        self._switched_off = [
            item
            for item in self.window.findChildren(QAction) + self.window.findChildren(QShortcut)
            if item.isEnabled()
        ]
        for item in self._switched_off:
            item.setEnabled(False)
        # Dialogs and floating panels are windows of their own: a badge preview or the scan
        # log left open would stay readable over the cover. They are closed (a dialog as if
        # cancelled: nothing is printed or written).
        for widget in QApplication.topLevelWidgets():
            if widget is self.window or not widget.isVisible():
                continue
            if isinstance(widget, QDialog):
                widget.reject()
            widget.hide()
        # While locked, every event of the application is seen, so that input for anything
        # but the cover is refused (the tab chain, a window opened since); and the window's
        # resizes, so that the cover follows.
        QApplication.instance().installEventFilter(self)
        self.window.installEventFilter(self)
        self.panel.setGeometry(self.window.rect())
        self.panel.raise_()
        self.panel.show()
        self.panel.staff.setFocus()
        self.locked.emit()

    def _show_people(self, people: list[tuple[str, str]], needed: bool) -> None:
        self.panel.set_staff(people, self._current)
        self.panel.secret.setVisible(needed)
        self.panel.error.setVisible(needed or bool(self.panel.error.text()))

    def _reading(self, busy: bool) -> None:
        """Who may unlock is being read: the button waits, the cover says so."""
        self.panel.unlock.setEnabled(not busy)
        if busy:
            self.panel.who.setText(self.tr("Reading who may unlock…"))

    def _read(self, answer: tuple[list[tuple[str, str]], bool]) -> None:
        self.people, self.needed = answer
        self.panel.error.clear()
        self._show_people(self.people, self.needed)

    def _not_read(self, error: BaseException) -> None:
        """The database gone: the cover stays, says so, asks for a secret (whether one is
        needed is not known) and reads again shortly."""
        from frontdesk.gui.failures import describe

        log.warning("cannot list staff for the lock screen: %s", error)
        self.panel.error.setText(
            self.tr("Could not read the staff list: {message}").format(message=describe(error))
        )
        self._show_people(self.people, True)
        if self.is_locked:
            QTimer.singleShot(RETRY_MS, self, self._read_again)

    def _read_again(self) -> None:
        if self.is_locked and not self.reader.busy:
            self.reader.submit(self._check.people, done=self._read)

    def unlock(self, username: str, secret: str = "") -> None:
        if self.panel.secret.isVisible():
            self.panel.error.setText(self.tr("Checking…"))
            self.job.start(self._check.check, username, secret, done=self._open)
            return
        self._open(username)

    def _refused(self, error: BaseException) -> None:
        self.panel.secret.clear()
        self.panel.error.setText(str(error))  # still locked

    def _open(self, username) -> None:
        username = getattr(getattr(username, "staff", None), "username", username)
        QApplication.instance().removeEventFilter(self)
        if self._focused is not self.window:
            self.window.removeEventFilter(self)
        self.panel.hide()
        self.panel.secret.clear()
        for item in self._switched_off:
            item.setEnabled(True)
        self._switched_off = []
        self._last = self._clock()
        self.unlocked.emit(username)
