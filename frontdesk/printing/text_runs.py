"""One line of text, any script, laid out for ReportLab: font runs, bidi order and shaping.

    line = lay_out("محمد عبد الله", 24, bold=True)
    line.draw(canvas, x, y)          # Arabic joined, right to left, in an embedded Noto font

The steps, for a line:

1. **Bidi levels** from python-bidi's implementation of the Unicode Bidirectional Algorithm
   (UAX #9), run up to the resolved levels: Arabic and Hebrew are odd (right to left), Latin and
   digits even.
2. **Runs**: the line is cut wherever the level or the font changes (each character goes to the
   first font of :mod:`frontdesk.printing.fonts` that has it; spaces and marks stay with their
   neighbours).
3. **Shaping**: each run goes through HarfBuzz (uharfbuzz, via ReportLab's shaped strings) in
   logical order; HarfBuzz joins Arabic letters, places Thai and Devanagari marks, and returns
   a right-to-left run's glyphs already in visual order. Discretionary ligatures are off: they
   would turn the name Muhammad into the honorific ligature.
4. **Visual order** of the runs: UAX #9 rule L2, reversing every sequence of runs at a level of
   at least k, for k from the highest level down to 1; a right-to-left run of punctuation alone
   (HarfBuzz would keep it left to right) is reversed and its brackets mirrored here.
"""

from __future__ import annotations

import threading
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from bidi import algorithm as uax9
from bidi.mirror import MIRRORED
from reportlab.lib.abag import ABag
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import ShapedStr, shapeFragWord
from reportlab.pdfgen.canvas import Canvas

from frontdesk.printing.fonts import FontBook, font_book, is_japanese, needs_glyph

_FEATURES = {"kern": True, "liga": True}  # not dlig: no honorific ligatures in names
_BIDI_LOCK = threading.Lock()  # python-bidi's storage is per call, but keep it simple


@dataclass(frozen=True, slots=True)
class Run:
    font: str
    size: float
    text: str  # a ReportLab ShapedStr when HarfBuzz changed anything, else the plain text
    width: float
    # The characters the glyphs stand for, when the glyphs alone would not say so (conjuncts,
    # reordered vowels, a kept non-joiner): written as the PDF's ActualText, so that copying
    # or searching the page gives the name as typed.
    actual: str | None = None

    def draw(self, canvas: Canvas, x: float, y: float) -> None:
        if self.actual is not None:
            canvas._code.append(f"/Span <</ActualText {pdf_text(self.actual)}>> BDC")
        canvas.setFont(self.font, self.size)
        canvas.drawString(x, y, self.text)
        if self.actual is not None:
            canvas._code.append("EMC")


@dataclass(frozen=True, slots=True)
class Line:
    runs: tuple[Run, ...]
    width: float
    rtl: bool  # the paragraph's direction (for alignment decisions)

    def draw(self, canvas: Canvas, x: float, y: float) -> None:
        for run in self.runs:
            run.draw(canvas, x, y)
            x += run.width

    def draw_centred(self, canvas: Canvas, centre_x: float, y: float) -> None:
        self.draw(canvas, centre_x - self.width / 2, y)


def bidi_levels(text: str, base: int | None = None) -> tuple[list[int], int]:
    """Each character's resolved embedding level, and the paragraph level (0 LTR, 1 RTL):
    ``base`` when given (a line of a right-to-left page), else from the first strong letter.
    Embedding marks (LRE, RLE, PDF...) are removed (rule X9) and have no level."""
    levels, base, _text = _bidi(text, base)
    return levels, base


def _bidi(text: str, base: int | None) -> tuple[list[int], int, str]:
    storage = uax9.get_empty_storage()
    if base is None:
        base = uax9.get_base_level(text)
    storage["base_level"] = base
    storage["base_dir"] = ("L", "R")[base]
    uax9.get_embedding_levels(text, storage)
    uax9.explicit_embed_and_overrides(storage)
    uax9.resolve_weak_types(storage)
    _resolve_brackets(storage)
    uax9.resolve_neutral_types(storage, False)
    uax9.resolve_implicit_levels(storage, False)
    return _keep_joiners(text, storage["chars"], base)


def _strong(kind: str) -> str | None:
    """A resolved type as N0 sees it: L, or R (for R, AL and numbers), or None."""
    if kind == "L":
        return "L"
    if kind in ("R", "AL", "EN", "AN"):
        return "R"
    return None


