"""View > Interface language switches the interface at once, without restarting: the main
window and what it holds (the home screen, categories, a product page, a failed scan, the compare
view, the scan result, the scan session window) are in the new language, what was open stays
open, the choice is kept for the next start, and the content language follows unless chosen."""

from __future__ import annotations

import re
from datetime import date

import pytest
from feed_helpers import make_feed
from keyboard import GS, focus, scan
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMenu, QWidget
from support import WRENCH
from test_ui_french import French, assert_french, checks_found, visible_texts

from idguide.catalog import i18n
from idguide.catalog.feed import add_feed
from idguide.catalog.i18n import NATIVE_NAMES
from idguide.ui.imageview import Picture
from idguide.ui.mainwindow import MainWindow
from idguide.ui.officer import scanstate
from idguide.ui.settings import Settings
from idguide.ui.translation import start_language
from idguide.ui.zoomview import region_scene_rect

pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support propagateSizeHints", "This plugin does not support raise"
)
WRENCH_GTIN = "00036000291452"  # the sample wrench; its alert names the lot L2406-88
WRONG_CHECK_DIGIT = "4006381333932"


def choose(qtbot, window: MainWindow, code: str) -> None:
    """Choose the interface language ``code`` ("" for the system's) in View > Interface
    language, as the officer does, and let Qt deliver the change to every window."""
    menu = window.menuBar().findChild(QMenu, "interfaceLanguageMenu")
    actions = [action for action in menu.actions() if not action.isSeparator()]
    names = {"": actions[0].text(), **NATIVE_NAMES}  # each language in its own words
    action = next(a for a in actions if a.text() == names[code])
    action.trigger()
    QApplication.processEvents()  # Qt posts the language change to each top-level window
    qtbot.waitUntil(lambda: window.worker.pending == 0)
    QApplication.processEvents()


def texts(widget: QWidget) -> list[str]:
    """What ``widget`` shows, the status bar's passing message aside."""
    if isinstance(widget, QMainWindow):
        widget.statusBar().clearMessage()
    return sorted(visible_texts(widget))


@pytest.fixture
def searched(qtbot, window) -> MainWindow:
    """The main window in English with "wrench" searched and the wrench's page open."""
    window.search_box.setText("wrench")
    qtbot.waitUntil(lambda: window.model.rowCount() > 0 and window.worker.pending == 0)
    with qtbot.waitSignal(window.productShown):
        window.open_product(WRENCH)
    qtbot.waitUntil(lambda: window.worker.pending == 0)
    return window


# -- everything in the new language ---------------------------------------------------------------


def test_a_product_page_switches_to_french_at_once(qtbot, searched, sample_catalog):
    window = searched
    window.product_view.notes.edit.setPlainText("Seen at the port of Santos")
    choose(qtbot, window, "fr")
    shown = list(visible_texts(window))
    assert "&Fichier" in shown
    assert "Commencer un examen (Ctrl+E)" in shown
    assert window.statusBar().currentMessage() == "Langue de l'interface\u00a0: Français."
    assert_french(French(sample_catalog, "Seen at the port of Santos"), window)
    thumbs = window.product_view.gallery.thumbs  # "Authentique" is longer than "Genuine"
    first, second = (thumbs.visualItemRect(thumbs.item(row)) for row in (0, 1))
    assert not first.intersects(second)


def test_the_home_screen_switches_to_french_at_once(qtbot, window, sample_catalog):
    qtbot.waitUntil(lambda: window.home.summary.text() != "")
    choose(qtbot, window, "fr")
    assert window.home.browse.text() == "Parcourir les catégories  (Ctrl+B)"
    assert_french(French(sample_catalog), window)


def test_the_categories_switch_to_french_at_once(qtbot, window, sample_catalog):
    window.show_categories()
    qtbot.waitUntil(lambda: window.facets is not None and window.worker.pending == 0)
    choose(qtbot, window, "fr")
    assert window.stack.currentWidget() is window.categories
    assert_french(French(sample_catalog), window)


@pytest.fixture
def silent(monkeypatch) -> None:
    monkeypatch.setattr(scanstate, "beep", lambda: None)


def test_a_failed_scan_switches_to_french_at_once(qtbot, window, sample_catalog, silent):
    focus(window, window.search_box)
    scan(window, WRONG_CHECK_DIGIT)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.scan_state)
    choose(qtbot, window, "fr")
    assert window.stack.currentWidget() is window.scan_state
    headline = "Chiffre de contrôle erroné\u00a0: scannez à nouveau"
    assert window.scan_state.headline.text() == headline
    assert "devrait être 1" in window.scan_state.detail.text()
    title = f"{headline} — idguide"
    assert window.windowTitle() == title
    assert_french(French(sample_catalog, title), window)


