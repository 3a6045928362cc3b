"""What idguide prints and exports: HS codes written one way everywhere, photos in the PDFs at
their own size."""

from __future__ import annotations

import io
import json

import pytest
from bundle_helpers import bump, copy_source
from PIL import Image, ImageDraw, ImageFilter
from pypdf import PdfReader
from support import WRENCH, callout_numbers, install_folder, run_cli

from idguide.catalog import open_catalog
from idguide.catalog.codes import display_hs
from idguide.catalog.examinations import add_photo, new_examination
from idguide.catalog.examinations.export import export_examination
from idguide.catalog.training.handout import make_handout


@pytest.fixture
def catalog(sample_copy):
    return sample_copy


def pdf_text(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


# -- HS codes --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("stored", "printed"),
    [
        ("8204", "8204"),
        ("820411", "8204.11"),
        ("85171300", "8517.13.00"),
        ("9102210000", "9102.21.00.00"),
    ],
)
def test_an_hs_code_is_printed_as_declarations_print_it(stored, printed):
    assert display_hs(stored) == printed


def test_hs_codes_read_the_same_in_the_command_line_and_the_pdfs(catalog, tmp_path, capsys):
    path = str(catalog.path)
    _, out, _ = run_cli(capsys, "--catalog", path, "show", WRENCH)
    assert "HS codes: 8204.11" in out and "820411" not in out
    _, out, _ = run_cli(capsys, "--catalog", path, "show", WRENCH, "--json")
    assert json.loads(out)["hs_codes"] == ["820411"]  # the machine form stays as it was
    text = pdf_text(make_handout(catalog, [WRENCH], tmp_path / "h.pdf"))
    assert "8204.11" in text and "820411" not in text


# -- photos in the verification request ----------------------------------------------------------


def photo(width: int, height: int) -> bytes:
    """A photo-like JPEG: noise that a JPEG encoder cannot squeeze much, as a real photo."""
    picture = Image.effect_noise((width, height), 50).convert("RGB")
    ImageDraw.Draw(picture).rectangle((10, 10, width // 3, height // 3), fill=(200, 40, 40))
    picture = picture.filter(ImageFilter.GaussianBlur(0.8))
    out = io.BytesIO()
    picture.save(out, format="JPEG", quality=90)
    return out.getvalue()


def exported_pdf_bytes(catalog, tmp_path, photos: list[bytes], name: str) -> int:
    exam = new_examination(catalog, WRENCH, case_ref="PDF-SIZE")
    for data in photos:
        add_photo(catalog, exam.id, data)
    pdf, _ = export_examination(catalog, exam.id, tmp_path / name)
    return pdf.stat().st_size


def test_a_jpeg_photo_goes_into_the_request_pdf_at_its_own_size(catalog, tmp_path):
    data = photo(1200, 900)
    without = exported_pdf_bytes(catalog, tmp_path, [], "none")
    stored = add_photo(catalog, new_examination(catalog, WRENCH).id, data)
    with_photo = exported_pdf_bytes(catalog, tmp_path, [data], "one")
    # The PDF grows by the photo's own bytes (a little framing), not by its raw pixels.
    assert with_photo - without < stored.size * 1.05 + 4_000
    assert stored.size > 150_000  # the photo is the size of a real one: the check means something


def test_a_large_photo_is_scaled_down_to_print_resolution(catalog, tmp_path):
    data = photo(2400, 1800)
    exam = new_examination(catalog, WRENCH)
    stored = add_photo(catalog, exam.id, data)
    pdf, _ = export_examination(catalog, exam.id, tmp_path / "out")
    images = [image for page in PdfReader(pdf).pages for image in page.images]
    assert len(images) == 1
    embedded = images[0].image
    assert max(embedded.size) <= 1400  # sharp at the printed width of 18 cm, no more
    assert images[0].name.endswith(".jpg")  # kept a JPEG (DCT) in the PDF
    assert pdf.stat().st_size < stored.size / 2


# -- photos in the handout ------------------------------------------------------------------------


def test_a_handout_prints_a_jpeg_photo_as_it_is_under_its_call_outs(tmp_path):
    """The call-outs are drawn over the picture as PDF vectors and text, so a photo is not
    encoded again to carry them: its own JPEG bytes go in, and its numbers can still be read."""
    src = copy_source(tmp_path)
    data = photo(1200, 900)
    (src / "images" / "wrench.jpg").write_bytes(data)
    bump(src, "wrench.yaml", "images/wrench.png", "images/wrench.jpg")  # the picture, its features
    with open_catalog(tmp_path / "catalog.db") as catalog:
        install_folder(catalog, src)
        out = make_handout(catalog, [WRENCH], tmp_path / "h.pdf")
    jpegs = [i for page in PdfReader(out).pages for i in page.images if i.name.endswith(".jpg")]
    assert [jpeg.image.size for jpeg in jpegs] == [(1200, 900)]
    assert data in out.read_bytes()  # byte for byte: not decoded and encoded again
    assert sorted(callout_numbers(out)) == ["1", "2"]
