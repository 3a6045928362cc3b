"""`idguide scan`: codes typed by a scanner or found in photos, checked, with exit statuses a
script can use (0 nothing red, 2 a red check, 1 something could not be read)."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

import pytest
from scan_pictures import Degrade, code_image, jpeg, photo, png
from support import sample_catalog, snapshot

from idguide.catalog.scanning import MAX_CODES, checks
from idguide.cli import main

WRENCH = "00036000291452"  # the sample's torque wrench; an alert in force names lot L2406-88
GS = "\x1d"
RED_LOT = f"(01){WRENCH}(17)281231(10)L2406-88(21)SN0042"
OTHER_LOT = f"(01){WRENCH}(17)281231(10)L2501-01(21)SN0043"


class Day(date):
    """The day the tests run on: while the sample's alert is in force, whatever the clock says."""

    @classmethod
    def today(cls) -> date:
        return date(2026, 12, 1)


@pytest.fixture(scope="module")
def cat(tmp_path_factory: pytest.TempPathFactory) -> str:
    return str(sample_catalog(tmp_path_factory.mktemp("scan-cli")))


@pytest.fixture(autouse=True)
def fixed_day(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(checks, "date", Day)


def run(capsys, cat, *args: str) -> tuple[int, str, str]:
    code = main(["--catalog", cat, "scan", *args])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def label(lot_text: str, module: int = 5):
    return code_image(lot_text, "datamatrix", gs1=True, module=module)


def test_a_typed_digital_link_with_a_lot_in_an_alert_is_red(cat, capsys):
    code, out, err = run(capsys, cat, f"https://nordiva.example/01/{WRENCH}/10/L2406-88")
    assert code == 2 and err == ""
    assert "Product:  Nordiva Torque wrench TW-200 (nordiva-wrench-tw200)" in out
    assert "RED       Lot L2406-88 is a known counterfeit lot: alert of Jul 1, 2026" in out
    assert "Result:   RED: a known red flag." in out


def test_a_clean_code_is_green_without_calling_the_item_genuine(cat, capsys):
    code, out, _ = run(capsys, cat, OTHER_LOT)
    assert code == 0
    assert "Read:     GTIN 0036000291452 · lot L2501-01 · serial SN0043 · expiry 2028-12-31" in out
    assert "Result:   GREEN: no known red flag" in out


@pytest.mark.parametrize(
    "degrade",
    [Degrade(), Degrade(angle=-15, tilt=0.15, scale=0.8, blur=1.2)],
    ids=["clean photo", "turned, tilted, shrunk and blurred photo"],
)
def test_a_photo_is_read_and_each_code_checked(cat, capsys, tmp_path, degrade):
    upc = code_image("036000291452", "upca", module=5)  # 4 pixels a bar once shrunk: readable
    path = tmp_path / "parcel.jpg"
    path.write_bytes(jpeg(photo([upc, label(RED_LOT), label(OTHER_LOT)], degrade=degrade)))
    code, out, _ = run(capsys, cat, str(path))
    assert code == 2
    assert out.count(f"{path}, code ") == 3
    assert "(Data Matrix)" in out and "(EAN-13)" in out
    assert out.count("Lot L2406-88 is a known counterfeit lot") == 1
    assert "Lot L2501-01 is not named in any alert" in out
    assert "3 code(s): 1 red, 2 green, 0 not read" in out


def test_scans_from_standard_input_keep_their_separators(cat, capsys, monkeypatch):
    lines = f"]d201{WRENCH}10L2406-88{GS}17281231\n\n{GS}01{WRENCH}10L2501-01\n"
    monkeypatch.setattr("sys.stdin", io.StringIO(lines))
    code, out, _ = run(capsys, cat, "-")
    assert code == 2
    assert f"Code:     ]d201{WRENCH}10L2406-88<GS>17281231" in out  # the separator shown
    assert "standard input, line 3" in out and "2 code(s): 1 red, 1 green, 0 not read" in out


def test_json_gives_each_code_its_product_and_outcomes(cat, capsys, tmp_path):
    path = tmp_path / "label.png"
    path.write_bytes(png(photo([label(RED_LOT)], (900, 700))))
    code, out, _ = run(capsys, cat, "--json", str(path), "hello")
    assert code == 2
    red, unread = json.loads(out)
    assert red["code"]["format"] == "Data Matrix" and red["code"]["gs1"] is True
    assert len(red["code"]["position"]) == 4
    assert red["scan"]["lot"] == "L2406-88" and red["level"] == "red"
    assert red["products"][0]["id"] == "nordiva-wrench-tw200"
    assert [o["check"] for o in red["outcomes"]] == [
        "product",
        "lot-alert",
        "serial-alert",
        "expiry",
    ]
    assert unread["problem"].startswith("Not a GS1 code") and "level" not in unread


def test_text_forces_an_existing_file_name_to_be_read_as_text(cat, capsys, tmp_path):
    path = tmp_path / "9506000134352"
    path.write_bytes(b"not a picture")
    code, _, err = run(capsys, cat, "--text", str(path))
    assert code == 1 and "Not a GS1 code" in err  # the path, read as text, is no code
    code, _, err = run(capsys, cat, str(path))
    assert code == 1 and "not a readable JPEG, PNG or WEBP picture" in err


def test_a_file_that_is_not_a_picture_gets_one_clear_line(cat, capsys, tmp_path):
    path = tmp_path / "invoice.jpg"
    path.write_bytes(b"%PDF-1.4 not a photo" * 20)
    code, out, err = run(capsys, cat, str(path))
    assert (code, out) == (1, "")
    assert err == (
        f"idguide: {path}: {path}: not a readable JPEG, PNG or WEBP picture "
        "(UnidentifiedImageError).\n"
    )


def test_an_image_bomb_gets_one_clear_line(cat, capsys, tmp_path):
    from PIL import Image

    path = tmp_path / "bomb.png"
    Image.new("1", (10_000, 10_000)).save(path)  # 100 megapixels in a few kilobytes
    code, out, err = run(capsys, cat, str(path))
    assert (code, out) == (1, "")
    assert err.count("\n") == 1 and ("too large" in err or "the limit is 40 megapixels" in err)


def test_a_photo_without_codes_says_so(cat, capsys, tmp_path):
    path = tmp_path / "wall.jpg"
    path.write_bytes(jpeg(photo([], (800, 600))))
    code, _, err = run(capsys, cat, str(path))
    assert code == 1 and "no barcode or 2D code could be read in this picture" in err


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("hello world", "Not a GS1 code: 'hello world'"),
        (
            "https://nordiva.example/01/00036000291453/10/L1",
            "A GS1 Digital Link whose GTIN 0036000291453 has a wrong check digit "
            "(the last digit should be 2)",
        ),
        ("photo.jpgg", "Not a GS1 code"),
        ("photo.jpg", "there is no picture file of that name"),
    ],
)
def test_text_that_is_no_code_gets_a_clear_message_and_status_1(cat, capsys, text, message):
    code, out, err = run(capsys, cat, text)
    assert (code, out) == (1, "")
    assert err.startswith("idguide: ") and message in err and err.count("\n") == 1


