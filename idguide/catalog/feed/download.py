"""A sync's network phase: refresh each feed's metadata and download what is to be installed.

This phase needs no catalogue, so the app runs it in a thread of its own while the catalogue's
worker goes on answering searches. What it must know of the catalogue (each publisher's
installed sequence, whom the trust store trusts) is read beforehand by :func:`read_laptop`.
What it brings back (:class:`Fetched`) is put into the catalogue by the install phase,
:func:`idguide.catalog.feed.client.install`; ``idguide sync`` runs both, one feed at a time.

Each feed's lock is taken here and held until the install phase is done with the feed (or
:meth:`Fetched.release`), so the app and a system job never sync one feed at once, and neither
tidies away the other's downloads.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from idguide.catalog.feed.config import (
    ROOT_NAME,
    Feed,
    feed_folder,
    feed_words,
    get_feed,
    list_feeds,
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
from idguide.catalog.feed.results import Refused
from idguide.catalog.i18n import _
from idguide.catalog.progress import ProgressFn, no_progress
from idguide.catalog.store import Catalog, is_catalogue_file
from idguide.catalog.write import now as now_text

if TYPE_CHECKING:
    from tuf.api.metadata import Targets
    from tuf.ngclient import Updater

    from idguide.catalog.feed.fetch import FeedFetcher
    from idguide.catalog.feed.trustdoc import TrustDocument

CLOCK_SLACK = timedelta(minutes=5)  # clocks differ a little; a wrong one differs more
TIMEOUT = 30.0


# -- what the catalogue says, read before the network phase -------------------------------------


@dataclass
class Laptop:
    """What decides what to download: each publisher's installed sequence, and whom the trust
    store trusts (publisher -> origin of its entry: '' by hand, 'feed:NAME' from a feed)."""

    installed: dict[str, int] = field(default_factory=dict)
    trust: dict[str, str] = field(default_factory=dict)

    def after(self, document: TrustDocument, origin: str) -> Laptop:
        """Whom this laptop trusts once ``document`` of ``origin`` is applied: the rule of
        :func:`~idguide.catalog.feed.trustdoc.apply_document` (the feed's entries say what the
        document says; entries made by hand stay)."""
        listed = {publisher.id for publisher in document.publishers}
        trust = {pid: o for pid, o in self.trust.items() if o != origin or pid in listed}
        for pid in listed:
            trust.setdefault(pid, origin)
        return Laptop(dict(self.installed), trust)


def read_laptop(catalog: Catalog) -> Laptop:
    from idguide.catalog.bundles import installed_sequence, trust_list

    trust = {entry.publisher_id: entry.origin for entry in trust_list(catalog)}
    rows = catalog.conn.execute("SELECT DISTINCT publisher_id FROM bundles")
    publishers = {row[0] for row in rows} | set(trust)
    installed = {pid: installed_sequence(catalog, pid) for pid in sorted(publishers)}
    return Laptop({pid: seq for pid, seq in installed.items() if seq is not None}, trust)


# -- what the network phase brings back ---------------------------------------------------------


@dataclass
class Chain:
    """One publisher's bundles to install, in order, as downloaded."""

    publisher: str
    files: list[tuple[Offer, str]] = field(default_factory=list)  # each offer and its file
    failed: Refused | None = None  # the download that stopped the chain, after ``files``
    unreachable: Refused | None = None  # said once ``files`` are all installed


@dataclass
class FeedDownloads:
    """One feed's network phase, waiting for its install phase."""

    feed: Feed
    folder: Path
    lock: FeedLock | None = None
    refused: list[Refused] = field(default_factory=list)
    up_to_date: list[dict] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    bytes_downloaded: int = 0
    expires: str = ""  # when the metadata just refreshed expire ('' if they were not)
    trust: TrustDocument | None = None  # a trust document that changed since the last sync
    trust_sha256: str = ""
    chains: list[Chain] = field(default_factory=list)
    offered: dict[str, Any] = field(default_factory=dict)  # every target offered, by path
    error: str = ""  # why the feed could not be synced ('' when it could)

    @property
    def cache(self) -> Path:
        return self.folder / "cache"

    def release(self) -> None:
        if self.lock is not None:
            self.lock.release()
            self.lock = None


