"""The spreadsheet route: template -> filled workbook -> checked source folder.

Every mistake in a workbook is reported at its sheet, row and column, and leaves the output
folder exactly as it was.
"""

from __future__ import annotations

import json
import os
import shutil
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook
from openpyxl.utils.exceptions import IllegalCharacterError
from support import SAMPLE, run_cli

from idguide.catalog.authoring.sheet import sheet_to_source, write_template
from idguide.catalog.authoring.sheet_layout import EXAMPLES, SHEET_NAMES, SHEETS
from idguide.catalog.authoring.source import check_source, read_source
from idguide.catalog.errors import Interrupted, SourceError

PICTURES = SAMPLE / "nordhaven" / "images"
EXAMPLE = EXAMPLES["Products"][0]  # the template's example product


@pytest.fixture(scope="module")
def template_bytes(tmp_path_factory):
    path = tmp_path_factory.mktemp("template") / "products.xlsx"
    write_template(path)
    return path.read_bytes()


# Cells that make each example row of the template the publisher's own (a row left equal to
# the template's example is refused); the products and features keep the example's values.
OWN = {
    "Publisher!B2": "acme-tools",
    "Publisher!B3": "Acme Tools AB",
    "Brands!B2": "Holmvik Tools",
    "Contacts!B2": "Ana Ruiz",
    "Products!K2": "EUR 95",
    "Texts!E2": "Blue case with an embossed logo.",
    "Images!E2": "Genuine wrench",
    "Features!M2": "Rub with a thumbnail; look with a loupe.",
    "Indicators!C2": "route",
    "Alerts!H2": "Counterfeits in a genuine-looking blue case.",
    "Tips!D2": "Genuine cases never carry a CE mark.",
}


@pytest.fixture
def book(tmp_path, template_bytes):
    """The template with its example rows made the publisher's own."""
    path = tmp_path / "products.xlsx"
    path.write_bytes(template_bytes)
    fill(path, OWN)
    return path


def fill(path, changes):
    """Set cells, e.g. {"Products!C2": "acme"}; None empties a cell."""
    wb = load_workbook(path)
    for ref, value in changes.items():
        sheet, cell = ref.split("!")
        wb[sheet][cell] = value
    wb.save(path)


def convert(book, out, images=PICTURES, **kw):
    return sheet_to_source(book, images, out, **kw)


def refused(book, tmp_path, images=PICTURES):
    """Convert, expect a refusal, check nothing was written; return the problems as text."""
    out = tmp_path / "src"
    with pytest.raises(SourceError) as info:
        convert(book, out, images)
    assert not out.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".src")] == []
    return [str(problem) for problem in info.value.problems]


def test_the_template_explains_every_column_and_offers_lists(book):
    wb = load_workbook(book)
    assert wb.sheetnames == ["Read me", *SHEET_NAMES]
    readme = " ".join(str(c.value) for row in wb["Read me"].iter_rows() for c in row if c.value)
    for spec in SHEETS:
        assert spec.name in readme
        for column in spec.columns:
            assert column.header in readme
            assert wb[spec.name].cell(row=1, column=spec.columns.index(column) + 1).value == (
                column.header
            )
    products = wb["Products"]
    lists = {str(v.sqref): v.formula1 for v in products.data_validations.dataValidation}
    assert "hand-tools" in lists["D2:D5000"] and "cosmetics" in lists["D2:D5000"]
    assert lists["C2:C5000"].startswith("Brands!")
    features = wb["Features"].data_validations.dataValidation
    assert any("uv-lamp" in v.formula1 for v in features)
    assert products["A1"].font.bold and products.freeze_panes == "A2"
    assert products["A2"].font.italic and "Example" in products["A2"].comment.text
    assert products.column_dimensions["F"].number_format == "@"  # GTINs stay text


def test_rows_left_as_the_templates_example_are_refused(tmp_path, template_bytes):
    """A person overwrites the example product but leaves the example contact and brand: those
    rows would ship a fictional contact, or a brand the publisher does not own."""
    path = tmp_path / "products.xlsx"
    path.write_bytes(template_bytes)
    fill(path, {**OWN, "Brands!B2": "Holmvik", "Contacts!B2": "Maria Lind", "Publisher!B2": None})
    fill(path, {"Publisher!B2": "nordhaven"})
    problems = refused(path, tmp_path)
    example = "still the template's example from a fictional product; overwrite it"
    assert problems == [
        "products.xlsx:2: Publisher!B2: Publisher id: 'nordhaven' is the template's example "
        "(a fictional publisher); write your own.",
        f"products.xlsx:2: Brands!A2: row 2 is {example} with your own or delete the row.",
        f"products.xlsx:2: Contacts!A2: row 2 is {example} with your own or delete the row.",
    ]


