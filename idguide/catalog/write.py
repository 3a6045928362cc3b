"""Installing a publisher's entries into the catalogue.

The rules that keep the catalogue trustworthy live here: a publisher only changes its own
brands and products, an older revision never replaces a newer one, and the whole change is one
transaction. Pictures are put in place before the commit (content-addressed, so harmless if the
install is then cancelled; unreferenced ones are collected). The search index is brought in step
after the commit: a large change's new index is built inside the transaction and swapped in once
it committed, a small change updates the index in place. If that is interrupted the generation
stamp tells the next start to rebuild it.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Collection, Mapping
from contextlib import ExitStack
from dataclasses import dataclass, field
from datetime import UTC, datetime

from idguide.catalog import model
from idguide.catalog.changes import CarriesChanges
from idguide.catalog.errors import IdguideError
from idguide.catalog.fingerprint import content_hash
from idguide.catalog.i18n import _
from idguide.catalog.images import ImageInfo
from idguide.catalog.progress import ProgressFn, no_progress
from idguide.catalog.store import Catalog


class OwnershipError(IdguideError):
    """A publisher tried to change another publisher's brand or product."""


class RevisionNotRaisedError(IdguideError):
    """An entry has the installed revision but other content: changed without a new revision."""


@dataclass
class BundleInfo:
    """Where installed entries come from (their provenance)."""

    id: str
    sequence: int = 1
    kind: str = "full"
    created_at: str = ""
    publisher_id: str = ""
    counts: dict[str, int] = field(default_factory=dict)
    key_id: str = ""  # the key that signed it ('' for entries installed from a folder)


@dataclass
class Changes(CarriesChanges):
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    withdrawn: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    bundle: BundleInfo | None = None
    bound: list[str] = field(default_factory=list)  # what the trust store bound from it
    warnings: list[str] = field(default_factory=list)  # installed, but someone should know

    @property
    def changed(self) -> list[str]:
        return self.added + self.updated + self.withdrawn

    def as_dict(self) -> dict[str, list[str]]:
        return {
            "added": self.added,
            "updated": self.updated,
            "withdrawn": self.withdrawn,
            "unchanged": self.unchanged,
            "bound": self.bound,
            "warnings": self.warnings,
        }


def now() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def install(
    catalog: Catalog,
    publisher: model.Publisher,
    products: list[model.Product],
    bundle: BundleInfo,
    progress: ProgressFn | None = None,
    withdrawn: list[str] | None = None,
    guard: Callable[[], None] | None = None,
    pictures: Callable[[], Mapping[str, ImageInfo]] | None = None,
    takeover: Collection[str] = (),
) -> Changes:
    """Install ``products`` of ``publisher``; return what changed.

    Raises :class:`OwnershipError` (changing nothing) if an entry belongs to another publisher,
    :class:`RevisionNotRaisedError` if one has the installed revision but other content.
    ``progress`` may raise Interrupted; the catalogue is then left as it was. ``guard`` runs
    first inside the write transaction, so checks it makes (say, that the bundle is still newer
    than the installed one) cannot be overtaken by another process; it raises to refuse.
    ``pictures`` runs inside the transaction too, after the entries are written and a new
    search index (when the change is large) is built, just before the commit: it puts the
    pictures' files in place and returns what each picture is (format, size), by sha256, or
    raises to refuse. (An import checks a large bundle's pictures in a helper process
    meanwhile, so the two overlap.) ``takeover`` names brands the trust store has moved to this
    publisher from another (their records pass to it; the other's entries of them are hidden
    already).
    """
    report = progress or no_progress
    _store_images(catalog, products, report)
    total = len(products)
    with ExitStack() as stack:
        with catalog.transaction() as conn:
            if guard is not None:
                guard()
            _write_publisher(conn, publisher, bundle, takeover)
            changes = Changes()
            unraised: list[str] = []
            _install_products(conn, publisher, products, bundle, changes, report, unraised)
            for product_id in withdrawn or []:
                _withdraw(conn, publisher.id, product_id, changes)
            generation = catalog.bump_generation() if changes.changed else catalog.generation()
            swap = None
            if _rebuilds(catalog, changes.changed):
                swap = stack.enter_context(catalog.prepared_index(report))
            if pictures is not None:
                _describe_images(conn, pictures())
            if unraised:  # after the pictures: a broken picture is the first thing to say
                where = _("Sequence {sequence} of {publisher!r}").format(
                    sequence=bundle.sequence, publisher=publisher.id
                )
                raise RevisionNotRaisedError(unraised_message(where, unraised))
            report(total, total, _("Saving"))
        changes.bundle = bundle
        if swap is not None:
            swap()
        else:
            update_index(catalog, changes.changed, generation)
    return changes


