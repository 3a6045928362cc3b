"""What the catalogue and the user database share as SQLite files: one write transaction, taken
at once, whose machine faults (a full disk, a read-only folder, another program's lock) become
the MachineError that says so; and the identity of the write-ahead log a connection writes into,
to notice another program deleting it (see the note in :mod:`idguide.catalog.store`)."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from idguide.catalog import faults


@contextmanager
def write_transaction(
    conn: sqlite3.Connection,
    path: Path,
    name: str = "",
    check: Callable[[], None] | None = None,
) -> Iterator[sqlite3.Connection]:
    """BEGIN IMMEDIATE on ``conn`` (the database at ``path``, which ``name`` names for the
    officer if it is not the catalogue): all of it or none of it. ``check``, called once the
    transaction has begun, may refuse it by raising."""
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            if check is not None:
                check()
            yield conn
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:  # (SQLite may have rolled back already)
                conn.execute("ROLLBACK")
            raise
    except sqlite3.OperationalError as exc:
        fault = faults.database_fault(exc, path, name=name)
        if fault is None:
            raise
        raise fault from None


def log_path(path: Path) -> Path:
    """The write-ahead log, named after the database's path with links resolved, as SQLite
    names it."""
    return Path(f"{os.path.realpath(path)}-wal")


def wal_identity(path: Path) -> tuple[int, int] | None:
    """The (device, inode) of the write-ahead log of the database at ``path``; None if there
    is none (not in WAL mode, or deleted)."""
    try:
        stat = os.stat(log_path(path))
    except OSError:
        return None
    return (stat.st_dev, stat.st_ino)
