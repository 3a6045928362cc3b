"""The trust store: which publisher keys this catalogue accepts, and for which brands.

Removing a publisher's trust is a revocation: its entries stay in the catalogue but are marked
(``publishers.revoked``) and hidden from search and lists unless the user asks to see them; its
bundles are refused until it is trusted again.
"""

from __future__ import annotations

import base64
import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from idguide.catalog.bundles.errors import TrustError
from idguide.catalog.bundles.keys import key_id, load_public_key, raw_public
from idguide.catalog.changes import CarriesChanges, Count, OpChanges
from idguide.catalog.errors import NotFoundError
from idguide.catalog.model import ID_PATTERN
from idguide.catalog.store import Catalog
from idguide.catalog.write import now, update_index


@dataclass
class TrustEntry(CarriesChanges):
    publisher_id: str
    public_key: str  # base64 of the raw 32-byte Ed25519 key
    key_id: str
    brands: list[str] = field(default_factory=list)
    all_brands: bool = False
    demo: bool = False
    added_at: str = ""

    def allows(self, brand_id: str) -> bool:
        return self.all_brands or brand_id in self.brands

    def raw_key(self) -> bytes:
        return base64.b64decode(self.public_key)

    def scope(self) -> str:
        return "all brands" if self.all_brands else ", ".join(self.brands)

    def as_dict(self) -> dict:
        return {
            "publisher": self.publisher_id,
            "key_id": self.key_id,
            "brands": "all" if self.all_brands else self.brands,
            "demo": self.demo,
            "added_at": self.added_at,
        }


def trust_add(
    catalog: Catalog,
    public_key: str | Path | Ed25519PublicKey,
    publisher_id: str,
    brands: list[str] | None = None,
    all_brands: bool = False,
    demo: bool = False,
) -> TrustEntry:
    """Trust ``public_key`` for ``publisher_id``'s bundles, for ``brands`` or for all brands.

    Adding a publisher again replaces its key and brands (key rotation) and lifts a revocation.
    """
    key = (
        public_key
        if isinstance(public_key, Ed25519PublicKey)
        else load_public_key(Path(public_key))
    )
    entry = TrustEntry(
        publisher_id=_publisher_id(publisher_id),
        public_key=base64.b64encode(raw_public(key)).decode(),
        key_id=key_id(key),
        brands=_brands(brands, all_brands),
        all_brands=all_brands,
        demo=demo,
        added_at=now(),
    )
    unchanged = _same_as(entry, catalog)
    if unchanged is not None:
        return unchanged
    with catalog.transaction():
        catalog.db.table("trust").insert(_row(entry), replace=True)
        ids = _set_revoked(catalog, entry.publisher_id, False)
        generation = catalog.bump_generation() if ids else catalog.generation()
    update_index(catalog, ids, generation)
    return entry.carrying(_changed(ids))


def _same_as(entry: TrustEntry, catalog: Catalog) -> TrustEntry | None:
    """The stored entry if it says the same as ``entry`` (so adding it again changes nothing)."""
    stored = get_trust(catalog, entry.publisher_id)
    if stored is None:
        return None
    same = (stored.public_key, stored.brands, stored.all_brands, stored.demo) == (
        entry.public_key,
        entry.brands,
        entry.all_brands,
        entry.demo,
    )
    return stored if same else None


def _publisher_id(value: str) -> str:
    if not isinstance(value, str) or not ID_PATTERN.match(value):
        raise TrustError(
            f"{value!r} is not a publisher id: use lower-case letters, digits and dashes, as in "
            "the publisher's bundles (see `idguide bundle verify FILE`)."
        )
    return value


def _brands(brands: list[str] | None, all_brands: bool) -> list[str]:
    chosen = sorted({b.strip() for b in brands or [] if b.strip()})
    if all_brands and chosen:
        raise TrustError("Give either --brands or --all-brands, not both.")
    if not all_brands and not chosen:
        raise TrustError(
            "Say which brands the publisher may describe (--brands B1,B2), or --all-brands."
        )
    for brand in chosen:
        if not ID_PATTERN.match(brand):
            raise TrustError(f"{brand!r} is not a brand id (lower-case letters, digits, dashes).")
    return chosen


def get_trust(catalog: Catalog, publisher_id: str) -> TrustEntry | None:
    rows = catalog.db.table("trust").rows_where("publisher_id = ?", [publisher_id])
    return next((_entry(row) for row in rows), None)


def _row(entry: TrustEntry) -> dict:
    return {**asdict(entry), "brands": json.dumps(entry.brands)}


def _entry(row: dict) -> TrustEntry:
    return TrustEntry(
        **{
            **row,
            "brands": json.loads(row["brands"]),
            "all_brands": bool(row["all_brands"]),
            "demo": bool(row["demo"]),
        }
    )


def trust_list(catalog: Catalog) -> list[TrustEntry]:
    return [_entry(row) for row in catalog.db.table("trust").rows_where(order_by="publisher_id")]


def trust_remove(catalog: Catalog, publisher_id: str) -> Count:
    """Revoke ``publisher_id``: forget its key and hide its entries; return how many."""
    if get_trust(catalog, publisher_id) is None:
        raise NotFoundError(
            f"Publisher {publisher_id!r} is not in the trust store; see `idguide trust list`."
        )
    with catalog.transaction():
        catalog.db.table("trust").delete(publisher_id)
        ids = _set_revoked(catalog, publisher_id, True)
        generation = catalog.bump_generation() if ids else catalog.generation()
    update_index(catalog, ids, generation)
    return Count(len(ids), _changed(ids))


def _changed(product_ids: list[str]) -> OpChanges:
    """The trust store changed; and the entries and the index if products were hidden/shown."""
    return OpChanges(trust=True, content=bool(product_ids), index=bool(product_ids))


def _set_revoked(catalog: Catalog, publisher_id: str, revoked: bool) -> list[str]:
    """Inside a transaction: mark the publisher; return its product ids if that changed it."""
    cursor = catalog.conn.execute(
        "UPDATE publishers SET revoked = ? WHERE id = ? AND revoked != ?",
        (int(revoked), publisher_id, int(revoked)),
    )
    if not cursor.rowcount:
        return []
    return [
        row[0]
        for row in catalog.conn.execute(
            "SELECT id FROM products WHERE publisher_id = ? ORDER BY id", (publisher_id,)
        )
    ]
