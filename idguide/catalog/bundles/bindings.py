"""What the trust store binds to a publisher, and what no other publisher's bundle may wear.

A publisher's display name, its brands with their names and its GS1 company prefixes are bound
to it in the trust store: by ``trust add`` (``--name``, ``--brands id=Name``, ``--gs1-prefix``)
or, for what that did not give, from the publisher's first accepted bundle (and fixed from then
on: later bundles are shown with the bound names). A bundle is refused if it wears a name that
looks the same as (:func:`~idguide.catalog.bundles.names.same_name`) a name bound to another
publisher, a brand bound to another publisher, or a barcode whose GS1 prefix is bound to another
publisher; a barcode another publisher's live entry carries, with no prefix bound, is refused
for the newcomer with a message telling the administrator how to bind the prefix to its real
owner. A licence (``trust add --licensed-by OWNER``) lets a licensee wear its licensor's names
and prefixes. Demo publishers' bindings never stand in a real publisher's way.

Reading functions here only read; :func:`bind_from_bundle` writes, inside the install's
transaction.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field

from idguide.catalog import model
from idguide.catalog.bundles.errors import BarcodeOwnerError, BrandScopeError, NameTakenError
from idguide.catalog.bundles.names import name_key
from idguide.catalog.codes import display_gtin, prefix_of
from idguide.catalog.i18n import _
from idguide.catalog.store import Catalog


@dataclass(frozen=True)
class Holder:
    """A name bound to a publisher, as a message says it."""

    publisher_id: str
    what: str  # "the publisher name 'Brontel Industrial Ltd'" / "brand 'brontel' ('Brontel')"


def related(conn: sqlite3.Connection, publisher_id: str) -> set[str]:
    """``publisher_id`` and the publishers it shares names and prefixes with by a licence
    (either way), and the demo publishers (fictional: never in a real one's way)."""
    rows = conn.execute(
        "SELECT licensor FROM trust_licences WHERE licensee = ? UNION "
        "SELECT licensee FROM trust_licences WHERE licensor = ? UNION "
        "SELECT publisher_id FROM trust WHERE demo = 1",
        (publisher_id, publisher_id),
    )
    return {publisher_id} | {row[0] for row in rows}


def name_holders(conn: sqlite3.Connection, publisher_id: str) -> dict[str, Holder]:
    """Every name bound to a publisher other than ``publisher_id`` (and those it is related
    to), by :func:`name_key`."""
    mine = related(conn, publisher_id)
    found: dict[str, Holder] = {}
    for pid, name in conn.execute("SELECT publisher_id, name FROM trust WHERE name != ''"):
        if pid not in mine:
            what = _("the publisher name {name!r}").format(name=name)
            found.setdefault(name_key(name), Holder(pid, what))
    for brand, pid, name in conn.execute(
        "SELECT brand_id, publisher_id, name FROM trust_brands WHERE name != ''"
    ):
        if pid not in mine:
            what = _("brand {brand!r} ({name!r})").format(brand=brand, name=name)
            found.setdefault(name_key(name), Holder(pid, what))
    return found


def require_free_names(
    conn: sqlite3.Connection, publisher_id: str, names: Iterable[tuple[str, str]], where: str
) -> None:
    """Raise NameTakenError if one of ``names`` ((what it names, the name)) looks the same as
    a name bound to another publisher."""
    taken = name_holders(conn, publisher_id)
    for what, name in names:
        holder = taken.get(name_key(name))
        if holder is not None:
            raise NameTakenError(
                _(
                    "{where}: {what} {name!r} looks the same as {what2}, bound to publisher "
                    "{publisher_id!r} in the trust store. Nothing was installed. If the two "
                    "publishers share it (licensor and licensee), the administrator says so: "
                    "idguide trust add --publisher {publisher_id2} --licensed-by "
                    "{publisher_id}"
                ).format(
                    where=where,
                    what=what,
                    name=name,
                    what2=holder.what,
                    publisher_id=holder.publisher_id,
                    publisher_id2=publisher_id,
                )
            )


def brand_holder(conn: sqlite3.Connection, brand_id: str) -> str | None:
    row = conn.execute(
        "SELECT publisher_id FROM trust_brands WHERE brand_id = ?", (brand_id,)
    ).fetchone()
    return row[0] if row else None


def is_demo_publisher(conn: sqlite3.Connection, publisher_id: str) -> bool:
    row = conn.execute("SELECT demo FROM trust WHERE publisher_id = ?", (publisher_id,)).fetchone()
    return bool(row and row[0])


# -- a bundle's publisher: checked before installing, bound while installing ---------------


@dataclass
class Binding:
    """What a bundle's publisher binds in the trust store the first time it shows it."""

    name: str = ""  # the publisher's display name, if none was bound
    brands: dict[str, str] | None = None  # brand id -> name, for brands bound without one
    takeover: list[str] = field(default_factory=list)  # brands moved to it from another

    def describe(self) -> list[str]:
        said = [_("publisher name {name!r}").format(name=self.name)] if self.name else []
        return said + [
            _("brand {brand} {name!r}").format(brand=b, name=n)
            for b, n in sorted((self.brands or {}).items())
        ]


def check_publisher(
    catalog: Catalog, where: str, publisher_id: str, all_brands: bool, bundle: model.Publisher
) -> Binding:
    """What installing ``bundle``'s publisher description would bind; raise the BundleError
    that says why it cannot be installed (a brand or a name of another publisher)."""
    conn = catalog.conn
    bound_name = _bound_name(conn, publisher_id)
    bound_brands = dict(
        conn.execute(
            "SELECT brand_id, name FROM trust_brands WHERE publisher_id = ?", (publisher_id,)
        ).fetchall()
    )
    binding = Binding(brands={})
    for brand in bundle.brands:
        holder = brand_holder(conn, brand.id)
        if holder is not None and holder != publisher_id and not is_demo_publisher(conn, holder):
            raise BrandScopeError(
                _(
                    "{where}: the publisher claims brand {brand_id!r}, which the trust store "
                    "binds to publisher {holder!r}. Nothing was installed."
                ).format(where=where, brand_id=brand.id, holder=holder)
            )
        if brand.id not in bound_brands and not all_brands:
            continue  # out of scope: require_in_scope says so
        if not bound_brands.get(brand.id):
            binding.brands[brand.id] = brand.name  # type: ignore[index]
    if not bound_name:
        binding.name = bundle.name
    # every name it shows, bound or not: one that looks like another's is refused, not hidden
    names = [(_("its brand name"), brand.name) for brand in bundle.brands]
    require_free_names(conn, publisher_id, [(_("its publisher name"), bundle.name), *names], where)

    return binding


def _bound_name(conn: sqlite3.Connection, publisher_id: str) -> str:
    row = conn.execute("SELECT name FROM trust WHERE publisher_id = ?", (publisher_id,)).fetchone()
    return row[0] if row else ""


def bind_from_bundle(
    conn: sqlite3.Connection, publisher: model.Publisher, binding: Binding, now: str
) -> None:
    """Inside the install's transaction: bind what ``binding`` says, then show ``publisher``
    by the names bound (a later bundle cannot rename what the administrator sees)."""
    if binding.name:
        conn.execute(
            "UPDATE trust SET name = ? WHERE publisher_id = ? AND name = ''",
            (binding.name, publisher.id),
        )
    for brand_id, name in (binding.brands or {}).items():
        conn.execute(
            "INSERT INTO trust_brands (brand_id, publisher_id, name, added_at) "
            "VALUES (?, ?, ?, ?) ON CONFLICT(brand_id) DO UPDATE SET "
            "publisher_id = excluded.publisher_id, name = excluded.name "
            "WHERE trust_brands.name = '' OR trust_brands.publisher_id != excluded.publisher_id",
            (brand_id, publisher.id, name, now),
        )
    publisher.name = _bound_name(conn, publisher.id) or publisher.name
    names = dict(
        conn.execute(
            "SELECT brand_id, name FROM trust_brands WHERE publisher_id = ? AND name != ''",
            (publisher.id,),
        ).fetchall()
    )
    for brand in publisher.brands:
        brand.name = names.get(brand.id, brand.name)


# -- barcodes ------------------------------------------------------------------------------


def prefix_holders(conn: sqlite3.Connection) -> dict[str, set[str]]:
    holders: dict[str, set[str]] = {}
    for prefix, pid in conn.execute("SELECT prefix, publisher_id FROM trust_prefixes"):
        holders.setdefault(prefix, set()).add(pid)
    return holders


def require_own_codes(
    catalog: Catalog, where: str, publisher_id: str, products: list[model.Product]
) -> None:
    """Raise BarcodeOwnerError for the first barcode of ``products`` that belongs to another
    publisher: its GS1 prefix bound to another, or (no prefix bound) another publisher's live
    entry carrying it already."""
    conn = catalog.conn
    mine = related(conn, publisher_id)
    holders = prefix_holders(conn)
    unbound: dict[str, str] = {}  # gtin -> product
    for product in products:
        for gtin in product.gtins:
            prefix = prefix_of(gtin, holders)
            if prefix is None:
                unbound.setdefault(gtin, product.id)
            elif not holders[prefix] & mine:
                owner = ", ".join(sorted(holders[prefix]))
                raise BarcodeOwnerError(
                    _(
                        "{where}: product {product_id!r} carries barcode {gtin}, whose GS1 "
                        "company prefix {prefix} the trust store binds to publisher {owner!r}. "
                        "Nothing was installed."
                    ).format(
                        where=where,
                        product_id=product.id,
                        gtin=display_gtin(gtin),
                        prefix=prefix,
                        owner=owner,
                    )
                )
    _require_unclaimed(conn, where, publisher_id, mine, unbound)


def _require_unclaimed(
    conn: sqlite3.Connection, where: str, publisher_id: str, mine: set[str], gtins: dict[str, str]
) -> None:
    codes = sorted(gtins)
    for start in range(0, len(codes), 500):
        chunk = codes[start : start + 500]
        rows = conn.execute(
            "SELECT g.gtin, p.id, p.publisher_id FROM gtins g "
            "JOIN products p ON p.id = g.product_id JOIN publishers pub ON pub.id = p.publisher_id "
            "WHERE p.withdrawn = 0 "
            "AND p.revoked = 0 AND pub.revoked = 0 AND pub.demo = 0 "
            f"AND g.gtin IN ({','.join('?' * len(chunk))}) ORDER BY g.gtin",
            chunk,
        )
        for gtin, other, owner in rows:
            if owner in mine:
                continue
            shown = display_gtin(gtin)
            raise BarcodeOwnerError(
                _(
                    "{where}: product {gtins!r} carries barcode {shown}, which product "
                    "{other!r} of publisher {owner!r} carries already. Nothing was "
                    "installed. The administrator decides whose it is by binding its GS1 "
                    "company prefix to its owner: idguide trust add --publisher {owner} "
                    "--gs1-prefix PREFIX (or --publisher {publisher_id}); the prefix is the "
                    "first 6 to 12 digits after the first digit of the GTIN-14 (ask GS1 or "
                    "the rights holder)."
                ).format(
                    where=where,
                    gtins=gtins[gtin],
                    shown=shown,
                    other=other,
                    owner=owner,
                    publisher_id=publisher_id,
                )
            )


def prefixes_for_brand(catalog: Catalog, brand_id: str) -> list[str]:
    """The GS1 company prefixes bound to the publisher that holds ``brand_id``, and to the
    publishers it holds a licence from (empty if the brand is bound to none): what a scanned
    barcode of that brand should start with."""
    rows = catalog.conn.execute(
        "SELECT DISTINCT p.prefix FROM trust_prefixes p JOIN trust_brands b ON b.brand_id = ? "
        "WHERE p.publisher_id = b.publisher_id OR p.publisher_id IN "
        "(SELECT licensor FROM trust_licences WHERE licensee = b.publisher_id) ORDER BY p.prefix",
        (brand_id,),
    )
    return [row[0] for row in rows]
