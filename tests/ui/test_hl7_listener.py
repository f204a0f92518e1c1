"""Settings > HL7 feed: the desk window runs the MLLP listener its settings name, over a real TCP
connection on 127.0.0.1, on a real database; the status bar says what each message did."""

from __future__ import annotations

import gc
import socket

import pytest
from PySide6.QtWidgets import QDialog

from frontdesk.gui.hl7_listener import attach
from frontdesk.gui.settings_dialog import SettingsDialog
from frontdesk.store.models import Appointment
from tests.mllp_client import MllpClient, ack_code
from tests.schedule_samples import siu

START = "202611300900-0500"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def listening(qtbot, actor, open_window, desk_settings):
    """The window, its listener started from the settings on a free port of 127.0.0.1."""
    dialog = SettingsDialog(desk_settings)
    qtbot.addWidget(dialog)
    dialog.ui.hl7HostEdit.setText("127.0.0.1")
    dialog.ui.hl7PortSpin.setValue(free_port())
    dialog.accept()  # written on a worker
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=5000)
    win = open_window()
    win.restart_hl7 = attach(win)  # what closing the Settings dialog runs
    qtbot.waitUntil(lambda: win.hl7_listener is not None, timeout=5000)  # the station: a worker
    listener = win.hl7_listener
    qtbot.waitUntil(lambda: listener.server.started.is_set(), timeout=10_000)
    yield win
    if win.hl7_listener is not None:
        win.hl7_listener.stop()
        win.hl7_listener.thread.join(10)
    leave_no_garbage(qtbot, win)


def leave_no_garbage(qtbot, win) -> None:
    """The window and its listener go now, on the GUI thread: no cycle of Qt wrappers is left
    for a collection that a later test's worker thread would run."""
    win.hl7_listener = None
    win.close()
    qtbot.wait(50)
    gc.collect()


def test_the_listener_is_a_station_setting(qtbot, listening, desk_settings):
    assert desk_settings.hl7_host == "127.0.0.1" and 0 < desk_settings.hl7_port < 65536
    win = listening
    qtbot.waitUntil(lambda: "listening on 127.0.0.1:" in win.statusBar().currentMessage())
    client = MllpClient(desk_settings.hl7_port)
    with qtbot.waitSignal(win.hl7_listener.acknowledged, timeout=10_000):
        ack = client.send(siu("S12", "0042", "L-1", "M1", START))
    assert ack_code(ack) == "AA" and Appointment.get().external_id == "L-1"
    assert win.statusBar().currentMessage() == "HL7 message 0042: applied"
    with qtbot.waitSignal(win.hl7_listener.acknowledged, timeout=10_000):
        client.send(siu("S12", "0042", "L-1", "M1", START))
    assert win.statusBar().currentMessage() == "HL7 message 0042: applied, a resend"
    with qtbot.waitSignal(win.hl7_listener.acknowledged, timeout=10_000):
        ack = client.send(siu("S12", "0043", "L-2", "M1", "202611310900-0500"))
    assert ack_code(ack) == "AE" and "refused (AE)" in win.statusBar().currentMessage()
    client.close()


def test_turned_off_in_settings_the_port_is_closed(qtbot, listening, desk_settings):
    win = listening
    port = desk_settings.hl7_port
    old = win.hl7_listener
    dialog = SettingsDialog(desk_settings)
    qtbot.addWidget(dialog)
    dialog.ui.hl7PortSpin.setValue(0)  # shown as "off"
    assert dialog.ui.hl7PortSpin.text() == "off"
    dialog.accept()
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=5000)
    win.restart_hl7()
    assert win.hl7_listener is None
    old.thread.join(10)
    with pytest.raises(OSError):
        MllpClient(port, timeout=2)


def test_a_port_already_taken_is_said_and_the_desk_goes_on(
    qtbot, actor, open_window, desk_settings
):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        desk_settings.hl7_host = "127.0.0.1"
        desk_settings.hl7_port = taken.getsockname()[1]
        win = open_window()
        attach(win)
        qtbot.waitUntil(
            lambda: "HL7 feed not started" in win.statusBar().currentMessage(), timeout=10_000
        )
        assert not win.hl7_listener.running
        assert win.isVisible()
        win.hl7_listener.thread.join(10)
        leave_no_garbage(qtbot, win)
