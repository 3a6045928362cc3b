"""Scan a photo (Ctrl+Shift+O, or a photo dropped on the window): every code read and checked in
the worker, each outlined on the photo in its result's colour, the chosen one opened with its
result on the product page, or the photo put straight into a new examination."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from scan_pictures import Degrade, code_image, jpeg, photo, place, spoil
from support import WRENCH
from test_ui_compare_import import drop

from idguide.catalog import ImageError, open_catalog
from idguide.catalog.examinations import exams
from idguide.ui import filedialogs
from idguide.ui.mainwindow import MainWindow
from idguide.ui.officer import scanstate

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

GTIN = "00036000291452"  # the sample wrench; its alert (2026-07-01 to 2027-06-30) names L2406-88
RED = f"(01){GTIN}(17)281231(10)L2406-88(21)SN0042"
RED_RGB = (0xB3, 0x26, 0x1E)


@pytest.fixture
def scanning(window: MainWindow, monkeypatch) -> MainWindow:
    window.scan_results.today = date(2026, 12, 1)  # the alert in force whatever the real day
    monkeypatch.setattr(scanstate, "beep", lambda: None)
    return window


def parcel(tmp_path: Path, degrade: Degrade | None = None) -> tuple[Path, tuple[int, ...]]:
    """A photo of a GS1 DataMatrix naming the alert's lot, and the code's box in it."""
    codes = [code_image(RED, "datamatrix", gs1=True, module=6)]
    picture, (box,) = place(codes, (1200, 900), seed=2)
    path = tmp_path / "parcel.jpg"
    path.write_bytes(jpeg(spoil(picture, degrade or Degrade()), quality=90))
    return path, box


def scan_photo(qtbot, window: MainWindow, monkeypatch, path: Path):
    monkeypatch.setattr(filedialogs, "open_file", lambda *a, **k: str(path))
    with qtbot.waitSignal(window.photo_scanning.scanned):
        qtbot.keyClick(
            window.search_box,
            Qt.Key.Key_O,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
    qtbot.waitUntil(lambda: window.photo_scanning.dialog is not None)
    return window.photo_scanning.dialog


@pytest.mark.parametrize(
    "degrade",
    [Degrade(), Degrade(angle=-12, tilt=0.12, scale=0.8, blur=1.0)],
    ids=["clean", "spoiled"],
)
def test_ctrl_shift_o_reads_the_photo_and_outlines_each_code_in_its_colour(
    qtbot, scanning, monkeypatch, tmp_path, degrade
):
    path, box = parcel(tmp_path, degrade)
    dialog = scan_photo(qtbot, scanning, monkeypatch, path)
    assert dialog.codes.count() == 1
    assert dialog.codes.item(0).text() == "1. RED · Nordiva Torque wrench TW-200"
    shown = dialog.details.text().splitlines()
    assert shown[0] == "RED: a known red flag. Hold the item."
    assert "✖  Lot L2406-88 is a known counterfeit lot: alert of Jul 1, 2026" in shown[2]
    assert not dialog.picture.pixmap().isNull()
    # the outline is drawn where zxing found the code, in red
    preview = Image.open(io.BytesIO(dialog.found.preview)).convert("RGB")
    (found,) = dialog.found.codes
    with Image.open(path) as original:
        scale = max(preview.size) / max(original.size)
    x, y = found.code.position[0]
    near = [
        preview.getpixel((round(x * scale) + dx, round(y * scale) + dy))
        for dx in range(-3, 4)
        for dy in range(-3, 4)
    ]
    assert RED_RGB in near
    if degrade == Degrade():  # upright: zxing's corner is the code's, inside its quiet zone
        assert box[0] <= x <= box[0] + 12 and box[1] <= y <= box[1] + 12


def test_open_shows_the_product_with_the_red_result_on_top(qtbot, scanning, monkeypatch, tmp_path):
    dialog = scan_photo(qtbot, scanning, monkeypatch, parcel(tmp_path)[0])
    with qtbot.waitSignal(scanning.productShown):
        dialog.open_button.click()
    assert scanning.current_product() == WRENCH
    panel = scanning.product_view.scan_result
    qtbot.waitUntil(panel.isVisible)
    assert panel.property("level") == "red"


def test_the_photo_goes_straight_into_a_new_examination_with_the_result(
    qtbot, scanning, monkeypatch, tmp_path
):
    dialog = scan_photo(qtbot, scanning, monkeypatch, parcel(tmp_path)[0])
    dialog.exam_button.click()
    qtbot.waitUntil(lambda: bool(scanning.examinations.windows))
    qtbot.waitUntil(lambda: scanning.worker.pending == 0)
    with open_catalog(scanning.catalog_path) as catalog:
        (summary,) = exams.list_examinations(catalog)
        exam = exams.get_examination(catalog, summary.id)
    assert exam.product_id == WRENCH and len(exam.photos) == 1
    assert exam.lot_code == "L2406-88" and exam.scans[0]["level"] == "red"


def test_a_dropped_photo_with_a_code_is_scanned(qtbot, scanning, tmp_path):
    path, _ = parcel(tmp_path)
    with qtbot.waitSignal(scanning.photo_scanning.scanned):
        drop(scanning, path)
    qtbot.waitUntil(lambda: scanning.photo_scanning.dialog is not None)
    assert scanning.photo_scanning.dialog.codes.count() == 1
    assert not scanning.compare.is_open()


def test_a_photo_without_codes_says_so(qtbot, scanning, monkeypatch, tmp_path):
    path = tmp_path / "plain.jpg"
    path.write_bytes(jpeg(photo([], (800, 600))))
    monkeypatch.setattr(filedialogs, "open_file", lambda *a, **k: str(path))
    with qtbot.waitSignal(scanning.photo_scanning.scanned):
        scanning.photo_scanning.action.trigger()
    assert scanning.photo_scanning.dialog is None
    assert "No barcode or 2D code was found in" in scanning.statusBar().currentMessage()


def test_a_file_that_is_not_a_picture_is_one_clear_message(qtbot, scanning, ui_errors, tmp_path):
    path = tmp_path / "notes.jpg"
    path.write_text("not a picture")
    scanning.photo_scanning.scan(str(path))
    qtbot.waitUntil(lambda: bool(ui_errors))
    (error,) = ui_errors
    ui_errors.clear()
    assert isinstance(error, ImageError) and "notes.jpg" in str(error)
    assert scanning.photo_scanning.dialog is None


def test_the_worst_code_is_chosen_first_and_a_code_that_is_no_gs1_code_is_listed(
    qtbot, scanning, monkeypatch, tmp_path
):
    codes = [
        code_image("036000291452", "upca", module=4),
        code_image("https://example.org/promo", "qr", module=5),
        code_image(RED, "datamatrix", gs1=True, module=6),
    ]
    path = tmp_path / "three.jpg"
    path.write_bytes(jpeg(photo(codes, (1600, 1200))))
    dialog = scan_photo(qtbot, scanning, monkeypatch, path)
    texts = sorted(dialog.codes.item(row).text()[3:] for row in range(dialog.codes.count()))
    assert texts == [
        "GREEN · Nordiva Torque wrench TW-200",
        "Not checked: not a code idguide can check",
        "RED · Nordiva Torque wrench TW-200",
    ]
    assert dialog.codes.currentItem().text().endswith("RED · Nordiva Torque wrench TW-200")
    dialog.codes.setCurrentRow(
        next(r for r in range(3) if "Not checked" in dialog.codes.item(r).text())
    )
    assert "is not a GS1 Digital Link" in dialog.details.text()
    assert not dialog.open_button.isEnabled()
