"""What a search may be asked: the text typed, its filters and how many results.

One place for these rules, used by every search and count (:mod:`idguide.catalog.finding.index`),
so the command line, the app's search box and the core agree on them.
"""

from __future__ import annotations

from dataclasses import dataclass

from idguide.catalog.errors import IdguideError
from idguide.catalog.i18n import _

# Long enough for a GS1 Digital Link URL that a 2D scanner types (with its lot, serial and
# expiry date), short enough that a pasted document is refused with a message.
MAX_QUERY_CHARS = 2_000
MAX_RESULTS = 1_000  # the most results one search returns


class QueryTooLongError(IdguideError):
    """The search text is longer than :data:`MAX_QUERY_CHARS`."""


def checked_query(query: str) -> str:
    """``query`` as the officer typed it; QueryTooLongError if it is over the limit."""
    text = str(query)
    if len(text) > MAX_QUERY_CHARS:
        raise QueryTooLongError(
            _(
                "The search text is {count:,} characters long; the limit is "
                "{max_query_chars:,}. Search for part of it, e.g. the barcode's digits "
                "or a product name."
            ).format(count=len(text), max_query_chars=MAX_QUERY_CHARS)
        )
    return text


@dataclass(frozen=True)
class Filters:
    """The filters of a search, each None for "any": a category id, a brand (id or name) and
    a content language code."""

    category: str | None = None
    brand: str | None = None
    lang: str | None = None

    @classmethod
    def of(cls, category: str | None, brand: str | None, lang: str | None) -> Filters:
        """The filters as given by a caller: blank or missing means any; spaces around a value
        do not count; a language code is lower-case."""
        chosen = [(value or "").strip() or None for value in (category, brand, lang)]
        category, brand, lang = chosen
        return cls(category, brand, lang.lower() if lang else None)


def result_limit(limit: int) -> int:
    """``limit`` kept between one and :data:`MAX_RESULTS`."""
    return max(1, min(int(limit), MAX_RESULTS))
