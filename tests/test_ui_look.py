"""How the officer's screens look: badges, colours, text size."""

from __future__ import annotations

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QColor, QPalette
from support import PLIERS, WRENCH

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def is_red(colour: QColor) -> bool:
    return colour.red() - max(colour.green(), colour.blue()) > 80


def tag_colour(view) -> QColor:
    """The colour of the badge in the picture's top right corner (its padding, not its text)."""
    image = view.viewport().grab().toImage()
    height = view.fontMetrics().height()
    return image.pixelColor(image.width() - 8 - 4, 8 + (height + 8) // 2)


def open_compare(qtbot, window):
    with qtbot.waitSignal(window.productShown):
        window.open_product(WRENCH)
    window.compare.open()
    return window.compare.view


def test_the_officers_photo_is_badged_in_a_neutral_colour_never_counterfeit_red(
    qtbot, window, tmp_path
):
    view = open_compare(qtbot, window)
    qtbot.waitUntil(lambda: view.other.view.has_image())
    assert is_red(tag_colour(view.other.view))  # the rights holder's counterfeit picture
    photo = tmp_path / "mine.png"
    Image.new("RGB", (300, 200), (240, 240, 240)).save(photo)
    view.open_photo(str(photo))
    qtbot.waitUntil(lambda: bool(view.other.photos()))
    assert view.other.current().kind == "photo"
    badge = tag_colour(view.other.view)
    assert not is_red(badge) and badge != QColor(240, 240, 240)  # a badge, and not red


def test_the_presentation_shows_the_products_active_alert_on_every_slide(qtbot, window):
    with qtbot.waitSignal(window.productShown):
        window.open_product(WRENCH)
    stage = window.training.present_current()
    qtbot.waitUntil(lambda: stage.index == 0)
    for _step in range(len(stage.steps)):
        assert stage.alert.isVisible()
        assert "Fake batch L2406-88" in stage.alert.text() and "L2406-88" in stage.alert.text()
        stage.step(1)
    stage.close()
    with qtbot.waitSignal(window.productShown):
        window.open_product(PLIERS)
    stage = window.training.present_current()
    qtbot.waitUntil(lambda: stage.index == 0)
    assert not stage.alert.isVisible()  # no alert for this product
    stage.close()


# -- readable at night: text size and colours ------------------------------------------------------


def menu_action(window, text: str):
    found = [a for a in window.findChildren(QAction) if a.text().replace("&", "") == text]
    assert len(found) == 1, text
    return found[0]


def sizes(window) -> tuple[float, float]:
    """The point sizes of the product's name and of the page's plain text."""
    page = window.product_view
    return page.name.font().pointSizeF(), page.description.font().pointSizeF()


def test_the_text_size_grows_shrinks_and_is_kept(qtbot, open_window, sample_catalog, qapp):
    window = open_window(sample_catalog)
    with qtbot.waitSignal(window.productShown):
        window.open_product(WRENCH)
    name, text = sizes(window)
    ctrl = Qt.KeyboardModifier.ControlModifier
    assert menu_action(window, "Larger text").shortcuts()[0].toString() == "Ctrl+="
    qtbot.keyClick(window.product_view, Qt.Key.Key_Equal, ctrl)
    qtbot.waitUntil(lambda: sizes(window)[1] > text)
    larger = sizes(window)
    assert larger[0] > name
    assert larger[0] / larger[1] == pytest.approx(name / text)  # headings stay headings
    qtbot.keyClick(window.product_view, Qt.Key.Key_Minus, ctrl)
    qtbot.keyClick(window.product_view, Qt.Key.Key_Minus, ctrl)
    qtbot.waitUntil(lambda: sizes(window)[1] < text)
    qtbot.keyClick(window.product_view, Qt.Key.Key_0, ctrl)
    qtbot.waitUntil(lambda: sizes(window) == pytest.approx((name, text)))
    menu_action(window, "Larger text").trigger()
    window.close()
    again = open_window(sample_catalog)  # the next start keeps the size chosen
    with qtbot.waitSignal(again.productShown):
        again.open_product(WRENCH)
    assert sizes(again) == pytest.approx(larger)
    menu_action(again, "Normal text size").trigger()
    assert qapp.font().pointSizeF() == pytest.approx(text)


def lightness(window, role=QPalette.ColorRole.Window) -> int:
    return window.product_view.palette().color(role).lightness()


def test_dark_and_high_contrast_colours_are_chosen_in_the_app_and_kept(
    qtbot, open_window, sample_catalog
):
    window = open_window(sample_catalog)
    with qtbot.waitSignal(window.productShown):
        window.open_product(WRENCH)
    system = lightness(window)
    menu_action(window, "Dark").trigger()
    qtbot.waitUntil(lambda: lightness(window) < 60)
    assert lightness(window, QPalette.ColorRole.WindowText) > 200
    menu_action(window, "High contrast").trigger()
    qtbot.waitUntil(lambda: lightness(window) == 0)
    assert lightness(window, QPalette.ColorRole.WindowText) == 255
    window.close()
    again = open_window(sample_catalog)
    with qtbot.waitSignal(again.productShown):
        again.open_product(WRENCH)
    assert lightness(again) == 0 and menu_action(again, "High contrast").isChecked()
    menu_action(again, "Follow the system").trigger()
    qtbot.waitUntil(lambda: lightness(again) == system)
