"""Handouts: printable product sheets that open, read right and stay on the page."""

from __future__ import annotations

import re

import pytest
import yaml
from pypdf import PdfReader
from support import CREME, PLIERS, WRENCH, copy_sample, install_folder, run_cli

from idguide.catalog import IdguideError, NotFoundError
from idguide.catalog.training.handout import make_handout


@pytest.fixture
def catalog(sample_copy):
    return sample_copy


def read(path):
    reader = PdfReader(path)
    return reader, "\n".join(page.extract_text() for page in reader.pages)


def test_a_handout_has_each_product_with_its_features_and_provenance(catalog, tmp_path):
    out = make_handout(catalog, [WRENCH, CREME, PLIERS], tmp_path / "h.pdf")
    reader, text = read(out)
    assert len(reader.pages) >= 3
    for words in (
        "Nordiva Torque wrench TW-200",
        "Crèmelia Crème de rosa Ação",  # accents in the entry's own language
        "Selo holográfico",
        "Authentication features",
        "Genuine",
        "Counterfeit",
        "Sharp etched marks.",
        "Printed marks rub off.",
        "Declared under EUR 20.",
        "Fake batch L2406-88",
        "protect@nordhaven.example",
        "Nordhaven Tools AB",
        "test-nordhaven-1",
    ):
        assert words in text, words
    order = [text.index(name) for name in ("Torque wrench", "Crème de rosa", "Combination pliers")]
    assert order == sorted(order)
    assert b"/FontFile2" in out.read_bytes()  # the font travels with the file
    assert "DEMO" not in text
    assert sum(len(page.images) for page in reader.pages) >= 3  # a picture of each product
    # when the bundle was published, as an English reader writes the day (babel)
    assert re.search(r"Published [A-Z][a-z]{2} \d{1,2}, \d{4}\n", text)


def test_paper_size_and_language(catalog, tmp_path):
    letter = make_handout(catalog, [WRENCH], tmp_path / "l.pdf", paper="letter", lang="es")
    reader, text = read(letter)
    assert round(float(reader.pages[0].mediabox.width)) == 612
    assert "Llave dinamométrica TW-200" in text and "Falsificación" in text
    assert "Base line" in text  # untranslated text falls back to the default language
    a4 = make_handout(catalog, [CREME], tmp_path / "a.pdf", lang="fr")
    reader, text = read(a4)
    assert round(float(reader.pages[0].mediabox.width)) == 595
    assert "Contrefaçon" in text and "Crème de rosa Ação" in text


def test_demo_and_withdrawn_entries_are_marked(catalog, tmp_path):
    with catalog.transaction() as conn:
        conn.execute("UPDATE publishers SET demo = 1 WHERE id = 'cremelia'")
        conn.execute("UPDATE products SET withdrawn = 1 WHERE id = ?", (PLIERS,))
    _, text = read(make_handout(catalog, [CREME, PLIERS], tmp_path / "h.pdf"))
    assert "DEMO: fictional content" in text
    assert "WITHDRAWN by its publisher" in text


def test_long_and_hostile_texts_wrap_and_stay_on_the_page(catalog, tmp_path):
    folder = copy_sample(tmp_path, "cremelia")
    path = folder / "products" / "creme.yaml"
    entry = yaml.safe_load(path.read_text())
    entry["revision"] = 2
    long_word = "Ação" * 80  # one 320-letter "word"
    entry["text"]["pt"]["description"] = ("Texto muito longo com acentuação. " * 200) + long_word
    path.write_text(yaml.safe_dump(entry, allow_unicode=True))
    install_folder(catalog, folder, sequence=2)
    with catalog.transaction() as conn:  # hostile text from before the rule (cleantext)
        conn.execute(
            "UPDATE translations SET text = ? WHERE product_id = ? AND part = ?",
            ("Brilha \u202eevil\u202c sob UV.\x07 " * 120, CREME, "feature/1/genuine"),
        )

    reader, text = read(make_handout(catalog, [CREME], tmp_path / "long.pdf"))
    assert len(reader.pages) >= 3
    assert "\u202e" not in text and "\x07" not in text
    width, height = (float(v) for v in reader.pages[0].mediabox.upper_right)
    for page in reader.pages:
        spots: list[tuple[float, float]] = []

        def visit(text, cm, tm, font, size, spots=spots):
            if text.strip():
                spots.append((tm[4] * cm[0] + cm[4], tm[5] * cm[3] + cm[5]))

        page.extract_text(visitor_text=visit)
        assert spots
        for x, y in spots:
            assert 0 <= x < width - 30 and 20 < y <= height, (x, y)


def test_unknown_products_and_paper_are_refused_writing_nothing(catalog, tmp_path):
    with pytest.raises(NotFoundError, match="no-such"):
        make_handout(catalog, [WRENCH, "no-such"], tmp_path / "h.pdf")
    with pytest.raises(IdguideError, match="paper"):
        make_handout(catalog, [WRENCH], tmp_path / "h.pdf", paper="a3")
    with pytest.raises(IdguideError, match="at least one"):
        make_handout(catalog, [], tmp_path / "h.pdf")
    assert not list(tmp_path.glob("h.pdf*"))


def test_handout_command(catalog, tmp_path, capsys):
    out = tmp_path / "sheets.pdf"
    args = ["--catalog", catalog.path, "handout", WRENCH, CREME, "-o", out]
    assert run_cli(capsys, *args, "--paper", "letter", "--lang", "pt")[0] == 0
    assert "Crème de rosa Ação" in read(out)[1]
    code, _, err = run_cli(capsys, "--catalog", catalog.path, "handout", "nope", "-o", out)
    assert code == 1 and "No product with id 'nope'" in err
