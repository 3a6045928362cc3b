"""Signed bundles end to end: keys, build, verify, trust, import, update, withdraw, revoke."""

from __future__ import annotations

import json
import os
import stat

import pytest
from bundle_helpers import CREATED, build, bump, copy_source, make_keys, trusted_catalog
from support import SAMPLE, snapshot

from idguide.catalog import (
    Interrupted,
    check_catalog,
    get_note,
    get_product,
    open_catalog,
    search,
    set_note,
)
from idguide.catalog.bundles import (
    collect_garbage,
    import_bundle,
    installed_bundles,
    trust_remove,
    verify_bundle,
)
from idguide.catalog.bundles.errors import KeyFileError, RollbackError, UntrustedPublisherError
from idguide.catalog.bundles.keys import load_private_key, load_public_key
from idguide.cli import main


@pytest.fixture
def keys(tmp_path):
    return make_keys(tmp_path / "keys")


@pytest.fixture
def installed(tmp_path, keys):
    """A catalogue that trusts nordhaven and has its sequence-1 bundle installed."""
    private, public = keys
    bundle = build(SAMPLE / "nordhaven", tmp_path / "n1.idgb", private)
    path = trusted_catalog(tmp_path / "catalog.db", public)
    with open_catalog(path) as cat:
        import_bundle(cat, bundle)
    return path


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_from_keys_to_search_through_the_command_line(tmp_path, capsys):
    cat = tmp_path / "catalog.db"
    assert run(capsys, "bundle", "keygen", "--out", tmp_path / "k")[0] == 0
    assert stat.S_IMODE(os.stat(tmp_path / "k/private.key").st_mode) == 0o600
    bundle = tmp_path / "n.idgb"
    code, out, _ = run(
        capsys, "bundle", "build", SAMPLE / "nordhaven", "-o", bundle,
        "--key", tmp_path / "k/private.key", "--sequence", "1", "--created-at", "2026-01-01",
    )  # fmt: skip
    assert code == 0 and "2 products" in out
    code, out, _ = run(
        capsys, "--catalog", tmp_path / "none.db", "bundle", "verify", bundle, "--json"
    )
    report = json.loads(out)
    assert code == 0 and not (tmp_path / "none.db").exists()
    assert report["installable"] is None
    assert report["reason"].startswith("No trust store was consulted")
    assert report["publisher"] == "nordhaven" and report["sequence"] == 1
    assert report["created_at"] == "2026-01-01T00:00:00+00:00"
    assert report["kind"] == "full" and report["signature"] == "valid"
    assert report["counts"] == {"products": 2, "withdrawn": 0, "images": 3}
    code, _, _ = run(
        capsys, "--catalog", cat, "trust", "add", tmp_path / "k/public.key",
        "--publisher", "nordhaven", "--brands", "nordiva",
    )  # fmt: skip
    assert code == 0
    code, out, _ = run(capsys, "--catalog", cat, "bundle", "verify", bundle, "--json")
    report = json.loads(out)
    assert code == 0 and report["trusted"] is True and report["installable"] is True
    assert report["reason"].startswith("Can be installed: 'nordhaven' is trusted for nordiva")
    code, out, _ = run(capsys, "--catalog", cat, "import", bundle)
    assert code == 0 and "2 added, 0 updated, 0 withdrawn" in out
    code, out, _ = run(capsys, "--catalog", cat, "search", "nordiva", "--json")
    assert {r["id"] for r in json.loads(out)} == {"nordiva-pliers-p8", "nordiva-wrench-tw200"}
    code, out, _ = run(capsys, "--catalog", cat, "show", "nordiva-wrench-tw200", "--json")
    assert json.loads(out)["features"][0]["title"] == "Etched scale"
    code, out, _ = run(capsys, "--catalog", cat, "bundles", "--json")
    listed = json.loads(out)
    assert [(b["publisher"], b["sequence"], b["trusted"]) for b in listed] == [
        ("nordhaven", 1, True)
    ]
    code, out, _ = run(capsys, "--catalog", cat, "trust", "list", "--json")
    assert json.loads(out)[0]["brands"] == ["nordiva"]
    assert run(capsys, "--catalog", cat, "check")[1].strip() == "Catalogue OK."


def test_a_bundle_date_that_is_no_date_is_one_clean_line_and_writes_nothing(tmp_path, keys, capsys):
    out = tmp_path / "n.idgb"
    code, stdout, err = run(
        capsys, "bundle", "build", SAMPLE / "nordhaven", "-o", out,
        "--key", keys[0], "--sequence", "1", "--created-at", "yesterday",
    )  # fmt: skip
    assert code == 1 and stdout == "" and err.count("\n") == 1
    assert "The bundle date 'yesterday' is not a date; write it as YYYY-MM-DD" in err
    assert not out.exists() and list(tmp_path.glob("n.idgb*")) == []


