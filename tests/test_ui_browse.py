"""Browsing without typing a name: filters with counts, categories, HS codes, history, the home
screen, trust banners, settings and the content language (offscreen, pytest-qt)."""

from __future__ import annotations

import re
import shutil
import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QInputDialog, QLabel
from support import CREME, PLIERS, SAMPLE, WRENCH, install_folder

from idguide.catalog import open_catalog
from idguide.catalog.overview import (
    active_alerts,
    brand_counts,
    category_counts,
    installed_bundles,
    is_stale,
    language_counts,
    overview,
)
from idguide.ui.history import History, Place
from idguide.ui.mainwindow import MainWindow
from idguide.ui.officer.models import COUNT_ROLE, ID_ROLE, CategoryModel, ResultsModel
from idguide.ui.officer.ops import Thumbnail, load_thumbnails
from idguide.ui.settings import Settings
from idguide.ui.thumbnails import ThumbnailCache

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def ids(window: MainWindow) -> list[str]:
    return sorted(window.model.summary(row).id for row in range(window.model.rowCount()))


def search(qtbot, window: MainWindow, text: str) -> None:
    window.search_box.clear()
    qtbot.keyClicks(window.search_box, text)
    qtbot.waitUntil(lambda: window.search.is_current() and window.worker.pending == 0)


def combo_texts(combo) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


def sql(path: Path, statement: str) -> None:
    conn = sqlite3.connect(path)
    conn.execute(statement)
    conn.commit()
    conn.close()


# -- the core's overview --------------------------------------------------------------------------


def test_overview_lists_bundles_alerts_and_counts(sample_catalog):
    with open_catalog(sample_catalog) as catalog:
        found = overview(catalog, "en", today=date(2026, 12, 1))
        assert (found.products, found.publishers, found.demo) == (3, 2, False)
        assert [a.product_id for a in found.alerts] == [WRENCH]
        assert "L2406-88" in found.alerts[0].title
        assert not active_alerts(catalog, today=date(2030, 1, 1))  # expired by then
        assert category_counts(catalog) == {"hand-tools": 2, "cosmetics": 1}
        assert brand_counts(catalog)["Nordiva"] == 2
        assert language_counts(catalog) == {"en": 3, "es": 1, "fr": 1, "pt": 1}
        assert language_counts(catalog, [WRENCH]) == {"en": 1, "es": 1}
        bundles = installed_bundles(catalog, 90, date(2099, 1, 1))
        assert len(bundles) == 2 and all(b.stale for b in bundles)
    assert is_stale("2020-01-01T00:00:00+00:00", 90, date(2020, 5, 1))
    assert not is_stale("not a date", 90)


# -- models ---------------------------------------------------------------------------------------


def test_category_model_and_its_proxy_pass_the_model_tester(qtmodeltester):
    model = CategoryModel("en")
    model.set_counts({"hand-tools": 2, "cosmetics": 1})
    qtmodeltester.check(model)
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setFilterFixedString("tools")
    qtmodeltester.check(proxy)
    rows = {model.index(r, 0).data(ID_ROLE): model.index(r, 0) for r in range(model.rowCount())}
    assert rows["hand-tools"].data() == "Hand tools  (2)"
    assert rows["ppe"].data(COUNT_ROLE) == 0
    model.set_lang("es")
    assert rows["hand-tools"].data().startswith("Herramientas de mano")


def test_result_rows_have_thumbnails_and_a_badge(qtbot, qtmodeltester, window, monkeypatch):
    search(qtbot, window, "nordiva")
    qtbot.waitUntil(
        lambda: window.model.index(0, 0).data(Qt.ItemDataRole.DecorationRole) is not None
    )
    qtmodeltester.check(window.model)
    thumb = window.model.index(0, 0).data(Qt.ItemDataRole.DecorationRole)
    assert max(thumb.width(), thumb.height()) <= window.thumbnails.edge
    assert window.model.index(0, ResultsModel.MATCHED).data() == "brand"
    loads = []
    submit = window.worker.submit

    def counting_submit(fn, *args, **kwargs):
        if getattr(fn, "func", None) is load_thumbnails:
            loads.append(fn)
        return submit(fn, *args, **kwargs)

    monkeypatch.setattr(window.worker, "submit", counting_submit)
    search(qtbot, window, "pliers")
    search(qtbot, window, "nordiva")  # the same rows again: their thumbnails come from the cache
    assert loads == [] and window.model.index(0, 0).data(Qt.ItemDataRole.DecorationRole) is not None


