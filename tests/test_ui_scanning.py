"""A barcode scanner at the officer's window: rescans, failed scans, scans from anywhere in the
window, 2D codes, keys 1-9 after a scan (offscreen, and again on the X server).

QTest's key events carry no time (their timestamp is 0), like a person's slow typing as far as
the window can tell; a scanner's burst is sent by :func:`scan` with the timestamps a scanner's
keys get from the system, a few milliseconds apart. Nothing here measures time.
"""

from __future__ import annotations

import pytest
from keyboard import GS, focus, focused, scan
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication
from support import PLIERS, WRENCH

from idguide.ui.mainwindow import MainWindow
from idguide.ui.officer import scanstate
from idguide.ui.officer.scanner import SCAN_GAP_MS, ScannerDialog, ScannerWatch
from idguide.ui.settings import Settings

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

WRENCH_CODE = "036000291452"
PLIERS_CODE = "4006381333931"
NOT_IN_CATALOGUE = "9506000134352"  # a valid EAN-13 (GS1's own example) no product carries
WRONG_CHECK_DIGIT = "036000291453"
CTRL_ALT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier


@pytest.fixture
def beeps(monkeypatch) -> list[int]:
    """The failed-scan sounds made."""
    made: list[int] = []
    monkeypatch.setattr(scanstate, "beep", lambda: made.append(1))
    return made


def result_ids(window: MainWindow) -> list[str]:
    return [window.model.summary(row).id for row in range(window.model.rowCount())]


def type_slowly(qtbot, window: MainWindow, text: str) -> None:
    """Type ``text`` as a person does (QTest: no timestamps), each key to the focused widget."""
    for char in text:
        qtbot.keyClicks(focused(window), char)


def scanned(qtbot, window: MainWindow, code: str) -> None:
    """Scan ``code`` into the search box and wait until the window has acted on it."""
    scan(window, code)
    qtbot.waitUntil(lambda: window.search.is_current() and window.worker.pending == 0)


def open_by_scan(qtbot, window: MainWindow, code: str = WRENCH_CODE) -> None:
    with qtbot.waitSignal(window.productShown):
        scan(window, code)


# -- rescans and failed scans ---------------------------------------------------------------------


@pytest.mark.parametrize("first", [WRONG_CHECK_DIGIT, NOT_IN_CATALOGUE])
def test_a_rescan_after_a_failed_scan_replaces_the_old_code(qtbot, window, first):
    qtbot.keyClicks(window.search_box, first)
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.search.is_current() and window.worker.pending == 0)
    qtbot.keyClicks(window.search_box, PLIERS_CODE)  # QTest: no timing, as a slow scanner
    with qtbot.waitSignal(window.productShown):
        qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    assert window.search_box.text() == PLIERS_CODE
    assert window.product_view.page.product.id == PLIERS


def test_a_scanner_that_ends_codes_with_a_line_feed_works_too(qtbot, window):
    with qtbot.waitSignal(window.productShown):
        scan(window, PLIERS_CODE, end="\n")
    assert window.search_box.text() == PLIERS_CODE


def test_a_scan_after_old_text_the_officer_clicked_into_keeps_only_the_scan(qtbot, window):
    window.search_box.setText("nordiva")
    focus(window, window.search_box)
    window.search_box.setCursorPosition(7)  # the text is not selected
    open_by_scan(qtbot, window, PLIERS_CODE)
    assert window.search_box.text() == PLIERS_CODE


def test_a_scanner_that_pauses_within_a_code_keeps_the_whole_code(qtbot, window):
    code = f"]d201{WRENCH_CODE.zfill(14)}10L2406-88"
    scan(window, code, end="")  # then a pause (a Bluetooth scanner's hiccup)
    with qtbot.waitSignal(window.productShown):
        scan(window, f"{GS}17271231")
    assert window.search_box.text() == window.search_box.shown(f"{code}{GS}17271231")


def test_a_failed_scan_clears_the_product_page_and_says_so_large(qtbot, window, beeps):
    open_by_scan(qtbot, window)
    assert window.stack.currentWidget() is window.product_view
    focus(window, window.search_box)
    scanned(qtbot, window, WRONG_CHECK_DIGIT)
    assert window.stack.currentWidget() is not window.product_view
    state = window.scan_state
    assert window.stack.currentWidget() is state
    assert state.headline.text() == "Wrong check digit: scan again"
    assert "should be 2" in state.detail.text()
    assert state.block.property("state") == "check-digit"
    assert state.headline.font().pointSizeF() >= 2 * QApplication.font().pointSizeF()
    assert window.windowTitle() == "Wrong check digit: scan again — idguide"
    assert beeps == [1]
    assert window.search_box.hasFocus() and window.search_box.selectedText() == WRONG_CHECK_DIGIT

    scanned(qtbot, window, NOT_IN_CATALOGUE)
    assert state.headline.text() == f"Not in the catalogue: {NOT_IN_CATALOGUE}"
    assert state.block.property("state") == "not-found"
    assert window.current_product() == "" and beeps == [1, 1]
    open_by_scan(qtbot, window, PLIERS_CODE)  # a good scan replaces the state
    assert window.current_product() == PLIERS


