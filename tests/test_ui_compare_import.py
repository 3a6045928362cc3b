"""The zoomable picture, the compare view and the import dialog, offscreen.

Catalogue work runs in the window's worker; the tests wait for answers with ``qtbot.waitUntil``.
Imports are slowed or paused through ``importdialog.report_hook``, which runs inside the core's
progress call, so Cancel takes the same path as for an officer.
"""

from __future__ import annotations

import struct
import threading
import time
import zlib
from pathlib import Path

import pytest
from bundle_helpers import build, bump, copy_source, edited, make_keys, trusted_catalog
from PIL import Image
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import (
    QAction,
    QColor,
    QDragEnterEvent,
    QDropEvent,
    QImage,
    QPalette,
    QWheelEvent,
)
from PySide6.QtWidgets import QApplication
from support import SAMPLE, WRENCH, snapshot

from idguide.catalog import ImageError, get_note, get_product, open_catalog
from idguide.catalog.bundles import import_bundle, trust_remove
from idguide.catalog.model import Region
from idguide.ui import filedialogs
from idguide.ui.bundles import importdialog
from idguide.ui.mainwindow import MainWindow
from idguide.ui.officer import compare
from idguide.ui.zoomview import Callout, ZoomView

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

WRENCH_NAME = "Nordiva Torque wrench TW-200"


# -- fixtures and helpers -------------------------------------------------------------------------


@pytest.fixture
def hook():
    """Set importdialog.report_hook for one test."""
    yield lambda fn: setattr(importdialog, "report_hook", fn)
    importdialog.report_hook = None


@pytest.fixture
def keys(tmp_path):
    return make_keys(tmp_path / "keys")


@pytest.fixture
def bundle(tmp_path, keys) -> Path:
    return build(SAMPLE / "nordhaven", tmp_path / "nordhaven-1.idgb", keys[0])


def picture(width: int = 800, height: int = 600) -> QImage:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#336699"))
    return image


def zoom_view(qtbot, **kw) -> ZoomView:
    view = ZoomView(**kw)
    qtbot.addWidget(view)
    view.resize(400, 300)
    with qtbot.waitExposed(view):  # on an X server the view is shown some time later
        view.show()
    view.set_image(picture())
    return view


def wheel(view: ZoomView, steps: int, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    centre = QPointF(view.viewport().rect().center())
    event = QWheelEvent(
        centre,
        QPointF(view.viewport().mapToGlobal(centre.toPoint())),
        QPoint(0, 0),
        QPoint(0, 120 * steps),
        Qt.MouseButton.NoButton,
        modifiers,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view.viewport(), event)


def open_wrench(qtbot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.productShown):
        window.open_product(WRENCH)


def open_compare(qtbot, window: MainWindow) -> compare.CompareView:
    open_wrench(qtbot, window)
    qtbot.keyClick(window.search_box, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert window.compare.is_open()
    return window.compare.view


def drop(window: MainWindow, path: Path) -> None:
    """Drag ``path`` over the window and drop it (Qt delivers a drop only after an enter)."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    args = (
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    enter = QDragEnterEvent(QPoint(200, 200), *args)
    target = window.centralWidget()  # the content, which takes drops
    assert QApplication.sendEvent(target, enter) and enter.isAccepted()
    QApplication.sendEvent(target, QDropEvent(QPointF(200, 200), *args))


def close(a: float, b: float, tolerance: float = 0.01) -> bool:
    return abs(a - b) <= tolerance


def same_view(one: ZoomView, other: ZoomView) -> bool:
    a, b = one.view_state(), other.view_state()
    return close(a.zoom, b.zoom) and close(a.cx, b.cx) and close(a.cy, b.cy)


def bomb_png(path: Path) -> Path:
    """A valid-looking PNG header declaring 100000 x 100000 pixels over a few bytes of data."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", 100_000, 100_000, 8, 2, 0, 0, 0)
    body = chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\0" * 64)) + chunk(b"IEND", b"")
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + body)
    return path


