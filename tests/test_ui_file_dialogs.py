"""The app's file dialogs (idguide.ui.filedialogs): Qt's own dialog, listing files by their names
only, so that browsing the catalogue's folder opens none of its files in the app's process (see
tests/test_ui_catalogue_locks.py for what that cost); every dialog of the app goes through it."""

from __future__ import annotations

import ast
import fcntl
import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from dialog_helpers import with_dialog
from PySide6.QtCore import QFileInfo
from PySide6.QtWidgets import QFileDialog, QFileSystemModel

from idguide.ui import filedialogs

pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support propagateSizeHints", "This plugin does not support raise"
)

UI = Path(__file__).parent.parent / "idguide" / "ui"

# In another process: which of the files named on the command line someone holds a lock on.
PROBE = """
import fcntl, os, sys
for path in sys.argv[1:]:
    fd = os.open(path, os.O_RDWR)
    try:
        fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        print(os.path.basename(path))
    os.close(fd)
"""


def locked_by_this_process(paths: list[Path]) -> list[str]:
    """The names of ``paths`` this process still holds its POSIX lock on (asked from another
    process, since a process never conflicts with its own locks)."""
    command = [sys.executable, "-c", PROBE, *map(str, paths)]
    done = subprocess.run(command, capture_output=True, text=True, timeout=60, check=True)
    return sorted(done.stdout.split())


@contextmanager
def locked(paths: list[Path]) -> Iterator[None]:
    """A read lock on each file, as SQLite holds on the catalogue's files while it is open."""
    fds = [os.open(path, os.O_RDONLY) for path in paths]
    try:
        for fd in fds:
            fcntl.lockf(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        yield
    finally:
        for fd in fds:
            os.close(fd)


def catalogue_like_folder(folder: Path) -> list[Path]:
    """A real catalogue (open, with its log) beside files Qt cannot tell by their names."""
    files = []
    for name, content in [
        ("notes", b"%PDF-1.7 not told by its name"),
        ("photo.jpg", b"\x89PNG\r\n\x1a\n a PNG named .jpg"),
        ("bundle.idgb", b"PK\x03\x04"),
    ]:
        (folder / name).write_bytes(content)
        files.append(folder / name)
    return files


def test_listing_a_folder_opens_none_of_its_files(qtbot, tmp_path):
    conn = sqlite3.connect(tmp_path / "catalog.db", isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("CREATE TABLE notes (text)")
    conn.execute("INSERT INTO notes VALUES ('kept')")  # the log and its index exist now
    files = catalogue_like_folder(tmp_path)
    files += [tmp_path / n for n in ("catalog.db", "catalog.db-wal", "catalog.db-shm")]
    names = sorted(p.name for p in files)

    def browse(dialog: QFileDialog) -> None:
        dialog.setDirectory(str(tmp_path))
        dialog.selectNameFilter("All files (*)")
        model = dialog.findChild(QFileSystemModel)
        qtbot.waitUntil(lambda: all(model.type(model.index(str(p))) for p in files))
        dialog.reject()

    with locked(files):
        assert locked_by_this_process(files) == names
        chosen = with_dialog(
            qtbot,
            browse,
            lambda: filedialogs.open_files(
                None, "Import bundles", "", "Bundles (*.idgb);;All files (*)"
            ),
        )
        assert chosen == []
        assert locked_by_this_process(files) == names
    conn.close()


def test_types_and_icons_come_from_the_name(qapp, tmp_path):
    (tmp_path / "folder.jpg").mkdir()
    files = catalogue_like_folder(tmp_path)
    icons = filedialogs.name_only_icons()
    kinds = {p.name: icons.type(QFileInfo(str(p))) for p in [*files, tmp_path / "folder.jpg"]}
    assert kinds == {
        "notes": "File",
        "photo.jpg": "JPEG image",
        "bundle.idgb": "IDGB file",
        "folder.jpg": "Folder",
    }
    assert all(not icons.icon(QFileInfo(str(p))).isNull() for p in files)


def test_the_dialog_is_qts_own_with_the_name_only_icons_except_on_windows(qapp):
    dialog = filedialogs.file_dialog(None, "t", "", "", QFileDialog.FileMode.ExistingFile)
    own = dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
    assert own == (sys.platform != "win32")
    assert dialog.iconProvider() is filedialogs.name_only_icons()
    dialog.deleteLater()


def choose(path: Path) -> Callable[[QFileDialog], None]:
    def officer(dialog: QFileDialog) -> None:
        dialog.selectFile(str(path))
        dialog.accept()

    return officer


def test_each_dialog_gives_what_the_officer_chose(qtbot, tmp_path):
    (tmp_path / "a.idgb").write_bytes(b"PK")
    (tmp_path / "photos").mkdir()
    start = str(tmp_path)
    chosen = with_dialog(
        qtbot, choose(tmp_path / "a.idgb"), lambda: filedialogs.open_file(None, "t", start, "")
    )
    assert Path(chosen) == tmp_path / "a.idgb"
    chosen = with_dialog(
        qtbot, choose(tmp_path / "a.idgb"), lambda: filedialogs.open_files(None, "t", start)
    )
    assert [Path(p) for p in chosen] == [tmp_path / "a.idgb"]
    chosen = with_dialog(
        qtbot, choose(tmp_path / "photos"), lambda: filedialogs.existing_folder(None, "t", start)
    )
    assert Path(chosen) == tmp_path / "photos"
    filters = "PDF, A4 paper (*.pdf);;PDF, US Letter paper (*.pdf)"
    name, paper = with_dialog(
        qtbot,
        choose(tmp_path / "handout.pdf"),
        lambda: filedialogs.save_file(None, "t", start, filters, "PDF, US Letter paper (*.pdf)"),
    )
    assert (Path(name), paper) == (tmp_path / "handout.pdf", "PDF, US Letter paper (*.pdf)")


def test_a_cancelled_dialog_gives_nothing(qtbot, tmp_path):
    def cancel(dialog: QFileDialog) -> None:
        dialog.reject()

    start = str(tmp_path)
    assert with_dialog(qtbot, cancel, lambda: filedialogs.open_file(None, "t", start)) == ""
    assert with_dialog(qtbot, cancel, lambda: filedialogs.open_files(None, "t", start)) == []
    assert with_dialog(qtbot, cancel, lambda: filedialogs.existing_folder(None, "t", start)) == ""
    assert with_dialog(qtbot, cancel, lambda: filedialogs.save_file(None, "t", start)) == ("", "")


def test_no_module_but_the_helper_uses_qfiledialog():
    """Every dialog of the app goes through idguide.ui.filedialogs (its note says why)."""
    users = []
    for path in sorted(UI.rglob("*.py")):
        if path == UI / "filedialogs.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            named = (
                (isinstance(node, ast.Name) and node.id == "QFileDialog")
                or (isinstance(node, ast.Attribute) and node.attr == "QFileDialog")
                or (
                    isinstance(node, ast.ImportFrom)
                    and any(alias.name == "QFileDialog" for alias in node.names)
                )
            )
            if named:
                users.append(f"{path.relative_to(UI)}:{node.lineno}")
    assert users == [], "open file dialogs with idguide.ui.filedialogs"
