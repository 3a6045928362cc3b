"""The catalogue's SQLite schema and its forward migrations.

The schema version is SQLite's ``user_version``. Each migration brings the file from version
``n`` to ``n + 1`` inside one transaction, so an old catalogue opens and is upgraded in place; a
catalogue from a newer idguide is refused rather than misread.

Content tables are rewritten by every install of a publisher's entries. The officer's own data
(``notes``) lives in tables that content changes never touch and that hold no foreign key to
content, so a note outlives a withdrawal or a removed publisher.

The tables are made with sqlite-utils (``Table.create``, ``create_index``; ``add_column`` for a
new column). A change that needs a table rebuilt (a column dropped, retyped or given another key)
must be written in SQL, the 12 steps of SQLite's ALTER TABLE page: sqlite-utils' ``transform``
refuses to run inside a transaction when other tables refer to the table with ON DELETE actions,
as they refer to ``publishers``, ``products``, ``examinations`` and ``workshops`` (and
``PRAGMA foreign_keys`` cannot be turned off inside one). Migrations never import sqlite-utils
unless a catalogue needs migrating, so opening an up-to-date catalogue does not pay for it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Collection, Sequence
from typing import TYPE_CHECKING, Any

from idguide.catalog.errors import CatalogError, SchemaTooNewError
from idguide.catalog.i18n import _

if TYPE_CHECKING:
    import sqlite_utils

Migration = Callable[["sqlite_utils.Database"], None]
Reference = tuple[str, str, str, str]  # column, other table, other column, ON DELETE action


def database(conn: sqlite3.Connection) -> sqlite_utils.Database:
    """sqlite-utils over ``conn`` (imported here, when first needed: with click and dateutil it
    costs some 60 ms that neither start-up nor the officer's first search should wait for).
    No plugins are loaded onto the catalogue's connection."""
    import sqlite_utils

    return sqlite_utils.Database(conn, recursive_triggers=False, execute_plugins=False)


def _create(
    db: sqlite_utils.Database,
    name: str,
    columns: dict[str, type],
    pk: str | tuple[str, ...],
    *,
    nullable: Collection[str] = (),
    defaults: dict[str, Any] | None = None,
    references: Sequence[Reference] = (),
) -> None:
    """Create table ``name``: every column NOT NULL unless listed in ``nullable`` (a one-column
    primary key is left as SQLite makes it)."""
    from sqlite_utils.db import ForeignKey

    keys = [
        ForeignKey(name, column, table, other, on_delete=action)
        for column, table, other, action in references
    ]
    single = {pk} if isinstance(pk, str) else set()
    db.table(name).create(
        columns,
        pk=pk,
        not_null=set(columns) - set(nullable) - single,
        defaults=defaults or {},
        foreign_keys=keys,
    )


def _of(table: str, column: str = "product_id", other: str = "id") -> Reference:
    """``column`` refers to ``table``; the row goes when the row it refers to goes."""
    return (column, table, other, "CASCADE")


def _v1_content(db: sqlite_utils.Database) -> None:
    """The publishers' content, rewritten by every install."""
    _create(db, "meta", {"key": str, "value": str}, "key")
    _create(
        db,
        "publishers",
        {
            "id": str,
            "name": str,
            "default_language": str,
            "rights_valid_until": str,
            "demo": int,
            "revoked": int,
        },
        "id",
        defaults={"rights_valid_until": "", "demo": 0, "revoked": 0},
    )
    contact = ("role", "name", "phone", "email", "hours", "languages", "regions")
    _create(
        db,
        "contacts",
        {"publisher_id": str, "position": int, **dict.fromkeys(contact, str)},
        ("publisher_id", "position"),
        references=[_of("publishers", "publisher_id")],
    )
    _create(
        db,
        "brands",
        {"id": str, "publisher_id": str, "name": str},
        "id",
        references=[_of("publishers", "publisher_id")],
    )
    _create(db, "categories", {"id": str, "position": int}, "id")
    _create(
        db,
        "bundles",
        {
            "id": str,
            "publisher_id": str,
            "sequence": int,
            "kind": str,
            "created_at": str,
            "installed_at": str,
            "counts": str,
        },
        "id",
        references=[_of("publishers", "publisher_id")],
    )
    _v1_products(db)
    _v1_product_parts(db)


def _v1_products(db: sqlite_utils.Database) -> None:
    _create(
        db,
        "products",
        {
            "id": str,
            "publisher_id": str,
            "brand_id": str,
            "category_id": str,
            "revision": int,
            "made_in": str,
            "sold_in": str,
            "never_sold_in": str,
            "typical_price": str,
            "withdrawn": int,
            "bundle_id": str,
        },
        "id",
        nullable={"bundle_id"},
        defaults={"withdrawn": 0},
        references=[
            _of("publishers", "publisher_id"),
            ("brand_id", "brands", "id", "NO ACTION"),
            ("category_id", "categories", "id", "NO ACTION"),
            ("bundle_id", "bundles", "id", "SET NULL"),
        ],
    )
    db.table("products").create_index(["brand_id"], index_name="products_brand")
    db.table("products").create_index(["category_id"], index_name="products_category")
    _create(
        db,
        "models",
        {"product_id": str, "position": int, "model": str},
        ("product_id", "position"),
        references=[_of("products")],
    )
    _create(
        db,
        "gtins",
        {"gtin": str, "product_id": str},
        ("gtin", "product_id"),
        references=[_of("products")],
    )
    db.table("gtins").create_index(["product_id"], index_name="gtins_product")
    _create(
        db,
        "hs_codes",
        {"product_id": str, "code": str},
        ("product_id", "code"),
        references=[_of("products")],
    )
    _create(
        db,
        "images",
        {"sha256": str, "format": str, "width": int, "height": int, "size": int},
        "sha256",
    )


def _v1_product_parts(db: sqlite_utils.Database) -> None:
    image = ("images", "sha256", "NO ACTION")
    _create(
        db,
        "product_images",
        {"product_id": str, "position": int, "sha256": str, "kind": str},
        ("product_id", "position"),
        references=[_of("products"), ("sha256", *image)],
    )
    _create(
        db,
        "features",
        {
            "product_id": str,
            "number": int,
            "method": str,
            "image_sha256": str,
            "x": float,
            "y": float,
            "w": float,
            "h": float,
        },
        ("product_id", "number"),
        nullable={"image_sha256", "x", "y", "w", "h"},
        references=[_of("products"), ("image_sha256", *image)],
    )
    _create(
        db,
        "indicators",
        {"product_id": str, "position": int, "kind": str},
        ("product_id", "position"),
        references=[_of("products")],
    )
    _create(
        db,
        "alerts",
        {"product_id": str, "id": str, "issued": str, "expires": str, "lot_codes": str},
        ("product_id", "id"),
        references=[_of("products")],
    )
    _create(
        db,
        "tips",
        {"product_id": str, "position": int},
        ("product_id", "position"),
        references=[_of("products")],
    )
    # Every text a publisher writes, per language. ``part`` names the text inside the product:
    # "name", "feature/2/genuine", "alert/<id>/title", "image/0/caption" ...
    _create(
        db,
        "translations",
        {"product_id": str, "part": str, "lang": str, "text": str},
        ("product_id", "part", "lang"),
        references=[_of("products")],
    )


def _v2_notes(db: sqlite_utils.Database) -> None:
    _create(db, "notes", {"product_id": str, "text": str, "updated_at": str}, "product_id")
    db.table("meta").insert({"key": "generation", "value": "0"}, ignore=True)


# SQL, not sqlite-utils: ``Table.create`` cannot say AUTOINCREMENT, and without it SQLite may give
# the id of the last examination or workshop deleted to the next one made, while an exported
# verification request names its examination by id.
_NUMBERED = """
CREATE TABLE examinations (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    uid TEXT NOT NULL UNIQUE,
    product_id TEXT NOT NULL,
    snapshot TEXT NOT NULL,
    verdict TEXT NOT NULL DEFAULT 'undetermined',
    case_ref TEXT NOT NULL DEFAULT '',
    place TEXT NOT NULL DEFAULT '',
    examined_on TEXT NOT NULL DEFAULT '',
    quantity INTEGER,
    declared_origin TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE workshops (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    title TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
"""


def _v3_officer_records(db: sqlite_utils.Database) -> None:
    """The officer's examinations and the trainer's workshop sets: officer data, like ``notes``.
    They refer to products by id only (no foreign key to content), so no install, update,
    withdrawal or removal changes them; ``snapshot`` keeps what the record needs to read without
    the product."""
    for statement in _statements(_NUMBERED):
        db.execute(statement)
    db.table("examinations").create_index(["product_id"], index_name="examinations_product")
    _create(
        db,
        "examination_checks",
        {"exam_id": int, "feature_number": int, "result": str, "comment": str},
        ("exam_id", "feature_number"),
        defaults={"result": "unchecked", "comment": ""},
        references=[_of("examinations", "exam_id")],
    )
    photo = {"format": str, "width": int, "height": int, "size": int}
    _create(
        db,
        "examination_photos",
        {
            "exam_id": int,
            "sha256": str,
            "position": int,
            **photo,
            "caption": str,
            "added_at": str,
        },
        ("exam_id", "sha256"),
        defaults={"caption": ""},
        references=[_of("examinations", "exam_id")],
    )
    _create(
        db,
        "workshop_items",
        {"workshop_id": int, "product_id": str, "position": int, "label": str, "notes": str},
        ("workshop_id", "product_id"),
        defaults={"label": "", "notes": ""},
        references=[_of("workshops", "workshop_id")],
    )


def _v4_trust(db: sqlite_utils.Database) -> None:
    """The trust store: which publisher keys the administrator trusts, and for which brands. It is
    administrator data, not content: removing a publisher's entries leaves it alone."""
    _create(
        db,
        "trust",
        {
            "publisher_id": str,
            "public_key": str,
            "key_id": str,
            "brands": str,
            "all_brands": int,
            "demo": int,
            "added_at": str,
        },
        "publisher_id",
        defaults={"all_brands": 0, "demo": 0},
    )
    db.table("bundles").create_index(["publisher_id", "sequence"], index_name="bundles_publisher")


def _v5_trust_origin(db: sqlite_utils.Database) -> None:
    """Where a trust entry came from: '' when the laptop's administrator added it by hand, else
    'feed:NAME' when the trust document of the feed NAME put it there (idguide.catalog.feed). A
    feed's document replaces only its own entries, never one added by hand."""
    db.table("trust").add_column("origin", str, not_null_default="")


def _v6_trust_bindings(db: sqlite_utils.Database) -> None:
    """What a publisher is, as the administrator binds it: several keys per publisher (during
    a key change) and the keys revoked (a revoked key stays revoked), its display name, its
    brands with their names, its GS1 company prefixes and whom it holds a licence from. Each
    installed product and bundle records the key that signed it, and a product signed by a
    revoked key (or of a brand moved to another publisher) is ``revoked``: hidden until a
    trusted bundle replaces it. The trust store's existing keys, brands and names are carried
    over, the names from what each publisher installed."""
    _create(
        db,
        "trust_keys",
        {"publisher_id": str, "key_id": str, "public_key": str, "added_at": str},
        ("publisher_id", "key_id"),
    )
    _create(db, "revoked_keys", {"key_id": str, "public_key": str, "revoked_at": str}, "key_id")
    _create(
        db,
        "trust_brands",
        {"brand_id": str, "publisher_id": str, "name": str, "added_at": str},
        "brand_id",
        defaults={"name": ""},
    )
    db.table("trust_brands").create_index(["publisher_id"], index_name="trust_brands_publisher")
    _create(
        db,
        "trust_prefixes",
        {"prefix": str, "publisher_id": str, "added_at": str},
        ("prefix", "publisher_id"),
    )
    _create(
        db,
        "trust_licences",
        {"licensee": str, "licensor": str, "added_at": str},
        ("licensee", "licensor"),
    )
    for statement in _statements(_V6_CARRY_OVER):
        db.execute(statement)
    # the trust table keeps what is the publisher's as a whole (and where each entry came
    # from, version 5's origin); its key and brands moved above
    db.table("trust").transform(drop={"public_key", "key_id", "brands"})
    db.table("trust").add_column("name", str, not_null_default="")
    db.table("trust").add_column("revoked_at", str, not_null_default="")
    db.execute(
        "UPDATE trust SET name = coalesce((SELECT name FROM publishers p "
        "WHERE p.id = trust.publisher_id), '')"
    )
    for table in ("products", "bundles"):
        db.table(table).add_column("key_id", str, not_null_default="")
        db.execute(
            f"UPDATE {table} SET key_id = coalesce((SELECT k.key_id FROM trust_keys k "
            f"WHERE k.publisher_id = {table}.publisher_id), '')"
        )
    db.table("products").add_column("revoked", int, not_null_default=0)


_V6_CARRY_OVER = """
INSERT INTO trust_keys (publisher_id, key_id, public_key, added_at)
    SELECT publisher_id, key_id, public_key, added_at FROM trust;
INSERT OR IGNORE INTO trust_brands (brand_id, publisher_id, name, added_at)
    SELECT j.value, t.publisher_id,
           coalesce((SELECT b.name FROM brands b
                     WHERE b.id = j.value AND b.publisher_id = t.publisher_id), ''),
           t.added_at
    FROM trust t, json_each(t.brands) j WHERE t.all_brands = 0;
INSERT OR IGNORE INTO trust_brands (brand_id, publisher_id, name, added_at)
    SELECT b.id, b.publisher_id, b.name, t.added_at
    FROM brands b JOIN trust t ON t.publisher_id = b.publisher_id WHERE t.all_brands = 1
"""


def _v7_verification_requests(db: sqlite_utils.Database) -> None:
    """What the verification request adds (examination format 2): the quantity's unit, the lot
    code on the label, and who asks (the officer, agency, office and a contact for the reply).
    Empty in the examinations made before."""
    examinations = db.table("examinations")
    for column in (
        "quantity_unit",
        "lot_code",
        "requester_name",
        "requester_agency",
        "requester_office",
        "requester_contact",
    ):
        examinations.add_column(column, str, not_null_default="")


def _v8_content_hash(db: sqlite_utils.Database) -> None:
    """Each installed entry's content hash (idguide.catalog.fingerprint), so that an import can
    refuse an entry changed without a new revision. Entries installed before have none ('')
    until their next revision is installed."""
    db.table("products").add_column("content_hash", str, not_null_default="")


_OFFICER_SCANS = """
CREATE TABLE scan_sessions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    label TEXT NOT NULL DEFAULT '',
    started_at TEXT NOT NULL
);
CREATE TABLE scans (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    session_id INTEGER REFERENCES scan_sessions (id) ON DELETE CASCADE,
    scanned_at TEXT NOT NULL,
    text TEXT NOT NULL,
    gtin TEXT NOT NULL DEFAULT '',
    lot TEXT NOT NULL DEFAULT '',
    serial TEXT NOT NULL DEFAULT '',
    level TEXT NOT NULL,
    product_id TEXT NOT NULL DEFAULT '',
    outcomes TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX scans_session ON scans (session_id)
"""


def _v9_scan_checks(db: sqlite_utils.Database) -> None:
    """What scanned codes are checked against (issue 18): each product's lot and serial formats
    and shelf life, the serials an alert names as cloned, the GS1 prefixes a publisher's bundle
    declares (advice only). The officer's side of scanning (the codes scanned into an
    examination, scan sessions, recent scans) is officer data, kept in the user database
    (:func:`officer_scans`)."""
    products = db.table("products")
    products.add_column("lot_pattern", str, not_null_default="")
    products.add_column("serial_pattern", str, not_null_default="")
    products.add_column("shelf_life_months", int, not_null_default=0)
    db.table("alerts").add_column("serials", str, not_null_default="[]")
    db.table("publishers").add_column("gs1_prefixes", str, not_null_default="[]")


def _v10_catalogue_id(db: sqlite_utils.Database) -> None:
    """The catalogue's stable id, made once (at creation, or here for a catalogue made before)
    and kept by every install, sync and copy of the file: the officer's own data lives in a
    user database under this id (idguide.catalog.userdb), so IT's updates, which replace the
    whole catalogue folder with a copy of theirs, keep each officer's notes and examinations.
    The officer tables stay (empty once their rows moved there) so that nothing older breaks."""
    import uuid

    db.table("meta").insert({"key": CATALOGUE_ID, "value": str(uuid.uuid4())}, ignore=True)


CATALOGUE_ID = "catalogue_id"
# The officer's own tables, which versions 2, 3 and 7 made here and which now live in the user
# database (idguide.catalog.userdb makes them there with the same functions), parents first.
OFFICER_TABLES = (
    "notes",
    "examinations",
    "examination_checks",
    "examination_photos",
    "workshops",
    "workshop_items",
)


def create_officer_tables(db: sqlite_utils.Database) -> None:
    """The officer tables as a catalogue of version 8 holds them, in a new database (the user
    database's first version)."""
    _create(db, "notes", {"product_id": str, "text": str, "updated_at": str}, "product_id")
    _v3_officer_records(db)
    _v7_verification_requests(db)


def officer_scans(db: sqlite_utils.Database) -> None:
    """The officer's side of scanning (issue 18), in the user database: the codes scanned into
    an examination with the checks' outcomes (JSON, as the verification request exports them),
    the scan sessions (the items of a consignment scanned one after another) and recent scans;
    like ``notes``, with no foreign key to content."""
    db.table("examinations").add_column("scans", str, not_null_default="[]")
    for statement in _statements(_OFFICER_SCANS):
        db.execute(statement)


# Version n is made by MIGRATIONS[n - 1]. A catalogue records only the last version applied, so
# the list has no gaps: a step left out (or a placeholder) would never run on a catalogue that
# had already passed it.
MIGRATIONS: tuple[Migration, ...] = (
    _v1_content,
    _v2_notes,
    _v3_officer_records,
    _v4_trust,
    _v5_trust_origin,
    _v6_trust_bindings,
    _v7_verification_requests,
    _v8_content_hash,
    _v9_scan_checks,
    _v10_catalogue_id,
)
SCHEMA_VERSION = len(MIGRATIONS)


def schema_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def check_readable(conn: sqlite3.Connection) -> int:
    """Refuse, writing nothing, a catalogue this idguide cannot read; return its version."""
    found = schema_version(conn)
    if found > SCHEMA_VERSION:
        raise SchemaTooNewError(
            _(
                "This catalogue was written by a newer idguide (schema {found}, this one "
                "reads up to {schema_version}). Install the newer idguide, or open "
                "another catalogue."
            ).format(found=found, schema_version=SCHEMA_VERSION)
        )
    if found == 0 and _has_foreign_tables(conn):
        raise CatalogError(
            _(
                "This file is an SQLite database but not an idguide catalogue. Choose "
                "another file, or a new file name to start an empty catalogue."
            )
        )
    return found


def migrate(conn: sqlite3.Connection) -> int:
    """Bring the catalogue on ``conn`` up to :data:`SCHEMA_VERSION`; return the version found."""
    found = check_readable(conn)
    if found < SCHEMA_VERSION:
        db = database(conn)
        for version in range(found, SCHEMA_VERSION):
            apply_migration(db, version + 1, MIGRATIONS[version])
    return found


def _has_foreign_tables(conn: sqlite3.Connection) -> bool:
    row = conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()
    return bool(row[0])


def apply_migration(db: sqlite_utils.Database, version: int, migration: Migration) -> None:
    """Bring the database to ``version`` with ``migration``, in one transaction."""
    conn = db.conn
    conn.execute("BEGIN IMMEDIATE")
    try:
        migration(db)
        conn.execute(f"PRAGMA user_version = {version}")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def _statements(script: str) -> list[str]:
    return [part.strip() for part in script.split(";") if part.strip()]
