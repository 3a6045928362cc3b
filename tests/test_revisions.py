"""An entry changed without a new revision is refused by the builder (given the previous bundle)
and by the import (against each installed entry's content hash), never dropped in silence.

Without this a delta said "0 products" and a full bundle imported as "unchanged": the publisher
believed a fix or an alert went out while officers kept the old text.
"""

from __future__ import annotations

import pytest
from bundle_helpers import build, bump, copy_source, make_keys, trusted_catalog
from support import WRENCH, run_cli, snapshot

from idguide.catalog import get_product, open_catalog
from idguide.catalog.bundles import import_bundle, verify_bundle
from idguide.catalog.errors import IdguideError, SourceError

NEW_TEXT = "Click-type torque wrench, 40-200 Nm, with a new laser mark."


@pytest.fixture
def keys(tmp_path):
    return make_keys(tmp_path / "keys")


@pytest.fixture
def world(tmp_path, keys):
    """The publisher's folder, its first bundle, and a catalogue with that bundle installed."""
    private, public = keys
    src = copy_source(tmp_path)
    first = build(src, tmp_path / "n1.idgb", private, 1)
    catalog = trusted_catalog(tmp_path / "catalog.db", public)
    with open_catalog(catalog) as cat:
        import_bundle(cat, first)
    return src, first, catalog


def change_text(src):
    path = src / "products" / "wrench.yaml"
    text = path.read_text()
    old = next(line for line in text.splitlines() if "description:" in line)
    path.write_text(text.replace(old, f"    description: {NEW_TEXT}", 1))


def test_a_delta_refuses_an_entry_changed_without_a_new_revision(tmp_path, keys, world):
    private, _ = keys
    src, first, _ = world
    change_text(src)
    with pytest.raises(SourceError) as refused:
        build(src, tmp_path / "n2.idgb", private, None, delta_from=first)
    [problem] = refused.value.problems
    assert str(problem) == (
        "products/wrench.yaml: revision: nordiva-wrench-tw200 has changed since n1.idgb but "
        "still has revision 2; raise it to 3."
    )
    assert not (tmp_path / "n2.idgb").exists()
    bump(src, "wrench.yaml", "revision: 2", "revision: 3")
    result = build(src, tmp_path / "n2.idgb", private, None, delta_from=first)
    assert result.exists()


def test_a_full_build_given_the_base_refuses_it_too_and_says_what_it_withdraws(
    tmp_path, keys, world, capsys
):
    private, _ = keys
    src, first, _ = world
    change_text(src)
    argv = ["bundle", "build", src, "-o", tmp_path / "n2.idgb", "--key", private]
    code, _, err = run_cli(capsys, *argv, "--sequence", "2", "--base", first)
    assert code == 1
    assert "products/wrench.yaml: revision: nordiva-wrench-tw200 has changed since n1.idgb" in err
    assert "idguide: 1 entry changed without a new revision" in err
    bump(src, "wrench.yaml", "revision: 2", "revision: 3")
    (src / "products" / "pliers.yaml").unlink()
    code, out, _ = run_cli(capsys, *argv, "--sequence", "2", "--base", first)
    assert code == 0
    assert "(full), 1 products, 0 withdrawn" in out
    assert (
        "It withdraws 1 product that sequence 1 held and the source no longer has: "
        "nordiva-pliers-p8." in out
    )


def test_a_lowered_revision_is_refused(tmp_path, keys, world):
    private, _ = keys
    src, first, _ = world
    bump(src, "wrench.yaml", "revision: 2", "revision: 1")
    with pytest.raises(SourceError, match=r"has revision 1, lower than 2 in n1\.idgb; give it 3"):
        build(src, tmp_path / "n2.idgb", private, None, delta_from=first)


def test_the_import_refuses_an_entry_with_the_installed_revision_and_other_content(
    tmp_path, keys, world, capsys
):
    """An older builder, or one not given the base, makes such a bundle; the catalogue keeps
    each entry's content hash and refuses it, changing nothing."""
    private, _ = keys
    src, _, catalog = world
    change_text(src)
    second = build(src, tmp_path / "n2.idgb", private, 2)  # no base given
    before = snapshot(catalog)
    with open_catalog(catalog) as cat:
        with pytest.raises(IdguideError) as refused:
            import_bundle(cat, second)
        assert get_product(cat, WRENCH).description["en"] != NEW_TEXT
        verdict = verify_bundle(second, cat)
    said = (
        "changes nordiva-wrench-tw200 (revision 2) without raising the revision: this "
        "catalogue holds that revision with other content. Nothing was installed"
    )
    assert said in str(refused.value)
    assert snapshot(catalog) == before
    assert verdict.installable is False and said in verdict.reason
    code, _, err = run_cli(capsys, "--catalog", catalog, "import", second)
    assert code == 1 and said in err and err.count("\n") == 1
    assert snapshot(catalog) == before


def test_the_same_content_again_is_unchanged_and_a_raised_revision_installs(tmp_path, keys, world):
    private, _ = keys
    src, _, catalog = world
    again = build(src, tmp_path / "n2.idgb", private, 2)
    with open_catalog(catalog) as cat:
        assert WRENCH in import_bundle(cat, again).unchanged
    change_text(src)
    bump(src, "wrench.yaml", "revision: 2", "revision: 3")
    third = build(src, tmp_path / "n3.idgb", private, 3)
    with open_catalog(catalog) as cat:
        assert import_bundle(cat, third).updated == [WRENCH]
        assert get_product(cat, WRENCH).description["en"] == NEW_TEXT


def test_bundles_shows_what_is_live_from_each_publisher_not_the_last_bundles_counts(
    tmp_path, keys, world, capsys
):
    """After a delta that only withdraws the pliers, the last bundle holds 0 products; the
    publisher still has the wrench live."""
    import json

    private, _ = keys
    src, first, catalog = world
    (src / "products" / "pliers.yaml").unlink()
    delta = build(src, tmp_path / "n2.idgb", private, None, delta_from=first)
    with open_catalog(catalog) as cat:
        assert import_bundle(cat, delta).withdrawn == ["nordiva-pliers-p8"]
    code, out, _ = run_cli(capsys, "--catalog", catalog, "bundles")
    assert code == 0
    assert "nordhaven" in out and "1 product live,    1 withdrawn" in out
    assert "last: sequence 2 (delta) of 2026-01-01, images 0, products 0, withdrawn 1" in out
    [row] = json.loads(run_cli(capsys, "--catalog", catalog, "bundles", "--json")[1])
    assert (row["live"], row["withdrawn"], row["sequence"]) == (1, 1, 2)
