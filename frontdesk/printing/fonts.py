"""The fonts that print names in every script, found once and registered with ReportLab.

Each *face* covers a group of scripts; a character is printed in the first face whose font has
a glyph for it. The faces are chosen from the scripts the world's patients write their names
in (Latin with Vietnamese, Cyrillic, Greek, Armenian, Georgian, Arabic with Persian and Urdu,
Hebrew, Devanagari, Bengali, Gurmukhi, Tamil, Telugu, Sinhala, Thai, Lao, Khmer, Myanmar,
Ethiopic, Chinese, Japanese, Korean), not from what happens to be installed. Fonts are looked
for in ``resources/fonts`` (the bundle's copies), then in the system's font directories: Noto
(Debian ``fonts-noto-core``), WenQuanYi Micro Hei (``fonts-wqy-microhei``: Chinese, kana and
Hangul in TrueType outlines, which ReportLab can embed, unlike the CFF outlines of Noto CJK),
Morisawa BIZ UD Gothic (``fonts-morisawa-bizud-gothic``: Japanese names in Japanese glyph
shapes, :data:`JAPANESE_FACES`), DejaVu, and the Windows and macOS fonts that cover the same
scripts. ``scripts/bootstrap`` installs the Debian packages; ``packaging/build`` copies the
same files into the bundle (tests/unit/test_packaging.py keeps the lists alike).

A text whose characters no available font covers raises :class:`UncoveredText`, naming the
characters, so that nothing prints as empty boxes.

Which face has a character is read from each file's character map by HarfBuzz (a fraction of a
millisecond a file); ReportLab parses a file whole (tens of milliseconds for a CJK face) only
when one of its characters is to be printed: a batch of Latin and Arabic names never loads the
Thai, Ethiopic or CJK faces, and a Chinese name does not load every face before CJK.
"""

from __future__ import annotations

import os
import sys
import threading
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import uharfbuzz as hb
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from frontdesk.errors import InputError
from frontdesk.resource_dirs import resource_dir

RESOURCE_FONTS = resource_dir("fonts")


@dataclass(frozen=True, slots=True)
class Face:
    """One role in the fallback chain: candidate files for its regular and bold weights."""

    name: str
    regular: tuple[str, ...]
    bold: tuple[str, ...]


def _noto(script: str, windows: str, windows_bold: str) -> Face:
    """A face of one script: Noto Sans <script> (Debian ``fonts-noto-core``), else Windows'."""
    return Face(
        script,
        (f"NotoSans{script}-Regular.ttf", windows),
        (f"NotoSans{script}-Bold.ttf", windows_bold),
    )


# In order of preference: the first face with a glyph prints the character. Latin comes first
# (Vietnamese, Cyrillic and Greek are in Noto Sans too); CJK last, since its Latin is poorer.
FACES: tuple[Face, ...] = (
    Face(
        "Latin",
        ("NotoSans-Regular.ttf", "DejaVuSans.ttf", "arial.ttf", "Arial.ttf"),
        ("NotoSans-Bold.ttf", "DejaVuSans-Bold.ttf", "arialbd.ttf", "Arial Bold.ttf"),
    ),
    Face(
        "Arabic",
        ("NotoSansArabic-Regular.ttf", "NotoNaskhArabic-Regular.ttf", "arial.ttf"),
        ("NotoSansArabic-Bold.ttf", "NotoNaskhArabic-Bold.ttf", "arialbd.ttf"),
    ),
    Face(
        "Hebrew",
        ("NotoSansHebrew-Regular.ttf", "arial.ttf"),
        ("NotoSansHebrew-Bold.ttf", "arialbd.ttf"),
    ),
    Face(
        "Thai",
        ("NotoSansThai-Regular.ttf", "tahoma.ttf", "Tahoma.ttf"),
        ("NotoSansThai-Bold.ttf", "tahomabd.ttf", "Tahoma Bold.ttf"),
    ),
    Face(
        "Devanagari",
        ("NotoSansDevanagari-Regular.ttf", "Nirmala.ttf", "mangal.ttf"),
        ("NotoSansDevanagari-Bold.ttf", "NirmalaB.ttf", "mangalb.ttf"),
    ),
    Face(
        "Armenian",
        ("NotoSansArmenian-Regular.ttf", "sylfaen.ttf"),
        ("NotoSansArmenian-Bold.ttf", "sylfaen.ttf"),
    ),
    Face(
        "Georgian",
        ("NotoSansGeorgian-Regular.ttf", "sylfaen.ttf"),
        ("NotoSansGeorgian-Bold.ttf", "sylfaen.ttf"),
    ),
    _noto("Bengali", "Nirmala.ttf", "NirmalaB.ttf"),
    _noto("Gurmukhi", "Nirmala.ttf", "NirmalaB.ttf"),
    _noto("Tamil", "Nirmala.ttf", "NirmalaB.ttf"),
    _noto("Telugu", "Nirmala.ttf", "NirmalaB.ttf"),
    _noto("Sinhala", "Nirmala.ttf", "NirmalaB.ttf"),
    _noto("Lao", "LeelawUI.ttf", "LeelaUIb.ttf"),
    _noto("Khmer", "LeelawUI.ttf", "LeelaUIb.ttf"),
    _noto("Myanmar", "mmrtext.ttf", "mmrtextb.ttf"),
    _noto("Ethiopic", "ebrima.ttf", "ebrimabd.ttf"),
    Face(
        "CJK",
        ("wqy-microhei.ttc", "wqy-zenhei.ttc", "malgun.ttf", "simhei.ttf", "msyh.ttc"),
        ("wqy-microhei.ttc", "wqy-zenhei.ttc", "malgunbd.ttf", "simhei.ttf", "msyhbd.ttc"),
    ),
    Face(
        "Symbols",
        ("DejaVuSans.ttf",),
        ("DejaVuSans-Bold.ttf",),
    ),
)


