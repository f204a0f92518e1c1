"""Where one HL7 message ends and the next begins, and the text of each (from its MSH-18).

    messages = frame(data, result)          # [(segments as bytes, first line number), ...]
    text, codec = decode(segments)          # MSH-18's character set, checked

Segments end with CR (CR LF and LF are taken too); blank lines and MLLP framing (VT ... FS CR)
between messages are dropped; FHS/BHS/BTS/FTS envelopes are checked (a BTS count that does
not match, or a batch or MLLP block that never closes, is a truncated file). This is the one
part read from the bytes: the character set must be known before the text can be decoded.
"""

from __future__ import annotations

import codecs
import re

from frontdesk.services.schedule_import.records import MAX_UNITS, ParseResult, Problem

# MSH-18 (HL7 table 0211) -> Python codec. Empty: the standard says ASCII; UTF-8 contains it.
CHARSETS = {
    "": "utf-8",
    "ASCII": "ascii",
    "UNICODE UTF-8": "utf-8",
    "UTF-8": "utf-8",
    "ISO IR192": "utf-8",
    "8859/1": "latin-1",
    "8859/2": "iso8859-2",
    "8859/3": "iso8859-3",
    "8859/4": "iso8859-4",
    "8859/5": "iso8859-5",
    "8859/6": "iso8859-6",
    "8859/7": "iso8859-7",
    "8859/8": "iso8859-8",
    "8859/9": "iso8859-9",
    "8859/15": "iso8859-15",
    "ISO IR87": "iso2022_jp",
    "ISO IR159": "iso2022_jp_2",
    "GB 18030-2000": "gb18030",
    "KS X 1001": "euc_kr",
    "BIG-5": "big5",
    # Spellings senders use that table 0211 does not (MOSAIQ sends "utf-8").
    "UTF8": "utf-8",
    "UNICODEUTF8": "utf-8",
    "UNICODE": "utf-8",
    "ISOIR100": "latin-1",
    "ISOIR6": "ascii",
    "GB180302000": "gb18030",
    "KSX1001": "euc_kr",
    "BIG5": "big5",
}
_ENVELOPE = {b"FHS", b"BHS", b"BTS", b"FTS"}


class Bad(Exception):
    def __init__(self, place: str, message: str, unit: str | None = None) -> None:
        super().__init__(message)
        self.place = place
        self.message = message
        self.unit = unit


