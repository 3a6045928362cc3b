"""Each rule in one place: the size limit of a picture, the id and language-code patterns and the
search query's length are each one constant of the core, and the core, the command line and the
app say the same thing about them."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image
from support import WRENCH, copy_sample

from idguide.catalog import ImageError, images
from idguide.catalog.authoring.source import check_source
from idguide.catalog.examinations import exams
from idguide.ui.officer import compare


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


def test_the_workbook_help_and_the_format_page_name_the_limit():
    from idguide.catalog.authoring.sheet_layout import SHEETS

    help_text = " ".join(column.help for sheet in SHEETS for column in sheet.columns)
    assert f"at most {images.size_limit()}" in help_text
    page = (Path(__file__).parents[1] / "docs" / "bundle-format.md").read_text("utf-8")
    assert f"40 megapixels and {images.size_limit()}" in page
