"""The catalogue's schema: made with sqlite-utils, the same tables, keys and indexes the
hand-written SQL made; every earlier catalogue still opens with its content and records; and the
sqlite-utils command line reads a catalogue as README.md says."""

from __future__ import annotations

import json
import shlex
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from bundle_helpers import build, bump, copy_source, make_keys
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from support import CREME, DATA, PLIERS, WRENCH, snapshot

from idguide.catalog import (
    CatalogError,
    get_note,
    get_product,
    install_demo,
    open_catalog,
    search,
    set_note,
    stats,
)
from idguide.catalog import schema as schema_module
from idguide.catalog.bundles import get_trust, import_bundle, trust_add, trust_list
from idguide.catalog.errors import IdguideError
from idguide.catalog.examinations import exams, export_examination
from idguide.catalog.feed import TrustDocument, apply_document
from idguide.catalog.schema import OFFICER_TABLES, SCHEMA_VERSION, schema_version
from idguide.catalog.training import workshops

# Catalogues written by the SQL of idguide before sqlite-utils made the schema, with content and
# officer records: version 1 (the first release), 3 (the version before this one) and 4; and
# version 5 as the idguide with update feeds wrote it (a trust entry from a feed's document),
# version 6 as the idguide with trust bindings wrote it (a name and a prefix bound, a second
# examination), and version 7 as the idguide with examination format 2 wrote it (a third
# examination with the unit, the lot code and who asks, a third note), and version 8 as the
# idguide with content hashes wrote it (version 7 opened by it).
CATALOGS = DATA / "catalogs"
VERSIONS = (1, 3, 4, 5, 6, 7, 8)
# What version 7 adds to each examination (examination format 2), in the order it adds them.
FORMAT_2_COLUMNS = (
    "quantity_unit",
    "lot_code",
    "requester_name",
    "requester_agency",
    "requester_office",
    "requester_contact",
)


def load(version: int, path: Path) -> Path:
    conn = sqlite3.connect(path)
    conn.executescript((CATALOGS / f"v{version}.sql").read_text("utf-8"))
    conn.close()
    return path


def structure(path: Path) -> dict:
    """What each table is: columns (type, NOT NULL, default, key), foreign keys with their ON
    DELETE actions, indexes (unique or not, on which columns) and AUTOINCREMENT."""
    conn = sqlite3.connect(path)
    try:
        tables = [
            row[0]
            for row in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name != 'sqlite_sequence'"
            )
        ]
        return {name: _table(conn, name) for name in tables}
    finally:
        conn.close()


def _table(conn: sqlite3.Connection, name: str) -> dict:
    sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", (name,)).fetchone()[0]
    indexes = {
        (row[1] if row[3] == "c" else row[3], bool(row[2])): [
            column[2] for column in conn.execute(f"PRAGMA index_info('{row[1]}')")
        ]
        for row in conn.execute(f"PRAGMA index_list('{name}')")
    }
    return {
        "columns": [tuple(row[1:]) for row in conn.execute(f"PRAGMA table_info('{name}')")],
        "foreign keys": sorted(
            tuple(row[2:]) for row in conn.execute(f"PRAGMA foreign_key_list('{name}')")
        ),
        "indexes": sorted(indexes.items()),
        "autoincrement": "AUTOINCREMENT" in sql.upper(),
    }