@dataclass
class Fetched:
    """What the network phase of one or more feeds brought, for :func:`client.install`."""

    feeds: list[FeedDownloads] = field(default_factory=list)

    def release(self) -> None:
        """Give up without installing: the feeds' locks are let go (downloads stay cached,
        so the next check does not fetch them again)."""
        for item in self.feeds:
            item.release()

    @property
    def to_install(self) -> int:
        return sum(len(chain.files) for item in self.feeds for chain in item.chains)


def chosen_feeds(catalog_path: str | Path, names: list[str] | None) -> list[Feed]:
    feeds = [get_feed(catalog_path, name) for name in names] if names else list_feeds(catalog_path)
    if not feeds:
        raise FeedSetupError(
            _(
                "No feed is set up for this catalogue. Add your administration's with: "
                "idguide feed add SOURCE --root 1.root.json"
            )
        )
    return feeds


def fetch_feeds(
    catalog_path: str | Path,
    feeds: list[Feed],
    laptop: Laptop,
    progress: ProgressFn | None = None,
    timeout: float = TIMEOUT,
) -> Fetched:
    """The network phase for ``feeds`` of the catalogue at ``catalog_path``, which holds what
    ``laptop`` says. A feed that cannot be synced is said in its ``refused``; Interrupted from
    ``progress`` (a cancel) lets every lock go and comes through."""
    fetched = Fetched()
    try:
        for feed in feeds:
            item = FeedDownload(catalog_path, feed, laptop, progress, timeout).run()
            fetched.feeds.append(item)
            laptop = _next_laptop(laptop, item)
    except BaseException:
        fetched.release()
        raise
    return fetched


def _next_laptop(laptop: Laptop, item: FeedDownloads) -> Laptop:
    """What the next feed should assume: this feed's trust document applied, its chains in."""
    after = laptop.after(item.trust, f"feed:{item.feed.name}") if item.trust else laptop
    for chain in item.chains:
        if chain.files:
            after.installed[chain.publisher] = chain.files[-1][0].sequence
    return after


# -- one feed ---------------------------------------------------------------------------------


