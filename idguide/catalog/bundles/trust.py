"""The trust store: which keys this catalogue accepts for which publisher, and what each
publisher *is* (its display name, its brands and their names, its GS1 company prefixes, whom it
holds a licence from), as the administrator binds it, never as a bundle says.

A publisher may have several keys (during a key change). A revoked key stays revoked
(:func:`revoke_key`): its bundles are refused, and the entries it signed are hidden (``revoked``)
until a bundle signed by a trusted key replaces them. Removing a publisher's trust
(:func:`trust_remove`) revokes every key it has, hides its entries and refuses its bundles; its
bindings stay, so nobody else can take its names meanwhile. Brands belong to whom the store
binds them: a brand another publisher holds moves only with ``transfer``. What a bundle may not
wear is :mod:`~idguide.catalog.bundles.bindings`; the whole store as plain data (for the update
feed) is :func:`export_trust` and :func:`apply_trust`. Each entry says where it came from
(``origin``): '' when the administrator added it here, 'feed:NAME' when a feed's trust document
did.
"""

from __future__ import annotations

import base64
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from idguide.catalog.bundles import bindings
from idguide.catalog.bundles.demokey import demo_raw_key, is_demo_id
from idguide.catalog.bundles.errors import TrustError
from idguide.catalog.bundles.keys import key_id, load_public_key, raw_public
from idguide.catalog.bundles.names import name_key
from idguide.catalog.changes import CarriesChanges, Count, OpChanges
from idguide.catalog.codes import PREFIX_PATTERN
from idguide.catalog.errors import NotFoundError
from idguide.catalog.i18n import _
from idguide.catalog.model import ID_PATTERN
from idguide.catalog.store import Catalog, refuse_catalogue_file
from idguide.catalog.write import now, update_index


@dataclass
class TrustKey:
    key_id: str
    public_key: str  # base64 of the raw 32-byte Ed25519 key
    added_at: str = ""

    def raw(self) -> bytes:
        return base64.b64decode(self.public_key)


@dataclass
class TrustEntry(CarriesChanges):
    publisher_id: str
    keys: list[TrustKey] = field(default_factory=list)
    brand_names: dict[str, str] = field(default_factory=dict)  # bound brand -> name ('' unset)
    all_brands: bool = False
    name: str = ""  # the display name bound ('' until the first bundle binds it)
    prefixes: list[str] = field(default_factory=list)  # GS1 company prefixes
    licensed_by: list[str] = field(default_factory=list)  # its licensors
    demo: bool = False
    added_at: str = ""
    revoked_at: str = ""  # when its trust was removed ('' while trusted)
    origin: str = ""  # '' when added by hand, 'feed:NAME' when a feed's trust document did

    @property
    def brands(self) -> list[str]:
        return sorted(self.brand_names)

    @property
    def revoked(self) -> bool:
        return bool(self.revoked_at)

    @property
    def key_id(self) -> str:
        """The newest key's fingerprint ('' if none is left)."""
        return self.keys[-1].key_id if self.keys else ""

    def key_ids(self) -> set[str]:
        return {key.key_id for key in self.keys}

    def key_for(self, raw: bytes) -> TrustKey | None:
        return next((key for key in self.keys if key.raw() == raw), None)

    def allows(self, brand_id: str) -> bool:
        """Whether it may describe ``brand_id`` (with --all-brands: if no other publisher is
        bound to it, which the bundle rules check)."""
        return self.all_brands or brand_id in self.brand_names

    def scope(self) -> str:
        """The brands it is trusted for, as the messages about it say."""
        if self.all_brands and self.brands:
            return _("all brands no other publisher holds (holding {brands})").format(
                brands=", ".join(self.brands)
            )
        if self.all_brands:
            return _("all brands no other publisher holds")
        return ", ".join(self.brands) or _("no brand")

    def as_dict(self) -> dict:
        return {
            "publisher": self.publisher_id,
            "name": self.name,
            "keys": [k.key_id for k in self.keys],
            "key_id": self.key_id,
            "brands": "all" if self.all_brands else self.brands,
            "brand_names": dict(sorted(self.brand_names.items())),
            "gs1_prefixes": self.prefixes,
            "licensed_by": self.licensed_by,
            "demo": self.demo,
            "added_at": self.added_at,
            "revoked": self.revoked,
            "origin": self.origin,
        }