def test_a_new_catalogue_is_made_as_the_hand_written_sql_made_it(tmp_path, monkeypatch):
    with monkeypatch.context() as m:  # the hand-written SQL made versions 1 to 4
        m.setattr(schema_module, "MIGRATIONS", schema_module.MIGRATIONS[:4])
        m.setattr(schema_module, "SCHEMA_VERSION", 4)
        open_catalog(tmp_path / "v4.db", repair_index=False).close()
    old = load(4, tmp_path / "old.db")
    assert structure(tmp_path / "v4.db") == structure(old)
    assert structure(old)["products"]["foreign keys"]  # the comparison does see the keys
    # version 5 (sqlite-utils only): where each trust entry came from, '' for one added by hand
    with monkeypatch.context() as m:
        m.setattr(schema_module, "MIGRATIONS", schema_module.MIGRATIONS[:5])
        m.setattr(schema_module, "SCHEMA_VERSION", 5)
        open_catalog(tmp_path / "v5.db", repair_index=False).close()
    new, v4 = structure(tmp_path / "v5.db"), structure(old)
    assert new["trust"]["columns"] == [*v4["trust"]["columns"], ("origin", "TEXT", 1, "''", 0)]
    assert {k: v for k, v in new.items() if k != "trust"} == {
        k: v for k, v in v4.items() if k != "trust"
    }
    assert structure(load(5, tmp_path / "saved-v5.db")) == new  # as that idguide wrote it
    with monkeypatch.context() as m:  # version 6: the trust bindings
        m.setattr(schema_module, "MIGRATIONS", schema_module.MIGRATIONS[:6])
        m.setattr(schema_module, "SCHEMA_VERSION", 6)
        open_catalog(tmp_path / "v6.db", repair_index=False).close()
    assert structure(load(6, tmp_path / "saved-v6.db")) == structure(tmp_path / "v6.db")
    v6 = structure(tmp_path / "v6.db")
    with monkeypatch.context() as m:  # version 7: examination format 2's fields, empty
        m.setattr(schema_module, "MIGRATIONS", schema_module.MIGRATIONS[:7])
        m.setattr(schema_module, "SCHEMA_VERSION", 7)
        open_catalog(tmp_path / "v7.db", repair_index=False).close()
    v7 = structure(tmp_path / "v7.db")
    assert structure(load(7, tmp_path / "saved-v7.db")) == v7  # as that idguide wrote it
    added = [(name, "TEXT", 1, "''", 0) for name in FORMAT_2_COLUMNS]
    assert v7["examinations"]["columns"] == [*v6["examinations"]["columns"], *added]
    assert {k: v for k, v in v7.items() if k != "examinations"} == {
        k: v for k, v in v6.items() if k != "examinations"
    }
    # version 8: each installed entry's content hash (idguide.catalog.fingerprint), and no more
    with monkeypatch.context() as m:
        m.setattr(schema_module, "MIGRATIONS", schema_module.MIGRATIONS[:8])
        m.setattr(schema_module, "SCHEMA_VERSION", 8)
        open_catalog(tmp_path / "v8.db", repair_index=False).close()
    v8 = structure(tmp_path / "v8.db")
    assert structure(load(8, tmp_path / "saved-v8.db")) == v8  # as that idguide wrote it
    new = structure(tmp_path / "v8.db")
    assert new["products"]["columns"].pop() == ("content_hash", "TEXT", 1, "''", 0)
    assert new == v7
    # version 9: what scanned codes are checked against, and no more
    with monkeypatch.context() as m:
        m.setattr(schema_module, "MIGRATIONS", schema_module.MIGRATIONS[:9])
        m.setattr(schema_module, "SCHEMA_VERSION", 9)
        open_catalog(tmp_path / "v9.db", repair_index=False).close()
    v9 = structure(tmp_path / "v9.db")
    added = {
        "products": [
            ("lot_pattern", "TEXT", 1, "''", 0),
            ("serial_pattern", "TEXT", 1, "''", 0),
            ("shelf_life_months", "INTEGER", 1, "0", 0),
        ],
        "alerts": [("serials", "TEXT", 1, "'[]'", 0)],
        "publishers": [("gs1_prefixes", "TEXT", 1, "'[]'", 0)],
    }
    for table, columns in added.items():
        assert v9[table]["columns"] == [*v8[table]["columns"], *columns], table
    assert {k: v for k, v in v9.items() if k not in added} == {
        k: v for k, v in v8.items() if k not in added
    }
    # version 10: the catalogue's id (a row of meta), no change of structure
    open_catalog(tmp_path / "v10.db", repair_index=False).close()
    assert structure(tmp_path / "v10.db") == v9