def _resolve_brackets(storage: dict) -> None:
    """UAX #9 rule N0, which python-bidi's pure-Python algorithm lacks: a pair of brackets
    takes the direction of what it encloses when that matches the embedding, else of what
    precedes it. Without it "כהן (Cohen) 2" printed as "Cohen) (2 כהן"."""
    for run in storage["runs"]:
        start, length = run["start"], run["length"]
        chars = storage["chars"][start : start + length]
        stack: list[tuple[str, int]] = []
        pairs: list[tuple[int, int]] = []
        for i, ch in enumerate(chars):
            char = ch["ch"]
            if ch["type"] != "ON":
                continue
            category = unicodedata.category(char)
            if category == "Ps" and char in MIRRORED:
                if len(stack) == 63:  # BD16: too deep, no more pairs in this run
                    break
                stack.append((MIRRORED[char], i))
            elif category == "Pe":
                for depth in range(len(stack) - 1, -1, -1):
                    if stack[depth][0] == char:
                        pairs.append((stack[depth][1], i))
                        del stack[depth:]
                        break
        embedding = "R" if chars and chars[0]["level"] % 2 else "L"
        for opening, closing in sorted(pairs):
            inside = {_strong(ch["type"]) for ch in chars[opening + 1 : closing]} - {None}
            if not inside:
                continue
            if embedding in inside:
                direction = embedding
            else:
                before = run["sor"]
                for ch in reversed(chars[:opening]):
                    found = _strong(ch["type"])
                    if found:
                        before = found
                        break
                direction = before if before != embedding else embedding
            chars[opening]["type"] = chars[closing]["type"] = direction


_EMBEDDINGS = frozenset("\u202a\u202b\u202c\u202d\u202e")  # LRE RLE PDF LRO RLO


def _keep_joiners(text: str, kept: list[dict], base: int) -> tuple[list[int], int, str]:
    """Rule X9 removes the embedding marks and every boundary neutral (BN), which include the
    zero-width non-joiner and joiner: without them HarfBuzz would join شجاعی‌پور into one word.
    As UAX #9 section 5.2 allows, the joiners are kept here, at their neighbour's level."""
    levels: list[int] = []
    chars: list[str] = []
    i = 0
    for char in text:
        if i < len(kept) and kept[i]["ch"] == char:
            levels.append(kept[i]["level"])
            chars.append(char)
            i += 1
        elif char not in _EMBEDDINGS and unicodedata.bidirectional(char) == "BN":
            levels.append(kept[i - 1]["level"] if i else (kept[0]["level"] if kept else base))
            chars.append(char)
    return levels, base, "".join(chars)


def _fonts_of(text: str, book: FontBook, bold: bool, japanese: bool) -> list[str | None]:
    """Each character's font; characters that need none take their neighbour's."""
    fonts: list[str | None] = [
        book.font_for(c, bold, japanese) if needs_glyph(c) and not _is_mark(c) else None
        for c in text
    ]
    last = next((f for f in fonts if f), None)
    for i, font in enumerate(fonts):  # spaces and combining marks follow the letter before
        if font is None:
            fonts[i] = last
        else:
            last = font
    return fonts


def _is_mark(char: str) -> bool:
    return unicodedata.category(char).startswith("M")


def pdf_text(text: str) -> str:
    """A PDF text string in UTF-16 (hexadecimal, so that no character needs escaping)."""
    return "<FEFF" + text.encode("utf-16-be").hex().upper() + ">"


def _shape(text: str, font: str, size: float, source: str) -> Run:
    """``text`` in visual order shaped; ``source`` is the same span in logical order."""
    width = stringWidth(text, font, size)
    shaped = shapeFragWord([width, (ABag(fontName=font, fontSize=size), text)], _FEATURES)
    frags = shaped[1:]
    if len(frags) == 1 and hasattr(frags[0][1], "__shapeData__"):
        s = _joiners_named(frags[0][1], text, font)
        width = sum(d.x_advance for d in s.__shapeData__) * size / 1000
        glyphs = unicodedata.normalize("NFKC", str(s))
        plain = unicodedata.normalize("NFKC", text)
        if glyphs == plain or _needs_bidi(text):
            # Said by the glyphs themselves; right-to-left text too (its presentation forms
            # say it, and readers would reorder an ActualText a second time).
            return Run(font, size, s, width)
        return Run(font, size, s, width, source)
    return Run(font, size, text, width)


_JOINERS = "\u200c\u200d"


def _joiners_named(shaped: ShapedStr, text: str, font: str) -> ShapedStr:
    """HarfBuzz draws a zero-width (non-)joiner as the font's space glyph, and ReportLab
    names each glyph by the first character mapped to it: the text layer would read
    شجاعی پور. Here the joiner is mapped to that same glyph and names it, so the page shows
    HarfBuzz's glyphs and its text is what was typed."""
    if not any(j in text for j in _JOINERS):
        return shaped
    to_glyph = pdfmetrics.getFont(font).face.charToGlyph
    chars = list(shaped)
    for i, data in enumerate(shaped.__shapeData__):
        source = text[data.cluster] if 0 <= data.cluster < len(text) else ""
        if source in _JOINERS and source != chars[i] and chars[i].isspace():
            to_glyph[ord(source)] = to_glyph[ord(chars[i])]  # the same glyph, named aright
            chars[i] = source
    return ShapedStr("".join(chars), shapeData=shaped.__shapeData__)


