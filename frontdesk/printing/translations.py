"""The printed pages' own words in the patient's language: gettext catalogs read at run time.

    words = page_language("pt-BR")          # -> the Portuguese catalog, Babel locale pt_BR
    words.code, words.rtl                   # ('pt', False)
    words("Visit summary")                  # 'Resumo da visita'
    words("Page {page} of {pages}", page=1, pages=2)
    words.date(dt.date(2026, 11, 30))       # 'segunda-feira, 30 de novembro de 2026'

One catalog a language: ``resources/locale/<lang>/LC_MESSAGES/summary.po``, an ordinary gettext
file that Poedit, Lokalize, Weblate or a text editor opens (``resources/locale/summary.pot`` is
the template). Adding a language is adding a file: no code, no compile step (Babel's
``read_po`` parses it on first use, in a few milliseconds). Untranslated and fuzzy entries print
in English, as gettext does.

A language tag is matched from the most specific to the least: ``pt-BR`` finds ``pt_BR`` if
there is one, else ``pt``; ``zh-Hans-CN`` finds ``zh_Hans``, else ``zh``; a language with no
catalog (or no tag at all) prints in English. Dates and times follow the asked locale (Brazilian
Portuguese dates for ``pt-BR`` even when the words come from ``pt``); the page runs right to
left when the language is written so (CLDR's character order), so a Hebrew catalog dropped in
would lay out right to left too.
"""

from __future__ import annotations

import datetime as dt
import threading
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from babel import Locale, UnknownLocaleError
from babel.core import get_global
from babel.dates import format_date, format_time
from babel.messages.pofile import read_po

from frontdesk.resource_dirs import resource_dir

LOCALE_DIR = resource_dir("locale")
DOMAIN = "summary"
FALLBACK = "en"
_LOCK = threading.Lock()


def catalog_path(code: str) -> Path:
    return LOCALE_DIR / code / "LC_MESSAGES" / f"{DOMAIN}.po"


def available_languages() -> list[str]:
    """The catalog codes on disk (``en``, ``pt``, ``zh``...), English first."""
    codes = sorted(p.parent.parent.name for p in LOCALE_DIR.glob(f"*/LC_MESSAGES/{DOMAIN}.po"))
    return sorted(codes, key=lambda code: code != FALLBACK)


def _parse(tag: str | None) -> Locale | None:
    if not tag or not tag.strip():
        return None
    try:
        return Locale.parse(tag.strip().replace("-", "_"))
    except (ValueError, TypeError, UnknownLocaleError):
        return None


def catalog_code(tag: str | None) -> str:
    """The catalog that prints ``tag``: the most specific match, else English."""
    locale = _parse(tag)
    if locale is None:
        return FALLBACK
    on_disk = {code.lower(): code for code in available_languages()}
    candidates = [
        "_".join(p for p in (locale.language, locale.script, locale.territory) if p),
        "_".join(p for p in (locale.language, locale.script) if p),
        "_".join(p for p in (locale.language, locale.territory) if p),
        locale.language,
    ]
    for candidate in candidates:
        if candidate.lower() in on_disk:
            return on_disk[candidate.lower()]
    return FALLBACK


@cache
def _messages(code: str) -> dict[str, str]:
    """msgid -> translation, without the untranslated and fuzzy entries."""
    path = catalog_path(code)
    if not path.exists():
        return {}
    with _LOCK, path.open("rb") as handle:
        catalog = read_po(handle, locale=None, domain=DOMAIN)
    return {
        str(m.id): str(m.string)
        for m in catalog
        if m.id and isinstance(m.id, str) and m.string and not m.fuzzy
    }


@dataclass(frozen=True, slots=True)
class PageLanguage:
    """The words, date and time formats and direction of one printed page."""

    code: str  # the catalog's code: "en", "pt", "zh"
    locale: Locale  # for dates and times: the asked one when its language has the catalog
    rtl: bool

    def __call__(self, message: str, /, **values: object) -> str:
        text = _messages(self.code).get(message, message)
        return text.format(**values) if values else text

    def date(self, day: dt.date, format: str = "full") -> str:
        return format_date(day, format, locale=self.locale)

    def time(self, moment: dt.datetime | dt.time) -> str:
        return format_time(moment, "short", locale=self.locale)

    def language_name(self, tag: str | None) -> str | None:
        """A language's name in this page's language ("árabe" on a Spanish page)."""
        other = _parse(tag)
        if other is None:
            return tag
        return other.get_display_name(self.locale) or tag


@cache
def page_language(tag: str | None) -> PageLanguage:
    """The page's language for a patient's preferred language (a BCP 47 tag) or a choice."""
    code = catalog_code(tag)
    asked = _parse(tag)
    locale = Locale.parse(code)
    # Dates in the asked variant (pt_BR, en_GB) when it is the catalog's language written in
    # the catalog's script: Traditional Chinese dates under Simplified words would mix scripts.
    if (
        asked is not None
        and asked.language == locale.language
        and _script(asked) == _script(locale)
    ):
        locale = asked
    return PageLanguage(code, locale, locale.character_order == "right-to-left")


def _script(locale: Locale) -> str | None:
    if locale.script:
        return locale.script
    likely = get_global("likely_subtags").get(locale.language)
    return Locale.parse(likely).script if likely else None