def test_the_untouched_template_is_refused_row_by_row(tmp_path, template_bytes):
    path = tmp_path / "products.xlsx"
    path.write_bytes(template_bytes)
    problems = refused(path, tmp_path)
    for sheet in SHEET_NAMES:
        cell = "B2" if sheet == "Publisher" else "A2"
        assert any(f": {sheet}!{cell}: " in p and "example" in p for p in problems), sheet


def test_own_rows_in_the_example_layout_become_a_clean_source(book, tmp_path):
    out = tmp_path / "src"
    assert convert(book, out) == 1
    found, problems = check_source(out)
    assert problems == []
    product = found.products[0]
    assert product.id == EXAMPLE and product.revision == 2
    assert product.gtins == ["00036000291452"] and product.hs_codes == ["820411"]
    assert product.name == {"en": "Torque wrench TW-200"}
    assert product.features[0].title == {"en": "Etched scale"}
    assert product.features[0].region is not None and product.features[0].region.x == 0.6
    assert product.alerts[0].issued == "2026-07-01"
    assert (out / "images/wrench.png").read_bytes() == (PICTURES / "wrench.png").read_bytes()
    assert '"036000291452"' in (out / f"products/{EXAMPLE}.yaml").read_text()


def test_a_filled_workbook_with_translations_reads_back(book, tmp_path):
    fill(
        book,
        {
            "Publisher!B2": "acme-tools",
            "Publisher!B3": "Acme Tools AB",
            "Brands!A2": "acme",
            "Brands!B2": "Acme",
            "Brands!A3": "acme-pro",
            "Brands!B3": "Acme Pro",
            "Products!A3": "acme-pliers",
            "Products!C3": "acme-pro",
            "Products!D3": "hand-tools",
            "Products!F3": "4006381333931, 036000291452",
            "Products!C2": "acme",
            "Texts!A3": EXAMPLE,
            "Texts!B3": "es",
            "Texts!C3": "Llave dinamométrica",
            "Texts!A4": "acme-pliers",
            "Texts!C4": "Pliers",  # no language: the default one
            "Images!A3": EXAMPLE,
            "Images!B3": "wrench.png",
            "Images!D3": "es",
            "Images!E3": "Original",
            "Images!A4": EXAMPLE,
            "Images!B4": "wrench-fake.png",
            "Images!C4": "counterfeit",
            "Images!A5": "acme-pliers",
            "Images!B5": "pliers.png",
            "Features!A3": EXAMPLE,
            "Features!B3": 1,
            "Features!I3": "es",
            "Features!J3": "Escala grabada",
            "Features!A4": EXAMPLE,
            "Features!B4": 2,
            "Features!C4": "wrench-fake.png",
            "Features!J4": "Base line",
            "Indicators!A3": EXAMPLE,
            "Indicators!B3": 1,
            "Indicators!D3": "es",
            "Indicators!E3": "Unidades sueltas.",
        },
    )
    out = tmp_path / "src"
    assert convert(book, out) == 2
    source = read_source(out)
    assert source.publisher.id == "acme-tools"
    assert [b.id for b in source.publisher.brands] == ["acme", "acme-pro"]
    wrench, pliers = sorted(source.products, key=lambda p: p.id != EXAMPLE)
    assert wrench.name == {"en": "Torque wrench TW-200", "es": "Llave dinamométrica"}
    assert [(i.kind, i.caption) for i in wrench.images] == [
        ("genuine", {"en": "Genuine wrench", "es": "Original"}),
        ("counterfeit", {}),
    ]
    assert [f.number for f in wrench.features] == [1, 2]
    assert wrench.features[0].title == {"en": "Etched scale", "es": "Escala grabada"}
    assert wrench.features[1].image == "images/wrench-fake.png"
    assert wrench.indicators[0].text == {
        "en": "Single units in small parcels declared as samples.",
        "es": "Unidades sueltas.",
    }
    assert pliers.brand_id == "acme-pro" and pliers.name == {"en": "Pliers"}
    assert pliers.gtins == ["04006381333931", "00036000291452"]