def test_verify_without_a_catalogue_says_no_trust_store_was_consulted(
    tmp_path, keys, capsys, monkeypatch
):
    monkeypatch.setenv("IDGUIDE_CATALOG", str(tmp_path / "nowhere" / "catalog.db"))
    bundle = build(SAMPLE / "nordhaven", tmp_path / "n1.idgb", keys[0])
    code, out, _ = run(capsys, "bundle", "verify", bundle)
    assert code == 0
    assert "installable: unknown: No trust store was consulted (no catalogue was given)" in out
    code, out, _ = run(capsys, "bundle", "verify", bundle, "--json")
    assert json.loads(out)["installable"] is None
    assert "No trust store was consulted" in json.loads(out)["reason"]
    assert not (tmp_path / "nowhere").exists()


def test_verify_refuses_a_bundle_with_a_brand_its_publisher_is_not_trusted_for(
    tmp_path, keys, capsys
):
    bundle = build(SAMPLE / "nordhaven", tmp_path / "n1.idgb", keys[0])
    cat = trusted_catalog(tmp_path / "catalog.db", keys[1], brands=["strydon"])
    before = snapshot(cat)
    code, out, _ = run(capsys, "--catalog", cat, "bundle", "verify", bundle, "--json")
    report = json.loads(out)
    assert code == 1 and report["trusted"] is True and report["installable"] is False
    assert "of brand 'nordiva'" in report["reason"]
    assert "trusted only for strydon" in report["reason"]
    code, _, err = run(capsys, "--catalog", cat, "import", bundle)
    assert code == 1 and report["reason"] in err  # the import refuses it for that reason
    assert snapshot(cat) == before


def test_a_bundle_installed_already_is_reported_up_to_date_not_as_an_error(
    tmp_path, installed, capsys
):
    before = snapshot(installed)
    bundle = tmp_path / "n1.idgb"
    code, out, _ = run(capsys, "--catalog", installed, "bundle", "verify", bundle)
    assert code == 0 and "installable: installed already: Already installed (up to date)" in out
    code, out, _ = run(capsys, "--catalog", installed, "bundle", "verify", bundle, "--json")
    report = json.loads(out)
    assert (report["installable"], report["up_to_date"]) == (False, True)
    assert report["reason"] == "Already installed (up to date)"
    code, out, err = run(capsys, "--catalog", installed, "import", bundle)
    assert code == 0 and err == ""
    assert out == f"{bundle}: Already installed (up to date); nothing changed.\n"
    code, out, _ = run(capsys, "--catalog", installed, "import", bundle, "--json")
    assert code == 0 and json.loads(out)[0]["up_to_date"] is True
    assert snapshot(installed) == before


def test_an_imported_entry_has_every_part(installed):
    with open_catalog(installed) as cat:
        product = get_product(cat, "nordiva-wrench-tw200")
    assert product.models == ["TW-200", "TW200-EU"]
    assert product.gtins == ["00036000291452"]
    assert [i.kind for i in product.images] == ["genuine", "counterfeit"]
    assert product.features[0].image == product.images[0].sha256
    assert product.features[0].region is not None
    assert product.alerts[0].lot_codes == ["L2406-88"]
    assert product.provenance and product.provenance.sequence == 1


def test_each_installed_picture_is_recorded_as_what_it_is(installed):
    """Format, pixel size and byte size come from checking the pictures, which ends after
    the entries are written: the rows say what each stored file really is."""
    from PIL import Image

    with open_catalog(installed) as cat:
        rows = cat.conn.execute("SELECT sha256, format, width, height, size FROM images")
        recorded = {row[0]: row[1:] for row in rows}
        found = {}
        for sha in recorded:
            path = cat.images.path(sha)
            with Image.open(path) as picture:
                found[sha] = (picture.format, *picture.size, path.stat().st_size)
    assert recorded and recorded == found


def test_the_same_input_gives_a_byte_identical_bundle(tmp_path, keys):
    private, _ = keys
    first = build(SAMPLE / "nordhaven", tmp_path / "a.idgb", private)
    second = build(SAMPLE / "nordhaven", tmp_path / "b.idgb", private)
    assert first.read_bytes() == second.read_bytes()


