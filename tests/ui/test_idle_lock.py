"""The idle lock sees the desk's input where it arrives (issue 12): keys and clicks in any
top-level window, input-method text in the focused widget; paints and timers are not activity."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication, QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QVBoxLayout

AN_HOUR = 3600.0


@pytest.fixture
def window(open_window, actor):
    return open_window()


def _idle_an_hour(lock) -> None:
    lock._last = lock._clock() - AN_HOUR


def test_keys_clicks_and_input_method_text_in_a_dialog_keep_the_desk_awake(qtbot, window):
    lock = window.idle_lock
    dialog = QDialog(window)
    edit = QLineEdit(dialog)
    QVBoxLayout(dialog).addWidget(edit)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is dialog.windowHandle(), timeout=5000)
    edit.setFocus()
    qtbot.waitUntil(lambda: QGuiApplication.focusObject() is edit, timeout=5000)

    _idle_an_hour(lock)
    dialog.repaint()  # a paint is not someone at the desk
    QApplication.processEvents()
    assert lock.idle_s >= AN_HOUR

    # A key as the platform delivers it: to the dialog's window, then to its line edit.
    QTest.keyClick(dialog.windowHandle(), Qt.Key.Key_K)
    assert edit.text() == "k" and lock.idle_s < 60

    _idle_an_hour(lock)
    QTest.mouseClick(dialog.windowHandle(), Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert lock.idle_s < 60

    # Chinese typed through an input method arrives as text, without key presses.
    _idle_an_hour(lock)
    typed = QInputMethodEvent()
    typed.setCommitString("王")
    QApplication.sendEvent(QGuiApplication.focusObject(), typed)
    assert edit.text() == "k王" and lock.idle_s < 60

    # And in the window itself.
    dialog.close()
    _idle_an_hour(lock)
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_Escape)
    assert lock.idle_s < 60


def test_unlocked_no_filter_sees_every_event_of_the_application_locked_one_does(qtbot, window):
    """Unlocked, events meant for a widget that is neither a window's input nor focused (a
    paint, a timer, or here a key sent straight to it) never reach the lock: each would need
    the GIL. Locked, everything does, and input outside the cover is refused."""
    lock = window.idle_lock
    stray = QLineEdit()  # never shown, never focused
    qtbot.addWidget(stray)
    _idle_an_hour(lock)
    QTest.keyClicks(stray, "kim")
    assert stray.text() == "kim" and lock.idle_s >= AN_HOUR
    lock.lock()
    QTest.keyClicks(stray, "lee")
    assert stray.text() == "kim" and lock.idle_s < 60
