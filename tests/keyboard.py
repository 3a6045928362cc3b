"""Keys for the GUI tests: a scanner's burst with the timestamps a system gives its keys, and the
keyboard focus put where a click would put it (also on a busy X server, where the window manager
may leave a new window inactive for a while)."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

GS = "\x1d"  # ASCII 29: a 2D scanner's FNC1


def key_event(kind: QEvent.Type, char: str, stamp: int) -> QKeyEvent:
    if char == "\r":
        event = QKeyEvent(kind, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, "\r")
    elif char == "\n":  # a scanner set to end codes with a line feed
        event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, "\n")
    elif char == GS:  # how a 2D scanner types FNC1: Ctrl+]
        event = QKeyEvent(kind, Qt.Key.Key_BracketRight, Qt.KeyboardModifier.ControlModifier, GS)
    else:
        event = QKeyEvent(kind, ord(char.upper()), Qt.KeyboardModifier.NoModifier, char)
    event.setTimestamp(stamp)
    return event


_clock = [10_000]


def wait_for(check: Callable[[], bool]) -> None:
    """Let Qt work until ``check()`` holds (5 s at most)."""
    deadline = time.monotonic() + 5
    while not check():
        assert time.monotonic() < deadline
        QTest.qWait(20)


def focused(window: QWidget) -> QWidget:
    """The widget with the keyboard focus, the window made active first if it is not (on a
    busy X server the window manager can leave a new window inactive for a while)."""
    if not window.isActiveWindow():
        window.activateWindow()
        wait_for(window.isActiveWindow)
    widget = QApplication.focusWidget()
    assert widget is not None and widget.window() is window
    return widget


def focus(window: QWidget, widget: QWidget) -> None:
    """Put the keyboard focus on ``widget``, as a click or Tab would."""
    focused(window)
    widget.setFocus()
    wait_for(widget.hasFocus)


def scan(window: QWidget, text: str, gap_ms: int = 4, end: str = "\r") -> None:
    """Type ``text`` and Enter as a keyboard-wedge scanner does, each key to whichever widget
    has the focus when it arrives, ``gap_ms`` apart by the events' timestamps."""
    for char in f"{text}{end}":
        _clock[0] += gap_ms
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(focused(window), key_event(kind, char, _clock[0]))
    _clock[0] += 1000