@pytest.mark.parametrize("version", VERSIONS)
def test_an_earlier_catalogue_opens_with_its_content_and_records(tmp_path, version):
    path = load(version, tmp_path / "old.db")
    with open_catalog(path) as catalog:
        assert schema_version(catalog.conn) == SCHEMA_VERSION
        assert get_product(catalog, WRENCH).name["en"] == "Torque wrench TW-200"
        assert WRENCH in [row.id for row in search(catalog, "torque wrench").rows]
        note = get_note(catalog, WRENCH)
        assert (note.text if note else None) == (
            "Lot L2406-88 seen at gate 4" if version >= 2 else None
        )
        if version >= 3:
            exam = exams.get_examination(catalog, 1)
            assert (exam.verdict, exam.case_ref, exam.quantity) == ("suspected", "CASE-7", 120)
            assert [(c.number, c.result) for c in exam.checks] == [(1, "differs")]
            assert [p.caption for p in exam.photos] == ["Lid, top view"]
            # version 7's fields are empty in an examination made before them
            assert (exam.quantity_text(), exam.lot_code) == ("120", "")
            assert not any(exam.requested_by().values())
            workshop = workshops.get_workshop(catalog, 1)
            assert workshop.product_ids == [PLIERS, WRENCH]
            assert workshop.items[0].notes == "Start here"
        trusted = [(entry.publisher_id, entry.brands) for entry in trust_list(catalog)]
        assert trusted == (
            [("cremelia", ["cremelia"]), ("nordhaven", ["nordiva"])]
            if version >= 5
            else [("nordhaven", ["nordiva"])]
            if version >= 4
            else []
        )
        if version >= 6:  # what the administrator bound stays bound
            bound = get_trust(catalog, "nordhaven")
            assert (bound.name, bound.prefixes) == ("Nordhaven Tools", ["7350012"])
        if version >= 7:  # examination format 2's fields, as the officer typed them
            exam = exams.get_examination(catalog, 3)
            assert (exam.case_ref, exam.quantity_text(), exam.lot_code) == (
                "CASE-11",
                "36 boxes",
                "L2406-88",
            )
            assert exam.requested_by() == {
                "name": "A. Martin",
                "agency": "Customs and Excise",
                "office": "Antwerp port, team 3",
                "contact": "a.martin@customs.example",
            }
            assert [(c.number, c.result, c.comment) for c in exam.checks] == [
                (1, "differs", "printed scale"),
                (2, "unchecked", ""),
            ]
            assert get_note(catalog, PLIERS).text == "Grips without the logo at Antwerp"
    fresh = tmp_path / "fresh.db"
    open_catalog(fresh).close()
    assert structure(path) == structure(fresh)


@pytest.mark.parametrize("version", VERSIONS)
def test_the_officer_carries_on_in_a_migrated_catalogue(tmp_path, version):
    with open_catalog(load(version, tmp_path / "old.db")) as catalog:
        set_note(catalog, PLIERS, "Check the grip")
        first = exams.new_examination(catalog, PLIERS, case_ref="CASE-8")
        second = workshops.create_workshop(catalog, "Pliers", [PLIERS])
        assert get_note(catalog, PLIERS).text == "Check the grip"
        # Ids go on from the ones already used, never reusing one.
        made = 0 if version < 3 else {6: 2, 7: 3, 8: 4}.get(version, 1)  # examinations made before
        workshops_made = 0 if version < 3 else 2 if version == 8 else 1
        assert (first.id, second.id) == (made + 1, workshops_made + 1)


# cremelia's key in v5.sql, which the feed hq's trust document brought
CREMELIA_KEY = ("65b60673d6ed884b", "ebVWLo/mVPlAeLES6KmLp5AfhTrmlb7X4OORC60ElmQ=")


def _as_in_v5(path: Path) -> Path:
    """A new catalogue in the state v5.sql is in: nordhaven trusted by hand, cremelia by the
    trust document of the feed hq, each with its content."""
    load(1, path)  # the sample content (no trust store yet)
    nordhaven = Ed25519PrivateKey.from_private_bytes(bytes(range(33, 65))).public_key()
    key = {"key_id": CREMELIA_KEY[0], "public_key": CREMELIA_KEY[1]}
    cremelia = {"id": "cremelia", "brands": [{"id": "cremelia", "name": "Crèmelia"}], "keys": [key]}
    with open_catalog(path) as catalog:
        trust_add(catalog, nordhaven, "nordhaven", ["nordiva"])
        document = TrustDocument.from_data({"version": 2, "publishers": [cremelia]})
        apply_document(catalog, document, "feed:hq")
    return path


