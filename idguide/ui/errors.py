"""The one place that shows errors to the officer (Anki's ``show_exception``).

An :class:`~idguide.catalog.IdguideError` is something the officer or the data can cause; its
message already says what is wrong and what to do, so it is shown as it is. A fault of the
computer (a full disk, a read-only folder, the catalogue in use by another program: a
:class:`~idguide.catalog.errors.MachineError`) is shown the same way, titled as a problem of the
computer. Anything else is a bug in idguide: it is said so plainly, with the traceback under
"Show Details" for the report. A cancelled operation (``Interrupted``) is not an error and shows
nothing.

Tests call :func:`set_error_hook` to collect errors instead of opening a modal dialog.
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from idguide.catalog import IdguideError, Interrupted
from idguide.catalog.errors import MachineError
from idguide.ui.translation import TrContext

ErrorHook = Callable[[QWidget | None, BaseException], None]

_hook: ErrorHook | None = None


def set_error_hook(hook: ErrorHook | None) -> ErrorHook | None:
    """Send errors to ``hook`` instead of a dialog (None restores dialogs); returns the old one."""
    global _hook
    old, _hook = _hook, hook
    return old


def is_bug(exc: BaseException) -> bool:
    return not isinstance(exc, IdguideError)


def title(exc: BaseException) -> str:
    """The title of the dialog that shows ``exc``."""
    if is_bug(exc):
        return Errors.tr("idguide: a bug")
    if isinstance(exc, MachineError):
        return Errors.tr("idguide: a problem with this computer")
    return "idguide"


def message(exc: BaseException) -> str:
    """The text the officer reads for ``exc``."""
    if is_bug(exc):
        return Errors.tr(
            "This is a bug in idguide. What you were doing was not completed; your catalogue and "
            "notes are as they were. Please report it with the details below."
        )
    return str(exc) or type(exc).__name__


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    """Show ``exc`` to the officer: plainly for their errors, as a bug for ours."""
    if isinstance(exc, Interrupted):
        return
    if is_bug(exc):
        traceback.print_exception(exc, file=sys.stderr)
    if _hook is not None:
        _hook(parent, exc)
        return
    box = _message_box(parent, exc)
    if parent is None:
        box.exec()
    else:
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()


def _message_box(parent: QWidget | None, exc: BaseException) -> QMessageBox:
    box = QMessageBox(parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # messages may quote bundle content
    box.setText(message(exc))
    box.setWindowTitle(title(exc))
    if is_bug(exc):
        box.setIcon(QMessageBox.Icon.Critical)
        box.setDetailedText("".join(traceback.format_exception(exc)))
    else:
        box.setIcon(QMessageBox.Icon.Warning)
    return box


def install_excepthook() -> None:
    """Show exceptions that escape a slot instead of only printing them."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if not isinstance(exc, Exception):
            sys.__excepthook__(kind, exc, tb)
            return
        show_error(QApplication.activeWindow(), exc)

    sys.excepthook = hook


class Errors(TrContext):
    """The context of this module's texts for Qt's translations."""