# -- reading -------------------------------------------------------------------------------


def get_trust(catalog: Catalog, publisher_id: str) -> TrustEntry | None:
    """The publisher's entry (a revoked one too: see ``revoked``), or None."""
    found = _entries(catalog, "WHERE publisher_id = ?", [publisher_id])
    return found[0] if found else None


def trust_list(catalog: Catalog) -> list[TrustEntry]:
    return _entries(catalog, "", [])


def _entries(catalog: Catalog, where: str, params: list[str]) -> list[TrustEntry]:
    conn = catalog.conn
    rows = conn.execute(
        "SELECT publisher_id, all_brands, name, demo, added_at, revoked_at, origin FROM trust "
        f"{where} ORDER BY publisher_id",
        params,
    ).fetchall()
    entries = []
    for pid, all_brands, name, demo, added, revoked, origin in rows:
        entry = TrustEntry(pid, [], {}, bool(all_brands), name, [], [], bool(demo), added, revoked)
        entry.origin = origin
        entry.keys = [
            TrustKey(*row)
            for row in conn.execute(
                "SELECT key_id, public_key, added_at FROM trust_keys WHERE publisher_id = ? "
                "ORDER BY added_at, key_id",
                (pid,),
            )
        ]
        entry.brand_names = dict(
            conn.execute(
                "SELECT brand_id, name FROM trust_brands WHERE publisher_id = ?", (pid,)
            ).fetchall()
        )
        entry.prefixes = _column(conn, "SELECT prefix FROM trust_prefixes", "publisher_id", pid)
        entry.licensed_by = _column(conn, "SELECT licensor FROM trust_licences", "licensee", pid)
        entries.append(entry)
    return entries


def _column(conn: sqlite3.Connection, select: str, column: str, value: str) -> list[str]:
    return [row[0] for row in conn.execute(f"{select} WHERE {column} = ? ORDER BY 1", (value,))]


def revoked_at(catalog: Catalog, key: str) -> str | None:
    """When the key with fingerprint ``key`` was revoked, or None if it is not."""
    row = catalog.conn.execute(
        "SELECT revoked_at FROM revoked_keys WHERE key_id = ?", (key,)
    ).fetchone()
    return row[0] if row else None


# -- trusting ------------------------------------------------------------------------------


def trust_add(
    catalog: Catalog,
    public_key: str | Path | Ed25519PublicKey | None,
    publisher_id: str,
    brands: list[str] | None = None,
    all_brands: bool = False,
    demo: bool = False,
    *,
    name: str | None = None,
    prefixes: Iterable[str] = (),
    transfer: bool = False,
    licensed_by: Iterable[str] = (),
) -> TrustEntry:
    """Trust ``public_key`` for ``publisher_id``'s bundles and bind what the publisher is.

    ``brands`` ("id" or "id=Name") become the brands bound to it (others it held are released),
    or ``all_brands``: any brand no other publisher is bound to. A brand another publisher holds
    is refused unless ``transfer`` (its entries of that brand from the other are then hidden).
    ``name`` is its display name; ``prefixes`` GS1 company prefixes bound to it; ``licensed_by``
    publishers whose names and prefixes it may share. A publisher trusted already keeps its
    other keys (a key change), and its revocation is lifted; ``public_key`` may then be None to
    change only its bindings. A revoked key, the demo key and ``demo-`` ids are refused (except
    for the demo itself, ``demo``). An entry a feed's trust document made becomes this
    catalogue's own (its ``origin`` is cleared): no feed changes it after that."""
    catalog.require_writable()  # IT's catalogue, read-only here: said before anything else
    pid = _publisher_id(publisher_id, demo)
    existing = get_trust(catalog, pid)
    key = _key(catalog, public_key, demo) if public_key is not None else None
    if existing is None and key is None:
        raise TrustError(
            _("{pid!r} is not in the trust store yet: give its public.key.").format(pid=pid)
        )
    chosen = _brands(brands, all_brands, existing is None)
    plan = _Plan(pid, key, chosen, all_brands if chosen is not None else None)
    plan.check(catalog, name, list(prefixes), transfer, list(licensed_by))
    with catalog.transaction() as conn:
        plan.write(conn, demo, name)
        ids = plan.hide_moved(conn)
        if key is not None:
            ids += _set_revoked(conn, pid, False)
        generation = catalog.bump_generation() if ids else catalog.generation()
    update_index(catalog, ids, generation)
    entry = get_trust(catalog, pid)
    assert entry is not None
    same = existing is not None and entry == existing
    return entry.carrying(OpChanges() if same else _changed(ids))