def _store_images(catalog: Catalog, products: list[model.Product], report: ProgressFn) -> None:
    images = [image for product in products for image in product.images if image.source]
    for done, image in enumerate(images):
        report(done, len(images), _("Storing image {ref}").format(ref=image.ref))
        assert image.source is not None
        info = catalog.images.put(image.source.read_bytes(), image.ref)
        image.sha256, image.format = info.sha256, info.format
        image.width, image.height, image.size = info.width, info.height, info.size


def _write_publisher(
    conn: sqlite3.Connection,
    publisher: model.Publisher,
    bundle: BundleInfo,
    takeover: Collection[str] = (),
) -> None:
    conn.execute(
        "INSERT INTO publishers (id, name, default_language, rights_valid_until, demo, "
        "gs1_prefixes) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET "
        "name = excluded.name, default_language = excluded.default_language, "
        "rights_valid_until = excluded.rights_valid_until, demo = excluded.demo, "
        "gs1_prefixes = excluded.gs1_prefixes",
        (
            publisher.id,
            publisher.name,
            publisher.default_language,
            publisher.rights_valid_until,
            int(publisher.demo),
            json.dumps(publisher.gs1_prefixes),
        ),
    )
    for brand in publisher.brands:
        owner = conn.execute("SELECT publisher_id FROM brands WHERE id = ?", (brand.id,)).fetchone()
        if owner and owner[0] != publisher.id and brand.id in takeover:
            conn.execute(
                "UPDATE brands SET publisher_id = ? WHERE id = ?", (publisher.id, brand.id)
            )
        elif owner and owner[0] != publisher.id:
            raise OwnershipError(
                _(
                    "Brand {brand_id!r} belongs to publisher {owner!r}; {publisher_id!r} may "
                    "not change it. Nothing was installed."
                ).format(brand_id=brand.id, owner=owner[0], publisher_id=publisher.id)
            )
        conn.execute(
            "INSERT INTO brands (id, publisher_id, name) VALUES (?, ?, ?) "
            "ON CONFLICT(id) DO UPDATE SET name = excluded.name",
            (brand.id, publisher.id, brand.name),
        )
    conn.execute("DELETE FROM contacts WHERE publisher_id = ?", (publisher.id,))
    conn.executemany(
        "INSERT INTO contacts VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                publisher.id,
                i,
                c.role,
                c.name,
                c.phone,
                c.email,
                c.hours,
                json.dumps(c.languages),
                json.dumps(c.regions),
            )
            for i, c in enumerate(publisher.contacts)
        ],
    )
    # a sequence installed before under a key since revoked is the new bundle's now
    conn.execute(
        "INSERT INTO bundles (id, publisher_id, sequence, kind, created_at, installed_at, counts, "
        "key_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET "
        "kind = excluded.kind, created_at = excluded.created_at, "
        "installed_at = excluded.installed_at, counts = excluded.counts, key_id = excluded.key_id "
        "WHERE bundles.key_id IN (SELECT key_id FROM revoked_keys)",
        (
            bundle.id,
            publisher.id,
            bundle.sequence,
            bundle.kind,
            bundle.created_at or now(),
            now(),
            json.dumps(bundle.counts, sort_keys=True),
            bundle.key_id,
        ),
    )


def _install_products(
    conn: sqlite3.Connection,
    publisher: model.Publisher,
    products: list[model.Product],
    bundle: BundleInfo,
    changes: Changes,
    report: ProgressFn,
    unraised: list[str],
) -> None:
    """Write each of ``products`` unless the installed revision is as new (``changes`` says
    which were; ``unraised`` gets those of the installed revision but other content). A batch
    of products at a time, one statement per table and batch: a statement per product and table
    took twice as long for ten thousand products."""
    batch: dict[str, model.Product] = {}
    for done, product in enumerate(products):
        if product.id in batch or len(batch) == WRITE_BATCH:
            _install_batch(conn, publisher, list(batch.values()), bundle, changes, unraised)
            batch = {}
        if not batch:
            report(done, len(products), _("Installing {name}").format(name=product.id))
        batch[product.id] = product
    _install_batch(conn, publisher, list(batch.values()), bundle, changes, unraised)


