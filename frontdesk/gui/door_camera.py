"""A camera as a second scanner at the door, where the Qt Multimedia module and a camera exist.

    camera = start_camera(door_window)    # None: no Qt Multimedia, or no camera -> scanner only

Qt Multimedia ships in PySide6's add-ons (PySide6-Addons), and on Linux it needs the PulseAudio
client library; the door must start without it, keyboard-only. Frames are taken a few times a
second, turned to 8-bit grey, and read by zxing-cpp on a worker thread; a code found goes
through the same path as a scanner's (the repeat window absorbs the frames that see it again).
"""

from __future__ import annotations

import logging
import time

from frontdesk.gui.jobs import LatestJob
from frontdesk.qr_reading import read_frame

log = logging.getLogger(__name__)
FRAMES_PER_SECOND = 4


class DoorCamera:
    def __init__(self, window, device, multimedia) -> None:
        self.window = window
        self.name = device.description()
        self._last = 0.0
        # One frame at a time on a lane of its own; reading a frame needs no database.
        self.job = LatestJob(window, lane_name="camera", opens_database=False, failed=self._failed)
        self.camera = multimedia.QCamera(device)
        self.sink = multimedia.QVideoSink()
        self.session = multimedia.QMediaCaptureSession()
        self.session.setCamera(self.camera)
        self.session.setVideoSink(self.sink)
        self.sink.videoFrameChanged.connect(self._frame)
        self.camera.start()

    def _frame(self, frame) -> None:
        now = time.monotonic()
        if self.job.busy or now - self._last < 1 / FRAMES_PER_SECOND:
            return
        self._last = now
        from PySide6.QtGui import QImage

        image = frame.toImage().convertToFormat(QImage.Format.Format_Grayscale8)
        if image.isNull():
            return
        data = bytes(image.constBits())
        self.job.start(
            read_frame,
            data,
            image.width(),
            image.height(),
            image.bytesPerLine(),
            done=self._read,
        )

    def _read(self, texts: list[str]) -> None:
        for text in texts:  # (a job closed by stop() answers nothing)
            self.window.on_scan(text)

    def _failed(self, error: BaseException) -> None:
        log.warning("camera frame not read: %s", error)  # the next frame is tried

    def stop(self) -> None:
        """No more frames, at once: the frame being read (if any) finishes on its worker and its
        codes are dropped. Nothing here waits, so a door window closes without a pause."""
        self.sink.videoFrameChanged.disconnect(self._frame)
        self.job.close()
        self.camera.stop()


def start_camera(window) -> DoorCamera | None:
    try:
        from PySide6 import QtMultimedia as multimedia
    except ImportError as error:  # PySide6-Essentials only, or libpulse missing
        log.info("no camera at this door: %s", error)
        return None
    try:
        devices = multimedia.QMediaDevices.videoInputs()
    except Exception as error:  # a broken camera stack is no reason not to open the door
        log.warning("camera stack not usable: %s", error)
        return None
    if not devices:
        return None
    return DoorCamera(window, devices[0], multimedia)