# -- the zoomable picture -------------------------------------------------------------------------


def test_keys_zoom_in_out_fit_and_show_100_percent(qtbot):
    view = zoom_view(qtbot)
    fit = view.fit_scale()
    assert close(view.scale_factor(), fit) and view.is_fitted()
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    assert close(view.scale_factor(), fit * 1.25) and not view.is_fitted()
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    assert close(view.scale_factor(), fit)
    qtbot.keyClick(view, Qt.Key.Key_A)  # actual size (1 is feature 1 wherever features are)
    assert close(view.scale_factor(), 1.0)
    qtbot.keyClick(view, Qt.Key.Key_F)
    assert close(view.scale_factor(), fit) and view.is_fitted()
    qtbot.keyClick(view, Qt.Key.Key_A)
    qtbot.keyClick(view, Qt.Key.Key_0)
    assert close(view.scale_factor(), fit)
    qtbot.keyClick(view, Qt.Key.Key_1)  # not a zoom key
    assert close(view.scale_factor(), fit)


def test_wheel_zooms_and_needs_ctrl_inside_a_scrolled_page(qtbot):
    view = zoom_view(qtbot)
    fit = view.scale_factor()
    wheel(view, 2)
    assert close(view.scale_factor(), fit * 1.25**2)
    on_page = zoom_view(qtbot, wheel_needs_ctrl=True)
    wheel(on_page, 1)
    assert close(on_page.scale_factor(), on_page.fit_scale())
    wheel(on_page, 1, Qt.KeyboardModifier.ControlModifier)
    assert on_page.scale_factor() > on_page.fit_scale() * 1.2


def test_arrow_keys_pan_the_picture(qtbot):
    view = zoom_view(qtbot)
    qtbot.keyClick(view, Qt.Key.Key_A)
    before = view.visible_centre()
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_Down)
    after = view.visible_centre()
    assert after.x() > before.x() + 20 and after.y() > before.y() + 20
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert view.visible_centre().x() < after.x()


def test_zoom_to_region_centres_it_and_the_call_out_zooms_along(qtbot):
    view = zoom_view(qtbot)
    region = Region(0.4, 0.3, 0.2, 0.2)
    view.set_callout(Callout(3, region))
    view.zoom_to_region(region)
    centre = view.visible_centre()
    assert abs(centre.x() - 400) <= 2 and abs(centre.y() - 240) <= 2
    assert view.scale_factor() > view.fit_scale() * 2
    outline = view.mapFromScene(160 * 2, 180).x()  # the region's left edge, in the view
    assert 0 < outline < view.viewport().width() / 2


def test_a_view_without_a_picture_ignores_zoom_keys(qtbot):
    view = ZoomView()
    qtbot.addWidget(view)
    view.set_image(None, "No picture")
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    view.zoom_to_region(Region(0.1, 0.1, 0.2, 0.2))
    assert not view.has_image() and close(view.scale_factor(), 1.0)


# -- the compare view -----------------------------------------------------------------------------


def test_compare_opens_with_genuine_and_counterfeit_and_escape_returns(qtbot, window):
    view = open_compare(qtbot, window)
    assert view.genuine.current().kind == "genuine" and view.genuine.view.has_image()
    assert view.other.current().kind == "counterfeit" and view.other.view.has_image()
    assert view.title.text() == "Compare: Nordiva Torque wrench TW-200"
    qtbot.keyClick(view.genuine.view, Qt.Key.Key_Escape)
    assert not window.compare.is_open()
    assert window.stack.currentWidget() is window.product_view


def test_the_compare_button_brings_the_selected_feature(qtbot, window):
    open_wrench(qtbot, window)
    window.product_view.select_feature(2)
    window.product_view.gallery.compare.click()
    view = window.compare.view
    assert view.current_feature().number == 2
    assert view.genuine.view.callout.number == 2


