"""The bodies of the officer's operations: they run in the worker, on the catalogue it owns.

Each takes the :class:`~idguide.catalog.Catalog` first, so a widget runs it with
``QueryOp(partial(op, ...), on_success).run(worker)`` (:mod:`idguide.ui.operations`) and builds
itself from the plain data returned. Pictures are decoded here, never on the GUI thread.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field

from PIL import Image as PILImage
from PySide6.QtGui import QImage

from idguide.catalog import Catalog, ImageError, Results, get_note, get_product, get_publisher
from idguide.catalog import search as search_catalog
from idguide.catalog.finding.facets import FacetCounts
from idguide.catalog.finding.results import count as count_catalog
from idguide.catalog.images import FORMATS
from idguide.catalog.model import Product, Publisher
from idguide.catalog.overview import (
    Overview,
    brand_counts,
    category_counts,
    language_counts,
    overview,
)
from idguide.catalog.progress import ProgressFn


@dataclass
class ProductPage:
    product: Product
    publisher: Publisher
    note: str = ""
    images: dict[str, QImage] = field(default_factory=dict)  # sha256 -> the decoded picture
    missing: dict[str, str] = field(default_factory=dict)  # sha256 -> why it could not be shown


def load_product_page(catalog: Catalog, product_id: str) -> ProductPage:
    """The entry, its publisher, the officer's note and its pictures, decoded here in the
    worker (QImage may be made outside the GUI thread; a large photo takes a while to decode).
    A missing or undecodable picture is recorded in ``missing`` so the page still opens."""
    product = get_product(catalog, product_id)
    publisher = get_publisher(catalog, product.publisher_id)
    note = get_note(catalog, product_id)
    page = ProductPage(product, publisher, note.text if note else "")
    for image in product.images:
        try:
            picture = QImage.fromData(catalog.images.read(image.sha256))
        except ImageError as exc:
            page.missing[image.sha256] = str(exc)
            continue
        if picture.isNull():
            page.missing[image.sha256] = f"Picture {image.sha256[:12]} cannot be decoded."
        else:
            page.images[image.sha256] = picture
    return page


def search_products(
    catalog: Catalog,
    query: str,
    lang: str | None,
    limit: int,
    category: str = "",
    brand: str = "",
    content_lang: str = "",
) -> Results:
    """Search every entry (or only those in ``content_lang``); name the rows in ``lang``."""
    return search_catalog(
        catalog,
        query,
        limit=limit,
        display_lang=lang,
        category=category or None,
        brand=brand or None,
        lang=content_lang or None,
    )


def count_products(
    catalog: Catalog,
    progress: ProgressFn,
    query: str,
    category: str = "",
    brand: str = "",
    content_lang: str = "",
) -> FacetCounts:
    """Every product ``search_products`` finds, counted in all and per filter value."""
    return count_catalog(
        catalog,
        query,
        category=category or None,
        brand=brand or None,
        lang=content_lang or None,
        progress=progress,
    )


@dataclass
class Facets:
    """Counts over the whole catalogue, for the filters and the category browser."""

    categories: dict[str, int] = field(default_factory=dict)
    brands: dict[str, int] = field(default_factory=dict)
    languages: dict[str, int] = field(default_factory=dict)


def load_facets(catalog: Catalog) -> Facets:
    return Facets(category_counts(catalog), brand_counts(catalog), language_counts(catalog))


def load_overview(catalog: Catalog, lang: str | None, stale_days: int) -> Overview:
    return overview(catalog, lang, stale_days)


@dataclass(frozen=True)
class Thumbnail:
    """A picture made small in the worker: RGBA bytes the GUI thread wraps in a QImage."""

    width: int
    height: int
    rgba: bytes


def load_thumbnails(catalog: Catalog, shas: list[str], edge: int) -> dict[str, Thumbnail | None]:
    """Decode and shrink each picture to fit ``edge`` pixels; None for one that cannot be read."""
    thumbs: dict[str, Thumbnail | None] = {}
    for sha in shas:
        try:
            thumbs[sha] = shrink(catalog.images.read(sha), edge)
        except Exception:  # a missing file, or any of the many errors Pillow raises
            thumbs[sha] = None
    return thumbs


def shrink(data: bytes, edge: int) -> Thumbnail:
    """Decode the picture ``data`` and make it fit ``edge`` pixels (in the worker: a phone photo
    takes a while to decode). Raises what Pillow raises for a picture it cannot read."""
    with PILImage.open(io.BytesIO(data), formats=FORMATS) as picture:
        picture.thumbnail((edge, edge))
        rgba = picture.convert("RGBA")
    return Thumbnail(rgba.width, rgba.height, rgba.tobytes())
