"""The Training menu of the main window: workshops, presentation, spot the fake and handouts.
:func:`install_training` is the one hook the main window calls."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QWidget

from idguide.ui.operations import QueryOp
from idguide.ui.ownedwindows import OwnedWindows

# The windows' modules (and the PDF library the handouts use) are imported when an entry is first
# chosen, not with the main window: the menu is there at once, the windows cost only when used.
if TYPE_CHECKING:
    from idguide.ui.mainwindow import MainWindow
    from idguide.ui.training.presentation import PresentationWindow
    from idguide.ui.training.workshopwindow import WorkshopWindow


class Training(OwnedWindows):
    """Owns the training windows opened from one main window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.worker = window.worker
        self.workshops: WorkshopWindow | None = None
        self._menu()

    @property
    def lang(self) -> str | None:
        """The window's content language now: View > Content language changes it after the
        menu was built, and what opens or prints next follows it."""
        return self.window.lang

    def _menu(self) -> None:
        entries = [
            (self.tr("&Workshops…"), "Ctrl+Shift+W", self.open_workshops),
            (self.tr("&Present this product"), "F5", self.present_current),
            (self.tr("&Spot the fake (catalogue round)"), "Ctrl+Shift+F", self.spot_the_fake),
            (self.tr("Print &handout…"), QKeySequence.StandardKey.Print, self.print_current),
        ]
        self.actions = self.add_menu(self.tr("&Training"), entries)

    # -- windows --------------------------------------------------------------------------------

    def forgotten(self, widget: QWidget) -> None:
        if widget is self.workshops:
            self.workshops = None

    def open_workshops(self) -> WorkshopWindow:
        from idguide.ui.training.workshopwindow import WorkshopWindow

        if self.workshops is None:
            self.workshops = WorkshopWindow(
                self.worker, self.lang, self.window.current_product, self.window
            )
            self.keep(self.workshops)
        self.workshops.show()
        self.workshops.raise_()
        self.workshops.activateWindow()
        return self.workshops

    def present_current(self) -> PresentationWindow | None:
        product_id = self.window.current_product()
        if not product_id:
            return None
        from idguide.ui.training.presentation import PresentationWindow

        window = PresentationWindow(self.worker, [product_id], self.lang, self.window)
        self.keep(window).present()  # type: ignore[attr-defined]
        return window

    def spot_the_fake(self) -> None:
        from idguide.ui.training.ops import spot_candidates

        QueryOp(spot_candidates, self._open_spot_round).run(self.worker)

    def _open_spot_round(self, product_ids: list[str]) -> None:
        from idguide.ui.training.spotthefake import SpotTheFakeWindow

        window = SpotTheFakeWindow(self.worker, product_ids, self.lang, parent=self.window)
        self.keep(window)
        window.present()

    def print_current(self) -> None:
        product_id = self.window.current_product()
        if product_id:
            from idguide.ui.training.handoutprint import print_handout

            print_handout(self.window, self.worker, [product_id], self.lang)


def install_training(window: MainWindow) -> Training:
    return Training(window)
