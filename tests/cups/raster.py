"""Label printers' own raster languages read back into pictures, to see what the printer makes
of a job: DYMO LabelWriter (ESC D / SYN / ETB lines) and Brother QL (ESC i ... g lines).

    pages = dymo_pages(bytes_written_by_the_driver)     # PIL images, 1 = white, 0 = black
    pages = brother_pages(data)

Written from the drivers' output (printer-driver-dymo's raster2dymolw, printer-driver-ptouch's
rastertoptch) and the makers' published command references.
"""

from __future__ import annotations

from PIL import Image


def _image(rows: list[bytes], width_bits: int) -> Image.Image:
    width_bytes = (width_bits + 7) // 8
    data = b"".join(row.ljust(width_bytes, b"\x00")[:width_bytes] for row in rows)
    # set bits are black: invert to PIL's "1" mode, where set bits are white
    inverted = bytes(255 - b for b in data)
    return Image.frombytes("1", (width_bytes * 8, len(rows)), inverted)


def dymo_pages(data: bytes, head_bytes: int = 84) -> list[Image.Image]:
    """Each label as a picture (300 dpi): ESC B dot tab, ESC D bytes a line, SYN a raw line,
    ETB a run-length line (bit 7 colour, bits 0-6 run length - 1), ESC E / ESC G label end."""
    pages: list[Image.Image] = []
    rows: list[bytes] = []
    tab, per_line = 0, head_bytes
    at = 0
    while at < len(data):
        byte = data[at]
        if byte == 0x1B:
            command = data[at + 1] if at + 1 < len(data) else 0
            if command in (0x42, 0x44, 0x65, 0x68, 0x69, 0x63, 0x67, 0x79, 0x7A, 0x41):
                argument = data[at + 2] if command in (0x42, 0x44) else None
                if command == 0x42:
                    tab = argument
                elif command == 0x44:
                    per_line = argument
                at += 3 if argument is not None else 2
            elif command == 0x4C or command == 0x51:  # ESC L n1 n2: label length
                at += 4
            elif command in (0x45, 0x47):  # form feed: the label ends
                if rows:
                    pages.append(_image(rows, head_bytes * 8))
                rows = []
                at += 2
            elif command == 0x1B:
                at += 1
            else:
                at += 2
        elif byte == 0x16:  # SYN: a raw line
            line = data[at + 1 : at + 1 + per_line]
            rows.append(b"\x00" * tab + line)
            at += 1 + per_line
        elif byte == 0x17:  # ETB: a run-length line
            bits: list[int] = []
            at += 1
            while len(bits) < per_line * 8 and at < len(data):
                run = data[at]
                bits += [run >> 7] * ((run & 0x7F) + 1)
                at += 1
            bits = bits[: per_line * 8]
            line = bytes(
                int("".join(map(str, bits[i : i + 8])).ljust(8, "0"), 2)
                for i in range(0, len(bits), 8)
            )
            rows.append(b"\x00" * tab + line)
        else:
            at += 1
    if rows:
        pages.append(_image(rows, head_bytes * 8))
    return pages


def _unpack_bits(data: bytes, size: int) -> bytes:
    """TIFF PackBits, as Brother's compression mode 2 uses it."""
    out = bytearray()
    at = 0
    while at < len(data) and len(out) < size:
        n = data[at]
        at += 1
        if n < 128:
            out += data[at : at + n + 1]
            at += n + 1
        elif n > 128:
            out += bytes([data[at]]) * (257 - n)
            at += 1
    return bytes(out[:size]).ljust(size, b"\x00")


def brother_pages(data: bytes, head_bytes: int = 90) -> list[Image.Image]:
    """Each label as a picture (300 dpi): ``g`` lines (raw or PackBits when ``M 02`` set),
    ``Z`` a blank line, 0x0C / 0x1A a page end. Lines are mirrored as the head prints them."""
    pages: list[Image.Image] = []
    rows: list[bytes] = []
    compressed = False
    at = 0
    while at < len(data):
        byte = data[at]
        if byte == 0x1B:  # ESC @ / ESC i x ...
            command = data[at + 1]
            if command == 0x40:
                at += 2
            elif command == 0x69:
                sub = data[at + 2]
                lengths = {
                    0x7A: 10,
                    0x4D: 1,
                    0x4B: 1,
                    0x41: 1,
                    0x64: 2,
                    0x61: 1,
                    0x53: 0,
                    0x55: 15,
                    0x21: 1,
                }
                at += 3 + lengths.get(sub, 0)
            else:
                at += 2
        elif byte == 0x4D:  # M n: compression
            compressed = data[at + 1] == 0x02
            at += 2
        elif byte == 0x67:  # g 0x00 n: a raster line of n bytes
            n = data[at + 2]
            chunk = data[at + 3 : at + 3 + n]
            line = _unpack_bits(chunk, head_bytes) if compressed else chunk
            rows.append(line)
            at += 3 + n
        elif byte == 0x5A:  # Z: a blank line
            rows.append(b"\x00" * head_bytes)
            at += 1
        elif byte in (0x0C, 0x1A):
            if rows:
                pages.append(
                    _image(rows, head_bytes * 8).transpose(Image.Transpose.FLIP_LEFT_RIGHT)
                )
            rows = []
            at += 1
        else:
            at += 1
    if rows:
        pages.append(_image(rows, head_bytes * 8).transpose(Image.Transpose.FLIP_LEFT_RIGHT))
    return pages
