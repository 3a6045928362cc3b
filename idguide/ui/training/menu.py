"""The Training menu of the main window: workshops, presentation, spot the fake, handouts and
the officer's examinations. :func:`install_training` is the one hook the main window calls."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from idguide.ui.examinations.examlist import ExamListWindow
from idguide.ui.examinations.examwindow import ExamWindow
from idguide.ui.operations import ChangeOp, QueryOp
from idguide.ui.training.handoutprint import print_handout
from idguide.ui.training.ops import spot_candidates, start_exam
from idguide.ui.training.presentation import PresentationWindow
from idguide.ui.training.spotthefake import SpotTheFakeWindow
from idguide.ui.training.workshopwindow import WorkshopWindow

if TYPE_CHECKING:
    from idguide.ui.mainwindow import MainWindow


class Training(QObject):
    """Owns the training and examination windows opened from one main window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.worker = window.worker
        self.lang = window.lang
        self.windows: list[QWidget] = []
        self.exam_list: ExamListWindow | None = None
        self.workshops: WorkshopWindow | None = None
        self._menu()
        window.product_view.examinationRequested.connect(self.start_examination)
        window.installEventFilter(self)

    def _menu(self) -> None:
        menu = self.window.menuBar().addMenu(self.tr("&Training"))
        entries = [
            (self.tr("&Workshops…"), "Ctrl+Shift+W", self.open_workshops),
            (self.tr("&Present this product"), "F5", self.present_current),
            (self.tr("&Spot the fake (catalogue round)"), "Ctrl+Shift+F", self.spot_the_fake),
            (self.tr("Print &handout…"), QKeySequence.StandardKey.Print, self.print_current),
            None,
            (self.tr("Start &examination"), "Ctrl+E", self.start_examination),
            (self.tr("E&xaminations…"), "Ctrl+Shift+E", self.open_exam_list),
        ]
        self.actions: dict[str, QAction] = {}
        for entry in entries:
            if entry is None:
                menu.addSeparator()
                continue
            text, keys, slot = entry
            action = menu.addAction(text)
            action.setShortcut(QKeySequence(keys))
            action.triggered.connect(lambda _checked=False, s=slot: s())
            self.actions[text.replace("&", "")] = action

    # -- the product on screen ------------------------------------------------------------------

    def current_product(self) -> str:
        view = self.window.product_view
        if self.window.stack.currentWidget() is view and view.page is not None:
            return view.page.product.id
        return ""

    # -- windows --------------------------------------------------------------------------------

    def keep(self, widget: QWidget) -> QWidget:
        widget.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.windows.append(widget)
        widget.destroyed.connect(lambda _o=None, w=widget: self._forget(w))
        return widget

    def _forget(self, widget: QWidget) -> None:
        if widget in self.windows:
            self.windows.remove(widget)
        if widget is self.exam_list:
            self.exam_list = None
        if widget is self.workshops:
            self.workshops = None

    def open_workshops(self) -> WorkshopWindow:
        if self.workshops is None:
            self.workshops = WorkshopWindow(
                self.worker, self.lang, self.current_product, self.window
            )
            self.keep(self.workshops)
        self.workshops.show()
        self.workshops.raise_()
        self.workshops.activateWindow()
        return self.workshops

    def present_current(self) -> PresentationWindow | None:
        product_id = self.current_product()
        if not product_id:
            return None
        window = PresentationWindow(self.worker, [product_id], self.lang, self.window)
        self.keep(window).present()  # type: ignore[attr-defined]
        return window

    def spot_the_fake(self) -> None:
        QueryOp(spot_candidates, self._open_spot_round).run(self.worker)

    def _open_spot_round(self, product_ids: list[str]) -> None:
        window = SpotTheFakeWindow(self.worker, product_ids, self.lang, parent=self.window)
        self.keep(window)
        window.present()

    def print_current(self) -> None:
        product_id = self.current_product()
        if product_id:
            print_handout(self.window, self.worker, [product_id], self.lang)

    def start_examination(self, product_id: str = "") -> None:
        product_id = product_id or self.current_product()
        if product_id:
            start = partial(start_exam, product_id=product_id)
            ChangeOp(start, lambda exam: self.open_exam(exam.id), initiator=self).run(self.worker)

    def open_exam(self, exam_id: int) -> ExamWindow:
        for widget in self.windows:
            if isinstance(widget, ExamWindow) and widget.exam_id == exam_id:
                widget.show()
                widget.raise_()
                return widget
        window = ExamWindow(self.worker, exam_id, self.lang, self.window)
        self.keep(window)
        window.show()
        return window

    def open_exam_list(self) -> ExamListWindow:
        if self.exam_list is None:
            self.exam_list = ExamListWindow(self.worker, self.lang, self.window)
            self.exam_list.openRequested.connect(self.open_exam)
            self.keep(self.exam_list)
        self.exam_list.show()
        self.exam_list.raise_()
        return self.exam_list

    # -- closing --------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Close (and so save) our windows before the main window stops the worker."""
        if watched is self.window and event.type() == QEvent.Type.Close:
            for widget in list(self.windows):
                widget.close()
        return False


def install_training(window: MainWindow) -> Training:
    return Training(window)
