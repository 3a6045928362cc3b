"""The main window on a small screen: where it opens, what fits, what the columns show."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QByteArray, QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget
from support import CREME, WRENCH

from idguide.catalog import open_catalog
from idguide.catalog.examinations import new_examination
from idguide.ui.mainwindow import MainWindow
from idguide.ui.officer.models import ResultsModel
from idguide.ui.settings import Settings

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
