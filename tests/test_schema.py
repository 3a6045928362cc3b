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
from support import DATA, PLIERS, WRENCH, snapshot

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
from idguide.catalog.bundles import trust_list
from idguide.catalog.examinations import exams
from idguide.catalog.schema import SCHEMA_VERSION, schema_version
from idguide.catalog.training import workshops

# Catalogues written by the SQL of idguide before sqlite-utils made the schema, with content and
# officer records: version 1 (the first release), 3 (the version before this one) and 4.
CATALOGS = DATA / "catalogs"
VERSIONS = (1, 3, 4)


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


def test_a_new_catalogue_is_made_as_the_hand_written_sql_made_it(tmp_path):
    open_catalog(tmp_path / "new.db").close()
    old = load(4, tmp_path / "old.db")
    new = structure(tmp_path / "new.db")
    # version 5 added each entry's content hash (idguide.catalog.fingerprint)
    assert new["products"]["columns"].pop() == ("content_hash", "TEXT", 1, "''", 0)
    assert new == structure(old)
    assert structure(old)["products"]["foreign keys"]  # the comparison does see the keys


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
            workshop = workshops.get_workshop(catalog, 1)
            assert workshop.product_ids == [PLIERS, WRENCH]
            assert workshop.items[0].notes == "Start here"
        trusted = [(entry.publisher_id, entry.brands) for entry in trust_list(catalog)]
        assert trusted == ([("nordhaven", ["nordiva"])] if version >= 4 else [])
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
        assert (first.id, second.id) == ((2, 2) if version >= 3 else (1, 1))


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
        products, trusted = stats(catalog)["products"], len(trust_list(catalog))
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
    assert len(outputs[1]) == trusted and {"publisher_id", "brands"} <= set(outputs[1][0])
    assert sum(row["products"] for row in outputs[2]) == products
    assert snapshot(path) == before  # reading changed nothing
