"""Operations that run in the worker thread, on the catalogue it owns (no Qt here).

Each takes the :class:`~idguide.catalog.Catalog` first, so a widget submits it with
``worker.submit(partial(op, ...), on_success)`` and builds itself from the plain data returned.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from idguide.catalog import Catalog, ImageError, Results, get_note, get_product, get_publisher
from idguide.catalog import search as search_catalog
from idguide.catalog.model import Product, Publisher


@dataclass
class ProductPage:
    product: Product
    publisher: Publisher
    note: str = ""
    images: dict[str, bytes] = field(default_factory=dict)  # sha256 -> the file's bytes
    missing: dict[str, str] = field(default_factory=dict)  # sha256 -> why it could not be read


def load_product_page(catalog: Catalog, product_id: str) -> ProductPage:
    """The entry, its publisher, the officer's note and the image bytes. A missing image is
    recorded in ``missing`` so the page still opens."""
    product = get_product(catalog, product_id)
    publisher = get_publisher(catalog, product.publisher_id)
    note = get_note(catalog, product_id)
    page = ProductPage(product, publisher, note.text if note else "")
    for image in product.images:
        try:
            page.images[image.sha256] = catalog.images.read(image.sha256)
        except ImageError as exc:
            page.missing[image.sha256] = str(exc)
    return page


def search_products(catalog: Catalog, query: str, lang: str | None, limit: int) -> Results:
    """Search every entry whatever its languages; name the rows in ``lang`` where written."""
    return search_catalog(catalog, query, limit=limit, display_lang=lang)
