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
