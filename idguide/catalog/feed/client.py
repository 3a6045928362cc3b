"""Syncing a laptop: refresh the feed's metadata, apply its trust document, install bundles.

A sync has two phases. The network phase (:mod:`~idguide.catalog.feed.download`) has
python-tuf's ``Updater`` refresh the metadata from the root file the administration handed out
(signatures, thresholds, versions never going back, expiry, snapshot consistency), brings the
feed's trust document if it changed, chooses per publisher the shortest chain of bundles from
the installed sequence to the newest (:mod:`~idguide.catalog.feed.plan`) and downloads it,
checked against the signed lengths and hashes. The install phase, :func:`install`, applies the
trust document and installs each chain through the same import as `idguide import`, with its
publisher signature, trust and brand checks. Anything refused is said, with why, and changes
nothing.

``idguide sync`` runs both phases one feed after the other (:func:`sync`); the app runs the
network phase in a thread of its own and the install phase in the catalogue's worker, so a
slow network never holds up a search.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from idguide.catalog.errors import Interrupted
from idguide.catalog.feed.config import FEEDS_CHANGED, Feed, list_feeds, save_feed
from idguide.catalog.feed.download import (
    TIMEOUT,
    Chain,
    FeedDownloads,
    FeedLock,
    Fetched,
    chosen_feeds,
    fetch_feeds,
    read_laptop,
)
from idguide.catalog.feed.errors import FeedError, FeedSetupError
from idguide.catalog.feed.results import Installed, Refused, SyncResult
from idguide.catalog.i18n import _
from idguide.catalog.progress import ProgressFn, no_progress
from idguide.catalog.store import Catalog

__all__ = ["SyncResult", "install", "sync"]

# What a sync writes in a feed's record; the rest (source, auto-check...) is the officer's.
SYNC_FIELDS = ("last_sync", "last_attempt", "last_error", "expires", "trust_sha256")


def sync(
    catalog: Catalog,
    names: list[str] | None = None,
    progress: ProgressFn | None = None,
    timeout: float = TIMEOUT,
) -> SyncResult:
    """Sync ``catalog`` from its feeds (or only those ``names``): each feed's network phase,
    then its install phase, before the next feed."""
    require_feeds(catalog)
    result = SyncResult().carrying(FEEDS_CHANGED)
    for feed in chosen_feeds(catalog.path, names):
        fetched = fetch_feeds(catalog.path, [feed], read_laptop(catalog), progress, timeout)
        install(catalog, fetched, progress, result)
    return result


def install(
    catalog: Catalog,
    fetched: Fetched,
    progress: ProgressFn | None = None,
    result: SyncResult | None = None,
) -> SyncResult:
    """The install phase: apply what ``fetched`` brought to ``catalog``, into ``result``.

    Each feed's record is saved and its lock let go, whatever happens. A cancel (Interrupted
    from ``progress``) rolls back the bundle being installed and stops there: what was installed
    before stays, and the result says ``cancelled``."""
    result = result if result is not None else SyncResult().carrying(FEEDS_CHANGED)
    try:
        require_feeds(catalog)
        for item in fetched.feeds:
            if not result.cancelled:
                _install_feed(catalog, item, progress, result)
    finally:
        fetched.release()
    return result


def require_feeds(catalog: Catalog) -> None:
    """Refuse, before anything is fetched or changed, to sync a catalogue IT manages that this
    user may not write (IT's system job syncs it), or on a computer whose system configuration
    turns the feeds off."""
    catalog.require_writable()
    if not catalog.system.feeds:
        raise FeedSetupError(
            _(
                "Update feeds are turned off on this computer by {where}: IT installs the "
                "updates. Nothing was changed."
            ).format(where=catalog.system.where())
        )


def _install_feed(
    catalog: Catalog, item: FeedDownloads, progress: ProgressFn | None, result: SyncResult
) -> None:
    feed = item.feed
    if not any(f.name == feed.name for f in list_feeds(catalog.path)):
        item.release()
        result.refused.append(
            Refused(
                feed.name,
                _("Feed {name} was removed meanwhile; nothing was installed from it.").format(
                    name=feed.name
                ),
            )
        )
        return
    result.refused += item.refused
    result.up_to_date += item.up_to_date
    result.warnings += item.warnings
    result.bytes_downloaded += item.bytes_downloaded
    if item.expires:
        result.metadata_expires[feed.name] = item.expires
    feed.last_error = item.error
    try:
        if item.trust is not None:
            _apply_trust(catalog, item, result)
        for chain in item.chains:
            if not _install_chain(catalog, item, chain, progress, result):
                break  # cancelled
    except FeedError as exc:
        result.refused.append(Refused(feed.name, str(exc)))
        feed.last_error = str(exc)
    finally:
        kept = _save_sync_state(catalog.path, feed)
        if kept and not feed.last_error and not result.cancelled:
            _tidy(item.cache, item.offered)
        item.release()


def _apply_trust(catalog: Catalog, item: FeedDownloads, result: SyncResult) -> None:
    from idguide.catalog.feed.trustdoc import apply_document

    feed = item.feed
    assert item.trust is not None
    changes = apply_document(catalog, item.trust, f"feed:{feed.name}")
    result.trust[feed.name] = changes
    result.op_changes |= changes.op_changes
    feed.trust_sha256 = item.trust_sha256
    result.warnings += [f"Feed {feed.name} ({feed.source}): {text}" for text in changes.warnings]


def _install_chain(
    catalog: Catalog,
    item: FeedDownloads,
    chain: Chain,
    progress: ProgressFn | None,
    result: SyncResult,
) -> bool:
    """Install ``chain`` in order, stopping at the first refusal (what follows builds on it);
    False if cancelled."""
    from idguide.catalog.bundles import BundleError, import_bundle

    report = progress or no_progress
    for offer, path in chain.files:
        try:
            report(0, 0, _("Installing {name}").format(name=offer.name))
            changes = import_bundle(catalog, path, progress)
        except Interrupted:
            # This bundle was rolled back and the rest are not started; their files stay in
            # the cache, where the next sync finds them.
            result.cancelled = True
            return False
        except BundleError as exc:
            Path(path).unlink(missing_ok=True)
            result.refused.append(Refused(item.feed.name, str(exc), offer.name, offer.publisher))
            return True
        Path(path).unlink(missing_ok=True)
        result.op_changes |= changes.op_changes
        result.warnings += [f"{offer.name}: {text}" for text in changes.warnings]
        result.installed.append(
            Installed(
                item.feed.name, offer.publisher, offer.sequence, offer.kind, offer.name, changes
            )
        )
    for refusal in (chain.failed, chain.unreachable):
        if refusal is not None:
            result.refused.append(refusal)
            break
    return True


def _save_sync_state(catalog_path: str | Path, synced: Feed) -> bool:
    """Keep what the sync learnt in the feed's record, leaving what the officer may have
    changed meanwhile (its automatic check, say); False if the feed was removed meanwhile."""
    current = next((f for f in list_feeds(catalog_path) if f.name == synced.name), None)
    if current is None:
        return False
    for name in SYNC_FIELDS:
        setattr(current, name, getattr(synced, name))
    save_feed(catalog_path, current)
    return True


def _tidy(cache: Path, offered: dict[str, Any]) -> None:
    """Drop downloads left from earlier syncs and partial files of targets no longer offered."""
    keep = set()
    for info in offered.values():
        name = info.path.rpartition("/")[2]
        keep |= {f"{sha}.{name}" for sha in info.hashes.values()}
    for path in list(cache.glob("*")) + list((cache / "partial").glob("*")):
        if path.is_file() and not (path.parent.name == "partial" and path.name in keep):
            path.unlink(missing_ok=True)


def _locked(folder: Path, name: str) -> FeedLock:
    """The lock of one feed's syncs, as a context manager (``with _locked(...)``)."""
    return FeedLock(folder, name)
