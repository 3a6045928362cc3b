"""The one background worker that owns the catalogue (Anki's taskman / CollectionOp pattern).

A :class:`Worker` runs a ``QThread`` with one ``_Runner`` in it. The runner opens the catalogue in
that thread (an SQLite connection belongs to the thread that opened it) and runs every catalogue
operation there, one at a time, in the order they were submitted. An operation is a callable
``fn(catalog) -> result``; its ``on_success(result)`` or ``on_failure(exc)`` is called back on
the GUI thread. Without ``on_failure`` the error goes to :func:`idguide.ui.errors.show_error`.

A *long* operation (one given a ``label``) is called as ``fn(catalog, progress)``: ``progress``
is a :class:`~idguide.catalog.progress.CancelFlag` that the core calls as
``progress(done, total, label)``; the worker reports it with :attr:`Worker.longProgress`, and
:meth:`Worker.cancel_long` makes the next call raise ``Interrupted``.

After a *changing* operation succeeds, the worker emits :attr:`Worker.operationDidExecute` once
with what it changed and who started it; every view listens to that one signal. Widgets do not
call :meth:`Worker.submit` themselves: they run the operations of :mod:`idguide.ui.operations`.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QThread, Signal, Slot

from idguide.catalog import Catalog, CatalogError, Interrupted, open_catalog
from idguide.catalog.changes import OpChanges, changes_of
from idguide.catalog.overview import counts
from idguide.catalog.progress import CancelFlag, ProgressFn
from idguide.ui.errors import show_error

REPORT_EVERY_S = 0.05


@dataclass(eq=False)
class Task:
    """One operation submitted to the worker."""

    fn: Callable[..., Any]
    on_success: Callable[[Any], None] | None = None
    on_failure: Callable[[BaseException], None] | None = None
    label: str = ""  # set for long operations: they report progress and can be cancelled
    needs_catalog: bool = True
    cancellable: bool = False  # called with a CancelFlag too, but shows no progress
    changing: bool = False  # changes the catalogue: its result is or carries OpChanges
    initiator: object = None  # who started a changing operation (a view skips its own)
    flag: CancelFlag = field(default_factory=CancelFlag)

    def cancel(self) -> None:
        self.flag.cancel()

    @property
    def cancelled(self) -> bool:
        return self.flag.cancelled


class _Runner(QObject):
    """Lives in the worker thread; holds the open catalogue."""

    finished = Signal(object, object)  # task, result
    failed = Signal(object, object)  # task, exception
    started = Signal(object)  # a long task
    progressed = Signal(object, int, int, str)  # task, done, total, label

    def __init__(self) -> None:
        super().__init__()
        self.catalog: Catalog | None = None
        self._last_report = 0.0

    @Slot(object)
    def run(self, task: Task) -> None:
        if task.cancelled:
            self.failed.emit(task, Interrupted())
            return
        if task.label:
            self.started.emit(task)
        try:
            result = self._call(task)
        except Exception as exc:  # every failure goes back to the GUI thread to be shown
            self.failed.emit(task, exc)
        else:
            self.finished.emit(task, result)

    def _call(self, task: Task) -> Any:
        if task.needs_catalog and self.catalog is None:
            raise CatalogError("The catalogue is not open; restart idguide to try again.")
        if task.label or task.cancellable:
            return task.fn(self.catalog, task.flag)
        return task.fn(self.catalog)

    def report(self, task: Task, done: int, total: int, label: str) -> None:
        """Called by the core in this thread; passed on at most every REPORT_EVERY_S."""
        now = time.monotonic()
        if done < total and now - self._last_report < REPORT_EVERY_S:
            return
        self._last_report = now
        self.progressed.emit(task, done, total, label)

    def adopt(self, catalog: Catalog) -> None:
        self.close_catalog()
        self.catalog = catalog

    def close_catalog(self) -> None:
        if self.catalog is not None:
            self.catalog.close()
            self.catalog = None

    def stop(self, _catalog: object = None) -> None:
        """The last task: close the catalogue, hand this object back to the GUI thread, quit."""
        self.close_catalog()
        self.moveToThread(QCoreApplication.instance().thread())
        QThread.currentThread().quit()


class Worker(QObject):
    """The GUI thread's handle on the background worker."""

    longStarted = Signal(str)  # label
    longProgress = Signal(str, int, int)  # label, done, total
    longFinished = Signal()
    operationDidExecute = Signal(object, object)  # OpChanges, the initiator (None: another program)
    _submit = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pending: list[Task] = []
        self._stopped = False
        self._thread = QThread()
        self._thread.setObjectName("idguide catalogue worker")
        self._runner = _Runner()
        self._runner.moveToThread(self._thread)
        self._submit.connect(self._runner.run)
        self._runner.finished.connect(self._on_finished)
        self._runner.failed.connect(self._on_failed)
        self._runner.started.connect(self._on_started)
        self._runner.progressed.connect(self._on_progressed)
        self._thread.start()
        app = QCoreApplication.instance()
        if app is not None:  # a last guard: never leave the thread running at exit
            app.aboutToQuit.connect(self.shutdown)

    # -- submitting ---------------------------------------------------------------------------

    def submit(
        self,
        fn: Callable[..., Any],
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
        *,
        label: str = "",
        cancellable: bool = False,
        changing: bool = False,
        initiator: object = None,
    ) -> Task:
        """Run ``fn(catalog)`` in the worker; ``fn(catalog, progress)`` if ``label`` (a long
        operation, shown with a progress bar) or ``cancellable`` (``progress`` only raises
        Interrupted once the task is cancelled). A ``changing`` one is broadcast after
        ``on_success`` (see :meth:`broadcast`)."""
        task = Task(fn, on_success, on_failure, label, cancellable=cancellable)
        task.changing, task.initiator = changing, initiator
        return self._enqueue(task)

    def open(
        self,
        path: Path,
        on_success: Callable[[dict], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
    ) -> Task:
        """Open the catalogue at ``path`` in the worker (rebuilding its index if needed);
        ``on_success`` gets its product and publisher counts. (Not the full
        :func:`~idguide.catalog.stats`: that scans every table, most of a second on a
        100,000-product catalogue, and the first search would wait for it.)"""
        runner = self._runner

        def open_in_worker(_: None, progress: ProgressFn) -> dict:
            runner.close_catalog()  # first: a file replaced meanwhile must not meet the old WAL
            catalog = open_catalog(path, progress)
            runner.adopt(catalog)
            return counts(catalog)

        label = self.tr("Opening the catalogue")
        task = Task(open_in_worker, on_success, on_failure, label, needs_catalog=False)
        return self._enqueue(task)

    def _enqueue(self, task: Task) -> Task:
        if self._stopped:
            task.cancel()  # the window is closing: nothing new starts
            return task
        task.flag = CancelFlag(partial(self._runner.report, task) if task.label else None)
        self._pending.append(task)
        self._submit.emit(task)
        return task

    # -- state ----------------------------------------------------------------------------------

    @property
    def pending(self) -> int:
        """Operations submitted whose answer has not been delivered yet."""
        return len(self._pending)

    def cancel_long(self) -> None:
        """Cancel every long operation that is waiting or running."""
        for task in self._pending:
            if task.label:
                task.cancel()

    def shutdown(self) -> None:
        """Let the queued operations finish (long ones are cancelled), close the catalogue in
        the worker, stop the thread and deliver the last answers. Safe to call twice."""
        if self._stopped:
            return
        self.cancel_long()
        self._submit.emit(Task(self._runner.stop, needs_catalog=False))
        self._stopped = True
        self._thread.wait()
        QCoreApplication.sendPostedEvents(self, QEvent.Type.MetaCall)

    # -- answers, on the GUI thread -----------------------------------------------------------

    def broadcast(self, changes: OpChanges, initiator: object = None) -> None:
        """Tell every view that the catalogue changed (nothing if ``changes`` is empty)."""
        if changes:
            self.operationDidExecute.emit(changes, initiator)

    @Slot(object, object)
    def _on_finished(self, task: Task, result: Any) -> None:
        if not self._take(task):
            return
        try:
            if task.on_success is not None and receiver_alive(task.on_success):
                task.on_success(result)
        finally:  # the change happened even if the initiator's own answer went wrong
            if task.changing:
                self.broadcast(changes_of(result), task.initiator)

    @Slot(object, object)
    def _on_failed(self, task: Task, exc: BaseException) -> None:
        if not self._take(task):
            return
        if task.on_failure is not None and receiver_alive(task.on_failure):
            task.on_failure(exc)
        else:  # nobody to handle it, or its window is gone: it must still be said
            show_error(self._widget(), exc)

    @Slot(object)
    def _on_started(self, task: Task) -> None:
        self.longStarted.emit(task.label)

    @Slot(object, int, int, str)
    def _on_progressed(self, task: Task, done: int, total: int, label: str) -> None:
        if task in self._pending:
            self.longProgress.emit(label, done, total)

    def _take(self, task: Task) -> bool:
        """Forget a delivered task; False for one not ours (the stop task)."""
        if task not in self._pending:
            return False
        self._pending.remove(task)
        if task.label:
            self.longFinished.emit()
        return True

    def _widget(self) -> Any:
        parent = self.parent()
        return parent if parent is not None and parent.isWidgetType() else None


def receiver_alive(callback: Callable[..., Any]) -> bool:
    """False for a method of a Qt object deleted meanwhile: a window closed (WA_DeleteOnClose)
    before the answer to its question came, on a busy laptop. As for a signal to a deleted
    receiver, its answer then goes nowhere (an error goes to the one error display)."""
    owner = getattr(callback, "__self__", None)
    return not isinstance(owner, QObject) or shiboken6.isValid(owner)
