"""The trust document: an administration's trust store, travelling with its feed.

`idguide feed trust` exports the trust store of the administration's catalogue (or takes a
document file) and offers it as a signed target; each laptop applies it before the bundles, so
which publishers' bundles officers get, what each publisher is, and every revocation reach every
laptop. Version 2 is the whole trust store as
:func:`~idguide.catalog.bundles.trust.export_trust` gives it::

    {"version": 2,
     "publishers": [{"id": "nordhaven", "name": "Nordhaven Tools",
                     "keys": [{"key_id": "<fingerprint>", "public_key": "<base64>", ...}],
                     "brands": [{"id": "nordiva", "name": "Nordiva"}], "all_brands": false,
                     "gs1_prefixes": ["4006381"], "licensed_by": [], "revoked": false, ...}],
     "revoked_keys": [{"key_id": "<fingerprint>", "public_key": "<base64>", ...}]}

Version 1 (one key per publisher, brand ids only, a list of revoked publisher ids), written by
the idguide before trust stores held more, is still read: it says less, but nothing that
version 2 says otherwise, so a laptop updated before its administration's publishing machine
keeps syncing. A document of a newer version is refused whole.

Applying it makes the laptop's trust entries that came from this feed (their origin is
``feed:NAME``) say what the document says, in one transaction
(:func:`~idguide.catalog.bundles.trust.apply_trust`); entries the document no longer lists are
revoked. It never touches an entry the laptop's administrator added by hand (or another feed
did): such a publisher is kept as it is, and so is its key if the document revokes it, and a
publisher of the document that would take a brand, a GS1 prefix or a name bound to such an
entry is left out. The result says each, for ``idguide sync`` to warn.
"""

from __future__ import annotations

import base64
import binascii
import json
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from idguide.catalog.bundles import trustdata
from idguide.catalog.bundles.errors import BundleError
from idguide.catalog.bundles.keys import key_id
from idguide.catalog.bundles.names import name_key
from idguide.catalog.changes import CarriesChanges, OpChanges
from idguide.catalog.feed.errors import FeedError
from idguide.catalog.i18n import N_, _
from idguide.catalog.model import ID_PATTERN
from idguide.catalog.store import Catalog

if TYPE_CHECKING:
    from idguide.catalog.bundles.trust import TrustEntry

FORMAT_VERSION = trustdata.VERSION  # 2
MAX_BYTES = 4 * 1024 * 1024
SQLITE_MAGIC = b"SQLite format 3\x00"


class TrustDocumentError(FeedError):
    """A trust document is malformed, too new, or cannot be read."""


TRUST_DATA = N_("trust data")  # what a message names a trust document of no file by


@dataclass
class TrustDocument:
    """A checked document: ``data`` as :func:`export_trust` gives it (version 2), and what it
    says (``parsed``)."""

    data: dict
    parsed: trustdata.Document

    @classmethod
    def from_data(cls, data: Any, where: str = "") -> TrustDocument:
        try:
            return cls(data, trustdata.parse(data))
        except BundleError as exc:  # TrustError, from the same checks as `trust add` makes
            raise TrustDocumentError(f"{where or _(TRUST_DATA)}: {exc}") from None

    @property
    def publishers(self) -> list[trustdata.Publisher]:
        """The publishers it trusts (not revoked)."""
        return [p for p in self.parsed.publishers if not p.revoked]

    @property
    def revoked(self) -> list[str]:
        """The publishers it revokes."""
        return [p.id for p in self.parsed.publishers if p.revoked]

    @property
    def revoked_keys(self) -> list[str]:
        return [key for key, _, _ in self.parsed.revoked_keys]

    def keys_of(self, publisher_id: str) -> set[str]:
        """The fingerprints of the keys it trusts for ``publisher_id``."""
        return {k for p in self.publishers if p.id == publisher_id for k, _, _ in p.keys}

    def to_bytes(self) -> bytes:
        data = {**self.data, "version": FORMAT_VERSION}
        data["publishers"] = sorted(data.get("publishers", []), key=lambda p: p["id"])
        return (json.dumps(data, indent=1, sort_keys=True, ensure_ascii=False) + "\n").encode()


