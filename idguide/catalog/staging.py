"""Staging folders of imports, and what a killed import leaves of them.

An import writes the pictures it checks into a staging folder inside the catalogue's images
folder (``catalog.images/.incoming-<pid>-<random>/``, see
:class:`idguide.catalog.bundles.imagefiles.Stager`). The folder carries a lock file, locked by
the import for as long as it runs: the operating system releases the lock when the process
ends, however it ends (kill -9 included). So a staging folder whose lock can be taken belongs
to an import that is dead, and only such a folder is removed: when a catalogue is opened, when
an import starts, and by :func:`~idguide.catalog.bundles.apply.collect_garbage`. ``idguide
check`` lists them (:func:`leftovers`).

A folder without a lock file is one an import is just creating, or one a killed import's
picture helper re-created after it was removed; it is removed once it is a minute old.
"""

from __future__ import annotations

import contextlib
import shutil
import sys
import time
from pathlib import Path
from typing import IO

from idguide.catalog.i18n import _

PREFIX = ".incoming-"
LOCK = ".lock"
UNLOCKED_GRACE_SECONDS = 60

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(handle: IO[bytes]) -> bool:
        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

else:
    import fcntl

    def _try_lock(handle: IO[bytes]) -> bool:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True


def hold(folder: Path) -> IO[bytes]:
    """Create ``folder`` with its lock file and lock it; keep the returned handle open for as
    long as the import runs (closing it, or the process ending, releases the lock)."""
    folder.mkdir(parents=True)
    handle = open(folder / LOCK, "a+b")  # noqa: SIM115 (held open on purpose)
    if not _try_lock(handle):  # pragma: no cover - a fresh folder's lock is free
        handle.close()
        raise OSError(_("{folder} could not be locked.").format(folder=folder))
    return handle


def _is_dead(folder: Path) -> bool:
    lock = folder / LOCK
    try:
        if not lock.exists():
            return time.time() - folder.stat().st_mtime > UNLOCKED_GRACE_SECONDS
        with open(lock, "a+b") as handle:
            return _try_lock(handle)  # the lock goes with the handle
    except OSError:
        return False


def leftovers(images: Path) -> list[Path]:
    """The staging folders under ``images`` whose import is dead."""
    try:
        found = sorted(images.glob(f"{PREFIX}*"))
    except OSError:
        return []
    return [folder for folder in found if folder.is_dir() and _is_dead(folder)]


def remove_leftovers(images: Path) -> int:
    """Remove the staging folders of dead imports under ``images``; return how many went. A
    folder that cannot be removed (a read-only catalogue) is left: ``idguide check`` names it."""
    removed = 0
    for folder in leftovers(images):
        with contextlib.suppress(OSError):
            shutil.rmtree(folder)
            removed += 1
    return removed


def size_of(folder: Path) -> int:
    total = 0
    for path in folder.rglob("*"):
        with contextlib.suppress(OSError):
            total += path.stat().st_size if path.is_file() else 0
    return total