def test_wrong_language_and_market_codes_are_named_at_their_cells(book, tmp_path):
    fill(
        book,
        {"Texts!A3": EXAMPLE, "Texts!B3": "sp", "Texts!C3": "Llave", "Products!H2": "Sweden"},
    )
    assert refused(book, tmp_path) == [
        "products.xlsx:2: Products!H2: Made in: 'Sweden' is not a country code such as SE, US, "
        "CN (ISO 3166) or a region code such as EU, GCC, LATAM (listed in the Read me sheet); "
        "did you mean 'SE' (Sweden)?",
        "products.xlsx:3: Texts!B3: Language: 'sp' is not a language code such as en, es, fr, "
        "pt; did you mean 'es' (Spanish)?",
    ]
    readme = " ".join(
        str(c.value) for row in load_workbook(book)["Read me"].iter_rows() for c in row if c.value
    )
    assert "ECOWAS West Africa, the ECOWAS states" in readme


def test_a_default_language_that_is_not_a_language_is_said_once_in_a_workbook(book, tmp_path):
    fill(book, {"Publisher!B4": "sp"})
    assert refused(book, tmp_path) == [
        "products.xlsx:4: Publisher!B4: Default language: 'sp' is not a language code such as "
        "en, es, fr, pt; did you mean 'es' (Spanish)?"
    ]


# Each group breaks several independent cells at once: all must be reported in one pass.
MISTAKES = {
    "products": (
        {
            "Products!C2": "acme",
            "Products!D2": "tools",
            "Products!F2": "4.00638E+12",
            "Products!G2": 8204.1,
            "Products!B2": "two",
            "Products!A3": EXAMPLE,
            "Products!A4": "Wrench TW",
            "Texts!B2": "fr",
        },
        [
            "Products!C2: Brand id: 'acme' is not one of the publisher's brands (holmvik).",
            "Products!D2: Category: 'tools' is not one of ppe, hand-tools,",
            "Products!F2: GTINs (barcodes): Excel stored 4.00638E+12 as a number",
            "Products!G2: HS codes: Excel stored 8204.1 as a number",
            "Products!B2: Revision: 'two' is not a whole number",
            f"Products!A3: Product id: '{EXAMPLE}' is already used on row 2",
            "Products!A4: Product id: 'Wrench TW' is not a valid id",
            f"Products!A2: Product id: '{EXAMPLE}' has no name in 'en', the default language;"
            " add a row to the Texts sheet",
        ],
    ),
    "gtins": (
        {"Products!F2": 36000291452, "Products!A3": "b", "Products!F3": 4006380000000},
        [
            "Products!F2: GTINs (barcodes): 36000291452 has 11 digits; a GTIN has 8, 12, 13 or 14",
            "Products!F3: GTINs (barcodes): GTIN 4006380000000 has a wrong check digit",
            "Excel drops the leading zeros of barcodes typed as numbers and may round them",
        ],
    ),
    "texts and images": (
        {
            "Texts!C2": "=Products!A2",
            "Texts!A3": "other",
            "Texts!A4": EXAMPLE,
            "Texts!B4": "english",
            "Texts!A5": EXAMPLE,
            "Texts!B5": "es",
            "Texts!D5": "x" * 6000,
            "Texts!A6": EXAMPLE,
            "Texts!B6": "pt",
            "Texts!D6": "terminal\x9b31m escape",
            "Images!B2": "../wrench.png",
            "Images!A3": EXAMPLE,
            "Images!B3": "/etc/passwd",
            "Images!A4": EXAMPLE,
            "Images!B4": "sub/wrench.png",
            "Images!A5": EXAMPLE,
            "Images!B5": "missing.png",
            "Images!A6": EXAMPLE,
            "Images!B6": "wrench-fake.png",
            "Images!C6": "fake",
        },
        [
            "Texts!C2: Name: a formula; type the value itself",
            "Texts!A3: Product id: no product 'other' on the Products sheet",
            "Texts!B4: Language: 'english' is not a language code",
            "Texts!D5: Description: 6000 characters; shorten it to at most 5000",
            "Texts!D6: Description: The text holds the control character U+009B",
            "Images!B2: File name: '../wrench.png' must be a plain file name inside the --images",
            "Images!B3: File name: '/etc/passwd' must be a plain file name",
            "Images!B4: File name: 'sub/wrench.png' must be a plain file name",
            "Images!B5: File name: no file 'missing.png' in",
            "Images!C6: Kind: 'fake' is not one of genuine",
        ],
    ),
    "features and others": (
        {
            "Features!D2": 0.9,
            "Features!A3": EXAMPLE,
            "Features!B3": 2,
            "Features!C3": "pliers.png",
            "Features!J3": "Grip",
            "Features!A4": EXAMPLE,
            "Features!B4": 0,
            "Features!A5": EXAMPLE,
            "Features!B5": 3,
            "Features!D5": 0.1,
            "Features!J5": "Base",
            "Features!A6": EXAMPLE,
            "Features!B6": 4,
            "Features!K6": "Straight.",
            "Alerts!C2": "1st of July",
            "Alerts!A3": EXAMPLE,
            "Alerts!B3": "Alert 1",
            "Contacts!H2": "extra",
            "Tips!D2": True,
        },
        [
            "Features!D2: Region x: [0.9, 0.13, 0.3, 0.27] lies outside the image",
            "Features!C3: Image file: 'images/pliers.png' is not one of the product's images",
            "Features!B4: Number: 0 is not a whole number of 1 or more",
            "Features!D5: Region: give all four of x, y, width and height, or none",
            "Features!J6: Title: feature 4 needs a title in 'en', the default language.",
            "Alerts!C2: Issued: '1st of July' is not a date; write it as YYYY-MM-DD",
            "Alerts!B3: Alert id: 'Alert 1' is not a valid id",
            "Contacts!H2: a value in a column without a heading",
            "Tips!D2: Text: TRUE or FALSE is not a value here; type it as text.",
        ],
    ),
    "publisher": (
        {"Publisher!B4": "english", "Publisher!B3": None, "Brands!A1": "Brand"},
        [
            "Publisher!B4: Default language: 'english' is not a language code",
            "Publisher!B3: Publisher name is required",
            "Brands!A1: unknown column 'Brand'",
            "Brands!A1: missing column(s) Brand id; copy the heading row from a fresh template",
        ],
    ),
}


