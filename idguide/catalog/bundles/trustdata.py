"""The trust store as plain data, read strictly and written into a catalogue (for
:func:`~idguide.catalog.bundles.trust.apply_trust`, which an update feed's trust document
reaches every laptop through).

Everything in it is checked as a bundle's fields are: ids, keys (32 bytes whose fingerprint is
the one given), names (the one rule for text), GS1 prefixes. Anything wrong is a TrustError and
nothing is applied.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import sqlite3
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from idguide.catalog import cleantext
from idguide.catalog.bundles.demokey import is_demo_id
from idguide.catalog.bundles.errors import TrustError
from idguide.catalog.codes import PREFIX_PATTERN
from idguide.catalog.i18n import _
from idguide.catalog.model import ID_PATTERN
from idguide.catalog.write import now

VERSION = 2
Revoke = Callable[[sqlite3.Connection, str, str], list[str]]
SetRevoked = Callable[[sqlite3.Connection, str, bool], list[str]]


@dataclass
class Publisher:
    id: str
    name: str = ""
    added_at: str = ""
    revoked: bool = False
    all_brands: bool = False
    keys: list[tuple[str, str, str]] = field(default_factory=list)  # key_id, public key, added
    brands: dict[str, str] = field(default_factory=dict)
    prefixes: list[str] = field(default_factory=list)
    licensed_by: list[str] = field(default_factory=list)


@dataclass
class Document:
    publishers: list[Publisher]
    revoked_keys: list[tuple[str, str, str]]  # key_id, public key, when it was revoked


def parse(data: Any) -> Document:
    """``data`` checked; a TrustError saying what is wrong."""
    if not isinstance(data, dict) or data.get("version") != VERSION:
        raise TrustError(
            _("Not trust data of version {version}; nothing was changed.").format(version=VERSION)
        )
    publishers = [_publisher(item) for item in _list(data, "publishers")]
    ids = [p.id for p in publishers]
    if len(set(ids)) != len(ids):
        raise TrustError(_("Trust data lists a publisher twice; nothing was changed."))
    brands = Counter(brand for p in publishers for brand in p.brands)
    twice = sorted(brand for brand, count in brands.items() if count > 1)
    if twice:
        raise TrustError(
            _("Trust data binds brand {twice!r} to two publishers; nothing was changed.").format(
                twice=twice[0]
            )
        )
    revoked = []
    for item in _list(data, "revoked_keys"):
        key_id, public_key = _key(item)
        revoked.append(
            (key_id, public_key, _text(item, "revoked_at", _("key {key}").format(key=key_id)))
        )
    return Document(publishers, revoked)


def _list(data: dict, key: str) -> list:
    value = data.get(key, [])
    if not isinstance(value, list):
        raise TrustError(
            _("Trust data: {key!r} must be a list; nothing was changed.").format(key=key)
        )
    return value


def _text(item: dict, key: str, where: str) -> str:
    value = item.get(key, "")
    if not isinstance(value, str) or len(value) > 300:
        raise TrustError(
            _("Trust data: {where}: {key!r} must be a short text.").format(where=where, key=key)
        )
    problem = cleantext.problem(value)
    if problem:
        raise TrustError(
            _("Trust data: {where}: {key!r} {problem}").format(
                where=where, key=key, problem=problem
            )
        )
    return cleantext.normalized(value)


def _ident(value: Any, where: str) -> str:
    if not isinstance(value, str) or not ID_PATTERN.match(value):
        raise TrustError(
            _("Trust data: {where}: {value!r} is not an id.").format(
                where=where, value=str(value)[:40]
            )
        )
    return value


def _key(item: Any) -> tuple[str, str]:
    if not isinstance(item, dict):
        raise TrustError(_("Trust data: each key must be an object."))
    key_id, public_key = item.get("key_id"), item.get("public_key")
    try:
        raw = base64.b64decode(str(public_key), validate=True)
    except (binascii.Error, ValueError):
        raw = b""
    if len(raw) != 32 or hashlib.sha256(raw).hexdigest()[:16] != key_id:
        raise TrustError(
            _(
                "Trust data: key {key_id!r} is not an Ed25519 public key with that "
                "fingerprint; nothing was changed."
            ).format(key_id=str(key_id)[:20])
        )
    return str(key_id), str(public_key)


def _publisher(item: Any) -> Publisher:
    if not isinstance(item, dict):
        raise TrustError(_("Trust data: each publisher must be an object."))
    pid = _ident(item.get("id"), "publishers")
    if is_demo_id(pid):
        raise TrustError(
            _("Trust data: {pid!r} is a demo id; the demo is never trusted so.").format(pid=pid)
        )
    where = _("publisher {pid!r}").format(pid=pid)
    publisher = Publisher(
        pid,
        name=_text(item, "name", where),
        added_at=_text(item, "added_at", where),
        revoked=item.get("revoked") is True,
        all_brands=item.get("all_brands") is True,
    )
    for key in _sub(item, "keys", where):
        key_id, public_key = _key(key)
        added = _text(key, "added_at", where) if isinstance(key, dict) else ""
        publisher.keys.append((key_id, public_key, added))
    for brand in _sub(item, "brands", where):
        if not isinstance(brand, dict):
            raise TrustError(
                _("Trust data: {where}: each brand must be an object.").format(where=where)
            )
        publisher.brands[_ident(brand.get("id"), where)] = _text(brand, "name", where)
    for prefix in _sub(item, "gs1_prefixes", where):
        if not isinstance(prefix, str) or not PREFIX_PATTERN.match(prefix):
            raise TrustError(
                _("Trust data: {where}: {prefix!r} is not a GS1 prefix.").format(
                    where=where, prefix=str(prefix)[:20]
                )
            )
        publisher.prefixes.append(prefix)
    publisher.licensed_by = [_ident(x, where) for x in _sub(item, "licensed_by", where)]
    return publisher


def _sub(item: dict, key: str, where: str) -> list:
    value = item.get(key, [])
    if not isinstance(value, list):
        raise TrustError(
            _("Trust data: {where}: {key!r} must be a list.").format(where=where, key=key)
        )
    return value


def write_publisher(
    conn: sqlite3.Connection,
    publisher: Publisher,
    origin: str,
    revoke: Revoke,
    set_revoked: SetRevoked,
) -> list[str]:
    """Inside a transaction: make the store say what ``publisher`` says; the ids of the
    entries this hid or showed. A name it leaves empty keeps the name this store bound to the
    same publisher (from its first bundle, say): data from a store that never installed the
    publisher's bundles must not unbind what this one did."""
    pid = publisher.id
    conn.execute(
        "INSERT INTO trust (publisher_id, all_brands, demo, added_at, name) "
        "VALUES (?, ?, 0, ?, ?) ON CONFLICT(publisher_id) DO UPDATE SET "
        "all_brands = excluded.all_brands, added_at = excluded.added_at, "
        "name = CASE WHEN excluded.name != '' THEN excluded.name ELSE trust.name END",
        (pid, int(publisher.all_brands), publisher.added_at, publisher.name),
    )
    conn.execute("UPDATE trust SET origin = ? WHERE publisher_id = ?", (origin, pid))
    ids = _keys(conn, publisher, revoke)
    ids += _brands(conn, publisher)
    conn.execute("DELETE FROM trust_prefixes WHERE publisher_id = ?", (pid,))
    conn.executemany(
        "INSERT INTO trust_prefixes VALUES (?, ?, ?)",
        [(prefix, pid, publisher.added_at) for prefix in publisher.prefixes],
    )
    conn.execute("DELETE FROM trust_licences WHERE licensee = ?", (pid,))
    conn.executemany(
        "INSERT INTO trust_licences VALUES (?, ?, ?)",
        [(pid, other, publisher.added_at) for other in publisher.licensed_by],
    )
    if publisher.revoked:
        conn.execute(
            "UPDATE trust SET revoked_at = CASE WHEN revoked_at = '' THEN ? ELSE revoked_at END "
            "WHERE publisher_id = ?",
            (now(), pid),
        )
    else:
        conn.execute("UPDATE trust SET revoked_at = '' WHERE publisher_id = ?", (pid,))
    return ids + set_revoked(conn, pid, publisher.revoked)


