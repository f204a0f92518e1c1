"""Badges as a PDF: one page per badge at the stock's size, or six to a sheet.

    faces = [BadgeFace(...), ...]
    pdf_bytes = render_badges(faces, layout_named("cr80"))

What a badge shows is what a door needs and no more (DOMAIN.md, "Minimum necessary"): the
holder's passport name large, the native-script name, a band with the holder type in words and
colour, the valid date(s), a neutral destination, the badge number, the QR of the signed token,
and a photo when there is one. A :class:`BadgeFace` has no field for anything else, so an MRN,
a date of birth or a diagnosis cannot reach the page.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from babel.dates import format_date
from reportlab import rl_config
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from frontdesk.badge_token import HolderType
from frontdesk.errors import InputError
from frontdesk.printing.badge_layouts import Layout, Slot
from frontdesk.printing.badge_names import NameRoom, fit_names
from frontdesk.printing.fonts import font_book
from frontdesk.printing.qr import draw_qr, qr_modules
from frontdesk.printing.text_runs import Line, fit

# The band: a dark colour that white text reads on, and a word, so no one relies on colour.
BANDS: dict[HolderType, tuple[str, tuple[float, float, float]]] = {
    HolderType.PATIENT: ("PATIENT", (0.10, 0.30, 0.62)),
    HolderType.COMPANION: ("COMPANION", (0.06, 0.45, 0.22)),
    HolderType.INTERPRETER: ("INTERPRETER", (0.40, 0.20, 0.58)),
    HolderType.VISITOR: ("VISITOR", (0.70, 0.30, 0.00)),
}
INK = (0.08, 0.08, 0.10)
# Binary (compressed) streams, not ASCII85 text: a fifth smaller, and no encoding pass over the
# embedded fonts. ASCII85 is for 7-bit mail transports, which no printer queue is.
rl_config.useA85 = 0
GREY = (0.33, 0.33, 0.36)


@dataclass(frozen=True, slots=True)
class BadgeFace:
    """Everything printed on one badge."""

    holder: HolderType
    display_name: str  # the passport name, e.g. "Mohamed AL-SAYED"
    native_name: str | None  # the name in its own script, when it differs
    valid_from: dt.datetime  # in the office's zone
    valid_until: dt.datetime
    destination: str | None  # a building / floor / zone, never a department
    number: str  # the badge number as printed, e.g. "B-1042" or "B-1042/2"
    token: str  # the signed token the QR carries
    photo: bytes | None = None  # JPEG or PNG
    language: str | None = None  # the holder's (BCP 47): Japanese names in Japanese shapes

    def checked(self) -> BadgeFace:
        """Refuse, before anything is drawn, a name that no font can print."""
        book = font_book()
        book.check(self.display_name, "display name")
        if self.native_name:
            book.check(self.native_name, "native-script name")
        if self.destination:
            book.check(self.destination, "destination")
        return self


PAPER_LOCALE = "en"  # badges are printed in English, whatever the computer's own locale


def validity_text(start: dt.datetime, end: dt.datetime) -> str:
    """ "Valid 30 Nov 2026 until 19:00", or "Valid 30 Nov - 04 Dec 2026" for several days.
    Month names come from CLDR (Babel) in :data:`PAPER_LOCALE`: ``strftime`` would follow the
    process's C locale, which Qt sets from the desktop (French months on a French desktop)."""

    def day(when: dt.datetime, pattern: str) -> str:
        return format_date(when.date(), pattern, locale=PAPER_LOCALE)

    if start.date() == end.date():
        return f"Valid {day(start, 'dd MMM y')} until {end:%H:%M}"
    if start.year == end.year:
        return f"Valid {day(start, 'dd MMM')} – {day(end, 'dd MMM y')}"
    return f"Valid {day(start, 'dd MMM y')} – {day(end, 'dd MMM y')}"


@dataclass(frozen=True, slots=True)
class Look:
    """How a device prints a badge: ``mono`` for black-and-white thermal label printers (no
    greys to be dithered into dots: black text, a solid black band with white words), and
    ``inset``, the edges of each badge the printer cannot print (left, bottom, right, top, in
    points), inside which the whole badge is drawn so that nothing is cut."""

    mono: bool = False
    inset: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 0.0)


COLOUR = Look()
BLACK = (0.0, 0.0, 0.0)


