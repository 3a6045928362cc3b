"""The idguide catalogue: a plain-Python library with no Qt in it.

The CLI, the desktop app and the tests all use this API::

    from idguide.catalog import open_catalog, search
    with open_catalog("catalog.db") as catalog:
        for row in search(catalog, "nordiva").rows:
            print(row.brand, row.name)
"""

from typing import TYPE_CHECKING

from idguide.catalog.lazy import exports

if TYPE_CHECKING:  # imported when first used, see idguide.catalog.lazy
    from idguide.catalog.check import check_catalog
    from idguide.catalog.demo import install_demo
    from idguide.catalog.errors import (
        CatalogError,
        IdguideError,
        ImageError,
        Interrupted,
        InvalidCodeError,
        NotFoundError,
        SchemaTooNewError,
        SearchIndexError,
        SourceError,
    )
    from idguide.catalog.finding.results import Results, search
    from idguide.catalog.notes import all_notes, get_note, set_note
    from idguide.catalog.read import get_product, get_publisher, list_products, lookup_gtin, stats
    from idguide.catalog.store import Catalog, open_catalog

__getattr__ = exports(
    __name__,
    {
        "idguide.catalog.check": ["check_catalog"],
        "idguide.catalog.demo": ["install_demo"],
        "idguide.catalog.errors": [
            "CatalogError",
            "IdguideError",
            "ImageError",
            "Interrupted",
            "InvalidCodeError",
            "NotFoundError",
            "SchemaTooNewError",
            "SearchIndexError",
            "SourceError",
        ],
        "idguide.catalog.notes": ["all_notes", "get_note", "set_note"],
        "idguide.catalog.finding.results": ["Results", "search"],
        "idguide.catalog.read": [
            "get_product",
            "get_publisher",
            "list_products",
            "lookup_gtin",
            "stats",
        ],
        "idguide.catalog.store": ["Catalog", "open_catalog"],
    },
)

__all__ = [
    "Catalog",
    "CatalogError",
    "IdguideError",
    "ImageError",
    "Interrupted",
    "InvalidCodeError",
    "NotFoundError",
    "Results",
    "SchemaTooNewError",
    "SearchIndexError",
    "SourceError",
    "all_notes",
    "check_catalog",
    "get_note",
    "get_product",
    "get_publisher",
    "install_demo",
    "list_products",
    "lookup_gtin",
    "open_catalog",
    "search",
    "set_note",
    "stats",
]
