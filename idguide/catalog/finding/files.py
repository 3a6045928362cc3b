"""The search index folder on disk: building a new one beside it and swapping it in, the
generation stamp, and opening it without leaking files when it is damaged.

A rebuild writes ``catalog.index.building-<random>/`` next to ``catalog.index/``, stamps it, and
replaces the old folder with two renames; folders left by a rebuild that was killed are removed by
the next one. The stamp file is written only after whoosh has committed, so a stamp always
describes a complete index.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from whoosh import index as windex
from whoosh.filedb.filestore import FileStorage

from idguide.catalog.errors import IdguideError, SearchIndexError
from idguide.catalog.faults import NOTHING_CHANGED, file_fault
from idguide.catalog.finding.build import BulkWriter
from idguide.catalog.finding.fields import SCHEMA_VERSION, build_codec, build_schema, doc_fields
from idguide.catalog.finding.parallel import WorkersUnavailable, build_in_parallel, worker_count
from idguide.catalog.finding.vocab import Vocabulary
from idguide.catalog.i18n import N_, _
from idguide.catalog.progress import ProgressFn

if TYPE_CHECKING:
    from idguide.catalog.finding.index import IndexDoc

STAMP_FILE = "idguide-generation"
PROGRESS_EVERY = 500


def build(folder: Path, docs: Iterable[IndexDoc], total: int, progress: ProgressFn) -> None:
    """A new index in ``folder``: with worker processes for a large catalogue, else here."""
    count = worker_count(total)
    if count > 1:
        folder.mkdir(parents=True)
        try:
            build_in_parallel(folder, docs, total, progress, count)
            return
        except WorkersUnavailable:
            shutil.rmtree(folder, ignore_errors=True)
    build_serially(folder, docs, total, progress)


def build_serially(
    folder: Path, docs: Iterable[IndexDoc], total: int, progress: ProgressFn
) -> None:
    folder.mkdir(parents=True)
    ix = windex.create_in(str(folder), build_schema())
    writer = BulkWriter(ix, codec=build_codec(), progress=progress)
    try:
        label = _("Indexing products")
        progress(0, total, label)
        done = 0
        for done, doc in enumerate(docs, 1):
            writer.add_document(**doc_fields(doc))
            if done % PROGRESS_EVERY == 0:
                progress(done, total, label)
        progress(done, total, _("Saving the search index"))
        writer.commit()
    except BaseException:
        if not writer.is_closed:
            _cancel(writer)
        raise
    finally:
        ix.close()


def _cancel(writer: BulkWriter) -> None:
    """Close the half-written segment files. After a full disk whoosh may fail doing so (it
    writes its hash tables on close, to a file that is closed by then): that must not hide
    the error that stopped the build, and the folder is removed anyway."""
    with contextlib.suppress(OSError, ValueError):
        writer.cancel()


def save_words(folder: Path) -> None:
    """Save the brand/name words of the new index in ``folder`` (see ``finding.vocab``), so that
    the first search after a start does not have to read them out of whoosh."""
    storage = TrackedStorage(str(folder))
    try:
        ix = storage.open_index()
        with ix.reader() as reader:
            Vocabulary(reader, folder)
        ix.close()
    finally:
        storage.close_files()


def sibling(folder: Path, kind: str) -> Path:
    return folder.with_name(f"{folder.name}.{kind}-{secrets.token_hex(4)}")


def remove_leftovers(folder: Path) -> None:
    """Folders left by a rebuild that was killed half-way."""
    if not folder.parent.is_dir():
        return
    for path in folder.parent.glob(f"{folder.name}.building-*"):
        shutil.rmtree(path, ignore_errors=True)
    for path in folder.parent.glob(f"{folder.name}.old-*"):
        shutil.rmtree(path, ignore_errors=True)


def swap_in(new: Path, folder: Path) -> None:
    """Replace ``folder`` by ``new`` with two renames (the old index is closed by now)."""
    old = sibling(folder, "old")
    if folder.exists():
        os.replace(folder, old)
    os.replace(new, folder)
    shutil.rmtree(old, ignore_errors=True)


def read_stamp(folder: Path) -> int | None:
    try:
        magic, version, generation = (folder / STAMP_FILE).read_text("ascii").split()
        if magic != "idguide-search" or int(version) != SCHEMA_VERSION:
            return None
        return int(generation)
    except (OSError, ValueError, UnicodeDecodeError):
        return None


def write_stamp(folder: Path, generation: int) -> None:
    """Written after the index is committed: a stamp always describes a complete index."""
    temp = folder / f"{STAMP_FILE}.tmp"
    temp.write_text(f"idguide-search {SCHEMA_VERSION} {int(generation)}\n", "ascii")
    os.replace(temp, folder / STAMP_FILE)


class TrackedStorage(FileStorage):
    """whoosh's file storage, remembering the files it opens: when whoosh fails half-way through
    a damaged index it leaves them open (for the garbage collector, which warns about each), and
    a folder with open files cannot be replaced on Windows."""

    def __init__(self, path: str) -> None:
        # Without mmap: whoosh copies every memory-mapped segment file it opens into a BytesIO
        # (47 MB and 40 ms of the first search at 100,000 products); plain reads search as fast.
        super().__init__(path, supports_mmap=False)
        self._opened: list[Any] = []

    def open_file(self, name: str, **kwargs: Any) -> Any:
        opened = super().open_file(name, **kwargs)
        self._opened.append(opened)
        return opened

    def close_files(self) -> None:
        for opened in self._opened:
            if not opened.is_closed:
                opened.close()
        self._opened.clear()


def damaged(folder: Path, exc: BaseException) -> SearchIndexError:
    return SearchIndexError(
        _(
            "The search index in {folder} cannot be read ({name}: {error}). It will "
            "be rebuilt from the catalogue; if this repeats, delete that folder."
        ).format(folder=folder, name=type(exc).__name__, error=exc)
    )


# What became of a change whose search index could not be written after it was saved.
INDEX_BEHIND = N_(
    "What was asked was saved, but the search index could not be brought up to date; it is "
    "rebuilt the next time the catalogue is opened."
)


def unwritable(folder: Path, exc: OSError, outcome: str = NOTHING_CHANGED) -> IdguideError:
    """The error for ``exc`` met writing the index in ``folder`` (``outcome``: what became of
    the work)."""
    fault = file_fault(exc, folder, outcome)
    if fault is not None:
        return fault
    return SearchIndexError(
        _(
            "Cannot write the search index in {folder} ({reason}). Check that the "
            "disk has free space and the folder is writable."
        ).format(folder=folder, reason=exc.strerror)
    )
