"""Reading entries back out of the catalogue."""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from typing import TYPE_CHECKING

from idguide.catalog import model
from idguide.catalog.categories import get_category
from idguide.catalog.codes import normalize_gtin
from idguide.catalog.errors import NotFoundError
from idguide.catalog.i18n import _

if TYPE_CHECKING:  # annotations only: the store imports the search, not the reverse
    from idguide.catalog.store import Catalog

_SUMMARY_SQL = """
SELECT p.id, b.name AS brand, p.category_id, p.withdrawn, pub.default_language,
       pub.revoked OR p.revoked,
       (SELECT sha256 FROM product_images i WHERE i.product_id = p.id ORDER BY position LIMIT 1)
FROM products p JOIN brands b ON b.id = p.brand_id JOIN publishers pub ON pub.id = p.publisher_id
"""


def get_product(catalog: Catalog, product_id: str) -> model.Product:
    """The whole entry, in every language it is written in."""
    conn = catalog.conn
    row = conn.execute(
        "SELECT p.id, p.publisher_id, p.brand_id, p.category_id, p.revision, p.made_in, "
        "p.sold_in, p.never_sold_in, p.typical_price, p.withdrawn, p.bundle_id, b.name, "
        "pub.default_language, p.key_id, p.revoked, p.lot_pattern, p.serial_pattern, "
        "p.shelf_life_months "
        "FROM products p JOIN brands b ON b.id = p.brand_id "
        "JOIN publishers pub ON pub.id = p.publisher_id WHERE p.id = ?",
        (product_id,),
    ).fetchone()
    if row is None:
        raise unknown_product(catalog, product_id)
    texts = _texts(conn, product_id)
    product = model.Product(
        id=row[0],
        publisher_id=row[1],
        brand_id=row[2],
        category=row[3],
        revision=row[4],
        made_in=json.loads(row[5]),
        sold_in=json.loads(row[6]),
        never_sold_in=json.loads(row[7]),
        typical_price=row[8],
        withdrawn=bool(row[9]),
        brand_name=row[11],
        default_language=row[12],
        name=texts["name"],
        description=texts["description"],
        packaging=texts["packaging"],
        lot_pattern=row[15],
        serial_pattern=row[16],
        shelf_life_months=row[17],
    )
    product.models = _column(
        conn, "SELECT model FROM models WHERE product_id = ? ORDER BY position", product_id
    )
    product.gtins = _column(
        conn, "SELECT gtin FROM gtins WHERE product_id = ? ORDER BY gtin", product_id
    )
    product.hs_codes = _column(
        conn, "SELECT code FROM hs_codes WHERE product_id = ? ORDER BY code", product_id
    )
    product.images = _images(conn, product_id, texts)
    product.features = _features(conn, product_id, texts)
    product.indicators = [
        model.Indicator(kind, texts[f"indicator/{i}"])
        for i, kind in conn.execute(
            "SELECT position, kind FROM indicators WHERE product_id = ? ORDER BY position",
            (product_id,),
        )
    ]
    product.alerts = _alerts(conn, product_id, texts)
    product.tips = [
        texts[f"tip/{i}"]
        for (i,) in conn.execute(
            "SELECT position FROM tips WHERE product_id = ? ORDER BY position", (product_id,)
        )
    ]
    product.provenance = _provenance(conn, row[1], row[10], row[13])
    product.revoked = bool(row[14]) or product.provenance.publisher_revoked
    return product


def _texts(conn: sqlite3.Connection, product_id: str) -> defaultdict[str, model.LangText]:
    texts: defaultdict[str, model.LangText] = defaultdict(dict)
    for part, lang, text in conn.execute(
        "SELECT part, lang, text FROM translations WHERE product_id = ?", (product_id,)
    ):
        texts[part][lang] = text
    return texts


def _column(conn: sqlite3.Connection, sql: str, *params: object) -> list:
    return [row[0] for row in conn.execute(sql, params)]


def _images(
    conn: sqlite3.Connection, product_id: str, texts: defaultdict[str, model.LangText]
) -> list[model.Image]:
    rows = conn.execute(
        "SELECT pi.position, pi.sha256, pi.kind, i.format, i.width, i.height, i.size "
        "FROM product_images pi JOIN images i ON i.sha256 = pi.sha256 "
        "WHERE pi.product_id = ? ORDER BY pi.position",
        (product_id,),
    )
    return [
        model.Image(
            ref=sha,
            kind=kind,
            caption=texts[f"image/{pos}/caption"],
            sha256=sha,
            format=fmt,
            width=w,
            height=h,
            size=size,
        )
        for pos, sha, kind, fmt, w, h, size in rows
    ]


