"""Keys across the app: a window's shortcuts win over a text box's own key bindings, and a window
may look at key presses before the focused widget does (the scanner watch does).

Why the first rule: Qt asks the focused widget first whether it wants a key that is also a
shortcut (the ``ShortcutOverride`` event), and a text box says yes to every key of its platform's
editing table. On X11 that table has Emacs keys: Ctrl+E (end of line), Ctrl+U (delete the line),
Ctrl+K (delete to the end of the line, in some versions), Ctrl+A... So with the search box
focused, which it is after every search and scan, Ctrl+E moved the cursor instead of starting an
examination. Here, a key sequence bound to an enabled action or shortcut of the window wins: the
text box is not asked. Keys no window action uses (Ctrl+A, Ctrl+Z, arrows...) stay the box's.

macOS, by review (no Mac to test on): Qt maps Ctrl to Command there. The Command keys our
windows bind (Cmd+E, Cmd+K, Cmd+F, Cmd+L, Cmd+B, Cmd+I, Cmd+U, Cmd+P, Cmd+Q, Cmd+O, Cmd+=,
Cmd+-, Cmd+0, Cmd+Shift+E/W/F) are in no text box's table on macOS, so they work there today;
the Mac text bindings are on the Control key (Qt's Meta: Ctrl+A/E/B/F/N/P/K/V/O), which no
window action uses. The one clash is Option+Left/Right (word left/right in a text box) with
Back/Forward (Alt+Left/Right): on macOS the text box keeps those (:data:`TEXT_KEEPS`), and
Back/Forward work from everywhere else and from the Go menu.

How: one :class:`KeyRules` per application (:func:`key_rules`) follows
``QApplication.focusChanged`` and filters the events of each widget that gets the focus. Only the
focused widgets' events pass through Python, not every event of the application (which would
make the GUI thread wait for the interpreter lock while the worker runs).
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QWidget

# A hook sees a key press sent to a widget of its window; True means it used the key.
KeyHook = Callable[[QWidget, QKeyEvent], bool]

WINDOW_CONTEXTS = (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut)
COMMAND_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)
# Sequences a text box keeps although a window action has them (see the module's docstring).
TEXT_KEEPS: frozenset[str] = (
    frozenset({"Alt+Left", "Alt+Right"}) if sys.platform == "darwin" else frozenset()
)
_FILTERED = "idguideKeyRules"  # a widget's dynamic property: the filter is installed


def is_command_key(event: QKeyEvent) -> bool:
    """A key that can only be a command: with Ctrl, Alt or Meta held, or a function key."""
    key = event.key()
    return bool(event.modifiers() & COMMAND_MODIFIERS) or Qt.Key.Key_F1 <= key <= Qt.Key.Key_F35


def window_binds(widget: QWidget, sequence: QKeySequence) -> bool:
    """Whether an enabled window-level action or shortcut of ``widget``'s window has
    ``sequence``."""
    window = widget.window()
    for action in window.findChildren(QAction):
        if (
            action.isEnabled()
            and action.shortcutContext() in WINDOW_CONTEXTS
            and sequence in action.shortcuts()
        ):
            return True
    for shortcut in window.findChildren(QShortcut):
        if (
            shortcut.isEnabled()
            and shortcut.context() in WINDOW_CONTEXTS
            and sequence in list(shortcut.keys())
        ):
            return True
    return False


class KeyRules(QObject):
    """The key rules of one application (see the module's docstring)."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._hooks: dict[QWidget, KeyHook] = {}
        app.focusChanged.connect(self._on_focus)
        focused = app.focusWidget()
        if focused is not None:
            self._watch(focused)

    def add_hook(self, window: QWidget, hook: KeyHook) -> None:
        """Show ``hook`` every key press sent to a widget of ``window`` before the widget."""
        self._hooks[window] = hook
        window.destroyed.connect(lambda _o=None, w=window: self._hooks.pop(w, None))

    def _on_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is not None:
            self._watch(new)

    def _watch(self, widget: QWidget) -> None:
        if not widget.property(_FILTERED):
            widget.setProperty(_FILTERED, True)
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.ShortcutOverride and isinstance(watched, QWidget):
            return self._shortcut_wins(watched, event)  # type: ignore[arg-type]
        if kind == QEvent.Type.KeyPress and isinstance(watched, QWidget):
            hook = self._hooks.get(watched.window())
            return hook is not None and hook(watched, event)  # type: ignore[arg-type]
        return False

    def _shortcut_wins(self, widget: QWidget, event: QKeyEvent) -> bool:
        """Keep the override question from the widget when the window binds the key; Qt then
        runs the window's shortcut."""
        if not is_command_key(event):
            return False
        sequence = QKeySequence(event.keyCombination())
        if sequence.toString() in TEXT_KEEPS or not window_binds(widget, sequence):
            return False
        event.ignore()
        return True


def key_rules() -> KeyRules:
    """The application's one :class:`KeyRules`, made on first use."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    found = app.findChild(KeyRules)
    return found if found is not None else KeyRules(app)
