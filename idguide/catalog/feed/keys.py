"""The feed's signing keys: one Ed25519 key (or several, for a threshold) per TUF role.

A key folder holds ``root.key``, ``targets.key``, ``snapshot.key`` and ``timestamp.key`` (or
``root-1.key``, ``root-2.key``... when a role needs several signatures), PKCS#8 PEM written with
mode 0600 and encrypted with the passphrase when one is given. Only the files of the roles a
step needs are read, so the root key can live elsewhere (offline) with its own passphrase.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from idguide.catalog.feed.errors import FeedKeyError
from idguide.catalog.i18n import _

# cryptography is imported where a key is made or read: the app reads the feeds' state (and so
# this module's ROLES) as it starts, and has no key to handle then (issue 20).
if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from securesystemslib.signer import CryptoSigner

ROLES = ("root", "targets", "snapshot", "timestamp")
ONLINE_ROLES = ("targets", "snapshot", "timestamp")  # signed at every publish or refresh
MAX_KEY_FILE_BYTES = 16_384
MAX_PASSPHRASE_BYTES = 1024


@dataclass(frozen=True)
class Threshold:
    """``needed`` signatures out of ``keys`` keys for one role."""

    needed: int = 1
    keys: int = 1

    @classmethod
    def parse(cls, text: str) -> Threshold:
        """``"2"`` (two keys, both needed) or ``"2/3"`` (two of three keys)."""
        needed, _sep, total = text.partition("/")
        try:
            result = cls(int(needed), int(total or needed))
        except ValueError:
            raise FeedKeyError(
                _(
                    "{text!r} is not a threshold: give M (M keys, all needed) or M/N (M of N keys)."
                ).format(text=text)
            ) from None
        if not 1 <= result.needed <= result.keys <= 9:
            raise FeedKeyError(
                _("Threshold {text!r}: need 1 <= M <= N <= 9 (M signatures out of N keys).").format(
                    text=text
                )
            )
        return result


def read_passphrase(path: Path | None) -> bytes | None:
    """The passphrase in ``path`` (its first line), or None without a file."""
    if path is None:
        return None
    try:
        data = Path(path).read_bytes()[: MAX_PASSPHRASE_BYTES + 1]
    except OSError as exc:
        raise FeedKeyError(
            _("Cannot read the passphrase file {path} ({reason}).").format(
                path=path, reason=exc.strerror
            )
        ) from None
    passphrase = data.splitlines()[0] if data.strip() else b""
    if len(passphrase) < 8 or len(data) > MAX_PASSPHRASE_BYTES:
        raise FeedKeyError(
            _(
                "{path}: the passphrase must be one line of 8 to {max_passphrase_bytes} characters."
            ).format(path=path, max_passphrase_bytes=MAX_PASSPHRASE_BYTES)
        )
    return passphrase


def key_paths(folder: Path, role: str) -> list[Path]:
    """The key files of ``role`` in ``folder``: ``role.key`` and ``role-N.key``."""
    paths = [folder / f"{role}.key", *sorted(folder.glob(f"{role}-*.key"))]
    return [path for path in paths if path.is_file()]


def generate(folder: Path, role: str, count: int, passphrase: bytes | None) -> list[CryptoSigner]:
    """Write ``count`` new keys for ``role`` into ``folder``; return their signers."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from securesystemslib.signer import CryptoSigner

    names = [f"{role}.key"] if count == 1 else [f"{role}-{n}.key" for n in range(1, count + 1)]
    signers = []
    for name in names:
        key = Ed25519PrivateKey.generate()
        write_private(folder / name, key, passphrase)
        signers.append(CryptoSigner(key))
    return signers


def write_private(path: Path, key: Ed25519PrivateKey, passphrase: bytes | None) -> None:
    from cryptography.hazmat.primitives import serialization

    encryption: serialization.KeySerializationEncryption = (
        serialization.BestAvailableEncryption(passphrase)
        if passphrase
        else serialization.NoEncryption()
    )
    data = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, encryption
    )
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
    except FileExistsError:
        raise FeedKeyError(
            _("{path} already exists; keys are never overwritten.").format(path=path)
        ) from None
    except OSError as exc:
        raise FeedKeyError(
            _("Cannot write the key {path} ({reason}).").format(path=path, reason=exc.strerror)
        ) from None


def load_signers(
    folder: Path, roles: tuple[str, ...] | list[str], passphrase: bytes | None
) -> dict[str, CryptoSigner]:
    """Every key of ``roles`` found in ``folder``, by key id."""
    from securesystemslib.signer import CryptoSigner

    if not Path(folder).is_dir():
        raise FeedKeyError(_("The key folder {folder} is not there.").format(folder=folder))
    signers = {}
    for role in roles:
        for path in key_paths(Path(folder), role):
            signer = CryptoSigner(load_private(path, passphrase))
            signers[signer.public_key.keyid] = signer
    return signers


def load_private(path: Path, passphrase: bytes | None) -> Ed25519PrivateKey:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    try:
        if path.stat().st_size > MAX_KEY_FILE_BYTES:
            raise FeedKeyError(_("{path} is far too large to be a key file.").format(path=path))
        data = path.read_bytes()
    except OSError as exc:
        raise FeedKeyError(
            _("Cannot read the key {path} ({reason}).").format(path=path, reason=exc.strerror)
        ) from None
    encrypted = b"ENCRYPTED PRIVATE KEY" in data
    if encrypted and not passphrase:
        raise FeedKeyError(
            _("{path} is protected by a passphrase: give it with --passphrase-file FILE.").format(
                path=path
            )
        )
    try:
        key = serialization.load_pem_private_key(data, password=passphrase if encrypted else None)
    except (ValueError, TypeError):
        if encrypted:
            text = _("Cannot read the key {path}: the passphrase is wrong.")
        else:
            text = _("Cannot read the key {path}: it is garbled or not a PEM key.")
        raise FeedKeyError(text.format(path=path)) from None
    if not isinstance(key, Ed25519PrivateKey):
        raise FeedKeyError(
            _("{path} holds another kind of key; feeds are signed with Ed25519.").format(path=path)
        )
    return key