def _features(
    conn: sqlite3.Connection, product_id: str, texts: defaultdict[str, model.LangText]
) -> list[model.Feature]:
    features = []
    for number, method, image, x, y, w, h in conn.execute(
        "SELECT number, method, image_sha256, x, y, w, h FROM features WHERE product_id = ? "
        "ORDER BY number",
        (product_id,),
    ):
        key = f"feature/{number}/"
        features.append(
            model.Feature(
                number=number,
                method=method,
                image=image or "",
                region=model.Region(x, y, w, h) if x is not None else None,
                title=texts[key + "title"],
                genuine=texts[key + "genuine"],
                counterfeit=texts[key + "counterfeit"],
                how_to_check=texts[key + "how_to_check"],
            )
        )
    return features


def _alerts(
    conn: sqlite3.Connection, product_id: str, texts: defaultdict[str, model.LangText]
) -> list[model.Alert]:
    return [
        model.Alert(
            id=aid,
            issued=issued,
            expires=expires,
            lot_codes=json.loads(lots),
            serials=json.loads(serials),
            title=texts[f"alert/{aid}/title"],
            body=texts[f"alert/{aid}/body"],
        )
        for aid, issued, expires, lots, serials in conn.execute(
            "SELECT id, issued, expires, lot_codes, serials FROM alerts WHERE product_id = ? "
            "ORDER BY issued DESC, id",
            (product_id,),
        )
    ]


def _provenance(
    conn: sqlite3.Connection, publisher_id: str, bundle_id: str | None, key_id: str
) -> model.Provenance:
    pub = conn.execute(
        "SELECT name, rights_valid_until, demo, revoked FROM publishers WHERE id = ?",
        (publisher_id,),
    ).fetchone()
    revoked_key = conn.execute("SELECT 1 FROM revoked_keys WHERE key_id = ?", (key_id,))
    provenance = model.Provenance(
        publisher_id=publisher_id,
        publisher_name=pub[0],
        rights_valid_until=pub[1],
        demo=bool(pub[2]),
        bundle_id=bundle_id or "",
        key_id=key_id,
        publisher_revoked=bool(pub[3]),
        key_revoked=revoked_key.fetchone() is not None,
        licensed_by=[
            row[0]
            for row in conn.execute(
                "SELECT coalesce(nullif(t.name, ''), l.licensor) FROM trust_licences l "
                "LEFT JOIN trust t ON t.publisher_id = l.licensor WHERE l.licensee = ? "
                "ORDER BY 1",
                (publisher_id,),
            )
        ],
    )
    if bundle_id:
        bundle = conn.execute(
            "SELECT sequence, created_at, installed_at FROM bundles WHERE id = ?", (bundle_id,)
        ).fetchone()
        if bundle:
            provenance.sequence, provenance.published_at, provenance.installed_at = bundle
    return provenance


def get_publisher(catalog: Catalog, publisher_id: str) -> model.Publisher:
    conn = catalog.conn
    row = conn.execute(
        "SELECT id, name, default_language, rights_valid_until, demo, revoked, gs1_prefixes "
        "FROM publishers WHERE id = ?",
        (publisher_id,),
    ).fetchone()
    if row is None:
        raise NotFoundError(
            _("No publisher with id {publisher_id!r} in this catalogue.").format(
                publisher_id=publisher_id
            )
        )
    publisher = model.Publisher(
        id=row[0],
        name=row[1],
        default_language=row[2],
        rights_valid_until=row[3],
        demo=bool(row[4]),
        revoked=bool(row[5]),
        gs1_prefixes=json.loads(row[6]),
    )
    publisher.brands = [
        model.Brand(bid, name)
        for bid, name in conn.execute(
            "SELECT id, name FROM brands WHERE publisher_id = ? ORDER BY name", (publisher_id,)
        )
    ]
    publisher.contacts = [
        model.Contact(role, name, phone, email, hours, json.loads(langs), json.loads(regions))
        for role, name, phone, email, hours, langs, regions in conn.execute(
            "SELECT role, name, phone, email, hours, languages, regions FROM contacts "
            "WHERE publisher_id = ? ORDER BY position",
            (publisher_id,),
        )
    ]
    return publisher


