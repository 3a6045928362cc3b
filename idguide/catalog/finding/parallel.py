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

import contextlib
import multiprocessing
import os
import shutil
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from functools import partial
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from whoosh import index as windex
from whoosh.filedb.filestore import FileStorage

from idguide.catalog import frozen
from idguide.catalog.errors import SearchIndexError
from idguide.catalog.finding.build import BulkWriter
from idguide.catalog.finding.fields import build_codec, build_schema, doc_fields
from idguide.catalog.i18n import N_, _
from idguide.catalog.progress import ProgressFn

if TYPE_CHECKING:
    from idguide.catalog.finding.index import IndexDoc

PROCESSES = 2  # set to 1 to always build in the calling process
PARALLEL_FROM = 20_000  # products; below this, starting processes costs more than it saves
BATCH = 250  # products per hand-out
READY_TIMEOUT = 60.0  # seconds a worker may take to start
POLL = 0.25  # seconds between checks on the workers
INDEX_NAME = "MAIN"  # whoosh's default index name
STOPPED = N_(
    "A search index worker process stopped (exit code {exitcode}). Check that the disk has "
    "free space and memory is not exhausted."
)


class WorkersUnavailable(Exception):
    """The worker processes could not be started; build in this process instead."""


def worker_count(total: int) -> int:
    if total < PARALLEL_FROM or not frozen.workers_allowed():
        return 1
    return max(1, min(PROCESSES, os.cpu_count() or 1))


def build_part(folder: str, channel: Connection) -> None:
    """In a worker: ask for batches of products on ``channel`` and index them into one new
    segment until the answer is None; then send the segment (or what went wrong)."""
    try:
        answer = ("segment", index_part(folder, channel))
    except OSError as exc:  # a full or read-only disk: the parent raises it again, to be told
        answer = ("oserror", (exc.errno, exc.strerror))  # apart like its own
    except BaseException as exc:  # reported to the parent, which raises SearchIndexError
        answer = ("error", f"{type(exc).__name__}: {exc}")
    with contextlib.suppress(OSError):  # the parent is gone (killed): there is no one to tell
        channel.send(answer)


def index_part(folder: str, channel: Connection) -> Any:
    """The segment the batches sent on ``channel`` make, or None if there were none."""
    ix = FileStorage(folder).open_index(INDEX_NAME)
    writer = BulkWriter(ix, _lk=False, codec=build_codec())
    channel.send(("more", None))  # the first ask also says the worker is ready
    for batch in iter(channel.recv, None):
        for doc in batch:
            writer.add_document(**doc_fields(doc))
        channel.send(("more", None))
    if writer.docnum:
        return writer._finalize_segment()
    writer._close_segment()
    return None