# Japanese names in Japanese glyph shapes (Chinese fonts draw 直, 骨, 海 the Chinese way): for a
# Japanese text this face comes before the Chinese one. BIZ UDPGothic (Debian
# ``fonts-morisawa-bizud-gothic``, OFL) has TrueType outlines and a real bold.
JAPANESE = Face(
    "Japanese",
    ("BIZUDPGothic-Regular.ttf", "YuGothM.ttc", "meiryo.ttc", "msgothic.ttc"),
    ("BIZUDPGothic-Bold.ttf", "YuGothB.ttc", "meiryob.ttc", "msgothic.ttc"),
)
_CJK_AT = next(i for i, face in enumerate(FACES) if face.name == "CJK")
JAPANESE_FACES: tuple[Face, ...] = (*FACES[:_CJK_AT], JAPANESE, *FACES[_CJK_AT:])


def is_japanese(text: str, language: str | None = None) -> bool:
    """A Japanese text: the language says so, or it has kana (Chinese has none)."""
    if language and language.replace("_", "-").split("-")[0].lower() == "ja":
        return True
    return any("\u3040" <= c <= "\u30ff" or "\u31f0" <= c <= "\u31ff" for c in text)


class UncoveredText(InputError):
    """No font on this machine has glyphs for some characters of a text to print."""


def _font_dirs() -> list[Path]:
    dirs = [RESOURCE_FONTS]
    extra = os.environ.get("FRONTDESK_FONT_DIRS")
    if extra:
        dirs += [Path(p) for p in extra.split(os.pathsep) if p]
    if sys.platform == "win32":
        windir = Path(os.environ.get("WINDIR", r"C:\Windows"))
        dirs += [windir / "Fonts", Path.home() / "AppData/Local/Microsoft/Windows/Fonts"]
    elif sys.platform == "darwin":
        dirs += [Path("/Library/Fonts"), Path("/System/Library/Fonts")]
        dirs.append(Path.home() / "Library/Fonts")
    else:
        dirs += [Path("/usr/share/fonts"), Path("/usr/local/share/fonts"), Path.home() / ".fonts"]
        dirs.append(Path.home() / ".local/share/fonts")
    return [d for d in dirs if d.is_dir()]


