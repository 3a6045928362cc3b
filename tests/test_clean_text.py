"""One rule for text from outside (idguide.catalog.cleantext): a signed bundle, an authoring
folder and a workbook are held to it alike, and nothing from content reaches the terminal raw."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path
from typing import NamedTuple

import pytest
from bundle_helpers import build, edited, make_keys, trusted_catalog
from support import SAMPLE, WRENCH, copy_sample, run_cli, snapshot

from idguide.catalog import get_product, open_catalog
from idguide.catalog.authoring.source import check_source
from idguide.catalog.bundles import errors, import_bundle
from idguide.catalog.pdf import clean


class World(NamedTuple):
    private: Path  # nordhaven's key, trusted
    bundle: Path  # nordhaven's sequence 1, signed with it
    catalog: Path  # trusting it, empty


@pytest.fixture(scope="module")
def world(tmp_path_factory) -> World:
    root = tmp_path_factory.mktemp("text")
    private, public = make_keys(root / "keys")
    bundle = build(SAMPLE / "nordhaven", root / "n1.idgb", private, 1)
    return World(private, bundle, trusted_catalog(root / "cat" / "catalog.db", public))


def _catalogue(world: World, tmp_path: Path) -> Path:
    shutil.copytree(world.catalog.parent, tmp_path / "cat")
    return tmp_path / "cat" / "catalog.db"


def _name(text):
    def change(lines):
        lines[0]["name"]["en"] = text

    return {"entries": change}


def _feature_title(text):
    def change(lines):
        lines[0]["features"][0]["title"]["en"] = text

    return {"entries": change}


def _contact_name(text):
    def change(data):
        data["contacts"][0]["name"] = text

    return {"publisher": change}


def _models(text):
    def change(lines):
        lines[0]["models"] = [text]

    return {"entries": change}


HOSTILE = [
    (
        "lone surrogate",
        _name("Pliers \ud800"),
        "field 'name.en': The text holds an unpaired surrogate",
    ),
    ("clear the screen", _name("Pliers \x1b[2J\x1b]0;owned\x07"), "U+001B"),
    ("C1 control", _contact_name("Maria \x9b31m Lind"), "field 'name': The text holds the control"),
    (
        "bidi override",
        _feature_title("gpj.\u202eexe"),
        "title.en': The text holds the bidirectional",
    ),
    ("bidi isolate", _models("TW\u2066200"), "field 'models': The text holds the bidirectional"),
    ("carriage return", _name("Pliers\rWrench"), "U+000D"),
]


@pytest.mark.parametrize(("case", "change", "message"), HOSTILE, ids=[c[0] for c in HOSTILE])
def test_text_that_can_disguise_itself_is_refused_with_its_field_named(
    world, tmp_path, capsys, case, change, message
):
    hostile = edited(world.bundle, tmp_path / "hostile.idgb", world.private, **change)
    catalog = _catalogue(world, tmp_path)
    before = snapshot(catalog)
    with open_catalog(catalog) as cat, pytest.raises(errors.EntryError) as caught:
        import_bundle(cat, hostile)
    assert message in str(caught.value) and "hostile.idgb" in str(caught.value)
    assert snapshot(catalog) == before
    code, _, err = run_cli(capsys, "--catalog", catalog, "import", hostile)
    assert code == 1 and err.startswith("idguide: ") and err.count("\n") == 1, err
    assert "\x1b" not in err and "Traceback" not in err
    assert snapshot(catalog) == before


def test_joiners_and_direction_marks_stay_and_text_is_composed(world, tmp_path):
    persian = "می\u200cخواهم"  # the ZWNJ keeps the two parts of the word apart
    hebrew = "\u200fמפתח TW-200"  # RLM: the Latin model number stays where it belongs
    decomposed = "Pince cre\u0301me"

    def change(lines):
        lines[0]["name"].update({"fa": persian, "he": hebrew, "fr": decomposed})
        lines[0]["features"][0]["title"]["fa"] = "ZWJ \u200d here"

    good = edited(world.bundle, tmp_path / "good.idgb", world.private, entries=change)
    with open_catalog(_catalogue(world, tmp_path)) as cat:
        import_bundle(cat, good)
        product = get_product(cat, "nordiva-pliers-p8")
    assert product.name["fa"] == persian and product.name["he"] == hebrew
    assert product.name["fr"] == "Pince cr\u00e9me"  # NFC: one character, as search expects
    assert product.features[0].title["fa"] == "ZWJ \u200d here"


def test_an_authoring_folder_is_held_to_the_same_rule(tmp_path):
    source = copy_sample(tmp_path, "nordhaven")
    path = source / "products" / "wrench.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace("name: Torque wrench TW-200", 'name: "Torque \\e[2J wrench"').replace(
            "packaging: Blue case.", 'packaging: "Blue \\u202Ecase"'
        ),
        encoding="utf-8",
    )
    _, problems = check_source(source)
    shown = [str(p) for p in problems]
    assert any("text.en.name" in p and "U+001B" in p for p in shown), shown
    assert any("text.en.packaging" in p and "U+202E" in p for p in shown), shown


def test_the_pdf_writer_drops_what_the_rule_refuses_and_keeps_joiners():
    text = "a\u200cb\u200dc\u200ed\x1b[2J\u202ee\x9bf\tg"
    assert clean(text) == "a\u200cb\u200dc\u200ed[2Jef    g"


def _from_an_older_idguide(catalog: Path) -> str:
    """Content that reached the catalogue before the rule: a name that clears the screen."""
    hostile = "Torque \x1b[2J\x1b]0;owned\x07 wrench \u202eexe.jpg \x9b31m"
    conn = sqlite3.connect(catalog)
    with conn:
        conn.execute(
            "UPDATE translations SET text = ? WHERE product_id = ? AND part = 'name' "
            "AND lang = 'en'",
            (hostile, WRENCH),
        )
        conn.execute("UPDATE brands SET name = 'Nord\x1b[31miva'")
    conn.close()
    return hostile


def test_the_command_line_never_prints_a_control_character_from_content(world, tmp_path, capsys):
    catalog = _catalogue(world, tmp_path)
    with open_catalog(catalog) as cat:
        import_bundle(cat, world.bundle)
    hostile = _from_an_older_idguide(catalog)
    run_cli(capsys, "--catalog", catalog, "reindex")
    outputs = [
        run_cli(capsys, "--catalog", catalog, *command)
        for command in (
            ["show", WRENCH],
            ["list"],
            ["search", "wrench"],
            ["lookup", "036000291452"],
            ["show", WRENCH, "--json"],
        )
    ]
    for code, out, err in outputs:
        assert code == 0, err
        assert not any(ch in out + err for ch in "\x1b\x07\u202e\x9b"), repr(out)
    assert "\\x1b[2J" in outputs[0][1]  # shown for what it is
    assert json.loads(outputs[-1][1])["name"] == hostile  # JSON: the same text, escaped
