"""Where a main window opens: inside the screen's available area, always.

A window of the screen's own size runs past its bottom under a window manager (the title bar and
the panels take their share), so on a small screen the first window opens maximised; on a larger
one at its start size, centred. A saved geometry is restored (maximised if it was), and brought
inside the available area if the screen is smaller now than when it was saved.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# Room for what the window manager adds around a window before it is shown (title bar, borders),
# when Qt cannot know it yet.
FRAME = QSize(16, 48)
START_SIZE = (1366, 768)  # a main window's size when none was saved, if the screen has room


def available_area(window: QWidget) -> QRect:
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def place(window: QWidget, saved: QByteArray | None, start: tuple[int, int]) -> None:
    """Size and place ``window`` before it is first shown (see the module's docstring)."""
    if saved is not None and window.restoreGeometry(saved):
        if not window.windowState() & (
            Qt.WindowState.WindowMaximized | Qt.WindowState.WindowFullScreen
        ):
            keep_inside(window, available_area(window))
        return
    area = available_area(window)
    size = QSize(*start)
    if (
        size.width() + FRAME.width() > area.width()
        or size.height() + FRAME.height() > area.height()
    ):
        keep_inside(window, area)  # the size it takes when the officer un-maximises it
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
        return
    window.resize(size)
    frame = QRect(0, 0, size.width() + FRAME.width(), size.height() + FRAME.height())
    frame.moveCenter(area.center())
    window.move(frame.topLeft())


def keep_inside(window: QWidget, area: QRect) -> None:
    """Make ``window`` (with room for its frame) no larger than ``area`` and move it inside."""
    room = area.size() - FRAME
    size = window.size().boundedTo(room).expandedTo(window.minimumSize())
    if size != window.size():
        window.resize(size)
    frame = window.frameGeometry()
    width, height = size.width() + FRAME.width(), size.height() + FRAME.height()
    x = min(max(frame.x(), area.left()), area.left() + max(area.width() - width, 0))
    y = min(max(frame.y(), area.top()), area.top() + max(area.height() - height, 0))
    if (x, y) != (frame.x(), frame.y()):
        window.move(x, y)