class FeedDownload:
    """One feed's network phase, into a :class:`FeedDownloads`."""

    def __init__(
        self,
        catalog_path: str | Path,
        feed: Feed,
        laptop: Laptop,
        progress: ProgressFn | None,
        timeout: float,
    ) -> None:
        self.feed, self.laptop, self.timeout = feed, laptop, timeout
        self.progress = progress or no_progress
        self.catalog_path = catalog_path
        self.folder = feed_folder(catalog_path, feed.name)
        self.where = feed_words(feed.name, feed.source)
        self.out = FeedDownloads(feed, self.folder)

    def run(self) -> FeedDownloads:
        out = self.out
        out.lock = FeedLock(self.folder, self.feed.name).acquire()
        try:
            self.feed.last_attempt = now_text()
            self._run()
        except (FeedError, OSError) as exc:
            reason = str(exc) if isinstance(exc, FeedError) else self._disk_problem(exc)
            out.refused.append(Refused(self.feed.name, reason))
            out.error = reason
        except BaseException:
            out.release()
            raise
        return out

    def _run(self) -> None:
        from tuf.api import exceptions

        from idguide.catalog.feed.diagnose import explain

        self.progress(0, 0, _("Checking feed {name}").format(name=self.feed.name))
        updater, fetcher = self._updater()
        try:
            updater.refresh()
        except (exceptions.RepositoryError, exceptions.DownloadError) as exc:
            raise explain(exc, self.feed, fetcher, self.metadata_dir) from None
        finally:
            self.out.bytes_downloaded += fetcher.bytes_received
            fetcher.bytes_received = 0
        self.feed.last_sync = now_text()
        self._note_dates()
        try:
            offers = self._offers(updater)
            self._download_chains(updater, offers)
        finally:
            self.out.bytes_downloaded += fetcher.bytes_received

    def _disk_problem(self, exc: OSError) -> str:
        """python-tuf writes the metadata it trusts beside the catalogue: a full or read-only
        disk stops the sync there, with nothing installed."""
        where = exc.filename or self.folder
        return _("{where}: cannot write {path} ({reason}). Nothing was installed.").format(
            where=self.where, path=where, reason=exc.strerror or exc
        )

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

        ca_bundle = self.feed.ca_bundle
        if ca_bundle and is_catalogue_file(ca_bundle, self.catalog_path):
            # feeds.json may be written by hand (IT's set-up): never read beside the catalogue
            raise FeedSetupError(
                _(
                    "{where}: its CA bundle {path} is one of the catalogue's own files; nothing "
                    "else may read it while idguide has the catalogue open. Add the feed again "
                    "with another --ca-bundle. Nothing was changed."
                ).format(where=self.where, path=ca_bundle)
            )
        try:
            root = (self.folder / ROOT_NAME).read_bytes()
        except OSError:
            raise FeedSetupError(
                _(
                    "{where}: its root file is missing from {folder}. Remove the feed and "
                    "add it again with the administration's root file."
                ).format(where=self.where, folder=self.folder)
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
                _(
                    "{where}: its root file in {folder} is damaged ({error}). Remove the "
                    "feed and add it again with the administration's root file."
                ).format(where=self.where, folder=self.folder, error=exc)
            ) from None
        return updater, fetcher

    def _note_dates(self) -> None:
        """When the trusted metadata expire, and whether this computer's clock looks wrong."""
        from tuf.api.metadata import Metadata

        signed = [
            Metadata.from_file(str(self.metadata_dir / f"{role}.json")).signed
            for role in ("root", "timestamp", "snapshot", "targets")
        ]
        self.feed.expires = self.out.expires = iso(min(item.expires for item in signed))
        signed_at = signed[1].unrecognized_fields.get(SIGNED_AT)
        now = datetime.now(UTC)
        try:
            moment = datetime.fromisoformat(signed_at) if isinstance(signed_at, str) else None
        except ValueError:
            moment = None
        if moment is not None and now + CLOCK_SLACK < moment:
            self.out.warnings.append(
                _(
                    "{where}: this computer's clock says {now} UTC, before the feed was signed "
                    "({signed} UTC). Correct the date and time: until then, the feed's expiry "
                    "dates cannot protect this laptop."
                ).format(
                    where=self.where,
                    now=f"{now:%Y-%m-%d %H:%M}",
                    signed=f"{moment:%Y-%m-%d %H:%M}",
                )
            )

    # -- what is offered -----------------------------------------------------------------------

    def _offers(self, updater: Updater) -> list[Offer]:
        from tuf.api.metadata import Metadata

        md: Metadata[Targets] = Metadata.from_file(str(self.metadata_dir / "targets.json"))
        offers = []
        for path in sorted(md.signed.targets):
            info = updater.get_targetinfo(path)
            if info is None:
                continue
            self.out.offered[path] = info
            if path == TRUST_TARGET:
                self._fetch_trust(updater, info)
                continue
            offer = read_offer(path, info.custom, info.length)
            if isinstance(offer, str):
                self.out.refused.append(Refused(self.feed.name, offer, path))
            else:
                offers.append(offer)
        return offers

    def _fetch_trust(self, updater: Updater, info: Any) -> None:
        """Bring the feed's trust document if it changed since it was last applied."""
        from idguide.catalog.feed.trustdoc import parse_document

        sha256 = info.hashes.get("sha256", "")
        if sha256 and sha256 == self.feed.trust_sha256:
            return  # applied already: not fetched again
        path = Path(self._download(updater, info, TRUST_TARGET))
        try:
            document = parse_document(path.read_bytes(), f"{self.where}: {TRUST_TARGET}")
        finally:
            path.unlink(missing_ok=True)
        self.out.trust, self.out.trust_sha256 = document, sha256

    def _download(self, updater: Updater, info: Any, name: str) -> str:
        from tuf.api import exceptions

        from idguide.catalog.feed.diagnose import download_problem

        try:
            return updater.find_cached_target(info) or updater.download_target(info)
        except (exceptions.RepositoryError, exceptions.DownloadError) as exc:
            raise download_problem(exc, self.where, name, info.length) from None

    # -- what to download ----------------------------------------------------------------------

    def _download_chains(self, updater: Updater, offers: list[Offer]) -> None:
        out = self.out
        laptop = (
            self.laptop.after(out.trust, f"feed:{self.feed.name}") if out.trust else self.laptop
        )
        by_publisher: dict[str, list[Offer]] = {}
        for offer in offers:
            by_publisher.setdefault(offer.publisher, []).append(offer)
        for publisher, mine in sorted(by_publisher.items()):
            installed = laptop.installed.get(publisher)
            chosen = plan(mine, installed)
            if not chosen.chain and not chosen.unreachable:
                out.up_to_date.append(
                    {"feed": self.feed.name, "publisher": publisher, "sequence": installed}
                )
                continue
            if chosen.chain and publisher not in laptop.trust:
                out.refused.append(
                    self._refusal(
                        chosen.chain[0],
                        _(
                            "publisher {publisher!r} is not in this laptop's trust store (nor "
                            "in the feed's trust document), so its bundles were not downloaded."
                        ).format(publisher=publisher),
                    )
                )
                continue
            chain = Chain(publisher)
            out.chains.append(chain)
            if chosen.unreachable:
                chain.unreachable = self._refusal(
                    Offer("", publisher, chosen.newest, "", None, 0),
                    _(
                        "sequence {newest} of {publisher!r} is offered, but no full bundle or "
                        "chain of updates leads there from sequence {installed}."
                    ).format(newest=chosen.newest, publisher=publisher, installed=installed),
                )
            self._download_chain(updater, chain, chosen.chain)

    def _download_chain(self, updater: Updater, chain: Chain, offers: list[Offer]) -> None:
        """Download ``offers`` in order; stop at the first refusal (what follows builds on it)."""
        for offer in offers:
            try:
                path = self._download(updater, updater.get_targetinfo(offer.path), offer.name)
            except FeedUnreachableError:
                raise  # offline now: the rest of this feed cannot be fetched either
            except FeedError as exc:
                chain.failed = self._refusal(offer, str(exc))
                return
            chain.files.append((offer, path))

    def _refusal(self, offer: Offer, reason: str) -> Refused:
        return Refused(self.feed.name, reason, offer.name, offer.publisher)


