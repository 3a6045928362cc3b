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


def _v5_content_hash(db: sqlite_utils.Database) -> None:
    """Each installed entry's content hash (idguide.catalog.fingerprint), so that an import can
    refuse an entry changed without a new revision. Entries installed before have none ('')
    until their next revision is installed."""
    db.table("products").add_column("content_hash", str, not_null_default="")


MIGRATIONS: tuple[Migration, ...] = (
    _v1_content,
    _v2_notes,
    _v3_officer_records,
    _v4_trust,
    _v5_content_hash,
)
SCHEMA_VERSION = len(MIGRATIONS)


def schema_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def check_readable(conn: sqlite3.Connection) -> int:
    """Refuse, writing nothing, a catalogue this idguide cannot read; return its version."""
    found = schema_version(conn)
    if found > SCHEMA_VERSION:
        raise SchemaTooNewError(
            f"This catalogue was written by a newer idguide (schema {found}, this one reads up "
            f"to {SCHEMA_VERSION}). Install the newer idguide, or open another catalogue."
        )
    if found == 0 and _has_foreign_tables(conn):
        raise CatalogError(
            "This file is an SQLite database but not an idguide catalogue. "
            "Choose another file, or a new file name to start an empty catalogue."
        )
    return found


def migrate(conn: sqlite3.Connection) -> int:
    """Bring the catalogue on ``conn`` up to :data:`SCHEMA_VERSION`; return the version found."""
    found = check_readable(conn)
    if found < SCHEMA_VERSION:
        db = database(conn)
        for version in range(found, SCHEMA_VERSION):
            _apply(db, version + 1, MIGRATIONS[version])
    return found


def _has_foreign_tables(conn: sqlite3.Connection) -> bool:
    row = conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()
    return bool(row[0])


def _apply(db: sqlite_utils.Database, version: int, migration: Migration) -> None:
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