def test_red_wins_over_a_code_that_could_not_be_read(cat, capsys):
    code, out, err = run(capsys, cat, RED_LOT, "hello")
    assert code == 2 and "1 red, 1 not read" in out and "Not a GS1 code" in err


def test_500_codes_in_one_picture_give_a_capped_list_and_a_message(cat, capsys, tmp_path):
    from test_scan_read import sheet_of_codes

    path = tmp_path / "sheet.png"
    sheet_of_codes(500).save(path)
    code, out, err = run(capsys, cat, str(path))
    assert code == 0
    assert f"at most {MAX_CODES} codes are read from one picture" in err
    assert out.count(f"code 1 of {MAX_CODES} ") == 1


def test_scanning_leaves_the_catalogue_as_it_was(capsys, tmp_path):
    path = sample_catalog(tmp_path)
    before = snapshot(path)
    run(capsys, str(path), RED_LOT, OTHER_LOT, "9506000134352", "hello")
    assert snapshot(path) == before


def test_nothing_read_does_not_create_a_catalogue(capsys, tmp_path):
    code, _, _ = run(capsys, str(tmp_path / "new.db"), "hello")
    assert code == 1 and not Path(tmp_path / "new.db").exists()


def test_a_serial_given_twice_in_one_run_is_red_as_a_cloned_code(cat, capsys, monkeypatch):
    lines = f"{OTHER_LOT}\n(01){WRENCH}(10)L2501-01(21)SN0044\n{OTHER_LOT}\n"
    monkeypatch.setattr("sys.stdin", io.StringIO(lines))
    code, out, _ = run(capsys, cat, "-")
    assert code == 2
    assert out.count("was also read from") == 1
    assert (
        "RED       Serial SN0043 of barcode 0036000291452 was also read from standard input, "
        "line 1: two items with one serial means at least one carries a cloned code."
    ) in out
    assert "3 code(s): 1 red, 2 green, 0 not read" in out
