"""Search as the officer sees it: index hits turned into result rows."""

from __future__ import annotations

from dataclasses import dataclass, field

from idguide.catalog.categories import get_category
from idguide.catalog.finding.facets import FacetCounts
from idguide.catalog.model import ProductSummary
from idguide.catalog.progress import ProgressFn
from idguide.catalog.read import summaries
from idguide.catalog.store import Catalog

MAX_QUERY_CHARS = 500


@dataclass
class Results:
    rows: list[ProductSummary] = field(default_factory=list)
    suggestion: str | None = None
    gtin: str | None = None


def search(
    catalog: Catalog,
    query: str,
    *,
    category: str | None = None,
    brand: str | None = None,
    lang: str | None = None,
    limit: int = 20,
    include_hidden: bool = False,
    display_lang: str | None = None,
) -> Results:
    """Find products for ``query``; rows carry the score and what matched.

    ``lang`` keeps only entries written in that language (and names rows in it);
    ``display_lang`` only names the rows, so entries in other languages are still found.
    """
    if category:
        get_category(category)  # an unknown one is an error, not an empty list
    found = catalog.index.search(
        query[:MAX_QUERY_CHARS],
        category=category,
        brand=brand,
        lang=lang,
        limit=max(1, min(limit, 1000)),
        include_hidden=include_hidden,
    )
    rows = summaries(catalog, [hit.id for hit in found.hits], display_lang or lang)
    by_id = {hit.id: hit for hit in found.hits}
    for row in rows:
        row.score, row.matched = by_id[row.id].score, by_id[row.id].matched
    return Results(rows, found.suggestion, found.gtin)


def count(
    catalog: Catalog,
    query: str,
    *,
    category: str | None = None,
    brand: str | None = None,
    lang: str | None = None,
    include_hidden: bool = False,
    progress: ProgressFn | None = None,
) -> FacetCounts:
    """How many products :func:`search` finds with the same arguments when not limited, and
    how many per category, brand and content language (each counted with the other filters)."""
    if category:
        get_category(category)
    return catalog.index.count(
        query[:MAX_QUERY_CHARS],
        category=category,
        brand=brand,
        lang=lang,
        include_hidden=include_hidden,
        progress=progress,
    )
