"""Operations: the one way widgets get catalogue work done (Anki's ``aqt.operations``).

There are three kinds, each a small object a widget makes and runs:

- :class:`QueryOp` reads the catalogue in the worker and hands the answer to ``success`` on the
  GUI thread. Nothing is broadcast.
- :class:`ChangeOp` changes the catalogue. Its body (a core function, or one of the per-area
  bodies in ``idguide.ui.*.ops``) returns an :class:`~idguide.catalog.changes.OpChanges` or a
  result carrying one. After ``success`` the worker emits
  :attr:`~idguide.ui.worker.Worker.operationDidExecute` once with the record and the
  ``initiator``, and every view that shows such data refreshes itself (a view skips a change
  it made itself by comparing the initiator with itself).
- :class:`~idguide.ui.operations.network.NetworkOp` waits on the network in a thread of its own,
  never in the catalogue worker; what it brings back is applied by a ChangeOp.

Changes other programs make are polled for while the app is idle
(:class:`~idguide.ui.operations.outside.OutsideChanges`) and broadcast the same way, with no
initiator. Only this package submits work to the worker.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from idguide.ui.worker import Task, Worker

T = TypeVar("T")

Success = Callable[[T], None]
Failure = Callable[[BaseException], None]


@dataclass
class QueryOp(Generic[T]):
    """Read the catalogue: ``op(catalog)`` in the worker, then ``success(answer)`` here.

    With a ``label`` the operation is long: ``op(catalog, progress)`` shows a progress bar and
    can be cancelled; ``cancellable`` alone passes ``progress`` too, without a bar. Without
    ``failure`` an error goes to :func:`idguide.ui.errors.show_error`."""

    op: Callable[..., T]
    success: Success[T] | None = None
    failure: Failure | None = None
    label: str = ""
    cancellable: bool = False

    def run(self, worker: Worker) -> Task:
        return worker.submit(
            self.op, self.success, self.failure, label=self.label, cancellable=self.cancellable
        )


@dataclass
class ChangeOp(Generic[T]):
    """Change the catalogue: like :class:`QueryOp`, but ``op`` must return OpChanges or a
    result carrying them, and once it has succeeded every view hears what changed and that
    ``initiator`` started it."""

    op: Callable[..., T]
    success: Success[T] | None = None
    failure: Failure | None = None
    label: str = ""
    initiator: Any = None

    def run(self, worker: Worker) -> Task:
        return worker.submit(
            self.op,
            self.success,
            self.failure,
            label=self.label,
            changing=True,
            initiator=self.initiator,
        )


__all__ = ["ChangeOp", "QueryOp"]
