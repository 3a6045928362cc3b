"""The fictional demo catalogue, for trying idguide and for training.

Every publisher, brand and picture in it is invented; the app marks it DEMO wherever it shows.
"""

from __future__ import annotations

from idguide.catalog.paths import demo_sources
from idguide.catalog.progress import ProgressFn
from idguide.catalog.source import read_source
from idguide.catalog.store import Catalog
from idguide.catalog.write import BundleInfo, Changes, install

DEMO_CREATED_AT = "2026-11-01T00:00:00+00:00"


def install_demo(catalog: Catalog, progress: ProgressFn | None = None) -> Changes:
    """Install (or bring up to date) the demo catalogue. Running it twice changes nothing."""
    total = Changes()
    for folder in demo_sources():
        source = read_source(folder)
        source.publisher.demo = True
        bundle = BundleInfo(
            id=f"demo-{source.publisher.id}-1", sequence=1, created_at=DEMO_CREATED_AT
        )
        changes = install(catalog, source.publisher, source.products, bundle, progress)
        for name in ("added", "updated", "withdrawn", "unchanged"):
            getattr(total, name).extend(getattr(changes, name))
    return total
