"""The scan session window (Ctrl+Shift+S): the items of a consignment scanned one after another
with a 2D scanner, one row each; a serial seen twice is flagged red as a cloned code, and the
scans are kept as the officer's recent scans."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from keyboard import GS, scan
from PySide6.QtCore import Qt

from idguide.catalog import open_catalog
from idguide.catalog.i18n import set_language
from idguide.catalog.scanning import SessionItem, recent_scans
from idguide.ui.mainwindow import MainWindow
from idguide.ui.officer import scanstate
from idguide.ui.officer.scansession import summary

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)")

GTIN = "00036000291452"  # the sample wrench


def code(serial: str) -> str:
    return f"]d201{GTIN}17281231{GS}10L2501-01{GS}21{serial}"  # as a 2D scanner types it


@pytest.fixture
def session(qtbot, window: MainWindow, monkeypatch):
    window.scan_results.today = date(2026, 12, 1)
    monkeypatch.setattr(scanstate, "beep", lambda: None)
    qtbot.keyClick(
        window.search_box,
        Qt.Key.Key_S,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    view = window.scan_sessions.view
    assert view is not None and view.isVisible()
    qtbot.waitUntil(lambda: view.session_id > 0)
    return view


def scan_item(qtbot, window: MainWindow, view, serial: str) -> None:
    with qtbot.waitSignal(view.added):
        scan(window, code(serial))
    qtbot.waitUntil(lambda: window.worker.pending == 0)


def test_a_serial_seen_twice_in_the_session_is_flagged_red(qtbot, window, session):
    for serial in ("SN0001", "SN0002", "SN0001"):
        scan_item(qtbot, window, session, serial)
    table = session.table
    assert table.rowCount() == 3
    assert [table.item(row, 2).text() for row in range(3)] == ["GREEN", "GREEN", "RED"]
    assert [table.item(row, 5).text() for row in range(3)] == ["SN0001", "SN0002", "SN0001"]
    assert "was scanned before in this session (item 1)" in table.item(2, 6).text()
    assert "cloned code" in table.item(2, 6).text()
    assert session.status.text() == "3 items scanned, 1 red."  # a count in its plural form
    with open_catalog(window.catalog_path) as catalog:  # kept as the officer's recent scans
        assert [item.serial for item in recent_scans(catalog)] == ["SN0001", "SN0002", "SN0001"]


def test_a_new_session_starts_an_empty_list_and_forgets_the_serials(qtbot, window, session):
    scan_item(qtbot, window, session, "SN0001")
    first = session.session_id
    session.new_button.click()
    qtbot.waitUntil(lambda: session.session_id not in (0, first))
    assert session.table.rowCount() == 0
    scan_item(qtbot, window, session, "SN0001")
    assert session.table.item(0, 2).text() == "GREEN"


def test_a_serial_seen_twice_shows_red_on_the_product_page_too(qtbot, window, session):
    panel = window.product_view.scan_result
    scan_item(qtbot, window, session, "SN0001")
    qtbot.waitUntil(lambda: panel.isVisible())
    assert panel.property("level") == "green"
    scan_item(qtbot, window, session, "SN0001")
    qtbot.waitUntil(lambda: panel.isVisible() and panel.property("level") == "red")
    assert "Serial SN0001 of barcode 0036000291452 was scanned before in this session (item 1)" in (
        panel.outcomes.text()
    )
    assert [session.table.item(row, 2).text() for row in range(2)] == ["GREEN", "RED"]


def test_a_barcode_a_usb_scanner_types_is_an_item_of_the_session_too(qtbot, window, session):
    with qtbot.waitSignal(session.added):
        scan(window, "036000291452")
    assert session.table.item(0, 3).text() == GTIN
    assert session.table.item(0, 2).text() == "GREEN"


def test_a_row_kept_before_outcomes_had_codes_shows_its_words_and_a_new_one_the_language():
    old = {"check": "serial-repeat", "level": "red", "message": "Serial SN1 was scanned before."}
    new = {
        "check": "expiry",
        "level": "amber",
        "code": "expiry.passed",
        "params": {"expiry": "2026-11-30"},
        "message": "The expiry date Nov 30, 2026 has passed: out-of-date goods, or a code "
        "copied from an old pack.",
    }
    item = SessionItem(1, 1, 1, "2026-12-01T09:30:00+00:00", "x", GTIN, "", "SN1", "red", "", [])
    set_language("fr")
    try:
        assert summary(replace(item, outcomes=[old])) == "Serial SN1 was scanned before."
        assert summary(replace(item, level="amber", outcomes=[new])).startswith(
            "La date de péremption 30 nov. 2026 est dépassée"
        )
    finally:
        set_language("en")