class Workers:
    """The worker processes of one build, each with a two-way pipe to this process.

    A worker asks for each batch and is sent one only then, so a send never waits for long,
    and a worker that stops (with an error, or killed) is noticed at once: its pipe ends.

    Plain pipes, not multiprocessing queues: a queue sends from a thread of its own and is
    guarded by named semaphores, and that thread could outlive the build and let go of the
    semaphores just as the program exited; Python then stopped the thread between removing a
    semaphore and telling its resource tracker, which warned of a "leaked semaphore" on stderr.
    """

    def __init__(self, folder: Path, count: int) -> None:
        context = multiprocessing.get_context("spawn")
        pipes = [context.Pipe() for _number in range(count)]
        self.channels = [here for here, _ in pipes]
        self._their_ends = [there for _, there in pipes]
        self.processes = [
            context.Process(
                target=build_part,
                args=(str(folder), there),
                daemon=True,
                name=f"idguide-index-{n}",
            )
            for n, there in enumerate(self._their_ends)
        ]
        self.idle: list[Connection] = []  # workers that asked for a batch and have none yet

    def start(self, progress: ProgressFn, total: int) -> None:
        """Start the workers and wait until each has asked for its first batch."""
        try:
            for process in self.processes:
                process.start()
        except (OSError, RuntimeError, ValueError) as exc:
            raise WorkersUnavailable(str(exc)) from None
        finally:
            for end in self._their_ends:  # each worker has its own copy: when it stops, its
                end.close()  # pipe ends here
        deadline = time.monotonic() + READY_TIMEOUT
        report = partial(progress, 0, total, _("Indexing products"))
        while len(self.idle) < len(self.channels):
            try:
                channel, kind, value = self._next_message(self.channels, report, deadline)
            except SearchIndexError as exc:
                raise WorkersUnavailable(str(exc)) from None
            if kind != "more":
                raise WorkersUnavailable(str(value))
            self.idle.append(channel)

    def build(self, docs: Iterable[IndexDoc], total: int, progress: ProgressFn) -> list[Any]:
        """Hand out ``docs`` in batches to the workers as they ask; their segments. A batch or
        two are read ahead from ``docs`` while the workers index."""
        pending = batches(docs)
        ahead: deque[list[IndexDoc]] = deque()
        exhausted = False
        done = 0
        segments: list[Any] = []
        working = list(self.channels)  # those that have not sent their segment yet
        indexing_label = _("Indexing products")
        while working:
            if self.idle and (ahead or exhausted):
                batch = ahead.popleft() if ahead else None  # None: no more, send the segment
                self._send(self.idle.pop(), batch)
                if batch is not None:
                    done += len(batch)
                    progress(done, total, indexing_label)
            elif not exhausted and len(ahead) < len(self.channels):
                batch = next(pending, None)
                if batch is None:
                    exhausted = True
                else:
                    ahead.append(batch)
            elif exhausted and not ahead:  # every batch is out: the workers write their parts
                saving = partial(progress, done, done, _("Saving the search index"))
                self._receive(working, segments, saving)
            else:
                indexing = partial(progress, done, total, indexing_label)
                self._receive(working, segments, indexing)
        return segments

    def _receive(
        self, working: list[Connection], segments: list[Any], report: Callable[[], None]
    ) -> None:
        """Wait for the next message of a worker still ``working`` and act on it."""
        channel, kind, value = self._next_message(working, report)
        if kind == "more":
            self.idle.append(channel)
        elif kind == "segment":
            working.remove(channel)
            if value is not None:
                segments.append(value)
        elif kind == "oserror":
            raise OSError(*value)
        else:
            raise SearchIndexError(
                _("Building the search index failed: {value}").format(value=value)
            )

    def stop(self) -> None:
        for process in self.processes:
            if process.is_alive():
                process.terminate()
            if process.pid is not None:
                process.join()
        for channel in self.channels:
            channel.close()

    def _send(self, channel: Connection, batch: list[IndexDoc] | None) -> None:
        try:
            channel.send(batch)
        except OSError:  # it stopped just after it asked (killed, out of memory)
            raise SearchIndexError(_(STOPPED).format(exitcode=self._exit_code(channel))) from None

    def _next_message(
        self,
        channels: list[Connection],
        report: Callable[[], None],
        deadline: float | None = None,
    ) -> tuple[Connection, str, Any]:
        """The next message from one of ``channels``; meanwhile ``report`` progress (which may
        cancel). A worker that stops without a word raises SearchIndexError; so does the
        ``deadline``."""
        while True:
            ready = wait(channels, timeout=POLL)
            if ready:
                channel = cast(Connection, ready[0])
                try:
                    kind, value = channel.recv()
                except (EOFError, OSError):
                    raise SearchIndexError(
                        _(STOPPED).format(exitcode=self._exit_code(channel))
                    ) from None
                return channel, kind, value
            report()
            if deadline is not None and time.monotonic() > deadline:
                raise SearchIndexError(_("the worker processes did not start"))

    def _exit_code(self, channel: Connection) -> int | None:
        process = self.processes[self.channels.index(channel)]
        process.join(POLL)  # its pipe ended: it is exiting, if not gone already
        return process.exitcode


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
        segments = workers.build(docs, total, progress)
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
