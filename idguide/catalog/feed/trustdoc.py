"""The trust document: an administration's trust store, travelling with its feed.

`idguide feed trust` exports the trust store of the administration's catalogue (or takes a
document file) and offers it as a signed target; each laptop applies it before the bundles, so
which publishers' bundles officers get, and revocations, reach every laptop. Version 1 holds
today's trust store::

    {"version": 1,
     "publishers": [{"id": "nordhaven", "key": "<base64 of the Ed25519 key>",
                     "brands": ["nordiva"]},            # or "brands": "all"
                    ...],
     "revoked": ["oldpub"]}                             # publishers whose trust was revoked

Applying it replaces the laptop's trust entries that came from this feed (their origin is
``feed:NAME``) and never an entry the laptop's administrator added by hand: a publisher trusted
by hand stays as it is, even if the document revokes it (the result says so).

More fields (keys per publisher, names, GS1 prefixes, revoked keys) go in :class:`Publisher`,
:func:`_publisher` and :meth:`Publisher.as_json`. A field an older idguide must not ignore (a
revoked key, say) needs ``FORMAT_VERSION`` raised: an older idguide refuses a newer document
rather than apply part of it.
"""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from idguide.catalog.bundles.keys import key_id
from idguide.catalog.changes import CarriesChanges, changes_of
from idguide.catalog.feed.errors import FeedError
from idguide.catalog.model import ID_PATTERN
from idguide.catalog.store import Catalog

if TYPE_CHECKING:
    from idguide.catalog.bundles.trust import TrustEntry

FORMAT_VERSION = 1
MAX_BYTES = 4 * 1024 * 1024
SQLITE_MAGIC = b"SQLite format 3\x00"


class TrustDocumentError(FeedError):
    """A trust document is malformed, too new, or cannot be read."""


@dataclass
class Publisher:
    id: str
    key: str  # base64 of the raw 32-byte Ed25519 public key
    brands: list[str] = field(default_factory=list)
    all_brands: bool = False
    # (version 2: more keys, names, GS1 prefixes... here)

    @property
    def key_id(self) -> str:
        return key_id(self.public_key())

    def public_key(self) -> Ed25519PublicKey:
        return Ed25519PublicKey.from_public_bytes(base64.b64decode(self.key))

    def as_json(self) -> dict:
        return {"id": self.id, "key": self.key, "brands": "all" if self.all_brands else self.brands}


@dataclass
class TrustDocument:
    publishers: list[Publisher]
    revoked: list[str]

    def to_bytes(self) -> bytes:
        data = {
            "version": FORMAT_VERSION,
            "publishers": [p.as_json() for p in sorted(self.publishers, key=lambda p: p.id)],
            "revoked": sorted(self.revoked),
        }
        return (json.dumps(data, indent=1, sort_keys=True, ensure_ascii=False) + "\n").encode()


@dataclass
class TrustChanges(CarriesChanges):
    """What applying a document did to a laptop's trust store (carrying the change record:
    the trust store, and the entries of publishers revoked or trusted again)."""

    added: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    revoked: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)  # trusted by hand here: left as they are

    def as_dict(self) -> dict:
        return dict(self.__dict__)

    def __bool__(self) -> bool:
        return bool(self.added or self.replaced or self.revoked)


# -- export --------------------------------------------------------------------------------


def export_trust(source: Path) -> TrustDocument:
    """The document of the catalogue at ``source``, or the document file ``source`` checked."""
    try:
        with open(source, "rb") as handle:
            head = handle.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise TrustDocumentError(f"Cannot read {source} ({exc.strerror}).") from None
    if head == SQLITE_MAGIC:
        with Catalog.open(source, repair_index=False) as catalog:
            return from_catalog(catalog)
    try:
        if source.stat().st_size > MAX_BYTES:
            raise TrustDocumentError(f"{source} is far too large for a trust document.")
        return parse_document(source.read_bytes(), str(source))
    except OSError as exc:
        raise TrustDocumentError(f"Cannot read {source} ({exc.strerror}).") from None


def from_catalog(catalog: Catalog) -> TrustDocument:
    """Every trusted publisher (demo ones aside) and every revoked one of ``catalog``."""
    from idguide.catalog.bundles.trust import trust_list

    entries = [entry for entry in trust_list(catalog) if not entry.demo]
    publishers = [
        Publisher(e.publisher_id, e.public_key, list(e.brands), e.all_brands) for e in entries
    ]
    trusted = {p.id for p in publishers}
    rows = catalog.conn.execute("SELECT id FROM publishers WHERE revoked = 1 ORDER BY id")
    return TrustDocument(publishers, [row[0] for row in rows if row[0] not in trusted])


