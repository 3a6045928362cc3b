"""Reading codes in photos: every kind of code an officer meets, clean and spoiled pictures,
and pictures that are not pictures. Every picture here is 2 megapixels or less."""

from __future__ import annotations

import io
import math
import struct
import zlib

import pytest
from PIL import Image
from scan_pictures import Degrade, code_image, jpeg, photo, place, png, spoil

from idguide.catalog.errors import ImageError
from idguide.catalog.scanning import MAX_CODES, interpret, read_codes

WRENCH = "036000291452"  # the sample's torque wrench (UPC-A); its alert names lot L2406-88
WRENCH_14 = "00036000291452"
GS = "\x1d"


def wrench_codes(module: int = 4) -> list:
    """The codes a wrench's box could carry: a UPC-A, a GS1 DataMatrix with lot, expiry and
    serial, and a QR code with a GS1 Digital Link."""
    return [
        code_image(WRENCH, "upca", module=module - 1),
        code_image(
            f"(01){WRENCH_14}(17)281130(10)L2406-88(21)SN0042",
            "datamatrix",
            gs1=True,
            module=module,
        ),
        code_image(f"https://nordiva.example/01/{WRENCH_14}/10/L2406-88", "qr", module=module),
    ]


def test_a_clean_photo_gives_every_code_with_what_it_holds():
    codes = read_codes(jpeg(photo(wrench_codes())))
    by_format = {code.format: code for code in codes}
    # zxing-cpp reads a UPC-A as the EAN-13 it is a case of, with a leading zero
    assert set(by_format) == {"EAN-13", "Data Matrix", "QR Code"}
    assert by_format["EAN-13"].text == f"0{WRENCH}" and not by_format["EAN-13"].gs1
    matrix = by_format["Data Matrix"]
    assert matrix.gs1 and matrix.text == f"01{WRENCH_14}1728113010L2406-88{GS}21SN0042"
    assert by_format["QR Code"].text == f"https://nordiva.example/01/{WRENCH_14}/10/L2406-88"
    for code in codes:
        scan = interpret(code.text, gs1=code.gs1)
        assert scan.gtin == WRENCH_14, scan.problem


def test_gs1_128_on_a_carton_is_read_as_gs1():
    carton = code_image(f"(01){WRENCH_14}(10)L2406-88", "code128", gs1=True, module=3)
    (code,) = read_codes(png(photo([carton], (1400, 900))))
    assert code.format == "Code 128" and code.gs1 and code.symbology_identifier == "]C1"
    assert interpret(code.text, gs1=True).lot == "L2406-88"


SPOILED = {
    "turned": Degrade(angle=33),
    "upside down": Degrade(angle=180),
    "tilted": Degrade(angle=-8, tilt=0.2),
    "small": Degrade(scale=0.6),
    "blurred": Degrade(angle=5, blur=1.5),
    "all at once": Degrade(angle=12, tilt=0.12, scale=0.8, blur=1.0),
}


@pytest.mark.parametrize("how", SPOILED, ids=list(SPOILED))
def test_a_turned_tilted_shrunk_or_blurred_photo_is_still_read(how):
    picture = photo(wrench_codes(module=5), (1600, 1200), SPOILED[how], seed=3)
    codes = read_codes(jpeg(picture, quality=85))
    scans = {code.format: interpret(code.text, gs1=code.gs1) for code in codes}
    assert {"Data Matrix", "QR Code"} <= set(scans), f"{how}: read only {sorted(scans)}"
    assert scans["Data Matrix"].lot == "L2406-88" and scans["QR Code"].lot == "L2406-88"
    assert all(scan.gtin == WRENCH_14 for scan in scans.values())


def test_where_each_code_was_found_is_given_in_the_whole_pictures_pixels():
    # 2000 pixels wide: read in a copy 1600 wide, positions given in the picture's own pixels
    codes = [code_image(f"(01){WRENCH_14}(10)L{n}", "datamatrix", gs1=True) for n in (1, 2)]
    picture, boxes = place(codes, (2000, 1000), seed=5)
    found = sorted(read_codes(png(picture)), key=lambda code: code.text)  # L1 first, as placed
    assert len(found) == 2
    for code, (left, top, right, bottom) in zip(found, boxes, strict=True):
        xs = [x for x, _ in code.position]
        ys = [y for _, y in code.position]
        assert left - 4 <= min(xs) and max(xs) <= right + 4, (code.position, (left, right))
        assert top - 4 <= min(ys) and max(ys) <= bottom + 4, (code.position, (top, bottom))


