"""Window shortcuts that win over a text box's own key bindings.

On X11 a text box binds some Ctrl keys itself (Ctrl+U deletes to the start of the line, Ctrl+K
to its end, Ctrl+E moves to its end): a text box with the focus claims such a key (Qt's
``ShortcutOverride``) before a window action with the same shortcut sees it, so the action never
fires from the search box there. :func:`let_shortcut_win` makes an action's shortcuts win in its
window's text boxes: the claim is refused for exactly those keys, and Qt then triggers the
action. Other keys, and other windows' text boxes, are left alone.

One filter per application, watching only the text box that has the focus (not every event of
the application).
"""

from __future__ import annotations

import weakref

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

TEXT_BOXES = (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox, QComboBox)


class _WindowKeysWin(QObject):
    """Refuses text boxes' claims on the keys of registered actions."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._actions: list[tuple[weakref.ref[QAction], weakref.ref[QWidget]]] = []
        self._watched: weakref.ref[QWidget] | None = None
        app.focusChanged.connect(self._on_focus)

    def add(self, action: QAction, window: QWidget) -> None:
        alive = [pair for pair in self._actions if pair[0]() is not None]
        self._actions = [*alive, (weakref.ref(action), weakref.ref(window))]
        focus = QApplication.focusWidget()
        if focus is not None:
            self._on_focus(None, focus)

    def _on_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        old = self._watched() if self._watched is not None else None
        if old is not None:
            old.removeEventFilter(self)
        self._watched = None
        if isinstance(new, TEXT_BOXES):
            new.installEventFilter(self)
            self._watched = weakref.ref(new)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(watched, QWidget):
            return False
        assert isinstance(event, QKeyEvent)
        keys = QKeySequence(event.keyCombination())
        # True: the text box never sees the claim, so it is not accepted and the action fires.
        return any(self._wins(pair, watched.window(), keys) for pair in self._actions)

    @staticmethod
    def _wins(pair: tuple[weakref.ref, weakref.ref], window: QWidget, keys: QKeySequence) -> bool:
        action, owner = pair[0](), pair[1]()
        if action is None or owner is not window or not action.isEnabled():
            return False
        exact = QKeySequence.SequenceMatch.ExactMatch
        return any(shortcut.matches(keys) == exact for shortcut in action.shortcuts())


def let_shortcut_win(action: QAction, window: QWidget) -> None:
    """Make ``action``'s shortcuts work in ``window``'s text boxes too."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    keeper = app.findChild(_WindowKeysWin)
    if keeper is None:
        keeper = _WindowKeysWin(app)
    keeper.add(action, window)