@dataclass
class TrustChanges(CarriesChanges):
    """What applying a document did to a laptop's trust store (carrying the change record:
    the trust store, and the entries of publishers revoked, trusted again or of keys revoked)."""

    added: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    revoked: list[str] = field(default_factory=list)
    revoked_keys: list[str] = field(default_factory=list)  # newly revoked on this laptop
    kept: list[str] = field(default_factory=list)  # trusted by hand here: left as they are
    warnings: list[str] = field(default_factory=list)  # why each kept one was kept

    def as_dict(self) -> dict:
        return {k: v for k, v in self.__dict__.items() if k != "op_changes"}

    def __bool__(self) -> bool:
        return bool(self.added or self.replaced or self.revoked or self.revoked_keys)


# -- export --------------------------------------------------------------------------------


def export_trust(source: Path) -> TrustDocument:
    """The document of the catalogue at ``source``, or the document file ``source`` checked."""
    try:
        with open(source, "rb") as handle:
            head = handle.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise TrustDocumentError(
            _("Cannot read {source} ({reason}).").format(source=source, reason=exc.strerror)
        ) from None
    if head == SQLITE_MAGIC:
        with Catalog.open(source, repair_index=False) as catalog:
            return from_catalog(catalog)
    try:
        if source.stat().st_size > MAX_BYTES:
            raise TrustDocumentError(
                _("{source} is far too large for a trust document.").format(source=source)
            )
        return parse_document(source.read_bytes(), str(source))
    except OSError as exc:
        raise TrustDocumentError(
            _("Cannot read {source} ({reason}).").format(source=source, reason=exc.strerror)
        ) from None


def from_catalog(catalog: Catalog) -> TrustDocument:
    """The whole trust store of ``catalog`` (demo entries aside): publishers trusted and
    revoked, with their keys and bindings, and every revoked key."""
    from idguide.catalog.bundles.trust import export_trust as store_data

    return TrustDocument.from_data(store_data(catalog), _("the catalogue's trust store"))


# -- reading -------------------------------------------------------------------------------


def parse_document(data: bytes, where: str) -> TrustDocument:
    """The document in ``data``; a TrustDocumentError naming ``where`` if it is not one."""
    from idguide.catalog.bundles import format

    try:  # strictly: a key given twice in one object is refused (readers could disagree)
        raw = format.parse(data, where, MAX_BYTES)
    except BundleError as exc:
        raise TrustDocumentError(
            _("{error} It is not a trust document.").format(error=exc)
        ) from None
    if not isinstance(raw, dict) or not isinstance(raw.get("version"), int):
        raise TrustDocumentError(
            _("{where} is not a trust document (no version).").format(where=where)
        )
    if raw["version"] > FORMAT_VERSION:
        raise TrustDocumentError(
            _(
                "{where} is a trust document of version {raw}; this idguide reads "
                "versions 1 and {format_version}. Install a newer idguide; nothing was "
                "changed."
            ).format(where=where, raw=raw["version"], format_version=FORMAT_VERSION)
        )
    if raw["version"] == 1:
        raw = _from_version_1(raw, where)
    return TrustDocument.from_data(raw, where)


def _from_version_1(raw: dict, where: str) -> dict:
    """A version 1 document said as version 2: each publisher's one key, its brand ids
    (their names are then bound from its first bundle), and the publishers it revoked."""
    publishers = [_publisher_1(item, where) for item in _list(raw, "publishers", where)]
    listed = {p["id"] for p in publishers}
    for pid in _list(raw, "revoked", where):
        if _id(pid, where, "revoked") in listed:
            raise TrustDocumentError(
                _("{where}: {pid!r} is listed twice.").format(where=where, pid=pid)
            )
        publishers.append({"id": pid, "revoked": True})
        listed.add(pid)
    return {"version": FORMAT_VERSION, "publishers": publishers, "revoked_keys": []}


def _list(raw: dict, key: str, where: str) -> list:
    value = raw.get(key, [])
    if not isinstance(value, list):
        raise TrustDocumentError(_("{where}: {key!r} must be a list.").format(where=where, key=key))
    return value


def _id(value: object, where: str, what: str) -> str:
    if not isinstance(value, str) or not ID_PATTERN.match(value):
        raise TrustDocumentError(
            _("{where}: {value!r} in {what!r} is not a publisher id.").format(
                where=where, value=value, what=what
            )
        )
    return value