def _folder_url(source: str, where: str) -> str:
    folder = Path(source)
    if not folder.is_dir():
        raise FeedUnreachableError(
            _(
                "{where}: the folder is not there. Plug in the USB stick or connect the "
                "shared folder, then sync again. Nothing was changed."
            ).format(where=where)
        )
    return folder.as_uri().rstrip("/") + "/"


# -- one sync of a feed at a time ---------------------------------------------------------------


class FeedLock:
    """The lock of the feed in ``folder``: one sync of a feed at a time (the app and a system
    job, say). Held by an open file, so it may be let go in another thread than took it, and
    the system lets it go should the program end."""

    def __init__(self, folder: Path, name: str) -> None:
        self.folder, self.name = folder, name
        self._handle: IO[bytes] | None = None

    def acquire(self) -> FeedLock:
        self.folder.mkdir(parents=True, exist_ok=True)
        handle = open(self.folder / "sync.lock", "a+b")  # noqa: SIM115 (held until released)
        try:
            if sys.platform == "win32":
                import msvcrt

                msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            handle.close()
            raise FeedBusyError(
                _(
                    "Feed {self_name} is being synced already (by the app or a system job); "
                    "try again when that has finished."
                ).format(self_name=self.name)
            ) from None
        self._handle = handle
        return self

    def release(self) -> None:
        if self._handle is not None:
            self._handle.close()  # the lock goes with the handle
            self._handle = None

    def __enter__(self) -> FeedLock:
        return self.acquire()

    def __exit__(self, *_exc: object) -> None:
        self.release()
