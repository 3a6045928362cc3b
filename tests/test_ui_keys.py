"""The window's shortcuts win over a text box's own key bindings (scanner input and keys 1-9:
tests/test_ui_scanning.py).

These run offscreen and again on a real X server (xcb), where Qt's text boxes have the Emacs
bindings of X11 (Ctrl+E, Ctrl+K, Ctrl+U...) that the offscreen platform lacks.
"""

from __future__ import annotations

import pytest
from keyboard import focus
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication
from support import WRENCH
from test_ui_french import shortcut_clashes

from idguide.ui.examinations.examwindow import ExamWindow
from idguide.ui.mainwindow import MainWindow

pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support propagateSizeHints",
    "This plugin does not support raise",  # the updates summary (Ctrl+U), offscreen
    "keyToAscii Unhandled key code",  # QTest typing the Zoom In/Out keys of View > Text size
)

CTRL = Qt.KeyboardModifier.ControlModifier


def open_wrench(qtbot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.productShown):
        window.open_product(WRENCH)


def exam_windows(window: MainWindow) -> list[ExamWindow]:
    return [w for w in window.examinations.windows if isinstance(w, ExamWindow)]


def close_what_fired(qtbot, window: MainWindow) -> None:
    """Close what a window shortcut opened: examinations, the compare view, and the updates
    summary (window-modal: the main window's keys wait while it is open)."""
    for exam in exam_windows(window):
        exam.close()
    window._leave_compare()
    updates = window.updates
    if updates.dialog is not None:
        qtbot.waitUntil(lambda: not updates.check.running)
        updates.dialog.close()
        qtbot.waitUntil(lambda: updates.dialog is None)


# -- window shortcuts win over a text box's own bindings ------------------------------------------


def test_ctrl_e_from_the_search_box_starts_an_examination(qtbot, window):
    open_wrench(qtbot, window)
    focus(window, window.search_box)
    window.search_box.setText("torque")
    window.search_box.setCursorPosition(2)
    qtbot.keyClick(window.search_box, Qt.Key.Key_E, CTRL)  # X11: "end of line" in a text box
    qtbot.waitUntil(lambda: len(exam_windows(window)) == 1)
    assert window.search_box.cursorPosition() == 2  # the box did not take the key


def test_ctrl_k_from_the_search_box_opens_the_compare_view(qtbot, window):
    open_wrench(qtbot, window)
    focus(window, window.search_box)
    window.search_box.setText("torque")
    window.search_box.setCursorPosition(2)
    qtbot.keyClick(window.search_box, Qt.Key.Key_K, CTRL)  # X11: "delete to the end of line"
    assert window.compare.is_open()
    assert window.search_box.text() == "torque"


def test_every_window_shortcut_the_text_boxes_also_bind_reaches_the_window(qtbot, window):
    """Whatever this platform's text-box table holds (on X11: Ctrl+E), a window shortcut wins
    over it, from the search box and from the note."""
    open_wrench(qtbot, window)
    editing = {
        sequence.toString()
        for standard in QKeySequence.StandardKey
        for sequence in QKeySequence.keyBindings(standard)
    }
    fired: list[str] = []
    clashes = []
    for action in window.findChildren(QAction):
        for sequence in action.shortcuts():
            if sequence.toString() in editing and action.isEnabled():
                clashes.append((action, sequence))
        action.triggered.connect(lambda _c=False, a=action: fired.append(a.text()))
    # (Ctrl+E is one of them on X11; offscreen, the table has none of ours but Ctrl+F "Find")
    for action, sequence in clashes:
        if action.text() in ("&Quit", "&Import bundles…", "Print &handout…"):
            continue  # these close the window or open a modal dialog
        for box in (window.search_box, window.product_view.notes.edit):
            fired.clear()
            focus(window, box)
            combination = sequence[0]
            qtbot.keyClick(box, combination.key(), combination.keyboardModifiers())
            assert fired == [action.text()], (sequence.toString(), box)
            close_what_fired(qtbot, window)
    for exam in exam_windows(window):
        exam.close()
    assert QApplication.platformName() != "xcb" or any(
        s.toString() == "Ctrl+E" for _a, s in clashes
    )


def test_no_two_items_of_an_english_menu_share_a_shortcut_letter(qtbot, window):
    """Alt and a letter reach one item only (the translations have their own test)."""
    assert list(shortcut_clashes(window.menuBar().actions())) == []