def test_the_checks_of_a_code_no_product_carries_switch_to_french_at_once(
    qtbot, searched, sample_catalog, silent
):
    """A readable code no entry carries, scanned over a product page: the failed-scan state
    lists what checking it found, and says it again in the new language."""
    window = searched
    with qtbot.waitSignal(window.scan_results.checked):
        scan(window, "5901234123457")  # a valid GTIN no sample entry carries
    state = window.scan_state
    qtbot.waitUntil(lambda: window.stack.currentWidget() is state and state.checks.isVisible())
    english = state.checks.text()
    choose(qtbot, window, "fr")
    lines = checks_found(sample_catalog, window.scan_results.result)  # each a French sentence
    assert state.checks.text() == "\n".join(lines) != english
    assert_french(French(sample_catalog, window.windowTitle(), *lines), window)


def test_the_compare_view_switches_to_french_at_once(qtbot, searched, sample_catalog):
    window = searched
    qtbot.keyClick(window.search_box, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert window.compare.is_open()
    choose(qtbot, window, "fr")
    assert window.compare.is_open()
    assert "← &Retour (Échap)" in list(visible_texts(window))
    assert_french(French(sample_catalog), window)


def test_a_scan_result_and_the_scan_session_window_switch_to_french_at_once(
    qtbot, window, sample_catalog, silent
):
    window.scan_results.today = date(2026, 12, 1)  # the wrench's alert in force
    view = window.scan_sessions.open()
    qtbot.waitUntil(lambda: view.session_id > 0)
    code = f"]d201{WRENCH_GTIN}17281231{GS}10L2406-88{GS}21SN0042"
    with qtbot.waitSignal(window.productShown), qtbot.waitSignal(window.scan_results.checked):
        scan(window, code)
    qtbot.waitUntil(lambda: window.worker.pending == 0 and len(view.items) == 1)
    choose(qtbot, window, "fr")
    panel = window.product_view.scan_result
    assert panel.headline.text() == "ROUGE\u00a0: un signal d'alerte connu. Retenez l'article."
    assert view.windowTitle() == "Session de scan"
    assert view.status.text() == "1 article scanné, 1 en rouge."
    # the checks' messages too: made again from their codes in the new language
    french = French(
        sample_catalog, "L2406-88", "SN0042", *checks_found(sample_catalog, panel.result)
    )
    assert_french(french, window)
    assert_french(french, view)


# -- back to English, the same window -------------------------------------------------------------


def test_switching_back_to_english_shows_exactly_what_was_shown(qtbot, searched):
    window = searched
    before = texts(window)
    choose(qtbot, window, "fr")
    assert texts(window) != before
    choose(qtbot, window, "en")
    assert texts(window) == before


def test_switching_back_to_english_on_the_home_screen_and_categories(qtbot, window):
    qtbot.waitUntil(lambda: window.home.summary.text() != "")
    home = texts(window)
    choose(qtbot, window, "es")
    choose(qtbot, window, "en")
    assert texts(window) == home
    window.show_categories()
    qtbot.waitUntil(lambda: window.facets is not None and window.worker.pending == 0)
    categories = texts(window)
    choose(qtbot, window, "pt")
    choose(qtbot, window, "en")
    assert texts(window) == categories


# -- what was open stays open ---------------------------------------------------------------------


def state(window: MainWindow) -> tuple:
    rows = [window.model.summary(row).id for row in range(window.model.rowCount())]
    history = window.history
    return (
        window.search_box.text(),
        rows,
        window.results.currentIndex().row(),
        window.current_product(),
        history.current,
        history.can_go_back(),
        history.can_go_forward(),
    )


def test_the_search_results_page_and_history_stay(qtbot, searched):
    window = searched
    window.move_selection(1)
    window.product_view.notes.edit.setPlainText("Seen at the port of Santos")
    window.product_view.select_feature(2)
    picture = window.product_view.gallery.view
    before = state(window)
    choose(qtbot, window, "fr")
    assert state(window) == before
    assert window.product_view.notes.edit.toPlainText() == "Seen at the port of Santos"
    feature = window.product_view.features.current()
    assert feature.number == 2
    # still zoomed into the feature's call-out (its size follows the room the words leave it)
    assert not picture.is_fitted()
    region = region_scene_rect(picture.image_size(), feature.region)
    shown = picture.mapToScene(picture.viewport().rect()).boundingRect()
    assert shown.adjusted(-1, -1, 1, 1).contains(region)
    window.go_back()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.home)


# -- kept for the next start; the content language ------------------------------------------------


def test_the_choice_is_kept_for_the_next_start(qtbot, window):
    choose(qtbot, window, "pt")
    assert Settings().interface_language == "pt"
    assert start_language(Settings().interface_language, "en_US").language == "pt"
    assert i18n.current_language() == "pt"  # the core's messages the app shows follow
    choose(qtbot, window, "")
    assert Settings().interface_language is None
    assert window.menuBar().actions()[0].text() == "&File"  # the system's: English here
    assert window.statusBar().currentMessage() == "Interface language: English."


