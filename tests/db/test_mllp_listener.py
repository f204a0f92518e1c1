"""The MLLP listener over real TCP on 127.0.0.1: ACKs, resends, refusals, several senders, and
peers that misbehave (half a frame, a frame that never ends)."""

from __future__ import annotations

import socket
import threading
import time

import pytest

from frontdesk.services.mllp_server import MllpServer
from frontdesk.store.models import Appointment, AuditEvent, Hl7Receipt
from tests.mllp_client import CR, FS, VT, MllpClient, ack_code, segment
from tests.schedule_samples import siu

START = "202611300900-0500"


@pytest.fixture
def listener(actor):
    server = MllpServer(actor, port=0, frame_timeout=1.0, max_frame=64 * 1024)
    thread = server.run_in_thread()
    assert server.started.wait(10)
    yield server
    server.stop()
    thread.join(10)


def message(control: str, appointment: str = "L-1", **options) -> str:
    return siu("S12", control, appointment, "M1", START, **options)


def test_a_message_is_applied_and_acknowledged(listener):
    client = MllpClient(listener.port)
    ack = client.send(message("0042"))
    assert ack_code(ack) == "AA" and segment(ack, b"MSA")[2] == "0042"
    msh = segment(ack, b"MSH")
    assert (msh[4], msh[5], msh[8]) == ("EPIC", "MGH", "ACK^S12^ACK")  # back to the sender
    # stored before the answer: the appointment and the record of its control id
    assert Appointment.get().external_id == "L-1"
    assert Hl7Receipt.get().control_id == "0042" and Hl7Receipt.get().sender == "EPIC@MGH"
    client.close()


def test_a_resend_changes_nothing_and_gets_the_same_ack(listener):
    client = MllpClient(listener.port)
    first = client.send(message("7"))
    events = AuditEvent.select().count()
    Appointment.update(duration_min=99).execute()  # had it been applied again, this would go
    again = client.send(message("7"))
    assert again == first and AuditEvent.select().count() == events
    assert Appointment.get().duration_min == 99
    # the same control id from another sender is another message
    other = client.send(message("7").replace("|EPIC|MGH|", "|CERNER|MGH|", 1))
    assert ack_code(other) == "AA" and Hl7Receipt.select().count() == 2


def test_a_refused_message_is_ae_with_err_naming_the_field(listener):
    client = MllpClient(listener.port)
    ack = client.send(message("8").replace(START, "202611310900-0500"))
    assert ack_code(ack) == "AE"
    err = segment(ack, b"ERR")
    assert err[2] == "SCH^1^11^^4" and err[3].startswith("102^Data type error")
    assert "real date and time" in err[8]
    assert not Appointment.select().exists()
    assert client.send(message("8").replace(START, "202611310900-0500")) == ack  # resend: same


def test_what_is_not_a_message_or_not_scheduling_is_ar(listener):
    client = MllpClient(listener.port)
    ack = client.send(b"hello")
    assert ack_code(ack) == "AR" and "not an HL7 message" in segment(ack, b"ERR")[8]
    adt = message("9").replace("SIU^S12^SIU_S12", "ADT^A08^ADT_A01")
    ack = client.send(adt)
    assert ack_code(ack) == "AR" and segment(ack, b"ERR")[3].startswith("200^Unsupported")
    assert not Appointment.select().exists() and not Hl7Receipt.select().exists()


def test_several_senders_at_once(listener):
    results: dict[str, list[str]] = {}

    def sender(name: str) -> None:
        client = MllpClient(listener.port)
        results[name] = [
            ack_code(
                client.send(
                    message(f"{name}-{k}", f"{name}-A{k}").replace("|EPIC|", f"|{name}|", 1)
                )
            )
            for k in range(15)
        ]
        client.close()

    threads = [threading.Thread(target=sender, args=(f"S{n}",)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert all(codes == ["AA"] * 15 for codes in results.values()) and len(results) == 4
    assert Appointment.select().count() == 60 and Hl7Receipt.select().count() == 60


def test_a_half_sent_frame_times_out_without_harm(listener):
    stalled = socket.create_connection(("127.0.0.1", listener.port), timeout=10)
    stalled.sendall(VT + message("10").encode()[:200])  # and then nothing
    other = MllpClient(listener.port)
    assert ack_code(other.send(message("11", "L-2"))) == "AA"  # others are served meanwhile
    began = time.monotonic()
    assert stalled.recv(100) == b""  # closed by the listener
    assert time.monotonic() - began < 5
    assert Appointment.select().count() == 1  # the half message was not applied
    # an idle connection between messages is not a half frame: it stays open
    time.sleep(1.5)
    assert ack_code(other.send(message("12", "L-3"))) == "AA"


def test_a_frame_that_never_ends_is_refused_with_bounded_memory(listener):
    sock = socket.create_connection(("127.0.0.1", listener.port), timeout=10)
    sock.sendall(VT + b"MSH|^~\\&|" + b"X" * 200_000)  # past the 64 KiB limit, no FS
    reply = b""
    while FS + CR not in reply:
        chunk = sock.recv(65536)
        if not chunk:
            break
        reply += chunk
    assert b"MSA|AR" in reply and b"larger than 65,536 bytes" in reply
    # the listener closed the connection: more of the endless frame is not read
    with pytest.raises(OSError):
        for _ in range(200):
            sock.sendall(b"X" * 65536)
    assert ack_code(MllpClient(listener.port).send(message("13"))) == "AA"