@pytest.mark.parametrize("angle", [35, 45, 135])
def test_a_barcode_photographed_at_a_slant_is_read_and_placed(angle):
    # zxing-cpp reads barcodes along pixel rows and columns; at 35-55 degrees it needs help
    upc = code_image(WRENCH, "upca", module=4)
    picture, [(left, top, right, bottom)] = place([upc], (1600, 1200), seed=4)
    (code,) = read_codes(jpeg(spoil(picture, Degrade(angle=angle, blur=1.0))))
    assert code.text == f"0{WRENCH}"
    # where the middle of the barcode went when the photo was turned about its centre
    turn = math.radians(angle)
    dx, dy = (left + right) / 2 - 800, (top + bottom) / 2 - 600
    x = 800 + math.cos(turn) * dx + math.sin(turn) * dy
    y = 600 - math.sin(turn) * dx + math.cos(turn) * dy
    middle_x = sum(px for px, _ in code.position) / 4
    middle_y = sum(py for _, py in code.position) / 4
    assert abs(middle_x - x) < 40 and abs(middle_y - y) < 40, (code.position, (x, y))


def test_a_code_too_small_for_the_quick_look_is_found_in_the_whole_picture():
    tiny = code_image(f"(01){WRENCH_14}(10)L2406-88", "datamatrix", gs1=True, module=2)
    (code,) = read_codes(png(photo([tiny], (2000, 1000), seed=2)))
    assert interpret(code.text, gs1=code.gs1).lot == "L2406-88"


def test_a_photo_with_no_code_gives_an_empty_list(tmp_path):
    path = tmp_path / "wall.jpg"
    path.write_bytes(jpeg(photo([], (800, 600))))
    assert read_codes(path) == []
    assert read_codes(str(path)) == []


def test_500_codes_in_one_picture_give_a_capped_list_quickly():
    picture = sheet_of_codes(500)
    assert picture.width * picture.height <= 2_000_000
    codes = read_codes(png(picture))
    assert len(codes) == MAX_CODES
    assert len({code.text for code in codes}) == MAX_CODES


def sheet_of_codes(count: int):
    from PIL import Image

    tiles = [
        code_image(f"(01){WRENCH_14}(21)S{n:03}", "datamatrix", gs1=True, module=2)
        for n in range(count)
    ]
    columns = 25
    width, height = tiles[0].width + 6, tiles[0].height + 6
    sheet = Image.new("L", (columns * width, -(-count // columns) * height), 255)
    for n, tile in enumerate(tiles):
        sheet.paste(tile, ((n % columns) * width, (n // columns) * height))
    return sheet


def png_claiming(width: int, height: int) -> bytes:
    """A PNG that claims ``width`` x ``height`` pixels with almost no data: an image bomb."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    data = zlib.compress(b"\x00" * (width + 1) * 4)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", data) + chunk(b"IEND", b"")
    )


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"%PDF-1.4 an invoice, not a photo" * 20, "not a readable JPEG, PNG or WEBP picture"),
        (b"", "not a readable JPEG, PNG or WEBP picture"),
        (png_claiming(50_000, 50_000), "too large"),
        (png_claiming(9_000, 6_000), "the limit is 40 megapixels"),
    ],
    ids=["an invoice", "empty", "image bomb", "too many pixels"],
)
def test_what_is_not_a_usable_picture_gets_a_clear_message(tmp_path, data, message):
    path = tmp_path / "photo.jpg"
    path.write_bytes(data)
    with pytest.raises(ImageError, match=message) as raised:
        read_codes(path)
    assert str(path) in str(raised.value)
    with pytest.raises(ImageError, match=message):
        read_codes(data)


def test_a_huge_file_is_refused_before_it_is_read(tmp_path):
    path = tmp_path / "huge.jpg"
    with open(path, "wb") as handle:
        handle.truncate(64_000_000)  # sparse: no disk used
    with pytest.raises(ImageError, match="64 MB; a picture may be 20 MB at most"):
        read_codes(path)


def test_a_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(ImageError, match="cannot read the file"):
        read_codes(tmp_path / "gone.jpg")


def test_positions_are_in_the_photo_as_shown_upright_by_its_camera_orientation():
    # phones store a portrait photo lying on its side and say "turn me" in EXIF orientation 6
    code = code_image(f"(01){WRENCH_14}(10)L2406-88", "datamatrix", gs1=True)
    upright, [(left, top, right, bottom)] = place([code], (1200, 800), seed=6)
    stored = upright.transpose(Image.Transpose.ROTATE_90)
    exif = Image.Exif()
    exif[0x0112] = 6
    out = io.BytesIO()
    stored.save(out, "JPEG", quality=92, exif=exif)
    (found,) = read_codes(out.getvalue())
    xs = [x for x, _ in found.position]
    ys = [y for _, y in found.position]
    assert left - 4 <= min(xs) and max(xs) <= right + 4, (found.position, (left, right))
    assert top - 4 <= min(ys) and max(ys) <= bottom + 4, (found.position, (top, bottom))