def _install_batch(
    conn: sqlite3.Connection,
    publisher: model.Publisher,
    products: list[model.Product],
    bundle: BundleInfo,
    changes: Changes,
    unraised: list[str],
) -> None:
    """``products`` (each id once) as :func:`_install_products` writes them."""
    installed = _installed(conn, [p.id for p in products])
    fresh: list[model.Product] = []
    same: list[str] = []
    for product in products:
        row = installed.get(product.id)
        if row and row[0] != publisher.id:
            raise OwnershipError(
                _(
                    "Product {product_id!r} belongs to publisher {row!r}; {publisher_id!r} "
                    "may not change it. Nothing was installed."
                ).format(product_id=product.id, row=row[0], publisher_id=publisher.id)
            )
        # an entry signed by a revoked key is replaced whatever its revision says
        if row and not row[2] and not row[3] and row[1] >= product.revision:
            same.append(product.id)
            if _unraised(product, row):
                unraised.append(f"{product.id} (revision {product.revision})")
            continue
        fresh.append(product)
        (changes.updated if row else changes.added).append(product.id)
    conn.executemany(
        "DELETE FROM products WHERE id = ?", [(p.id,) for p in fresh if p.id in installed]
    )
    _insert_products(conn, fresh, bundle)
    changes.unchanged += same
    if bundle.key_id:  # the same revision, now signed by this bundle's key too
        conn.executemany(
            "UPDATE products SET key_id = ? WHERE id = ?", [(bundle.key_id, pid) for pid in same]
        )


def _installed(conn: sqlite3.Connection, ids: list[str]) -> dict[str, tuple]:
    """Publisher, revision, withdrawn, revoked and content hash of the installed ``ids``."""
    return {
        row[0]: row[1:]
        for row in conn.execute(
            "SELECT id, publisher_id, revision, withdrawn, revoked, content_hash FROM products "
            f"WHERE id IN ({','.join('?' * len(ids))})",
            ids,
        )
    }


def _unraised(product: model.Product, row: tuple) -> bool:
    """Whether ``product`` has the installed revision (``row``) but other content. An entry
    installed before hashes were kept has none and is taken as unchanged."""
    if row[1] != product.revision or not row[4]:
        return False
    published = _published_hash(product)
    return bool(published) and published != row[4]


def unraised_revisions(conn: sqlite3.Connection, products: list[model.Product]) -> list[str]:
    """The products (as "id (revision N)") that have the installed revision but other content:
    changed by their publisher without a new revision. :func:`install` refuses them; a bundle
    check asks this before."""
    found: list[str] = []
    for start in range(0, len(products), WRITE_BATCH):
        batch = products[start : start + WRITE_BATCH]
        installed = _installed(conn, [p.id for p in batch])
        for product in batch:
            row = installed.get(product.id)
            # a withdrawn entry, or one signed by a revoked key, is replaced whatever it holds
            if row and not row[2] and not row[3] and _unraised(product, row):
                found.append(
                    _("{id} (revision {revision})").format(id=product.id, revision=product.revision)
                )
    return found


def unraised_message(where: str, unraised: list[str]) -> str:
    shown = ", ".join(unraised[:5])
    if len(unraised) > 5:
        shown = _("{entries} and {count} more").format(entries=shown, count=len(unraised) - 5)
    return _(
        "{where} changes {entries} without raising the revision: this catalogue holds that "
        "revision with other content. Nothing was installed; ask the publisher to raise the "
        "revision of each changed entry and publish again."
    ).format(where=where, entries=shown)


def _withdraw(
    conn: sqlite3.Connection, publisher_id: str, product_id: str, changes: Changes
) -> None:
    cursor = conn.execute(
        "UPDATE products SET withdrawn = 1 WHERE id = ? AND publisher_id = ? AND withdrawn = 0",
        (product_id, publisher_id),
    )
    if cursor.rowcount:
        changes.withdrawn.append(product_id)


# Rows for every table an entry has, in the order they are written (the products first: the
# others refer to them).
_INSERTS = {
    "products": "INSERT INTO products (id, publisher_id, brand_id, category_id, revision, "
    "made_in, sold_in, never_sold_in, typical_price, withdrawn, bundle_id, key_id, "
    "content_hash, lot_pattern, serial_pattern, shelf_life_months) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?)",
    "models": "INSERT INTO models VALUES (?, ?, ?)",
    "gtins": "INSERT INTO gtins (gtin, product_id) VALUES (?, ?)",
    "hs_codes": "INSERT INTO hs_codes VALUES (?, ?)",
    "images": "INSERT OR IGNORE INTO images VALUES (?, ?, ?, ?, ?)",
    "product_images": "INSERT INTO product_images VALUES (?, ?, ?, ?)",
    "features": "INSERT INTO features VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
    "indicators": "INSERT INTO indicators VALUES (?, ?, ?)",
    "alerts": "INSERT INTO alerts (product_id, id, issued, expires, lot_codes, serials) "
    "VALUES (?, ?, ?, ?, ?, ?)",
    "tips": "INSERT INTO tips VALUES (?, ?)",
    "translations": "INSERT INTO translations VALUES (?, ?, ?, ?)",
}
WRITE_BATCH = 500  # products


