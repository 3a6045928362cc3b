"""Each rule in one place: the size limit of a picture, the id and language-code patterns and the
search query's length are each one constant of the core, and the core, the command line and the
app say the same thing about them."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from PIL import Image
from support import SAMPLE, WRENCH, copy_sample

from idguide.catalog import ImageError, SourceError, get_publisher, images, open_catalog
from idguide.catalog.authoring.sheet import sheet_to_source, write_template
from idguide.catalog.authoring.source import check_source
from idguide.catalog.bundles import entries, trust_add
from idguide.catalog.bundles.errors import EntryError, TrustError
from idguide.catalog.examinations import exams
from idguide.catalog.finding.request import MAX_QUERY_CHARS, QueryTooLongError
from idguide.catalog.finding.results import count, search
from idguide.catalog.training import workshops
from idguide.cli import main
from idguide.ui.officer import compare
from idguide.ui.settings import Settings


def refusals(catalog, tmp_path: Path, picture: bytes | None = None, size: int = 0) -> list[str]:
    """What an examination, the compare view and a publisher's source folder say about the same
    picture file (``picture``, or a file of ``size`` bytes), each without the file's name."""
    src = copy_sample(tmp_path, "nordhaven")
    target = src / "images" / "pliers.png"
    if picture is None:
        target.write_bytes(b"")
        with open(target, "r+b") as file:
            file.truncate(size)  # sparse: no 20 MB are written
    else:
        target.write_bytes(picture)
    exam = exams.new_examination(catalog, WRENCH)
    messages = []
    with pytest.raises(ImageError) as exam_refusal:
        exams.add_photo(catalog, exam.id, target)
    messages.append(str(exam_refusal.value))
    with pytest.raises(ImageError) as compare_refusal:
        compare.load_photo(None, str(target))
    messages.append(str(compare_refusal.value))
    _, problems = check_source(src)
    messages += [problem.message for problem in problems if problem.field == "images[0].file"]
    assert len(messages) == 3, problems
    return [message.split(": ", 1)[1] for message in messages]


def test_a_picture_over_the_limit_gets_the_same_message_everywhere(sample_copy, tmp_path):
    said = refusals(sample_copy, tmp_path, size=images.MAX_BYTES + 1)
    assert said[0] == said[1] == said[2]
    assert said[0].startswith("the picture is 20.1 MB; the limit is 20 MB. Save it smaller")


def test_the_limit_everyone_names_is_the_one_constant(sample_copy, tmp_path, monkeypatch):
    picture = tmp_path / "noise.png"
    Image.effect_noise((800, 800), 90).convert("RGB").save(picture)
    assert 1024**2 < picture.stat().st_size < images.MAX_BYTES
    monkeypatch.setattr(images, "MAX_BYTES", 1024**2)
    said = refusals(sample_copy, tmp_path, picture.read_bytes())
    assert all("; the limit is 1 MB. Save it smaller" in message for message in said), said


def test_a_workbook_picture_over_the_limit_gets_the_same_message(tmp_path):
    pictures = tmp_path / "pictures"
    shutil.copytree(SAMPLE / "nordhaven" / "images", pictures)
    with open(pictures / "wrench.png", "r+b") as file:
        file.truncate(images.MAX_BYTES + 1)
    book = tmp_path / "products.xlsx"
    write_template(book)  # its example rows use wrench.png
    with pytest.raises(SourceError) as refused:
        sheet_to_source(book, pictures, tmp_path / "src")
    problems = [str(problem) for problem in refused.value.problems]
    said = "the picture is 20.1 MB; the limit is 20 MB. Save it smaller"
    assert any(f"Images!B2: File name: wrench.png: {said}" in p for p in problems), problems


def test_the_workbook_help_and_the_format_page_name_the_limit():
    from idguide.catalog.authoring.sheet_layout import SHEETS

    help_text = " ".join(column.help for sheet in SHEETS for column in sheet.columns)
    assert f"at most {images.size_limit()}" in help_text
    page = (Path(__file__).parents[1] / "docs" / "bundle-format.md").read_text("utf-8")
    assert f"40 megapixels and {images.size_limit()}" in page


# -- ids and language codes -------------------------------------------------------------------


def test_a_language_code_bundles_refuse_is_refused_in_the_source(tmp_path):
    """The source check once let "fr" with a line break through (its pattern ended in ``$``),
    and the bundle built from it was then refused at import."""
    src = copy_sample(tmp_path, "nordhaven")
    pliers = src / "products" / "pliers.yaml"
    pliers.write_text(pliers.read_text("utf-8").replace("  fr: {name:", '  "fr\\n": {name:'))
    _, problems = check_source(src)
    assert [(p.field, p.message) for p in problems] == [
        (
            "text",
            "'fr\\n' is not a language code such as en, es, fr, pt; did you mean 'fr' (French)?",
        )
    ]