def test_the_failed_scan_sound_can_be_turned_off(qtbot, window, beeps):
    window.settings.scan_sound = False
    scanned(qtbot, window, NOT_IN_CATALOGUE)
    assert window.stack.currentWidget() is window.scan_state and beeps == []
    assert Settings().scan_sound is False  # kept


def test_a_search_that_does_not_find_the_open_product_clears_the_page(qtbot, window):
    open_by_scan(qtbot, window)
    window.focus_search()  # Ctrl+F: the box's text selected
    qtbot.keyClicks(window.search_box, "nordiva")  # finds the wrench too: the page stays
    qtbot.waitUntil(lambda: window.search.is_current() and window.worker.pending == 0)
    assert window.current_product() == WRENCH
    window.search_box.selectAll()
    qtbot.keyClicks(window.search_box, "rosa")  # does not
    qtbot.waitUntil(lambda: window.search.is_current() and window.worker.pending == 0)
    assert window.current_product() == ""
    assert window.stack.currentWidget() is window.home
    assert window.windowTitle() == "idguide"


# -- only a whole valid code opens a product by itself --------------------------------------------


@pytest.mark.parametrize("number", ["820411", "200"])  # an HS code; part of TW-200 (a model)
def test_other_numbers_list_their_matches_and_open_nothing(qtbot, window, number):
    scan(window, number)  # typed or scanned alike
    qtbot.waitUntil(lambda: window.search.is_current() and window.worker.pending == 0)
    assert result_ids(window) == [WRENCH]
    assert window.stack.currentWidget() is window.home  # nothing opened
    assert window.count.text() == f"1 found for {number}: choose one with Up/Down and Enter"
    qtbot.keyClick(window.search_box, Qt.Key.Key_Down)  # the officer chooses
    with qtbot.waitSignal(window.productShown):
        qtbot.keyClick(window.search_box, Qt.Key.Key_Return)


def test_a_partial_barcode_opens_nothing_and_finds_nothing(qtbot, window):
    scanned(qtbot, window, WRENCH_CODE[:11])
    assert window.stack.currentWidget() is window.home
    assert window.count.text() == "No products found."


# -- a scan from anywhere in the window -----------------------------------------------------------


def test_a_scan_from_the_features_list_goes_to_the_search(qtbot, window):
    open_by_scan(qtbot, window)
    focus(window, window.product_view.features.list)
    open_by_scan(qtbot, window, PLIERS_CODE)
    assert window.search_box.text() == PLIERS_CODE
    assert window.current_product() == PLIERS


def test_a_scan_on_a_filter_changes_no_filter_and_a_persons_key_still_does(qtbot, window):
    qtbot.keyClicks(window.search_box, "nordiva")
    qtbot.waitUntil(lambda: window.search.is_current() and window.worker.pending == 0)
    combo = window.filter_bar.category
    qtbot.waitUntil(lambda: combo.count() > 1)
    focus(window, combo)
    open_by_scan(qtbot, window, "4006381333931")  # "4": no category, "h" would be one
    assert window.filter_bar.filters() == ("", "", "")
    focus(window, combo)
    scanned(qtbot, window, "https://brand.example/01/04006381333931/10/L2")  # starts with "h"
    assert window.filter_bar.filters() == ("", "", "")
    focus(window, combo)
    qtbot.keyClick(combo, Qt.Key.Key_H)  # a person's key: delivered a moment later
    qtbot.waitUntil(lambda: combo.currentText().startswith("Hand tools"))


def test_a_scan_in_the_note_stays_in_the_note(qtbot, window):
    open_by_scan(qtbot, window)
    notes = window.product_view.notes.edit
    focus(window, notes)
    scan(window, PLIERS_CODE)
    assert notes.toPlainText().strip() == PLIERS_CODE
    assert window.current_product() == WRENCH and window.search_box.text() == WRENCH_CODE


def test_space_still_presses_a_button_at_once(qtbot, window):
    focus(window, window.home.browse)
    qtbot.keyClick(window.home.browse, Qt.Key.Key_Space)
    assert window.stack.currentWidget() is window.categories


def test_keys_typed_slowly_on_the_results_are_not_a_scan(qtbot, window):
    qtbot.keyClicks(window.search_box, "nordiva")
    qtbot.waitUntil(lambda: window.search.is_current() and window.worker.pending == 0)
    focus(window, window.results)
    scan(window, "40", gap_ms=SCAN_GAP_MS + 60)  # a person's pace, by the timestamps
    qtbot.waitUntil(lambda: window.worker.pending == 0)
    assert window.search_box.text() == "nordiva"


