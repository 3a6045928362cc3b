"""What the catalogue and the user database share as SQLite files: one write transaction, taken
at once, whose machine faults (a full disk, a read-only folder, another program's lock) become
the MachineError that says so."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from idguide.catalog import faults


@contextmanager
def write_transaction(
    conn: sqlite3.Connection, path: Path, name: str = ""
) -> Iterator[sqlite3.Connection]:
    """BEGIN IMMEDIATE on ``conn`` (the database at ``path``, which ``name`` names for the
    officer if it is not the catalogue): all of it or none of it."""
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
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
