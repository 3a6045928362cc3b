"""Installing a bundle: verify everything first, then apply it in one transaction.

Nothing in the catalogue changes until the whole bundle has passed: the rules of
:mod:`~idguide.catalog.bundles.installable` (signature with the trusted key, sequence, brands,
other publishers' entries), every file's size and sha256, every entry's fields and every picture
decoded.

The entries are installed through :func:`idguide.catalog.write.install`, one SQLite transaction.
For a large bundle a helper process, started before the bundle is opened, checks pictures from
the moment the signature has passed (see :mod:`~idguide.catalog.bundles.imagecheck`) while this
process reads the entries, writes them and builds the new search index inside the transaction;
then the pictures left are checked, every picture is made durable and put in place
(content-addressed, removed again if the install fails or is cancelled), and only then the
transaction commits. A refusal at any of these steps rolls the transaction back. The new index
is swapped in after the commit.
"""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass
from pathlib import Path

from idguide.catalog import staging
from idguide.catalog.bundles import imagefiles
from idguide.catalog.bundles.bindings import bind_from_bundle
from idguide.catalog.bundles.entries import language_warnings
from idguide.catalog.bundles.imagecheck import (
    ImageCheck,
    helper_for,
    referenced_infos,
    used_shas,
)
from idguide.catalog.bundles.installable import require_in_scope, require_trusted
from idguide.catalog.bundles.reader import Bundle, Contents, open_bundle
from idguide.catalog.bundles.trust import TrustEntry
from idguide.catalog.changes import Count, OpChanges
from idguide.catalog.collector import collector_paused
from idguide.catalog.errors import NotFoundError
from idguide.catalog.i18n import _
from idguide.catalog.images import ImageInfo
from idguide.catalog.progress import ProgressFn, no_progress
from idguide.catalog.store import Catalog, refuse_catalogue_file
from idguide.catalog.write import BundleInfo, Changes, install, now, update_index

# What an install or a removal changes (the entries, the bundle records and the index).
CHANGED = OpChanges(content=True, bundles=True, index=True)


@dataclass
class InstalledBundle:
    publisher: str
    publisher_name: str
    sequence: int
    kind: str
    created_at: str
    installed_at: str
    counts: dict[str, int]
    trusted: bool
    revoked: bool
    demo: bool
    live: int = 0  # the publisher's products in force now, from all its bundles
    withdrawn: int = 0  # and those it has withdrawn

    def as_dict(self) -> dict:
        return dict(self.__dict__)


@collector_paused()  # around the call: what it made is freed before the collector runs again
def import_bundle(
    catalog: Catalog, path: str | Path, progress: ProgressFn | None = None
) -> Changes:
    """Verify the bundle at ``path`` against the trust store, then install it; return what changed
    (carrying the change record).

    Any refusal is a BundleError subclass naming the reason, with the catalogue untouched.
    ``progress`` may raise Interrupted; the catalogue is then left as it was.
    """
    catalog.require_writable()  # IT's catalogue, read-only here: said before anything is read
    refuse_catalogue_file(path, catalog.path)
    report = progress or no_progress
    with (
        imagefiles.Stager(catalog.images) as stager,
        helper_for(path, stager) as helper,  # started now: it gets ready while this one opens
        open_bundle(path) as bundle,
    ):
        trust = require_trusted(catalog, bundle)
        pictures = ImageCheck(bundle, stager, helper)
        pictures.start()  # the helper checks pictures while the entries are read
        contents = bundle.read_contents(report)
        return _apply(catalog, trust, bundle, contents, pictures, stager, report)


def _apply(
    catalog: Catalog,
    trust: TrustEntry,
    bundle: Bundle,
    contents: Contents,
    pictures: ImageCheck,
    stager: imagefiles.Stager,
    report: ProgressFn,
) -> Changes:
    manifest = bundle.manifest
    contents.publisher.demo = trust.demo
    shas = used_shas(contents.products)
    binding = require_in_scope(catalog, bundle, trust, contents)
    info = BundleInfo(
        id=f"{manifest.publisher}@{manifest.sequence}",
        sequence=manifest.sequence,
        kind=manifest.kind,
        created_at=manifest.created_at,
        publisher_id=manifest.publisher,
        counts={
            "products": len(contents.products),
            "withdrawn": len(contents.tombstones),
            "images": len(shas),
        },
        key_id=hashlib.sha256(bundle.signer_key()).hexdigest()[:16],
    )
    bound: list[str] = []

    def guard() -> None:  # again inside the transaction: another process may have imported
        require_trusted(catalog, bundle)
        inside = require_in_scope(catalog, bundle, trust, contents)
        bind_from_bundle(catalog.conn, contents.publisher, inside, now())
        bound[:] = inside.describe()  # shown to the administrator: bound from now on

    written: list[str] = []  # sha256s of the pictures put in place

    def pictures_in() -> dict[str, ImageInfo]:  # the last step before the commit; the helper
        stager.flush_early()  # checked pictures meanwhile
        infos = referenced_infos(bundle, pictures.finish(report), shas)
        written.extend(stager.commit(report, keep=set(shas)))
        return infos

    try:
        changes = install(
            catalog,
            contents.publisher,
            contents.products,
            info,
            report,
            withdrawn=_withdrawals(catalog, manifest.kind, contents),
            guard=guard,
            pictures=pictures_in,
            takeover=binding.takeover,
        )
    except BaseException:
        imagefiles.remove(catalog.images, _unreferenced(catalog, written))
        raise
    changes.bound = bound
    changes.warnings = language_warnings(contents.publisher, contents.products)
    return changes.carrying(CHANGED | OpChanges(trust=bool(bound)))