def test_a_prefix_and_suffix_set_for_the_scanner_mark_a_code_whatever_the_timing(qtbot, window):
    dialog = ScannerDialog(window.settings, window)
    qtbot.addWidget(dialog)
    dialog.prefix.setText("a")
    dialog.accept()  # a letter begins codes: refused, with the reason
    assert dialog.problem.text().startswith("Use a character") and not dialog.result()
    dialog.prefix.setText("§")
    dialog.suffix.setText("~")
    dialog.sound.setChecked(False)
    dialog.accept()
    assert dialog.result() == ScannerDialog.DialogCode.Accepted
    assert (Settings().scanner_prefix, Settings().scanner_suffix) == ("§", "~")
    assert Settings().scan_sound is False
    window.scanner.apply_settings()
    focus(window, window.results)
    with qtbot.waitSignal(window.productShown):
        type_slowly(qtbot, window, f"§{PLIERS_CODE}~")  # no Enter: the suffix ends the code
    assert window.search_box.text() == PLIERS_CODE


# -- 2D codes ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "code",
    [
        f"]d201{WRENCH_CODE.zfill(14)}10L2406-88{GS}17271231",  # GS1 DataMatrix, FNC1 as Ctrl+]
        f"(01){WRENCH_CODE.zfill(14)}(10)L2406-88",  # the printed form
        f"https://brand.example/01/{WRENCH_CODE.zfill(14)}/10/L2406-88?17=271231",
    ],
)
def test_a_2d_scanners_code_opens_the_product_of_its_gtin(qtbot, window, code):
    focus(window, window.product_view.gallery.view)  # from anywhere in the window
    with qtbot.waitSignal(window.search.scanned) as said, qtbot.waitSignal(window.productShown):
        scan(window, code)
    assert said.args[0].gtin == WRENCH_CODE.zfill(14) and said.args[0].lot == "L2406-88"
    shown = window.search_box.text()  # ASCII 29 is shown as a marker
    assert shown in (code.replace(GS, "␝"), code.replace(GS, "¦")) and GS not in shown
    assert window.current_product() == WRENCH


def test_a_code_that_is_not_a_gs1_code_is_a_failed_scan(qtbot, window, beeps):
    scanned(qtbot, window, "https://example.org/promo")
    assert window.scan_state.block.property("state") == "unreadable"
    assert "not a GS1 Digital Link" in window.scan_state.detail.text()


# -- keys 1-9 after a scan ------------------------------------------------------------------------


def test_one_key_after_a_scan_chooses_the_feature_and_a_letter_searches_again(qtbot, window):
    open_by_scan(qtbot, window)  # keystroke 0: the scan and its Enter
    view = window.product_view
    assert view.isAncestorOf(focused(window))
    assert view.features.current() is None  # nothing chosen before the officer does
    qtbot.keyClick(focused(window), Qt.Key.Key_2)  # keystroke 1
    assert view.features.current().number == 2
    assert view.gallery.view.callout.number == 2
    qtbot.keyClick(focused(window), Qt.Key.Key_1)
    assert view.features.current().number == 1
    picture = view.gallery.view  # zoomed into feature 1's call-out (a small part of it)
    assert picture.callout.number == 1 and picture.view_state().zoom > 1.5
    qtbot.keyClick(focused(window), Qt.Key.Key_9)  # no feature 9: nothing changes
    assert view.features.current().number == 1
    qtbot.keyClicks(focused(window), "r")
    assert window.search_box.hasFocus() and window.search_box.text() == "r"


def test_f_on_a_zoomed_picture_shows_it_whole_as_its_button_says_then_it_is_a_letter(qtbot, window):
    open_by_scan(qtbot, window)
    view = window.product_view
    qtbot.keyClick(focused(window), Qt.Key.Key_1)
    assert not view.gallery.view.is_fitted()
    assert view.gallery.whole.isVisible() and view.gallery.whole.text() == "Whole picture (F)"
    qtbot.keyClicks(focused(window), "f")
    assert view.gallery.view.is_fitted() and not view.gallery.whole.isVisible()
    assert view.features.current().number == 1  # still chosen, its call-out on the picture
    assert window.search_box.text() == WRENCH_CODE
    qtbot.keyClicks(focused(window), "f")  # the picture is whole: a letter, a new search
    assert window.search_box.hasFocus() and window.search_box.text() == "f"


def test_keys_1_to_9_choose_the_feature_in_the_compare_view(qtbot, window):
    open_by_scan(qtbot, window)
    qtbot.keyClick(focused(window), Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert window.compare.is_open()
    qtbot.keyClick(focused(window), Qt.Key.Key_2)
    assert window.compare.view.current_feature().number == 2
    assert window.compare.view.genuine.view.callout.number == 2


@pytest.mark.parametrize(
    ("key", "modifiers", "text", "typed"),
    [
        (Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a", "a"),
        (Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier, "\x05", ""),  # a command
        (Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier, "", ""),
        (Qt.Key.Key_BracketRight, Qt.KeyboardModifier.ControlModifier, GS, GS),  # FNC1
        (Qt.Key.Key_At, CTRL_ALT, "@", "@"),  # AltGr+Q on a German keyboard, as Windows says it
    ],
)
def test_what_counts_as_a_character_typed(key, modifiers, text, typed):
    event = QKeyEvent(QEvent.Type.KeyPress, key, modifiers, text)
    assert ScannerWatch.character(event) == typed
