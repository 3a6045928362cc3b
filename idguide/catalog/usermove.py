"""Moving the officer's own data out of a catalogue made before the user database, once.

Catalogues up to schema version 8 kept the notes, examinations and workshops in their own
tables, and the examinations' photos in ``catalog.user/photos/`` beside ``catalog.db``. When such
a catalogue is first opened writable, its rows are copied into the user database of its
catalogue id (:mod:`idguide.catalog.userdb`) with the same ids (and the same next ids, so an id
an exported verification request names is never given again), its photos are copied into the
user folder, and only then are the rows deleted from the catalogue and the old photos removed.

Each step can be interrupted and the move run again: the copy is one transaction of the user
database that also marks it done (``meta.moved_from_catalogue``), so a move interrupted after
the copy only deletes what the catalogue still holds; photos are copied before the copy's
commit, each file whole.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from idguide.catalog import faults
from idguide.catalog.schema import OFFICER_TABLES
from idguide.catalog.userdb import MOVED, UserData

if TYPE_CHECKING:
    from idguide.catalog.store import Catalog

NUMBERED = ("examinations", "workshops")  # AUTOINCREMENT: their next ids move too


def old_photos_folder(catalog_path: Path) -> Path:
    """Where catalogues before the user database kept the examinations' photos."""
    return catalog_path.with_name(f"{catalog_path.stem}.user") / "photos"


def has_officer_rows(conn: sqlite3.Connection) -> bool:
    return any(
        conn.execute(f"SELECT EXISTS (SELECT 1 FROM {table})").fetchone()[0]
        for table in OFFICER_TABLES
    )


def move_officer_data(catalog: Catalog) -> bool:
    """Move what the catalogue still holds of the officer's into ``catalog.user``; return True
    if there was anything. Nothing is lost at any step (see the module's description)."""
    if not has_officer_rows(catalog.conn):
        return False
    user = catalog.user
    if user.meta(MOVED) is None:
        _copy_photos(old_photos_folder(catalog.path), user)
        with user.transaction() as conn:
            _copy_rows(catalog.conn, conn)
            conn.execute("INSERT INTO meta (key, value) VALUES (?, ?)", (MOVED, str(catalog.path)))
    with catalog.transaction() as conn:
        _delete_rows(conn)
    shutil.rmtree(old_photos_folder(catalog.path), ignore_errors=True)
    _remove_if_empty(old_photos_folder(catalog.path).parent)
    return True


def _delete_rows(conn: sqlite3.Connection) -> None:
    for table in reversed(OFFICER_TABLES):  # children first
        conn.execute(f"DELETE FROM {table}")


def _copy_rows(source: sqlite3.Connection, target: sqlite3.Connection) -> None:
    for table in OFFICER_TABLES:  # parents first
        theirs = [row[1] for row in source.execute(f"PRAGMA table_info({table})")]
        ours = {row[1] for row in target.execute(f"PRAGMA table_info({table})")}
        columns = ", ".join(f'"{name}"' for name in theirs if name in ours)
        marks = ", ".join("?" for name in theirs if name in ours)
        rows = source.execute(f"SELECT {columns} FROM {table}")
        target.executemany(f"INSERT INTO {table} ({columns}) VALUES ({marks})", rows)
    sequences = source.execute(
        "SELECT name, seq FROM sqlite_sequence WHERE name IN (?, ?)", NUMBERED
    ).fetchall()
    for name, seq in sequences:
        target.execute("DELETE FROM sqlite_sequence WHERE name = ?", (name,))
        target.execute("INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)", (name, seq))


def _copy_photos(folder: Path, user: UserData) -> None:
    """Every photo file into the user's folder (whole files only: written aside, then renamed)."""
    if not folder.is_dir():
        return
    store = user.photos
    for source in sorted(folder.glob("*/*")):
        if len(source.name) != 64 or not source.is_file():
            continue
        target = store.path(source.name)
        if target.exists():
            continue
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            aside = target.with_name(f".{target.name}.tmp{os.getpid()}")
            shutil.copyfile(source, aside)
            os.replace(aside, target)
        except OSError as exc:
            raise faults.file_fault(exc, store.folder) or exc from None


def _remove_if_empty(folder: Path) -> None:
    with contextlib.suppress(OSError):  # not empty (something else of the officer's), or gone
        folder.rmdir()