@pytest.mark.parametrize("made", ["by the idguide of version 5", "new"])
def test_the_trust_bindings_keep_where_each_entry_came_from(tmp_path, made):
    """Version 6 (keys, names, brands and prefixes per publisher) rebuilds the trust table: an
    entry a feed's trust document made stays the feed's, one added by hand stays the laptop's,
    so the feed's next document replaces the one and never touches the other."""
    path = tmp_path / "catalog.db"
    path = load(5, path) if made != "new" else _as_in_v5(path)
    with open_catalog(path) as catalog:
        entries = {entry.publisher_id: entry for entry in trust_list(catalog)}
        assert {pid: e.origin for pid, e in entries.items()} == {
            "cremelia": "feed:hq",
            "nordhaven": "",
        }
        assert [(k.key_id, k.public_key) for k in entries["cremelia"].keys] == [CREMELIA_KEY]
        assert entries["cremelia"].brand_names == {"cremelia": "Crèmelia"}
        assert [row.id for row in search(catalog, CREME).rows] == [CREME]
        # the feed's next document trusts neither: its own entry goes, the hand-made one stays
        document = TrustDocument.from_data(
            {"version": 2, "publishers": [{"id": "nordhaven", "revoked": True}]}
        )
        changes = apply_document(catalog, document, "feed:hq")
        assert (changes.revoked, changes.kept) == (["cremelia"], ["nordhaven"])
        assert CREMELIA_KEY[0] in changes.revoked_keys  # what it signed stays hidden
        assert not search(catalog, CREME).rows
        assert WRENCH in [row.id for row in search(catalog, "torque wrench").rows]
        assert not get_trust(catalog, "nordhaven").revoked


EXAMINATION_COLUMNS = (
    "id, uid, product_id, snapshot, verdict, case_ref, place, examined_on, quantity, "
    "declared_origin, notes, created_at, updated_at"
)


def _examinations(path: Path) -> list[tuple]:
    """Every examination, check and photo of the catalogue at ``path``, in version 6's columns."""
    conn = sqlite3.connect(path)
    try:
        return [
            *conn.execute(f"SELECT {EXAMINATION_COLUMNS} FROM examinations ORDER BY id"),
            *conn.execute("SELECT * FROM examination_checks ORDER BY exam_id, feature_number"),
            *conn.execute("SELECT * FROM examination_photos ORDER BY exam_id, position"),
        ]
    finally:
        conn.close()


def test_the_verification_request_columns_keep_every_examination(tmp_path):
    """Version 7 (examination format 2: the unit, the lot code, who asks) adds its columns empty
    to a catalogue version 6's idguide wrote: both examinations stay as they were, the officer
    fills the new fields in, and the request goes out in format 2."""
    path = load(6, tmp_path / "old.db")
    before = _examinations(path)
    with open_catalog(path) as catalog:
        assert schema_version(catalog.conn) == SCHEMA_VERSION
        assert _examinations(catalog.user.path) == before  # moved to the officer's own file
        exam = exams.get_examination(catalog, 2)
        assert (exam.case_ref, exam.place, exam.quantity_text()) == (
            "CASE-9",
            "Port of Le Havre",
            "240",
        )
        assert [(c.number, c.result, c.comment) for c in exam.checks] == [
            (1, "differs", "no embossing")
        ]
        assert (exam.lot_code, exam.requested_by()["name"]) == ("", "")
        exams.update_examination(
            catalog, 2, quantity_unit="pieces", lot_code="L2611", requester_name="A. Martin"
        )
        _pdf, json_path = export_examination(catalog, 2, tmp_path / "request")
    document = json.loads(json_path.read_text("utf-8"))
    assert document["format_version"] == 2
    assert document["examination"]["case_reference"] == "CASE-9"
    assert (document["examination"]["quantity"], document["examination"]["quantity_unit"]) == (
        240,
        "pieces",
    )
    assert document["requested_by"]["name"] == "A. Martin"
    assert [c["result"] for c in document["checklist"]] == ["differs"]


def _rows(path: Path) -> dict[str, list[tuple]]:
    """Every row of every table of the catalogue at ``path``, by column name, in a fixed order."""
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    try:
        names = [
            row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        ]
        return {
            name: sorted(
                tuple(sorted(dict(row).items())) for row in conn.execute(f'SELECT * FROM "{name}"')
            )
            for name in names
        }
    finally:
        conn.close()


