"""Search: find a product by brand, name, code, category or text, as the officer types.

The index is a whoosh index beside the catalogue (:mod:`.index`), built from the catalogue's rows
(:mod:`.documents`, :mod:`.build`, :mod:`.parallel`) and asked through :func:`search` and
:func:`count` (:mod:`.results`), which turn its hits into result rows and per-filter counts.
"""

from typing import TYPE_CHECKING

from idguide.catalog.lazy import exports

if TYPE_CHECKING:  # imported when first used, see idguide.catalog.lazy
    from idguide.catalog.finding.facets import FacetCounts
    from idguide.catalog.finding.request import MAX_QUERY_CHARS
    from idguide.catalog.finding.results import count

__getattr__ = exports(
    __name__,
    {
        "idguide.catalog.finding.facets": ["FacetCounts"],
        "idguide.catalog.finding.request": ["MAX_QUERY_CHARS"],
        "idguide.catalog.finding.results": ["count"],
    },
)

__all__ = [
    "MAX_QUERY_CHARS",
    "FacetCounts",
    "count",
]
