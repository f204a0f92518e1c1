"""The Internet Printing Protocol's binary messages (RFC 8010), enough to talk to CUPS.

    body = encode_request(GET_JOB_ATTRIBUTES, 7, [("job-uri", URI, "ipp://localhost/jobs/12")])
    response = decode_response(http_answer_body)
    response.status, response.operation["status-message"], response.groups[0]

A request is one group of operation attributes (charset and language first, as the standard
asks), optionally a group of job attributes, then the document. A response is a status code and
groups of attributes; a value is an int, a bool, a str, bytes (other types), a ``(low, high)``
range, or a dict (a collection). An attribute with several values is a list.

Why our own: the IPP clients on PyPI are either GPL (pycups, which links libcups) or async
HTTP clients built for home-automation status (pyipp), while the desk needs one synchronous
Print-Job and a poll from a worker thread; the encoding is a page of code and is tested
against the real CUPS.
"""

from __future__ import annotations

import struct
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

# Operations (RFC 8011 and CUPS's own).
PRINT_JOB = 0x0002
VALIDATE_JOB = 0x0004
CANCEL_JOB = 0x0008
GET_JOB_ATTRIBUTES = 0x0009
GET_PRINTER_ATTRIBUTES = 0x000B
CUPS_GET_DEFAULT = 0x4001
CUPS_GET_PRINTERS = 0x4002

# Group delimiters.
OPERATION_GROUP = 0x01
JOB_GROUP = 0x02
END = 0x03
PRINTER_GROUP = 0x04
UNSUPPORTED_GROUP = 0x05

# Value tags.
UNSUPPORTED_VALUE = 0x10
UNKNOWN = 0x12
NO_VALUE = 0x13
INTEGER = 0x21
BOOLEAN = 0x22
ENUM = 0x23
OCTET_STRING = 0x30
DATE_TIME = 0x31
RESOLUTION = 0x32
RANGE = 0x33
BEGIN_COLLECTION = 0x34
TEXT_WITH_LANGUAGE = 0x35
NAME_WITH_LANGUAGE = 0x36
END_COLLECTION = 0x37
TEXT = 0x41
NAME = 0x42
KEYWORD = 0x44
URI = 0x45
CHARSET = 0x47
LANGUAGE = 0x48
MIME_TYPE = 0x49
MEMBER_NAME = 0x4A

_INTEGERS = (INTEGER, ENUM)


class IppError(Exception):
    """A message that is not IPP (cut short, or something else answered)."""


def _value(tag: int, value: Any) -> bytes:
    if tag in _INTEGERS:
        return struct.pack(">i", value)
    if tag == BOOLEAN:
        return b"\x01" if value else b"\x00"
    if tag == RANGE:
        return struct.pack(">ii", *value)
    if isinstance(value, bytes):
        return value
    return str(value).encode("utf-8")


def _attribute(tag: int, name: str, values: list[Any]) -> bytes:
    out = bytearray()
    for i, value in enumerate(values):
        encoded_name = name.encode("ascii") if i == 0 else b""
        data = _value(tag, value)
        out += struct.pack(">BH", tag, len(encoded_name)) + encoded_name
        out += struct.pack(">H", len(data)) + data
    return bytes(out)


Attribute = tuple[str, int, Any]  # name, value tag, a value or a list of values


def encode_request(
    operation: int,
    request_id: int,
    attributes: list[Attribute],
    job_attributes: Sequence[Attribute] = (),
    data: bytes = b"",
) -> bytes:
    """An IPP/2.0 request: charset and language, then ``attributes``, then the job's."""
    out = bytearray(struct.pack(">BBHi", 2, 0, operation, request_id))
    out.append(OPERATION_GROUP)
    out += _attribute(CHARSET, "attributes-charset", ["utf-8"])
    out += _attribute(LANGUAGE, "attributes-natural-language", ["en"])
    for name, tag, value in attributes:
        out += _attribute(tag, name, value if isinstance(value, list) else [value])
    if job_attributes:
        out.append(JOB_GROUP)
        for name, tag, value in job_attributes:
            out += _attribute(tag, name, value if isinstance(value, list) else [value])
    out.append(END)
    return bytes(out) + data


@dataclass
class Response:
    status: int
    request_id: int
    groups: list[tuple[int, dict[str, Any]]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.status < 0x0100

    def group(self, tag: int) -> dict[str, Any]:
        """The first group of that kind (empty when there is none)."""
        return next((attrs for t, attrs in self.groups if t == tag), {})

    def all(self, tag: int) -> list[dict[str, Any]]:
        """Every group of that kind (CUPS-Get-Printers answers one a printer)."""
        return [attrs for t, attrs in self.groups if t == tag]

    @property
    def message(self) -> str:
        return str(self.group(OPERATION_GROUP).get("status-message", ""))


def _decode_value(tag: int, data: bytes) -> Any:
    if tag in _INTEGERS:
        return struct.unpack(">i", data)[0]
    if tag == BOOLEAN:
        return data != b"\x00"
    if tag == RANGE:
        return struct.unpack(">ii", data)
    if tag in (TEXT_WITH_LANGUAGE, NAME_WITH_LANGUAGE):
        (language_length,) = struct.unpack(">H", data[:2])
        rest = data[2 + language_length :]
        return rest[2:].decode("utf-8", "replace")
    if 0x40 <= tag <= 0x5F:
        return data.decode("utf-8", "replace")
    if tag in (UNSUPPORTED_VALUE, UNKNOWN, NO_VALUE):
        return None
    return data


class _Reader:
    def __init__(self, data: bytes) -> None:
        self.data, self.at = data, 0

    def take(self, n: int) -> bytes:
        if self.at + n > len(self.data):
            raise IppError("the IPP answer is cut short")
        chunk = self.data[self.at : self.at + n]
        self.at += n
        return chunk

    def entry(self) -> tuple[int, str, bytes]:
        tag = self.take(1)[0]
        (name_length,) = struct.unpack(">H", self.take(2))
        name = self.take(name_length).decode("utf-8", "replace")
        (value_length,) = struct.unpack(">H", self.take(2))
        return tag, name, self.take(value_length)


def _add(attrs: dict[str, Any], name: str, value: Any, first: bool) -> None:
    if first:
        attrs[name] = value
    else:
        current = attrs[name]
        attrs[name] = [*current, value] if isinstance(current, list) else [current, value]


def _collection(reader: _Reader) -> dict[str, Any]:
    members: dict[str, Any] = {}
    member = ""
    while True:
        tag, _name, data = reader.entry()
        if tag == END_COLLECTION:
            return members
        if tag == MEMBER_NAME:
            member = data.decode("utf-8", "replace")
            first = True
            continue
        value = _collection(reader) if tag == BEGIN_COLLECTION else _decode_value(tag, data)
        _add(members, member, value, first)
        first = False


def decode_response(body: bytes) -> Response:
    reader = _Reader(body)
    _major, _minor, status, request_id = struct.unpack(">BBHi", reader.take(8))
    response = Response(status, request_id)
    attrs: dict[str, Any] | None = None
    name = ""
    while True:
        tag = reader.take(1)[0]
        if tag == END:
            return response
        if tag < 0x10:  # a new group
            attrs = {}
            response.groups.append((tag, attrs))
            continue
        reader.at -= 1
        tag, entry_name, data = reader.entry()
        if attrs is None:
            raise IppError("an IPP attribute outside any group")
        first = bool(entry_name)
        if first:
            name = entry_name
        value = _collection(reader) if tag == BEGIN_COLLECTION else _decode_value(tag, data)
        _add(attrs, name, value, first)
