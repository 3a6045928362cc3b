"""A feed folder as its publisher sees it: TUF metadata read, signed and written.

The folder is what any web server, CDN, shared folder or USB stick serves as it is::

    metadata/1.root.json       the root an administration hands to its laptops (then 2, 3...)
    metadata/N.targets.json    what is offered: each bundle's length, sha256 and custom fields
    metadata/N.snapshot.json   which targets version belongs to this state of the feed
    metadata/timestamp.json    which snapshot is the newest, signed again by `feed refresh`
    targets/...                the offered files, named by their sha256 (consistent snapshots)
    feed-settings.json         how long each role's signature lasts (not read by laptops)

Files are written so that a laptop reading the folder during a publish sees the old state or the
new one, never a mix: targets first, then targets, snapshot and timestamp metadata, each replaced
atomically, timestamp last.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from idguide.catalog.feed import keys
from idguide.catalog.feed.errors import FeedKeyError, FeedRepositoryError
from idguide.catalog.i18n import _

if TYPE_CHECKING:
    from securesystemslib.signer import CryptoSigner
    from tuf.api.metadata import Metadata, Root, Snapshot, Targets, Timestamp

SETTINGS_NAME = "feed-settings.json"
DEFAULT_EXPIRY_DAYS = {"root": 365, "targets": 90, "snapshot": 30, "timestamp": 7}
MAX_EXPIRY_DAYS = 3650
# When each role was signed, inside its signed part: TUF metadata carry only an expiry, and a
# laptop whose clock is before this moment has a clock that is wrong (see feed.client).
SIGNED_AT = "x-idguide-signed-at"
_ROOT_FILE = re.compile(r"^([1-9][0-9]{0,8})\.root\.json$")


def utc_now(now: datetime | None = None) -> datetime:
    return (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)


def iso(moment: datetime) -> str:
    return moment.astimezone(UTC).replace(microsecond=0).isoformat()


@dataclass
class Settings:
    expiry_days: dict[str, int] = field(default_factory=lambda: dict(DEFAULT_EXPIRY_DAYS))

    def lifetime(self, role: str) -> timedelta:
        return timedelta(days=self.expiry_days[role])


def parse_expiry(items: list[str] | None) -> dict[str, int]:
    """``["timestamp=1", "targets=30"]`` -> days per role, the others at their default."""
    days = dict(DEFAULT_EXPIRY_DAYS)
    for item in items or []:
        role, _sep, value = item.partition("=")
        if role not in keys.ROLES or not value.strip().isdigit():
            raise FeedRepositoryError(
                _("{item!r}: give ROLE=DAYS with ROLE one of {roles}.").format(
                    item=item, roles=", ".join(keys.ROLES)
                )
            )
        days[role] = int(value)
        if not 1 <= days[role] <= MAX_EXPIRY_DAYS:
            raise FeedRepositoryError(
                _("{item!r}: the days must be 1 to {max_expiry_days}.").format(
                    item=item, max_expiry_days=MAX_EXPIRY_DAYS
                )
            )
    if days["timestamp"] > days["snapshot"] or days["snapshot"] > days["targets"]:
        raise FeedRepositoryError(
            _(
                "Expiry: give timestamp <= snapshot <= targets days (the timestamp is "
                "renewed most often; a longer one would outlive what it points to)."
            )
        )
    return days


class FeedRepo:
    """An existing feed folder; use :meth:`open`."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self.metadata = self.folder / "metadata"
        self.targets_dir = self.folder / "targets"

    @classmethod
    def open(cls, folder: str | Path) -> FeedRepo:
        repo = cls(Path(folder))
        if not (repo.metadata / "1.root.json").is_file():
            raise FeedRepositoryError(
                _(
                    "{folder} is not a feed folder (no metadata/1.root.json). Make one with "
                    "`idguide feed init {folder} --keys KEYDIR`."
                ).format(folder=folder)
            )
        return repo

    # -- reading -----------------------------------------------------------------------------

    def settings(self) -> Settings:
        path = self.folder / SETTINGS_NAME
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            days = {role: int(data["expiry_days"][role]) for role in keys.ROLES}
        except FileNotFoundError:
            return Settings()
        except (OSError, ValueError, KeyError, TypeError):
            raise FeedRepositoryError(
                _(
                    '{path} is damaged; it should read like {{"expiry_days": '
                    "{default_expiry_days}}}."
                ).format(path=path, default_expiry_days=json.dumps(DEFAULT_EXPIRY_DAYS))
            ) from None
        return Settings(parse_expiry([f"{role}={n}" for role, n in days.items()]))

    def write_settings(self, settings: Settings) -> None:
        text = json.dumps({"expiry_days": settings.expiry_days}, indent=2) + "\n"
        write_atomic(self.folder / SETTINGS_NAME, text.encode())

    def root_version(self) -> int:
        versions = [
            int(match.group(1))
            for path in self.metadata.iterdir()
            if (match := _ROOT_FILE.match(path.name))
        ]
        return max(versions)

    def root(self) -> Metadata[Root]:
        return self._read(f"{self.root_version()}.root.json")

    def timestamp(self) -> Metadata[Timestamp]:
        return self._read("timestamp.json")

    def snapshot(self) -> Metadata[Snapshot]:
        version = self.timestamp().signed.snapshot_meta.version
        return self._read(f"{version}.snapshot.json")

    def targets(self) -> Metadata[Targets]:
        version = self.snapshot().signed.meta["targets.json"].version
        return self._read(f"{version}.targets.json")

    def _read(self, name: str) -> Metadata:
        from tuf.api.metadata import Metadata

        path = self.metadata / name
        try:
            return Metadata.from_file(str(path))
        except FileNotFoundError:
            raise FeedRepositoryError(
                _("{path} is missing: this feed folder is incomplete (copied in part?).").format(
                    path=path
                )
            ) from None
        except Exception as exc:  # tuf raises its own deserialisation errors
            raise FeedRepositoryError(
                _("{path} is damaged ({error}).").format(path=path, error=exc)
            ) from None

    # -- signing and writing -----------------------------------------------------------------

    def sign(
        self,
        md: Metadata,
        signers: dict[str, CryptoSigner],
        now: datetime,
        *,
        root: Root | None = None,
        bump: bool = True,
    ) -> None:
        """New version (``bump``), expiry and signing time for ``md``, signed by every key in
        ``signers`` the root lists for its role; refuse if that is fewer than the threshold."""
        role = md.signed.type
        trusted = root or self.root().signed
        if bump:
            md.signed.version += 1
        md.signed.expires = now + self.settings().lifetime(role)
        md.signed.unrecognized_fields[SIGNED_AT] = iso(now)
        sign_with(md, role, trusted, signers)

    def write(self, md: Metadata) -> Path:
        """Write ``md`` under its consistent-snapshot name (timestamp.json for the timestamp)."""
        from tuf.api.serialization.json import JSONSerializer

        role = md.signed.type
        name = "timestamp.json" if role == "timestamp" else f"{md.signed.version}.{role}.json"
        path = self.metadata / name
        write_atomic(path, md.to_bytes(JSONSerializer(compact=False)))
        return path

    def commit(
        self,
        signers: dict[str, CryptoSigner],
        now: datetime,
        targets: Metadata[Targets] | None = None,
    ) -> Metadata[Timestamp]:
        """Publish a new state: ``targets`` (if changed), then a snapshot naming it, then a
        timestamp naming that snapshot; return the timestamp."""
        from tuf.api.metadata import MetaFile

        root = self.root().signed
        snapshot = self.snapshot()
        if targets is not None:
            self.sign(targets, signers, now, root=root)
            self.write(targets)
            snapshot.signed.meta["targets.json"] = MetaFile(version=targets.signed.version)
        self.sign(snapshot, signers, now, root=root)
        self.write(snapshot)
        timestamp = self.timestamp()
        timestamp.signed.snapshot_meta = MetaFile(version=snapshot.signed.version)
        self.sign(timestamp, signers, now, root=root)
        self.write(timestamp)
        return timestamp


