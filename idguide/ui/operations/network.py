"""Work that waits on the network, in threads of its own: never in the catalogue worker.

A download may wait for minutes on a slow link; were it queued in the catalogue worker, every
search would wait behind it. A :class:`NetworkOp` therefore runs ``op(progress)`` (no
catalogue: its thread has none) in a daemon thread of :class:`Network`, and hands the answer to
``success`` on the GUI thread; to put what it fetched into the catalogue, ``success`` runs a
:class:`~idguide.ui.operations.ChangeOp`. The op's progress reports reach ``progress`` on the
GUI thread too (a few a second at most). Daemon threads, so a link that hangs never keeps the
app from closing; answers that arrive after :meth:`Network.shutdown` are dropped.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, Signal, Slot

from idguide.catalog import Interrupted
from idguide.catalog.progress import CancelFlag
from idguide.ui.errors import show_error
from idguide.ui.worker import Task

T = TypeVar("T")

REPORT_EVERY_S = 0.05
Report = Callable[[int, int, str], None]


class Network(QObject):
    """Runs network operations, each in its own thread, and answers on the GUI thread."""

    _finished = Signal(object, object)  # task, result
    _failed = Signal(object, object)  # task, exception
    _progressed = Signal(object, int, int, str)  # task, done, total, label

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pending: list[Task] = []
        self._reports: dict[Task, Report] = {}
        self._stopped = False
        self._finished.connect(self._on_finished)  # queued: emitted from the op's thread
        self._failed.connect(self._on_failed)
        self._progressed.connect(self._on_progressed)

    @property
    def pending(self) -> int:
        return len(self._pending)

    def submit(self, task: Task, progress: Report | None = None) -> Task:
        """Run ``task`` in a thread of its own; its reports go to ``progress`` here."""
        if self._stopped:
            task.cancel()
            return task
        if progress is not None:
            self._reports[task] = progress
            task.flag = CancelFlag(_Throttle(partial(self._emit_progress, task)))
        self._pending.append(task)
        thread = threading.Thread(target=self._run, args=(task,), name="idguide network")
        thread.daemon = True  # a link that hangs must not keep the app from closing
        thread.start()
        return task

    def _run(self, task: Task) -> None:
        try:
            if task.cancelled:
                raise Interrupted()
            result = task.fn(task.flag)
        except Exception as exc:  # every failure goes back to the GUI thread to be shown
            self._emit(self._failed, task, exc)
        else:
            self._emit(self._finished, task, result)

    @staticmethod
    def _emit(signal: Any, task: Task, value: object) -> None:
        with contextlib.suppress(RuntimeError):  # the window, and this object, are gone
            signal.emit(task, value)

    def _emit_progress(self, task: Task, done: int, total: int, label: str) -> None:
        with contextlib.suppress(RuntimeError):
            self._progressed.emit(task, done, total, label)

    def shutdown(self) -> None:
        """Cancel every operation; answers that still arrive are dropped."""
        self._stopped = True
        for task in self._pending:
            task.cancel()
        self._pending.clear()
        self._reports.clear()

    @Slot(object, object)
    def _on_finished(self, task: Task, result: object) -> None:
        if self._take(task) and task.on_success is not None:
            task.on_success(result)

    @Slot(object, object)
    def _on_failed(self, task: Task, exc: BaseException) -> None:
        if not self._take(task):
            return
        if task.on_failure is not None:
            task.on_failure(exc)
        else:
            parent = self.parent()
            show_error(parent if parent is not None and parent.isWidgetType() else None, exc)

    @Slot(object, int, int, str)
    def _on_progressed(self, task: Task, done: int, total: int, label: str) -> None:
        report = self._reports.get(task)
        if report is not None and task in self._pending:
            report(done, total, label)

    def _take(self, task: Task) -> bool:
        """Forget a delivered task; False for one dropped by :meth:`shutdown`."""
        self._reports.pop(task, None)
        if task not in self._pending:
            return False
        self._pending.remove(task)
        return True


class _Throttle:
    """Passes a report on at most every REPORT_EVERY_S, and always the first and the last one
    of each step, so a fast download does not flood the GUI thread and a slow one shows where
    it stands."""

    def __init__(self, report: Report) -> None:
        self._report = report
        self._last = 0.0
        self._label = ""

    def __call__(self, done: int, total: int, label: str) -> None:
        now = time.monotonic()
        same_step = label == self._label and done < total
        if same_step and now - self._last < REPORT_EVERY_S:
            return
        self._last, self._label = now, label
        self._report(done, total, label)


@dataclass
class NetworkOp(Generic[T]):
    """Wait on the network: ``op(progress)`` in a thread of its own, then ``success(answer)``
    here. ``progress(done, total, label)`` raises Interrupted once the op is cancelled, so a
    loop over a download's chunks stops there; given ``progress``, the op's reports reach it
    here, on the GUI thread."""

    op: Callable[[CancelFlag], T]
    success: Callable[[T], None] | None = None
    failure: Callable[[BaseException], None] | None = None
    progress: Report | None = None

    def run(self, network: Network) -> Task:
        task = Task(self.op, self.success, self.failure, needs_catalog=False, cancellable=True)
        return network.submit(task, self.progress)
