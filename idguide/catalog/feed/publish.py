"""Publishing a feed: make it, offer bundles, withdraw one, renew the timestamp.

Each step signs with the keys it needs and nothing more: publishing and withdrawing need the
targets, snapshot and timestamp keys, a refresh only the timestamp key (and the others when what
they signed would expire first). The root key is needed only by `feed init` and
:mod:`~idguide.catalog.feed.rotate`, so it can be kept offline.
"""

from __future__ import annotations

import hashlib
import shutil
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from idguide.catalog.feed import keys
from idguide.catalog.feed.errors import FeedRepositoryError
from idguide.catalog.feed.repo import (
    SETTINGS_NAME,
    FeedRepo,
    Settings,
    custom_of,
    iso,
    role_signers,
    utc_now,
    write_atomic,
)
from idguide.catalog.i18n import _
from idguide.catalog.progress import ProgressFn

if TYPE_CHECKING:
    from securesystemslib.signer import CryptoSigner
    from tuf.api.metadata import Metadata, Targets

    from idguide.catalog.bundles import Verification
    from idguide.catalog.feed.trustdoc import TrustDocument

BUNDLE_PREFIX = "bundles/"
TRUST_TARGET = "trust.json"
ROOT_WARNING_DAYS = 30  # say so when the root expires sooner than this


@dataclass
class InitResult:
    root_file: Path
    key_files: list[Path]
    encrypted: bool


@dataclass
class Published:
    name: str  # the target's name, as `feed withdraw` takes it
    publisher: str
    sequence: int
    kind: str
    base: int | None
    length: int
    new: bool  # False when exactly this bundle was offered already
    warnings: list[str] = field(default_factory=list)


@dataclass
class Refreshed:
    timestamp_expires: str
    renewed: list[str]
    warnings: list[str]


def init_feed(
    folder: str | Path,
    keydir: str | Path,
    passphrase: bytes | None = None,
    thresholds: dict[str, keys.Threshold] | None = None,
    expiry_days: dict[str, int] | None = None,
    now: datetime | None = None,
) -> InitResult:
    """Make a new feed in ``folder`` with new keys in ``keydir``; the first root is
    ``folder/metadata/1.root.json``, the file the administration hands to its laptops."""
    from tuf.api.metadata import Metadata, Root, Snapshot, Targets, Timestamp

    repo, keydir, moment = FeedRepo(Path(folder)), Path(keydir), utc_now(now)
    if repo.metadata.exists() and any(repo.metadata.iterdir()):
        raise FeedRepositoryError(
            _("{folder} already holds a feed; choose an empty folder.").format(folder=folder)
        )
    existing = [path for role in keys.ROLES for path in keys.key_paths(keydir, role)]
    if existing:
        raise FeedRepositoryError(
            _(
                "{existing} already exists; give an empty key folder (keys are never overwritten)."
            ).format(existing=existing[0])
        )
    settings = Settings(dict(expiry_days) if expiry_days else Settings().expiry_days)
    written: list[Path] = []  # removed again if any step fails (no key file was there before)
    try:
        root = Metadata(Root(consistent_snapshot=True))
        signers: dict[str, CryptoSigner] = {}
        for role in keys.ROLES:
            threshold = (thresholds or {}).get(role, keys.Threshold())
            for signer in keys.generate(keydir, role, threshold.keys, passphrase):
                root.signed.add_key(signer.public_key, role)
                signers[signer.public_key.keyid] = signer
            root.signed.roles[role].threshold = threshold.needed
        key_files = [path for role in keys.ROLES for path in keys.key_paths(keydir, role)]
        repo.folder.mkdir(parents=True, exist_ok=True)
        repo.write_settings(settings)
        written.append(repo.folder / SETTINGS_NAME)
        roles: list[Metadata] = [
            root,
            Metadata(Targets()),
            Metadata(Snapshot()),
            Metadata(Timestamp()),
        ]
        for md in roles:
            repo.sign(md, signers, moment, root=root.signed, bump=False)
            repo.write(md)
            written.append(repo.metadata / _file_name(md))
    except BaseException:
        for path in [*written, *(p for role in keys.ROLES for p in keys.key_paths(keydir, role))]:
            path.unlink(missing_ok=True)
        raise
    return InitResult(repo.metadata / "1.root.json", key_files, passphrase is not None)


def _file_name(md: Metadata) -> str:
    role = md.signed.type
    return "timestamp.json" if role == "timestamp" else f"{md.signed.version}.{role}.json"


