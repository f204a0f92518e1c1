"""The scanner's key stream read by when each key was pressed (the event's timestamp), not by
when the busy GUI thread got round to it; short bursts are scans too (refused in words)."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from frontdesk.gui.scanner_input import BURST_BREAK_S, WedgeReader

TOKEN = "AEAQ" + "C" * 124  # the shape of a badge token: 128 base32 characters


def key(char: str, stamp_ms: int) -> QKeyEvent:
    code = Qt.Key.Key_Return if char == "\n" else Qt.Key.Key_unknown
    event = QKeyEvent(QEvent.Type.KeyPress, code, Qt.KeyboardModifier.NoModifier, char.strip())
    event.setTimestamp(stamp_ms)
    return event


@pytest.fixture
def reader(qtbot):
    target = QWidget()
    qtbot.addWidget(target)
    reader = WedgeReader(target)
    target.installEventFilter(reader)
    got = {"scanned": [], "rejected": []}
    reader.scanned.connect(got["scanned"].append)
    reader.rejected.connect(got["rejected"].append)
    reader.target, reader.got = target, got
    return reader


def send(reader, text: str, start_ms: int, every_ms: float, handled_every_s: float = 0.0):
    """Keys pressed ``every_ms`` apart (their timestamps), handled ``handled_every_s`` apart
    (a busy GUI thread handles them late and unevenly)."""
    for i, char in enumerate(text):
        QApplication.sendEvent(reader.target, key(char, int(start_ms + i * every_ms)))
        if handled_every_s and i % 16 == 15:
            time.sleep(handled_every_s)


def test_a_scan_handled_late_and_in_lumps_is_read_by_its_press_times(reader):
    """The GUI thread stalls 120 ms every 16 keys (CPU load); the keys were pressed 4 ms apart."""
    send(reader, TOKEN + "\n", 1_000_000, 4, handled_every_s=0.12)
    assert reader.got == {"scanned": [TOKEN], "rejected": []}


def test_typing_is_not_a_scan_even_when_handled_at_once(reader):
    """A person's keys 90 ms apart, handled in one lump after a stall: still typing."""
    send(reader, TOKEN + "\n", 2_000_000, 90)
    assert reader.got["scanned"] == [] and reader.got["rejected"]


def test_a_short_burst_is_a_scan_and_a_slow_end_is_not(reader):
    send(reader, "0012345678\n", 3_000_000, 5)  # a wristband's barcode
    assert reader.got["scanned"] == ["0012345678"]
    slow = BURST_BREAK_S * 1000 + 100
    send(reader, "ABCD", 4_000_000, 5)
    QApplication.sendEvent(reader.target, key("\n", int(4_000_015 + slow)))
    assert reader.got["scanned"] == ["0012345678"] and reader.got["rejected"] == ["ABCD"]


def test_a_few_late_keys_do_not_cut_a_scan(reader):
    """A loaded X server stamped 28 of 25,800 keys more than 45 ms late (up to 129 ms)."""
    stamps, at = [], 6_000_000
    for i in range(len(TOKEN)):
        at += 130 if i in (10, 64, 100) else 3
        stamps.append(at)
    for char, stamp in zip(TOKEN, stamps, strict=True):
        QApplication.sendEvent(reader.target, key(char, stamp))
    QApplication.sendEvent(reader.target, key("\n", stamps[-1] + 3))
    assert reader.got == {"scanned": [TOKEN], "rejected": []}


def test_events_without_a_timestamp_fall_back_to_the_clock(reader):
    ticks = iter(range(10_000))
    reader._clock = lambda: next(ticks) * 0.004
    send(reader, TOKEN + "\n", 0, 0)  # timestamp 0: made in the program
    assert reader.got["scanned"] == [TOKEN]


def test_a_scanner_that_ends_with_a_line_feed(reader):
    """Some scanners end a read with LF (Ctrl+J) rather than Enter: its text ends the scan."""
    send(reader, TOKEN, 5_000_000, 3)
    lf = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, "\n")
    lf.setTimestamp(5_000_000 + 3 * len(TOKEN))
    QApplication.sendEvent(reader.target, lf)
    assert reader.got["scanned"] == [TOKEN]


def test_enter_alone_goes_to_the_widget_a_person_is_using(reader):
    """The roll-call's box takes Enter: the reader keeps only Enters that end a read."""
    assert reader.eventFilter(reader.target, key("\n", 7_000_000)) is False
    send(reader, TOKEN, 7_100_000, 3)
    assert reader.eventFilter(reader.target, key("\n", 7_100_000 + 3 * 128)) is True
    assert reader.got["scanned"] == [TOKEN]
