"""`bundle check`: every mistake an author can make is named with its file, field, line and fix.

Each test copies the sample publisher, breaks one thing the way an author would, and checks
the problem reported for it.
"""

from __future__ import annotations

import json

import pytest
from PIL import Image as PILImage
from support import copy_sample, run_cli

from idguide.catalog import images
from idguide.catalog.authoring.source import check_source

WRENCH = "products/wrench.yaml"
PLIERS = "products/pliers.yaml"


@pytest.fixture
def src(tmp_path):
    return copy_sample(tmp_path, "nordhaven")


def edit(src, name, old, new):
    path = src / name
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def line_of(src, name, text):
    lines = (src / name).read_text(encoding="utf-8").splitlines()
    return next(number for number, line in enumerate(lines, 1) if text in line)


def only_problem(src):
    _, problems = check_source(src)
    assert len(problems) == 1, problems
    return problems[0]


def test_the_sample_has_no_problems(src):
    found, problems = check_source(src)
    assert problems == []
    assert found is not None and len(found.products) == 2


def test_missing_image(src):
    (src / "images/wrench-fake.png").unlink()
    problem = only_problem(src)
    assert (problem.file, problem.field) == (WRENCH, "images[1].file")
    assert problem.line == line_of(src, WRENCH, "wrench-fake.png")
    assert "no such image file 'images/wrench-fake.png'" in problem.message
    assert "put the picture there or correct the file name" in problem.message


def test_region_outside_the_image(src):
    edit(src, PLIERS, "region: [0.1, 0.1, 0.5, 0.5]", "region: [0.7, 0.1, 0.5, 0.5]")
    problem = only_problem(src)
    assert (problem.file, problem.field) == (PLIERS, "features[0].region")
    assert problem.line == line_of(src, PLIERS, "region:")
    assert "x + width and y + height must not exceed 1" in problem.message


def test_bad_gtin_check_digit(src):
    edit(src, WRENCH, '"036000291452"', '"036000291453"')
    problem = only_problem(src)
    assert (problem.file, problem.field) == (WRENCH, "gtins[0]")
    assert problem.line == line_of(src, WRENCH, "gtins:")
    assert "wrong check digit (the last digit should be 2)" in problem.message
    assert "copy the number exactly as printed" in problem.message


def test_unknown_category(src):
    edit(src, PLIERS, "category: hand-tools", "category: handtools")
    problem = only_problem(src)
    assert (problem.file, problem.field, problem.line) == (PLIERS, "category", 3)
    assert "unknown category 'handtools'; did you mean 'hand-tools'?" in problem.message
    assert "cosmetics" in problem.message  # the valid ids are listed


def test_duplicate_product_id(src):
    text = (src / PLIERS).read_text(encoding="utf-8")
    (src / "products/pliers-copy.yaml").write_text(text, encoding="utf-8")
    problem = only_problem(src)
    assert (problem.file, problem.field, problem.line) == (PLIERS, "id", 1)
    assert "duplicate product id 'nordiva-pliers-p8'" in problem.message
    assert "products/pliers-copy.yaml" in problem.message
    assert "give each product its own id" in problem.message


def test_missing_name_in_the_default_language(src):
    edit(src, PLIERS, "  en: {name: Combination pliers P-8,", "  en: {")
    problem = only_problem(src)
    assert (problem.file, problem.field) == (PLIERS, "text.en.name")
    assert problem.line == line_of(src, PLIERS, "text:")
    assert "needs a name in the publisher's default language (en)" in problem.message
    assert "add it under text: en: name:" in problem.message


def test_missing_feature_title_in_the_default_language(src):
    edit(src, PLIERS, "en: {title: Grip moulding,", "fr: {title: Moulage,")
    problem = only_problem(src)
    assert (problem.file, problem.field) == (PLIERS, "features[0].text.en.title")
    assert problem.line == line_of(src, PLIERS, "    text:")
    assert "add it under text: en: title:" in problem.message


def test_image_file_too_large(src, monkeypatch):
    monkeypatch.setattr(images, "MAX_BYTES", 200)
    problem = only_problem_for(src, PLIERS)
    assert problem.field == "images[0].file"
    assert problem.line == line_of(src, PLIERS, "file: images/pliers.png")
    assert "the limit is" in problem.message and "Save it smaller" in problem.message


