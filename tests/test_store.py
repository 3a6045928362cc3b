"""The catalogue store: round trip, migrations, trust rules and the officer's notes."""

from __future__ import annotations

import sqlite3

import pytest
from support import SAMPLE, copy_sample, install_folder, install_sample, snapshot

from idguide.catalog import (
    CatalogError,
    NotFoundError,
    SchemaTooNewError,
    get_note,
    get_product,
    list_products,
    lookup_gtin,
    open_catalog,
    set_note,
    stats,
)
from idguide.catalog.authoring.source import read_source
from idguide.catalog.schema import SCHEMA_VERSION
from idguide.catalog.write import OwnershipError


@pytest.fixture
def catalog(tmp_path):
    with open_catalog(tmp_path / "catalog.db") as cat:
        install_sample(cat)
        yield cat


def test_round_trip_keeps_every_part_of_an_entry(catalog):
    source = read_source(SAMPLE / "nordhaven")
    written = next(p for p in source.products if p.id == "nordiva-wrench-tw200")
    read = get_product(catalog, "nordiva-wrench-tw200")
    assert read.name == written.name
    assert read.description == written.description
    assert read.models == ["TW-200", "TW200-EU"]
    assert read.gtins == ["00036000291452"]
    assert read.hs_codes == ["820411"]
    assert read.brand_name == "Nordiva"
    assert [f.number for f in read.features] == [1, 2]
    assert read.features[0].title == {"en": "Etched scale", "es": "Escala grabada"}
    assert read.features[0].region == written.features[0].region
    assert read.features[0].image == read.images[0].sha256
    assert [i.kind for i in read.images] == ["genuine", "counterfeit"]
    assert read.images[0].width == 200
    assert read.indicators[0].kind == "e-commerce"
    assert read.alerts[0].lot_codes == ["L2406-88"]
    assert read.tips == [{"en": "Genuine cases never carry a CE mark on the lid."}]
    assert read.provenance and read.provenance.publisher_name == "Nordhaven Tools AB"
    assert read.languages() == ["en", "es"]


def test_images_are_stored_once_by_content(catalog):
    product = get_product(catalog, "nordiva-wrench-tw200")
    sha = product.images[0].sha256
    data = catalog.images.read(sha)
    assert (SAMPLE / "nordhaven/images/wrench.png").read_bytes() == data
    assert catalog.images.path(sha).parent.name == sha[:2]


def test_texts_fall_back_to_the_publishers_default_language(catalog):
    creme = get_product(catalog, "cremelia-creme-rosa")
    assert creme.default_language == "pt"
    assert creme.t(creme.name, "fr") == "Crème de rosa Ação"
    assert creme.t(creme.name, "en") == "Rose Crème Action"


def test_lists_and_barcode_lookup(catalog):
    assert [r.id for r in list_products(catalog, brand="Nordiva")] == [
        "nordiva-pliers-p8",
        "nordiva-wrench-tw200",
    ]
    assert [r.id for r in list_products(catalog, category="cosmetics")] == ["cremelia-creme-rosa"]
    # a UPC-A, its 13-digit EAN form and the GTIN-14 find the same product
    for code in ("036000291452", "0036000291452", "00036000291452", "0360-0029 1452"):
        assert [r.id for r in lookup_gtin(catalog, code)] == ["nordiva-wrench-tw200"]


def test_stats_count_what_is_installed(catalog):
    figures = stats(catalog)
    assert figures["publishers"] == 2
    assert figures["products"] == 3
    assert figures["features"] == 4
    assert figures["images"] == 4
    assert figures["languages"] == ["en", "es", "fr", "pt"]


def test_reinstalling_the_same_revision_changes_nothing(catalog):
    before = snapshot(catalog.path)
    changes = install_folder(catalog, SAMPLE / "nordhaven")
    assert changes.changed == []
    assert sorted(changes.unchanged) == ["nordiva-pliers-p8", "nordiva-wrench-tw200"]
    after = snapshot(catalog.path)
    assert {k: v for k, v in after.items() if k != "bundles"} == {
        k: v for k, v in before.items() if k != "bundles"
    }


def test_a_newer_revision_replaces_and_an_older_one_does_not(catalog, tmp_path):
    folder = copy_sample(tmp_path, "nordhaven")
    wrench = folder / "products/wrench.yaml"
    wrench.write_text(
        wrench.read_text()
        .replace("revision: 2", "revision: 3")
        .replace("Torque wrench TW-200", "Torque wrench TW-200 Mk2")
    )
    assert install_folder(catalog, folder, sequence=2).updated == ["nordiva-wrench-tw200"]
    assert get_product(catalog, "nordiva-wrench-tw200").name["en"] == "Torque wrench TW-200 Mk2"
    old = SAMPLE / "nordhaven"
    assert install_folder(catalog, old, sequence=3).updated == []
    assert get_product(catalog, "nordiva-wrench-tw200").name["en"] == "Torque wrench TW-200 Mk2"


