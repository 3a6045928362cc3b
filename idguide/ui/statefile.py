"""What the officer's window shows, written to a file for tests from outside the app.

The end-to-end test (tests/test_x11_officer.py) drives the real app with key events from the X
server, as a person or a scanner would, and reads back what is on screen: the window title (with
``xdotool getwindowname``), screenshots, the catalogue, and this file for what neither shows in
words (which feature is chosen, where the keyboard focus is, how far the product page's picture
is zoomed in and which part of it is on screen). It is written only when the environment
variable ``IDGUIDE_STATE_FILE`` names a file; nothing else in the app reads it.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QRectF, QTimer
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from idguide.ui.mainwindow import MainWindow

ENVIRONMENT = "IDGUIDE_STATE_FILE"
INTERVAL_MS = 100


def window_state(window: MainWindow) -> dict[str, Any]:
    """What the window shows, in plain values."""
    pages = {
        window.home: "home",
        window.categories: "categories",
        window.product_view: "product",
        window.scan_state: "failed-scan",
    }
    view = window.product_view
    feature = view.features.current()
    compared = window.compare.view.current_feature() if window.compare.is_open() else None
    failure = window.scan_state.failure
    return {
        "title": window.windowTitle(),
        "page": pages.get(window.stack.currentWidget(), "other"),
        "product": window.current_product(),
        "feature": feature.number if feature is not None else None,
        "compare": window.compare.is_open(),
        "compare_feature": compared.number if compared is not None else None,
        "failure": failure.kind
        if failure and window.stack.currentWidget() is window.scan_state
        else "",
        "search": window.search_box.text(),
        "focus": _focus_name(window),
        **_picture_state(window),
    }


def _picture_state(window: MainWindow) -> dict[str, Any]:
    """The product page's picture: ``zoom``, how many times its fitted size it is shown at;
    ``scale``, screen pixels per picture pixel; ``picture``, its size in pixels; ``visible``,
    the part on screen as fractions of the picture (x, y, w, h); ``whole_button``, whether the
    "Whole picture (F)" button shows."""
    gallery = window.product_view.gallery
    view = gallery.view
    if not view.has_image():
        return {**dict.fromkeys(("zoom", "scale", "picture", "visible")), "whole_button": False}
    size = view.image_size()
    w, h = size.width(), size.height()
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    shown = shown.intersected(QRectF(0, 0, w, h))
    return {
        "zoom": round(view.view_state().zoom, 3),
        "scale": round(view.scale_factor(), 4),
        "picture": [w, h],
        "visible": [
            round(value, 4)
            for value in (shown.x() / w, shown.y() / h, shown.width() / w, shown.height() / h)
        ],
        "whole_button": gallery.whole.isVisible(),
    }


def _focus_name(window: MainWindow) -> str:
    focus = QApplication.focusWidget()
    if focus is None:
        return ""
    if focus is window.search_box:
        return "search"
    if window.compare.is_open() and window.compare.view.isAncestorOf(focus):
        return "compare"
    if window.product_view.isAncestorOf(focus):
        return "product"
    return type(focus).__name__


class StateFile(QObject):
    """Writes :func:`window_state` to ``path`` whenever it changes (looked at 10 times a
    second), replacing the file whole so that a reader never sees half of it."""

    def __init__(self, window: MainWindow, path: Path) -> None:
        super().__init__(window)
        self.window = window
        self.path = path
        self._last = ""
        self._timer = QTimer(self, interval=INTERVAL_MS)
        self._timer.timeout.connect(self.write)
        self._timer.start()

    def write(self) -> None:
        text = json.dumps(window_state(self.window), ensure_ascii=False)
        if text != self._last:
            temporary = self.path.with_name(f"{self.path.name}.tmp")
            temporary.write_text(text, encoding="utf-8")
            os.replace(temporary, self.path)
            self._last = text


def write_state_if_asked(window: MainWindow) -> StateFile | None:
    """Start writing the window's state if ``IDGUIDE_STATE_FILE`` asks for it."""
    path = os.environ.get(ENVIRONMENT)
    return StateFile(window, Path(path)) if path else None