def test_thumbnails_are_sharp_not_larger_on_a_high_dpi_screen(qtbot):
    cache = ThumbnailCache(worker=None, edge=80, pixel_ratio=2.0)  # type: ignore[arg-type]
    cache._store({"ab" * 32: Thumbnail(80, 60, bytes(80 * 60 * 4))})
    image = cache.image("ab" * 32)
    assert (image.width(), image.height()) == (80, 60)  # every device pixel is there
    assert image.deviceIndependentSize().toSize() == QSize(40, 30)  # drawn at the logical size


# -- filters, categories, HS codes ----------------------------------------------------------------


def test_filters_show_counts_and_narrow_the_results(qtbot, window):
    search(qtbot, window, "nordiva")
    bar = window.filter_bar
    assert combo_texts(bar.category) == ["All categories", "Hand tools (2)"]
    assert combo_texts(bar.language) == [
        "All languages",
        "English (2)",
        "Español (1)",
        "Français (1)",
    ]
    bar.language.setCurrentIndex(bar.language.findData("fr"))
    bar.language.activated.emit(bar.language.currentIndex())
    qtbot.waitUntil(lambda: ids(window) == [PLIERS])
    qtbot.waitUntil(lambda: window.worker.pending == 0)
    assert bar.filters() == ("", "", "fr")
    assert combo_texts(bar.category) == ["All categories", "Hand tools (1)"]  # in French
    # the other languages stay listed with their counts, to switch to
    assert combo_texts(bar.language)[1:] == ["English (2)", "Español (1)", "Français (1)"]
    bar.language.setCurrentIndex(0)
    bar.language.activated.emit(0)
    qtbot.waitUntil(lambda: ids(window) == [PLIERS, WRENCH])


def test_an_empty_search_shows_catalogue_wide_counts(qtbot, window):
    search(qtbot, window, "x")
    window.search_box.clear()
    qtbot.waitUntil(lambda: window.facets is not None and window.worker.pending == 0)
    assert "Hand tools (2)" in combo_texts(window.filter_bar.category)
    assert "Perfume and cosmetics (1)" in combo_texts(window.filter_bar.category)
    bar = window.filter_bar
    bar.brand.setCurrentIndex(bar.brand.findData("Nordiva"))
    bar.brand.activated.emit(bar.brand.currentIndex())
    qtbot.waitUntil(lambda: ids(window) == [PLIERS, WRENCH])  # a filter alone lists products


def test_category_browser_by_keyboard_lists_a_category(qtbot, window):
    window.actions_.categories.trigger()
    assert window.stack.currentWidget() is window.categories
    qtbot.waitUntil(lambda: window.facets is not None)
    browser = window.categories
    qtbot.keyClicks(browser.filter, "hand")
    assert browser.proxy.rowCount() == 1
    assert browser.proxy.index(0, 0).data() == "Hand tools  (2)"
    qtbot.keyClick(browser.filter, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ids(window) == [PLIERS, WRENCH])
    assert window.filter_bar.filters() == ("hand-tools", "", "")


def test_hs_code_search_from_the_search_box(qtbot, window):
    assert "HS code" in window.search_box.placeholderText()
    search(qtbot, window, "8204.11")
    assert ids(window) == [WRENCH]
    assert window.model.index(0, ResultsModel.MATCHED).data() == "HS"
    search(qtbot, window, "3304")
    assert ids(window) == [CREME]


# -- history --------------------------------------------------------------------------------------


def test_history_keeps_one_results_page_per_search():
    history = History()
    history.visit(Place("home"))
    history.visit(Place("results", "n"))
    history.visit(Place("results", "nordiva"))
    history.visit(Place("product", product_id=WRENCH))
    assert history.back() == Place("results", "nordiva")
    assert history.back() == Place("home")
    assert history.back() is None
    history.visit(Place("categories"))
    assert not history.can_go_forward()


