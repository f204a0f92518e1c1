"""The door's camera glue (frontdesk/gui/door_camera.py): frames read on a worker, and a stop that
never waits on the GUI thread.

Qt Multimedia is not in PySide6-Essentials, so the camera, its sink and the capture session are
stood in for by plain QObjects with the same calls and signal; the frames are real QImages of a
real QR code, read by zxing-cpp through the same path as a camera's.
"""

from __future__ import annotations

import io
import threading
import time
from types import SimpleNamespace

import qrcode
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from frontdesk.gui import door_camera
from frontdesk.gui.door_camera import DoorCamera
from frontdesk.gui.jobs import lanes_idle


class _Camera:
    def __init__(self, device) -> None:
        self.running = False

    def start(self) -> None:
        self.running = True

    def stop(self) -> None:
        self.running = False


class _Sink(QObject):
    videoFrameChanged = Signal(object)


class _Session:
    def setCamera(self, camera) -> None:
        self.camera = camera

    def setVideoSink(self, sink) -> None:
        self.sink = sink


class _Frame:
    def __init__(self, image: QImage) -> None:
        self.image = image

    def toImage(self) -> QImage:
        return self.image


class _Door(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.scans: list[str] = []

    def on_scan(self, text: str) -> None:
        self.scans.append(text)


MULTIMEDIA = SimpleNamespace(QCamera=_Camera, QVideoSink=_Sink, QMediaCaptureSession=_Session)
DEVICE = SimpleNamespace(description=lambda: "Desk camera")


def _qr_frame(text: str) -> _Frame:
    buffer = io.BytesIO()
    qrcode.make(text, border=4, box_size=6).save(buffer, format="PNG")
    image = QImage.fromData(buffer.getvalue())
    assert not image.isNull()
    return _Frame(image.convertToFormat(QImage.Format.Format_RGB32))


def test_a_frame_with_a_code_reaches_the_door(qtbot):
    door = _Door()
    camera = DoorCamera(door, DEVICE, MULTIMEDIA)
    assert camera.camera.running and camera.name == "Desk camera"
    camera.sink.videoFrameChanged.emit(_qr_frame("FD1.badge-token"))
    qtbot.waitUntil(lambda: door.scans == ["FD1.badge-token"], timeout=5000)
    camera.stop()
    assert not camera.camera.running


def test_stop_does_not_wait_for_the_frame_being_read(qtbot, monkeypatch):
    """Closing the door while a frame is still being read returns at once (the read is held on
    its worker until after stop()), and the code that read then finds is not scanned."""
    reading, release = threading.Event(), threading.Event()
    real_read = door_camera.read_frame

    def held_read(*args):
        reading.set()
        release.wait(10)  # the read outlasts stop(): 2 s of waiting on the GUI thread before
        return real_read(*args)

    monkeypatch.setattr(door_camera, "read_frame", held_read)
    door = _Door()
    camera = DoorCamera(door, DEVICE, MULTIMEDIA)
    camera.sink.videoFrameChanged.emit(_qr_frame("FD1.late"))
    assert reading.wait(5)
    started = time.perf_counter()
    camera.stop()
    took = time.perf_counter() - started
    release.set()
    assert took < 0.1, f"stop() waited {took:.2f} s on the GUI thread"
    assert not camera.camera.running
    camera.sink.videoFrameChanged.emit(_qr_frame("FD1.after-stop"))  # no longer listened to
    assert lanes_idle(5000)  # the read is over and its answer posted to the GUI thread
    QApplication.processEvents()  # where it would be delivered, were it still wanted
    assert door.scans == []
