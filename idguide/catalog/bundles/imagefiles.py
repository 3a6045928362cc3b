"""Writing many verified pictures into the catalogue's content-addressed folder quickly.

As the importer checks each picture, it writes each new one into a staging folder inside the
store, so the bundle is read once. (A writer thread was tried: under load it made the import
slower, as it waits for the interpreter lock after every file operation.) Once every picture
has passed, one ``os.sync`` (an fsync per file where that call does not exist) makes them
durable, and only then are they renamed to their real names, so a crash never leaves a
half-written picture under a real name. If anything fails or is cancelled first, the temporary
files are removed. The staging folder carries a lock held by its import
(:mod:`idguide.catalog.staging`), so what a killed import leaves is told apart from a running
import's folder and removed the next time the catalogue is opened or a bundle imported.
"""

from __future__ import annotations

import os
import secrets
import shutil
import threading
from pathlib import Path
from types import TracebackType
from typing import IO

from idguide.catalog import staging
from idguide.catalog.errors import CatalogError, IdguideError
from idguide.catalog.faults import file_fault
from idguide.catalog.i18n import N_, _
from idguide.catalog.images import ImageStore
from idguide.catalog.progress import ProgressFn

STAGING_PREFIX = staging.PREFIX


class Stager:
    """Stages new pictures in a folder inside the store; :meth:`commit` renames them into
    their content-addressed places. The staging folder has sub-folders by the first two letters
    of the sha256, as the store has: creating 15,000 files in one folder took 30-80 us a file
    here, in 256 sub-folders 16-18 us. (Paths are plain strings here: thirty thousand pictures
    through pathlib cost a quarter of a second.)"""

    def __init__(self, store: ImageStore, folder: Path | None = None) -> None:
        self.store = store
        self.folder = (
            folder or store.folder / f"{STAGING_PREFIX}{os.getpid()}-{secrets.token_hex(4)}"
        )
        self.pending: dict[str, str] = {}  # sha256 -> the staged file
        self.listed: dict[str, set[str]] = {}  # the store's sub-folders, listed once each
        self.made: set[str] = set()  # staging sub-folders created
        self._flushing: threading.Thread | None = None
        self._lock: IO[bytes] | None = None

    def __enter__(self) -> Stager:
        """Remove what killed imports left, then make this import's folder and hold its lock
        (a helper process that stages into it is given the folder, not the lock)."""
        staging.remove_leftovers(self.store.folder)
        try:
            self._lock = staging.hold(self.folder)
        except OSError as exc:
            raise _disk_error(self.store, exc) from None
        return self

    def __exit__(
        self, kind: type | None, exc: BaseException | None, trace: TracebackType | None
    ) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)
        if self._lock is not None:
            self._lock.close()

    def add(self, sha256: str, data: bytes) -> bool:
        """Stage ``data`` unless the store holds it already; True if it was staged."""
        if sha256 in self.pending or sha256 in self._stored(sha256[:2]):
            return False
        temporary = staged_path(self.folder, sha256)
        self.pending[sha256] = temporary
        try:
            if sha256[:2] not in self.made:
                os.makedirs(os.path.dirname(temporary), exist_ok=True)
                self.made.add(sha256[:2])
            _write(temporary, data)
        except OSError as exc:
            raise _disk_error(self.store, exc) from None
        return True

    def adopt(self, sha256: str) -> None:
        """A picture another process staged in this folder (see imagecheck): commit it with
        the others."""
        self.pending.setdefault(sha256, staged_path(self.folder, sha256))

    def _stored(self, sub: str) -> set[str]:
        if sub not in self.listed:
            try:
                self.listed[sub] = set(os.listdir(os.path.join(self.store.folder, sub)))
            except FileNotFoundError:
                self.listed[sub] = set()
            except OSError as exc:
                raise _disk_error(self.store, exc) from None
        return self.listed[sub]

    def flush_early(self) -> None:
        """Start making what is staged so far durable, in a background thread, while the last
        pictures are checked: the flush in :meth:`commit` then has little left to write."""
        if hasattr(os, "sync") and self._flushing is None:
            self._flushing = threading.Thread(target=os.sync, name="idguide-sync", daemon=True)
            self._flushing.start()

    def commit(self, report: ProgressFn, keep: set[str] | None = None) -> list[str]:
        """Make the staged pictures durable and give them their real names; return their
        sha256s. With ``keep``, only those pictures (the others go with the staging folder).

        A staging sub-folder holding exactly the pictures to keep goes into the store whole,
        when the store has no such sub-folder yet (a new catalogue): one rename instead of a
        hundred."""
        by_sub: dict[str, list[tuple[str, str]]] = {}
        for sha256, temporary in self.pending.items():
            if keep is None or sha256 in keep:
                by_sub.setdefault(sha256[:2], []).append((sha256, temporary))
        if self._flushing is not None:
            self._flushing.join()
        make_durable()
        done: list[str] = []
        total = sum(len(pictures) for pictures in by_sub.values())
        try:
            for sub, pictures in by_sub.items():
                report(len(done), total, _("Storing images"))
                if not self._move_whole(sub, pictures):
                    self._move_each(sub, pictures)
                done += [sha256 for sha256, _ in pictures]
            make_durable()
        except OSError as exc:
            remove(self.store, done)
            raise _disk_error(self.store, exc) from None
        except BaseException:
            remove(self.store, done)
            raise
        return done

    def _move_whole(self, sub: str, pictures: list[tuple[str, str]]) -> bool:
        target = f"{self.store.folder}{os.sep}{sub}"
        staged = f"{self.folder}{os.sep}{sub}"
        if os.path.lexists(target) or set(os.listdir(staged)) != {sha for sha, _ in pictures}:
            return False
        try:
            os.rename(staged, target)
        except OSError:  # another import made the sub-folder meanwhile
            return False
        return True

    def _move_each(self, sub: str, pictures: list[tuple[str, str]]) -> None:
        folder = f"{self.store.folder}{os.sep}{sub}"
        os.makedirs(folder, exist_ok=True)
        for sha256, temporary in pictures:
            os.replace(temporary, f"{folder}{os.sep}{sha256}")


def staged_path(folder: Path | str, sha256: str) -> str:
    """Where a :class:`Stager` on ``folder`` stages the picture ``sha256``. (Joined by hand:
    os.path.join took a tenth of a second for thirty thousand pictures.)"""
    return f"{folder}{os.sep}{sha256[:2]}{os.sep}{sha256}"


def _disk_error(store: ImageStore, exc: OSError) -> IdguideError:
    fault = file_fault(exc, store.folder, N_("Nothing was installed."))
    if fault is not None:
        return fault
    return CatalogError(
        _(
            "Cannot write pictures into {folder} ({reason}). Check that the disk has "
            "free space and the folder is writable; nothing was installed."
        ).format(folder=store.folder, reason=exc.strerror)
    )


_CREATE = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0)


def _write(path: str, data: bytes) -> None:
    """Write ``data`` to a new file at ``path``. (With the os calls, not a file object: that
    took 14 us a file here instead of 17-20, thirty thousand times.)"""
    handle = os.open(path, _CREATE, 0o666)
    try:
        rest = memoryview(data)
        while rest:
            rest = rest[os.write(handle, rest) :]
        if not hasattr(os, "sync"):
            os.fsync(handle)
    finally:
        os.close(handle)


def make_durable() -> None:
    """Write what is staged so far to the disk (where ``os.sync`` exists; elsewhere each file
    was synced as it was written)."""
    if hasattr(os, "sync"):
        os.sync()


def remove(store: ImageStore, shas: list[str]) -> None:
    for sha256 in shas:
        store.remove(sha256)