def test_alt_left_and_alt_right_move_between_pages(qtbot, window):
    search(qtbot, window, "torque")
    with qtbot.waitSignal(window.productShown):
        qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    with qtbot.waitSignal(window.productShown):
        window.open_product(PLIERS)
    qtbot.keyClick(window.search_box, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: window.product_view.page.product.id == WRENCH)
    qtbot.keyClick(window.search_box, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.stack.currentWidget() is window.home
    assert window.search_box.text() == "torque"
    qtbot.keyClick(window.search_box, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.product_view)
    assert window.product_view.page.product.id == WRENCH
    assert window.actions_.forward.isEnabled()


def test_every_menu_action_has_a_shortcut(window):
    actions = window.actions_
    for action in (actions.quit, actions.home, actions.categories, actions.search, actions.back):
        assert not action.shortcut().isEmpty(), action.text()
    assert actions.import_bundles.text() == "&Import bundles…"


# -- the home screen ------------------------------------------------------------------------------


def test_home_shows_bundles_alerts_recent_searches_and_demo(qtbot, open_window, sample_catalog):
    sql(sample_catalog, "UPDATE publishers SET demo = 1 WHERE id = 'nordhaven'")
    Settings().add_recent_search("8204.11")
    window = open_window(sample_catalog)
    home = window.home
    assert home.demo.isVisible() and "DEMO" in home.demo.text()
    assert "3 products from 2 publishers" in home.text()
    bundles = [home.bundles.item(i).text() for i in range(home.bundles.count())]
    assert len(bundles) == 2 and any("DEMO" in line for line in bundles)
    assert re.search(r"installed [A-Z][a-z]{2} \d{1,2}, 20\d\d", bundles[0]), bundles[0]
    assert home.alerts.count() == 1 and "L2406-88" in home.alerts.item(0).text()
    assert home.recent.item(0).text() == "8204.11"
    with qtbot.waitSignal(window.productShown) as shown:
        home.alerts.itemActivated.emit(home.alerts.item(0))
    assert shown.args == [WRENCH]
    window.go_home()
    home.recent.itemActivated.emit(home.recent.item(0))
    qtbot.waitUntil(lambda: ids(window) == [WRENCH])
    assert window.search_box.text() == "8204.11"


def test_opening_a_result_remembers_the_search(qtbot, window):
    search(qtbot, window, "pliers")
    with qtbot.waitSignal(window.productShown):
        qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    assert Settings().recent_searches[0] == "pliers"
    assert window.home.recent.item(0).text() == "pliers"


# -- the product page: trust and freshness --------------------------------------------------------


def test_revoked_publisher_and_stale_content_show_banners(qtbot, open_window, sample_catalog):
    sql(sample_catalog, "UPDATE bundles SET installed_at = '2020-01-01T00:00:00+00:00'")
    sql(sample_catalog, "UPDATE publishers SET revoked = 1 WHERE id = 'nordhaven'")
    window = open_window(sample_catalog)
    assert window.home.stale.isVisible()
    with qtbot.waitSignal(window.productShown):
        window.open_product(WRENCH)
    view = window.product_view
    assert view.revoked.isVisible() and "REVOKED" in view.revoked.text()
    assert view.stale.isVisible() and "installed Jan 1, 2020," in view.stale.text()
    with qtbot.waitSignal(window.productShown):
        window.open_product(CREME)
    assert not view.revoked.isVisible() and view.stale.isVisible()


def test_the_officer_chooses_when_content_counts_as_out_of_date(
    qtbot, open_window, sample_catalog, monkeypatch
):
    month_ago = (date.today() - timedelta(days=30)).isoformat()
    sql(sample_catalog, f"UPDATE bundles SET installed_at = '{month_ago}T08:00:00+00:00'")
    window = open_window(sample_catalog)
    with qtbot.waitSignal(window.productShown):
        window.open_product(WRENCH)
    view = window.product_view
    assert not view.stale.isVisible() and not window.home.stale.isVisible()  # 90 days at first
    monkeypatch.setattr(QInputDialog, "getInt", lambda *args: (14, True))  # View > Out-of-date
    with qtbot.waitSignal(window.overviewShown):
        window.actions_.stale_days.trigger()
    assert view.stale.isVisible() and "more than 14 days" in view.stale.text()
    assert Settings().stale_days == 14
    monkeypatch.setattr(QInputDialog, "getInt", lambda *args: (0, False))  # Cancel
    window.actions_.stale_days.trigger()
    assert Settings().stale_days == 14 and view.stale.isVisible()
    window.go_home()
    assert window.home.stale.isVisible()


def test_fresh_content_has_no_stale_banner_and_no_label_opens_links(qtbot, window):
    with qtbot.waitSignal(window.productShown):
        window.open_product(WRENCH)
    view = window.product_view
    assert not view.stale.isVisible() and not view.revoked.isVisible()
    labels = window.findChildren(QLabel)
    assert labels and not any(label.openExternalLinks() for label in labels)
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in labels)
    contacts = view.contacts.textInteractionFlags()
    assert contacts & Qt.TextInteractionFlag.TextSelectableByKeyboard
    assert not contacts & Qt.TextInteractionFlag.LinksAccessibleByMouse


