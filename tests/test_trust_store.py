"""Trust that cannot be borrowed: what a publisher is (its name, brands and barcodes) is bound
by the administrator in the trust store, brands move only when the administrator says so, and a
revoked key stays revoked. Every attack is a bundle signed by a key the catalogue trusts, for
another publisher than the one it tries to wear."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import NamedTuple

import pytest
from bundle_helpers import build, edited, make_keys
from stdnum import ean
from support import CREME, PLIERS, SAMPLE, WRENCH, run_cli, snapshot

from idguide.catalog import get_product, lookup_gtin, open_catalog, search
from idguide.catalog.bundles import (
    apply_trust,
    errors,
    export_trust,
    import_bundle,
    prefixes_for_brand,
    revoke_key,
    trust_add,
    trust_list,
    trust_remove,
)
from idguide.catalog.bundles.keys import key_id, load_public_key


class World(NamedTuple):
    root: Path
    nordhaven: tuple[Path, Path]  # the real owner of brand nordiva and its barcodes
    cremelia: tuple[Path, Path]  # another publisher, trusted for its own brand only
    n1: Path  # nordhaven's bundle, sequence 1
    c1: Path  # cremelia's bundle, sequence 1
    catalog: Path  # both trusted, both installed


@pytest.fixture(scope="module")
def world(tmp_path_factory) -> World:
    root = tmp_path_factory.mktemp("trust")
    nordhaven, cremelia = make_keys(root / "n"), make_keys(root / "c")
    n1 = build(SAMPLE / "nordhaven", root / "n1.idgb", nordhaven[0], 1)
    c1 = build(SAMPLE / "cremelia", root / "c1.idgb", cremelia[0], 1)
    with open_catalog(root / "cat" / "catalog.db") as cat:
        trust_add(cat, nordhaven[1], "nordhaven", ["nordiva"])
        trust_add(cat, cremelia[1], "cremelia", ["cremelia"])
        import_bundle(cat, n1)
        import_bundle(cat, c1)
    return World(root, nordhaven, cremelia, n1, c1, root / "cat" / "catalog.db")


def _catalogue(world: World, tmp_path: Path) -> Path:
    shutil.copytree(world.catalog.parent, tmp_path / "cat")
    return tmp_path / "cat" / "catalog.db"


def _cremelia(world: World, tmp_path: Path, name: str = "c2", **change) -> Path:
    """Cremelia's sequence 2, changed and signed with cremelia's own (trusted) key."""
    return edited(world.c1, tmp_path / f"{name}.idgb", world.cremelia[0], sequence=2, **change)


def _brand_named(name: str):
    def change(data):
        data["brands"][0]["name"] = name

    return {"publisher": change}


def _publisher_named(name: str):
    def change(data):
        data["name"] = name

    return {"publisher": change}


def _gtin(code: str):
    def change(lines):
        lines[0]["gtins"] = [code]

    return {"entries": change}


def _with_check_digit(digits: str) -> str:
    return digits + ean.calc_check_digit(digits)


IMPERSONATIONS = [
    ("brand named Nordiva", _brand_named("Nordiva"), errors.NameTakenError, "brand 'nordiva'"),
    (
        "publisher named as Nordhaven",
        _publisher_named("Nordhaven Tools AB"),
        errors.NameTakenError,
        "the publisher name 'Nordhaven Tools AB', bound to publisher 'nordhaven'",
    ),
    (
        "Greek N and Cyrillic o",
        _brand_named("\u039d\u043erdiva"),
        errors.NameTakenError,
        "looks the same as brand 'nordiva'",
    ),
    (
        "in capitals, spaced",
        _publisher_named("NORDHAVEN  TOOLS A.B."),
        errors.NameTakenError,
        "bound to publisher 'nordhaven'",
    ),
    (
        "the owner's barcode",
        _gtin("4006381333931"),
        errors.BarcodeOwnerError,
        "idguide trust add --publisher nordhaven --gs1-prefix PREFIX",
    ),
]


@pytest.mark.parametrize(
    ("case", "change", "error", "message"), IMPERSONATIONS, ids=[c[0] for c in IMPERSONATIONS]
)
def test_a_trusted_publisher_cannot_wear_another_s_name_or_barcode(
    world, tmp_path, capsys, case, change, error, message
):
    bundle = _cremelia(world, tmp_path, **change)
    catalog = _catalogue(world, tmp_path)
    before = snapshot(catalog)
    with open_catalog(catalog) as cat, pytest.raises(error) as caught:
        import_bundle(cat, bundle)
    assert message in str(caught.value), caught.value
    assert snapshot(catalog) == before
    code, _, err = run_cli(capsys, "--catalog", catalog, "import", bundle)
    assert code == 1 and err.count("\n") == 1 and message in err


def test_a_barcode_under_a_prefix_bound_to_another_publisher_is_refused(world, tmp_path):
    catalog = _catalogue(world, tmp_path)
    other = _with_check_digit("400638100001")  # not one nordhaven sells: its prefix decides
    bundle = _cremelia(world, tmp_path, **_gtin(other))
    with open_catalog(catalog) as cat:
        trust_add(cat, None, "nordhaven", prefixes=["4006381"])
        assert prefixes_for_brand(cat, "nordiva") == ["4006381"]
        with pytest.raises(errors.BarcodeOwnerError, match="prefix 4006381 the trust store"):
            import_bundle(cat, bundle)
        # nordhaven itself may use any barcode under its prefix
        assert import_bundle(cat, build(SAMPLE / "nordhaven", tmp_path / "n.idgb",
                                        world.nordhaven[0], 2)).bundle  # fmt: skip


def test_names_are_bound_from_the_first_bundle_and_shown_as_bound(world, tmp_path, capsys):
    catalog = _catalogue(world, tmp_path)
    renamed = edited(
        world.n1, tmp_path / "n2.idgb", world.nordhaven[0], sequence=2,
        **_publisher_named("Nordhaven Tools International"),
    )  # fmt: skip
    with open_catalog(catalog) as cat:
        entry = next(e for e in trust_list(cat) if e.publisher_id == "nordhaven")
        assert (entry.name, entry.brand_names) == ("Nordhaven Tools AB", {"nordiva": "Nordiva"})
        import_bundle(cat, renamed)
        assert get_product(cat, WRENCH).provenance.publisher_name == "Nordhaven Tools AB"
    _, out, _ = run_cli(capsys, "--catalog", catalog, "trust", "list")
    assert "name: Nordhaven Tools AB" in out and "brands: nordiva (Nordiva)" in out


def test_a_licensee_shares_its_licensor_s_name_and_says_so(world, tmp_path, capsys):
    catalog = _catalogue(world, tmp_path)
    bundle = _cremelia(world, tmp_path, **_brand_named("Nordiva"))
    with open_catalog(catalog) as cat:
        trust_add(cat, None, "cremelia", licensed_by=["nordhaven"])
        import_bundle(cat, bundle)
    _, out, _ = run_cli(capsys, "--catalog", catalog, "show", CREME)
    assert "under licence from Nordhaven Tools AB" in out


# -- brands belong to whom the trust store binds them --------------------------------------


def test_a_brand_another_publisher_holds_moves_only_by_an_explicit_transfer(
    world, tmp_path, capsys
):
    """A publisher trusted for all brands claimed "strydon" before its real owner came."""
    catalog = _catalogue(world, tmp_path)
    src = tmp_path / "squat"
    shutil.copytree(SAMPLE / "cremelia", src)
    (src / "publisher.yaml").write_text(
        (src / "publisher.yaml")
        .read_text(encoding="utf-8")
        .replace(
            "{id: cremelia, name: Crèmelia}",
            "{id: cremelia, name: Crèmelia}\n  - {id: strydon, name: Strydon Sports}",
        ),
        encoding="utf-8",
    )
    product = src / "products" / "creme.yaml"
    product.write_text(
        product.read_text(encoding="utf-8").replace(
            "brand: cremelia", "brand: strydon\nrevision: 2"
        ),
        encoding="utf-8",
    )
    squat = build(src, tmp_path / "squat.idgb", world.cremelia[0], 2)
    owner_private, owner_public = make_keys(tmp_path / "owner")
    with open_catalog(catalog) as cat:
        trust_add(cat, None, "cremelia", all_brands=True)
        import_bundle(cat, squat)
        assert get_product(cat, CREME).brand_id == "strydon"
    code, _, err = run_cli(
        capsys, "--catalog", catalog, "trust", "add", owner_public, "--publisher", "strydon-ab",
        "--brands", "strydon",
    )  # fmt: skip
    assert code == 1 and "Brand 'strydon' is held by publisher 'cremelia'" in err
    assert "--transfer" in err
    code, _, err = run_cli(
        capsys, "--catalog", catalog, "trust", "add", owner_public, "--publisher", "strydon-ab",
        "--brands", "strydon", "--transfer",
    )  # fmt: skip
    assert code == 0, err
    owner = tmp_path / "owner-src"
    shutil.copytree(SAMPLE / "cremelia", owner)
    (owner / "publisher.yaml").write_text(
        "id: strydon-ab\nname: Strydon AB\ndefault_language: pt\n"
        "brands:\n  - {id: strydon, name: Strydon}\n",
        encoding="utf-8",
    )
    shoe = owner / "products" / "creme.yaml"
    shoe.write_text(
        shoe.read_text(encoding="utf-8")
        .replace("id: cremelia-creme-rosa", "id: strydon-boot")
        .replace("brand: cremelia", "brand: strydon"),
        encoding="utf-8",
    )
    with open_catalog(catalog) as cat:
        assert search(cat, "creme").rows == []  # the squatter's strydon entry: hidden
        with pytest.raises(errors.BrandScopeError, match="binds to publisher 'strydon-ab'"):
            import_bundle(cat, edited(squat, tmp_path / "s3.idgb", world.cremelia[0], sequence=3))
        import_bundle(cat, build(owner, tmp_path / "owner.idgb", owner_private, 1))
        assert get_product(cat, "strydon-boot").brand_name == "Strydon"  # the owner's name
        assert [r.id for r in search(cat, "strydon").rows] == ["strydon-boot"]


def test_all_brands_covers_only_brands_no_other_publisher_holds(world, tmp_path):
    catalog = _catalogue(world, tmp_path)

    def claim(data):
        data["brands"].append({"id": "nordiva", "name": "Nordiva Beauty"})

    bundle = _cremelia(world, tmp_path, publisher=claim)
    with open_catalog(catalog) as cat:
        trust_add(cat, None, "cremelia", all_brands=True)
        with pytest.raises(errors.BrandScopeError, match="to publisher 'nordhaven'"):
            import_bundle(cat, bundle)


# -- revocation is per key -----------------------------------------------------------------


def test_a_revoked_key_stays_revoked_and_what_it_signed_stays_hidden(world, tmp_path, capsys):
    catalog = _catalogue(world, tmp_path)
    old_key = key_id(load_public_key(world.nordhaven[1]))
    new_private, new_public = make_keys(tmp_path / "new")
    with open_catalog(catalog) as cat:
        trust_add(cat, new_public, "nordhaven")  # a key change: both keys trusted
        assert revoke_key(cat, old_key) == 2
        assert search(cat, "nordiva").rows == []
        with pytest.raises(errors.TrustError, match="a revoked key stays revoked"):
            trust_add(cat, world.nordhaven[1], "nordhaven")
        with pytest.raises(errors.SignatureError, match="which was revoked on"):
            import_bundle(cat, build(SAMPLE / "nordhaven", tmp_path / "o.idgb",
                                     world.nordhaven[0], 2))  # fmt: skip
    code, out, _ = run_cli(capsys, "--catalog", catalog, "show", WRENCH)
    assert code == 0 and f"REVOKED: the key that signed it ({old_key}) was revoked" in out
    _, out, _ = run_cli(capsys, "--catalog", catalog, "show", WRENCH, "--json")
    shown = json.loads(out)
    assert shown["revoked"] and shown["provenance"]["key_revoked"]
    _, out, _ = run_cli(capsys, "--catalog", catalog, "lookup", "036000291452")
    assert "(revoked)" in out and "withdrawn" not in out
    # the same entries, same revisions, signed with the trusted key: shown again
    with open_catalog(catalog) as cat:
        import_bundle(cat, build(SAMPLE / "nordhaven", tmp_path / "n.idgb", new_private, 2))
        assert {r.id for r in search(cat, "nordiva").rows} == {WRENCH, PLIERS}
        assert not get_product(cat, WRENCH).revoked


def test_trusting_a_removed_publisher_again_does_not_bring_back_what_its_old_key_signed(
    world, tmp_path
):
    catalog = _catalogue(world, tmp_path)
    _, new_public = make_keys(tmp_path / "new")
    with open_catalog(catalog) as cat:
        trust_remove(cat, "nordhaven")
        trust_add(cat, new_public, "nordhaven", ["nordiva"])
        assert search(cat, "nordiva").rows == []
        assert all(row.revoked for row in lookup_gtin(cat, "036000291452"))


def test_a_stolen_key_s_sequence_does_not_lock_the_publisher_out_once_revoked(world, tmp_path):
    catalog = _catalogue(world, tmp_path)
    stolen = build(SAMPLE / "nordhaven", tmp_path / "s.idgb", world.nordhaven[0], 90_000)
    new_private, new_public = make_keys(tmp_path / "new")
    with open_catalog(catalog) as cat:
        import_bundle(cat, stolen)
        trust_add(cat, new_public, "nordhaven")
        revoke_key(cat, key_id(load_public_key(world.nordhaven[1])))
        assert import_bundle(cat, build(SAMPLE / "nordhaven", tmp_path / "n.idgb",
                                        new_private, 2)).bundle  # fmt: skip


# -- the whole store as plain data (the update feed's trust document) ----------------------


def test_the_trust_store_travels_as_plain_data_and_back(world, tmp_path):
    catalog = _catalogue(world, tmp_path)
    _, extra = make_keys(tmp_path / "extra")
    with open_catalog(catalog) as cat:
        trust_add(cat, extra, "nordhaven", prefixes=["4006381", "0036000"])
        trust_add(cat, None, "cremelia", licensed_by=["nordhaven"])
        revoke_key(cat, key_id(load_public_key(world.nordhaven[1])))
        _, gone = make_keys(tmp_path / "gone")
        trust_add(cat, gone, "ghost-tools", ["ghost=Ghost"])
        trust_remove(cat, "ghost-tools")
        data = export_trust(cat)
    assert json.loads(json.dumps(data)) == data  # plain data
    with open_catalog(tmp_path / "laptop.db") as laptop:
        changes = apply_trust(laptop, data, "feed:hq")
        assert changes.trust
        assert export_trust(laptop) == data
        assert not apply_trust(laptop, data, "feed:hq").content  # twice: nothing hidden again
        with pytest.raises(errors.TrustError, match="fingerprint"):
            broken = json.loads(json.dumps(data))
            broken["publishers"][0]["keys"][0]["key_id"] = "0" * 16
            apply_trust(laptop, broken, "feed:hq")
        assert export_trust(laptop) == data  # refused whole


def test_a_revocation_travels_with_its_date(world, tmp_path, monkeypatch):
    """A laptop that applies the administration's data later says when the key was revoked,
    not when the data reached it (and the data it exports again is the same)."""
    from idguide.catalog.bundles import trust as trust_module

    catalog = _catalogue(world, tmp_path)
    old_key = key_id(load_public_key(world.nordhaven[1]))
    with open_catalog(catalog) as cat:
        revoke_key(cat, old_key)
        data = export_trust(cat)
    (revoked,) = data["revoked_keys"]
    monkeypatch.setattr(trust_module, "now", lambda: "2031-01-01T00:00:00+00:00")
    with open_catalog(tmp_path / "laptop.db") as laptop:
        apply_trust(laptop, data, "feed:hq")
        assert export_trust(laptop) == data
        with pytest.raises(errors.TrustError, match=f"revoked on {revoked['revoked_at'][:10]}"):
            trust_add(laptop, world.nordhaven[1], "nordhaven")


def test_every_test_docs_security_names_exists():
    """docs/security.md says which test shows each point: each must be there."""
    import re

    root = Path(__file__).resolve().parents[1]
    page = (root / "docs" / "security.md").read_text(encoding="utf-8")
    named = re.findall(r"`tests/(test_\w+\.py)(?:::(\w+))?", page)
    assert len(named) > 10
    for module, test in named:
        source = (root / "tests" / module).read_text(encoding="utf-8")
        assert not test or f"def {test}(" in source, f"{module}::{test}"
    cases = re.findall(r"hostile\[([^\]]+)\]", page)
    corpus = (root / "tests" / "test_hostile_bundles.py").read_text(encoding="utf-8")
    missing = [case for case in cases if case != "..." and f'"{case}"' not in corpus]
    assert missing == []