def test_zoom_and_pan_stay_in_sync_until_sync_is_off(qtbot, window):
    view = open_compare(qtbot, window)
    genuine, other = view.genuine.view, view.other.view
    qtbot.keyClick(genuine, Qt.Key.Key_Plus)
    qtbot.keyClick(genuine, Qt.Key.Key_Plus)
    assert other.scale_factor() > other.fit_scale() * 1.5 and same_view(genuine, other)
    qtbot.keyClick(other, Qt.Key.Key_Right)
    assert same_view(genuine, other)
    view.sync.setChecked(False)
    qtbot.keyClick(genuine, Qt.Key.Key_Plus)
    assert not same_view(genuine, other)
    view.sync.setChecked(True)  # the other side catches up
    assert same_view(genuine, other)


def test_choosing_a_feature_outlines_it_and_zooms_both_sides(qtbot, window):
    view = open_compare(qtbot, window)
    view.select_feature(1)
    genuine, other = view.genuine.view, view.other.view
    assert genuine.callout == Callout(1, Region(0.6, 0.13, 0.3, 0.27))
    assert genuine.scale_factor() > genuine.fit_scale() * 1.3
    state = genuine.view_state()
    assert close(state.cx, 0.75, 0.03) and same_view(genuine, other)
    assert view.detail.isVisible() and "Sharp etched marks." in view.detail.genuine.text()


def test_the_officers_photo_opens_beside_the_genuine_one(qtbot, window, tmp_path, monkeypatch):
    photo = tmp_path / "my photo.png"
    Image.new("RGB", (320, 200), (200, 30, 30)).save(photo)
    view = open_compare(qtbot, window)
    monkeypatch.setattr(filedialogs, "open_file", lambda *a, **k: str(photo))
    qtbot.keyClick(view.genuine.view, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: view.other.current().kind == "photo")
    assert view.other.view.image_size().width() == 320
    assert view.other.choice.currentText() == "Your photo: my photo.png"
    with open_catalog(window.catalog_path) as catalog:  # read only: the photo is not stored
        assert len(get_product(catalog, WRENCH).images) == 2


def test_a_photo_dropped_on_the_product_page_opens_the_compare_view(qtbot, window, tmp_path):
    photo = tmp_path / "dropped.jpg"
    Image.new("RGB", (64, 48), (0, 90, 0)).save(photo)
    open_wrench(qtbot, window)
    drop(window, photo)  # read for codes first, in the worker: it holds none
    qtbot.waitUntil(window.compare.is_open)
    view = window.compare.view
    qtbot.waitUntil(lambda: view.other.current().kind == "photo")
    assert view.other.view.image_size().width() == 64


def test_a_large_photo_is_decoded_smaller(tmp_path):
    path = tmp_path / "big.jpg"
    Image.new("RGB", (6000, 3000), (10, 10, 10)).save(path, quality=30)
    photo = compare.load_photo(None, str(path))
    assert (photo.image.width(), photo.image.height()) == (4096, 2048)


@pytest.mark.parametrize(
    ("name", "expected"),
    [("notes.jpg", "not a readable JPEG, PNG or WEBP picture"), ("bomb.png", "too large")],
)
def test_a_hostile_photo_is_refused_with_a_message(
    qtbot, window, tmp_path, ui_errors, name, expected
):
    path = tmp_path / name
    if name == "bomb.png":
        bomb_png(path)
    else:
        path.write_text("this is a text file, not a photo")
    view = open_compare(qtbot, window)
    view.open_photo(str(path))
    qtbot.waitUntil(lambda: bool(ui_errors))
    error = ui_errors.pop()
    assert isinstance(error, ImageError) and name in str(error)
    assert expected in str(error) or "pixels" in str(error)
    assert view.other.current().kind == "counterfeit"  # nothing replaced, nothing crashed


def test_a_missing_photo_file_is_refused_with_a_message(qtbot, window, tmp_path, ui_errors):
    view = open_compare(qtbot, window)
    view.open_photo(str(tmp_path / "gone.jpg"))
    qtbot.waitUntil(lambda: bool(ui_errors))
    assert "cannot be read" in str(ui_errors.pop())