def test_the_content_hash_column_keeps_every_row_of_a_version_7_catalogue(tmp_path):
    """Version 8 adds the content hash to each product of a catalogue the idguide with examination
    format 2 wrote: every row of every table stays as it was (its format-2 examination and its
    notes too), and each installed entry has no hash yet ('')."""
    path = load(7, tmp_path / "old.db")
    before = _rows(path)
    with open_catalog(path) as catalog:  # (version 10 gives it its id; the officer's rows move)
        user = _rows(catalog.user.path)
        catalogue_id = catalog.id
    after = _rows(path)
    hashes = []
    for table, rows in after.items():
        if table in OFFICER_TABLES:  # moved; the user database adds what was scanned ([])
            moved = [tuple(item for item in row if item[0] != "scans") for row in user[table]]
            assert rows == [] and moved == before[table], table
            continue
        if table == "meta":
            rows = [
                row for row in rows if row != (("key", "catalogue_id"), ("value", catalogue_id))
            ]
        if table == "products":
            hashes = [dict(row).pop("content_hash") for row in rows]
        later = LATER_COLUMNS.get(table, set())  # version 9's, tested below
        rows = [tuple(item for item in row if item[0] not in later) for row in rows]
        assert rows == before[table], table
    assert hashes == [""] * 3
    assert set(after) == set(before)


# the columns versions 8 and 9 add to the tables a version 7 catalogue already has
LATER_COLUMNS = {
    "products": {"content_hash", "lot_pattern", "serial_pattern", "shelf_life_months"},
    "alerts": {"serials"},
    "publishers": {"gs1_prefixes"},
}


def test_version_9_keeps_every_row_of_a_version_8_catalogue(tmp_path):
    """Version 9 adds what scanned codes are checked against: every row of every table of a
    version 8 catalogue stays as it was, each new field empty (no format, no shelf life, no
    cloned serial, no declared prefix); the officer's rows move to the user database (version
    10), where each examination has nothing scanned yet and there is no scan session or recent
    scan."""
    path = load(8, tmp_path / "old.db")
    before = _rows(path)
    with open_catalog(path) as catalog:
        user = _rows(catalog.user.path)
    after = _rows(path)
    empty = {
        "products": {"lot_pattern": "", "serial_pattern": "", "shelf_life_months": 0},
        "alerts": {"serials": "[]"},
        "publishers": {"gs1_prefixes": "[]"},
    }
    for table, rows in before.items():
        if table in OFFICER_TABLES:
            assert after[table] == [], table
            scans = {"scans": "[]"} if table == "examinations" else {}
            moved = [tuple(item for item in row if item[0] not in scans) for row in user[table]]
            assert moved == rows and all(dict(row).items() >= scans.items() for row in user[table])
            continue
        if table == "meta":
            after[table] = [row for row in after[table] if dict(row)["key"] != "catalogue_id"]
        new = empty.get(table, {})
        kept = [tuple(item for item in row if item[0] not in new) for row in after[table]]
        assert kept == rows, table
        assert all({k: dict(row)[k] for k in new} == new for row in after[table]), table
    assert set(after) == set(before)
    assert user["scans"] == user["scan_sessions"] == []


def test_an_entry_installed_before_content_hashes_were_kept_gets_one_with_its_next_revision(
    tmp_path,
):
    """Version 8 keeps each installed entry's content hash; an entry installed before has none,
    so the same revision with other content cannot be told apart from the same content and is
    taken as unchanged, as before. Its next revision is installed with a hash, and from then on
    the same revision with other content is refused."""
    private, public = make_keys(tmp_path / "keys")
    src = copy_source(tmp_path)
    path = load(7, tmp_path / "catalog.db")
    with open_catalog(path) as catalog:
        trust_add(catalog, public, "nordhaven", ["nordiva"])  # a new key beside the old one

        def publish(sequence: int) -> Path:
            return build(src, tmp_path / f"{sequence}.idgb", private, sequence)

        bump(src, "wrench.yaml", "Click-type", "Click-type (laser-marked)")
        assert WRENCH in import_bundle(catalog, publish(2)).unchanged  # no hash to tell by
        bump(src, "wrench.yaml", "revision: 2", "revision: 3")
        assert import_bundle(catalog, publish(3)).updated == [WRENCH]
        bump(src, "wrench.yaml", "(laser-marked)", "(laser-marked, 2026)")
        said = r"changes nordiva-wrench-tw200 \(revision 3\) without raising the revision"
        with pytest.raises(IdguideError, match=said):
            import_bundle(catalog, publish(4))
        assert "(laser-marked)" in get_product(catalog, WRENCH).description["en"]


