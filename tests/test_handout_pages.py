"""Handout pagination: a product's heading, a table row and a label with its value stay together,
a section's heading stays with what it heads, and no page carries only a line or two, or only
the footer.

One handout holds the same product many times, each with a description a few lines longer than
the last, so that the page's end falls at every place of the sheet in turn.
"""

from __future__ import annotations

import pytest
import yaml
from pypdf import PdfReader
from support import copy_sample, install_folder

from idguide.catalog.training.handout import make_handout

VARIANTS = range(0, 56)  # the description's length in lines: the end of a page sweeps them
MODELS = [f"TW-{n:03d}-EU" for n in range(40)]  # a value that wraps over several lines
LONG = "Nordhaven Tools AB, " + "Division of Professional Torque Instruments and Calibration, " * 3


@pytest.fixture(scope="module")
def pages(tmp_path_factory, sample_template):
    tmp = tmp_path_factory.mktemp("pages")
    folder = copy_sample(tmp, "nordhaven")
    base = yaml.safe_load((folder / "products" / "wrench.yaml").read_text())
    publisher = folder / "publisher.yaml"  # a name that wraps over three lines of the Source
    publisher.write_text(publisher.read_text().replace("name: Nordhaven Tools AB", f"name: {LONG}"))
    (folder / "products" / "pliers.yaml").unlink()
    (folder / "products" / "wrench.yaml").unlink()
    for n in VARIANTS:
        entry = dict(base, id=f"nordiva-wrench-v{n:02d}", models=MODELS)
        entry["text"] = {"en": dict(base["text"]["en"], name=f"Wrench variant {n:02d}")}
        entry["text"]["en"]["description"] = "\n".join(["A line of the description."] * n)
        (folder / "products" / f"v{n:02d}.yaml").write_text(yaml.safe_dump(entry))
    from idguide.catalog import open_catalog

    with open_catalog(tmp / "catalog.db") as catalog:
        install_folder(catalog, folder)
        ids = [f"nordiva-wrench-v{n:02d}" for n in VARIANTS]
        out = make_handout(catalog, ids, tmp / "pages.pdf")
    reader = PdfReader(out)
    return [_body(page.extract_text()) for page in reader.pages]


def _body(text: str) -> list[str]:
    """The page's lines without the footer (idguide handout · date · n/N)."""
    return [line for line in text.splitlines() if line.strip() and "idguide handout" not in line]


def test_no_page_carries_only_the_footer_or_a_line_or_two(pages):
    for number, lines in enumerate(pages, 1):
        assert len(lines) >= 3, (number, lines)


def test_a_label_and_its_value_are_on_one_page(pages):
    for lines in pages:
        text = "\n".join(lines)
        if "Models" in text:
            assert MODELS[0] in text and MODELS[-1] in text, lines
        if any(line.startswith("Publisher ") for line in lines):  # the value's three lines
            assert "Calibration, Division" in text and text.count("Calibration") == 3, lines
        if any(line.startswith("Typical price") for line in lines):
            assert "EUR 89" in text, lines


@pytest.mark.parametrize(
    ("heading", "first"),
    [
        ("Alerts", "Fake batch L2406-88"),
        ("Authentication features", "Etched scale"),
        ("Counterfeit and risk indicators", "Single units in small parcels"),
        ("Tips", "Genuine cases never carry"),
        ("Verification contacts", "Brand protection"),
        ("Source", "Nordhaven Tools AB"),
        ("Source", "revision 2"),
    ],
)
def test_a_section_heading_is_on_the_page_of_what_it_heads(pages, heading, first):
    seen = 0
    for lines in pages:
        if heading in lines:
            seen += 1
            at = lines.index(heading)
            assert any(first in line for line in lines[at + 1 :]), (heading, lines)
    assert seen == len(VARIANTS)


def test_a_product_starts_on_a_page_of_its_own_and_every_sheet_is_whole(pages):
    starts = [n for n, lines in enumerate(pages) if lines[0].startswith("Nordiva Wrench variant")]
    assert len(starts) == len(VARIANTS)
    for lines in pages:
        assert sum("revision 2" in line for line in lines) <= 1
    assert sum(any("revision 2" in line for line in lines) for lines in pages) == len(VARIANTS)
