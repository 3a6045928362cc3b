"""`bundle to-sheet`: a source folder or a full bundle written back into the workbook, so that a
team working in spreadsheets keeps maintaining its entries; from-sheet of its output gives the
same entries, and a workbook made by hand survives the trip the other way."""

from __future__ import annotations

import shutil

import pytest
from openpyxl import load_workbook
from support import SAMPLE, run_cli

from idguide.catalog.authoring import sheet_to_source, source_to_sheet, write_template
from idguide.catalog.authoring.source import read_source
from idguide.catalog.bundles import bundle_to_sheet, open_bundle
from idguide.catalog.demo import shipped_bundle
from idguide.catalog.errors import IdguideError, SourceError
from idguide.catalog.fingerprint import content_hash
from idguide.catalog.paths import demo_sources


def entries(products) -> dict[str, tuple[int, str]]:
    """Each entry's revision and content (pictures by their bytes' sha256)."""
    return {p.id: (p.revision, content_hash(p)) for p in products}


def demo(name: str):
    return next(source for source in demo_sources() if source.name == name)


def test_a_folder_to_a_workbook_and_back_gives_the_same_entries(tmp_path, capsys):
    src = tmp_path / "curavel"
    shutil.copytree(demo("demo-curavel"), src)  # several languages, alerts, tips, indicators
    xlsx, back = tmp_path / "products.xlsx", tmp_path / "back"
    code, out, _ = run_cli(capsys, "bundle", "to-sheet", src, "-o", xlsx)
    assert code == 0
    assert f"and their pictures to {src / 'images'}" in out  # its own pictures, left in place
    code, _, err = run_cli(
        capsys, "bundle", "from-sheet", xlsx, "--images", src / "images", "-o", back
    )
    assert code == 0, err
    before, after = read_source(src), read_source(back)
    assert entries(after.products) == entries(before.products)
    assert after.publisher == before.publisher
    assert len({lang for p in after.products for lang in p.languages()}) >= 3


@pytest.mark.parametrize("name", [source.name for source in demo_sources()])
def test_every_demo_source_goes_to_a_workbook_and_back(tmp_path, name):
    """No demo publisher's row is taken for the template's example (which from-sheet refuses):
    the example is of a brand and a publisher no demo uses."""
    src = demo(name)
    source_to_sheet(src, tmp_path / "p.xlsx")
    sheet_to_source(tmp_path / "p.xlsx", src / "images", tmp_path / "back")
    before, after = read_source(src), read_source(tmp_path / "back")
    assert entries(after.products) == entries(before.products)
    assert after.publisher == before.publisher


def test_a_full_bundle_to_a_workbook_and_back_gives_its_entries(tmp_path):
    bundle = shipped_bundle(demo("demo-caldelo"))
    result = bundle_to_sheet(bundle, tmp_path / "p.xlsx", tmp_path / "pictures")
    assert result.products == 6
    sheet_to_source(tmp_path / "p.xlsx", tmp_path / "pictures", tmp_path / "src")
    with open_bundle(bundle) as opened:
        contents = opened.read_contents()
    source = read_source(tmp_path / "src")
    assert entries(source.products) == entries(contents.products)
    assert source.publisher == contents.publisher


def test_a_workbook_made_by_hand_survives_the_trip_the_other_way(tmp_path):
    """workbook -> folder -> workbook -> folder: the two folders hold the same entries."""
    from test_sheet import EXAMPLE, OWN, fill

    book = tmp_path / "mine.xlsx"
    write_template(book)
    fill(book, {**OWN, "Texts!A3": EXAMPLE, "Texts!B3": "es",
                "Texts!C3": "Llave", "Tips!A3": EXAMPLE, "Tips!B3": 1,
                "Tips!C3": "fr", "Tips!D3": "Pas de marque CE."})  # fmt: skip
    first, again = tmp_path / "first", tmp_path / "again"
    sheet_to_source(book, SAMPLE / "nordhaven" / "images", first)
    written = first / "products" / f"{EXAMPLE}.yaml"
    written.write_text(written.read_text().replace("name: Llave", 'name: "=Llave"'))
    source_to_sheet(first, tmp_path / "again.xlsx")
    sheet_to_source(tmp_path / "again.xlsx", first / "images", again)
    one, two = read_source(first), read_source(again)
    assert entries(two.products) == entries(one.products)
    assert two.products[0].name["es"] == "=Llave"  # a text, never a formula
    assert two.products[0].tips == [{"en": "Genuine cases never carry a CE mark.",
                                     "fr": "Pas de marque CE."}]  # fmt: skip
    sheet = load_workbook(tmp_path / "again.xlsx")["Texts"]
    assert [sheet.cell(row=r, column=2).value for r in (2, 3)] == ["en", "es"]


def test_what_a_workbook_cannot_hold_is_refused_writing_nothing(tmp_path):
    src = tmp_path / "cremelia"
    shutil.copytree(SAMPLE / "cremelia", src)
    product = src / "products" / "creme.yaml"
    product.write_text(product.read_text().replace("models: [CR-50]", 'models: ["CR-50, pink"]'))
    with pytest.raises(SourceError) as refused:
        source_to_sheet(src, tmp_path / "p.xlsx")
    assert refused.value.problems == [
        "cremelia-creme-rosa: models: 'CR-50, pink' holds a comma, semicolon or line break, "
        "which separate the items of a list in a cell."
    ]
    assert not (tmp_path / "p.xlsx").exists()


def test_an_update_bundle_is_refused_with_what_to_give_instead(tmp_path, capsys):
    from bundle_helpers import build, make_keys

    private, _ = make_keys(tmp_path / "keys")
    first = build(SAMPLE / "cremelia", tmp_path / "c1.idgb", private, 1)
    delta = build(SAMPLE / "cremelia", tmp_path / "c2.idgb", private, None, delta_from=first)
    with pytest.raises(IdguideError, match="give the publisher's last full bundle"):
        bundle_to_sheet(delta, tmp_path / "p.xlsx", tmp_path / "pictures")
    code, _, err = run_cli(capsys, "bundle", "to-sheet", first, "-o", tmp_path / "p.xlsx")
    assert code == 1 and "Give --images DIR" in err
    assert not (tmp_path / "p.xlsx").exists()
