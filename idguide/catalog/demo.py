"""The fictional demo catalogue, for trying idguide and for training.

Every publisher, brand and picture in it is invented; the app marks it DEMO wherever it shows.
The demo publishers' bundles ship in ``assets/demo/bundles/`` (made by ``make demo-bundles``),
signed with the demo key, whose private half is public: so the demo installs exactly those
bundles, pinned by their sha256, for publishers of the reserved ``demo-`` namespace, and never
into a managed catalogue (see :mod:`idguide.catalog.bundles.demokey`). :func:`install_demo`
trusts the demo key for each of them (marked demo) and installs them through the normal import
path, with every check a real bundle gets. The GS1 company prefixes a demo publisher declares are
bound to it in the trust store, as an administrator binds a real publisher's.
"""

from __future__ import annotations

from pathlib import Path

from idguide.catalog.errors import CatalogError, IdguideError, Interrupted
from idguide.catalog.i18n import _
from idguide.catalog.managed import is_managed
from idguide.catalog.paths import assets_dir, demo_sources
from idguide.catalog.progress import ProgressFn
from idguide.catalog.store import Catalog
from idguide.catalog.write import Changes

# The bundle modules (and cryptography) are imported when the demo is used, not when
# idguide.catalog is: that keeps the app's start fast.

DEMO_CREATED_AT = "2026-11-01T00:00:00+00:00"
# Raise by one whenever the demo sources change, so catalogues holding the older demo update.
DEMO_SEQUENCE = 2


def shipped_bundle(source: Path) -> Path:
    return assets_dir() / "demo" / "bundles" / f"{source.name}.idgb"


def shipped_bundles() -> list[Path]:
    """The shipped bundle of each demo publisher. None is ever signed again here (the
    installed package has no demo key to sign with), so a missing one is a damaged
    installation, and CatalogError says which before anything is changed."""
    bundles = [shipped_bundle(source) for source in demo_sources()]
    missing = [bundle for bundle in bundles if not bundle.is_file()]
    if missing:
        raise CatalogError(
            _(
                "The demo cannot be installed: its bundle {name} is missing from this "
                "installation ({parent}). Nothing was changed; reinstall idguide."
            ).format(name=missing[0].name, parent=missing[0].parent)
        )
    return bundles


def install_demo(catalog: Catalog, progress: ProgressFn | None = None) -> Changes:
    """Install (or bring up to date) the demo catalogue; return what changed (carrying the
    change record). Running it twice changes nothing.

    A demo publisher whose bundle is refused (say a real publisher in this catalogue owns one
    of its brand ids) is left out and the others installed; then CatalogError names it. A
    managed catalogue takes no demo content, nor does any on a computer whose system
    configuration turns the demo off (``demo = false``)."""
    catalog.require_writable()
    if not catalog.system.demo:
        raise CatalogError(
            _("The demo catalogue is turned off on this computer by {where}.").format(
                where=catalog.system.where()
            )
        )
    if is_managed(catalog):
        raise CatalogError(
            _("This catalogue is managed by your administration: it takes no demo content.")
        )
    bundles = shipped_bundles()  # only the shipped, pinned bundles: no fallback
    total = _remove_old_demo(catalog)
    refused: list[str] = []
    for bundle in bundles:
        try:
            changes = _install(catalog, bundle, progress)
        except Interrupted:
            raise
        except IdguideError as exc:  # e.g. a real publisher owns a brand id the demo uses
            refused.append(str(exc))
            continue
        for name in ("added", "updated", "withdrawn", "unchanged"):
            getattr(total, name).extend(getattr(changes, name))
        total.op_changes |= changes.op_changes
    if refused:
        raise CatalogError(
            _(
                "The demo was installed ({added} added, {updated} updated) except {count} of its "
                "publishers: {reasons}"
            ).format(
                added=len(total.added),
                updated=len(total.updated),
                count=len(refused),
                reasons=" | ".join(refused),
            )
        )
    return total


def _remove_old_demo(catalog: Catalog) -> Changes:
    """The demo of an earlier idguide, whose publishers had ids outside the ``demo-``
    namespace, removed with their trust entries (the new demo's entries take their place)."""
    from idguide.catalog.bundles.apply import remove_publisher

    changes = Changes()
    rows = catalog.conn.execute(
        "SELECT id FROM publishers WHERE demo = 1 AND id NOT LIKE 'demo-%' ORDER BY id"
    ).fetchall()
    for (publisher_id,) in rows:
        changes.op_changes |= remove_publisher(catalog, publisher_id).op_changes
    with catalog.transaction() as conn:
        conn.execute("DELETE FROM trust WHERE demo = 1 AND publisher_id NOT LIKE 'demo-%'")
        for table in ("trust_keys", "trust_brands", "trust_prefixes"):
            conn.execute(
                f"DELETE FROM {table} WHERE publisher_id NOT IN (SELECT publisher_id FROM trust)"
            )
    return changes


def _install(catalog: Catalog, path: Path, progress: ProgressFn | None) -> Changes:
    from idguide.catalog.bundles import entries, format
    from idguide.catalog.bundles.apply import import_bundle
    from idguide.catalog.bundles.demokey import demo_public_key, demo_raw_key
    from idguide.catalog.bundles.installable import installed_sequence
    from idguide.catalog.bundles.reader import open_bundle
    from idguide.catalog.bundles.trust import get_trust, trust_add

    with open_bundle(path) as bundle:
        bundle.require_signature(demo_raw_key())
        manifest = bundle.manifest
        data = bundle.read_json(format.PUBLISHER, format.MAX_PUBLISHER_BYTES)
        publisher = entries.read_publisher(data, f"{bundle.name}: {format.PUBLISHER}")
    trusted = get_trust(catalog, manifest.publisher)
    installed = installed_sequence(catalog, manifest.publisher)
    brands = [b.id for b in publisher.brands]
    # The demo's trust store binds the GS1 prefixes each demo publisher declares, as an
    # administrator binds a real brand's: so a code not issued to a demo brand shows red.
    prefixes = publisher.gs1_prefixes
    if trusted is not None and installed is not None and installed >= manifest.sequence:
        unchanged = Changes(unchanged=sorted(manifest.products))  # installed already
        if set(prefixes) <= set(trusted.prefixes):
            return unchanged
        # a demo installed before it bound them
        entry = trust_add(catalog, None, manifest.publisher, brands, demo=True, prefixes=prefixes)
        return unchanged.carrying(entry.op_changes)
    key = demo_public_key()
    entry = trust_add(catalog, key, manifest.publisher, brands, demo=True, prefixes=prefixes)
    changes = import_bundle(catalog, path, progress)
    return changes.carrying(changes.op_changes | entry.op_changes)
