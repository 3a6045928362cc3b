"""Windows a menu of the main window opens and owns: kept alive while shown, forgotten when
deleted, and closed (so saved) before the main window stops the worker."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

MenuEntry = tuple[str, "str | QKeySequence.StandardKey", Callable[[], object]]  # text, keys, slot


class OwnedWindows(QObject):
    """The windows opened from one main window by one area (training, examinations)."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.windows: list[QWidget] = []
        window.installEventFilter(self)
        self._main = window
        self._made: tuple[QMenu, dict[str, QAction]] | None = None  # by add_menu

    def _menu(self) -> None:
        """Make this area's menu with :meth:`add_menu`, its texts in the interface language;
        called again when that language changes (View > Interface language)."""

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:  # handed on by the main window
            self._menu()
        return super().event(event)

    def add_menu(self, title: str, entries: Sequence[MenuEntry]) -> dict[str, QAction]:
        """Add the menu ``title`` to the main window with ``entries``; return its actions by
        their text without the ``&`` marks (as first made). Called again, with the same entries
        in another language: the texts of the menu made before are set again."""
        if self._made is not None:
            menu, made = self._made
            menu.setTitle(title)
            for action, (text, _keys, _slot) in zip(made.values(), entries, strict=True):
                action.setText(text)
            return made
        menu = self._main.menuBar().addMenu(title)
        actions: dict[str, QAction] = {}
        self._made = (menu, actions)
        for text, keys, slot in entries:
            action = menu.addAction(text)
            action.setShortcut(QKeySequence(keys))
            action.triggered.connect(lambda _checked=False, s=slot: s())
            actions[text.replace("&", "")] = action
        return actions

    def keep(self, widget: QWidget) -> QWidget:
        widget.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.windows.append(widget)
        widget.destroyed.connect(lambda _o=None, w=widget: self._forget(w))
        return widget

    def _forget(self, widget: QWidget) -> None:
        if widget in self.windows:
            self.windows.remove(widget)
        self.forgotten(widget)

    def forgotten(self, widget: QWidget) -> None:
        """Called once ``widget`` is deleted: drop any other reference to it."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Close (and so save) our windows before the main window stops the worker."""
        if watched is self._main and event.type() == QEvent.Type.Close:
            for widget in list(self.windows):
                widget.close()
        return False
