"""File > Import bundles… (Ctrl+I) and bundles dropped on the main window, wired when the window
is built; the import dialog (idguide.ui.bundles.importdialog) is imported the first time it is
used, so that the main window shows without it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow

from idguide.ui import filedialogs
from idguide.ui.drops import drop_stack
from idguide.ui.translation import TrContext

if TYPE_CHECKING:
    from idguide.ui.bundles.importdialog import ImportDialog as Dialog


class ImportDialog(TrContext):
    """The import dialog's texts (its context) said before the dialog, and its module, exist."""


class ImportLink(QObject):
    """File > Import bundles… (Ctrl+I) and bundles dropped on the window."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: Dialog | None = None
        self.action = window.findChild(QAction, "importBundlesAction")  # see idguide.ui.menus
        self.action.triggered.connect(self.choose)
        self.action.setEnabled(True)
        drop_stack(window).bundlesDropped.connect(self.open)

    def choose(self) -> None:
        from idguide.ui.bundles.importdialog import BUNDLE_FILTER

        paths = filedialogs.open_files(
            self.window, ImportDialog.tr("Import bundles"), "", ImportDialog.tr(BUNDLE_FILTER)
        )
        if paths:
            self.open(paths)

    def open(self, paths: list[str]) -> Dialog:
        """Show the import dialog (one at a time) with ``paths`` added to it."""
        from idguide.ui.bundles.importdialog import ImportDialog as Dialog

        if self.dialog is None:
            self.dialog = Dialog(self.window.worker, self.window.lang, self.window)
            self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.dialog.destroyed.connect(self._forget)
            self.dialog.resize(980, 560)
            self.dialog.open()
        self.dialog.add_paths(paths)
        return self.dialog

    def _forget(self) -> None:
        self.dialog = None


def attach_import(window: QMainWindow) -> ImportLink:
    """Add importing bundles to ``window`` (a MainWindow)."""
    return ImportLink(window)