# -- the import dialog ----------------------------------------------------------------------------


def wait_verified(qtbot, dialog: importdialog.ImportDialog) -> None:
    qtbot.waitUntil(lambda: dialog.entries and not dialog.verifying())


def test_import_shows_verification_then_installs_with_progress(
    qtbot, open_window, tmp_path, keys, bundle, hook, monkeypatch
):
    window = open_window(trusted_catalog(tmp_path / "catalog.db", keys[1]))
    action = window.findChild(QAction, "importBundlesAction")
    assert action.isEnabled() and action.shortcut().toString() == "Ctrl+I"
    monkeypatch.setattr(filedialogs, "open_files", lambda *a, **k: [str(bundle)])
    action.trigger()
    dialog = window.importer.dialog
    wait_verified(qtbot, dialog)
    item = dialog.entries[0].item
    columns = importdialog.Columns
    assert item.text(columns.PUBLISHER) == "nordhaven" and item.text(columns.SEQUENCE) == "1"
    assert item.text(columns.TRUST) == "yes" and item.text(columns.SIGNATURE) == "valid"
    assert "Publisher: nordhaven" in dialog.detail.text() and dialog.install.isEnabled()
    seen: list[tuple[int, int]] = []
    window.worker.longProgress.connect(lambda _label, done, total: seen.append((done, total)))
    hook(lambda *_: time.sleep(0.06))  # past the worker's report throttle
    dialog.install.click()
    qtbot.waitUntil(dialog.summary.isVisible)
    assert any(total > 0 for _done, total in seen) and dialog.progress.isHidden()
    assert "Added (2)" in dialog.summary.text() and WRENCH_NAME in dialog.summary.text()
    assert not dialog.install.isEnabled()  # installed: not offered again


def test_a_bundle_with_a_text_under_no_language_warns_before_and_after_installing(
    qtbot, open_window, tmp_path, keys, monkeypatch
):
    from test_bundle_languages import SAID, _spanish_as_sp

    built = build(SAMPLE / "nordhaven", tmp_path / "n1.idgb", keys[0])
    old = edited(built, tmp_path / "old.idgb", keys[0], entries=_spanish_as_sp)
    window = open_window(trusted_catalog(tmp_path / "catalog.db", keys[1]))
    monkeypatch.setattr(filedialogs, "open_files", lambda *a, **k: [str(old)])
    window.findChild(QAction, "importBundlesAction").trigger()
    dialog = window.importer.dialog
    wait_verified(qtbot, dialog)
    assert f"Warning: {SAID}" in dialog.detail.text() and dialog.install.isEnabled()
    dialog.install.click()
    qtbot.waitUntil(dialog.summary.isVisible, timeout=10_000)
    assert "Added (2)" in dialog.summary.text()
    assert f"Warning: {SAID}" in dialog.summary.text()


def test_cancel_mid_import_leaves_the_catalogue_unchanged(
    qtbot, open_window, tmp_path, keys, bundle, hook
):
    path = trusted_catalog(tmp_path / "catalog.db", keys[1])
    before = snapshot(path)
    window = open_window(path)
    reached, release = threading.Event(), threading.Event()

    def pause(done: int, total: int, label: str) -> None:
        if label.startswith("Installing"):
            reached.set()
            release.wait(10)

    hook(pause)
    dialog = window.importer.open([str(bundle)])
    wait_verified(qtbot, dialog)
    dialog.install.click()
    qtbot.waitUntil(reached.is_set)
    assert dialog.cancel.isVisible()
    qtbot.mouseClick(dialog.cancel, Qt.MouseButton.LeftButton)
    release.set()
    qtbot.waitUntil(lambda: dialog.summary.isVisible())
    assert dialog.status.text() == "Cancelled; nothing was changed."
    assert dialog.summary.text() == "Nothing was installed."
    window.close()
    assert snapshot(path) == before


