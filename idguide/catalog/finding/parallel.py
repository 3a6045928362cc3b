"""Building a large search index with two worker processes, one index segment each.

Analysing product text and writing postings is pure Python, so one process uses one core. For a
large catalogue the products are handed out in batches to worker processes (``spawn``ed: safe
from the thread that runs the rebuild, and the only way on Windows); each builds one segment of
the new index with :class:`~idguide.catalog.finding.build.BulkWriter`, and this process writes the
table of contents that lists them. Search works the same on several segments.

If the workers cannot start (no second core, a policy that forbids new processes) the caller
builds in this process instead: the products are only taken from the iterator once every worker
has reported that it is ready.

Hazard: a ``spawn``ed worker starts by importing the main module of the program. Scripts must
keep their work under ``if __name__ == "__main__":`` (``python -m idguide`` and installed console
scripts do), and a frozen app (PyInstaller) starts itself again unless it calls
``multiprocessing.freeze_support()`` first thing; so in a frozen app workers are only used once
its entry point says it did (:mod:`idguide.catalog.frozen`).
"""

from __future__ import annotations

import multiprocessing
import os
import queue
import shutil
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from whoosh import index as windex
from whoosh.filedb.filestore import FileStorage

from idguide.catalog import frozen
from idguide.catalog.errors import SearchIndexError
from idguide.catalog.finding.build import BulkWriter
from idguide.catalog.finding.fields import build_codec, build_schema, doc_fields
from idguide.catalog.i18n import _
from idguide.catalog.progress import ProgressFn

if TYPE_CHECKING:
    from idguide.catalog.finding.index import IndexDoc

PROCESSES = 2  # set to 1 to always build in the calling process
PARALLEL_FROM = 20_000  # products; below this, starting processes costs more than it saves
BATCH = 250  # products per hand-out
READY_TIMEOUT = 60.0  # seconds a worker may take to start
POLL = 0.25  # seconds between checks on the workers
INDEX_NAME = "MAIN"  # whoosh's default index name


class WorkersUnavailable(Exception):
    """The worker processes could not be started; build in this process instead."""


def worker_count(total: int) -> int:
    if total < PARALLEL_FROM or not frozen.workers_allowed():
        return 1
    return max(1, min(PROCESSES, os.cpu_count() or 1))


def build_part(folder: str, jobs: Any, results: Any) -> None:
    """In a worker: index the batches from ``jobs`` (until None) into one new segment."""
    try:
        ix = FileStorage(folder).open_index(INDEX_NAME)
        writer = BulkWriter(ix, _lk=False, codec=build_codec())
        results.put(("ready", None))
        for batch in iter(jobs.get, None):
            for doc in batch:
                writer.add_document(**doc_fields(doc))
        if writer.docnum:
            results.put(("segment", writer._finalize_segment()))
        else:
            writer._close_segment()
            results.put(("segment", None))
    except OSError as exc:  # a full or read-only disk: the parent raises it again, to be told
        results.put(("oserror", (exc.errno, exc.strerror)))  # apart like its own
    except BaseException as exc:  # reported to the parent, which raises SearchIndexError
        results.put(("error", f"{type(exc).__name__}: {exc}"))


class Workers:
    """The worker processes of one build and the queues to and from them."""

    def __init__(self, folder: Path, count: int) -> None:
        context = multiprocessing.get_context("spawn")
        self.jobs = context.Queue(maxsize=count * 4)
        self.results = context.Queue()
        self.processes = [
            context.Process(
                target=build_part,
                args=(str(folder), self.jobs, self.results),
                daemon=True,
                name=f"idguide-index-{n}",
            )
            for n in range(count)
        ]

    def start(self, progress: ProgressFn, total: int) -> None:
        try:
            for process in self.processes:
                process.start()
        except (OSError, RuntimeError, ValueError) as exc:
            raise WorkersUnavailable(str(exc)) from None
        deadline = time.monotonic() + READY_TIMEOUT
        for _process in self.processes:
            kind, value = self._next_result(
                lambda: progress(0, total, "Indexing products"), deadline
            )
            if kind != "ready":
                raise WorkersUnavailable(str(value))

    def feed(self, docs: Iterable[IndexDoc], total: int, progress: ProgressFn) -> int:
        done = 0
        for batch in batches(docs):
            self._put(batch)
            done += len(batch)
            progress(done, total, "Indexing products")
        for _process in self.processes:
            self._put(None)
        return done

    def segments(self, progress: ProgressFn, done: int) -> list[Any]:
        found = []
        for _process in self.processes:
            kind, value = self._next_result(lambda: progress(done, done, "Saving the search index"))
            if kind == "oserror":
                raise OSError(*value)
            if kind != "segment":
                raise SearchIndexError(
                    _("Building the search index failed: {value}").format(value=value)
                )
            if value is not None:
                found.append(value)
        return found

    def stop(self) -> None:
        for process in self.processes:
            if process.is_alive():
                process.terminate()
            if process.pid is not None:
                process.join()
        for channel in (self.jobs, self.results):
            channel.cancel_join_thread()
            channel.close()

    def _put(self, item: list[IndexDoc] | None) -> None:
        while True:
            try:
                self.jobs.put(item, timeout=POLL)
                return
            except queue.Full:
                self._check_alive()

    def _next_result(
        self, report: Callable[[], None], deadline: float | None = None
    ) -> tuple[str, Any]:
        """The next message from a worker; meanwhile ``report`` progress (which may cancel).
        Before ``deadline`` (while starting) a worker in trouble means: no workers."""
        while True:
            try:
                return tuple(self.results.get(timeout=POLL))  # type: ignore[return-value]
            except queue.Empty:
                report()
                if deadline is None:
                    self._check_alive()
                elif time.monotonic() > deadline or self._any_failed():
                    raise WorkersUnavailable("the worker processes did not start") from None

    def _any_failed(self) -> bool:
        return any(process.exitcode not in (None, 0) for process in self.processes)

    def _check_alive(self) -> None:
        for process in self.processes:
            if process.exitcode not in (None, 0):
                raise SearchIndexError(
                    _(
                        "A search index worker process stopped (exit code {exitcode}). Check "
                        "that the disk has free space and memory is not exhausted."
                    ).format(exitcode=process.exitcode)
                )


def batches(docs: Iterable[IndexDoc]) -> Iterator[list[IndexDoc]]:
    batch: list[IndexDoc] = []
    for doc in docs:
        batch.append(doc)
        if len(batch) == BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def build_in_parallel(
    folder: Path, docs: Iterable[IndexDoc], total: int, progress: ProgressFn, count: int
) -> None:
    """Build the index in ``folder`` with ``count`` worker processes. Raises WorkersUnavailable
    before taking any product from ``docs`` if the workers cannot start."""
    windex.create_in(str(folder), build_schema()).close()
    workers = Workers(folder, count)
    try:
        workers.start(progress, total)
        done = workers.feed(docs, total, progress)
        segments = workers.segments(progress, done)
    finally:
        workers.stop()
    write_contents(folder, segments)


def write_contents(folder: Path, segments: list[Any]) -> None:
    """The table of contents listing the workers' segments; then whoosh's tidy-up of anything
    else (an empty index's first contents, the workers' temporary files)."""
    storage = FileStorage(str(folder))
    windex.TOC(build_schema(), segments, 1).write(storage, INDEX_NAME)
    windex.clean_files(storage, INDEX_NAME, 1, segments)
    shutil.rmtree(folder / f"{INDEX_NAME}.tmp", ignore_errors=True)
