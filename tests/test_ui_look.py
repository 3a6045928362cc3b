"""How the officer's screens look: badges, colours, text size."""

from __future__ import annotations

import pytest
from PIL import Image
from PySide6.QtGui import QColor
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