def test_image_with_too_many_pixels(src):
    PILImage.new("1", (8000, 6000)).save(src / "images/pliers.png")
    problem = only_problem(src)
    assert (problem.file, problem.field) == (PLIERS, "images[0].file")
    assert "8000x6000 pixels; the limit is 40 megapixels" in problem.message
    assert "Save it smaller" in problem.message


@pytest.mark.parametrize("content", ["gif", "text"])
def test_image_that_is_not_jpeg_png_or_webp(src, content):
    target = src / "images/pliers.png"
    if content == "gif":
        PILImage.new("RGB", (20, 20)).save(target, format="GIF")
    else:
        target.write_text("not a picture")
    problem = only_problem(src)
    assert (problem.file, problem.field) == (PLIERS, "images[0].file")
    assert "not a readable JPEG, PNG or WEBP picture" in problem.message
    assert "Save it as a JPEG, PNG or WEBP picture" in problem.message


def test_image_outside_the_folder_is_refused(src):
    edit(src, PLIERS, "file: images/pliers.png", "file: ../../../etc/passwd")
    _, problems = check_source(src)
    assert any(
        p.field == "images[0].file" and "inside the publisher's folder" in p.message
        for p in problems
    )


def test_a_misspelt_field_is_not_silently_dropped(src):
    edit(src, PLIERS, "models: [P-8]", "modles: [P-8]")
    problem = only_problem(src)
    assert (problem.file, problem.field, problem.line) == (PLIERS, "modles", 4)
    assert "unknown field; did you mean 'models'?" in problem.message


def test_a_folder_that_is_not_a_source(tmp_path):
    problem = only_problem(tmp_path)
    assert "no publisher.yaml in this folder" in problem.message
    problem = only_problem(tmp_path / "missing")
    assert "no such folder" in problem.message


def only_problem_for(src, name):
    _, problems = check_source(src)
    mine = [p for p in problems if p.file == name]
    assert len(mine) == 1, problems
    return mine[0]


# The command line.


def test_cli_check_json_lists_each_problem(src, capsys):
    edit(src, PLIERS, "category: hand-tools", "category: handtools")
    (src / "images/wrench-fake.png").unlink()
    code, out, _ = run_cli(capsys, "bundle", "check", str(src), "--json")
    assert code == 1
    problems = json.loads(out)
    assert [(p["file"], p["field"]) for p in problems] == [
        (PLIERS, "category"),
        (WRENCH, "images[1].file"),
    ]
    assert problems[0]["line"] == 3 and "did you mean" in problems[0]["message"]


def test_cli_check_prints_file_line_field_message(src, capsys):
    edit(src, PLIERS, "category: hand-tools", "category: handtools")
    code, out, err = run_cli(capsys, "bundle", "check", str(src))
    assert code == 1
    assert out.startswith(f"{src.as_posix()}/{PLIERS}:3: category: unknown category")
    assert "1 problem found." in err


def test_cli_check_of_a_clean_folder(src, capsys):
    code, out, _ = run_cli(capsys, "bundle", "check", str(src))
    assert (code, out) == (0, "No problems found in 2 products.\n")
    code, out, _ = run_cli(capsys, "bundle", "check", str(src), "--json")
    assert (code, json.loads(out)) == (0, [])


def test_a_picture_or_brand_listed_twice(src):
    edit(src, PLIERS, "  - {file: images/pliers.png}", "  - {file: images/pliers.png}\n" * 2)
    edit(
        src,
        "publisher.yaml",
        "  - {id: nordiva, name: Nordiva}",
        "  - {id: nordiva, name: N}\n" * 2,
    )
    _, problems = check_source(src)
    assert [(p.file, p.field, p.line) for p in problems] == [
        ("publisher.yaml", "brands[1].id", 7),
        (PLIERS, "images[1].file", 10),
    ]
    assert "listed twice; list each brand once" in problems[0].message
    assert "'images/pliers.png' is listed twice; list each picture once" in problems[1].message
