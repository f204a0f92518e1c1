"""Paragraphs for platypus in any script and either direction, drawn with our shaped lines.

    story = [TextBlock("Qué traer / adónde ir primero", 12, bold=True, rtl=False), ...]
    lines = wrap_text("يرجى إحضار جواز السفر ...", width=300, size=10, rtl=True)

ReportLab's own ``Paragraph`` cannot order Arabic right to left without ``rlbidi``, and picks
one font a style; these flowables wrap words (or, in Chinese and Japanese, characters, which
have no spaces between them) into lines measured with :func:`~frontdesk.printing.text_runs.
lay_out`, which shapes, orders (UAX #9) and falls back font by font. On a right-to-left page
every line is ordered with a right-to-left paragraph direction and set flush right.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from frontdesk.printing.fonts import font_book
from frontdesk.printing.text_runs import Line, lay_out, pdf_text

# Ideographs, kana, Hangul syllables and full-width forms: a line may break before any of
# them. Closing punctuation never starts a line (the simplest rule of Japanese kinsoku and of
# Chinese typesetting); it stays with the character before it.
_CLOSED = "、。，．：；！？）」』】〕〉》〗〙〛｝］’”ー〜・"
_BREAKABLE = re.compile(
    r"[\u2e80-\u2fff\u3040-\u30ff\u3100-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]"
)
_TOKEN = re.compile(
    rf"(\s*)((?:{_BREAKABLE.pattern}|[^\s\u2e80-\u2fff\u3040-\u30ff\u3100-\u9fff\uac00-\ud7af"
    rf"\uf900-\ufaff\uff00-\uffef]+)[{_CLOSED}]*)"
)


@dataclass(frozen=True, slots=True)
class _Token:
    text: str
    space_before: bool


def _tokens(paragraph: str) -> list[_Token]:
    return [_Token(m.group(2), bool(m.group(1))) for m in _TOKEN.finditer(paragraph)]


def wrap_text(
    text: str,
    width: float,
    size: float,
    *,
    bold: bool = False,
    rtl: bool = False,
    language: str | None = None,
) -> list[Line]:
    """The text's lines at ``size``, none wider than ``width`` (a word wider than the line is
    broken between characters); a newline in the text starts a new line."""
    lines: list[Line] = []
    space = lay_out(" ", size, bold=bold, language=language).width
    for paragraph in text.splitlines() or [""]:
        tokens = _tokens(paragraph)
        if not tokens:
            lines.append(lay_out("", size, bold=bold, rtl=rtl, language=language))
            continue
        groups: list[list[_Token]] = []
        current: list[_Token] = []
        used = 0.0
        for token in _split_long(tokens, width, size, bold, language):
            advance = lay_out(token.text, size, bold=bold, language=language).width
            gap = space if current and token.space_before else 0.0
            if current and used + gap + advance > width:
                groups += _fitted(current, width, size, bold, rtl, language)
                current, used, gap = [], 0.0, 0.0
            current.append(token)
            used += gap + advance
        groups += _fitted(current, width, size, bold, rtl, language)
        open_marks = ""  # an embedding (see embed()) that a line break cut carries over
        for group in groups:
            joined = _joined(group)
            lines.append(lay_out(open_marks + joined, size, bold=bold, rtl=rtl, language=language))
            open_marks = _still_open(open_marks + joined)
    return lines


_OPENERS = "\u202a\u202b\u202d\u202e"  # LRE RLE LRO RLO
_POP = "\u202c"  # PDF


def _still_open(text: str) -> str:
    stack: list[str] = []
    for char in text:
        if char in _OPENERS:
            stack.append(char)
        elif char == _POP and stack:
            stack.pop()
    return "".join(stack)


def embed(value: str, rtl: bool) -> str:
    """``value`` kept in its own direction inside a line of the other one: a phone number or a
    Latin place name on an Arabic page stays in its order ("+1 617 726 2787", not "2787 726
    617 +1"), whatever text surrounds it (UAX #9 explicit embedding, LRE/RLE ... PDF)."""
    for char in value:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return value if rtl else f"\u202b{value}\u202c"
        if kind == "L":
            break
    return f"\u202a{value}\u202c" if rtl else value


def _split_long(
    tokens: list[_Token], width: float, size: float, bold: bool, language: str | None = None
) -> list[_Token]:
    result = []
    for token in tokens:
        wide = lay_out(token.text, size, bold=bold, language=language).width > width
        if len(token.text) > 1 and wide:
            result.append(_Token(token.text[0], token.space_before))
            result.extend(_Token(c, False) for c in token.text[1:])
        else:
            result.append(token)
    return result


def _joined(tokens: Sequence[_Token]) -> str:
    return "".join((" " if i and t.space_before else "") + t.text for i, t in enumerate(tokens))


def _fitted(
    tokens: list[_Token],
    width: float,
    size: float,
    bold: bool,
    rtl: bool,
    language: str | None = None,
) -> list[list[_Token]]:
    """The tokens as one line; shaped as a whole (kerning, joining) it can come out a little
    wider than the sum of its words: then the last words go to a line of their own."""
    line = lay_out(_joined(tokens), size, bold=bold, rtl=rtl, language=language)
    if line.width <= width + 0.01 or len(tokens) == 1:
        return [tokens]
    for keep in range(len(tokens) - 1, 0, -1):
        line = lay_out(_joined(tokens[:keep]), size, bold=bold, rtl=rtl, language=language)
        if line.width <= width + 0.01:
            rest = _fitted(tokens[keep:], width, size, bold, rtl, language)
            return [tokens[:keep], *rest]
    return [tokens]


Colour = tuple[float, float, float]
INK: Colour = (0.08, 0.08, 0.10)


class TextBlock(Flowable):
    """A paragraph set flush left, or flush right on a right-to-left page; ``indent`` is kept
    free on the side where lines start."""

    def __init__(
        self,
        text: str,
        size: float,
        *,
        bold: bool = False,
        rtl: bool = False,
        colour: Colour = INK,
        leading: float = 1.3,
        indent: float = 0.0,
        space_before: float = 0.0,
        space_after: float = 0.0,
        language: str | None = None,
    ) -> None:
        super().__init__()
        self.text, self.size, self.bold, self.rtl = text, size, bold, rtl
        self.language = language  # glyph shapes: a Japanese name's kanji
        self.colour, self.leading, self.indent = colour, leading, indent
        self.spaceBefore, self.spaceAfter = space_before, space_after
        self.lines: list[Line] = []

    def wrap(self, availWidth, availHeight):
        self.width = availWidth
        self.lines = wrap_text(
            self.text,
            availWidth - self.indent,
            self.size,
            bold=self.bold,
            rtl=self.rtl,
            language=self.language,
        )
        self.height = len(self.lines) * self.size * self.leading
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        # Marks stacked above or below (a name of 150 combining marks) stay near their own
        # lines: the paragraph's box and a third of a line around it, room enough for
        # Vietnamese or Thai marks over capitals.
        margin = self.size * 0.35
        path = canvas.beginPath()
        path.rect(-margin, -margin, self.width + 2 * margin, self.height + 2 * margin)
        canvas.clipPath(path, stroke=0, fill=0)
        canvas.setFillColorRGB(*self.colour)
        y = self.height - self.size * (self.leading - 1) / 2 - self.size * 0.92
        for line in self.lines:
            draw_line(canvas, line, _start_x(line, self.width, self.indent, self.rtl), y)
            y -= self.size * self.leading
        canvas.restoreState()

    def split(self, availWidth, availHeight):
        """Between lines, when the paragraph does not fit what is left of the page."""
        self.wrap(availWidth, availHeight)
        fit = int(availHeight // (self.size * self.leading))
        if fit <= 0 or fit >= len(self.lines):
            return []
        first = _Lines(self.lines[:fit], self)
        rest = _Lines(self.lines[fit:], self)
        first.spaceBefore, rest.spaceAfter = self.spaceBefore, self.spaceAfter
        return [first, rest]


class _Lines(TextBlock):
    """Part of a split :class:`TextBlock`: its lines already set."""

    def __init__(self, lines: list[Line], parent: TextBlock) -> None:
        super().__init__(
            "",
            parent.size,
            bold=parent.bold,
            rtl=parent.rtl,
            colour=parent.colour,
            leading=parent.leading,
            indent=parent.indent,
        )
        self.fixed = lines

    def wrap(self, availWidth, availHeight):
        self.width = availWidth
        self.lines = self.fixed
        self.height = len(self.lines) * self.size * self.leading
        return self.width, self.height


@cache
def _synthetic_bold(font: str) -> bool:
    """True for a bold that is the regular file again (WenQuanYi Micro Hei has no bold):
    such runs are drawn with a thin outline, so that a Chinese heading still reads bold."""
    # Asked of the font book, which knows the files without loading the regular weight (a
    # pdfmetrics.getFont of a name not registered searches ReportLab's standard fonts, 0.4 s).
    return font.endswith("-Bold") and font_book().synthetic_bold(font)


def draw_line(canvas: Canvas, line: Line, x: float, y: float) -> None:
    """:meth:`Line.draw`, with bold made up by an outline where the font has no bold."""
    if not any(_synthetic_bold(run.font) for run in line.runs):
        line.draw(canvas, x, y)
        return
    for run in line.runs:
        if _synthetic_bold(run.font):
            if run.actual is not None:
                canvas._code.append(f"/Span <</ActualText {pdf_text(run.actual)}>> BDC")
            canvas.saveState()
            canvas.setStrokeColor(canvas._fillColorObj)
            canvas.setLineWidth(run.size * 0.02)
            text = canvas.beginText(x, y)
            text.setTextRenderMode(2)  # fill, then stroke the outline
            text.setFont(run.font, run.size)
            text.textOut(run.text)
            canvas.drawText(text)
            canvas.restoreState()
            if run.actual is not None:
                canvas._code.append("EMC")
        else:
            run.draw(canvas, x, y)
        x += run.width


def _start_x(line: Line, width: float, indent: float, rtl: bool) -> float:
    return width - indent - line.width if rtl else indent