def test_a_delta_carries_only_changes_and_installs_on_top(tmp_path, keys, installed):
    private, _ = keys
    src = copy_source(tmp_path)
    bump(src, "wrench.yaml", "revision: 2", "revision: 3")
    bump(src, "wrench.yaml", "Torque wrench TW-200", "Torque wrench TW-200 Mk2")
    delta = build(src, tmp_path / "n2.idgb", private, None, delta_from=tmp_path / "n1.idgb")
    report = verify_bundle(delta)
    assert (report.kind, report.sequence, report.base_sequence) == ("delta", 2, 1)
    assert report.counts["products"] == 1
    with open_catalog(installed) as cat:
        changes = import_bundle(cat, delta)
        assert changes.updated == ["nordiva-wrench-tw200"] and not changes.added
        assert [r.id for r in search(cat, "Mk2").rows] == ["nordiva-wrench-tw200"]
        with pytest.raises(RollbackError, match="installed sequence 2"):
            import_bundle(cat, tmp_path / "n1.idgb")


def test_a_withdrawal_shows_and_the_note_survives(tmp_path, keys, installed):
    private, _ = keys
    src = copy_source(tmp_path)
    (src / "products/pliers.yaml").unlink()
    delta = build(src, tmp_path / "n2.idgb", private, None, delta_from=tmp_path / "n1.idgb")
    assert verify_bundle(delta).counts == {"products": 0, "withdrawn": 1, "images": 0}
    with open_catalog(installed) as cat:
        set_note(cat, "nordiva-pliers-p8", "fake grips at gate 4")
        assert import_bundle(cat, delta).withdrawn == ["nordiva-pliers-p8"]
        assert get_product(cat, "nordiva-pliers-p8").withdrawn
        assert get_note(cat, "nordiva-pliers-p8").text == "fake grips at gate 4"
        assert [r.id for r in search(cat, "pliers").rows] == []


def test_a_full_bundle_without_a_product_withdraws_it(tmp_path, keys, installed):
    private, _ = keys
    src = copy_source(tmp_path)
    (src / "products/pliers.yaml").unlink()
    full = build(src, tmp_path / "n2.idgb", private, 2)
    with open_catalog(installed) as cat:
        changes = import_bundle(cat, full)
        assert changes.withdrawn == ["nordiva-pliers-p8"]
        assert changes.unchanged == ["nordiva-wrench-tw200"]


def test_revoking_a_publisher_hides_its_entries_and_refuses_its_bundles(
    tmp_path, keys, installed, capsys
):
    private, _ = keys
    with open_catalog(installed) as cat:
        assert trust_remove(cat, "nordhaven") == 2
        assert search(cat, "nordiva").rows == []
        assert len(search(cat, "nordiva", include_hidden=True).rows) == 2
        assert installed_bundles(cat)[0].revoked
        newer = build(SAMPLE / "nordhaven", tmp_path / "n2.idgb", private, 2)
        with pytest.raises(UntrustedPublisherError, match="revoked in the trust store"):
            import_bundle(cat, newer)
    _, out, _ = run(capsys, "--catalog", installed, "bundles")
    assert "revoked" in out


def test_removing_a_publisher_keeps_notes_and_frees_pictures(installed, capsys):
    with open_catalog(installed) as cat:
        set_note(cat, "nordiva-wrench-tw200", "keep me")
    code, out, _ = run(capsys, "--catalog", installed, "bundle", "remove", "nordhaven")
    assert code == 0 and "2 products" in out
    with open_catalog(installed) as cat:
        assert get_note(cat, "nordiva-wrench-tw200").text == "keep me"
        assert cat.conn.execute("SELECT count(*) FROM products").fetchone()[0] == 0
        collect_garbage(cat, min_age_seconds=0)
        assert cat.images.stored() == set()


@pytest.mark.parametrize("stop_at", ["Checking images", "Storing images", "Installing", "Saving"])
def test_a_cancelled_import_leaves_the_catalogue_as_it_was(tmp_path, keys, stop_at):
    private, public = keys
    bundle = build(SAMPLE / "nordhaven", tmp_path / "n1.idgb", private)
    path = trusted_catalog(tmp_path / "catalog.db", public)
    before = snapshot(path)

    def cancel(done, total, label):
        if label.startswith(stop_at):
            raise Interrupted()

    with open_catalog(path) as cat, pytest.raises(Interrupted):
        import_bundle(cat, bundle, cancel)
    assert snapshot(path) == before


def test_key_files_are_checked(tmp_path, keys):
    private, public = keys
    with pytest.raises(KeyFileError, match="already exists"):
        make_keys(tmp_path / "keys")
    garbled = tmp_path / "garbled.key"
    garbled.write_text("-----BEGIN PUBLIC KEY-----\nnonsense\n-----END PUBLIC KEY-----\n")
    with pytest.raises(KeyFileError, match="not a readable Ed25519 public key"):
        load_public_key(garbled)
    with pytest.raises(KeyFileError, match="is a private key"):
        load_public_key(private)
    with pytest.raises(KeyFileError, match="Cannot read"):
        load_private_key(tmp_path / "missing.key")
    assert load_public_key(public) is not None


