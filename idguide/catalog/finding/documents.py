"""Turning catalogue rows into search-index documents.

Rebuilding reads each table once, ordered by product id, and walks them side by side, so a
100,000-product catalogue streams through in a few queries rather than one query per product.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from idguide.catalog.finding.index import IndexDoc

if TYPE_CHECKING:  # annotations only: the store imports the search, not the reverse
    from idguide.catalog.store import Catalog

_PRODUCTS = """
SELECT p.id, p.brand_id, b.name, p.category_id, p.withdrawn OR pub.revoked OR p.revoked
FROM products p JOIN brands b ON b.id = p.brand_id JOIN publishers pub ON pub.id = p.publisher_id
{where} ORDER BY p.id
"""
_CHILDREN = {
    "models": "SELECT product_id, model FROM models {where} ORDER BY product_id, position",
    "gtins": "SELECT product_id, gtin FROM gtins {where} ORDER BY product_id",
    "hs_codes": "SELECT product_id, code FROM hs_codes {where} ORDER BY product_id",
    "texts": "SELECT product_id, part, lang, text FROM translations {where} ORDER BY product_id",
}


def count_products(catalog: Catalog) -> int:
    return int(catalog.conn.execute("SELECT count(*) FROM products").fetchone()[0])


def all_docs(catalog: Catalog) -> Iterator[IndexDoc]:
    """Every product (withdrawn ones hidden) as an index document, in id order."""
    yield from _docs(catalog, "", ())


def docs_for(catalog: Catalog, ids: Sequence[str]) -> list[IndexDoc]:
    """Index documents for ``ids`` (ids no longer in the catalogue are left out)."""
    docs: list[IndexDoc] = []
    for start in range(0, len(ids), 500):
        chunk = list(ids[start : start + 500])
        marks = ",".join("?" * len(chunk))
        docs += _docs(catalog, f"WHERE {{col}} IN ({marks})", tuple(chunk))
    return docs


def _docs(catalog: Catalog, where: str, params: tuple) -> Iterator[IndexDoc]:
    conn = catalog.conn
    children = {
        name: _Stream(conn.execute(sql.format(where=where.format(col="product_id")), params))
        for name, sql in _CHILDREN.items()
    }
    for pid, brand_id, brand, category, hidden in conn.execute(
        _PRODUCTS.format(where=where.format(col="p.id")), params
    ):
        names: dict[str, str] = {}
        texts: defaultdict[str, list[str]] = defaultdict(list)
        for _, part, lang, text in children["texts"].take(pid):
            if part == "name":
                names[lang] = text
            else:
                texts[lang].append(text)
        yield IndexDoc(
            id=pid,
            brand_id=brand_id,
            brand=brand,
            category=category,
            names=names,
            models=[row[1] for row in children["models"].take(pid)],
            gtins=[row[1] for row in children["gtins"].take(pid)],
            hs_codes=[row[1] for row in children["hs_codes"].take(pid)],
            texts={lang: "\n".join(parts) for lang, parts in texts.items()},
            hidden=bool(hidden),
        )


class _Stream:
    """Rows of a cursor ordered by product id, taken one product at a time."""

    def __init__(self, cursor) -> None:
        self._rows = iter(cursor)
        self._next = next(self._rows, None)

    def take(self, product_id: str) -> list[tuple]:
        rows = []
        while self._next is not None and self._next[0] <= product_id:
            if self._next[0] == product_id:
                rows.append(self._next)
            self._next = next(self._rows, None)
        return rows
