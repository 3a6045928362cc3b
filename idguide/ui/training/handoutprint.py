"""Print handout…: ask where to save the PDF and on which paper, write it in the worker, then say
where it went and offer to open it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget

from idguide.catalog import Catalog
from idguide.catalog.progress import ProgressFn
from idguide.ui import filedialogs
from idguide.ui.operations import QueryOp
from idguide.ui.worker import Task, Worker

# Opens a file in the program the system uses for it; tests replace it, so that no PDF viewer
# starts on the test machine.
open_file: Callable[[QUrl], bool] = QDesktopServices.openUrl


def _tr(text: str) -> str:
    return QCoreApplication.translate("Handout", text)


def paper_filters() -> dict[str, str]:
    """The save dialog's file filter for each paper size ``make_handout`` knows, translated."""
    return {
        "a4": _tr("PDF, A4 paper (*.pdf)"),
        "letter": _tr("PDF, US Letter paper (*.pdf)"),
    }


def default_paper(locale: QLocale | None = None) -> str:
    """US Letter where the locale measures in US units, else A4 (the UK prints on A4)."""
    system = (locale or QLocale()).measurementSystem()
    return "letter" if system == QLocale.MeasurementSystem.ImperialUSSystem else "a4"


def _write(
    catalog: Catalog,
    progress: ProgressFn,
    ids: list[str],
    path: Path,
    lang: str | None,
    paper: str,
    title: str = "",
    missing: Sequence[str] = (),
) -> Path:
    # imported here, in the worker: see ``examwindow._export``
    from idguide.catalog.training import HandoutOptions, make_handout

    options = HandoutOptions(title=title, missing=list(missing))
    return make_handout(catalog, ids, path, paper, lang, progress, options)


def write_handout(
    worker: Worker,
    product_ids: Sequence[str],
    path: Path,
    lang: str | None,
    on_done: Callable[[Path], None] | None = None,
    paper: str = "a4",
    title: str = "",
    missing: Sequence[str] = (),
) -> Task:
    """Write the handout of ``product_ids`` to ``path`` on ``paper`` (``a4`` or ``letter``) in
    the worker (progress, cancel); a workshop's ``title`` and the products it names that the
    catalogue lacks (``missing``) go on its first page."""
    job = partial(
        _write,
        ids=list(product_ids),
        path=Path(path),
        lang=lang,
        paper=paper,
        title=title,
        missing=list(missing),
    )
    return QueryOp(job, on_done, label=_tr("Writing the handout")).run(worker)


def print_handout(
    parent: QWidget,
    worker: Worker,
    product_ids: Sequence[str],
    lang: str | None,
    on_done: Callable[[Path], None] | None = None,
    title: str = "",
    missing: Sequence[str] = (),
) -> Task | None:
    """Ask for a PDF file name and paper size (a filter of the save dialog, preset from the
    locale) and write the handout there; None if the officer cancels."""
    if not product_ids:
        return None
    start = str(Path.home() / "handout.pdf")
    filters = paper_filters()
    preset = default_paper()
    name, chosen = filedialogs.save_file(
        parent, _tr("Print handout"), start, ";;".join(filters.values()), filters[preset]
    )
    if not name:
        return None
    # some native dialogs do not report the filter: then the locale's paper it is
    paper = next((key for key, text in filters.items() if text == chosen), preset)
    path = Path(name) if Path(name).suffix else Path(name).with_suffix(".pdf")
    done = partial(_written, parent, on_done)
    return write_handout(worker, product_ids, path, lang, done, paper, title, missing)


def _written(parent: QWidget, on_done: Callable[[Path], None] | None, path: Path) -> None:
    announce(parent, path)
    if on_done is not None:
        on_done(path)


def announce(parent: QWidget, path: Path) -> QMessageBox:
    """Say where the handout was saved (in the status bar too, if ``parent`` has one) and offer
    to open it; nothing opens unless the officer asks."""
    where = str(path)
    window = parent.window()
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(_tr("Handout saved: {0}").format(where), 15_000)
    box = QMessageBox(QMessageBox.Icon.Information, _tr("Handout saved"), "", parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # a folder's name is not markup
    box.setText(_tr("The handout was saved as:\n{0}").format(where))
    opener = box.addButton(_tr("Open the PDF"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Close)
    box.setDefaultButton(opener)
    opener.clicked.connect(lambda: _open(parent, path))
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def _open(parent: QWidget, path: Path) -> QMessageBox | None:
    """Open the PDF; with no program for PDF files, say where it is instead."""
    if open_file(QUrl.fromLocalFile(str(path))):
        return None
    box = QMessageBox(QMessageBox.Icon.Information, _tr("Handout saved"), "", parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # a folder's name is not markup
    box.setText(_tr("No program to show PDF files was found. The handout is at:\n{0}").format(path))
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
