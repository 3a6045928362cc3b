"""The catalogue's SQLite schema and its forward migrations.

The schema version is SQLite's ``user_version``. Each migration brings the file from version
``n`` to ``n + 1`` inside one transaction, so an old catalogue opens and is upgraded in place; a
catalogue from a newer idguide is refused rather than misread.

Content tables are rewritten by every install of a publisher's entries. The officer's own data
(``notes``) lives in tables that content changes never touch and that hold no foreign key to
content, so a note outlives a withdrawal or a removed publisher.
"""

from __future__ import annotations

import sqlite3

from idguide.catalog.errors import CatalogError, SchemaTooNewError

_V1 = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE publishers (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    default_language TEXT NOT NULL,
    rights_valid_until TEXT NOT NULL DEFAULT '',
    demo INTEGER NOT NULL DEFAULT 0,
    revoked INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE contacts (
    publisher_id TEXT NOT NULL REFERENCES publishers(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    role TEXT NOT NULL, name TEXT NOT NULL, phone TEXT NOT NULL, email TEXT NOT NULL,
    hours TEXT NOT NULL, languages TEXT NOT NULL, regions TEXT NOT NULL,
    PRIMARY KEY (publisher_id, position)
);
CREATE TABLE brands (
    id TEXT PRIMARY KEY,
    publisher_id TEXT NOT NULL REFERENCES publishers(id) ON DELETE CASCADE,
    name TEXT NOT NULL
);
CREATE TABLE categories (id TEXT PRIMARY KEY, position INTEGER NOT NULL);
CREATE TABLE bundles (
    id TEXT PRIMARY KEY,
    publisher_id TEXT NOT NULL REFERENCES publishers(id) ON DELETE CASCADE,
    sequence INTEGER NOT NULL,
    kind TEXT NOT NULL,
    created_at TEXT NOT NULL,
    installed_at TEXT NOT NULL,
    counts TEXT NOT NULL
);
CREATE TABLE products (
    id TEXT PRIMARY KEY,
    publisher_id TEXT NOT NULL REFERENCES publishers(id) ON DELETE CASCADE,
    brand_id TEXT NOT NULL REFERENCES brands(id),
    category_id TEXT NOT NULL REFERENCES categories(id),
    revision INTEGER NOT NULL,
    made_in TEXT NOT NULL, sold_in TEXT NOT NULL, never_sold_in TEXT NOT NULL,
    typical_price TEXT NOT NULL,
    withdrawn INTEGER NOT NULL DEFAULT 0,
    bundle_id TEXT REFERENCES bundles(id) ON DELETE SET NULL
);
CREATE INDEX products_brand ON products(brand_id);
CREATE INDEX products_category ON products(category_id);
CREATE TABLE models (
    product_id TEXT NOT NULL REFERENCES products(id) ON DELETE CASCADE,
    position INTEGER NOT NULL, model TEXT NOT NULL,
    PRIMARY KEY (product_id, position)
);
CREATE TABLE gtins (
    gtin TEXT NOT NULL,
    product_id TEXT NOT NULL REFERENCES products(id) ON DELETE CASCADE,
    PRIMARY KEY (gtin, product_id)
);
CREATE INDEX gtins_product ON gtins(product_id);
CREATE TABLE hs_codes (
    product_id TEXT NOT NULL REFERENCES products(id) ON DELETE CASCADE,
    code TEXT NOT NULL,
    PRIMARY KEY (product_id, code)
);
CREATE TABLE images (
    sha256 TEXT PRIMARY KEY,
    format TEXT NOT NULL, width INTEGER NOT NULL, height INTEGER NOT NULL, size INTEGER NOT NULL
);
CREATE TABLE product_images (
    product_id TEXT NOT NULL REFERENCES products(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    sha256 TEXT NOT NULL REFERENCES images(sha256),
    kind TEXT NOT NULL,
    PRIMARY KEY (product_id, position)
);
CREATE TABLE features (
    product_id TEXT NOT NULL REFERENCES products(id) ON DELETE CASCADE,
    number INTEGER NOT NULL,
    method TEXT NOT NULL,
    image_sha256 TEXT REFERENCES images(sha256),
    x REAL, y REAL, w REAL, h REAL,
    PRIMARY KEY (product_id, number)
);
CREATE TABLE indicators (
    product_id TEXT NOT NULL REFERENCES products(id) ON DELETE CASCADE,
    position INTEGER NOT NULL, kind TEXT NOT NULL,
    PRIMARY KEY (product_id, position)
);
CREATE TABLE alerts (
    product_id TEXT NOT NULL REFERENCES products(id) ON DELETE CASCADE,
    id TEXT NOT NULL,
    issued TEXT NOT NULL, expires TEXT NOT NULL, lot_codes TEXT NOT NULL,
    PRIMARY KEY (product_id, id)
);
CREATE TABLE tips (
    product_id TEXT NOT NULL REFERENCES products(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    PRIMARY KEY (product_id, position)
);
-- Every text a publisher writes, per language. ``owner`` is the product id; ``part`` names the
-- text inside it: "name", "feature/2/genuine", "alert/<id>/title", "image/0/caption" ...
CREATE TABLE translations (
    product_id TEXT NOT NULL REFERENCES products(id) ON DELETE CASCADE,
    part TEXT NOT NULL,
    lang TEXT NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (product_id, part, lang)
);
"""

_V2 = """
CREATE TABLE notes (
    product_id TEXT PRIMARY KEY,
    text TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
INSERT OR IGNORE INTO meta (key, value) VALUES ('generation', '0');
"""

# The officer's examinations and the trainer's workshop sets: officer data, like ``notes``. They
# refer to products by id only (no foreign key to content), so no install, update, withdrawal or
# removal changes them; ``snapshot`` keeps what the record needs to read without the product.
_OFFICER_RECORDS = """
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
CREATE INDEX examinations_product ON examinations(product_id);
CREATE TABLE examination_checks (
    exam_id INTEGER NOT NULL REFERENCES examinations(id) ON DELETE CASCADE,
    feature_number INTEGER NOT NULL,
    result TEXT NOT NULL DEFAULT 'unchecked',
    comment TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (exam_id, feature_number)
);
CREATE TABLE examination_photos (
    exam_id INTEGER NOT NULL REFERENCES examinations(id) ON DELETE CASCADE,
    sha256 TEXT NOT NULL,
    position INTEGER NOT NULL,
    format TEXT NOT NULL, width INTEGER NOT NULL, height INTEGER NOT NULL, size INTEGER NOT NULL,
    caption TEXT NOT NULL DEFAULT '',
    added_at TEXT NOT NULL,
    PRIMARY KEY (exam_id, sha256)
);
CREATE TABLE workshops (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    title TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE workshop_items (
    workshop_id INTEGER NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
    product_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    label TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (workshop_id, product_id)
);
"""

# The trust store: which publisher keys the administrator trusts, and for which brands. It is
# administrator data, not content: removing a publisher's entries leaves it alone.
_TRUST = """
CREATE TABLE trust (
    publisher_id TEXT PRIMARY KEY,
    public_key TEXT NOT NULL,
    key_id TEXT NOT NULL,
    brands TEXT NOT NULL,
    all_brands INTEGER NOT NULL DEFAULT 0,
    demo INTEGER NOT NULL DEFAULT 0,
    added_at TEXT NOT NULL
);
CREATE INDEX bundles_publisher ON bundles(publisher_id, sequence);
"""

# Where a trust entry came from: '' when the laptop's administrator added it by hand, else
# 'feed:NAME' when the trust document of the feed NAME put it there (idguide.catalog.feed). A
# feed's document replaces only its own entries, never one added by hand.
_TRUST_ORIGIN = """
ALTER TABLE trust ADD COLUMN origin TEXT NOT NULL DEFAULT '';
"""

MIGRATIONS: tuple[str, ...] = (_V1, _V2, _OFFICER_RECORDS, _TRUST, _TRUST_ORIGIN)
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
    for version in range(found, SCHEMA_VERSION):
        _apply(conn, version + 1, MIGRATIONS[version])
    return found


def _has_foreign_tables(conn: sqlite3.Connection) -> bool:
    row = conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()
    return bool(row[0])


def _apply(conn: sqlite3.Connection, version: int, script: str) -> None:
    conn.execute("BEGIN IMMEDIATE")
    try:
        for statement in _statements(script):
            conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {version}")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def _statements(script: str) -> list[str]:
    lines = [line for line in script.splitlines() if not line.lstrip().startswith("--")]
    return [part.strip() for part in "\n".join(lines).split(";") if part.strip()]
