"""Key rotation: a new root, signed by the old root keys and the new ones.

A laptop trusts a new root only if enough of the keys of the root it already trusts signed it
(and enough of the new root's own keys), so the chain of trust runs unbroken from the root file
the administration handed out. Rotating also renews the root's expiry, so it is the yearly step
too. New keys replace the old ones in the key folder; the old ones move to ``retired/``.
"""

from __future__ import annotations

import copy
import shutil
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from idguide.catalog.feed import keys
from idguide.catalog.feed.errors import FeedKeyError
from idguide.catalog.feed.repo import SIGNED_AT, FeedRepo, iso, role_signers, utc_now
from idguide.catalog.i18n import _

if TYPE_CHECKING:
    from securesystemslib.signer import CryptoSigner
    from tuf.api.metadata import Metadata, Root

STAGING = "new"
RETIRED = "retired"


@dataclass
class Rotated:
    version: int
    root_file: Path
    roles: list[str]  # the roles that have new keys
    retired: Path | None  # where the old key files went


def rotate_root(
    folder: str | Path,
    keydir: str | Path,
    roles: list[str] | tuple[str, ...] = ("root",),
    passphrase: bytes | None = None,
    now: datetime | None = None,
) -> Rotated:
    """Write root version N+1 with new keys for ``roles`` (none: only a new expiry), signed by
    the current root keys in ``keydir`` and the new ones; re-sign what the new keys sign."""
    repo, keydir, moment = FeedRepo.open(folder), Path(keydir), utc_now(now)
    for role in roles:
        if role not in keys.ROLES:
            raise FeedKeyError(
                _("{role!r} is not a role; give some of {roles}.").format(
                    role=role, roles=", ".join(keys.ROLES)
                )
            )
    staging = keydir / STAGING
    if staging.exists():
        raise FeedKeyError(
            _(
                "{staging} is left from an interrupted rotation; check it and remove it first."
            ).format(staging=staging)
        )
    old_md = repo.root()
    online = _dependent_roles(roles)
    signers = role_signers(keydir, ["root", *online], passphrase)
    try:
        fresh = {role: _new_keys(staging, role, old_md.signed, passphrase) for role in roles}
        new_md = _new_root(repo, old_md, fresh, moment)
        _sign_root(new_md, old_md.signed, signers, fresh)
        root_file = repo.write(new_md)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    for role in roles:  # the old keys cannot sign for the new root: use the new ones from now on
        for signer in fresh[role]:
            signers[signer.public_key.keyid] = signer
    _resign_online(repo, roles, signers, moment)
    retired = _swap_key_files(keydir, staging, roles, old_md.signed.version) if roles else None
    return Rotated(new_md.signed.version, root_file, list(roles), retired)


def _dependent_roles(roles: list[str] | tuple[str, ...]) -> list[str]:
    """The online roles to sign again when ``roles`` get new keys: a new targets key needs a
    new targets, so a new snapshot and timestamp too."""
    chain = list(keys.ONLINE_ROLES)
    first = min((chain.index(role) for role in roles if role in chain), default=None)
    return [] if first is None else chain[first:]


def _new_keys(staging: Path, role: str, root: Root, passphrase: bytes | None) -> list[CryptoSigner]:
    return keys.generate(staging, role, len(root.roles[role].keyids), passphrase)


def _new_root(
    repo: FeedRepo, old: Metadata[Root], fresh: dict[str, list[CryptoSigner]], now: datetime
) -> Metadata[Root]:
    new = copy.deepcopy(old)
    root = new.signed
    for role, signers in fresh.items():
        for keyid in list(root.roles[role].keyids):
            root.revoke_key(keyid, role)
        for signer in signers:
            root.add_key(signer.public_key, role)
    root.version += 1
    root.expires = now + repo.settings().lifetime("root")
    root.unrecognized_fields[SIGNED_AT] = iso(now)
    return new


def _sign_root(
    md: Metadata[Root],
    old: Root,
    signers: dict[str, CryptoSigner],
    fresh: dict[str, list[CryptoSigner]],
) -> None:
    """Sign with every old root key at hand and every new one; refuse short of either
    threshold (a laptop would refuse the new root)."""
    md.signatures.clear()
    chosen = [signers[k] for k in old.roles["root"].keyids if k in signers]
    chosen += [s for s in fresh.get("root", []) if s.public_key.keyid not in old.keys]
    for signer in chosen:
        md.sign(signer, append=True)
    result = md.signed.get_root_verification_result(old, md.signed_bytes, md.signatures)
    if not result:
        needed = old.roles["root"].threshold
        raise FeedKeyError(
            _(
                "The new root must be signed by {needed} key(s) of the current root, and "
                "the key folder holds {value} of them (root.key or root-N.key). Give the "
                "folder with the current root keys (--keys)."
            ).format(needed=needed, value=len(chosen) - len(fresh.get("root", [])))
        )


def _resign_online(
    repo: FeedRepo, roles: list[str] | tuple[str, ...], signers: dict, now: datetime
) -> None:
    online = _dependent_roles(roles)
    if "targets" in online:
        repo.commit(signers, now, repo.targets())
    elif "snapshot" in online:
        repo.commit(signers, now)
    elif "timestamp" in online:
        timestamp = repo.timestamp()
        repo.sign(timestamp, signers, now)
        repo.write(timestamp)


def _swap_key_files(
    keydir: Path, staging: Path, roles: list[str] | tuple[str, ...], old_version: int
) -> Path:
    retired = keydir / RETIRED / f"root-v{old_version}"
    try:
        retired.mkdir(parents=True, exist_ok=True)
        for role in roles:
            for path in keys.key_paths(keydir, role):
                path.replace(retired / path.name)
            for path in keys.key_paths(staging, role):
                path.replace(keydir / path.name)
        staging.rmdir()
    except OSError as exc:
        raise FeedKeyError(
            _(
                "The new root is published, but moving the keys failed ({reason}): the "
                "new keys are in {staging}, the old ones in {keydir} or {retired}. Move "
                "the new ones into {keydir} by hand."
            ).format(reason=exc.strerror, staging=staging, keydir=keydir, retired=retired)
        ) from None
    return retired
