"""Syncing a laptop: refresh the feed's metadata, apply its trust document, install bundles.

For each feed of the catalogue, python-tuf's ``Updater`` refreshes the metadata from the root
file the administration handed out (signatures, thresholds, versions never going back, expiry,
snapshot consistency); then the feed's trust document is applied, and per publisher the
shortest chain of bundles from the installed sequence to the newest
(:mod:`~idguide.catalog.feed.plan`) is downloaded, checked against the signed lengths and
hashes, and installed through the same import as `idguide import`, with its publisher
signature, trust and brand checks. Anything refused is said, with why, and changes nothing.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from idguide.catalog.changes import CarriesChanges
from idguide.catalog.feed.config import (
    FEEDS_CHANGED,
    ROOT_NAME,
    Feed,
    feed_folder,
    get_feed,
    list_feeds,
    save_feed,
)
from idguide.catalog.feed.errors import (
    FeedBusyError,
    FeedError,
    FeedSetupError,
    FeedUnreachableError,
)
from idguide.catalog.feed.plan import Offer, plan, read_offer
from idguide.catalog.feed.publish import TRUST_TARGET
from idguide.catalog.feed.repo import SIGNED_AT, iso
from idguide.catalog.progress import ProgressFn
from idguide.catalog.store import Catalog
from idguide.catalog.write import Changes
from idguide.catalog.write import now as now_text

if TYPE_CHECKING:
    from tuf.api.metadata import Targets
    from tuf.ngclient import Updater

    from idguide.catalog.feed.fetch import FeedFetcher
    from idguide.catalog.feed.trustdoc import TrustChanges

CLOCK_SLACK = timedelta(minutes=5)  # clocks differ a little; a wrong one differs more
TIMEOUT = 30.0


@dataclass
class Installed:
    feed: str
    publisher: str
    sequence: int
    kind: str
    target: str
    changes: Changes = field(repr=False)

    def as_dict(self) -> dict:
        counts = {k: len(getattr(self.changes, k)) for k in ("added", "updated", "withdrawn")}
        return {
            "feed": self.feed,
            "publisher": self.publisher,
            "sequence": self.sequence,
            "kind": self.kind,
            "target": self.target,
            **counts,
        }


@dataclass
class Refused:
    feed: str
    reason: str
    target: str = ""
    publisher: str = ""

    def as_dict(self) -> dict:
        return dict(self.__dict__)


@dataclass
class SyncResult(CarriesChanges):
    """What a sync did, carrying the change record: the feeds' records, and what the trust
    documents and the imports changed in the catalogue (merged)."""

    installed: list[Installed] = field(default_factory=list)
    refused: list[Refused] = field(default_factory=list)
    up_to_date: list[dict] = field(default_factory=list)  # {feed, publisher, sequence}
    bytes_downloaded: int = 0
    metadata_expires: dict[str, str] = field(default_factory=dict)  # per feed
    warnings: list[str] = field(default_factory=list)
    trust: dict[str, TrustChanges] = field(default_factory=dict)  # per feed, when applied

    @property
    def ok(self) -> bool:
        """Everything offered was installed or was there already."""
        return not self.refused

    def as_dict(self) -> dict:
        return {
            "installed": [item.as_dict() for item in self.installed],
            "refused": [item.as_dict() for item in self.refused],
            "up_to_date": self.up_to_date,
            "bytes_downloaded": self.bytes_downloaded,
            "metadata_expires": self.metadata_expires,
            "warnings": self.warnings,
            "trust": {name: changes.as_dict() for name, changes in self.trust.items()},
        }


def sync(
    catalog: Catalog,
    names: list[str] | None = None,
    progress: ProgressFn | None = None,
    timeout: float = TIMEOUT,
) -> SyncResult:
    """Sync ``catalog`` from its feeds (or only those ``names``)."""
    feeds = [get_feed(catalog.path, name) for name in names] if names else list_feeds(catalog.path)
    if not feeds:
        raise FeedSetupError(
            "No feed is set up for this catalogue. Add your administration's with: idguide feed "
            "add SOURCE --root 1.root.json"
        )
    result = SyncResult().carrying(FEEDS_CHANGED)
    for feed in feeds:
        FeedSync(catalog, feed, result, progress, timeout).run()
    return result


class FeedSync:
    """One feed's sync into ``result``."""

    def __init__(
        self,
        catalog: Catalog,
        feed: Feed,
        result: SyncResult,
        progress: ProgressFn | None,
        timeout: float,
    ) -> None:
        self.catalog, self.feed, self.result = catalog, feed, result
        self.progress, self.timeout = progress, timeout
        self.folder = feed_folder(catalog.path, feed.name)
        self.where = f"Feed {feed.name} ({feed.source})"
        self._offered: dict[str, Any] = {}  # every target the feed offers, by path

    def run(self) -> None:
        feed = self.feed
        with _locked(self.folder, feed.name):
            feed.last_attempt = now_text()
            try:
                self._sync()
                feed.last_error = ""
            except (FeedError, OSError) as exc:
                reason = str(exc) if isinstance(exc, FeedError) else self._disk_problem(exc)
                self.result.refused.append(Refused(feed.name, reason))
                feed.last_error = reason
            finally:
                save_feed(self.catalog.path, feed)

    def _sync(self) -> None:
        from tuf.api import exceptions

        from idguide.catalog.feed.diagnose import explain

        updater, fetcher = self._updater()
        try:
            updater.refresh()
        except (exceptions.RepositoryError, exceptions.DownloadError) as exc:
            raise explain(exc, self.feed, fetcher, self.metadata_dir) from None
        finally:
            self.result.bytes_downloaded += fetcher.bytes_received
            fetcher.bytes_received = 0
        self.feed.last_sync = now_text()
        self._note_dates()
        try:
            self._install(updater, self._offers(updater))
        finally:
            self.result.bytes_downloaded += fetcher.bytes_received
        _tidy(self.cache, self._offered)

    def _disk_problem(self, exc: OSError) -> str:
        """python-tuf writes the metadata it trusts beside the catalogue: a full or read-only
        disk stops the sync there, with nothing installed."""
        where = exc.filename or self.folder
        return f"{self.where}: cannot write {where} ({exc.strerror or exc}). Nothing was installed."

    # -- setting up --------------------------------------------------------------------------

    @property
    def metadata_dir(self) -> Path:
        return self.folder / "metadata"

    @property
    def cache(self) -> Path:
        return self.folder / "cache"

    def _updater(self) -> tuple[Updater, FeedFetcher]:
        from tuf.api import exceptions
        from tuf.ngclient import Updater

        from idguide import __version__
        from idguide.catalog.feed.fetch import FeedFetcher

        try:
            root = (self.folder / ROOT_NAME).read_bytes()
        except OSError:
            raise FeedSetupError(
                f"{self.where}: its root file is missing from {self.folder}. Remove the feed "
                "and add it again with the administration's root file."
            ) from None
        base = self.feed.source if self.feed.is_url else _folder_url(self.feed.source, self.where)
        fetcher = FeedFetcher(
            self.cache / "partial",
            f"{base}targets/",
            self.feed.ca_bundle,
            self.timeout,
            self.progress,
            f"idguide/{__version__}",
        )
        self.metadata_dir.mkdir(parents=True, exist_ok=True)
        try:
            updater = Updater(
                str(self.metadata_dir),
                f"{base}metadata/",
                str(self.cache),
                f"{base}targets/",
                fetcher,
                bootstrap=root,
            )
        except (exceptions.RepositoryError, ValueError) as exc:  # the stored root is damaged
            raise FeedSetupError(
                f"{self.where}: its root file in {self.folder} is damaged ({exc}). Remove the "
                "feed and add it again with the administration's root file."
            ) from None
        return updater, fetcher

    def _note_dates(self) -> None:
        """When the trusted metadata expire, and whether this computer's clock looks wrong."""
        from tuf.api.metadata import Metadata

        signed = [
            Metadata.from_file(str(self.metadata_dir / f"{role}.json")).signed
            for role in ("root", "timestamp", "snapshot", "targets")
        ]
        expires = iso(min(item.expires for item in signed))
        self.feed.expires = self.result.metadata_expires[self.feed.name] = expires
        signed_at = signed[1].unrecognized_fields.get(SIGNED_AT)
        now = datetime.now(UTC)
        try:
            moment = datetime.fromisoformat(signed_at) if isinstance(signed_at, str) else None
        except ValueError:
            moment = None
        if moment is not None and now + CLOCK_SLACK < moment:
            self.result.warnings.append(
                f"{self.where}: this computer's clock says {now:%Y-%m-%d %H:%M} UTC, before the "
                f"feed was signed ({moment:%Y-%m-%d %H:%M} UTC). Correct the date and time: "
                "until then, the feed's expiry dates cannot protect this laptop."
            )

    # -- what is offered -----------------------------------------------------------------------

    def _offers(self, updater: Updater) -> list[Offer]:
        from tuf.api.metadata import Metadata

        md: Metadata[Targets] = Metadata.from_file(str(self.metadata_dir / "targets.json"))
        trusted = md.signed.targets
        offers = []
        for path in sorted(trusted):
            info = updater.get_targetinfo(path)
            if info is None:
                continue
            self._offered[path] = info
            if path == TRUST_TARGET:
                self._apply_trust(updater, info)
                continue
            offer = read_offer(path, info.custom, info.length)
            if isinstance(offer, str):
                self.result.refused.append(Refused(self.feed.name, offer, path))
            else:
                offers.append(offer)
        return offers

    def _apply_trust(self, updater: Updater, info: Any) -> None:
        from idguide.catalog.feed.trustdoc import apply_document, parse_document

        sha256 = info.hashes.get("sha256", "")
        if sha256 and sha256 == self.feed.trust_sha256:
            return  # applied already: not fetched again
        path = Path(self._download(updater, info, TRUST_TARGET))
        try:
            document = parse_document(path.read_bytes(), f"{self.where}: {TRUST_TARGET}")
        finally:
            path.unlink(missing_ok=True)
        changes = apply_document(self.catalog, document, f"feed:{self.feed.name}")
        self.result.trust[self.feed.name] = changes
        self.result.op_changes |= changes.op_changes
        self.feed.trust_sha256 = sha256
        self.result.warnings += [f"{self.where}: {warning}" for warning in changes.warnings]

    def _download(self, updater: Updater, info: Any, name: str) -> str:
        from tuf.api import exceptions

        from idguide.catalog.feed.diagnose import download_problem

        try:
            return updater.find_cached_target(info) or updater.download_target(info)
        except (exceptions.RepositoryError, exceptions.DownloadError) as exc:
            raise download_problem(exc, self.where, name, info.length) from None

    # -- installing --------------------------------------------------------------------------

    def _install(self, updater: Updater, offers: list[Offer]) -> None:
        from idguide.catalog.bundles import get_trust, installed_sequence

        by_publisher: dict[str, list[Offer]] = {}
        for offer in offers:
            by_publisher.setdefault(offer.publisher, []).append(offer)
        for publisher, mine in sorted(by_publisher.items()):
            installed = installed_sequence(self.catalog, publisher)
            chosen = plan(mine, installed)
            if not chosen.chain and not chosen.unreachable:
                self.result.up_to_date.append(
                    {"feed": self.feed.name, "publisher": publisher, "sequence": installed}
                )
                continue
            if chosen.chain and get_trust(self.catalog, publisher) is None:
                self._refuse(
                    chosen.chain[0],
                    f"publisher {publisher!r} is not in this laptop's trust store (nor in the "
                    "feed's trust document), so its bundles were not downloaded.",
                )
                continue
            if self._install_chain(updater, chosen.chain) and chosen.unreachable:
                self._refuse(
                    Offer("", publisher, chosen.newest, "", None, 0),
                    f"sequence {chosen.newest} of {publisher!r} is offered, but no full bundle "
                    f"or chain of updates leads there from sequence {installed}.",
                )

    def _install_chain(self, updater: Updater, chain: list[Offer]) -> bool:
        """Install ``chain`` in order; stop at the first refusal (what follows builds on it)."""
        from idguide.catalog.bundles import BundleError, import_bundle

        for offer in chain:
            try:
                path = self._download(updater, updater.get_targetinfo(offer.path), offer.name)
            except FeedUnreachableError:
                raise  # offline now: the rest of this feed cannot be fetched either
            except FeedError as exc:
                self._refuse(offer, str(exc))
                return False
            try:
                changes = import_bundle(self.catalog, path, self.progress)
            except BundleError as exc:
                self._refuse(offer, str(exc))
                return False
            finally:
                Path(path).unlink(missing_ok=True)
            self.result.op_changes |= changes.op_changes
            self.result.installed.append(
                Installed(
                    self.feed.name, offer.publisher, offer.sequence, offer.kind, offer.name, changes
                )
            )
        return True

    def _refuse(self, offer: Offer, reason: str) -> None:
        self.result.refused.append(Refused(self.feed.name, reason, offer.name, offer.publisher))


