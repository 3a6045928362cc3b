"""The bodies of the operations for presentations and spot-the-fake rounds: they run in the
worker. Each takes the catalogue first and returns plain data, like :mod:`idguide.ui.officer.ops`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from idguide.catalog import Catalog, NotFoundError
from idguide.ui.officer.ops import ProductPage, load_product_page


@dataclass
class Deck:
    """The product pages of a presentation or a round, and the ids that are not in the catalogue."""

    pages: list[ProductPage]
    missing: list[str] = field(default_factory=list)


def load_deck(catalog: Catalog, product_ids: Sequence[str]) -> Deck:
    deck = Deck([])
    for product_id in dict.fromkeys(product_ids):
        try:
            deck.pages.append(load_product_page(catalog, product_id))
        except NotFoundError:
            deck.missing.append(product_id)
    return deck


def spot_candidates(catalog: Catalog, limit: int = 20) -> list[str]:
    """Products that have both a genuine and a counterfeit picture (for a catalogue-wide round)."""
    has = "EXISTS (SELECT 1 FROM product_images i WHERE i.product_id = p.id AND i.kind = ?)"
    rows = catalog.conn.execute(
        f"SELECT p.id FROM products p WHERE p.withdrawn = 0 AND {has} AND {has} "
        "ORDER BY p.id LIMIT ?",
        ("genuine", "counterfeit", limit),
    )
    return [row[0] for row in rows]
