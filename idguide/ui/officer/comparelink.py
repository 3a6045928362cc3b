"""The compare view's place in the main window: Ctrl+K, the product page's Compare button and
pictures dropped on the window, wired when the window is built; the compare view itself
(idguide.ui.officer.compare, with the zoomable pictures) is imported and built the first time it
is opened, so that the main window shows without it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QMainWindow

from idguide.ui.drops import drop_stack
from idguide.ui.translation import TrContext

if TYPE_CHECKING:
    from idguide.ui.officer.compare import CompareView as View


class CompareView(TrContext):
    """The compare view's texts (its context) said before the view, and its module, exist."""


class CompareLink(QObject):
    """Puts the compare view over the main window's content and wires it to the product page."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.pages = drop_stack(window)
        self.main = self.pages.widget(0)
        self._view: View | None = None  # built when first opened
        window.product_view.gallery.compare.clicked.connect(self.open)
        QShortcut(QKeySequence("Ctrl+K"), window, self.open)
        self.pages.pictureDropped.connect(self.open_photo)
        window.productShown.connect(self._page_shown)

    @property
    def view(self) -> View:
        """The compare view, imported and built on first use."""
        if self._view is None:
            from idguide.ui.officer.compare import CompareView as View

            self._view = View(self.window.worker, self.window.lang, self.pages)
            self.pages.addWidget(self._view)
            self._view.backRequested.connect(self.back)
        return self._view

    def event(self, event: QEvent) -> bool:
        """The interface language changed (handed on by the main window): the view follows
        the window's content language, which may have followed it."""
        if event.type() == QEvent.Type.LanguageChange and self._view is not None:
            self._view.set_lang(self.window.lang)
        return super().event(event)

    def product_shown(self) -> bool:
        w = self.window
        page = w.product_view.page
        return page is not None and w.stack.currentWidget() is w.product_view

    def is_open(self) -> bool:
        return self._view is not None and self.pages.currentWidget() is self._view

    def open(self) -> None:
        """Compare the product on the page (with its selected feature)."""
        if self.is_open() or not self.product_shown():
            return
        product_view = self.window.product_view
        feature = product_view.features.current()
        pictures = product_view.gallery.pictures()
        self.pages.setCurrentWidget(self.view)
        self.view.set_lang(self.window.lang)
        self.view.show_product(product_view.page.product, pictures, feature and feature.number)

    def back(self) -> None:
        self.pages.setCurrentWidget(self.main)
        self.window.product_view.gallery.view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _page_shown(self, product_id: str) -> None:
        """The page under the compare view was loaded again (an import changed it): show its
        new contents here too. Another product's page closes the compare view."""
        if not self.is_open():
            return
        if product_id != self.view.product_id():
            self.back()
            return
        product_view = self.window.product_view
        self.view.reload(product_view.page.product, product_view.gallery.pictures())

    def open_photo(self, path: str) -> None:
        """A dropped picture: beside the genuine one, from the product page or here."""
        if not self.is_open():
            if not self.product_shown():
                message = CompareView.tr(
                    "Open a product first, then drop your photo on it to compare."
                )
                self.window.statusBar().showMessage(message, 8000)
                return
            self.open()
        self.view.open_photo(path)


def attach_compare(window: QMainWindow) -> CompareLink:
    """Add the compare view to ``window`` (a MainWindow): Ctrl+K, the Compare button, drops."""
    return CompareLink(window)
