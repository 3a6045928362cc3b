"""Files dropped on the main window: bundles go to the import dialog, a picture to the compare
view.

The window's content is wrapped once in a :class:`DropStack` (a stack of pages that takes
drops), so the compare view can be one of its pages and a drop anywhere on the content reaches
it. Only its drag-and-drop handlers are written in Python: an event filter or a Python
``event()`` on the window would run Python for every event and fight the worker thread for the
GIL while it works.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QWidget

BUNDLE_SUFFIX = ".idgb"


def local_paths(mime: QMimeData | None) -> list[str]:
    """The local files in a drag (links to remote places are not followed)."""
    if mime is None or not mime.hasUrls():
        return []
    return [url.toLocalFile() for url in mime.urls() if url.isLocalFile()]


def split_paths(paths: list[str]) -> tuple[list[str], list[str]]:
    """Bundles (by suffix) and everything else (taken as pictures, checked when read)."""
    bundles = [p for p in paths if Path(p).suffix.lower() == BUNDLE_SUFFIX]
    return bundles, [p for p in paths if p not in bundles]


class DropStack(QStackedWidget):
    """The window's pages; accepts local files dropped anywhere on them."""

    bundlesDropped = Signal(list)  # paths of .idgb files
    pictureDropped = Signal(str)  # the path of another file: an officer's photo

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if local_paths(event.mimeData()):
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if local_paths(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = local_paths(event.mimeData())
        if paths:
            event.acceptProposedAction()
            self.handle(paths)

    def handle(self, paths: list[str]) -> None:
        bundles, others = split_paths(paths)
        if bundles:
            self.bundlesDropped.emit(bundles)
        elif others:
            self.pictureDropped.emit(others[0])


def drop_stack(window: QMainWindow) -> DropStack:
    """The window's DropStack, wrapped around its content the first time it is asked for."""
    central = window.centralWidget()
    if isinstance(central, DropStack):
        return central
    stack = DropStack(window)
    stack.addWidget(window.takeCentralWidget())
    window.setCentralWidget(stack)
    return stack