class FontBook:
    """The faces found on this machine, registered with ReportLab under ``FD-<face>[-Bold]``."""

    def __init__(self, dirs: list[Path] | None = None) -> None:
        self._files = self._index(dirs if dirs is not None else _font_dirs())
        self._lock = threading.Lock()
        self._registered: dict[str, TTFont | None] = {}
        self._covered: dict[str, tuple[Path, hb.Set] | None] = {}
        self._char_font: dict[tuple[str, bool, bool], str | None] = {}

    @staticmethod
    def _index(dirs: list[Path]) -> dict[str, Path]:
        """File name -> path; the first directory that has a name wins."""
        found: dict[str, Path] = {}
        for root in dirs:
            for dirpath, _dirs, files in os.walk(root):
                for name in files:
                    if name.lower().endswith((".ttf", ".ttc")):
                        found.setdefault(name, Path(dirpath) / name)
        return found

    def _font(self, face: Face, bold: bool) -> TTFont | None:
        name = f"FD-{face.name}{'-Bold' if bold else ''}"
        if name in self._registered:
            return self._registered[name]
        with self._lock:
            if name not in self._registered:
                self._registered[name] = self._load(name, face.bold if bold else face.regular)
        return self._registered[name]

    def _covers(self, face: Face, bold: bool, code: int) -> bool:
        """Whether the file :meth:`_load` would take for the face has a glyph for ``code``,
        from its character map alone (no ReportLab parse)."""
        covered = self._file(face, bold)
        return covered is not None and code in covered[1]

    def _file(self, face: Face, bold: bool) -> tuple[Path, hb.Set] | None:
        """The file of the face's weight that ReportLab would take, and its code points."""
        name = f"FD-{face.name}{'-Bold' if bold else ''}"
        if name not in self._covered:
            with self._lock:
                if name not in self._covered:
                    self._covered[name] = self._coverage(face.bold if bold else face.regular)
        return self._covered[name]

    def synthetic_bold(self, font_name: str) -> bool:
        """True for a bold that is the regular file again (WenQuanYi Micro Hei has no bold):
        a face whose bold candidates fall back to its regular file."""
        face = next((f for f in (*FACES, JAPANESE) if f"FD-{f.name}-Bold" == font_name), None)
        if face is None:
            return False
        bold, regular = self._file(face, True), self._file(face, False)
        return bold is not None and regular is not None and bold[0] == regular[0]

    def _coverage(self, candidates: tuple[str, ...]) -> tuple[Path, hb.Set] | None:
        """The code points of the first candidate ReportLab can embed: TrueType outlines (not
        CFF), embedding allowed (ReportLab refuses fsType 0x0002, 0x0100 and 0x0200)."""
        for file_name in candidates:
            path = self._files.get(file_name)
            if path is None:
                continue
            try:
                face = hb.Face(hb.Blob.from_file_path(str(path)), 0)
            except Exception:  # unreadable: _load skips it too
                continue
            os2 = face.reference_table("OS/2").data
            fs_type = int.from_bytes(os2[8:10], "big") if len(os2) >= 10 else 0
            if not face.reference_table("glyf").data or fs_type == 2 or fs_type & 0x0300:
                continue
            return path, face.unicodes
        return None

    def _load(self, name: str, candidates: tuple[str, ...]) -> TTFont | None:
        for file_name in candidates:
            path = self._files.get(file_name)
            if path is None:
                continue
            try:
                font = TTFont(name, str(path), subfontIndex=0)
            except TTFError:
                continue  # CFF outlines or a broken file: try the next candidate
            pdfmetrics.registerFont(font)
            return font
        return None

    def available(self) -> dict[str, str]:
        """Face name -> the file its regular weight comes from (for `frontdesk fonts`)."""
        result = {}
        for face in JAPANESE_FACES:
            font = self._font(face, False)
            if font is not None:
                result[face.name] = font.face.filename
        return result

    def font_for(self, char: str, bold: bool = False, japanese: bool = False) -> str | None:
        """The registered font name that prints ``char``, or None when no face covers it;
        ``japanese`` prefers Japanese glyph shapes for kanji."""
        key = (char, bold, japanese)
        if key in self._char_font:
            return self._char_font[key]
        code = ord(char)
        chosen = None
        for face in JAPANESE_FACES if japanese else FACES:
            if not self._covers(face, bold, code):
                continue  # not parsed by ReportLab for nothing
            font = self._font(face, bold)
            if font is not None and code in font.face.charToGlyph:
                chosen = font.fontName
                break
        self._char_font[key] = chosen
        return chosen

    def missing(self, text: str) -> list[str]:
        """The characters of ``text`` that no font has, each once, in code point order."""
        return sorted({c for c in text if needs_glyph(c) and self.font_for(c) is None})

    def check(self, text: str, what: str = "text") -> None:
        """Raise :class:`UncoveredText` naming the characters of ``text`` that no font has."""
        missing = self.missing(text)
        if missing:
            shown = ", ".join(f"'{c}' U+{ord(c):04X} {unicodedata.name(c, '?')}" for c in missing)
            raise UncoveredText(f"no installed font can print {shown}", where=what)


def needs_glyph(char: str) -> bool:
    """False for spaces and invisible format characters (joiners, direction marks)."""
    return not (char.isspace() or unicodedata.category(char) in ("Cf", "Cc", "Zs"))


_BOOK: FontBook | None = None
_BOOK_LOCK = threading.Lock()


def font_book() -> FontBook:
    """The process's font book, built on first use (a directory walk, about 10 ms)."""
    global _BOOK
    if _BOOK is None:
        with _BOOK_LOCK:
            if _BOOK is None:
                _BOOK = FontBook()
    return _BOOK
