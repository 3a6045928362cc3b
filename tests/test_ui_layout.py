"""The main window on a small screen: where it opens, what fits, what the columns show."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QPoint, QRect, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget
from support import CREME, WRENCH

from idguide.catalog import install_demo, open_catalog
from idguide.catalog.examinations import new_examination
from idguide.ui.app import setup_application
from idguide.ui.mainwindow import MainWindow
from idguide.ui.officer.models import ResultsModel
from idguide.ui.settings import Settings
from idguide.ui.zoomview import region_scene_rect

pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support propagateSizeHints", "This plugin does not support raise"
)


# -- where the window opens ---------------------------------------------------------------------


def shown_as_idguide_shows_it(qtbot, path) -> MainWindow:
    """The window as `idguide` opens it (idguide.ui.app.run_app): made, then shown."""
    window = MainWindow(path, lang="en")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.worker.pending == 0)
    return window


@pytest.mark.x11
def test_the_first_window_opens_maximised_inside_a_1366x768_screen(
    qtbot, sample_catalog, ui_errors
):
    window = shown_as_idguide_shows_it(qtbot, sample_catalog)
    area = window.screen().availableGeometry()
    assert (area.width(), area.height()) <= (1366, 768)  # the X server of `make test`
    qtbot.waitUntil(lambda: area.contains(window.frameGeometry()))
    assert window.isMaximized()
    window.close()


@pytest.mark.x11  # Qt's offscreen screen (800 wide) is narrower than the window's minimum
def test_a_saved_window_larger_than_the_screen_comes_back_inside_it(
    qtbot, sample_catalog, ui_errors
):
    area = QGuiApplication.primaryScreen().availableGeometry()
    too_big = QWidget()
    too_big.setGeometry(QRect(area.x() + 200, area.y() + 150, area.width() + 300, area.height()))
    Settings().save_window_state(too_big.saveGeometry(), QByteArray())
    window = shown_as_idguide_shows_it(qtbot, sample_catalog)
    qtbot.waitUntil(lambda: area.contains(window.frameGeometry()))
    assert not window.isMaximized()  # the officer's own size, made to fit
    window.close()


# -- columns ------------------------------------------------------------------------------------


def cut_columns(view, columns) -> list[int]:
    """The columns narrower than their visible contents (their text elided: "Perfume a…")."""
    header = view.header()
    return [c for c in columns if header.sectionSize(c) < view.sizeHintForColumn(c)]


def test_result_columns_show_their_whole_text_while_the_window_has_room(qtbot, window):
    window.search_for("crème")
    qtbot.waitUntil(lambda: window.search.is_current() and window.model.rowCount() == 1)
    assert window.model.index(0, ResultsModel.CATEGORY).data() == "Perfume and cosmetics"
    columns = (ResultsModel.BRAND, ResultsModel.PRODUCT, ResultsModel.CATEGORY)
    qtbot.waitUntil(lambda: cut_columns(window.results, columns) == [])
    window.search_for("nordiva")
    qtbot.waitUntil(lambda: window.search.is_current() and window.model.rowCount() == 2)
    qtbot.waitUntil(lambda: cut_columns(window.results, columns) == [])


def test_examination_list_columns_show_their_whole_text(qtbot, window):
    with open_catalog(window.catalog_path) as catalog:
        new_examination(catalog, WRENCH, verdict="suspected", case_ref="PT-2026/118")
        new_examination(catalog, CREME, verdict="likely-genuine")
    listing = window.examinations.open_exam_list()
    qtbot.waitUntil(lambda: listing.tree.topLevelItemCount() == 2)
    tree = listing.tree
    assert {tree.topLevelItem(r).text(2) for r in range(2)} == {
        "Suspected counterfeit",
        "Likely genuine",
    }
    assert cut_columns(tree, range(tree.columnCount())) == []


# -- the product page on one screen -------------------------------------------------------------

V12 = "veltrex-v12"  # an alert, the DEMO banner, ten facts and six features: a full page
BATCH_CODE = 3  # its feature with the smallest print: the lot code, 8 pixels tall in the picture
SCREEN = (1366, 749)  # a maximised window on a 1366x768 screen (openbox's title bar: 19 pixels)


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "catalog.db"
    with open_catalog(path) as catalog:
        install_demo(catalog)
    return path


@pytest.fixture
def app_font(qapp):
    """The type the app itself sets (idguide.ui.app: 11 points at least), for this test."""
    before = qapp.font()
    setup_application(qapp)
    yield qapp.font()
    qapp.setFont(before)


@pytest.fixture
def demo(demo_template, tmp_path, app_font) -> Path:
    for sibling in demo_template.parent.iterdir():
        (shutil.copytree if sibling.is_dir() else shutil.copy2)(sibling, tmp_path / sibling.name)
    return tmp_path / demo_template.name


def on_screen(page, widget) -> bool:
    """``widget`` is wholly inside the visible part of the scrolled ``page``."""
    top_left = widget.mapTo(page.viewport(), QPoint(0, 0))
    return page.viewport().rect().contains(QRect(top_left, widget.size()))


def open_v12(qtbot, open_window, demo):
    window = open_window(demo, size=SCREEN)
    window.search_for("veltrex")
    qtbot.waitUntil(lambda: window.search.is_current() and window.model.rowCount() > 0)
    with qtbot.waitSignal(window.productShown):
        window.open_product(V12)
    view = window.product_view.gallery.view
    qtbot.waitUntil(lambda: view.height() >= 300)  # the picture takes the room it has
    return window


def test_the_product_page_fits_one_1366x768_screen(qtbot, open_window, demo):
    window = open_v12(qtbot, open_window, demo)
    page = window.product_view
    assert page.alerts.isVisible() and page.demo.isVisible()
    for part in (page.alerts, page.brand, page.name, page.gallery, page.features.list):
        qtbot.waitUntil(lambda part=part: on_screen(page, part))
    assert page.verticalScrollBar().value() == 0


def test_choosing_a_feature_keeps_the_products_name_in_view(qtbot, open_window, demo):
    window = open_v12(qtbot, open_window, demo)
    page = window.product_view
    features = page.page.product.features
    for feature in features:
        page.select_feature(feature.number)
        qtbot.wait(10)
        assert on_screen(page, page.name), feature.number
    page.features.list.setFocus()
    for _ in features:
        qtbot.keyClick(page.features.list, Qt.Key.Key_Down)
        assert on_screen(page, page.name)
    qtbot.mouseClick(page.features.list.viewport(), Qt.MouseButton.LeftButton)
    assert on_screen(page, page.name)


def test_the_results_narrow_while_a_product_is_open_and_widen_again(qtbot, open_window, demo):
    window = open_v12(qtbot, open_window, demo)
    narrow = window.splitter.sizes()[0]
    assert narrow < 0.3 * sum(window.splitter.sizes())
    assert window.results.header().isSectionHidden(ResultsModel.CATEGORY)
    window.go_home()
    wide = window.splitter.sizes()[0]
    assert wide > 0.4 * sum(window.splitter.sizes())
    assert not window.results.header().isSectionHidden(ResultsModel.CATEGORY)


def test_choosing_a_feature_zooms_the_picture_into_its_call_out(qtbot, open_window, demo):
    window = open_v12(qtbot, open_window, demo)
    page = window.product_view
    view = page.gallery.view
    fitted = view.scale_factor()
    assert page.select_feature(BATCH_CODE)
    feature = page.features.current()
    assert feature.number == BATCH_CODE and view.callout.number == BATCH_CODE
    # The lot code's print, 8 picture pixels tall, is at least 16 screen pixels tall now...
    assert view.scale_factor() * 8 >= 16 > fitted * 8
    # ...with the whole call-out in view.
    box = region_scene_rect(view.image_size(), feature.region)
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    assert visible.contains(box)
    assert page.gallery.whole.isVisible()  # and a way back to the whole picture
    page.gallery.whole.click()
    assert view.scale_factor() == fitted and not page.gallery.whole.isVisible()
    assert page.select_feature(BATCH_CODE) and view.scale_factor() > fitted  # again
    assert not page.select_feature(99)  # no such feature: nothing happens
