"""The station's HL7 feed: an MLLP listener run by the desk window when its settings name a port
(Settings > HL7 feed), as ``frontdesk listen`` runs it from the command line.

    restart = attach(window)   # started now if the settings name a port; again after Settings

The listener (:class:`frontdesk.services.mllp_server.MllpServer`) serves on a thread of its own
and applies each message on its worker thread with its own database connection: the GUI thread
never waits on the network or the database. Each acknowledgement comes back to the GUI thread
as a signal: the status bar says what happened and the day's schedule is refreshed. A port that
cannot be taken (in use, not allowed) is said in the status bar and the log; the desk goes on.
Messages are applied as the station itself (an unattended feed has no staff member), as the
watch folder's imports are.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Signal

from frontdesk.gui.failures import describe
from frontdesk.gui.jobs import LatestJob
from frontdesk.services.actors import Actor
from frontdesk.services.mllp_receiver import Ack
from frontdesk.services.mllp_server import MllpServer

log = logging.getLogger(__name__)

_WORDS = {"AA": "applied", "AE": "refused (AE)", "AR": "rejected (AR)"}


class Hl7Listener(QObject):
    """One listener on ``host:port``; ``acknowledged`` and ``failed`` arrive on the GUI thread."""

    acknowledged = Signal(str)  # a line for the status bar
    started = Signal(str)
    failed = Signal(str)

    def __init__(self, actor: Actor, host: str, port: int, parent=None) -> None:
        super().__init__(parent)
        self.server = MllpServer(actor, host=host, port=port, on_ack=self._on_ack)
        self.requested = (host, port)
        self.running = True  # until it fails to start
        self.thread: threading.Thread | None = None

    def start(self) -> None:
        self.thread = threading.Thread(target=self._serve, name="mllp-listener", daemon=True)
        self.thread.start()

    def stop(self) -> None:
        """Stop taking connections; a message being applied finishes (nothing waits here)."""
        self.server.stop()

    def _serve(self) -> None:
        server = self.server

        async def serve() -> None:
            await server.start()
            self.started.emit(f"{server.host}:{server.port}")
            await server.serve_forever()

        try:
            asyncio.run(serve())
        except OSError as exc:  # the port is taken, or not ours to take
            log.error("HL7 listener on %s:%s not started: %s", server.host, server.port, exc)
            self.running = False
            self.failed.emit(describe(exc))

    def _on_ack(self, ack: Ack) -> None:  # on the listener's thread: a queued signal
        what = _WORDS.get(ack.code, ack.code)
        again = ", a resend" if ack.resent else ""
        self.acknowledged.emit(f"HL7 message {ack.control_id or '?'}: {what}{again}")


def attach(window) -> Callable[[], None]:
    """Run the listener the window's settings name; restarted after the Settings dialog is
    closed. Returns the restart. The station's row is read (made, the first time) on a worker:
    ``window.hl7_listener`` is set when it is back, and a failure is said in the status bar."""
    from frontdesk.services.actors import station_actor

    bar = window.statusBar()

    def not_started(why: str) -> None:
        bar.showMessage(
            QCoreApplication.translate("HL7Listener", "HL7 feed not started: {why}").format(
                why=why
            ),
            0,
        )

    starter = LatestJob(window)  # the station's row, on a worker

    def start(wanted: tuple[str, int], actor: Actor) -> None:
        listener = Hl7Listener(actor, *wanted, parent=window)
        listener.acknowledged.connect(lambda text: bar.showMessage(text, 10_000))
        listener.acknowledged.connect(lambda _text: window.poll_changes())
        listener.started.connect(
            lambda where: bar.showMessage(
                QCoreApplication.translate("HL7Listener", "HL7 feed: listening on {where}").format(
                    where=where
                ),
                10_000,
            )
        )
        listener.failed.connect(not_started)
        window.hl7_listener = listener
        listener.start()

    def restart() -> None:
        old = getattr(window, "hl7_listener", None)
        settings = window.settings
        wanted = (settings.hl7_host, settings.hl7_port) if settings.hl7_port else None
        if old is not None:
            if wanted == old.requested and old.running:
                return  # the same listener: its connections stay up
            old.stop()
        window.hl7_listener = None
        starter.cancel()  # a start still asked for is not wanted any more
        if wanted is None:
            return
        starter.submit(
            station_actor,
            settings.station_name,
            done=lambda actor: start(wanted, actor),
            # no database: the desk says so elsewhere; no listener
            failed=lambda exc: not_started(describe(exc)),
        )

    window.hl7_starter = starter
    window.dialogs.settings_closed.connect(restart)  # the Settings dialog has closed
    restart()
    return restart