def _publisher_1(item: object, where: str) -> dict:
    if not isinstance(item, dict):
        raise TrustDocumentError(
            _("{where}: each publisher must be an object.").format(where=where)
        )
    pid = _id(item.get("id"), where, "publishers")
    brands = item.get("brands")
    all_brands = brands == "all"
    if not all_brands and not (
        isinstance(brands, list)
        and brands
        and all(isinstance(b, str) and ID_PATTERN.match(b) for b in brands)
    ):
        raise TrustDocumentError(
            _('{where}: publisher {pid!r}: "brands" must be "all" or a list of brand ids.').format(
                where=where, pid=pid
            )
        )
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    key = str(item.get("key", ""))
    try:
        fingerprint = key_id(Ed25519PublicKey.from_public_bytes(base64.b64decode(key)))
    except (binascii.Error, ValueError):
        raise TrustDocumentError(
            _(
                '{where}: publisher {pid!r}: "key" is not the base64 of an Ed25519 public key.'
            ).format(where=where, pid=pid)
        ) from None
    chosen = [] if all_brands or not isinstance(brands, list) else sorted(set(brands))
    return {
        "id": pid,
        "all_brands": all_brands,
        "keys": [{"key_id": fingerprint, "public_key": key}],
        "brands": [{"id": brand, "name": ""} for brand in chosen],
    }


# -- applying ------------------------------------------------------------------------------


def apply_document(catalog: Catalog, document: TrustDocument, origin: str) -> TrustChanges:
    """Make the trust entries of ``origin`` ('feed:NAME') say what ``document`` says, never
    touching another entry; all of it in one transaction."""
    from idguide.catalog.bundles.trust import apply_trust, trust_list

    before = {entry.publisher_id: entry for entry in trust_list(catalog)}
    revoked_before = _revoked_keys(catalog.conn)
    changes = TrustChanges()
    data = _Plan(catalog.conn, origin, before, changes).data(document)
    applied = apply_trust(catalog, data, origin)
    after = {entry.publisher_id: entry for entry in trust_list(catalog)}
    for item in data["publishers"]:
        pid, old, new = item["id"], before.get(item["id"]), after[item["id"]]
        if old is None:  # (one the document lists as revoked is not news here)
            changes.added += [] if new.revoked else [pid]
        elif new.revoked and not old.revoked:
            changes.revoked.append(pid)
        elif old != new:
            changes.replaced.append(pid)
    changes.revoked_keys = sorted(_revoked_keys(catalog.conn) - revoked_before)
    changes.op_changes = applied if changes else OpChanges()  # the same again: nothing to redo
    return changes


def _revoked_keys(conn: sqlite3.Connection) -> set[str]:
    return {row[0] for row in conn.execute("SELECT key_id FROM revoked_keys")}


def owner_words(owner: str) -> str:
    """Whose an entry is (:meth:`_Plan.owner`'s code: 'by hand', 'from feed NAME', 'as the
    demo') in the reader's words."""
    if owner == "by hand":
        return _("by hand")
    if owner == "as the demo":
        return _("as the demo")
    feed = owner.removeprefix("from feed ")
    if feed != owner:
        return _("from feed {name}").format(name=feed)
    return owner