@dataclass
class _Plan:
    """What one ``trust add`` changes, checked before anything is written."""

    pid: str
    key: Ed25519PublicKey | None
    brands: dict[str, str] | None  # None: leave the brands as they are
    all_brands: bool | None
    prefixes: list[str] = field(default_factory=list)
    licensors: list[str] = field(default_factory=list)
    moved: dict[str, str] = field(default_factory=dict)  # brand -> the publisher it leaves

    def check(
        self,
        catalog: Catalog,
        name: str | None,
        prefixes: list[str],
        transfer: bool,
        licensors: list[str],
    ) -> None:
        conn = catalog.conn
        self.licensors = [self._licensor(catalog, other) for other in licensors]
        for brand in sorted(self.brands or {}):
            holder = bindings.brand_holder(conn, brand)
            if holder in (None, self.pid):
                continue
            if not transfer and not bindings.is_demo_publisher(conn, holder):
                raise TrustError(
                    _(
                        "Brand {brand!r} is held by publisher {holder!r} in the trust store. To "
                        "move it to {pid!r}, add --transfer ({holder!r}'s entries of that brand "
                        "are then hidden); nothing was changed."
                    ).format(brand=brand, holder=holder, pid=self.pid)
                )
            self.moved[brand] = holder  # type: ignore[assignment]
        names = [(_("the name"), name)] if name else []
        names += [
            (_("brand {brand}'s name").format(brand=b), n)
            for b, n in sorted((self.brands or {}).items())
            if n
        ]

        self._require_free(conn, names)
        self.prefixes = [self._prefix(conn, p, transfer) for p in prefixes]

    def _licensor(self, catalog: Catalog, other: str) -> str:
        if other == self.pid or get_trust(catalog, other) is None:
            raise TrustError(
                _(
                    "--licensed-by {other!r}: give a publisher in the trust store other than "
                    "{pid!r} (see `idguide trust list`)."
                ).format(other=other, pid=self.pid)
            )
        return other

    def _require_free(self, conn: sqlite3.Connection, names: list[tuple[str, str]]) -> None:
        taken = bindings.name_holders(conn, self.pid)
        for what, value in names:
            holder = taken.get(name_key(value))
            if holder is not None and holder.publisher_id not in self.licensors:
                raise TrustError(
                    _(
                        "{capitalize} {value!r} looks the same as {what}, bound to publisher "
                        "{publisher_id!r}; nothing was changed. If they share it (licensor and "
                        "licensee), add --licensed-by {publisher_id}."
                    ).format(
                        capitalize=what.capitalize(),
                        value=value,
                        what=holder.what,
                        publisher_id=holder.publisher_id,
                    )
                )

    def _prefix(self, conn: sqlite3.Connection, prefix: str, transfer: bool) -> str:
        digits = prefix.strip().replace(" ", "")
        if not PREFIX_PATTERN.match(digits):
            raise TrustError(
                _(
                    "{prefix!r} is not a GS1 company prefix: 4 to 12 digits, as GS1 assigned "
                    "them (e.g. 4006381)."
                ).format(prefix=prefix)
            )
        holders = {
            row[0]
            for row in conn.execute(
                "SELECT publisher_id FROM trust_prefixes WHERE prefix = ? AND publisher_id != ?",
                (digits, self.pid),
            )
        } - set(self.licensors)
        if holders and not transfer:
            raise TrustError(
                _(
                    "GS1 prefix {digits} is bound to publisher {holders!r}. To move it to "
                    "{pid!r} add --transfer; if they share it (licensor and licensee), add "
                    "--licensed-by {holders}. Nothing was changed."
                ).format(digits=digits, holders=sorted(holders)[0], pid=self.pid)
            )
        return digits

    def write(self, conn: sqlite3.Connection, demo: bool, name: str | None) -> None:
        stamp = now()
        conn.execute(
            "INSERT OR IGNORE INTO trust (publisher_id, all_brands, demo, added_at, name) "
            "VALUES (?, ?, ?, ?, ?)",
            (self.pid, int(bool(self.all_brands)), int(demo), stamp, name or ""),
        )
        # changed by hand: the entry is this catalogue's own from now on, never a feed's
        conn.execute("UPDATE trust SET origin = '' WHERE publisher_id = ?", (self.pid,))
        if self.key is not None:  # trusted again with a new key: the revocation is lifted
            conn.execute("UPDATE trust SET revoked_at = '' WHERE publisher_id = ?", (self.pid,))
        if name:
            conn.execute("UPDATE trust SET name = ? WHERE publisher_id = ?", (name, self.pid))
        if self.all_brands is not None:
            conn.execute(
                "UPDATE trust SET all_brands = ? WHERE publisher_id = ?",
                (int(self.all_brands), self.pid),
            )
        if self.key is not None:
            conn.execute(
                "INSERT OR IGNORE INTO trust_keys VALUES (?, ?, ?, ?)",
                (self.pid, key_id(self.key), _b64(self.key), stamp),
            )
        if self.brands is not None:
            self._write_brands(conn, stamp)
        conn.executemany(
            "INSERT OR IGNORE INTO trust_licences VALUES (?, ?, ?)",
            [(self.pid, other, stamp) for other in self.licensors],
        )
        for prefix in self.prefixes:
            conn.execute("DELETE FROM trust_prefixes WHERE prefix = ? AND publisher_id != ? "
                         "AND publisher_id NOT IN (SELECT licensor FROM trust_licences "
                         "WHERE licensee = ?)", (prefix, self.pid, self.pid))  # fmt: skip
            conn.execute(
                "INSERT OR IGNORE INTO trust_prefixes VALUES (?, ?, ?)", (prefix, self.pid, stamp)
            )

    def _write_brands(self, conn: sqlite3.Connection, stamp: str) -> None:
        assert self.brands is not None
        kept = list(self.brands)
        conn.execute(
            f"DELETE FROM trust_brands WHERE publisher_id = ? AND brand_id NOT IN "
            f"({','.join('?' * len(kept))})",
            (self.pid, *kept),
        )
        for brand, brand_name in self.brands.items():
            conn.execute(
                "INSERT INTO trust_brands (brand_id, publisher_id, name, added_at) "
                "VALUES (?, ?, ?, ?) ON CONFLICT(brand_id) DO UPDATE SET "
                "publisher_id = excluded.publisher_id, "
                "name = CASE WHEN excluded.name != '' THEN excluded.name "
                "WHEN trust_brands.publisher_id = excluded.publisher_id THEN trust_brands.name "
                "ELSE '' END",
                (brand, self.pid, brand_name, stamp),
            )

    def hide_moved(self, conn: sqlite3.Connection) -> list[str]:
        """The entries of brands moved to this publisher from another: hidden (revoked)."""
        ids: list[str] = []
        for brand, holder in self.moved.items():
            ids += [
                row[0]
                for row in conn.execute(
                    "UPDATE products SET revoked = 1 WHERE brand_id = ? AND publisher_id = ? "
                    "AND revoked = 0 RETURNING id",
                    (brand, holder),
                )
            ]
        return sorted(ids)


