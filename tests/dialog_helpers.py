"""Helpers shared by the tests that work in a real file dialog of the app."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog


def with_dialog(qtbot, officer: Callable[[QFileDialog], None], ask: Callable[[], Any]) -> Any:
    """Call ``ask`` (it opens a file dialog and waits for it, as the app does) while ``officer``
    works in the dialog; return what ``ask`` returned. A failure in ``officer`` closes the
    dialog and fails the test."""
    problems: list[BaseException] = []

    def act() -> None:
        try:
            qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QFileDialog))
            officer(QApplication.activeModalWidget())
        except BaseException as exc:  # reported once the dialog has closed
            problems.append(exc)
            modal = QApplication.activeModalWidget()
            if isinstance(modal, QFileDialog):
                modal.reject()

    QTimer.singleShot(0, act)
    answer = ask()
    assert problems == []
    return answer