class _BadgeDrawer:
    """Draws one badge in a slot. The QR sits in the lower right corner of a landscape badge
    and at the bottom centre of a portrait one; the names run full width above it and move to
    its left when they reach down beside it; the dates and destination sit at the bottom."""

    def __init__(self, canvas: Canvas, look: Look = COLOUR) -> None:
        self.c = canvas
        self.look = look
        self.ink = BLACK if look.mono else INK
        self.grey = BLACK if look.mono else GREY

    def draw(self, face: BadgeFace, slot: Slot) -> None:
        c = self.c
        left_in, bottom_in, right_in, top_in = self.look.inset
        slot = Slot(
            slot.x + left_in,
            slot.y + bottom_in,
            slot.width - left_in - right_in,
            slot.height - bottom_in - top_in,
        )
        c.saveState()
        c.translate(slot.x, slot.y)
        w, h = slot.width, slot.height
        portrait = h > w
        unit = min(w, h)
        margin = unit * 0.06
        band = unit * 0.17
        self._band(face, w, h, band, margin)
        body = h - band
        if portrait:
            side = w * (0.5 if face.photo else 0.56)
            qr_x, qr_y = (w - side) / 2, margin * 0.3
        else:
            side = min(body * 0.62, w * 0.36) * (0.85 if face.photo else 1.0)
            qr_x, qr_y = w - margin * 0.4 - side, margin * 0.3
        draw_qr(c, qr_modules(face.token), qr_x, qr_y, side)
        qr_top = qr_y + side  # text stays out of the quiet zone too: scanners need it clear
        left = margin
        top = h - band - margin * 0.75
        if face.photo:  # beside the names on a landscape badge, above them on a portrait one
            photo_h = body * (0.55 if not portrait else 0.24)
            photo_w = photo_h * 0.75
            self._photo(face.photo, left, top - photo_h, photo_w, photo_h)
            if portrait:
                top -= photo_h + margin * 0.5
            else:
                left += photo_w + margin * 0.6
        if portrait:
            text_right = beside_qr = w - margin
            details_bottom = qr_top + margin * 0.2
        else:
            text_right = w - margin
            beside_qr = qr_x
            details_bottom = margin * 0.8
        small = unit * 0.058
        details = [validity_text(face.valid_from, face.valid_until)]
        if face.destination:  # one line a place: "Yawkey Building, floor 7 · Wang ..."
            details += [place.strip() for place in face.destination.split(" · ")]
        details_top = details_bottom + len(details) * small * 1.35 + small * 0.4
        c.setFillColorRGB(*self.ink)
        room = NameRoom(
            left=left,
            right=text_right,
            top=top,
            bottom=details_top,
            narrow_below=qr_top,
            narrow_right=beside_qr,
        )
        fit_names(
            face.display_name, face.native_name, room, unit * 0.13, language=face.language
        ).draw(c)
        c.setFillColorRGB(*self.grey)
        detail_left = margin
        detail_width = (beside_qr if not portrait else w - margin) - detail_left - margin * 0.3
        y = details_bottom
        for text in reversed(details):
            line = fit(text, detail_width, small, small * 0.7)
            line.draw(c, detail_left, y)
            y += label_size(line) * 1.35
        c.restoreState()

    def _band(self, face: BadgeFace, w: float, h: float, band: float, margin: float) -> None:
        c = self.c
        word, colour = BANDS[face.holder]
        c.setFillColorRGB(*(BLACK if self.look.mono else colour))
        c.rect(0, h - band, w, band, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1)
        label = fit(word, w * 0.62, band * 0.56, band * 0.3, bold=True)
        label.draw(c, margin, h - band / 2 - label_size(label) * 0.36)
        number = fit(face.number, w * 0.3, band * 0.32, band * 0.2)
        number.draw(c, w - margin - number.width, h - band / 2 - label_size(number) * 0.36)

    def _photo(self, data: bytes, x: float, y: float, w: float, h: float) -> None:
        try:
            image = ImageReader(io.BytesIO(data))
        except Exception:  # Pillow's errors vary with the format, and name Python objects
            raise InputError("not a JPEG or PNG image that can be read", where="photo") from None
        self.c.drawImage(image, x, y, w, h, preserveAspectRatio=True, anchor="c", mask="auto")
        self.c.setStrokeColorRGB(*self.grey)
        self.c.setLineWidth(0.5)
        self.c.rect(x, y, w, h, stroke=1, fill=0)


def label_size(line: Line) -> float:
    return line.runs[0].size if line.runs else 0.0


def _cut_marks(c: Canvas, slot: Slot) -> None:
    c.saveState()
    c.setStrokeColorRGB(0.7, 0.7, 0.7)
    c.setLineWidth(0.3)
    tick = 6
    for x, y in (
        (slot.x, slot.y),
        (slot.x + slot.width, slot.y),
        (slot.x, slot.y + slot.height),
        (slot.x + slot.width, slot.y + slot.height),
    ):
        c.line(x - tick, y, x + tick, y)
        c.line(x, y - tick, x, y + tick)
    c.restoreState()


class Cancelled(Exception):
    """The person cancelled a batch; nothing was written."""


def render_badges(
    faces: Iterable[BadgeFace],
    layout: Layout,
    *,
    title: str = "Visitor badges",
    progress: Callable[[int], bool] | None = None,
    look: Look = COLOUR,
) -> bytes:
    """The PDF of the badges, in order, filling each page's slots. ``progress(done)`` is called
    after each badge; returning False cancels (raises :class:`Cancelled`). ``look``: for the
    device that prints them (a thermal label printer's black and white, its printable area)."""
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=layout.page, pageCompression=1, initialFontName="Helvetica")
    c.setTitle(title)
    c.setCreator("Frontdesk")
    drawer = _BadgeDrawer(c, look)
    per_page = len(layout.slots)
    count = 0
    for face in faces:
        if count and count % per_page == 0:
            c.showPage()
        slot = layout.slots[count % per_page]
        drawer.draw(face.checked(), slot)
        if layout.cut_marks:
            _cut_marks(c, slot)
        count += 1
        if progress is not None and progress(count) is False:
            raise Cancelled()
    if count == 0:
        raise InputError("there are no badges to print")
    c.showPage()
    c.save()
    return buffer.getvalue()