def _b64(key: Ed25519PublicKey) -> str:
    return base64.b64encode(raw_public(key)).decode()


def _key(
    catalog: Catalog, public_key: str | Path | Ed25519PublicKey, demo: bool
) -> Ed25519PublicKey:
    if isinstance(public_key, Ed25519PublicKey):
        key = public_key
    else:
        refuse_catalogue_file(public_key, catalog.path)  # never read beside the open catalogue
        key = load_public_key(Path(public_key))
    is_demo_key = raw_public(key) == demo_raw_key()
    if is_demo_key != demo:
        raise TrustError(
            _(
                "This is the public demo key: anyone can sign with it, so it is trusted only for "
                "the demo's fictional publishers (idguide demo). Ask the publisher for its own "
                "key."
            )
            if is_demo_key
            else _("The demo is signed with the demo key only.")
        )
    when = revoked_at(catalog, key_id(key))
    if when is not None:
        raise TrustError(
            _(
                "Key {key} was revoked on {when}; a revoked key stays revoked. Ask the "
                "publisher for a new key (idguide bundle keygen)."
            ).format(key=key_id(key), when=when[:10])
        )
    return key


def _publisher_id(value: str, demo: bool) -> str:
    if not isinstance(value, str) or not ID_PATTERN.match(value):
        raise TrustError(
            _(
                "{value!r} is not a publisher id: use lower-case letters, digits and "
                "dashes, as in the publisher's bundles (see `idguide bundle verify "
                "FILE`)."
            ).format(value=value)
        )
    if is_demo_id(value) != demo:
        message = (
            _(
                "Publisher ids starting with 'demo-' are the demo's own: {value!r} cannot be "
                "trusted for real content."
            )
            if not demo
            else _("{value!r} is not a demo publisher id (they start with 'demo-').")
        )
        raise TrustError(message.format(value=value))

    return value