def publish_bundles(
    folder: str | Path,
    bundles: list[str | Path],
    keydir: str | Path,
    passphrase: bytes | None = None,
    now: datetime | None = None,
    progress: ProgressFn | None = None,
) -> list[Published]:
    """Check each bundle as `idguide bundle verify` does, then offer them all in one new state
    of the feed. Nothing is published if any bundle is refused."""
    from idguide.catalog.bundles import verify_bundle

    repo = FeedRepo.open(folder)
    checked = [(Path(path), verify_bundle(path, progress=progress)) for path in bundles]
    for path, result in checked:
        if result.signature != "valid":
            raise FeedRepositoryError(
                _("{path}: the publisher's {signature} signature; nothing was published.").format(
                    path=path, signature=result.signature
                )
            )
    signers = role_signers(Path(keydir), keys.ONLINE_ROLES, passphrase)
    targets = repo.targets()
    trusted = _trusted_keys(repo, targets.signed)
    published: list[Published] = []
    copied: list[Path] = []
    try:
        for path, result in checked:
            item = _add_bundle(repo, targets.signed, path, result, copied)
            item.warnings += _trust_warnings(trusted, result) + result.warnings
            published.append(item)
        if any(item.new for item in published):
            repo.commit(signers, utc_now(now), targets)
    except BaseException:
        for target in copied:
            target.unlink(missing_ok=True)
        raise
    return published


def _add_bundle(
    repo: FeedRepo, targets: Targets, path: Path, result: Verification, copied: list[Path]
) -> Published:
    from tuf.api.metadata import TargetFile

    base = result.base_sequence if result.kind == "delta" else None
    suffix = f"from-{base}" if base is not None else "full"
    name = f"{BUNDLE_PREFIX}{result.publisher}-{result.sequence}-{suffix}.idgb"
    info = TargetFile.from_file(name, str(path))
    info.unrecognized_fields["custom"] = {
        "publisher": result.publisher,
        "sequence": result.sequence,
        "kind": result.kind,
        "base": base,
        "created_at": result.created_at,
    }
    item = Published(
        name.removeprefix(BUNDLE_PREFIX),
        result.publisher,
        result.sequence,
        result.kind,
        base,
        info.length,
        True,
    )
    offered = targets.targets.get(name)
    if offered is not None:
        if offered.hashes == info.hashes:
            item.new = False
            return item
        raise FeedRepositoryError(
            _(
                "{path}: another bundle is already offered as {item_name} (same "
                "publisher, sequence and kind). Withdraw it first: idguide feed withdraw "
                "{folder} {item_name} --keys KEYDIR"
            ).format(path=path, item_name=item.name, folder=repo.folder)
        )
    copied.append(_copy_target(repo, path, name, info.hashes["sha256"]))
    targets.targets[name] = info
    return item


def _copy_target(repo: FeedRepo, source: Path, name: str, sha256: str) -> Path:
    folder, _sep, base = name.rpartition("/")
    target = repo.targets_dir / folder / f"{sha256}.{base}"
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
        target.chmod(0o644)
    except OSError as exc:
        target.unlink(missing_ok=True)
        raise FeedRepositoryError(
            _("Cannot copy {source} into {target} ({reason}).").format(
                source=source, target=target, reason=exc.strerror
            )
        ) from None
    return target


def target_file(repo: FeedRepo, name: str, sha256: str) -> Path:
    folder, _, base = name.rpartition("/")
    return repo.targets_dir / folder / f"{sha256}.{base}"


def _trusted_keys(repo: FeedRepo, targets: Targets) -> dict[str, set[str]] | None:
    """The key ids the feed's trust document trusts for each publisher (None: no document)."""
    from idguide.catalog.feed.trustdoc import parse_document

    info = targets.targets.get(TRUST_TARGET)
    if info is None:
        return None
    path = target_file(repo, TRUST_TARGET, info.hashes["sha256"])
    try:
        document = parse_document(path.read_bytes(), str(path))
    except OSError:
        return None
    return {entry.id: document.keys_of(entry.id) for entry in document.publishers}


def _trust_warnings(trusted: dict[str, set[str]] | None, result: Verification) -> list[str]:
    if trusted is None:
        return []
    if result.publisher not in trusted:
        return [
            _(
                "{publisher} is not in this feed's trust document: laptops will refuse its "
                "bundles unless they trust it by hand (idguide feed trust ... to add it)."
            ).format(publisher=result.publisher)
        ]
    if result.key_id not in trusted[result.publisher]:
        keys = ", ".join(sorted(trusted[result.publisher])) or _("none")
        return [
            _(
                "{publisher}'s bundle is signed with key {key}, but the feed's trust document "
                "trusts key(s) {keys} for it: laptops will refuse it."
            ).format(publisher=result.publisher, key=result.key_id, keys=keys)
        ]
    return []


