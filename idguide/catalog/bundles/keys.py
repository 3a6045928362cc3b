"""Ed25519 signing keys: make a pair, load either half, name a key by its fingerprint.

``private.key`` is PKCS#8 PEM written with mode 0600; ``public.key`` is SubjectPublicKeyInfo PEM.
Loading also accepts the raw 32 bytes, or their base64, so a key pasted from an e-mail works.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from idguide.catalog.bundles.errors import KeyFileError
from idguide.catalog.i18n import _

MAX_KEY_FILE_BYTES = 16_384
PRIVATE_NAME = "private.key"
PUBLIC_NAME = "public.key"


def generate_keys(folder: Path) -> tuple[Path, Path]:
    """Write a new ``private.key`` (mode 0600) and ``public.key`` into ``folder``."""
    folder = Path(folder)
    private_path, public_path = folder / PRIVATE_NAME, folder / PUBLIC_NAME
    if private_path.exists():
        raise KeyFileError(
            _(
                "{private_path} already exists; keep your existing key, or choose another folder."
            ).format(private_path=private_path)
        )
    key = Ed25519PrivateKey.generate()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        _write_private(private_path, key)
        public_path.write_bytes(public_pem(key.public_key()))
    except OSError as exc:
        raise KeyFileError(
            _("Cannot write keys into {folder} ({reason}).").format(
                folder=folder, reason=exc.strerror
            )
        ) from None
    return private_path, public_path


def _write_private(path: Path, key: Ed25519PrivateKey) -> None:
    data = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)


def public_pem(key: Ed25519PublicKey) -> bytes:
    return key.public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )


def raw_public(key: Ed25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def key_id(key: Ed25519PublicKey) -> str:
    """A short fingerprint to show people: the first 16 hex digits of the key's sha256."""
    return hashlib.sha256(raw_public(key)).hexdigest()[:16]


def public_from_raw(data: bytes, where: str) -> Ed25519PublicKey:
    try:
        return Ed25519PublicKey.from_public_bytes(data)
    except ValueError:
        raise KeyFileError(_("{where}: not an Ed25519 public key.").format(where=where)) from None


def load_private_key(path: Path) -> Ed25519PrivateKey:
    """The signing key in ``path``; a clear KeyFileError if it is not one."""
    data = _read(path, "private")
    try:
        if b"-----BEGIN" in data:
            key = serialization.load_pem_private_key(data, password=None)
        else:
            key = Ed25519PrivateKey.from_private_bytes(_raw(data, path, "private"))
    except (ValueError, TypeError, binascii.Error):
        raise KeyFileError(
            _(
                "{path} is not a readable Ed25519 private key (garbled, encrypted or "
                "another key type). Use the private.key written by `idguide bundle "
                "keygen`."
            ).format(path=path)
        ) from None
    if not isinstance(key, Ed25519PrivateKey):
        raise KeyFileError(
            _("{path} holds another kind of key; idguide signs with Ed25519.").format(path=path)
        )
    return key


def load_public_key(path: Path) -> Ed25519PublicKey:
    """The public key in ``path``; a clear KeyFileError if it is not one."""
    data = _read(path, "public")
    if b"PRIVATE KEY" in data:
        raise KeyFileError(
            _(
                "{path} is a private key; give the publisher's public.key (and keep the "
                "private one secret)."
            ).format(path=path)
        )
    try:
        if b"-----BEGIN" in data:
            key = serialization.load_pem_public_key(data)
        else:
            key = Ed25519PublicKey.from_public_bytes(_raw(data, path, "public"))
    except (ValueError, TypeError, binascii.Error):
        raise KeyFileError(
            _(
                "{path} is not a readable Ed25519 public key (garbled or another key "
                "type). Ask the publisher for its public.key file."
            ).format(path=path)
        ) from None
    if not isinstance(key, Ed25519PublicKey):
        raise KeyFileError(
            _("{path} holds another kind of key; idguide uses Ed25519.").format(path=path)
        )
    return key


def _read(path: Path, kind: str) -> bytes:
    try:
        if Path(path).stat().st_size > MAX_KEY_FILE_BYTES:
            raise KeyFileError(
                _("{path} is far too large to be a {kind} key file.").format(path=path, kind=kind)
            )
        return Path(path).read_bytes()
    except OSError as exc:
        raise KeyFileError(
            _("Cannot read the {kind} key {path} ({reason}).").format(
                kind=kind, path=path, reason=exc.strerror
            )
        ) from None


def _raw(data: bytes, path: Path, kind: str) -> bytes:
    """32 raw key bytes, given as such or as base64 text."""
    if len(data) == 32:
        return data
    try:
        raw = base64.b64decode(data.strip(), validate=True)
    except (binascii.Error, ValueError):
        raw = b""
    if len(raw) != 32:
        raise KeyFileError(
            _("{path} is not a readable Ed25519 {kind} key (garbled).").format(path=path, kind=kind)
        )
    return raw


def signature_is_valid(key: Ed25519PublicKey, signature: bytes, data: bytes) -> bool:
    try:
        key.verify(signature, data)
    except InvalidSignature:
        return False
    return True
