"""The scan-result panel on top of the product page: a 2D scanner's code checked against the
catalogue, red / amber / green with each check's outcome in words and a sound for red; put away
by a new search; recorded by an examination started from the page."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from keyboard import GS, scan
from PySide6.QtCore import Qt
from support import PLIERS, WRENCH

from idguide.catalog import install_demo, open_catalog
from idguide.catalog.examinations import exams
from idguide.ui.mainwindow import MainWindow
from idguide.ui.officer import scanstate

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

GTIN = "00036000291452"  # the sample wrench; its alert (2026-07-01 to 2027-06-30) names L2406-88
RED = f"]d201{GTIN}17281231{GS}10L2406-88{GS}21SN0042"  # as a 2D scanner types it
GREEN = f"https://nordiva.example/01/{GTIN}/10/L2501-01?17=281231"
DURING = date(2026, 12, 1)


@pytest.fixture
def beeps(monkeypatch) -> list[int]:
    made: list[int] = []
    monkeypatch.setattr(scanstate, "beep", lambda: made.append(1))
    return made


@pytest.fixture
def scanning(window: MainWindow) -> MainWindow:
    window.scan_results.today = DURING  # the alert in force whatever the real day
    return window


def scan_and_wait(qtbot, window: MainWindow, code: str) -> None:
    with qtbot.waitSignal(window.productShown), qtbot.waitSignal(window.scan_results.checked):
        scan(window, code)
    qtbot.waitUntil(lambda: window.product_view.scan_result.isVisible())


def test_a_lot_named_in_an_alert_shows_red_on_top_of_the_page_with_a_sound(qtbot, scanning, beeps):
    scan_and_wait(qtbot, scanning, RED)
    panel = scanning.product_view.scan_result
    assert scanning.current_product() == WRENCH
    assert panel.property("level") == "red"
    assert panel.headline.text() == "RED: a known red flag. Hold the item."
    assert panel.code.text() == (
        f"Scanned: GTIN {GTIN} · lot L2406-88 · serial SN0042 · expiry 2028-12-31"
    )
    lines = panel.outcomes.text().splitlines()
    assert "✖  Lot L2406-88 is a known counterfeit lot: alert of Jul 1, 2026" in "\n".join(lines)
    assert any(line.startswith("✔  Barcode") for line in lines)  # every check, in words
    assert beeps == [1]
    # on top: above the alerts banner and the product's name
    top = panel.mapTo(scanning.product_view, panel.rect().topLeft()).y()
    name = scanning.product_view.name
    assert top < name.mapTo(scanning.product_view, name.rect().topLeft()).y()


def test_a_code_with_no_known_red_flag_is_green_and_never_says_genuine_alone(
    qtbot, scanning, beeps
):
    scan_and_wait(qtbot, scanning, GREEN)
    panel = scanning.product_view.scan_result
    assert panel.property("level") == "green"
    assert "no known red flag" in panel.headline.text()
    assert "Lot L2501-01 is not named in any alert of the product." in panel.outcomes.text()
    assert beeps == []


def test_a_new_search_puts_the_result_away(qtbot, scanning, beeps):
    scan_and_wait(qtbot, scanning, RED)
    qtbot.keyClicks(scanning.search_box, "pliers")
    assert not scanning.product_view.scan_result.isVisible()
    with qtbot.waitSignal(scanning.productShown):
        scanning.open_product(PLIERS)
    assert not scanning.product_view.scan_result.isVisible()


def test_an_examination_started_after_a_scan_records_the_code_and_its_checks(
    qtbot, scanning, beeps
):
    scan_and_wait(qtbot, scanning, RED)
    scanning.examinations.start_examination()
    qtbot.waitUntil(lambda: bool(scanning.examinations.windows))
    qtbot.waitUntil(lambda: scanning.worker.pending == 0)
    with open_catalog(scanning.catalog_path) as catalog:
        (summary,) = exams.list_examinations(catalog)
        exam = exams.get_examination(catalog, summary.id)
    assert exam.lot_code == "L2406-88"
    (record,) = exam.scans
    assert (record["gtin"], record["serial"], record["level"]) == (GTIN, "SN0042", "red")
    assert any(o["check"] == "lot-alert" and o["level"] == "red" for o in record["outcomes"])


def test_a_code_no_product_carries_is_checked_against_the_product_that_was_on_screen(
    qtbot, open_window, sample_copy, tmp_path, beeps
):
    """Its GS1 prefix against the prefixes the trust store binds to the brand on screen: the
    failed-scan state says, under "Not in the catalogue", that it was not issued to Nordiva."""
    from bundle_helpers import make_keys

    from idguide.catalog.bundles import trust_add

    trust_add(
        sample_copy, make_keys(tmp_path / "keys")[1], "nordhaven", ["nordiva"], prefixes=["0036000"]
    )
    window = open_window(sample_copy.path)
    window.scan_results.today = DURING
    with qtbot.waitSignal(window.productShown):
        window.open_product(PLIERS)
    with qtbot.waitSignal(window.scan_results.checked):
        scan(window, "]d2010950600013435210L2501-01")
    state = window.scan_state
    qtbot.waitUntil(lambda: window.stack.currentWidget() is state and state.checks.isVisible())
    assert state.block.property("state") == "not-found"
    lines = state.checks.text().splitlines()
    assert lines == [
        "▲  Barcode 9506000134352 is not in the catalogue: there is no entry to compare with. "
        "It is not one of the barcodes of Nordiva Combination pliers P-8.",
        "✖  This barcode was not issued to Nordiva: 9506000134352 starts with none of the GS1 "
        "company prefixes the trust store binds to Nordiva (0036000).",
    ]


# -- a plain barcode typed by a USB (1D) scanner ---------------------------------------------------

UPC = "036000291452"  # the sample wrench's UPC-A, as a 1D scanner types it


def bound_window(open_window, sample_copy, tmp_path, prefix: str) -> MainWindow:
    """The sample catalogue with ``prefix`` bound to Nordiva in the trust store."""
    from bundle_helpers import make_keys

    from idguide.catalog.bundles import trust_add

    trust_add(
        sample_copy, make_keys(tmp_path / "keys")[1], "nordhaven", ["nordiva"], prefixes=[prefix]
    )
    window = open_window(sample_copy.path)
    window.scan_results.today = DURING
    return window


def test_a_barcode_a_usb_scanner_types_shows_its_result_on_the_page_it_opens(
    qtbot, scanning, beeps
):
    scan_and_wait(qtbot, scanning, UPC)
    panel = scanning.product_view.scan_result
    assert scanning.current_product() == WRENCH
    assert panel.property("level") == "green"
    assert panel.code.text() == f"Scanned: GTIN {GTIN}"
    assert "✔  Barcode 0036000291452 is on Nordiva Torque wrench TW-200" in panel.outcomes.text()
    assert beeps == []


def test_a_usb_scanned_barcode_under_the_brands_bound_prefix_is_green(
    qtbot, open_window, sample_copy, tmp_path, beeps
):
    window = bound_window(open_window, sample_copy, tmp_path, "0036000")
    scan_and_wait(qtbot, window, UPC)
    panel = window.product_view.scan_result
    assert panel.property("level") == "green"
    assert "a GS1 company prefix the trust store binds to Nordiva" in panel.outcomes.text()


def test_a_usb_scanned_barcode_not_issued_to_the_brand_is_red_with_a_sound(
    qtbot, open_window, sample_copy, tmp_path, beeps
):
    window = bound_window(open_window, sample_copy, tmp_path, "0036001")
    scan_and_wait(qtbot, window, UPC)
    panel = window.product_view.scan_result
    assert window.current_product() == WRENCH
    assert panel.property("level") == "red"
    assert (
        "✖  This barcode was not issued to Nordiva: 0036000291452 starts with none of the GS1 "
        "company prefixes the trust store binds to Nordiva (0036001)."
    ) in panel.outcomes.text()
    assert beeps == [1]


def test_a_barcode_typed_by_hand_opens_the_product_without_a_result(qtbot, scanning, beeps):
    """QTest's keys carry no time, as a person's slow typing: no scanner burst, no panel."""
    qtbot.keyClicks(scanning.search_box, UPC)
    with qtbot.waitSignal(scanning.productShown):
        qtbot.keyClick(scanning.search_box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: scanning.worker.pending == 0)
    assert scanning.current_product() == WRENCH
    assert not scanning.product_view.scan_result.isVisible()


# -- the demo: a barcode not issued to Veltrex -----------------------------------------------------


@pytest.fixture(scope="module")
def demo_catalog(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "catalog.db"
    with open_catalog(path) as catalog:
        install_demo(catalog)
    return path


def test_in_the_demo_a_barcode_not_issued_to_veltrex_scanned_on_its_page_is_red(
    qtbot, open_window, demo_catalog, beeps
):
    window = open_window(demo_catalog)
    with qtbot.waitSignal(window.productShown):
        window.open_product("veltrex-v12")
    with qtbot.waitSignal(window.scan_results.checked):
        scan(window, "407990000018")  # a UPC-A no demo entry carries, outside Veltrex's 04070
    state = window.scan_state
    qtbot.waitUntil(lambda: window.stack.currentWidget() is state and state.checks.isVisible())
    assert window.scan_results.result.level.value == "red"
    assert (
        "✖  This barcode was not issued to Veltrex: 0407990000018 starts with none of the GS1 "
        "company prefixes the trust store binds to Veltrex (04070)."
    ) in state.checks.text().splitlines()


def test_the_scanner_settings_sound_says_it_is_also_for_red_results_and_turns_them_quiet(
    qtbot, scanning, beeps
):
    from idguide.ui.officer.scanner import ScannerDialog

    dialog = ScannerDialog(scanning.settings, scanning)
    qtbot.addWidget(dialog)
    assert dialog.sound.text() == "&Sound when a scanned code names no product or is red"
    dialog.sound.setChecked(False)
    dialog.accept()
    scan_and_wait(qtbot, scanning, RED)
    assert scanning.product_view.scan_result.property("level") == "red"
    assert beeps == []


PLIERS_UPC = "4006381333931"


def test_items_scanned_one_after_another_are_each_green_not_another_product_than_the_last(
    qtbot, scanning, beeps
):
    """The page on screen came from the scan before: it is not a product the officer chose to
    compare the next item with."""
    scan_and_wait(qtbot, scanning, UPC)
    scan_and_wait(qtbot, scanning, PLIERS_UPC)
    panel = scanning.product_view.scan_result
    assert scanning.current_product() == PLIERS
    assert panel.property("level") == "green"
    assert "the product on screen" not in panel.outcomes.text()


def test_a_barcode_of_another_product_than_the_one_the_officer_opened_is_amber(
    qtbot, scanning, beeps
):
    with qtbot.waitSignal(scanning.productShown):
        scanning.open_product(WRENCH)  # chosen by the officer (from a search by name, say)
    scan_and_wait(qtbot, scanning, PLIERS_UPC)
    panel = scanning.product_view.scan_result
    assert panel.property("level") == "amber"
    assert (
        "▲  Barcode 4006381333931 belongs to Nordiva Combination pliers P-8, not to Nordiva "
        "Torque wrench TW-200, the product on screen."
    ) in panel.outcomes.text()
