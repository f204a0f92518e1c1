"""The holder's names fitted to the room a badge has for them: wrapped, then shrunk, never cut.

    block = fit_names("Ada Cornelia GONZALEZ", "Ada Cornelia González", room, language="es")
    block.draw(canvas)

The room is a box (from the band down to the dates) whose lower part may be narrower, beside
the QR code. The passport name and the native-script name are each set on one line or, when
that would make them small, on two (split at the word that makes the wider half narrowest; a
Chinese or Japanese name, which has no spaces, between characters). The size is the largest
at which the lines fit, trying one line before two at each size, down to :data:`MIN_NAME_SIZE`;
below that the name is set at the minimum and clipped to its box, so that no name, however
long or however many marks it stacks, can cover the dates, the destination or the QR code.
"""

from __future__ import annotations

import itertools
import unicodedata
from dataclasses import dataclass

from reportlab.pdfgen.canvas import Canvas

from frontdesk.name_order import writes_without_space
from frontdesk.printing.text_flow import draw_line
from frontdesk.printing.text_runs import Line, lay_out

MIN_NAME_SIZE = 7.0  # points: the smallest a name is printed (about 2.5 mm capitals)
NATIVE_SCALE = 0.92  # the native name's size beside the passport name's
_SHRINK = 0.94  # each step down when the lines do not fit
_ASCENT, _GAP = 0.98, 0.3  # baseline below the line's top, and space after it, in sizes


@dataclass(frozen=True, slots=True)
class NameRoom:
    """The box for the names: ``left`` to ``right``, ``top`` down to ``bottom``; below
    ``narrow_below`` a line may only reach ``narrow_right`` (the QR code is there)."""

    left: float
    right: float
    top: float
    bottom: float
    narrow_below: float
    narrow_right: float


@dataclass(frozen=True, slots=True)
class NameBlock:
    lines: tuple[tuple[Line, float, float], ...]  # (line, x, baseline)
    room: NameRoom
    clipped: bool  # set at the minimum size and still too large: drawn clipped to the box

    def draw(self, canvas: Canvas) -> None:
        canvas.saveState()
        room = self.room
        # Marks stacked above or below stay inside the names' box: full width above the QR
        # code, narrower beside it.
        path = canvas.beginPath()
        split = min(max(room.narrow_below, room.bottom), room.top)
        path.rect(room.left, split, room.right - room.left, room.top - split)
        path.rect(room.left, room.bottom, room.narrow_right - room.left, split - room.bottom)
        canvas.clipPath(path, stroke=0, fill=0)
        for line, x, baseline in self.lines:
            draw_line(canvas, line, x, baseline)
        canvas.restoreState()


def _splits(text: str) -> list[list[str]]:
    """The text on one line, and on two at each possible break."""
    words = text.split()
    options = [[text]]
    if len(words) > 1:
        options += [[" ".join(words[:i]), " ".join(words[i:])] for i in range(1, len(words))]
    elif len(text) > 2 and writes_without_space(text) and all(_ideographic(c) for c in text):
        half = len(text) // 2  # a Chinese, Japanese or Korean name (山田太郎): between characters
        options.append([text[:half], text[half:]])
    return options


def _ideographic(char: str) -> bool:
    """A character a line may break before or after: ideographs, kana, Hangul syllables (not
    the letters of Thai, Burmese or Khmer, whose words have no spaces but may not be cut)."""
    return unicodedata.name(char, "").startswith(("CJK", "HIRAGANA", "KATAKANA", "HANGUL"))


def _per_point(part: str, language: str | None) -> float:
    """The width of ``part`` at 1 pt, bold: shaped advances scale with the size."""
    return lay_out(part, 100.0, bold=True, language=language).width / 100.0


def _widths(split: list[str], language: str | None) -> list[float]:
    """Each line's width at 1 pt, from its words shaped once each (a badge batch draws 500
    different names: shaping every way of splitting them would triple the work); a line of
    several words is their widths and the spaces between, kerning across a space aside."""
    widths = []
    for part in split:
        words = part.split(" ")
        if len(words) == 1:
            widths.append(_per_point(part, language))
        else:
            space = _per_point(" ", language) * (len(words) - 1)
            widths.append(sum(_per_point(w, language) for w in words) + space)
    return widths


def fit_names(
    display: str,
    native: str | None,
    room: NameRoom,
    largest: float,
    *,
    language: str | None = None,
) -> NameBlock:
    """The names at the largest size up to ``largest`` that fits ``room`` (see the module)."""
    names = [(display, 1.0)] + ([(native, NATIVE_SCALE)] if native else [])
    options = []
    for text, scale in names:
        measured = [(split, scale, _widths(split, language)) for split in _splits(text)]
        # One line, then the two-line splits, the most even first (the wider half narrowest).
        options.append(measured[:1] + sorted(measured[1:], key=lambda option: max(option[2])))
    # Fewer lines first: one line each, then one name on two (the native one first: it is
    # the longer, more often), then both.
    counts = [range(len(o)) for o in options]
    choices = sorted(
        itertools.product(*counts),
        key=lambda choice: (sum(min(pick, 1) for pick in choice), len(choice) > 1 > choice[-1]),
    )
    size = largest
    while True:
        fitted = _first_fitting(options, choices, room, size)
        if fitted is not None:
            return _set(fitted, room, size, language, clipped=False)
        if size <= MIN_NAME_SIZE:
            break
        size = max(MIN_NAME_SIZE, size * _SHRINK)
    # Too long even at the minimum: each name split where its widest line is narrowest,
    # clipped to the box.
    picked = []
    for name_options in options:
        split, scale, _measured = min(name_options, key=lambda option: max(option[2]))
        picked.append((split, scale))
    return _set(picked, room, size, language, clipped=True)


def _first_fitting(options, choices, room: NameRoom, size: float):
    for choice in choices:
        y = room.top
        fits = True
        for i, pick in enumerate(choice):
            _split, scale, widths = options[i][pick]
            line_size = size * scale
            for width in widths:
                baseline = y - line_size * _ASCENT
                limit = room.right if baseline - line_size * 0.25 >= room.narrow_below else None
                limit = limit or room.narrow_right
                if width * line_size > limit - room.left:
                    fits = False
                    break
                y = baseline - line_size * _GAP
            if not fits:
                break
        if fits and y >= room.bottom:
            return [(options[i][pick][0], options[i][pick][1]) for i, pick in enumerate(choice)]
    return None


def _set(picked, room: NameRoom, size: float, language: str | None, clipped: bool) -> NameBlock:
    lines = []
    y = room.top
    for split, scale in picked:
        line_size = size * scale
        for part in split:
            baseline = y - line_size * _ASCENT
            line = lay_out(part, line_size, bold=True, language=language)
            lines.append((line, room.left, baseline))
            y = baseline - line_size * _GAP
    return NameBlock(tuple(lines), room, clipped)
