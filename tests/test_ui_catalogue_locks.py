"""The app keeps its hold on the open catalogue while the officer browses and picks files.

SQLite keeps other programs from deleting the catalogue's write-ahead log (``catalog.db-wal``)
with POSIX advisory locks, and closing *any* descriptor of a file in a process drops *all* that
process's locks on it. A file dialog that read ``catalog.db`` or its ``-wal``/``-shm`` files to
guess their type (Qt's QMimeDatabase does, for names with no unambiguous extension) dropped the
app's locks: the next ``idguide note`` on the command line then thought it was the last program
and deleted the log the app still wrote into, and the app's later notes were lost. These tests
run the real app, a real file dialog and a real second process.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from dialog_helpers import with_dialog
from PySide6.QtWidgets import QFileDialog, QFileSystemModel
from support import PLIERS, WRENCH, deleted_catalogue_files, lose_locks, other_program

from idguide.catalog.errors import OwnFileError
from idguide.ui.drops import drop_stack
from idguide.ui.mainwindow import MainWindow

pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support propagateSizeHints", "This plugin does not support raise"
)


def browse(qtbot, open_dialog: Callable[[], object], folder: Path) -> None:
    """Open a file dialog with ``open_dialog`` (it waits for the officer, as the app does), go
    to ``folder`` in it, show all files, wait until it shows the type of every file there, and
    cancel it."""
    files = [str(p) for p in folder.iterdir() if p.is_file()]

    def officer(dialog: QFileDialog) -> None:
        dialog.setDirectory(str(folder))
        dialog.selectNameFilter(next(f for f in dialog.nameFilters() if f.endswith("(*)")))
        model = dialog.findChild(QFileSystemModel)
        qtbot.waitUntil(lambda: all(model.type(model.index(name)) for name in files))
        dialog.reject()

    with_dialog(qtbot, officer, open_dialog)


def notes_seen_by_another_program(path: Path) -> dict[str, str]:
    saved = json.loads(other_program("--catalog", path, "notes", "--json"))
    return {note["product_id"]: note["text"] for note in saved}


def save_note_in_app(qtbot, window: MainWindow, product_id: str, text: str) -> None:
    with qtbot.waitSignal(window.productShown):
        window.open_product(product_id)
    editor = window.product_view.notes
    qtbot.keyClicks(editor.edit, text)
    with qtbot.waitSignal(window.worker.operationDidExecute, timeout=10_000):
        editor.flush()


def assert_app_and_command_line_share_the_catalogue(qtbot, window: MainWindow, path: Path):
    """A note saved on the command line, then one saved in the app: both are there for every
    program, and the app still writes into the catalogue's one log."""
    other_program("--catalog", path, "note", PLIERS, "Seen on the command line")
    assert deleted_catalogue_files() == []
    save_note_in_app(qtbot, window, WRENCH, "Seen at gate 4")
    assert notes_seen_by_another_program(path) == {
        PLIERS: "Seen on the command line",
        WRENCH: "Seen at gate 4",
    }
    assert deleted_catalogue_files() == []
    assert path.with_name("catalog.db-wal").exists()


def test_browsing_the_catalogues_folder_to_import_bundles_loses_no_note(
    qtbot, window, sample_catalog
):
    browse(qtbot, window.importer.choose, sample_catalog.parent)
    assert_app_and_command_line_share_the_catalogue(qtbot, window, sample_catalog)


def test_dropping_the_catalogues_files_on_a_product_page_is_refused_and_loses_no_note(
    qtbot, window, sample_catalog, ui_errors
):
    with qtbot.waitSignal(window.productShown):
        window.open_product(WRENCH)
    for name in ("catalog.db", "catalog.db-wal", "catalog.db-shm"):
        drop_stack(window).handle([str(sample_catalog.with_name(name))])
        qtbot.waitUntil(lambda: window.worker.pending == 0 and bool(ui_errors))
        shown = ui_errors.pop()
        assert isinstance(shown, OwnFileError)
        assert "the catalogue's own file" in str(shown)
    assert_app_and_command_line_share_the_catalogue(qtbot, window, sample_catalog)


def test_the_app_opens_the_catalogue_again_when_another_program_deleted_its_log(
    qtbot, window, sample_catalog
):
    lose_locks(sample_catalog)
    other_program("--catalog", sample_catalog, "note", PLIERS, "Seen on the command line")
    assert deleted_catalogue_files() != []  # the harm the lost locks did, now undone:

    def reopened() -> bool:  # by the poll for other programs' changes, every 2 s
        return deleted_catalogue_files() == [] and window.worker.pending == 0

    qtbot.waitUntil(reopened, timeout=20_000)
    save_note_in_app(qtbot, window, WRENCH, "Seen at gate 4")
    assert notes_seen_by_another_program(sample_catalog) == {
        PLIERS: "Seen on the command line",
        WRENCH: "Seen at gate 4",
    }
    assert deleted_catalogue_files() == []