def frame(data: bytes, result: ParseResult) -> list[tuple[list[bytes], int]]:
    """The messages of the file, each as its segments (bytes) and the line it starts on."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    opened, closed = data.count(b"\x0b"), data.count(b"\x1c")
    # A message begun and never ended is a truncated file. End marks without start marks are
    # not: capture tools and engines' file writers keep the FS CR after each message and drop
    # the VT (athenaNet's sample feed), and every message is whole.
    if opened > closed:
        result.add_problem(
            Problem(
                "file",
                "file",
                f"MLLP framing: {opened} message(s) opened (VT) but {closed} closed (FS); "
                "the file is truncated",
            )
        )
    data = data.replace(b"\x0b", b"").replace(b"\x1c", b"")
    messages: list[tuple[list[bytes], int]] = []
    batch_started: int | None = None
    file_header = False  # FHS seen: the file must end with its FTS
    batches = 0
    current: list[bytes] | None = None
    junk_reported = False
    for line_no, line in enumerate(_lines(data), 1):
        segment = line.strip(b" \t")
        if not segment:
            continue
        tag = segment[:3]
        if tag == b"MSH":
            if len(messages) > MAX_UNITS:
                break  # the reader refuses the file; framing the rest would only take memory
            current = [segment]
            messages.append((current, line_no))
        elif tag in _ENVELOPE:
            current = None
            if tag == b"FHS":
                file_header = True
            elif tag == b"BHS":
                batch_started = len(messages)
            elif tag == b"BTS" and batch_started is not None:
                _check_count(segment, len(messages) - batch_started, "BTS-1", line_no, result)
                batch_started = None
                batches += 1
            elif tag == b"BTS":
                result.add_problem(
                    Problem("file", f"line {line_no}", "a BTS trailer without its BHS header")
                )
            elif tag == b"FTS":
                _check_count(segment, batches, "FTS-1", line_no, result, "batch(es)")
                file_header = False
        elif current is not None:
            current.append(segment)  # a bad segment id is named when the message is read
        elif not junk_reported:
            junk_reported = True
            shown = segment[:20].decode("latin-1")
            result.add_problem(
                Problem(
                    "file",
                    f"line {line_no}",
                    f"expected a message starting with its MSH segment, found {shown!r}",
                )
            )
    if batch_started is not None:
        result.add_problem(
            Problem("file", "file", "the batch (BHS) has no BTS trailer: the file is truncated")
        )
    elif file_header:
        result.add_problem(
            Problem("file", "file", "the file (FHS) has no FTS trailer: the file is truncated")
        )
    return messages


_EOL = re.compile(rb"\r\n|\r|\n")


def _lines(data: bytes):
    """The lines one at a time (a list of all of them would double a large file in memory)."""
    start = 0
    for end in _EOL.finditer(data):
        yield data[start : end.start()]
        start = end.end()
    yield data[start:]


def _check_count(
    segment: bytes, found: int, place: str, line_no: int, result, what: str = "message(s)"
) -> None:
    sep = segment[3:4] or b"|"
    fields = segment.split(sep)
    text = fields[1].decode("latin-1").strip() if len(fields) > 1 else ""
    if text and (not text.isdigit() or int(text) != found):
        result.add_problem(
            Problem(
                "file",
                f"line {line_no}, {place}",
                f"says {text} {what} but there are {found}: the file is truncated or damaged",
            )
        )


def decode(segments: list[bytes]) -> tuple[str, str, str | None]:
    """The message's text, the codec it was read with, and a notice when MSH-18 named a
    character set this desk does not know but the bytes read as UTF-8."""
    msh = segments[0]
    sep = msh[3:4]
    if len(msh) < 8:
        raise Bad("MSH-1", "MSH is too short to declare its delimiters (expected MSH|^~\\&|...)")
    if sep.isalnum() or sep in b" \t\\":
        raise Bad(
            "MSH-1", f"{sep.decode('latin-1')!r} cannot separate fields (expected MSH|^~\\&|...)"
        )
    end = msh.find(sep, 4)
    encoding = msh[4:end] if end > 0 else b""
    if (
        not 4 <= len(encoding) <= 5
        or len(set(encoding)) != len(encoding)
        or sep in encoding
        or any(chr(b).isalnum() or b in b" \r\n" for b in encoding)
    ):
        raise Bad(
            "MSH-2",
            f"{encoding.decode('latin-1')!r} is not a set of encoding characters "
            "(expected four or five distinct symbols such as ^~\\&)",
        )
    fields = msh.split(sep)
    declared = fields[17].decode("latin-1") if len(fields) > 17 else ""
    repetitions = [r.split(chr(encoding[0]))[0].strip() for r in declared.split(chr(encoding[1]))]
    charset, codec = character_set(repetitions)
    notice = None
    if codec is None:
        codec = "utf-8"
        notice = (
            f"{declared!r} is not a character set this desk knows (expected UNICODE UTF-8, "
            "ASCII, 8859/1 to 8859/15, ISO IR87, GB 18030-2000, KS X 1001 or BIG-5); "
            "read as UTF-8"
        )
    raw = b"\r".join(segments)
    try:
        return raw.decode(codec), codec, notice
    except UnicodeDecodeError as exc:
        segment_no = raw[: exc.start].count(b"\r")
        seg_id = segments[segment_no][:3].decode("latin-1")
        said = f"MSH-18 says {declared!r}" if declared.strip() else "MSH-18 says nothing, so UTF-8"
        raise Bad(
            f"{seg_id} (segment {segment_no + 1})",
            f"byte {exc.start} is not {charset or 'UTF-8'} ({said}); the file was saved in "
            "another encoding",
        ) from exc


def character_set(repetitions: list[str]) -> tuple[str, str | None]:
    """(the charset named, its codec) from MSH-18's repetitions. Japanese senders declare
    ``~ISO IR87`` (the first repetition empty: ASCII, then JIS X 0208 through ISO 2022
    escapes): any repetition that is ISO 2022 makes the message ISO-2022-JP."""
    names = [r for r in repetitions if r]
    for name in names:
        key = _charset_key(name)
        if key in _ISO2022:
            return name, _ISO2022[key]
    if not names:
        return "", "utf-8"
    name = names[0]
    codec = CHARSETS.get(name.upper()) or CHARSETS.get(_charset_key(name))
    if codec is None:
        try:
            codec = codecs.lookup(name).name  # utf-8, windows-1252, iso-8859-1 ...
        except LookupError:
            codec = None
    return name, codec


def _charset_key(name: str) -> str:
    return "".join(ch for ch in name.upper() if ch.isalnum())


_ISO2022 = {"ISOIR87": "iso2022_jp", "ISOIR159": "iso2022_jp_2", "ISO20221994": "iso2022_jp"}