def sign_with(md: Metadata, role: str, root: Root, signers: dict[str, CryptoSigner]) -> None:
    """Replace ``md``'s signatures by those of the ``role`` keys in ``signers``."""
    from tuf.api.exceptions import UnsignedMetadataError

    wanted = root.roles[role]
    md.signatures.clear()
    for keyid in wanted.keyids:
        if keyid in signers:
            md.sign(signers[keyid], append=True)
    try:
        root.verify_delegate(role, md.signed_bytes, md.signatures)
    except UnsignedMetadataError:
        raise FeedKeyError(
            _(
                "The {role} role needs {threshold} signature(s), but the key folder "
                "holds {count} of its keys ({role}.key or {role}-N.key). Give the key "
                "folder that holds them (--keys), with its --passphrase-file."
            ).format(role=role, threshold=wanted.threshold, count=len(md.signatures))
        ) from None


def role_signers(
    keydir: Path, roles: tuple[str, ...] | list[str], passphrase: bytes | None
) -> dict[str, CryptoSigner]:
    signers = keys.load_signers(Path(keydir), roles, passphrase)
    if not signers:
        raise FeedKeyError(
            _(
                "{keydir} holds no key for {roles} ({roles2}.key...). Give the key "
                "folder written by `idguide feed init`."
            ).format(keydir=keydir, roles=", ".join(roles), roles2=roles[0])
        )
    return signers


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that a reader sees the old file or the new one."""
    tmp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o644)  # served as it is: readable by the web server
        os.replace(tmp, path)
    except BaseException as exc:
        if tmp:
            Path(tmp).unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise FeedRepositoryError(
                _("Cannot write {path} ({reason}).").format(path=path, reason=exc.strerror)
            ) from None
        raise


def custom_of(info: Any) -> dict:
    """A target's custom fields, or {} when it has none (or they are not a mapping)."""
    custom = getattr(info, "custom", None)
    return custom if isinstance(custom, dict) else {}
