"""Work that waits on the network, in threads of its own: never in the catalogue worker.

A download may wait for minutes on a slow link; were it queued in the catalogue worker, every
search would wait behind it. A :class:`NetworkOp` therefore runs ``op(progress)`` (no
catalogue: its thread has none) in a daemon thread of :class:`Network`, and hands the answer to
``success`` on the GUI thread; to put what it fetched into the catalogue, ``success`` runs a
:class:`~idguide.ui.operations.ChangeOp`. Daemon threads, so a link that hangs never keeps the
app from closing; answers that arrive after :meth:`Network.shutdown` are dropped.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, Signal, Slot

from idguide.catalog import Interrupted
from idguide.catalog.progress import CancelFlag
from idguide.ui.errors import show_error
from idguide.ui.worker import Task

T = TypeVar("T")


class Network(QObject):
    """Runs network operations, each in its own thread, and answers on the GUI thread."""

    _finished = Signal(object, object)  # task, result
    _failed = Signal(object, object)  # task, exception

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pending: list[Task] = []
        self._stopped = False
        self._finished.connect(self._on_finished)  # queued: emitted from the op's thread
        self._failed.connect(self._on_failed)

    @property
    def pending(self) -> int:
        return len(self._pending)

    def submit(self, task: Task) -> Task:
        if self._stopped:
            task.cancel()
            return task
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

    def shutdown(self) -> None:
        """Cancel every operation; answers that still arrive are dropped."""
        self._stopped = True
        for task in self._pending:
            task.cancel()
        self._pending.clear()

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

    def _take(self, task: Task) -> bool:
        """Forget a delivered task; False for one dropped by :meth:`shutdown`."""
        if task not in self._pending:
            return False
        self._pending.remove(task)
        return True


@dataclass
class NetworkOp(Generic[T]):
    """Wait on the network: ``op(progress)`` in a thread of its own, then ``success(answer)``
    here. ``progress(done, total, label)`` raises Interrupted once the op is cancelled, so a
    loop over a download's chunks stops there."""

    op: Callable[[CancelFlag], T]
    success: Callable[[T], None] | None = None
    failure: Callable[[BaseException], None] | None = None

    def run(self, network: Network) -> Task:
        task = Task(self.op, self.success, self.failure, needs_catalog=False, cancellable=True)
        return network.submit(task)