@dataclass
class _Plan:
    """What of a document one feed may apply to this laptop: the data for ``apply_trust``."""

    conn: sqlite3.Connection
    origin: str
    current: dict[str, TrustEntry]
    changes: TrustChanges

    def owner(self, pid: str) -> str | None:
        """Whose the entry ``pid`` is if not this feed's: 'by hand', 'from feed NAME', or
        'as the demo'."""
        entry = self.current.get(pid)
        if entry is None or entry.origin == self.origin:
            return None
        if entry.demo:
            return "as the demo"
        return f"from {entry.origin.replace(':', ' ', 1)}" if entry.origin else "by hand"

    def data(self, document: TrustDocument) -> dict:
        from idguide.catalog.bundles.trust import as_data

        raw = {item["id"]: item for item in document.data.get("publishers", [])}
        publishers = []
        for publisher in document.parsed.publishers:
            if self._kept(publisher):
                continue
            item, here = raw[publisher.id], self.current.get(publisher.id)
            if publisher.revoked and here is not None:
                # revoked as `trust remove` does: its keys here are revoked too, and what the
                # document does not say of it (a version 1 document says nothing) stays bound
                given = {key for key, _, _ in publisher.keys}
                keys = [k.__dict__.copy() for k in here.keys if k.key_id not in given]
                item = {**as_data(here), **item, "keys": [*item.get("keys", []), *keys]}
            publishers.append(item)
        listed = {p.id for p in document.parsed.publishers}
        for pid, entry in sorted(self.current.items()):
            if self.owner(pid) is None and pid not in listed and not entry.revoked:
                publishers.append({**as_data(entry), "revoked": True})  # no longer trusted
        return {
            "version": FORMAT_VERSION,
            "publishers": publishers,
            "revoked_keys": [item for item in document.data.get("revoked_keys", [])
                             if self._may_revoke(item["key_id"])],
        }  # fmt: skip

    def _kept(self, publisher: trustdata.Publisher) -> bool:
        """Whether ``publisher`` is left as this laptop has it (and why, in the warnings)."""
        pid, owner = publisher.id, self.owner(publisher.id)
        if owner == "by hand":
            text = _(
                "its trust document says otherwise about {pid}, which this laptop's "
                "administrator trusted by hand; the hand-made entry stays."
            )
            self._keep(pid, text.format(pid=pid))
        elif owner is not None:
            text = _(
                "its trust document says otherwise about {pid}, which this laptop trusts "
                "{owner}; that entry stays as it is."
            )
            self._keep(pid, text.format(pid=pid, owner=owner_words(owner)))
        elif (clash := self._clash(publisher)) is not None:
            self._keep(pid, clash)
        else:
            return False
        return True

    def _keep(self, pid: str, warning: str) -> None:
        if pid not in self.changes.kept:
            self.changes.kept.append(pid)
        self.changes.warnings.append(warning)

    def _foreign(self, pid: str) -> str | None:
        owner = self.owner(pid)
        return None if owner in (None, "as the demo") else owner

    def _owner_words(self, pid: str) -> str:
        return owner_words(self._foreign(pid) or "")

    def _clash(self, publisher: trustdata.Publisher) -> str | None:
        """What ``publisher`` would take from an entry this feed did not make (the warning that
        says so), or None."""
        pid, mine = publisher.id, {publisher.id, *publisher.licensed_by}
        for brand in sorted(publisher.brands):
            row = self.conn.execute(
                "SELECT publisher_id FROM trust_brands WHERE brand_id = ?", (brand,)
            ).fetchone()
            if row and row[0] != publisher.id and self._foreign(row[0]):  # even a licensor's
                return _(
                    "its trust document binds brand {brand!r}, which {holder!r} holds "
                    "({owner}), to {pid}; a feed never changes entries it did not make, so "
                    "{pid} was left as it was here."
                ).format(brand=brand, holder=row[0], owner=self._owner_words(row[0]), pid=pid)
        for prefix in publisher.prefixes:
            rows = self.conn.execute(
                "SELECT publisher_id FROM trust_prefixes WHERE prefix = ?", (prefix,)
            )
            holders = sorted(r[0] for r in rows if r[0] not in mine and self._foreign(r[0]))
            if holders:
                return _(
                    "its trust document binds GS1 prefix {prefix}, bound to {holder!r} "
                    "({owner}), to {pid}; a feed never changes entries it did not make, so "
                    "{pid} was left as it was here."
                ).format(
                    prefix=prefix, holder=holders[0], owner=self._owner_words(holders[0]), pid=pid
                )
        names = [publisher.name, *publisher.brands.values()]
        taken = self._names(mine)
        for name in filter(None, names):
            holder = taken.get(name_key(name))
            if holder is not None:
                return _(
                    "its trust document binds the name {name!r}, which looks the same as a name "
                    "of {holder!r}, to {pid}; a feed never changes entries it did not make, so "
                    "{pid} was left as it was here."
                ).format(name=name, holder=holder, pid=pid)
        return None

    def _names(self, mine: set[str]) -> dict[str, str]:
        """The names bound to entries this feed did not make (by their confusable key)."""
        found: dict[str, str] = {}
        rows = self.conn.execute(
            "SELECT publisher_id, name FROM trust WHERE name != '' UNION ALL "
            "SELECT publisher_id, name FROM trust_brands WHERE name != ''"
        )
        for pid, name in rows:
            if pid not in mine and self._foreign(pid):
                found.setdefault(name_key(name), pid)
        return found

    def _may_revoke(self, key: str) -> bool:
        """A key held by an entry this feed did not make stays as it is there."""
        holders = [e.publisher_id for e in self.current.values() if key in e.key_ids()]
        foreign = [pid for pid in holders if self._foreign(pid)]
        for pid in foreign:
            self._keep(
                pid,
                _(
                    "its trust document revokes key {key}, which this laptop trusts for {pid} "
                    "({owner}); it stays trusted here."
                ).format(key=key, pid=pid, owner=self._owner_words(pid)),
            )
        return not foreign
