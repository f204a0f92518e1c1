"""The lists a receptionist picks from: countries (ISO 3166-1) and languages (BCP 47 tags).

    >>> countries()[0]
    ('AFG', 'Afghanistan')
    >>> dict(languages())["ar"]
    'Arabic — العربية'
    >>> language_english_name("pt-BR")
    'Portuguese (Brazil)'
    >>> country_name("KOR")
    'Korea, Republic of'

Countries come from pycountry (the ISO 3166 data, maintained), language names from Babel (the
CLDR data), each also shown in its own language so that a patient can point at it.
"""

from __future__ import annotations

from functools import cache

# pycountry and Babel load their data on import (a tenth of a second together): they are
# imported where first needed, not when the window starts.

# The languages an International Patient Center books interpreters for most; any other BCP 47
# tag can still be typed in.
COMMON_LANGUAGES = (
    "ar",
    "bn",
    "de",
    "el",
    "en",
    "es",
    "es-MX",
    "fa",
    "fr",
    "he",
    "hi",
    "id",
    "it",
    "ja",
    "kk",
    "ko",
    "ms",
    "nl",
    "pl",
    "pt",
    "pt-BR",
    "ru",
    "sw",
    "th",
    "tr",
    "uk",
    "ur",
    "vi",
    "yo",
    "zh-Hans",
    "zh-Hant",
)


@cache
def countries() -> list[tuple[str, str]]:
    """(alpha-3, English name), by name."""
    import pycountry

    return sorted(((c.alpha_3, c.name) for c in pycountry.countries), key=lambda c: c[1])


@cache
def country_name(code: str | None) -> str | None:
    if not code:
        return None
    import pycountry

    found = pycountry.countries.get(alpha_3=code.upper()) or pycountry.countries.get(
        alpha_2=code.upper()
    )
    return found.name if found else code


@cache
def languages() -> list[tuple[str, str]]:
    """(BCP 47 tag, "English name — own name"), by English name."""
    result = [(tag, language_name(tag) or tag) for tag in COMMON_LANGUAGES]
    return sorted(result, key=lambda item: item[1])


@cache
def language_name(tag: str | None) -> str | None:
    if not tag:
        return None
    from babel import Locale, UnknownLocaleError

    try:
        locale = Locale.parse(tag.replace("-", "_"))
    except (ValueError, UnknownLocaleError):
        return tag
    english = locale.get_display_name("en") or tag
    own = locale.get_display_name(locale) or ""
    return f"{english} — {own}" if own and own != english else english


@cache
def language_english_name(tag: str | None) -> str | None:
    """The language's name in English only ("Arabic", "Portuguese (Brazil)"): reading one
    locale's data, where :func:`language_name` reads each language's own (0.02 s apiece)."""
    if not tag:
        return None
    from babel import Locale, UnknownLocaleError

    try:
        return Locale.parse(tag.replace("-", "_")).get_display_name("en") or tag
    except (ValueError, UnknownLocaleError):
        return tag
