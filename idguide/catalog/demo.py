"""The fictional demo catalogue, for trying idguide and for training.

Every publisher, brand and picture in it is invented; the app marks it DEMO wherever it shows.
The demo publishers' bundles (``assets/demo/bundles/``, rebuilt by ``make demo-bundles``) are
signed with the demo key in ``assets/demo/keys/``, the only trust anchor idguide ships.
:func:`install_demo` trusts that key for the demo publishers only (marked demo) and installs the
bundles through the normal import path, with every check a real bundle gets.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from idguide.catalog.errors import CatalogError, IdguideError, Interrupted
from idguide.catalog.paths import assets_dir, demo_sources
from idguide.catalog.progress import ProgressFn
from idguide.catalog.store import Catalog
from idguide.catalog.write import Changes

# The bundle modules (and cryptography) are imported when the demo is used, not when
# idguide.catalog is: that keeps the app's start fast.

DEMO_CREATED_AT = "2026-11-01T00:00:00+00:00"
# Raise by one whenever the demo sources change, so catalogues holding the older demo update.
DEMO_SEQUENCE = 1


def demo_keys() -> tuple[Path, Path]:
    folder = assets_dir() / "demo" / "keys"
    return folder / "private.key", folder / "public.key"


def shipped_bundle(source: Path) -> Path:
    return assets_dir() / "demo" / "bundles" / f"{source.name}.idgb"


def build_demo_bundles(out: Path, sources: list[Path] | None = None) -> list[Path]:
    """Sign a bundle of each demo publisher into ``out`` with the demo key."""
    from idguide.catalog.bundles.build import build_bundle

    private, _ = demo_keys()
    written = []
    for source in sources if sources is not None else demo_sources():
        target = out / f"{source.name}.idgb"
        build_bundle(source, target, private, DEMO_SEQUENCE, created_at=DEMO_CREATED_AT)
        written.append(target)
    return written


def demo_bundle(source: Path, folder: Path) -> Path:
    """The shipped bundle of the demo publisher ``source``; in a checkout where `make
    demo-bundles` has not run, one signed into ``folder`` now. An installed idguide (the
    desktop build) ships the bundles and never the demo key, so there a missing one is a
    damaged installation, and CatalogError says which."""
    bundle = shipped_bundle(source)
    if bundle.is_file():
        return bundle
    if not demo_keys()[0].is_file():
        raise CatalogError(
            f"The demo cannot be installed: its bundle {bundle.name} is missing from this "
            f"installation ({bundle.parent}). Nothing was changed; reinstall idguide."
        )
    return build_demo_bundles(folder, [source])[0]


def install_demo(catalog: Catalog, progress: ProgressFn | None = None) -> Changes:
    """Install (or bring up to date) the demo catalogue; return what changed (carrying the
    change record). Running it twice changes nothing.

    A demo publisher whose bundle is refused (say a real publisher in this catalogue owns one
    of its brand ids) is left out and the others installed; then CatalogError names it."""
    total = Changes()
    refused: list[str] = []
    with tempfile.TemporaryDirectory(prefix="idguide-demo-") as temporary:
        for bundle in [demo_bundle(source, Path(temporary)) for source in demo_sources()]:
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
            f"The demo was installed ({len(total.added)} added, {len(total.updated)} updated) "
            f"except {len(refused)} of its publishers: " + " | ".join(refused)
        )
    return total


def _install(catalog: Catalog, path: Path, progress: ProgressFn | None) -> Changes:
    from idguide.catalog.bundles import entries, format
    from idguide.catalog.bundles.apply import import_bundle
    from idguide.catalog.bundles.installable import installed_sequence
    from idguide.catalog.bundles.keys import load_public_key, raw_public
    from idguide.catalog.bundles.reader import open_bundle
    from idguide.catalog.bundles.trust import get_trust, trust_add

    _, public_path = demo_keys()
    public = load_public_key(public_path)
    with open_bundle(path) as bundle:
        bundle.require_signature(raw_public(public))
        manifest = bundle.manifest
        data = bundle.read_json(format.PUBLISHER, format.MAX_PUBLISHER_BYTES)
        publisher = entries.read_publisher(data, f"{bundle.name}: {format.PUBLISHER}")
    trusted = get_trust(catalog, manifest.publisher)
    installed = installed_sequence(catalog, manifest.publisher)
    if (trusted is not None and not trusted.demo) or (
        installed is not None and installed >= manifest.sequence
    ):  # a real publisher of that id is trusted, or this demo is installed already
        return Changes(unchanged=sorted(manifest.products))
    brands = [b.id for b in publisher.brands]
    entry = trust_add(catalog, public, manifest.publisher, brands, demo=True)
    changes = import_bundle(catalog, path, progress)
    return changes.carrying(changes.op_changes | entry.op_changes)
