"""The Examination menu of the main window: start an examination of the product on screen, list
the officer's examinations. :func:`install_examinations` is the one hook the main window calls."""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from idguide.ui.operations import ChangeOp
from idguide.ui.ownedwindows import OwnedWindows

# The examination windows' modules are imported when first opened, not with the main window: the
# menu is there at once, the windows cost only when used.
if TYPE_CHECKING:
    from idguide.ui.examinations.examlist import ExamListWindow
    from idguide.ui.examinations.examwindow import ExamWindow
    from idguide.ui.mainwindow import MainWindow


class Examinations(OwnedWindows):
    """Owns the examination windows opened from one main window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.worker = window.worker
        self.exam_list: ExamListWindow | None = None
        self._menu()
        window.product_view.examinationRequested.connect(self.start_examination)

    @property
    def lang(self) -> str | None:
        """The window's content language now: View > Content language changes it after the
        menu was built, and what opens or prints next follows it."""
        return self.window.lang

    def _menu(self) -> None:
        entries = [
            (self.tr("Start &examination"), "Ctrl+E", self.start_examination),
            (self.tr("E&xaminations…"), "Ctrl+Shift+E", self.open_exam_list),
        ]
        self.actions = self.add_menu(self.tr("E&xamination"), entries)

    def forgotten(self, widget: QWidget) -> None:
        if widget is self.exam_list:
            self.exam_list = None

    def start_examination(self, product_id: str = "", photos: Sequence[Path] = ()) -> None:
        """A new examination of ``product_id`` (default: the product on screen) with the code
        scanned for it, if any, and ``photos`` (a scanned photo, say)."""
        product_id = product_id or self.window.current_product()
        if product_id:
            from idguide.ui.examinations.ops import start_exam

            requester = self.window.settings.requester  # who asks, as this laptop keeps it
            scanned = self.window.scan_results.for_examination(product_id)  # the code scanned
            start = partial(
                start_exam, product_id=product_id, requester=requester, photos=photos, **scanned
            )
            ChangeOp(start, lambda exam: self.open_exam(exam.id), initiator=self).run(self.worker)

    def open_exam(self, exam_id: int) -> ExamWindow:
        from idguide.ui.examinations.examwindow import ExamWindow

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
            from idguide.ui.examinations.examlist import ExamListWindow

            self.exam_list = ExamListWindow(self.worker, self.lang, self.window)
            self.exam_list.openRequested.connect(self.open_exam)
            self.keep(self.exam_list)
        self.exam_list.show()
        self.exam_list.raise_()
        return self.exam_list


def install_examinations(window: MainWindow) -> Examinations:
    return Examinations(window)
