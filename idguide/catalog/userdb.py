"""The officer's own data: a user database in the user's data folder, one per catalogue.

A catalogue may be IT's, installed read-only and replaced whole by each update; what the officer
writes (notes on entries, examinations with their photos, workshop sets) is theirs and lives
apart from it, under the catalogue's stable id (``meta.catalogue_id``, made with the catalogue
and kept by every copy of it)::

    <user data>/user/<catalogue id>/user.db     notes, examinations, workshops
    <user data>/user/<catalogue id>/photos/     the examinations' photos, named by sha256

``<user data>/user`` is :func:`idguide.catalog.paths.officer_data_root` (``IDGUIDE_USER_DATA``
overrides it). Two catalogues never share an officer's notes; a catalogue replaced by IT's
next copy of it finds them again. The file is made on first use, and is an SQLite database in
WAL mode like an officer's own catalogue.

Its schema has migrations of its own (SQLite's ``user_version``, as
:mod:`idguide.catalog.schema`): **a new kind of officer data** (scan sessions and recent scans
were the first) **is a new function appended to** :data:`USER_MIGRATIONS` making its table
with sqlite-utils, a kind in :class:`~idguide.catalog.changes.OpChanges` if views show it,
and code reading and writing it through ``catalog.user.conn`` (or ``.db``) inside
``catalog.user.transaction()``. Such a table refers to products by id only, never by a foreign
key: content lives in another file and is replaced by every install.
"""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from idguide.catalog import faults, schema
from idguide.catalog.dbfile import log_path, wal_identity, write_transaction
from idguide.catalog.errors import CatalogError, JournalLostError, SchemaTooNewError
from idguide.catalog.i18n import N_, _
from idguide.catalog.images import ImageStore

if TYPE_CHECKING:
    import sqlite_utils

FILE_NAME = "user.db"
PHOTOS = "photos"
MOVED = "moved_from_catalogue"  # meta: the catalogue's own officer rows were copied here
NAME = N_("The file of your own notes, examinations and workshops")  # in messages


def _v1_officer_data(db: sqlite_utils.Database) -> None:
    """What catalogues up to version 8 held for the officer, as they held it (the move copies
    their rows as they are), and this database's own ``meta``."""
    db.table("meta").create({"key": str, "value": str}, pk="key", not_null={"value"})
    schema.create_officer_tables(db)


def _v2_scans(db: sqlite_utils.Database) -> None:
    """The codes scanned into an examination, scan sessions and recent scans."""
    schema.officer_scans(db)


# Version n is made by USER_MIGRATIONS[n - 1]; append, never change one that shipped.
USER_MIGRATIONS: tuple[Callable[[sqlite_utils.Database], None], ...] = (
    _v1_officer_data,
    _v2_scans,
)
USER_SCHEMA_VERSION = len(USER_MIGRATIONS)


class UserData:
    """The officer's data for one catalogue: the database in ``folder``, opened on first use
    in the thread that uses it (the catalogue's own)."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self.path = self.folder / FILE_NAME
        self._conn: sqlite3.Connection | None = None
        self._log: tuple[int, int] | None = None  # the write-ahead log's file, once open

    @property
    def conn(self) -> sqlite3.Connection:
        if self._conn is None:
            self._conn = self._open()
        return self._conn

    @property
    def is_open(self) -> bool:
        return self._conn is not None

    @functools.cached_property
    def db(self) -> sqlite_utils.Database:
        """sqlite-utils over the same connection (imported when first used)."""
        return schema.database(self.conn)

    @property
    def photos(self) -> ImageStore:
        """The examinations' photos, content-addressed as the catalogue's pictures are."""
        return ImageStore(self.folder / PHOTOS)

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction on the user database (see :mod:`idguide.catalog.dbfile`)."""
        with write_transaction(self.conn, self.path, NAME, check=self._refuse_lost_log) as conn:
            yield conn

    def log_lost(self) -> bool:
        """Whether another program deleted the write-ahead log this connection writes into, as
        for the catalogue (:meth:`idguide.catalog.store.Catalog.log_lost`)."""
        return self._log is not None and wal_identity(self.path) != self._log

    def _refuse_lost_log(self) -> None:
        if self.log_lost():
            raise JournalLostError(
                _(
                    "Another program removed the journal of your own notes, examinations and "
                    "workshops ({name}) while idguide had them open, so nothing was saved. Try "
                    "again in a moment; if this comes back, close idguide and start it again."
                ).format(name=log_path(self.path).name)
            )

    def meta(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None
            self._log = None
            self.__dict__.pop("db", None)

    def _open(self) -> sqlite3.Connection:
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise faults.file_fault(exc, self.folder) or self._unusable(exc) from None
        try:
            conn = sqlite3.connect(
                self.path, isolation_level=None, timeout=faults.BUSY_TIMEOUT_SECONDS
            )
        except sqlite3.DatabaseError as exc:
            raise faults.database_fault(exc, self.path, name=NAME) or self._unusable(exc) from None
        try:
            _prepare(conn)
        except sqlite3.DatabaseError as exc:
            conn.close()
            raise faults.database_fault(exc, self.path, name=NAME) or self._unusable(exc) from None
        except BaseException:
            conn.close()
            raise
        self._log = wal_identity(self.path)
        return conn

    def _unusable(self, exc: Exception) -> CatalogError:
        return CatalogError(
            _(
                "Your own data (notes, examinations, workshops) in {path} cannot be used "
                "({error}). Restore that file from a backup, or move it away to start afresh."
            ).format(path=self.path, error=exc)
        )


def _prepare(conn: sqlite3.Connection) -> None:
    conn.execute("PRAGMA foreign_keys = ON")
    found = int(conn.execute("PRAGMA user_version").fetchone()[0])
    if found > USER_SCHEMA_VERSION:
        raise SchemaTooNewError(
            _(
                "Your own data was last written by a newer idguide (user database schema "
                "{found}, this one reads up to {known}). Use the newer idguide."
            ).format(found=found, known=USER_SCHEMA_VERSION)
        )
    if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
        conn.execute("PRAGMA journal_mode = WAL")
    if found < USER_SCHEMA_VERSION:
        db = schema.database(conn)
        for version in range(found, USER_SCHEMA_VERSION):
            schema.apply_migration(db, version + 1, USER_MIGRATIONS[version])