def summaries(
    catalog: Catalog, ids: list[str], lang: str | None = None
) -> list[model.ProductSummary]:
    """Result rows for ``ids``, in order, names in ``lang`` (default-language fallback)."""
    if not ids:
        return []
    marks = ",".join("?" * len(ids))
    rows = {
        row[0]: row for row in catalog.conn.execute(f"{_SUMMARY_SQL} WHERE p.id IN ({marks})", ids)
    }
    names: defaultdict[str, model.LangText] = defaultdict(dict)
    for pid, language, text in catalog.conn.execute(
        f"SELECT product_id, lang, text FROM translations WHERE part = 'name' "
        f"AND product_id IN ({marks})",
        ids,
    ):
        names[pid][language] = text
    return [_summary(rows[pid], names[pid], lang) for pid in ids if pid in rows]


def _summary(row: tuple, names: model.LangText, lang: str | None) -> model.ProductSummary:
    pid, brand, category, withdrawn, default_language, revoked, thumbnail = row
    return model.ProductSummary(
        id=pid,
        brand=brand,
        name=model.pick(names, lang, default_language),
        category=category,
        thumbnail=thumbnail or "",
        withdrawn=bool(withdrawn),
        revoked=bool(revoked),
    )


def list_products(
    catalog: Catalog, brand: str | None = None, category: str | None = None, lang: str | None = None
) -> list[model.ProductSummary]:
    """Every visible product, sorted by brand then name; optionally one brand or category."""
    where, params = ["p.withdrawn = 0", "pub.revoked = 0", "p.revoked = 0"], []
    if brand:
        where.append("(p.brand_id = ? OR lower(b.name) = lower(?))")
        params += [brand, brand]
    if category:
        get_category(category)  # an unknown one is an error, not an empty list
        where.append("p.category_id = ?")
        params.append(category)
    ids = [
        row[0]
        for row in catalog.conn.execute(f"{_SUMMARY_SQL} WHERE {' AND '.join(where)}", params)
    ]
    rows = summaries(catalog, ids, lang)
    return sorted(rows, key=lambda s: (s.brand.casefold(), s.name.casefold()))


def lookup_gtin(catalog: Catalog, code: str, lang: str | None = None) -> list[model.ProductSummary]:
    """Products carrying the barcode ``code``; raises InvalidCodeError for a malformed one."""
    gtin = normalize_gtin(code)
    ids = [
        row[0]
        for row in catalog.conn.execute(
            "SELECT product_id FROM gtins WHERE gtin = ? ORDER BY product_id", (gtin,)
        )
    ]
    rows = summaries(catalog, ids, lang)
    for row in rows:
        row.matched, row.score = "gtin", 1.0
    return rows


def stats(catalog: Catalog) -> dict:
    conn = catalog.conn

    def count(sql: str) -> int:
        return int(conn.execute(sql).fetchone()[0])

    return {
        "publishers": count("SELECT count(*) FROM publishers"),
        "brands": count("SELECT count(*) FROM brands"),
        "products": count("SELECT count(*) FROM products WHERE withdrawn = 0"),
        "withdrawn": count("SELECT count(*) FROM products WHERE withdrawn = 1"),
        "features": count("SELECT count(*) FROM features"),
        "images": count("SELECT count(*) FROM images"),
        "categories": count("SELECT count(DISTINCT category_id) FROM products"),
        "alerts": count("SELECT count(*) FROM alerts"),
        "languages": _column(conn, "SELECT DISTINCT lang FROM translations ORDER BY lang"),
    }


def unknown_product(catalog: Catalog, product_id: str) -> NotFoundError:
    """The error for an id no product has, with the id most likely meant (a typo)."""
    close = _close_id(catalog, str(product_id))
    hint = _("Did you mean {id!r}?").format(id=close) + " " if close else ""
    return NotFoundError(
        _(
            "No product with id {product_id!r} in this catalogue. {hint}Search for "
            "it with `idguide search`, or list ids with `idguide list`."
        ).format(product_id=str(product_id)[:100], hint=hint)
    )


def _close_id(catalog: Catalog, product_id: str) -> str | None:
    import difflib

    if not product_id or len(product_id) > 200:
        return None
    count = catalog.conn.execute("SELECT count(*) FROM products").fetchone()[0]
    if count > 20_000:  # difflib over every id would take seconds: those sharing a start
        sql = "SELECT id FROM products WHERE substr(id, 1, 2) = ?"
        rows = catalog.conn.execute(sql, (product_id[:2],))
    else:
        rows = catalog.conn.execute("SELECT id FROM products")
    ids = [row[0] for row in rows]
    close = difflib.get_close_matches(product_id, ids, n=1, cutoff=0.75)
    return close[0] if close else None