def _keys(conn: sqlite3.Connection, publisher: Publisher, revoke: Revoke) -> list[str]:
    pid, ids = publisher.id, []
    listed = {key_id for key_id, _, _ in publisher.keys}
    if publisher.revoked:  # a revoked publisher's keys are revoked keys
        for key_id, public_key, _ in publisher.keys:
            ids += revoke(conn, key_id, public_key)
    conn.execute(
        f"DELETE FROM trust_keys WHERE publisher_id = ? AND key_id NOT IN "
        f"({','.join('?' * len(listed))})",
        (pid, *listed),
    )
    if not publisher.revoked:
        revoked = {row[0] for row in conn.execute("SELECT key_id FROM revoked_keys")}
        conn.executemany(
            "INSERT OR IGNORE INTO trust_keys VALUES (?, ?, ?, ?)",
            [(pid, k, p, added) for k, p, added in publisher.keys if k not in revoked],
        )
    return ids


def _brands(conn: sqlite3.Connection, publisher: Publisher) -> list[str]:
    """Bind exactly ``publisher``'s brands; the entries of a brand it takes from another
    publisher are hidden (a transfer)."""
    pid, ids = publisher.id, []
    brands = list(publisher.brands)
    conn.execute(
        f"DELETE FROM trust_brands WHERE publisher_id = ? AND brand_id NOT IN "
        f"({','.join('?' * len(brands))})",
        (pid, *brands),
    )
    for brand, name in publisher.brands.items():
        row = conn.execute(
            "SELECT publisher_id FROM trust_brands WHERE brand_id = ?", (brand,)
        ).fetchone()
        if row and row[0] != pid:
            rows = conn.execute(
                "UPDATE products SET revoked = 1 WHERE brand_id = ? AND publisher_id = ? "
                "AND revoked = 0 RETURNING id",
                (brand, row[0]),
            )
            ids += [r[0] for r in rows]
        conn.execute(
            "INSERT INTO trust_brands (brand_id, publisher_id, name, added_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(brand_id) DO UPDATE SET publisher_id = excluded.publisher_id, "
            "name = CASE WHEN excluded.name != '' THEN excluded.name "
            "WHEN trust_brands.publisher_id = excluded.publisher_id THEN trust_brands.name "
            "ELSE '' END",
            (brand, pid, name, publisher.added_at),
        )
    return ids