# -- settings and the content language ------------------------------------------------------------


def test_language_switch_renames_rows_and_is_remembered(qtbot, open_window, sample_catalog):
    window = open_window(sample_catalog)
    search(qtbot, window, "TW-200")
    assert window.model.summary(0).name == "Torque wrench TW-200"
    window.actions_.languages["es"].trigger()
    qtbot.waitUntil(lambda: window.model.summary(0).name == "Llave dinamométrica TW-200")
    assert window.model.index(0, ResultsModel.CATEGORY).data() == "Herramientas de mano"
    with qtbot.waitSignal(window.productShown):
        window.open_product(PLIERS)
    assert window.product_view.name.text() == "Combination pliers P-8"  # no Spanish: fallback
    window.close()
    assert Settings().language == "es"
    again = open_window(sample_catalog, lang=None)
    assert again.lang == "es" and again.actions_.languages["es"].isChecked()


def test_window_geometry_and_settings_persist(qtbot, open_window, sample_catalog, qt_settings):
    window = open_window(sample_catalog)
    window.resize(1100, 700)
    saved = window.saveGeometry()
    window.close()
    settings = Settings()
    assert settings.window_state()[0] is not None
    assert settings.stale_days == 90
    settings.stale_days = 30
    for n in range(12):
        settings.add_recent_search(f"query {n}")
    assert len(settings.recent_searches) == 10 and settings.recent_searches[0] == "query 11"
    assert any(qt_settings.rglob("*.ini"))  # written in the test's folder, not the user's
    again = open_window(sample_catalog, size=None)
    # The offscreen screen is small, so Qt fits the window to it; the saved geometry is used.
    assert again.size().height() == 700 and Settings().window_state()[0] == saved
    assert again.product_view.stale_days == 30


def test_a_scanned_barcode_that_several_products_carry_lists_them(qtbot, open_window, tmp_path):
    src = tmp_path / "src" / "nordhaven"
    shutil.copytree(SAMPLE / "nordhaven", src)
    kit = (src / "products" / "wrench.yaml").read_text()
    kit = kit.replace("id: nordiva-wrench-tw200", "id: nordiva-wrench-kit")
    kit = kit.replace("name: Torque wrench TW-200", "name: Torque wrench kit")
    (src / "products" / "kit.yaml").write_text(kit)  # same barcode as the wrench
    path = tmp_path / "catalog.db"
    with open_catalog(path) as catalog:
        install_folder(catalog, src)
    window = open_window(path)
    window.search_box.clear()
    qtbot.keyClicks(window.search_box, "036000291452")  # a scanner: digits and Enter at once
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.search.is_current() and window.worker.pending == 0)
    assert ids(window) == ["nordiva-wrench-kit", WRENCH]
    assert window.stack.currentWidget() is window.home  # nothing opened
    assert window.count.text() == "2 products carry barcode 036000291452: choose one"
    qtbot.keyClick(window.search_box, Qt.Key.Key_Down)
    with qtbot.waitSignal(window.productShown):
        qtbot.keyClick(window.search_box, Qt.Key.Key_Return)  # the officer's choice opens


def test_more_results_than_shown_are_announced(qtbot, window, monkeypatch):
    from idguide.ui import mainwindow
    from idguide.ui.officer import searching

    for module in (mainwindow, searching):
        monkeypatch.setattr(module, "RESULT_LIMIT", 1)
    search(qtbot, window, "nordiva")  # two products match
    assert window.model.rowCount() == 1
    assert window.count.text() == "2 found; the 1 best are shown. Add a word or a filter."
    # the filters count every product found, not only the one shown
    assert combo_texts(window.filter_bar.category) == ["All categories", "Hand tools (2)"]
    search(qtbot, window, "pliers")
    assert window.model.rowCount() == 1 and window.count.text() == "1 product found"
