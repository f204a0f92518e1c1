"""A plain MLLP client over a real TCP socket, as an interface engine would be (for the tests
and the benchmark): send a framed message, wait for its framed acknowledgement."""

from __future__ import annotations

import socket
import time

VT, FS, CR = b"\x0b", b"\x1c", b"\r"


class MllpClient:
    def __init__(self, port: int, host: str = "127.0.0.1", timeout: float = 10.0) -> None:
        self.sock = socket.create_connection((host, port), timeout=timeout)
        self.buffer = b""

    def send(self, message: bytes | str) -> bytes:
        """The ACK (without framing) for one message."""
        if isinstance(message, str):
            message = message.encode()
        self.sock.sendall(VT + message + FS + CR)
        return self.receive()

    def receive(self) -> bytes:
        while FS + CR not in self.buffer:
            chunk = self.sock.recv(65536)
            if not chunk:
                raise ConnectionError("the listener closed the connection")
            self.buffer += chunk
        frame, _, self.buffer = self.buffer.partition(FS + CR)
        return frame.lstrip(VT)

    def close(self) -> None:
        self.sock.close()


def ack_code(ack: bytes) -> str:
    msa = next(s for s in ack.split(b"\r") if s.startswith(b"MSA"))
    return msa.split(b"|")[1].decode()


def segment(ack: bytes, name: bytes) -> list[str]:
    found = next((s for s in ack.split(b"\r") if s.startswith(name)), b"")
    return found.decode().split("|")


def wait_for_port(port: int, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            return
        except OSError:
            time.sleep(0.05)
    raise TimeoutError(f"nothing listens on port {port}")
