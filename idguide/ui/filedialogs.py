"""Every file dialog of the app: Qt's own dialog, telling files apart by their names only.

A file dialog runs in the app's process, which holds the catalogue open. To show a file's icon
and type, Qt's file dialog asks its icon provider, and Qt's own provider asks QMimeDatabase,
which *opens* a file whose name does not settle its type (``catalog.db``, ``catalog.db-wal``,
``catalog.db-shm``) to read its first bytes; a native GTK dialog does the same in our process
through GIO. Closing that descriptor drops all the process's SQLite locks on the file (see
:mod:`idguide.catalog.store`), and the next ``idguide`` command that closes the catalogue then
deletes the log the app still writes into: the officer's later notes were lost. So:

- the dialog lists files with :class:`NameOnlyIcons`, which answers from a file's name and
  whether it is a folder and never reads it (Qt's file system model asks nothing else that
  reads a file);
- on Linux and macOS, where SQLite's locks are POSIX advisory locks, the dialog is Qt's own,
  never the platform's native one (GTK's runs in our process; macOS's panel may read files
  in our process too, for previews and icons);
- on Windows SQLite locks with ``LockFileEx`` on its own handle, which no other handle's
  closing releases: the native dialog officers know stays.

Widgets call these functions, never ``QFileDialog`` itself (``tests/test_ui_file_dialogs.py``
fails if one does). A file picked in any dialog is still checked before it is read or written
(``idguide.catalog.store.refuse_catalogue_file``).
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QFileInfo, QMimeDatabase
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QDialog, QFileDialog, QFileIconProvider, QWidget

# Whether the platform's own dialog may be used: only where SQLite's locks survive another
# descriptor of the file being closed.
NATIVE = sys.platform == "win32"


def _tr(text: str) -> str:
    return QCoreApplication.translate("FileDialogs", text)


class NameOnlyIcons(QFileIconProvider):
    """Icons and type names from a file's name alone (Qt's provider reads the file)."""

    def __init__(self) -> None:
        super().__init__()
        self._types = QMimeDatabase()

    def icon(self, what: QFileInfo | QFileIconProvider.IconType) -> QIcon:
        """Qt calls this for both its overloads: a file's, and a kind's (Qt's icons by kind
        read no file)."""
        if isinstance(what, QFileInfo):
            folder = QFileIconProvider.IconType.Folder
            return super().icon(folder if what.isDir() else QFileIconProvider.IconType.File)
        return super().icon(what)

    def type(self, info: QFileInfo) -> str:
        if info.isDir():
            return _tr("Folder")
        # By name: mimeTypesForFileName matches the name against the known patterns only.
        known = self._types.mimeTypesForFileName(info.fileName())
        if known and not known[0].isDefault():
            return known[0].comment()
        suffix = info.suffix()
        return _tr("{0} file").format(suffix.upper()) if suffix else _tr("File")


_icons: NameOnlyIcons | None = None


def name_only_icons() -> NameOnlyIcons:
    """The one provider every dialog uses: it must outlive the dialogs' file system models."""
    global _icons
    if _icons is None:
        _icons = NameOnlyIcons()
    return _icons


def file_dialog(
    parent: QWidget | None, caption: str, start: str, filters: str, mode: QFileDialog.FileMode
) -> QFileDialog:
    """A dialog that reads no file's content (see the module's note), not yet shown. ``start``
    is a folder, or a file in one (selected)."""
    dialog = QFileDialog(parent, caption, start, filters)
    dialog.setFileMode(mode)
    if not NATIVE:
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setIconProvider(name_only_icons())
    return dialog


def _run(dialog: QFileDialog) -> tuple[list[str], str]:
    """The chosen files and filter once the officer accepts; nothing if they cancel."""
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return [], ""
        return dialog.selectedFiles(), dialog.selectedNameFilter()
    finally:
        dialog.deleteLater()


def open_file(parent: QWidget | None, caption: str, start: str = "", filters: str = "") -> str:
    """The path of one existing file the officer chooses; "" if they cancel."""
    chosen, _ = _run(
        file_dialog(parent, caption, start, filters, QFileDialog.FileMode.ExistingFile)
    )
    return chosen[0] if chosen else ""


def open_files(
    parent: QWidget | None, caption: str, start: str = "", filters: str = ""
) -> list[str]:
    """The paths of the existing files the officer chooses; none if they cancel."""
    mode = QFileDialog.FileMode.ExistingFiles
    return _run(file_dialog(parent, caption, start, filters, mode))[0]


def save_file(
    parent: QWidget | None, caption: str, start: str = "", filters: str = "", selected: str = ""
) -> tuple[str, str]:
    """The path to write to and the filter chosen with it; ("", "") if the officer cancels.
    Qt's dialog asks before a file is replaced."""
    dialog = file_dialog(parent, caption, start, filters, QFileDialog.FileMode.AnyFile)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    if selected:
        dialog.selectNameFilter(selected)
    chosen, chosen_filter = _run(dialog)
    return (chosen[0], chosen_filter) if chosen else ("", "")


def existing_folder(parent: QWidget | None, caption: str, start: str = "") -> str:
    """The folder the officer chooses; "" if they cancel."""
    dialog = file_dialog(parent, caption, start, "", QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly)
    chosen, _ = _run(dialog)
    return chosen[0] if chosen else ""