@pytest.mark.parametrize("group", MISTAKES)
def test_each_mistake_is_named_at_its_cell_and_nothing_is_written(book, tmp_path, group):
    changes, expected = MISTAKES[group]
    fill(book, changes)
    problems = refused(book, tmp_path)
    for text in expected:
        assert any(text in problem for problem in problems), (text, problems)
    assert all(problem.startswith("products.xlsx:") for problem in problems)
    assert "Traceback" not in "".join(problems)


def test_a_barcode_that_excel_stored_as_a_float(book, tmp_path):
    fill(book, {"Products!F2": 999999})
    products = "xl/worksheets/sheet5.xml"  # Read me, Publisher, Brands, Contacts, Products
    with zipfile.ZipFile(book) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    assert b"<v>999999</v>" in members[products]
    members[products] = members[products].replace(b"<v>999999</v>", b"<v>4.00638E+12</v>")
    with zipfile.ZipFile(book, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    problems = refused(book, tmp_path)
    assert problems == [
        "products.xlsx:2: Products!F2: GTINs (barcodes): Excel stored 4.00638e+12 as a number "
        "and may have changed its digits; format the GTINs (barcodes) column as Text and type "
        "the codes again."
    ]


def test_merged_cells_missing_and_unknown_sheets(book, tmp_path):
    wb = load_workbook(book)
    wb["Texts"].merge_cells("C2:D2")
    del wb["Images"]
    wb.create_sheet("Feature")
    wb.save(book)
    problems = refused(book, tmp_path)
    assert any("Texts!C2:D2: merged cells; unmerge them" in p for p in problems), problems
    assert any("Images!A1: the workbook has no Images sheet" in p for p in problems)
    assert any("Feature!A1: unknown sheet 'Feature'" in p for p in problems)


def test_oversized_workbooks_are_refused_before_they_are_read(book, tmp_path, monkeypatch):
    from idguide.catalog.authoring import sheet_read

    fill(book, {"Tips!ZZ2": "far away"})
    assert any("Tips!ZZ1: the sheet uses 702 columns" in p for p in refused(book, tmp_path))
    monkeypatch.setattr(sheet_read, "MAX_UNPACKED_BYTES", 1000)
    assert refused(book, tmp_path) == [
        "products.xlsx: it unpacks to more than 0 MB; it is not a product workbook."
    ]


def test_a_picture_that_is_not_a_picture(book, tmp_path):
    pictures = tmp_path / "pictures"
    shutil.copytree(PICTURES, pictures)
    (pictures / "wrench.png").write_text("not a picture")
    problems = refused(book, tmp_path, pictures)
    assert any(
        "Images!B2: File name: images/wrench.png: not a readable JPEG, PNG or WEBP" in p
        for p in problems
    ), problems


def test_a_link_out_of_the_pictures_folder_is_refused(book, tmp_path):
    pictures = tmp_path / "pictures"
    pictures.mkdir()
    (pictures / "wrench.png").symlink_to(PICTURES / "wrench.png")
    problems = refused(book, tmp_path, pictures)
    assert any("Images!B2: File name: 'wrench.png' points outside" in p for p in problems)


@pytest.mark.parametrize(
    "content",
    [b"", b"random bytes, not a workbook", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500)],
    ids=["empty", "text", "old-xls"],
)
def test_a_file_that_is_not_a_workbook(tmp_path, content):
    path = tmp_path / "products.xlsx"
    path.write_bytes(content)
    problems = refused(path, tmp_path)
    assert problems == [
        "products.xlsx: not an Excel workbook (.xlsx); open it in Excel or LibreOffice and use "
        "Save As > Excel Workbook (.xlsx)."
    ]