def test_the_content_language_follows_the_interface_language_unless_chosen(
    qtbot, open_window, sample_catalog
):
    window = open_window(sample_catalog, lang=None)
    choose(qtbot, window, "fr")
    assert window.lang == "fr"
    assert window.actions_.languages["fr"].isChecked()
    assert Settings().language is None  # still not chosen: it follows the next change too
    window.actions_.languages["es"].trigger()  # View > Content language > Español
    qtbot.waitUntil(lambda: window.worker.pending == 0)
    choose(qtbot, window, "pt")
    assert window.lang == "es"
    assert Settings().language == "es"


def test_the_update_feeds_on_the_home_screen_switch_to_french_at_once(
    qtbot, open_window, sample_catalog, tmp_path
):
    feed, _keys = make_feed(tmp_path, None, [], trust=False)
    add_feed(sample_catalog, "http://127.0.0.1:9/feed", feed / "metadata/1.root.json", name="hq")
    window = open_window(sample_catalog)
    qtbot.waitUntil(lambda: "hq: last updated never" in window.updates.status.text())
    choose(qtbot, window, "fr")
    status = window.updates.status
    assert status.isVisible() and status.check.text() == "Rechercher des mises à jour  (Ctrl+U)"
    assert "hq" in status.text() and "last updated" not in status.text()
    assert_french(French(sample_catalog, "hq"), window)


def test_the_results_columns_keep_room_for_their_new_titles(qtbot, window):
    window.search_box.setText("wrench")
    qtbot.waitUntil(lambda: window.model.rowCount() > 0 and window.worker.pending == 0)
    choose(qtbot, window, "fr")
    header = window.results.header()
    title = window.model.headerData(window.model.MATCHED, Qt.Orientation.Horizontal)
    assert title == "Correspondance"
    qtbot.waitUntil(
        lambda: (
            header.sectionSize(window.model.MATCHED) > header.fontMetrics().horizontalAdvance(title)
        )
    )


def facts(window: MainWindow) -> set[str]:
    """The texts of the product page's header: labels and values."""
    view = window.product_view
    return {label.text() for label in view.findChildren(QLabel) if label.parent() is view.widget()}


def test_the_product_page_names_countries_and_regions_in_the_interface_language(qtbot, searched):
    window = searched
    assert {"Sweden", "European Union", "ECOWAS states"} <= facts(window)  # SE, EU, ECOWAS
    choose(qtbot, window, "fr")
    assert {"Suède", "Union européenne", "États de la CEDEAO"} <= facts(window)


def test_the_product_page_names_the_languages_a_contact_reads_in_the_interface_language(
    qtbot, searched
):
    window = searched
    contacts = window.product_view.contacts
    assert "Languages: English, Swedish" in contacts.text()  # en, sv
    choose(qtbot, window, "fr")
    assert "Langues\u00a0: anglais, suédois" in contacts.text()


def test_a_suggestion_and_the_count_of_results_switch_to_french_at_once(
    qtbot, window, sample_catalog
):
    window.search_box.setText("mordiva")  # nothing found, "nordiva" suggested
    qtbot.waitUntil(window.suggestion.isVisible)
    choose(qtbot, window, "fr")
    assert (
        window.suggestion.text()
        == "Aucun produit trouvé. Vouliez-vous dire «\u00a0nordiva\u00a0»\u00a0?"
    )
    assert window.count.text() == "Aucun produit trouvé."
    assert_french(French(sample_catalog), window)


def test_a_label_and_its_text_are_joined_as_the_language_writes_them(qtbot, searched):
    window = searched
    indicators = window.product_view.indicators
    assert "E-commerce: Single units in small parcels" in indicators.text()
    choose(qtbot, window, "fr")
    assert "Commerce en ligne\u00a0: Single units in small parcels" in indicators.text()


def test_a_picture_s_kind_and_caption_are_joined_as_the_language_writes_them(qtbot, window):
    genuine = Picture("a" * 64, None, "Smartphone V12 authentique", "genuine")
    fake = Picture("b" * 64, None, "Authentique", "counterfeit")  # a caption that would mislead
    assert fake.label() == "Counterfeit: Authentique"
    choose(qtbot, window, "fr")
    assert genuine.label() == "Authentique\u00a0: Smartphone V12 authentique"
    assert fake.label() == "Contrefaçon\u00a0: Authentique"  # the kind first, always


def test_the_product_page_writes_its_dates_as_the_language_does(qtbot, searched):
    """An alert's day, the bundle's and the installation's: "Jul 1, 2026", "1 juil. 2026"."""
    window = searched
    view = window.product_view
    assert "issued Jul 1, 2026" in view.alerts.text(), view.alerts.text()
    assert not any(re.search(r"\b20\d\d-\d\d-\d\d\b", fact) for fact in facts(window))
    choose(qtbot, window, "fr")
    assert "émise le 1 juil. 2026" in view.alerts.text(), view.alerts.text()
    assert not re.search(r"\b20\d\d-\d\d-\d\d\b", view.source.text()), view.source.text()