def test_an_untrusted_bundle_cannot_be_installed_and_says_why(
    qtbot, open_window, empty_catalog, bundle
):
    window = open_window(empty_catalog)
    dialog = window.importer.open([str(bundle)])
    wait_verified(qtbot, dialog)
    assert dialog.entries[0].item.text(importdialog.Columns.TRUST) == "NO"
    assert not dialog.install.isEnabled()
    assert "'nordhaven' is not in the trust store" in dialog.detail.text()
    assert "Nothing can be installed" in dialog.status.text()


def test_a_broken_bundle_is_listed_as_invalid(qtbot, open_window, empty_catalog, tmp_path):
    fake = tmp_path / "broken.idgb"
    fake.write_text("not a zip archive")
    window = open_window(empty_catalog)
    drop(window, fake)
    dialog = window.importer.dialog
    wait_verified(qtbot, dialog)
    assert "Invalid" in dialog.entries[0].item.text(importdialog.Columns.STATUS)
    assert "broken.idgb" in dialog.detail.text() and not dialog.install.isEnabled()


def test_an_import_refreshes_the_open_page_and_the_results(
    qtbot, open_window, tmp_path, keys, bundle
):
    path = trusted_catalog(tmp_path / "catalog.db", keys[1])
    window = open_window(path)
    window.search_box.setText("wrench")
    window.search.flush()
    qtbot.waitUntil(lambda: window.worker.pending == 0)
    assert window.model.rowCount() == 0
    dialog = window.importer.open([str(bundle)])
    wait_verified(qtbot, dialog)
    dialog.install.click()
    qtbot.waitUntil(lambda: window.model.rowCount() > 0)
    assert window.model.summary(0).id == WRENCH


def test_an_import_reloads_the_open_page_and_keeps_the_note_being_typed(
    qtbot, open_window, tmp_path, keys, bundle
):
    path = trusted_catalog(tmp_path / "catalog.db", keys[1])
    with open_catalog(path) as catalog:
        import_bundle(catalog, bundle)
    src = copy_source(tmp_path)
    bump(src, "wrench.yaml", "revision: 2", "revision: 3")
    bump(src, "wrench.yaml", "name: Torque wrench TW-200", "name: Torque wrench TW-200 Pro")
    update = build(src, tmp_path / "nordhaven-2.idgb", keys[0], sequence=2)
    window = open_window(path)
    open_wrench(qtbot, window)
    qtbot.keyClicks(window.product_view.notes.edit, "Seen at gate 4")
    dialog = window.importer.open([str(update)])
    wait_verified(qtbot, dialog)
    dialog.install.click()
    name = window.product_view.name
    qtbot.waitUntil(lambda: name.text() == "Torque wrench TW-200 Pro")
    assert window.product_view.notes.edit.toPlainText() == "Seen at gate 4"
    assert "Updated (1)" in dialog.summary.text()
    window.close()
    with open_catalog(path) as catalog:
        assert get_note(catalog, WRENCH).text == "Seen at gate 4"