def test_a_zip_that_is_not_a_workbook(tmp_path):
    path = tmp_path / "products.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hello.txt", "hi")
    problems = refused(path, tmp_path)
    assert "not an Excel workbook (.xlsx)" in problems[0]


def test_a_non_empty_output_folder_is_kept_unless_forced(book, tmp_path):
    out = tmp_path / "src"
    out.mkdir()
    (out / "notes.txt").write_text("mine")
    with pytest.raises(SourceError, match="not empty; give a new folder, or --force"):
        convert(book, out)
    assert [p.name for p in out.iterdir()] == ["notes.txt"]
    convert(book, out, replace=True)
    assert sorted(p.name for p in out.iterdir()) == ["images", "products", "publisher.yaml"]


def test_cancelling_leaves_nothing_behind(book, tmp_path):
    def cancel(done, total, label):
        if done:
            raise Interrupted()

    with pytest.raises(Interrupted):
        convert(book, tmp_path / "src", progress=cancel)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["products.xlsx"]


cell_values = st.one_of(
    st.none(),
    st.text(max_size=30),
    st.integers(-(10**15), 10**15),
    st.floats(allow_nan=False),
    st.booleans(),
    st.dates(),
)
cells = st.sampled_from(
    ["Publisher!B2", "Publisher!B4", "Brands!A2", "Products!A2", "Products!B2", "Products!F2",
     "Texts!A2", "Texts!B2", "Images!B2", "Images!C2", "Features!B2", "Features!D2",
     "Features!C2", "Alerts!C2", "Indicators!B2", "Tips!B2", "Products!A1", "Texts!Z9"]
)  # fmt: skip


@settings(
    max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(changes=st.dictionaries(cells, cell_values, max_size=3))
def test_any_cell_values_give_a_source_or_problems_never_a_crash(tmp_path, template_bytes, changes):
    work = tmp_path / f"run{len(os.listdir(tmp_path))}"
    work.mkdir()
    path = work / "products.xlsx"
    path.write_bytes(template_bytes)
    try:
        fill(path, changes)
    except (IllegalCharacterError, ValueError):
        return  # openpyxl itself will not write such a value
    try:
        convert(path, work / "src")
    except SourceError as exc:
        assert exc.problems and not (work / "src").exists()
    else:
        assert check_source(work / "src")[1] == []


# The command line.


def test_cli_template_then_from_sheet(tmp_path, capsys):
    xlsx, out = tmp_path / "products.xlsx", tmp_path / "src"
    code, text, _ = run_cli(capsys, "bundle", "template", "-o", str(xlsx))
    assert code == 0 and "idguide bundle from-sheet" in text
    code, _, err = run_cli(capsys, "bundle", "template", "-o", str(xlsx))
    assert code == 1 and "already exists" in err
    fill(xlsx, OWN)
    argv = ["bundle", "from-sheet", str(xlsx), "--images", str(PICTURES), "-o", str(out)]
    code, text, _ = run_cli(capsys, *argv)
    assert (code, text) == (0, f"Wrote 1 product to {out}; no problems.\n")
    code, _, err = run_cli(capsys, *argv)
    assert code == 1 and "not empty; give a new folder, or --force" in err
    assert run_cli(capsys, *argv, "--force")[0] == 0
    fill(xlsx, {"Products!C2": "acme"})
    code, text, _ = run_cli(capsys, *argv, "--force", "--json")
    assert code == 1
    assert json.loads(text)[0] == {
        "file": "products.xlsx",
        "field": "Products!C2",
        "line": 2,
        "message": "Brand id: 'acme' is not one of the publisher's brands (holmvik).",
    }
    assert check_source(out)[1] == []  # the earlier folder is still there, untouched
