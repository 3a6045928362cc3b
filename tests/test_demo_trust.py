"""The demo key is public, so what protects a catalogue is semantic: only the shipped demo
bundles (pinned by sha256), only for publishers of the ``demo-`` namespace, never into a
managed catalogue; no real trust entry may use the demo key or a ``demo-`` id."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from bundle_helpers import edited
from support import SAMPLE, run_cli, snapshot

from idguide.catalog import CatalogError, install_demo, open_catalog
from idguide.catalog.bundles import errors, import_bundle, trust_add
from idguide.catalog.bundles.build import build_bundle
from idguide.catalog.bundles.demokey import demo_public_key
from idguide.catalog.demo import shipped_bundle
from idguide.catalog.managed import set_managed
from idguide.catalog.paths import assets_dir, demo_sources

# anyone has it: it is in the repository (never in the installed package)
DEMO_PRIVATE = Path(__file__).resolve().parents[1] / "scripts" / "demo" / "keys" / "private.key"


@pytest.fixture(scope="module")
def demo_catalog(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "catalog.db"
    with open_catalog(path) as cat:
        install_demo(cat)
    return path


def _copy(path: Path, tmp_path: Path) -> Path:
    shutil.copytree(path.parent, tmp_path / "cat")
    return tmp_path / "cat" / path.name


def test_a_bundle_the_demo_key_signs_is_refused_unless_it_is_a_shipped_one(
    demo_catalog, tmp_path, capsys
):
    """Re-signed with the public demo key, for a demo publisher the catalogue trusts, with a
    higher sequence: it used to install."""
    shipped = shipped_bundle(demo_sources()[1])

    def forged(lines):
        lines[0]["name"] = {k: "Genuine if the hologram is missing" for k in lines[0]["name"]}
        lines[0]["revision"] += 1

    bundle = edited(shipped, tmp_path / "forged.idgb", DEMO_PRIVATE, entries=forged, sequence=2)
    catalog = _copy(demo_catalog, tmp_path)
    before = snapshot(catalog)
    with open_catalog(catalog) as cat, pytest.raises(errors.DemoContentError) as caught:
        import_bundle(cat, bundle)
    assert "not one of the demo bundles shipped with this idguide" in str(caught.value)
    assert snapshot(catalog) == before
    code, _, err = run_cli(capsys, "--catalog", catalog, "import", bundle)
    assert code == 1 and "demo key" in err


def test_the_demo_key_and_demo_ids_are_never_trusted_for_real_content(tmp_path, capsys):
    catalog = tmp_path / "catalog.db"
    key = demo_public_key()
    code, _, err = run_cli(
        capsys, "--catalog", catalog, "trust", "add", key, "--publisher", "nordhaven",
        "--brands", "nordiva",
    )  # fmt: skip
    assert code == 1 and "public demo key" in err
    private = tmp_path / "keys"
    from idguide.catalog.bundles import generate_keys

    _, public = generate_keys(private)
    code, _, err = run_cli(
        capsys, "--catalog", catalog, "trust", "add", public, "--publisher", "demo-caldelo",
        "--brands", "almendria",
    )  # fmt: skip
    assert code == 1 and "'demo-' are the demo's own" in err


def test_a_demo_signed_bundle_for_any_other_id_is_refused(demo_catalog, tmp_path):
    """Even trusted by hand in the catalogue (as an older idguide allowed)."""
    bundle = tmp_path / "n.idgb"
    build_bundle(SAMPLE / "nordhaven", bundle, DEMO_PRIVATE, 1)
    catalog = _copy(demo_catalog, tmp_path)
    with open_catalog(catalog) as cat:
        cat.conn.execute("INSERT INTO trust (publisher_id, added_at) VALUES ('nordhaven', '')")
        cat.conn.execute(
            "INSERT INTO trust_keys SELECT 'nordhaven', key_id, public_key, '' FROM trust_keys "
            "LIMIT 1"
        )
        cat.conn.execute(
            "INSERT OR REPLACE INTO trust_brands VALUES ('nordiva', 'nordhaven', '', '')"
        )
        with pytest.raises(errors.DemoContentError, match="for publisher 'nordhaven'"):
            import_bundle(cat, bundle)


def test_a_managed_catalogue_takes_no_demo_content(tmp_path):
    with open_catalog(tmp_path / "catalog.db") as cat:
        set_managed(cat)
        with pytest.raises(CatalogError, match="managed"):
            install_demo(cat)
        trust_add(cat, demo_public_key(), "demo-caldelo", ["almendria"], demo=True)
        with pytest.raises(errors.DemoContentError, match="managed"):
            import_bundle(cat, shipped_bundle(demo_sources()[1]))


def test_the_package_carries_no_private_key_and_nothing_rebuilds_the_demo(tmp_path, monkeypatch):
    from idguide.catalog import demo

    assert not list((assets_dir() / "demo").rglob("private*"))
    monkeypatch.setattr(demo, "shipped_bundle", lambda source: tmp_path / f"{source.name}.idgb")
    with open_catalog(tmp_path / "catalog.db") as cat:
        with pytest.raises(CatalogError) as caught:
            install_demo(cat)
        assert "is missing from this installation" in str(caught.value)
        assert cat.conn.execute("SELECT count(*) FROM products").fetchone()[0] == 0


def test_a_demo_bundle_where_the_demo_is_not_installed_points_to_idguide_demo(tmp_path, capsys):
    """Not to `trust add`, which refuses the demo key and every demo- id."""
    catalog = tmp_path / "catalog.db"
    open_catalog(catalog).close()
    before = snapshot(catalog)
    code, _, err = run_cli(
        capsys, "--catalog", catalog, "import", shipped_bundle(demo_sources()[1])
    )
    assert code == 1 and err.count("\n") == 1
    assert "idguide demo" in err and "trust add" not in err
    assert snapshot(catalog) == before


# -- the GS1 prefixes the demo binds ---------------------------------------------------------------

FOREIGN = "407990000018"  # a UPC-A in no demo entry, outside Veltrex's prefix 04070


def test_the_demo_binds_the_gs1_prefix_its_publisher_declares(demo_catalog):
    """So a code not issued to a demo brand is red, as it is once an administrator binds a
    real brand's prefixes: here a barcode no entry carries, scanned with the Veltrex V12 open."""
    from idguide.catalog.bundles import get_trust
    from idguide.catalog.scanning import check, interpret

    with open_catalog(demo_catalog) as cat:
        assert get_trust(cat, "demo-veltrex").prefixes == ["04070"]
        own = check(cat, interpret("407010000011"))
        foreign = check(cat, interpret(FOREIGN), open_product="veltrex-v12")
    (prefix,) = [o for o in own.outcomes if o.check == "prefix"]
    assert own.level == "green"
    assert prefix.message == (
        "Barcode 0407010000011 starts with 04070, a GS1 company prefix the trust store binds to "
        "Veltrex."
    )
    assert foreign.level == "red"
    assert (
        "This barcode was not issued to Veltrex: 0407990000018 starts with none of the GS1 "
        "company prefixes the trust store binds to Veltrex (04070)."
    ) in [o.message for o in foreign.outcomes]


def test_a_demo_installed_before_gets_the_binding_when_installed_again(demo_catalog, tmp_path):
    from idguide.catalog.bundles import get_trust

    catalog = _copy(demo_catalog, tmp_path)
    with open_catalog(catalog) as cat:
        with cat.transaction() as conn:  # as the demo of sequence 2 left it
            conn.execute("DELETE FROM trust_prefixes")
        changes = install_demo(cat)
        assert get_trust(cat, "demo-veltrex").prefixes == ["04070"]
        assert changes.op_changes.trust and not changes.added and not changes.updated
        assert not install_demo(cat).op_changes  # and once bound, nothing more changes
