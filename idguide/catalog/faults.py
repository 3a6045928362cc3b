"""Faults of the machine: which OSError or SQLite error means a full disk, a read-only folder or
a catalogue in use by another program, and the one message for each.

Every place that writes the catalogue's files (opening it and its transactions in
:mod:`~idguide.catalog.store`, the pictures, the search index) hands what it caught to
:func:`database_fault` or :func:`file_fault` and raises the
:class:`~idguide.catalog.errors.MachineError` they return, so that the command line and the app
show one clear message (and the CLI a distinct exit status) instead of "cannot be used as a
catalogue ... restore it from a backup" or a traceback. What is not such a fault gives None,
and the caller raises what it raised before.
"""

from __future__ import annotations

import errno
import os
import sqlite3
import tempfile
from pathlib import Path

from idguide.catalog.errors import CatalogBusyError, DiskFullError, MachineError, ReadOnlyError
from idguide.catalog.i18n import N_, _

# How long a write waits for another program's write lock on the catalogue (SQLite's busy
# timeout) before it gives up: long enough for another import's commit, short enough for an
# officer to be told what is going on.
BUSY_TIMEOUT_SECONDS = 5.0

# what became of the work, put inside a fault's message: marked here, translated there
NOTHING_CHANGED = N_("Nothing was changed.")

_FULL = {errno.ENOSPC, errno.EDQUOT}
_READ_ONLY = {errno.EROFS, errno.EACCES, errno.EPERM}
_BUSY_CODES = {sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED}
# SQLite says "unable to open database file" or "disk I/O error" for a folder it cannot create
# its journal or shared-memory file in, full or read-only alike: the folder is asked.
_ASK_THE_FOLDER = {sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_IOERR}
_PROBE_BYTES = 64 * 1024  # more than SQLite's shared-memory file needs to start


def database_fault(
    exc: sqlite3.Error, path: Path, outcome: str = NOTHING_CHANGED, name: str = ""
) -> MachineError | None:
    """The fault behind ``exc``, met using the catalogue database at ``path`` (or another
    database, which ``name`` then names for the officer), or None.

    ``outcome`` says what became of the work (e.g. "Nothing was changed.")."""
    code = getattr(exc, "sqlite_errorcode", 0) & 0xFF  # the primary code of an extended one
    if code in _BUSY_CODES:
        return CatalogBusyError(
            _(
                "{what} {path} is in use by another program (another idguide "
                "window, an import or a sync) and stayed busy for "
                "{busy_timeout_seconds:g} seconds. {outcome} Wait until that program has "
                "finished, or close it, then try again."
            ).format(
                what=_(name) if name else _("The catalogue"),
                path=path,
                busy_timeout_seconds=BUSY_TIMEOUT_SECONDS,
                outcome=_(outcome),
            )
        )
    if code == sqlite3.SQLITE_FULL:
        return _disk_full(path.parent, outcome)
    if code == sqlite3.SQLITE_READONLY:
        return _read_only(path, outcome)
    if code in _ASK_THE_FOLDER:
        cause = _probe(path.parent)
        return file_fault(cause, path.parent, outcome) if cause is not None else None
    return None


def file_fault(exc: OSError, folder: Path, outcome: str = NOTHING_CHANGED) -> MachineError | None:
    """The fault behind ``exc``, met writing into ``folder``, or None."""
    if exc.errno in _FULL:
        return _disk_full(folder, outcome)
    if exc.errno in _READ_ONLY:
        return _read_only(folder, outcome)
    return None


def _disk_full(folder: Path, outcome: str) -> DiskFullError:
    return DiskFullError(
        _(
            "The disk holding {folder} is full. {outcome} Free some space on it "
            "(delete files you no longer need) before going on."
        ).format(folder=folder, outcome=_(outcome))
    )


def _read_only(where: Path, outcome: str) -> ReadOnlyError:
    return ReadOnlyError(
        _(
            "Cannot write to {where}: it is on a read-only disk or in a folder you "
            "may not write to. {outcome} Ask whoever looks after this computer to "
            "make it writable, or use a catalogue in a folder you may write to."
        ).format(where=where, outcome=_(outcome))
    )


def _probe(folder: Path) -> OSError | None:
    """What writing a little into ``folder`` gives: None if it can be written. (The file has
    no name and is gone when closed.)"""
    try:
        with tempfile.TemporaryFile(dir=folder) as handle:
            handle.write(b"\0" * _PROBE_BYTES)
            handle.flush()
            os.fsync(handle.fileno())
    except OSError as exc:
        return exc
    return None