def _insert_products(
    conn: sqlite3.Connection, products: list[model.Product], bundle: BundleInfo
) -> None:
    rows: dict[str, list[tuple]] = {table: [] for table in _INSERTS}
    for p in products:
        rows["products"].append(
            (
                p.id,
                p.publisher_id,
                p.brand_id,
                p.category,
                p.revision,
                json.dumps(p.made_in),
                json.dumps(p.sold_in),
                json.dumps(p.never_sold_in),
                p.typical_price,
                bundle.id,
                bundle.key_id,
                _published_hash(p),
                p.lot_pattern,
                p.serial_pattern,
                p.shelf_life_months,
            )
        )
        rows["models"] += [(p.id, i, m) for i, m in enumerate(p.models)]
        rows["gtins"] += [(g, p.id) for g in p.gtins]
        rows["hs_codes"] += [(p.id, c) for c in p.hs_codes]
        for i, image in enumerate(p.images):
            rows["images"].append(
                (image.sha256, image.format, image.width, image.height, image.size)
            )
            rows["product_images"].append((p.id, i, image.sha256, image.kind))
        rows["features"] += [_feature_row(p, f) for f in p.features]
        rows["indicators"] += [(p.id, i, ind.kind) for i, ind in enumerate(p.indicators)]
        rows["alerts"] += [
            (p.id, a.id, a.issued, a.expires, json.dumps(a.lot_codes), json.dumps(a.serials))
            for a in p.alerts
        ]
        rows["tips"] += [(p.id, i) for i in range(len(p.tips))]
        rows["translations"] += [(p.id, *t) for t in _translations(p)]
    for table, sql in _INSERTS.items():
        if rows[table]:
            conn.executemany(sql, rows[table])


def _published_hash(product: model.Product) -> str:
    """The content hash kept with an entry. One installed from a folder (a test, a program)
    rather than from a bundle has its pictures as they are in the folder, which the re-encoded
    pictures of a bundle of it never match: none is kept for it."""
    return "" if any(image.source for image in product.images) else content_hash(product)


def _describe_images(conn: sqlite3.Connection, infos: Mapping[str, ImageInfo]) -> None:
    """Record what each picture is, once the pictures have been checked (their rows were
    written with the entries, before that was known)."""
    conn.executemany(
        "UPDATE images SET format = ?, width = ?, height = ?, size = ? WHERE sha256 = ?",
        [(i.format, i.width, i.height, i.size, sha) for sha, i in infos.items()],
    )


def _feature_row(p: model.Product, f: model.Feature) -> tuple:
    image = p.image(f.image) if f.image else None
    region = f.region or model.Region(0, 0, 0, 0)
    return (
        p.id,
        f.number,
        f.method,
        image.sha256 if image else None,
        *((region.x, region.y, region.w, region.h) if f.region else (None,) * 4),
    )


def _translations(p: model.Product) -> list[tuple[str, str, str]]:
    parts: list[tuple[str, model.LangText]] = [
        ("name", p.name),
        ("description", p.description),
        ("packaging", p.packaging),
    ]
    parts += [(f"image/{i}/caption", image.caption) for i, image in enumerate(p.images)]
    for f in p.features:
        parts += [
            (f"feature/{f.number}/title", f.title),
            (f"feature/{f.number}/genuine", f.genuine),
            (f"feature/{f.number}/counterfeit", f.counterfeit),
            (f"feature/{f.number}/how_to_check", f.how_to_check),
        ]
    parts += [(f"indicator/{i}", ind.text) for i, ind in enumerate(p.indicators)]
    for a in p.alerts:
        parts += [(f"alert/{a.id}/title", a.title), (f"alert/{a.id}/body", a.body)]
    parts += [(f"tip/{i}", tip) for i, tip in enumerate(p.tips)]
    return [(part, lang, text) for part, texts in parts for lang, text in texts.items() if text]


# Rebuilding the index is about four times faster per product than updating it in place.
REBUILD_ABOVE = 200


def _product_count(catalog: Catalog) -> int:
    return int(catalog.conn.execute("SELECT count(*) FROM products").fetchone()[0])


def _rebuilds(catalog: Catalog, ids: list[str]) -> bool:
    """Whether changing ``ids`` rebuilds the whole index (faster when many changed)."""
    return bool(ids) and len(ids) >= max(REBUILD_ABOVE, _product_count(catalog) // 4)


def update_index(
    catalog: Catalog, ids: list[str], generation: int, progress: ProgressFn | None = None
) -> None:
    """After a commit: bring the search index in step for ``ids`` (rebuilt whole when many
    changed, which is faster). If this is interrupted the index's stamp stays behind the
    catalogue's generation, and the next start rebuilds it."""
    if not ids:
        return
    if _rebuilds(catalog, ids):
        catalog.reindex(progress)
        return
    from idguide.catalog.finding.documents import docs_for

    docs = docs_for(catalog, ids)
    present = {doc.id for doc in docs}
    catalog.index.update(docs, [i for i in ids if i not in present], generation)