def test_back_from_the_compare_view_returns_to_its_product_page(qtbot, window):
    open_compare(qtbot, window)
    qtbot.keyClick(
        window.compare.view.genuine.view, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier
    )
    assert not window.compare.is_open()
    assert window.stack.currentWidget() is window.product_view
    assert window.product_view.page.product.id == WRENCH
    open_compare(qtbot, window)
    qtbot.keyClick(window.compare.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert not window.compare.is_open() and window.search_box.hasFocus()


def test_an_import_while_comparing_shows_the_new_entry_and_keeps_the_photo(
    qtbot, open_window, tmp_path, keys, bundle
):
    path = trusted_catalog(tmp_path / "catalog.db", keys[1])
    with open_catalog(path) as catalog:
        import_bundle(catalog, bundle)
    src = copy_source(tmp_path)
    bump(src, "wrench.yaml", "revision: 2", "revision: 3")
    bump(src, "wrench.yaml", "name: Torque wrench TW-200", "name: Torque wrench TW-200 Pro")
    update = build(src, tmp_path / "nordhaven-2.idgb", keys[0], sequence=2)
    photo = tmp_path / "mine.png"
    Image.new("RGB", (90, 60), (0, 0, 200)).save(photo)
    window = open_window(path)
    view = open_compare(qtbot, window)
    view.select_feature(2)
    view.open_photo(str(photo))
    qtbot.waitUntil(
        lambda: view.other.current() is not None and view.other.current().kind == "photo"
    )
    dialog = window.importer.open([str(update)])
    wait_verified(qtbot, dialog)
    dialog.install.click()
    qtbot.waitUntil(lambda: "TW-200 Pro" in view.title.text())
    assert window.compare.is_open()
    assert view.other.current().kind == "photo" and view.other.view.image_size().width() == 90
    assert view.current_feature().number == 2


def test_the_picture_background_follows_a_switch_to_a_dark_palette(qtbot):
    view = ZoomView()
    qtbot.addWidget(view)
    view.resize(400, 300)
    with qtbot.waitExposed(view):
        view.show()
    dark = QPalette(view.palette())
    dark.setColor(QPalette.ColorRole.Window, QColor("#202124"))
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#e8eaed"))
    view.setPalette(dark)  # what a system switch to dark mode delivers
    assert view.backgroundBrush().color() == QColor("#202124")
    # off the 3-pixel focus frame, drawn once the window manager has activated the view
    corner = view.grab().toImage().pixelColor(10, 10)
    assert corner == QColor("#202124")


def test_an_install_refused_after_verification_shows_the_cores_message(
    qtbot, open_window, tmp_path, keys, bundle, ui_errors
):
    path = trusted_catalog(tmp_path / "catalog.db", keys[1])
    window = open_window(path)
    dialog = window.importer.open([str(bundle)])
    wait_verified(qtbot, dialog)
    before = snapshot(path)
    with open_catalog(path) as catalog:  # headquarters revokes the publisher meanwhile
        trust_remove(catalog, "nordhaven")
    dialog.install.click()
    qtbot.waitUntil(lambda: bool(ui_errors))
    error = ui_errors.pop()
    assert "revoked in the trust store, so its bundle was not installed" in str(error)
    assert dialog.entries[0].item.text(importdialog.Columns.STATUS) == "Failed: nothing changed"
    after = snapshot(path)
    assert after["products"] == before["products"] == []


def test_a_bundle_with_a_brand_its_publisher_is_not_trusted_for_is_not_offered(
    qtbot, open_window, tmp_path, keys, bundle
):
    """The publisher is trusted, but for another brand than its bundle describes: the dialog
    says why it cannot be installed instead of "Ready to install" (the install would fail)."""
    path = trusted_catalog(tmp_path / "catalog.db", keys[1], brands=["strydon"])
    window = open_window(path)
    dialog = window.importer.open([str(bundle)])
    wait_verified(qtbot, dialog)
    status = dialog.entries[0].item.text(importdialog.Columns.STATUS)
    assert status == "Cannot be installed" and not dialog.install.isEnabled()
    assert "of brand 'nordiva'" in dialog.detail.text()
    assert "trusted only for strydon" in dialog.detail.text()


def test_a_bundle_installed_already_is_up_to_date_not_an_error(
    qtbot, open_window, tmp_path, keys, bundle
):
    path = trusted_catalog(tmp_path / "catalog.db", keys[1])
    with open_catalog(path) as catalog:
        import_bundle(catalog, bundle)
    window = open_window(path)
    dialog = window.importer.open([str(bundle)])
    wait_verified(qtbot, dialog)
    status = dialog.entries[0].item.text(importdialog.Columns.STATUS)
    assert status == "Already installed (up to date)" and not dialog.install.isEnabled()
    assert "Cannot be installed" not in dialog.detail.text()
