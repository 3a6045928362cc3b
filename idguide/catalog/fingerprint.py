"""An entry's content hash: what tells a changed entry from the same one, whatever its revision.

A publisher raises an entry's revision with every change it publishes; an entry changed without
that would be dropped as "unchanged" by every catalogue that holds the revision already, while
the publisher believes the fix went out. The builder (given the previous bundle) and the import
(against the hash kept with each installed entry) compare these hashes to refuse that.

The hash covers everything an officer sees of the entry, pictures by the sha256 of their bytes,
and nothing that is not the entry's own content (revision, provenance, the publisher's names).
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from idguide.catalog import model


def content_hash(product: model.Product) -> str:
    """The sha256 of the entry's content, in hex. Image refs are resolved to their sha256, so an
    entry read from a bundle and the same entry being installed give the same hash."""
    data = json.dumps(_content(product), sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(data.encode()).hexdigest()


def _content(p: model.Product) -> list[Any]:
    return [
        p.id,
        p.brand_id,
        p.category,
        p.name,
        p.description,
        p.packaging,
        p.models,
        p.gtins,
        p.hs_codes,
        p.made_in,
        p.sold_in,
        p.never_sold_in,
        p.typical_price,
        [[image.sha256, image.kind, image.caption] for image in p.images],
        [_feature(p, f) for f in p.features],
        [[i.kind, i.text] for i in p.indicators],
        [[a.id, a.title, a.body, a.issued, a.expires, a.lot_codes] for a in p.alerts],
        p.tips,
        *_scan_content(p),
    ]


def _scan_content(p: model.Product) -> list[Any]:
    """What scanned codes are checked against (bundle format 2), only when the entry has any:
    an entry without them keeps the hash it had before they existed, so that a catalogue
    holding it does not take the same revision for changed content."""
    serials = [a.serials for a in p.alerts]
    if not (p.lot_pattern or p.serial_pattern or p.shelf_life_months or any(serials)):
        return []
    shelf_life = p.shelf_life_months
    return [
        {"lot": p.lot_pattern, "serial": p.serial_pattern, "shelf": shelf_life, "serials": serials}
    ]


def _feature(p: model.Product, f: model.Feature) -> list[Any]:
    image = p.image(f.image) if f.image else None
    region = [f.region.x, f.region.y, f.region.w, f.region.h] if f.region else None
    return [
        f.number,
        f.title,
        f.genuine,
        f.counterfeit,
        f.how_to_check,
        f.method,
        image.sha256 if image is not None else f.image,
        region,
    ]
