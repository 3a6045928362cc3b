"""Barcodes (GTIN) and HS codes as officers type or scan them.

GTINs are validated with python-stdnum and kept in one canonical form, the 14-digit GTIN, so that
a UPC-A, its 13-digit EAN form and the GTIN-14 with a zero indicator all find the same product.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from stdnum import ean
from stdnum.exceptions import InvalidChecksum, ValidationError

from idguide.catalog.errors import InvalidCodeError
from idguide.catalog.i18n import _

_SEPARATORS = re.compile(r"[\s\-.]")
_GTIN_LENGTHS = (8, 12, 13, 14)


def looks_like_gtin(text: str) -> bool:
    """True when ``text`` is only digits (spaces and dashes allowed) of a GTIN length."""
    digits = _SEPARATORS.sub("", text)
    return digits.isdigit() and len(digits) in _GTIN_LENGTHS


def looks_like_number(text: str) -> bool:
    """True when ``text`` is digits only (spaces, dots and dashes allowed): a barcode, a part of
    one, an HS code or a numeric model number, never a name."""
    return _SEPARATORS.sub("", text).isdigit()


def normalize_gtin(text: str) -> str:
    """Return the GTIN-14 form of an EAN-8, UPC-A, EAN-13 or GTIN-14, or raise InvalidCodeError."""
    digits = _SEPARATORS.sub("", text.strip())
    if not digits.isdigit() or len(digits) not in _GTIN_LENGTHS:
        raise InvalidCodeError(
            _("{text!r} is not a barcode number: a GTIN has 8, 12, 13 or 14 digits.").format(
                text=text
            )
        )
    try:
        ean.validate(digits)
    except InvalidChecksum:
        expected = ean.calc_check_digit(digits[:-1])
        raise InvalidCodeError(
            _(
                "Barcode {digits} has a wrong check digit (the last digit should be "
                "{expected}). Scan it again or type it carefully; a wrong check digit "
                "can also mark a fake label."
            ).format(digits=digits, expected=expected)
        ) from None
    except ValidationError as exc:
        raise InvalidCodeError(
            _("Barcode {digits} is not valid: {error}").format(digits=digits, error=exc)
        ) from None
    return digits.zfill(14)


def display_gtin(gtin14: str) -> str:
    """The shortest usual form of a stored GTIN-14 (EAN-13 or EAN-8 where the zeros allow)."""
    if gtin14.startswith("000000"):
        return gtin14[6:]
    if gtin14.startswith("0"):
        return gtin14[1:]
    return gtin14


_HS = re.compile(r"^\d{4}(\d{2}){0,3}$")


def normalize_hs(text: str) -> str:
    """HS/CN/TARIC code as bare digits ("8204.11" -> "820411"), or raise InvalidCodeError."""
    digits = _SEPARATORS.sub("", text.strip())
    if not _HS.match(digits):
        raise InvalidCodeError(
            _("{text!r} is not an HS code: use 4, 6, 8 or 10 digits, e.g. 8204.11.").format(
                text=text
            )
        )
    return digits


def display_hs(code: str) -> str:
    """An HS/CN/TARIC code as declarations print it: "820411" -> "8204.11", "85171300" ->
    "8517.13.00". The one form for every text and PDF (JSON keeps the bare digits)."""
    if not code.isdigit() or len(code) <= 4:
        return code
    pairs = [code[i : i + 2] for i in range(4, len(code), 2)]
    return ".".join([code[:4], *pairs])


def looks_like_hs(text: str) -> bool:
    return bool(_HS.match(_SEPARATORS.sub("", text.strip())))


# A GS1 company prefix: the first 4 to 12 digits of a barcode's 13-digit form, as GS1 assigns
# them to a company (the trust store binds them; a bundle may declare its own).
PREFIX_PATTERN = re.compile(r"\A\d{4,12}\Z")


def prefix_of(gtin14: str, prefixes: Iterable[str]) -> str | None:
    """The longest of ``prefixes`` that ``gtin14``'s company part (after the indicator digit)
    starts with."""
    company = gtin14[1:]
    found = [p for p in prefixes if company.startswith(p)]
    return max(found, key=len) if found else None