@pytest.mark.parametrize(
    ("value", "valid"),
    [("acme-tools", True), ("a" * 80, True), ("Acme", False), ("a" * 81, False), ("x\n", False)],
)
def test_the_trust_store_and_the_bundle_reader_take_the_same_ids(sample_copy, value, valid):
    key = Ed25519PrivateKey.generate().public_key()
    try:
        trust_add(sample_copy, key, value, all_brands=True)
        trusted = True
    except TrustError:
        trusted = False
    assert trusted == valid
    publisher = entries.publisher_json(get_publisher(sample_copy, "nordhaven"))
    try:
        entries.read_publisher({**publisher, "id": value}, "publisher.json")
        read = True
    except EntryError:
        read = False
    assert read == valid


def test_a_workshop_file_may_still_name_products_by_wider_ids(sample_copy, tmp_path):
    """Workshop files name products more loosely than bundles do: ids such a file holds must
    still import (listed as missing here), as they did before the rules were gathered."""
    path = tmp_path / "set.idgw"
    items = [{"product_id": pid} for pid in (WRENCH, "ACME_Tool.v2", "x" * 200)]
    document = {"format": "idguide-workshop", "format_version": 1, "title": "T", "items": items}
    path.write_text(json.dumps(document), "utf-8")
    imported = workshops.import_workshop(sample_copy, path)
    assert [item.product_id for item in imported.missing] == ["ACME_Tool.v2", "x" * 200]


# -- the search query -------------------------------------------------------------------------

UNDER = ("nordiva torque wrench " * 100)[:1_999]  # a long scan or paste, still searched
OVER = "x" * (MAX_QUERY_CHARS + 1)


def test_the_core_searches_a_long_query_and_refuses_one_over_the_limit(sample_copy):
    assert len(UNDER) == 1_999 and MAX_QUERY_CHARS == 2_000
    search(sample_copy, UNDER)
    count(sample_copy, UNDER)
    for ask in (search, count):
        with pytest.raises(QueryTooLongError) as refused:
            ask(sample_copy, OVER)
        assert str(refused.value) == (
            "The search text is 2,001 characters long; the limit is 2,000. Search for part of "
            "it, e.g. the barcode's digits or a product name."
        )


def test_filters_mean_the_same_however_they_are_written(sample_copy):
    """A blank filter is no filter; spaces around a value and a capital language code do not
    change it; search and its counts read the filters the same way."""
    clean = {"category": "hand-tools", "brand": "Nordiva", "lang": "fr"}
    loose = {"category": " hand-tools ", "brand": " Nordiva", "lang": "FR "}
    found = [row.id for row in search(sample_copy, "pince", **clean).rows]
    assert found and found == [row.id for row in search(sample_copy, "pince", **loose).rows]
    assert count(sample_copy, "pince", **clean) == count(sample_copy, "pince", **loose)
    blank = {"category": "", "brand": "  ", "lang": None}
    assert search(sample_copy, "nordiva", **blank) == search(sample_copy, "nordiva")
    assert count(sample_copy, "nordiva", **blank) == count(sample_copy, "nordiva")


def test_the_command_line_says_what_the_core_says(sample_catalog, capsys):
    assert main(["--catalog", str(sample_catalog), "search", UNDER]) == 0
    capsys.readouterr()
    assert main(["--catalog", str(sample_catalog), "search", OVER]) == 1
    with open_catalog(sample_catalog) as catalog, pytest.raises(QueryTooLongError) as core:
        search(catalog, OVER)
    assert capsys.readouterr().err == f"idguide: {core.value}\n"


def test_the_search_box_holds_what_the_core_searches(qtbot, window, ui_errors):
    box = window.search_box
    assert box.maxLength() == MAX_QUERY_CHARS
    box.insert(OVER)  # as a paste or a scanner would
    assert box.text() == OVER[:MAX_QUERY_CHARS]
    box.clear()
    box.insert(UNDER)
    qtbot.waitUntil(lambda: window.search.is_current() and window.worker.pending == 0)
    assert window.search.text == UNDER  # searched, and no error shown (ui_errors is empty)


def test_a_long_search_is_kept_whole_among_the_recent_ones(qapp):
    assert Settings().add_recent_search(UNDER)[0] == UNDER
    assert Settings().recent_searches[0] == UNDER