def withdraw(
    folder: str | Path,
    name: str,
    keydir: str | Path,
    passphrase: bytes | None = None,
    now: datetime | None = None,
) -> str:
    """Stop offering the bundle ``name`` (as `feed publish` printed it); return its name.

    Laptops that installed it keep it: taking content off laptops is the publisher's job, with
    a bundle that withdraws the entries."""
    repo = FeedRepo.open(folder)
    targets = repo.targets()
    path = name if name.startswith(BUNDLE_PREFIX) else f"{BUNDLE_PREFIX}{name}"
    info = targets.signed.targets.pop(path, None)
    if info is None:
        offered = sorted(p.removeprefix(BUNDLE_PREFIX) for p in targets.signed.targets)
        listing = ", ".join(offered[:10]) + (" ..." if len(offered) > 10 else "")
        raise FeedRepositoryError(
            _("{name} is not offered by {folder}. Offered: {value}.").format(
                name=name, folder=folder, value=listing or "nothing"
            )
        )
    signers = role_signers(Path(keydir), keys.ONLINE_ROLES, passphrase)
    repo.commit(signers, utc_now(now), targets)
    # Only after the new metadata are out: a laptop still holding the old ones may be fetching it.
    target_file(repo, path, info.hashes["sha256"]).unlink(missing_ok=True)
    return path.removeprefix(BUNDLE_PREFIX)


def refresh(
    folder: str | Path,
    keydir: str | Path,
    passphrase: bytes | None = None,
    now: datetime | None = None,
) -> Refreshed:
    """Sign a new timestamp (for a scheduled job), and a new snapshot and targets when they
    would expire before it; say when the root needs renewing."""
    repo, moment = FeedRepo.open(folder), utc_now(now)
    settings = repo.settings()
    until = moment + settings.lifetime("timestamp")
    targets = repo.targets()
    renew = ["timestamp"]
    if repo.snapshot().signed.expires < until:
        renew.insert(0, "snapshot")
    if targets.signed.expires < until:
        renew[:0] = ["targets"] if "snapshot" in renew else ["targets", "snapshot"]
    signers = role_signers(Path(keydir), renew, passphrase)
    if "snapshot" in renew:
        timestamp = repo.commit(signers, moment, targets if "targets" in renew else None)
    else:
        timestamp = repo.timestamp()
        repo.sign(timestamp, signers, moment)
        repo.write(timestamp)
    return Refreshed(iso(timestamp.signed.expires), renew, root_warnings(repo, moment))


def root_warnings(repo: FeedRepo, now: datetime) -> list[str]:
    expires = repo.root().signed.expires
    if expires - now > timedelta(days=ROOT_WARNING_DAYS):
        return []
    return [
        _(
            "The feed's root expires on {date}; after that laptops refuse the feed. Renew it in "
            "time with the root key: idguide feed rotate-root {folder} --keys ROOT_KEYDIR"
        ).format(date=iso(expires)[:10], folder=repo.folder)
    ]


def publish_trust(
    folder: str | Path,
    source: str | Path,
    keydir: str | Path,
    passphrase: bytes | None = None,
    now: datetime | None = None,
) -> TrustDocument:
    """Offer the trust document of ``source`` (a catalogue, or a trust document file) in place
    of the previous one; return the document."""
    from tuf.api.metadata import TargetFile

    from idguide.catalog.feed.trustdoc import FORMAT_VERSION, export_trust

    document = export_trust(Path(source))
    data = document.to_bytes()
    repo = FeedRepo.open(folder)
    signers = role_signers(Path(keydir), keys.ONLINE_ROLES, passphrase)
    targets = repo.targets()
    old = targets.signed.targets.get(TRUST_TARGET)
    info = TargetFile.from_data(TRUST_TARGET, data)
    info.unrecognized_fields["custom"] = {"kind": "trust", "version": FORMAT_VERSION}
    if old is not None and old.hashes == info.hashes and custom_of(old) == custom_of(info):
        return document  # the same document is offered already
    sha256 = hashlib.sha256(data).hexdigest()
    path = target_file(repo, TRUST_TARGET, sha256)
    write_atomic(path, data)
    targets.signed.targets[TRUST_TARGET] = info
    try:
        repo.commit(signers, utc_now(now), targets)
    except BaseException:
        path.unlink(missing_ok=True)
        raise
    if old is not None:
        target_file(repo, TRUST_TARGET, old.hashes["sha256"]).unlink(missing_ok=True)
    return document
