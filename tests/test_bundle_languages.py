"""A bundle whose texts are under a code that is no language (``sp`` for Spanish, as builders
before the authoring check let through) is installed as signed, and everyone on the way is told:
``bundle verify``, ``feed publish``, ``import``, a sync and the import dialog name the code, what
was meant and who then sees the default language instead.

Refusing it would keep every entry of that update from officers (its alerts too), and a
publisher's later deltas build on it; installing it without a word let Spanish officers get
English in silence."""

from __future__ import annotations

import json

import pytest
from bundle_helpers import build, copy_source, edited, make_keys, trusted_catalog
from support import WRENCH, run_cli

from idguide.catalog import get_product, open_catalog
from idguide.catalog.bundles import import_bundle, verify_bundle

SAID = (
    "nordiva-wrench-tw200 has texts under 'sp': 'sp' is not a language code such as en, es, fr, "
    "pt; did you mean 'es' (Spanish)? Officers reading in Spanish are shown the default language "
    "(en) instead; ask the publisher to publish them again under 'es'."
)


def _spanish_as_sp(lines: list[dict]) -> None:
    """What an older builder wrote for `sp:` in the source: the wrench's Spanish under 'sp'."""
    for line in lines:
        if line["id"] == WRENCH:
            line["name"]["sp"] = line["name"].pop("es")
            line["description"]["sp"] = line["description"].pop("es")
            line["features"][0]["title"]["sp"] = line["features"][0]["title"].pop("es")


@pytest.fixture
def old(tmp_path):
    """A catalogue trusting the sample publisher, and a bundle of it with Spanish under 'sp'."""
    private, public = make_keys(tmp_path / "keys")
    built = build(copy_source(tmp_path), tmp_path / "n1.idgb", private, 1)
    bundle = edited(built, tmp_path / "old.idgb", private, entries=_spanish_as_sp)
    return trusted_catalog(tmp_path / "catalog.db", public), bundle


def test_the_import_installs_it_and_says_what_officers_will_see(old, capsys):
    catalog, bundle = old
    code, out, err = run_cli(capsys, "--catalog", catalog, "import", bundle)
    assert code == 0
    assert "2 added" in out
    assert err == f"idguide: warning: {bundle}: {SAID}\n"
    with open_catalog(catalog) as cat:
        assert get_product(cat, WRENCH).name["sp"] == "Llave dinamométrica TW-200"  # as signed


def test_import_json_carries_the_warning(old, capsys):
    catalog, bundle = old
    code, out, _ = run_cli(capsys, "--catalog", catalog, "import", bundle, "--json")
    assert code == 0
    assert json.loads(out)[0]["warnings"] == [SAID]


def test_verify_says_it_before_anything_is_installed(old, capsys):
    catalog, bundle = old
    code, out, _ = run_cli(capsys, "--catalog", catalog, "bundle", "verify", bundle)
    assert code == 0  # installable: a warning, not a refusal
    assert f"  warning: {SAID}" in out.splitlines()
    with open_catalog(catalog) as cat:
        assert verify_bundle(bundle, cat).warnings == [SAID]
    assert verify_bundle(bundle).warnings == [SAID]  # without a catalogue too


def test_a_default_language_that_is_no_language_is_said_once(tmp_path):
    private, public = make_keys(tmp_path / "keys")
    built = build(copy_source(tmp_path), tmp_path / "n1.idgb", private, 1)

    def default_sp(lines: list[dict]) -> None:
        for line in lines:
            for text in (line["name"], line["description"], line["packaging"]):
                if "en" in text:
                    text["sp"] = text.pop("en")
            for feature in line["features"]:
                for text in feature.values():
                    if isinstance(text, dict) and "en" in text:
                        text["sp"] = text.pop("en")

    bundle = edited(
        built,
        tmp_path / "sp.idgb",
        private,
        entries=default_sp,
        publisher=lambda data: data.update(default_language="sp"),
    )
    catalog = trusted_catalog(tmp_path / "catalog.db", public)
    with open_catalog(catalog) as cat:
        changes = import_bundle(cat, bundle)
    assert len(changes.added) == 2
    [said] = changes.warnings
    assert said.startswith(
        "The publisher's default language is wrong: 'sp' is not a language code such as en, es, "
        "fr, pt; did you mean 'es' (Spanish)?"
    )


def test_codes_that_are_languages_say_nothing(tmp_path):
    private, public = make_keys(tmp_path / "keys")
    bundle = build(copy_source(tmp_path), tmp_path / "n1.idgb", private, 1)
    catalog = trusted_catalog(tmp_path / "catalog.db", public)
    with open_catalog(catalog) as cat:
        assert verify_bundle(bundle, cat).warnings == []
        assert import_bundle(cat, bundle).warnings == []


def test_the_feed_says_it_when_publishing_and_laptops_when_syncing(tmp_path, old):
    from feed_helpers import laptop, sync_at

    from idguide.catalog.feed import init_feed, publish_bundles, publish_trust

    admin, bundle = old  # the administration's catalogue trusts the publisher
    feed, keys = tmp_path / "feed", tmp_path / "feed-keys"
    init_feed(feed, keys)
    publish_trust(feed, admin, keys)
    [published] = publish_bundles(feed, [bundle], keys)
    assert SAID in published.warnings
    result = sync_at(laptop(tmp_path, str(feed), feed / "metadata" / "1.root.json"))
    assert [item.sequence for item in result.installed] == [1]
    assert f"{result.installed[0].target}: {SAID}" in result.warnings