def _brands(brands: list[str] | None, all_brands: bool, new: bool) -> dict[str, str] | None:
    """``brands`` ("id" or "id=Name") as {id: name}; None if neither they nor ``all_brands``
    were given for a publisher trusted already (its brands stay)."""
    chosen: dict[str, str] = {}
    for item in brands or []:
        brand, _sep, brand_name = item.partition("=")
        if brand.strip():
            chosen[brand.strip()] = brand_name.strip()
    if all_brands and chosen:
        raise TrustError(_("Give either --brands or --all-brands, not both."))
    if not all_brands and not chosen:
        if not new:
            return None
        raise TrustError(
            _("Say which brands the publisher may describe (--brands B1,B2), or --all-brands.")
        )
    for brand in chosen:
        if not ID_PATTERN.match(brand):
            raise TrustError(
                _("{brand!r} is not a brand id (lower-case letters, digits, dashes).").format(
                    brand=brand
                )
            )
    return chosen


# -- revoking ------------------------------------------------------------------------------


def revoke_key(catalog: Catalog, key: str) -> Count:
    """Revoke the key with fingerprint ``key`` for good: its bundles are refused and the
    entries it signed are hidden until a bundle signed by a trusted key replaces them. Return
    how many entries were hidden."""
    catalog.require_writable()
    row = catalog.conn.execute(
        "SELECT public_key FROM trust_keys WHERE key_id = ? UNION "
        "SELECT public_key FROM revoked_keys WHERE key_id = ?",
        (key, key),
    ).fetchone()
    if row is None:
        raise NotFoundError(
            _(
                "No key {key!r} in the trust store; `idguide trust list` shows each "
                "publisher's keys."
            ).format(key=key)
        )
    with catalog.transaction() as conn:
        ids = _revoke(conn, key, row[0])
        generation = catalog.bump_generation() if ids else catalog.generation()
    update_index(catalog, ids, generation)
    return Count(len(ids), _changed(ids))


def _revoke(conn: sqlite3.Connection, key: str, public_key: str, when: str = "") -> list[str]:
    """Inside a transaction: revoke ``key`` (``when``: now, unless the revocation comes from
    elsewhere with its date); the ids of the entries that hides."""
    conn.execute(
        "INSERT OR IGNORE INTO revoked_keys VALUES (?, ?, ?)", (key, public_key, when or now())
    )
    conn.execute("DELETE FROM trust_keys WHERE key_id = ?", (key,))
    rows = conn.execute(
        "UPDATE products SET revoked = 1 WHERE key_id = ? AND revoked = 0 RETURNING id", (key,)
    )
    return sorted(row[0] for row in rows)