def _unreferenced(catalog: Catalog, shas: list[str]) -> list[str]:
    rows = catalog.conn.execute("SELECT sha256 FROM images").fetchall()
    known = {row[0] for row in rows}
    return [sha for sha in shas if sha not in known]


def _withdrawals(catalog: Catalog, kind: str, contents: Contents) -> list[str]:
    """Tombstones, and for a full bundle every live entry of the publisher it no longer holds."""
    withdrawn = sorted(contents.tombstones)
    if kind == "full":
        live = catalog.conn.execute(
            "SELECT id FROM products WHERE publisher_id = ? AND withdrawn = 0 ORDER BY id",
            (contents.publisher.id,),
        )
        withdrawn += [row[0] for row in live if row[0] not in contents.ids]
    return withdrawn


def installed_bundles(catalog: Catalog) -> list[InstalledBundle]:
    """The newest installed bundle of each publisher, with what is live from the publisher
    (``counts`` are the last bundle's own: a delta's few changes)."""
    import json

    live = {
        row[0]: (row[1], row[2])
        for row in catalog.conn.execute(
            "SELECT publisher_id, total(withdrawn = 0), total(withdrawn) FROM products "
            "GROUP BY publisher_id"
        )
    }

    rows = catalog.conn.execute(
        "SELECT b.publisher_id, p.name, b.sequence, b.kind, b.created_at, b.installed_at, "
        "b.counts, t.publisher_id IS NOT NULL AND t.revoked_at = '', p.revoked, p.demo "
        "FROM bundles b JOIN publishers p ON p.id = b.publisher_id "
        "LEFT JOIN trust t ON t.publisher_id = b.publisher_id "
        "WHERE b.sequence = "
        "(SELECT max(sequence) FROM bundles x WHERE x.publisher_id = b.publisher_id) "
        "ORDER BY b.publisher_id"
    )
    return [
        InstalledBundle(
            r[0],
            r[1],
            r[2],
            r[3],
            r[4],
            r[5],
            json.loads(r[6] or "{}"),
            bool(r[7]),
            bool(r[8]),
            bool(r[9]),
            *(int(n) for n in live.get(r[0], (0, 0))),
        )
        for r in rows
    ]


def remove_publisher(catalog: Catalog, publisher_id: str) -> Count:
    """Remove every entry, brand and bundle record of ``publisher_id``; notes and trust stay.
    Returns how many products went."""
    ids = [
        row[0]
        for row in catalog.conn.execute(
            "SELECT id FROM products WHERE publisher_id = ? ORDER BY id", (publisher_id,)
        )
    ]
    with catalog.transaction() as conn:
        cursor = conn.execute("DELETE FROM publishers WHERE id = ?", (publisher_id,))
        if not cursor.rowcount:
            raise NotFoundError(
                _("No publisher {publisher_id!r} is installed; see `idguide bundles`.").format(
                    publisher_id=publisher_id
                )
            )
        generation = catalog.bump_generation()
    update_index(catalog, ids, generation)
    collect_garbage(catalog)
    return Count(len(ids), CHANGED)


def collect_garbage(catalog: Catalog, min_age_seconds: float = 600) -> int:
    """Forget pictures no entry uses and delete their files; return how many files went.

    Files not known to the catalogue are only deleted once ``min_age_seconds`` old, so that the
    pictures of an import running at this moment in another process are left alone.
    """
    with catalog.transaction() as conn:
        conn.execute(
            "DELETE FROM images WHERE sha256 NOT IN (SELECT sha256 FROM product_images) "
            "AND sha256 NOT IN (SELECT image_sha256 FROM features WHERE image_sha256 IS NOT NULL)"
        )
        keep = _referenced_shas(catalog)
    cutoff = time.time() - min_age_seconds
    paths = [catalog.images.path(sha) for sha in sorted(catalog.images.stored() - keep)]
    removed = sum(_remove_if_older(path, cutoff) for path in paths)
    staging.remove_leftovers(catalog.images.folder)  # what killed imports left
    return removed


def _remove_if_older(path: Path, cutoff: float) -> int:
    try:
        if path.stat().st_mtime > cutoff:
            return 0
        path.unlink()
    except OSError:
        return 0
    return 1


def _referenced_shas(catalog: Catalog) -> set[str]:
    """Every sha256 any table refers to (entries' pictures, officers' own photos...)."""
    keep: set[str] = set()
    tables = [
        r[0] for r in catalog.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    ]
    for table in tables:
        columns = [r[1] for r in catalog.conn.execute(f"PRAGMA table_info({table})")]
        for column in columns:
            if column in ("sha256", "image_sha256"):
                keep.update(
                    r[0] for r in catalog.conn.execute(f"SELECT {column} FROM {table}") if r[0]
                )
    return keep
