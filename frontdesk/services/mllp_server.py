"""The desk's MLLP listener: hospitals' interface engines push SIU messages over TCP, each is
applied and acknowledged (:mod:`frontdesk.services.mllp_receiver`).

    server = MllpServer(actor, host="127.0.0.1", port=2575)
    asyncio.run(server.serve_forever())            # or server.run_in_thread() for a window

Framing is python-hl7's (``hl7.mllp``: VT ... FS CR blocks, read as bytes so that MSH-18 can
name the character set). Several senders may be connected at once; their messages are applied
one at a time, in order of arrival, on one worker thread with its own database connection (the
event loop never waits on the database). Limits that keep a bad peer from hurting the desk:

* a frame larger than ``max_frame`` bytes (or one that never ends) is answered AR and the
  connection closed: at most about twice that is ever buffered per connection;
* a frame begun but not finished within ``frame_timeout`` seconds closes the connection (a
  sender that died half-way); an idle connection between messages is fine.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import logging
import threading
import time

from hl7.mllp import InvalidBlockError
from hl7.mllp.streams import HL7StreamProtocol, HL7StreamReader

from frontdesk.services.actors import Actor
from frontdesk.services.mllp_receiver import Ack, receive_message, reject

log = logging.getLogger(__name__)

MAX_FRAME = 1024 * 1024  # an SIU message is a few kilobytes
FRAME_TIMEOUT_S = 30.0


class _FrameReader(HL7StreamReader):
    """python-hl7's MLLP reader, noting when the frame now being received began."""

    def __init__(self, limit: int) -> None:
        super().__init__(limit=limit)
        self.frame_began: float | None = None

    def feed_data(self, data: bytes) -> None:
        if data and self.frame_began is None:
            self.frame_began = time.monotonic()
        super().feed_data(data)

    async def next_frame(self) -> bytes:
        block = await self.readblock()
        # What is left in the buffer is the start of the next frame (a sender that pipelines).
        self.frame_began = time.monotonic() if self._buffer else None
        return block


class MllpServer:
    def __init__(
        self,
        actor: Actor,
        *,
        host: str = "127.0.0.1",
        port: int = 2575,
        max_frame: int = MAX_FRAME,
        frame_timeout: float = FRAME_TIMEOUT_S,
        on_ack=None,
    ) -> None:
        self.actor = actor
        self.host, self.port = host, port
        self.max_frame = max_frame
        self.frame_timeout = frame_timeout
        self.on_ack = on_ack  # called with each Ack (the window shows a count)
        # One writer at a time: messages apply in order of arrival, whatever the connection.
        self._worker = concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="mllp-apply")
        self._server: asyncio.AbstractServer | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self.started = threading.Event()
        self.received = 0
        self._stopping = False

    # -- running ----------------------------------------------------------------------------
    async def start(self) -> None:
        loop = asyncio.get_running_loop()
        self._loop = loop

        def factory():
            return HL7StreamProtocol(_FrameReader(self.max_frame), self._connection, loop=loop)

        self._server = await loop.create_server(factory, self.host, self.port)
        self.port = self._server.sockets[0].getsockname()[1]  # port 0: the one given
        log.info("listening for HL7 (MLLP) on %s:%s", self.host, self.port)
        self.started.set()
        if self._stopping:  # stop() came before the server was up
            self._server.close()

    async def serve_forever(self) -> None:
        """Serve until :meth:`stop`; starts the server unless :meth:`start` already did."""
        if self._server is None:
            await self.start()
        assert self._server is not None
        try:
            await self._server.serve_forever()
        except asyncio.CancelledError:
            pass  # stop(): the server was closed
        finally:
            self._worker.shutdown(wait=True)

    def stop(self) -> None:
        """From any thread: stop accepting, let the message being applied finish."""
        self._stopping = True
        if self._loop is not None and self._server is not None:
            self._loop.call_soon_threadsafe(self._server.close)

    def run_in_thread(self) -> threading.Thread:
        """Serve on a thread of its own (for the window: never on the GUI thread)."""
        thread = threading.Thread(
            target=lambda: asyncio.run(self.serve_forever()), name="mllp-listener", daemon=True
        )
        thread.start()
        return thread

    # -- one connection -----------------------------------------------------------------------
    async def _connection(self, reader: _FrameReader, writer) -> None:
        peer = writer.get_extra_info("peername")
        log.info("HL7 sender connected: %s", peer)
        watchdog = asyncio.ensure_future(self._watch(reader, writer))
        try:
            while True:
                try:
                    raw = await reader.next_frame()
                except asyncio.IncompleteReadError:
                    break  # the sender closed (in the middle of a frame or not)
                except ValueError:  # past max_frame: answered, and the rest is not read
                    size = f"{self.max_frame:,} bytes"
                    await self._answer(writer, reject(f"a frame larger than {size}: not read"))
                    break
                except InvalidBlockError:
                    await self._answer(writer, reject("not MLLP: a block must start with VT"))
                    break
                ack = await self._apply(raw)
                if ack is None:
                    break  # the database is unreachable: no answer, the sender resends later
                await self._answer(writer, ack)
        except (ConnectionError, asyncio.CancelledError):
            pass
        finally:
            watchdog.cancel()
            writer.close()
            log.info("HL7 sender disconnected: %s", peer)

    async def _apply(self, raw: bytes) -> Ack | None:
        try:
            return await asyncio.get_running_loop().run_in_executor(
                self._worker, receive_message, raw, self.actor
            )
        except Exception:  # the driver's errors differ; a message must never be lost silently
            log.exception("a message could not be applied; not acknowledged")
            return None

    async def _answer(self, writer, ack: Ack) -> None:
        self.received += 1
        writer.writeblock(ack.data)
        await writer.drain()
        if self.on_ack is not None:
            self.on_ack(ack)

    async def _watch(self, reader: _FrameReader, writer) -> None:
        """Close a connection whose frame began long ago and has not ended."""
        while True:
            await asyncio.sleep(min(1.0, self.frame_timeout / 4))
            began = reader.frame_began
            if began is not None and time.monotonic() - began > self.frame_timeout:
                log.warning("an HL7 frame was not finished in %.0f s: closing", self.frame_timeout)
                writer.transport.abort()
                return
