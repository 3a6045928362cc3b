"""Changes other programs make to the catalogue, noticed while the app is idle.

An ``idguide import`` on the command line, a scheduled sync or IT replacing the catalogue
changes it under the open window. Every ``POLL_MS`` while no operation is running, a query in
the worker asks the catalogue's own connection (:class:`~idguide.catalog.changes.OutsideWatch`:
SQLite's ``PRAGMA data_version``, and whether the file or its write-ahead log was replaced);
when something changed, the worker broadcasts "anything may have changed" with no initiator, as
after an operation, and the views refresh. A replaced file is opened again first, and so is a
catalogue whose log another program deleted under it (``Catalog.log_lost``).
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QWidget

from idguide.catalog.changes import Outside, OutsideWatch
from idguide.ui.errors import is_bug, show_error
from idguide.ui.operations import QueryOp
from idguide.ui.worker import Worker

POLL_MS = 2000


class OutsideChanges(QObject):
    """Polls the catalogue at ``path``, open in ``worker``, for other programs' changes."""

    def __init__(self, worker: Worker, path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._path = Path(path)
        self._watch = OutsideWatch()
        self.timer = QTimer(self, interval=POLL_MS)
        self.timer.timeout.connect(self.poll)

    def start(self) -> None:
        """Take the first look (queued right behind the catalogue's opening), then poll."""
        self._look()
        self.timer.start()

    def poll(self) -> None:
        if self._worker.pending == 0:  # not while an operation runs or waits
            self._look()

    def _look(self) -> None:
        watch = self._watch
        QueryOp(watch.poll, partial(self._on_polled, watch), self._on_failed).run(self._worker)

    def _on_polled(self, watch: OutsideWatch, outside: Outside) -> None:
        if watch is not self._watch:
            return  # an answer about the file before it was opened again
        if outside.replaced:
            self._reopen(outside)
        else:
            self._worker.broadcast(outside.changes)

    def _reopen(self, outside: Outside) -> None:
        self._watch = OutsideWatch()
        self._worker.open(
            self._path,
            lambda _counts: self._worker.broadcast(outside.changes),
            self._on_reopen_failed,
        )
        self._look()  # the new file's first look, right behind its opening

    def _on_reopen_failed(self, exc: BaseException) -> None:
        self.timer.stop()
        show_error(self._widget(), exc)  # what was put in place of the catalogue cannot be used

    def _on_failed(self, exc: BaseException) -> None:
        """Stop: an error every two seconds helps no one. A catalogue that could not be opened
        has been reported already, and its first look fails quietly; a bug is shown."""
        self.timer.stop()
        if is_bug(exc):
            show_error(self._widget(), exc)

    def _widget(self) -> QWidget | None:
        parent = self.parent()
        return parent if isinstance(parent, QWidget) else None
