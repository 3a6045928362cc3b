"""Search as the officer sees it: index hits turned into result rows."""

from __future__ import annotations

from dataclasses import dataclass, field

from idguide.catalog.categories import get_category
from idguide.catalog.finding.facets import FacetCounts
from idguide.catalog.finding.request import Filters
from idguide.catalog.model import ProductSummary
from idguide.catalog.progress import ProgressFn
from idguide.catalog.read import summaries
from idguide.catalog.store import Catalog


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
    filters = _filters(category, brand, lang)
    found = catalog.index.search(
        query,
        category=filters.category,
        brand=filters.brand,
        lang=filters.lang,
        limit=limit,
        include_hidden=include_hidden,
    )
    rows = summaries(catalog, [hit.id for hit in found.hits], display_lang or filters.lang)
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
    filters = _filters(category, brand, lang)
    return catalog.index.count(
        query,
        category=filters.category,
        brand=filters.brand,
        lang=filters.lang,
        include_hidden=include_hidden,
        progress=progress,
    )


def _filters(category: str | None, brand: str | None, lang: str | None) -> Filters:
    filters = Filters.of(category, brand, lang)
    if filters.category:
        get_category(filters.category)  # an unknown one is an error, not an empty list
    return filters