def test_build_refuses_a_source_with_problems(tmp_path, keys, capsys):
    private, _ = keys
    src = copy_source(tmp_path)
    bump(src, "wrench.yaml", "category: hand-tools", "category: nonsense")
    code, _, err = run(
        capsys, "bundle", "build", src, "-o", tmp_path / "x.idgb", "--key", private,
        "--sequence", "1",
    )  # fmt: skip
    assert code == 1 and "unknown category 'nonsense'" in err
    assert not (tmp_path / "x.idgb").exists()
    code, _, err = run(capsys, "bundle", "build", src, "-o", tmp_path / "x.idgb", "--key", private)
    assert code == 1


def test_a_bundle_records_its_date(tmp_path, keys):
    private, _ = keys
    assert (
        verify_bundle(build(SAMPLE / "nordhaven", tmp_path / "a.idgb", private)).created_at
        == CREATED
    )


def test_the_demo_installs_through_the_import_path_and_twice_changes_nothing(tmp_path, capsys):
    from idguide.catalog.paths import demo_sources

    path = tmp_path / "catalog.db"
    code, out, _ = run(capsys, "--catalog", path, "demo")
    assert code == 0 and "0 unchanged" in out and "fictional content" in out
    before = snapshot(path)
    code, out, _ = run(capsys, "--catalog", path, "demo")
    assert "0 added, 0 updated" in out
    assert snapshot(path) == before
    _, out, _ = run(capsys, "--catalog", path, "bundles")
    assert out.count("DEMO (fictional content)") == len(demo_sources())
    assert all(line.startswith("demo-") for line in out.splitlines())


def test_an_installation_missing_a_demo_bundle_says_so_and_installs_nothing(
    tmp_path, monkeypatch, capsys
):
    """An installed idguide ships the signed demo bundles and never the demo's private key (it
    is not in the package at all), so nothing signs a missing bundle again: it names what is
    missing."""
    import shutil

    from idguide.catalog import demo, paths

    assets = tmp_path / "installed" / "assets"
    shutil.copytree(paths.assets_dir() / "demo", assets / "demo")
    assert not list((assets / "demo").rglob("private*"))
    (assets / "demo" / "bundles" / "demo-strydon.idgb").unlink()
    monkeypatch.setattr(paths, "assets_dir", lambda: assets)
    monkeypatch.setattr(demo, "assets_dir", lambda: assets)
    path = tmp_path / "catalog.db"
    open_catalog(path).close()
    before = snapshot(path)
    code, out, err = run(capsys, "--catalog", path, "demo")
    assert code == 1 and not out
    assert err.count("\n") == 1 and "demo-strydon.idgb" in err and "reinstall idguide" in err
    assert snapshot(path) == before


def test_the_shipped_demo_bundles_are_signed_with_the_demo_key_and_match_their_sources():
    import hashlib
    import re

    from idguide.catalog.bundles import open_bundle
    from idguide.catalog.bundles.demokey import demo_raw_key, is_demo_id, pinned
    from idguide.catalog.demo import DEMO_SEQUENCE, shipped_bundle
    from idguide.catalog.paths import demo_sources

    for source in demo_sources():
        expected = {}
        for product in (source / "products").glob("*.yaml"):
            text = product.read_text(encoding="utf-8")
            revision = re.search(r"^revision: *(\d+)", text, re.M)
            expected[re.search(r"^id: *(\S+)", text, re.M)[1]] = int(revision[1]) if revision else 1
        with open_bundle(shipped_bundle(source)) as bundle:
            bundle.require_signature(demo_raw_key())
            assert is_demo_id(bundle.manifest.publisher)
            assert bundle.manifest.sequence == DEMO_SEQUENCE
            assert bundle.manifest.products == expected, (
                f"{bundle.name} is stale: run `make demo-bundles`"
            )
        digest = hashlib.sha256(shipped_bundle(source).read_bytes()).hexdigest()
        assert digest in pinned(), f"{source.name}: run `make demo-bundles`"


def test_an_import_overtaken_by_another_process_is_refused_in_its_transaction(tmp_path, keys):
    private, public = keys
    bundle = build(SAMPLE / "nordhaven", tmp_path / "n1.idgb", private)
    path = trusted_catalog(tmp_path / "catalog.db", public)
    overtaken = []

    def other_import_first(done, total, label):
        if label == "Reading entries" and not overtaken:  # before its transaction begins
            with open_catalog(path) as other:
                overtaken.append(import_bundle(other, bundle))

    with open_catalog(path) as cat:
        with pytest.raises(RollbackError, match="the same bundle again"):
            import_bundle(cat, bundle, other_import_first)
        assert cat.conn.execute("SELECT count(*) FROM products").fetchone()[0] == 2
        assert check_catalog(cat) == []