def test_a_publisher_cannot_change_another_publishers_product(catalog, tmp_path):
    folder = copy_sample(tmp_path, "cremelia")
    product = folder / "products/creme.yaml"
    product.write_text(
        product.read_text().replace("id: cremelia-creme-rosa", "id: nordiva-pliers-p8")
    )
    set_note(catalog, "nordiva-pliers-p8", "seen at gate 4")
    before = snapshot(catalog.path)
    with pytest.raises(OwnershipError, match="belongs to publisher 'nordhaven'"):
        install_folder(catalog, folder)
    assert snapshot(catalog.path) == before


def test_notes_survive_updates_and_refuse_unknown_products(catalog, tmp_path):
    set_note(catalog, "nordiva-wrench-tw200", "Lot L2406-88 seen at gate 4")
    folder = copy_sample(tmp_path, "nordhaven")
    wrench = folder / "products/wrench.yaml"
    wrench.write_text(wrench.read_text().replace("revision: 2", "revision: 5"))
    install_folder(catalog, folder, sequence=2)
    note = get_note(catalog, "nordiva-wrench-tw200")
    assert note and note.text == "Lot L2406-88 seen at gate 4"
    with pytest.raises(NotFoundError):
        set_note(catalog, "no-such-product", "x")
    set_note(catalog, "nordiva-wrench-tw200", "")
    assert get_note(catalog, "nordiva-wrench-tw200") is None


def test_an_empty_file_becomes_an_empty_catalogue(tmp_path):
    with open_catalog(tmp_path / "new" / "catalog.db") as cat:
        assert stats(cat)["products"] == 0
        assert cat.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert cat.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert cat.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_a_newer_catalogue_is_refused_untouched(tmp_path):
    path = tmp_path / "future.db"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(SchemaTooNewError, match="newer idguide"):
        open_catalog(path)
    assert path.read_bytes() == before


@pytest.mark.parametrize(
    "content", [b"not a database at all" * 100, b"SQLite format 3\x00" + b"\xff" * 200]
)
def test_a_file_that_is_not_a_catalogue_gets_a_clear_refusal(tmp_path, content):
    path = tmp_path / "catalog.db"
    path.write_bytes(content)
    with pytest.raises(CatalogError, match="catalogue"):
        open_catalog(path)
    assert path.read_bytes() == content


def test_another_sqlite_database_is_not_taken_over(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE invoices (id INTEGER)")
    conn.commit()
    conn.close()
    with pytest.raises(CatalogError, match="not an idguide catalogue"):
        open_catalog(path)


def test_a_stale_or_missing_index_is_rebuilt_at_open(tmp_path):
    path = tmp_path / "catalog.db"
    with open_catalog(path) as cat:
        install_sample(cat)
    conn = sqlite3.connect(path)  # another program changes content behind the index's back
    conn.execute("UPDATE meta SET value = '999' WHERE key = 'generation'")
    conn.commit()
    conn.close()
    with open_catalog(path) as cat:
        assert cat.index_is_current()
    import shutil

    shutil.rmtree(tmp_path / "catalog.index")
    with open_catalog(path) as cat:
        assert cat.index_is_current()
        assert cat.index.search("nordiva").hits


def test_a_cancelled_install_leaves_the_catalogue_as_it_was(catalog, tmp_path, monkeypatch):
    from idguide.catalog import Interrupted, write
    from idguide.catalog.write import BundleInfo, install

    monkeypatch.setattr(write, "WRITE_BATCH", 1)  # the first product is written when cancelled

    set_note(catalog, "nordiva-wrench-tw200", "keep me")
    folder = copy_sample(tmp_path, "nordhaven")
    for name in ("wrench.yaml", "pliers.yaml"):
        path = folder / "products" / name
        text = path.read_text()
        text = (
            text.replace("revision: 2", "revision: 7")
            if "revision:" in text
            else "revision: 7\n" + text
        )
        path.write_text(text)
    source = read_source(folder)
    before = {k: v for k, v in snapshot(catalog.path).items() if k != "_files"}
    calls = []

    def cancel_on_second_product(done, total, label):
        calls.append(label)
        if label.startswith("Installing") and done == 1:
            first = source.products[0].id  # written, not yet committed
            sql = "SELECT revision FROM products WHERE id = ?"
            assert catalog.conn.execute(sql, (first,)).fetchone() == (7,)
            raise Interrupted()

    with pytest.raises(Interrupted):
        install(
            catalog,
            source.publisher,
            source.products,
            BundleInfo("b2", 2),
            cancel_on_second_product,
        )
    assert {k: v for k, v in snapshot(catalog.path).items() if k != "_files"} == before
    assert catalog.index_is_current()
    assert get_note(catalog, "nordiva-wrench-tw200").text == "keep me"
