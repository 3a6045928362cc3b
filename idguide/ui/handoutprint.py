"""Print handout…: ask where to save the PDF, then write it in the worker."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from idguide.catalog import Catalog
from idguide.catalog.progress import ProgressFn
from idguide.ui.worker import Task, Worker


def _tr(text: str) -> str:
    return QCoreApplication.translate("Handout", text)


def _write(
    catalog: Catalog, progress: ProgressFn, ids: list[str], path: Path, lang: str | None
) -> Path:
    # imported here, in the worker: see ``examwindow._export``
    from idguide.catalog.handout import make_handout

    return make_handout(catalog, ids, path, lang=lang, progress=progress)


def write_handout(
    worker: Worker,
    product_ids: Sequence[str],
    path: Path,
    lang: str | None,
    on_done: Callable[[Path], None] | None = None,
) -> Task:
    """Write the handout of ``product_ids`` to ``path`` in the worker (progress, cancel)."""
    job = partial(_write, ids=list(product_ids), path=Path(path), lang=lang)
    return worker.submit(job, on_done, label=_tr("Writing the handout"))


def print_handout(
    parent: QWidget,
    worker: Worker,
    product_ids: Sequence[str],
    lang: str | None,
    on_done: Callable[[Path], None] | None = None,
) -> Task | None:
    """Ask for a PDF file name and write the handout there; None if the officer cancels."""
    if not product_ids:
        return None
    start = str(Path.home() / "handout.pdf")
    name, _ = QFileDialog.getSaveFileName(
        parent, _tr("Print handout"), start, _tr("PDF documents (*.pdf)")
    )
    if not name:
        return None
    path = Path(name) if Path(name).suffix else Path(name).with_suffix(".pdf")
    return write_handout(worker, product_ids, path, lang, on_done)
