"""Progress reporting and cancellation for long core operations.

A long operation takes an optional ``progress`` callable and calls it as
``progress(done, total, label)``. To cancel, the callable raises :class:`Interrupted`; the
operation then undoes its work and lets the exception through. The UI passes a callable that
checks its Cancel button; the CLI passes one that draws a progress line.
"""

from __future__ import annotations

from collections.abc import Callable

from idguide.catalog.errors import Interrupted

ProgressFn = Callable[[int, int, str], None]


def no_progress(done: int, total: int, label: str) -> None:
    """A progress callable that shows nothing and never cancels."""


class CancelFlag:
    """A thread-safe cancel switch that turns into a progress callable."""

    def __init__(self, report: ProgressFn | None = None) -> None:
        self.cancelled = False
        self._report = report or no_progress

    def cancel(self) -> None:
        self.cancelled = True

    def __call__(self, done: int, total: int, label: str) -> None:
        if self.cancelled:
            raise Interrupted()
        self._report(done, total, label)