# -- reading -------------------------------------------------------------------------------


def parse_document(data: bytes, where: str) -> TrustDocument:
    """The document in ``data``; a TrustDocumentError naming ``where`` if it is not one."""
    try:
        raw = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise TrustDocumentError(f"{where} is not a trust document (not JSON).") from None
    if not isinstance(raw, dict) or not isinstance(raw.get("version"), int):
        raise TrustDocumentError(f"{where} is not a trust document (no version).")
    if raw["version"] > FORMAT_VERSION:
        raise TrustDocumentError(
            f"{where} is a trust document of version {raw['version']}; this idguide reads "
            f"version {FORMAT_VERSION}. Install a newer idguide; nothing was changed."
        )
    publishers = [_publisher(item, where) for item in _list(raw, "publishers", where)]
    revoked = [_id(item, where, "revoked") for item in _list(raw, "revoked", where)]
    ids = [p.id for p in publishers]
    twice = sorted({i for i in ids if ids.count(i) > 1} | set(ids) & set(revoked))
    if twice:
        raise TrustDocumentError(f"{where}: {twice[0]!r} is listed twice.")
    return TrustDocument(publishers, revoked)


def _list(raw: dict, key: str, where: str) -> list:
    value = raw.get(key, [])
    if not isinstance(value, list):
        raise TrustDocumentError(f"{where}: {key!r} must be a list.")
    return value


def _id(value: object, where: str, what: str) -> str:
    if not isinstance(value, str) or not ID_PATTERN.match(value):
        raise TrustDocumentError(f"{where}: {value!r} in {what!r} is not a publisher id.")
    return value


def _publisher(item: object, where: str) -> Publisher:
    if not isinstance(item, dict):
        raise TrustDocumentError(f"{where}: each publisher must be an object.")
    pid = _id(item.get("id"), where, "publishers")
    brands = item.get("brands")
    all_brands = brands == "all"
    if not all_brands and not (
        isinstance(brands, list)
        and brands
        and all(isinstance(b, str) and ID_PATTERN.match(b) for b in brands)
    ):
        raise TrustDocumentError(
            f'{where}: publisher {pid!r}: "brands" must be "all" or a list of brand ids.'
        )
    chosen = [] if all_brands or not isinstance(brands, list) else sorted(brands)
    publisher = Publisher(pid, str(item.get("key", "")), chosen, all_brands)
    try:
        publisher.public_key()
    except (binascii.Error, ValueError):
        raise TrustDocumentError(
            f'{where}: publisher {pid!r}: "key" is not the base64 of an Ed25519 public key.'
        ) from None
    return publisher


# -- applying ------------------------------------------------------------------------------


def apply_document(catalog: Catalog, document: TrustDocument, origin: str) -> TrustChanges:
    """Make the trust entries of ``origin`` ('feed:NAME') say what ``document`` says."""
    from idguide.catalog.bundles.trust import trust_add, trust_list, trust_remove

    current = {entry.publisher_id: entry for entry in trust_list(catalog)}
    changes = TrustChanges()
    for publisher in document.publishers:
        have = current.get(publisher.id)
        if have is not None and have.origin != origin:
            changes.kept.append(publisher.id)  # by hand (or another feed's): never replaced
            continue
        entry = trust_add(
            catalog,
            publisher.public_key(),
            publisher.id,
            publisher.brands or None,
            publisher.all_brands,
            origin=origin,
        )
        changes.op_changes |= changes_of(entry)
        if have is None:
            changes.added.append(publisher.id)
        elif _scope(entry) != _scope(have):
            changes.replaced.append(publisher.id)
    listed = {p.id for p in document.publishers}
    for pid, have in sorted(current.items()):
        if have.origin == origin and pid not in listed:
            hidden = trust_remove(catalog, pid)  # the administration no longer trusts it
            changes.op_changes |= changes_of(hidden)
            changes.revoked.append(pid)
        elif pid in document.revoked and have.origin != origin:
            changes.kept.append(pid)
    return changes


def _scope(entry: TrustEntry) -> tuple:
    return (entry.public_key, entry.brands, entry.all_brands)