_RTL_CLASSES = frozenset({"R", "AL", "AN", "RLE", "RLO", "RLI", "FSI", "LRE", "LRO"})


def _needs_bidi(text: str) -> bool:
    """Only text with a right-to-left character (or an embedding) needs the bidi algorithm;
    the rest is one left-to-right run, and skipping UAX #9 saves most of a Latin line's cost."""
    return any(ord(c) >= 0x0590 and unicodedata.bidirectional(c) in _RTL_CLASSES for c in text)


def lay_out(
    text: str,
    size: float,
    *,
    bold: bool = False,
    book: FontBook | None = None,
    rtl: bool | None = None,
    language: str | None = None,
) -> Line:
    """The line's runs in visual (left-to-right drawing) order, shaped. Call
    :meth:`FontBook.check` first to refuse text that no font covers. Lines are kept (they are
    immutable): a batch lays out "PATIENT" and "Valid 30 Nov 2026 until 19:00" once.

    ``rtl`` sets the paragraph direction (a line of an Arabic page that starts with a Latin
    place name is still ordered right to left); by default the first strong letter decides.
    ``language`` (BCP 47) picks glyph shapes where languages differ: Japanese kanji are drawn
    in a Japanese font (a text with kana is taken for Japanese without it)."""
    japanese = is_japanese(text, language)
    return _lay_out(text, float(size), bold, book or font_book(), rtl, japanese)


@lru_cache(maxsize=8192)
def _lay_out(
    text: str,
    size: float,
    bold: bool,
    book: FontBook,
    rtl: bool | None = None,
    japanese: bool = False,
) -> Line:
    if not text:
        return Line((), 0.0, bool(rtl))
    if rtl or _needs_bidi(text):
        with _BIDI_LOCK:
            levels, base, text = _bidi(text, None if rtl is None else int(rtl))
        if not text:
            return Line((), 0.0, bool(base))
    else:
        levels, base = [0] * len(text), 0
    fonts = _fonts_of(text, book, bold, japanese)
    fallback = book.font_for("A", bold) or "Helvetica"
    spans: list[tuple[int, str, str]] = []  # (level, font, logical text)
    start = 0
    for i in range(1, len(text) + 1):
        if i == len(text) or levels[i] != levels[start] or fonts[i] != fonts[start]:
            spans.append((levels[start], fonts[start] or fallback, text[start:i]))
            start = i
    order = list(range(len(spans)))
    highest = max(level for level, _f, _t in spans)
    lowest_odd = min((lvl for lvl, _f, _t in spans if lvl % 2), default=highest + 1)
    for k in range(highest, max(lowest_odd, 1) - 1, -1):
        i = 0
        while i < len(order):
            if spans[order[i]][0] >= k:
                j = i
                while j < len(order) and spans[order[j]][0] >= k:
                    j += 1
                order[i:j] = reversed(order[i:j])
                i = j
            else:
                i += 1
    runs = tuple(
        _shape(_visual(spans[i][2], spans[i][0]), spans[i][1], size, spans[i][2]) for i in order
    )
    return Line(runs, sum(r.width for r in runs), bool(base))


def _visual(text: str, level: int) -> str:
    """A right-to-left span that HarfBuzz would take for left-to-right (only punctuation and
    spaces, such as the ": " after an Arabic label or a bracket between Arabic words, set in
    the Latin font) is reversed here, its brackets mirrored (UAX #9 rules L2 and L4); spans
    with Arabic or Hebrew letters HarfBuzz returns in visual order itself."""
    if level % 2 == 0 or (len(text) == 1 and text not in MIRRORED) or _needs_bidi(text):
        return text
    return "".join(MIRRORED.get(c, c) for c in reversed(text))


def fit(
    text: str,
    max_width: float,
    max_size: float,
    min_size: float,
    *,
    bold: bool = False,
    book: FontBook | None = None,
) -> Line:
    """The line at the largest size up to ``max_size`` that fits ``max_width``; at ``min_size``
    a text still too wide is cut at a word (or character) boundary and ends in an ellipsis."""
    line = lay_out(text, max_size, bold=bold, book=book)
    if line.width <= max_width:
        return line
    size = max(min_size, max_size * max_width / line.width)
    line = lay_out(text, size, bold=bold, book=book)
    while line.width > max_width and size > min_size:
        size = max(min_size, size * 0.95)
        line = lay_out(text, size, bold=bold, book=book)
    if line.width <= max_width:
        return line
    cut = text
    while len(cut) > 1:
        cut = cut[: max(1, int(len(cut) * 0.9))].rstrip()
        line = lay_out(cut + "…", size, bold=bold, book=book)
        if line.width <= max_width:
            return line
    return line