def _folder_url(source: str, where: str) -> str:
    folder = Path(source)
    if not folder.is_dir():
        raise FeedUnreachableError(
            f"{where}: the folder is not there. Plug in the USB stick or connect the shared "
            "folder, then sync again. Nothing was changed."
        )
    return folder.as_uri().rstrip("/") + "/"


def _tidy(cache: Path, offered: dict[str, Any]) -> None:
    """Drop downloads left from earlier syncs and partial files of targets no longer offered."""
    keep = set()
    for info in offered.values():
        name = info.path.rpartition("/")[2]
        keep |= {f"{sha}.{name}" for sha in info.hashes.values()}
    for path in list(cache.glob("*")) + list((cache / "partial").glob("*")):
        if path.is_file() and not (path.parent.name == "partial" and path.name in keep):
            path.unlink(missing_ok=True)


@contextmanager
def _locked(folder: Path, name: str) -> Iterator[None]:
    """Hold the feed's lock: one sync of a feed at a time (the app and a system job, say)."""
    folder.mkdir(parents=True, exist_ok=True)
    handle = open(folder / "sync.lock", "a+b")  # noqa: SIM115 (held until the sync ends)
    try:
        try:
            if sys.platform == "win32":
                import msvcrt

                msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            raise FeedBusyError(
                f"Feed {name} is being synced already (by the app or a system job); try again "
                "when that has finished."
            ) from None
        yield
    finally:
        handle.close()  # the lock goes with the handle
