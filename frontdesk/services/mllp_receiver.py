"""One HL7 message received over MLLP: applied in its own transaction, answered with an ACK.

    ack = receive_message(raw_bytes, actor)    # after the message is committed
    ack.code, ack.data                         # "AA", b"MSH|^~\\&|FRONTDESK|...MSA|AA|0042"

* ``AA``: applied (or nothing to change: a notice, such as the cancellation of an appointment
  the desk never had).
* ``AE``: the desk refuses the message (no MRN, no start, a conflict with a check-in); an ERR
  segment names the field (ERR-2, e.g. ``SCH^1^11^^4``) and says why (ERR-8).
* ``AR``: not an HL7 message, or not one the desk takes (ADT, ORU...: the interface engine
  should not route it here).

The answer is given only once the message and the record of its control id (MSH-10, per
sender: MSH-3 and MSH-4) are committed together, so a message acknowledged is never lost, and
a resend after a lost ACK finds the record, changes nothing and is answered with the same ACK.
A database that cannot be reached raises (the caller closes the connection without an answer:
the sender resends later).
"""

from __future__ import annotations

import dataclasses
import re

from frontdesk import clock
from frontdesk.errors import InputError
from frontdesk.services.actors import Actor
from frontdesk.services.schedule_import import ImportFailed, import_schedule_bytes
from frontdesk.services.schedule_import.applier import wait_for_other_imports
from frontdesk.services.schedule_import.hl7_fields import Fields
from frontdesk.services.schedule_import.hl7_framing import Bad, decode
from frontdesk.store.models import Hl7Receipt, database_proxy

_PLACE = re.compile(r"\b([A-Z][A-Z0-9]{2})(?:#\d+)?-(\d+)(?:\.(\d+))?")
_counter = 0


@dataclasses.dataclass(frozen=True)
class Ack:
    code: str  # AA | AE | AR
    data: bytes  # the ACK message, without MLLP framing
    control_id: str = ""
    resent: bool = False  # the answer to a message already applied


@dataclasses.dataclass(frozen=True)
class _Header:
    sender: str
    receiver: str
    control_id: str
    kind: str
    event: str
    version: str


def reject(text: str) -> Ack:
    """AR for what is not an HL7 message at all (bad framing, a frame too large)."""
    return Ack("AR", _ack(None, "AR", text, error=("", 100, text)))


def receive_message(raw: bytes, actor: Actor) -> Ack:
    """Apply one message and answer it; see the module's docstring."""
    header, reason = _header(raw)
    if header is None:
        return reject(reason)
    if header.kind != "SIU":
        text = f"{header.kind}^{header.event} is not a message this desk takes (SIU only)"
        return Ack("AR", _ack(header, "AR", text, error=("MSH-9", 200, text)), header.control_id)
    if not header.control_id:
        text = "MSH-10 is empty: the desk needs the message control id to answer it"
        return Ack("AR", _ack(header, "AR", text, error=("MSH-10", 101, text)))
    # An import being written in chunks at another station: its rows are not seen until it
    # ends, so the message waits for it, outside the transaction (which would keep its chunks
    # out); one that starts meanwhile makes the message's import refuse, to be sent again.
    wait_for_other_imports()
    with database_proxy.atomic():
        done = Hl7Receipt.get_or_none(
            (Hl7Receipt.sender == header.sender) & (Hl7Receipt.control_id == header.control_id)
        )
        if done is not None:
            return Ack(done.ack_code, done.ack_text.encode(), header.control_id, resent=True)
        code, data = _apply(raw, header, actor)
        Hl7Receipt.create(
            sender=header.sender,
            control_id=header.control_id,
            ack_code=code,
            ack_text=data.decode(),
        )
    return Ack(code, data, header.control_id)


def _apply(raw: bytes, header: _Header, actor: Actor) -> tuple[str, bytes]:
    name = f"MLLP {header.sender} {header.control_id}"[:200]
    try:
        import_schedule_bytes(raw, actor, fmt="hl7", name=name)
    except ImportFailed as failed:
        error = failed.report.errors[0]
        message = "; ".join(e.message for e in failed.report.errors)[:500]
        return "AE", _ack(header, "AE", message, error=(error.where, _code(error.message), message))
    return "AA", _ack(header, "AA", "")


def _header(raw: bytes) -> tuple[_Header | None, str]:
    head = raw.lstrip(b"\r\n \t")
    if not head.startswith(b"MSH"):
        return None, f"not an HL7 message (it starts with {head[:12]!r}, not MSH)"
    segments = [s for s in re.split(rb"\r\n|\r|\n", head) if s.strip()]
    try:
        text, codec, _ = decode(segments[:1])
        fields = Fields(text, codec)
        msh = fields.first("MSH")
        value = fields.value
        app, facility = value(msh, 3, 1), value(msh, 4, 1)
        return (
            _Header(
                sender=f"{app}@{facility}"[:200],
                receiver=f"{value(msh, 5, 1)}@{value(msh, 6, 1)}",
                control_id=value(msh, 10)[:200],
                kind=value(msh, 9, 1).upper(),
                event=value(msh, 9, 2).upper(),
                version=value(msh, 12, 1) or "2.5",
            ),
            "",
        )
    except (Bad, InputError) as exc:
        return None, f"its MSH cannot be read: {getattr(exc, 'message', exc)}"


def _code(message: str) -> int:
    """HL7 table 0357: 101 required field missing, 102 data type error, 207 application."""
    if "required" in message or "no " in message[:40]:
        return 101
    if "is not" in message:
        return 102
    return 207


def _escape(text: str) -> str:
    return (
        text.replace("\\", "\\E\\")
        .replace("|", "\\F\\")
        .replace("^", "\\S\\")
        .replace("&", "\\T\\")
        .replace("~", "\\R\\")
        .replace("\r", " ")
        .replace("\n", " ")
    )


def _location(where: str) -> tuple[str, str]:
    """(ERR-1 and ERR-2 style locations) of the field a problem names ("SCH-11.4")."""
    matches = list(_PLACE.finditer(where))
    if not matches:
        return "", ""
    found = matches[-1]  # "message 3 (control id 42), SCH-11.4": the field is the last
    segment, field, component = found.group(1), found.group(2), found.group(3) or ""
    return f"{segment}^1^{field}", f"{segment}^1^{field}^^{component}".rstrip("^")


def _ack(header: _Header | None, code: str, text: str, *, error=None) -> bytes:
    global _counter
    _counter += 1
    now = clock.now().strftime("%Y%m%d%H%M%S")
    control = f"FD{now}{_counter:06d}"
    to_app, to_facility = header.sender.split("@", 1) if header else ("", "")
    version = header.version if header else "2.5"
    event = header.event if header else ""
    segments = [
        f"MSH|^~\\&|FRONTDESK|IPC|{_escape(to_app)}|{_escape(to_facility)}|{now}||"
        f"ACK^{event}^ACK|{control}|P|{version}||||||UNICODE UTF-8",
        f"MSA|{code}|{_escape(header.control_id if header else '')}"
        + (f"|{_escape(text[:80])}" if text else ""),
    ]
    if error is not None:
        where, number, message = error
        legacy, place = _location(where)
        label = {100: "Segment sequence error", 101: "Required field missing",
                 102: "Data type error", 200: "Unsupported message type",
                 207: "Application internal error"}[number]  # fmt: skip
        segments.append(
            f"ERR|{legacy}^{number}&{label}|{place}|{number}^{label}^HL70357|E||||"
            f"{_escape(message)}"
        )
    return ("\r".join(segments) + "\r").encode()