def test_a_migration_that_fails_leaves_the_catalogue_as_it_was(tmp_path, monkeypatch):
    path = load(1, tmp_path / "old.db")
    before = snapshot(path)

    def broken(db):
        db["notes"].create({"product_id": str, "text": str}, pk="product_id")
        db["meta"].insert({"key": "generation", "value": "0"})
        raise sqlite3.OperationalError("disk I/O error")

    migrations = (schema_module.MIGRATIONS[0], broken, *schema_module.MIGRATIONS[2:])
    monkeypatch.setattr(schema_module, "MIGRATIONS", migrations)
    with pytest.raises(CatalogError, match="disk I/O error"):
        open_catalog(path)
    conn = sqlite3.connect(path)
    assert schema_version(conn) == 1
    conn.close()
    assert snapshot(path) == before  # no notes table, no generation: nothing of the step kept


# Opening a catalogue that is up to date and using it as the officer does (search, a product
# page with its note) must not import sqlite-utils: start-up and the first search do not wait.
LAZY = """
import sys
import idguide.ui.app
from idguide.catalog import get_note, get_product, open_catalog, search
assert "sqlite_utils" not in sys.modules, "importing the app loads sqlite-utils"
with open_catalog(sys.argv[1]) as catalog:
    search(catalog, "nordiva")
    get_product(catalog, sys.argv[2])
    get_note(catalog, sys.argv[2])
assert "sqlite_utils" not in sys.modules, "opening and searching loads sqlite-utils"
assert "babel" not in sys.modules, "the app's start loads babel's locale data"
"""


def test_start_up_and_search_do_not_load_sqlite_utils(sample_catalog):
    with open_catalog(sample_catalog) as catalog:  # the officer's own file made, as by a first
        get_note(catalog, WRENCH)  # start (which, as a new catalogue, may load sqlite-utils)
    proc = subprocess.run(
        [sys.executable, "-c", LAZY, str(sample_catalog), WRENCH],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr


def readme_sqlite_utils_commands() -> list[list[str]]:
    """The sqlite-utils commands README.md shows, split as a shell would."""
    readme = (Path(__file__).parents[1] / "README.md").read_text("utf-8")
    lines = [line.split("  #")[0] for line in readme.splitlines()]
    return [shlex.split(line) for line in lines if line.startswith(".venv/bin/sqlite-utils ")]


def test_the_sqlite_utils_commands_in_the_readme_read_a_demo_catalogue(tmp_path):
    path = tmp_path / "catalog.db"
    with open_catalog(path) as catalog:
        install_demo(catalog)
        entries = trust_list(catalog)
        products, trusted = stats(catalog)["products"], len(entries)
    before = snapshot(path)
    commands = readme_sqlite_utils_commands()
    assert [command[1] for command in commands] == ["tables", "rows", "query"]
    outputs = []
    for command in commands:
        # The sqlite-utils installed with idguide, run as its script would run it.
        argv = [sys.executable, "-m", "sqlite_utils", *command[1:]]
        proc = subprocess.run(argv, cwd=tmp_path, capture_output=True, text=True, timeout=120)
        assert proc.returncode == 0, proc.stderr
        outputs.append(json.loads(proc.stdout))
    counts = {row["table"]: row["count"] for row in outputs[0]}
    assert (counts["products"], counts["trust"], counts["notes"]) == (products, trusted, 0)
    brands = sum(len(entry.brands) for entry in entries)
    assert len(outputs[1]) == brands and {"brand_id", "publisher_id"} <= set(outputs[1][0])
    assert sum(row["products"] for row in outputs[2]) == products
    assert snapshot(path) == before  # reading changed nothing
