"""Money at the desk: exact decimals in an ISO 4217 currency, stored as minor units, shown by Babel.

    >>> amount = parse_amount("12,500.50", "USD")
    >>> amount, to_minor(amount, "USD"), from_minor(1250050, "USD")
    (Decimal('12500.50'), 1250050, Decimal('12500.50'))
    >>> format_money(parse_amount("1250.5", "KWD"), "KWD", "en"), format_money(Decimal(9800), "JPY")
    ('KWD1,250.500', '¥9,800')
    >>> format_money(parse_amount("12500", "SAR"), "SAR", "ar")
    '\u200f12,500.00\xa0ر.س.\u200f'
    >>> parse_amount("10.005", "USD")
    Traceback (most recent call last):
    ...
    frontdesk.errors.InputError: amount '10.005': USD has 2 decimals, not 3

The number of decimals is the currency's (CLDR, through Babel): two for USD and EUR, three for
KWD, BHD and OMR, none for JPY and KRW. An amount with more decimals than its currency is
refused rather than rounded: someone typed the wrong amount or the wrong currency.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from babel import Locale
from babel.numbers import (
    NumberFormatError,
    UnknownCurrencyError,
    format_currency,
    get_currency_precision,
    parse_decimal,
    validate_currency,
)

from frontdesk.errors import InputError

MAX_DIGITS = 15  # 10^13 of anything with two decimals: beyond any hospital bill


def currency_code(text: str, *, what: str = "currency") -> str:
    """An ISO 4217 code, upper-cased; refused when CLDR does not know it.

    >>> currency_code(" usd "), currency_code("kwd")
    ('USD', 'KWD')
    """
    code = (text or "").strip().upper()
    try:
        validate_currency(code)
    except UnknownCurrencyError:
        raise InputError(
            f"{what} {text!r} is not an ISO 4217 currency code (USD, EUR, SAR...)"
        ) from None
    return code


def decimals(currency: str) -> int:
    return get_currency_precision(currency)


def parse_amount(text: str | Decimal, currency: str, *, what: str = "amount") -> Decimal:
    """A positive amount typed at the desk ("12,500.00", "12500"), exact, with no more decimals
    than the currency has (and exactly that many in the Decimal returned)."""
    if isinstance(text, Decimal):
        value = text
        shown = str(text)
    else:
        shown = (text or "").strip()
        try:
            value = parse_decimal(shown.replace(" ", "").replace("\u202f", ""), locale="en")
        except (NumberFormatError, InvalidOperation):
            raise InputError(f"{what} {shown!r} is not an amount (e.g. 12500.00)") from None
    if not value.is_finite() or value <= 0:
        raise InputError(f"{what} {shown!r} must be more than zero")
    places = decimals(currency)
    exponent = value.normalize().as_tuple().exponent
    used = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    if used > places:
        raise InputError(
            f"{what} {shown!r}: {currency} has {places} decimal{'s' if places != 1 else ''}, "
            f"not {used}"
        )
    quantized = value.quantize(Decimal(1).scaleb(-places))
    if len(quantized.as_tuple().digits) > MAX_DIGITS:
        raise InputError(f"{what} {shown!r} is too large")
    return quantized


def to_minor(amount: Decimal, currency: str) -> int:
    return int(amount.scaleb(decimals(currency)))


def from_minor(minor: int, currency: str) -> Decimal:
    return Decimal(minor).scaleb(-decimals(currency))


def format_money(amount: Decimal, currency: str, locale: str | Locale = "en") -> str:
    """The amount as a reader of ``locale`` writes it (CLDR's pattern, symbol and digits)."""
    return format_currency(amount, currency, locale=locale)