def trust_remove(catalog: Catalog, publisher_id: str) -> Count:
    """Revoke ``publisher_id``: revoke its keys, hide its entries, refuse its bundles (its
    names, brands and prefixes stay bound to it); return how many entries were hidden."""
    catalog.require_writable()
    entry = get_trust(catalog, publisher_id)
    if entry is None or entry.revoked:
        raise NotFoundError(
            _(
                "Publisher {publisher_id!r} is not trusted in this trust store; see "
                "`idguide trust list`."
            ).format(publisher_id=publisher_id)
        )
    with catalog.transaction() as conn:
        for key in entry.keys:
            _revoke(conn, key.key_id, key.public_key)
        conn.execute(
            "UPDATE trust SET revoked_at = ? WHERE publisher_id = ?", (now(), publisher_id)
        )
        ids = _set_revoked(conn, publisher_id, True)
        generation = catalog.bump_generation() if ids else catalog.generation()
    update_index(catalog, ids, generation)
    return Count(len(ids), _changed(ids))


def _changed(product_ids: list[str]) -> OpChanges:
    """The trust store changed; and the entries and the index if products were hidden/shown."""
    return OpChanges(trust=True, content=bool(product_ids), index=bool(product_ids))


# -- the whole store as plain data (the update feed's trust document) ----------------------

TRUST_DATA_VERSION = 2


def export_trust(catalog: Catalog) -> dict:
    """Every publisher of the trust store (the demo's aside) with its keys, name, brands, GS1
    prefixes, licences and whether it is revoked, and every revoked key: plain data for
    :func:`apply_trust` on another catalogue."""
    publishers = [as_data(e) for e in trust_list(catalog) if not e.demo]
    rows = catalog.conn.execute(
        "SELECT key_id, public_key, revoked_at FROM revoked_keys ORDER BY key_id"
    )
    revoked = [{"key_id": k, "public_key": p, "revoked_at": at} for k, p, at in rows]
    return {"version": TRUST_DATA_VERSION, "publishers": publishers, "revoked_keys": revoked}


def as_data(entry: TrustEntry) -> dict:
    """One publisher of :func:`export_trust`'s data."""
    return {
        "id": entry.publisher_id,
        "name": entry.name,
        "added_at": entry.added_at,
        "revoked": entry.revoked,
        "all_brands": entry.all_brands,
        "keys": [key.__dict__.copy() for key in entry.keys],
        "brands": [{"id": b, "name": n} for b, n in sorted(entry.brand_names.items())],
        "gs1_prefixes": entry.prefixes,
        "licensed_by": entry.licensed_by,
    }


def apply_trust(catalog: Catalog, data: dict, origin: str) -> OpChanges:
    """Make the trust store say what ``data`` (from :func:`export_trust`) says of each
    publisher it lists: keys, name, brands (moved from another holder if need be), prefixes,
    licences, revoked or not; and revoke every key it lists as revoked (a revoked key stays
    revoked: none is ever un-revoked). Publishers it does not list are left as they are.
    Each publisher it lists gets ``origin`` ('feed:NAME' for an update feed's trust document,
    which decides beforehand what it may touch: :mod:`idguide.catalog.feed.trustdoc`). All of
    it or nothing."""
    from idguide.catalog.bundles import trustdata

    document = trustdata.parse(data)
    with catalog.transaction() as conn:
        ids = [i for key in document.revoked_keys for i in _revoke(conn, *key)]
        for publisher in document.publishers:
            ids += trustdata.write_publisher(conn, publisher, origin, _revoke, _set_revoked)
        generation = catalog.bump_generation() if ids else catalog.generation()
    ids = sorted(set(ids))
    update_index(catalog, ids, generation)
    return _changed(ids)


def _set_revoked(conn: sqlite3.Connection, publisher_id: str, revoked: bool) -> list[str]:
    """Inside a transaction: mark the publisher; return its product ids if that changed it."""
    cursor = conn.execute(
        "UPDATE publishers SET revoked = ? WHERE id = ? AND revoked != ?",
        (int(revoked), publisher_id, int(revoked)),
    )
    if not cursor.rowcount:
        return []
    rows = conn.execute(
        "SELECT id FROM products WHERE publisher_id = ? ORDER BY id", (publisher_id,)
    )
    return [row[0] for row in rows]
