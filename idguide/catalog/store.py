"""Opening a catalogue: the SQLite file, its images folder and its search index.

``catalog.db`` has two siblings: ``catalog.images/`` (content-addressed pictures) and
``catalog.index/`` (the whoosh search index). The database is the truth; the index is derived from
it and carries the database's content *generation*, a counter that every content change bumps in
the same transaction. An index whose generation differs is stale and is rebuilt, so search is
never silently wrong.

A catalogue IT manages (:mod:`idguide.catalog.managed`) is opened read-only by whoever may not
write it: never migrated, reindexed or otherwise changed; what the officer writes goes to the
user database (``catalog.user``, :mod:`idguide.catalog.userdb`) in any catalogue.

A ``Catalog`` and its SQLite connection belong to the thread that opened it.
"""

from __future__ import annotations

import functools
import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from idguide.catalog import faults, schema, staging, sysconfig
from idguide.catalog.categories import CATEGORIES
from idguide.catalog.changes import OpChanges
from idguide.catalog.collector import collector_paused
from idguide.catalog.dbfile import write_transaction
from idguide.catalog.errors import CatalogError, ManagedCatalogError
from idguide.catalog.finding.index import SearchIndex
from idguide.catalog.images import ImageStore
from idguide.catalog.paths import officer_data_root
from idguide.catalog.progress import ProgressFn
from idguide.catalog.userdb import UserData

if TYPE_CHECKING:
    import sqlite_utils


def sibling(path: Path, suffix: str) -> Path:
    """``catalog.db`` -> ``catalog.index`` / ``catalog.images``."""
    return path.with_name(f"{path.stem}.{suffix}")


class Catalog:
    """An open catalogue. Use :func:`open_catalog` (or ``Catalog.open``) to get one."""

    def __init__(
        self,
        path: Path,
        conn: sqlite3.Connection,
        *,
        read_only: bool = False,
        user_folder: Path | None = None,
    ) -> None:
        self.path = path
        self.conn = conn
        self.images = ImageStore(sibling(path, "images"))
        self.index = SearchIndex(sibling(path, "index"))
        self.read_only = read_only  # IT's catalogue, opened by someone who may not write it
        self.system = sysconfig.SystemConfig()  # IT's configuration, read at opening
        self._user_folder = user_folder

    @functools.cached_property
    def id(self) -> str:
        """The catalogue's stable id (schema version 9), which keys the officer's own data."""
        row = self.conn.execute(
            "SELECT value FROM meta WHERE key = ?", (schema.CATALOGUE_ID,)
        ).fetchone()
        if row is None:
            raise CatalogError(
                f"{self.path} has no catalogue id, so your own notes cannot be kept for it. "
                "Ask IT to run `idguide --catalog PATH manage` on it again."
            )
        return str(row[0])

    @functools.cached_property
    def user(self) -> UserData:
        """The officer's notes, examinations and workshops for this catalogue (opened when
        first used; see :mod:`idguide.catalog.userdb`)."""
        return UserData(self._user_folder or officer_data_root() / self.id)

    def require_writable(self) -> None:
        """Raise ManagedCatalogError if this catalogue is IT's and may not be changed here."""
        if self.read_only:
            raise ManagedCatalogError(
                f"This catalogue ({self.path}) is managed centrally by IT: it changes only "
                "with IT's updates, not on this computer. Nothing was changed. Your own notes, "
                "examinations and workshops are kept as always."
            )

    @functools.cached_property
    def db(self) -> sqlite_utils.Database:
        """sqlite-utils over the same connection, for the officer's and the administrator's own
        records (see :func:`idguide.catalog.schema.database`: imported when first used)."""
        return schema.database(self.conn)

    @classmethod
    def open(
        cls,
        path: str | Path,
        progress: ProgressFn | None = None,
        *,
        repair_index: bool = True,
        user_folder: Path | None = None,
    ) -> Catalog:
        """Open (creating if missing, migrating if old) the catalogue at ``path``.

        The search index is rebuilt first if it is missing or not in step with the database,
        and what killed imports left in the images folder is removed, unless ``repair_index``
        is false (for ``idguide check``, which reports them instead). The officer's data of a
        catalogue made before the user database moves there. A catalogue IT manages that this
        user may not write is only read (an old schema or a stale index: "ask IT").
        ``user_folder`` puts the officer's data elsewhere than under the user's data folder
        (a preview's own folder).
        """
        catalog = _opened(Path(path), user_folder)
        try:
            catalog._prepare()
            if catalog.read_only:
                _require_current_index(catalog, repair_index)
                return catalog
            if repair_index:
                staging.remove_leftovers(catalog.images.folder)  # of imports that were killed
                catalog.ensure_index(progress)
            from idguide.catalog.usermove import move_officer_data

            move_officer_data(catalog)  # once, from a catalogue made before the user database
        except BaseException:
            catalog.close()
            raise
        return catalog

    def _prepare(self) -> None:
        try:
            self.conn.execute("PRAGMA foreign_keys = ON")
            found = schema.check_readable(self.conn)
            if self.read_only:
                _require_current_schema(self, found)
                return
            managed = _marked_managed(self.conn) or self.system.manages(self.path)
            if not managed and self.conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                self.conn.execute("PRAGMA journal_mode = WAL")
            schema.migrate(self.conn)
            self._sync_categories()
        except sqlite3.DatabaseError as exc:
            fault = faults.database_fault(exc, self.path)
            if fault is not None:
                raise fault from None
            raise CatalogError(
                f"{self.path} cannot be used as a catalogue ({exc}). If it is not an idguide "
                "catalogue, choose another file; if it is damaged, restore it from a backup."
            ) from None

    def _sync_categories(self) -> None:
        """Store the categories' order if it changed (only then: opening a catalogue to read
        it takes no write lock, so it works while another program writes)."""
        # SQL, not sqlite-utils' upsert_all: this runs at every opening, which must not wait
        # for sqlite-utils to load (see schema.database).
        rows = [(category.id, position) for position, category in enumerate(CATEGORIES)]
        stored = self.conn.execute("SELECT id, position FROM categories").fetchall()
        if set(rows) <= set(stored):
            return
        with self.transaction():
            self.conn.executemany(
                "INSERT INTO categories (id, position) VALUES (?, ?) "
                "ON CONFLICT(id) DO UPDATE SET position = excluded.position",
                rows,
            )

    def close(self) -> None:
        self.index.close()
        if "user" in self.__dict__:
            self.user.close()
        self.conn.close()

    def __enter__(self) -> Catalog:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction, taken at once (BEGIN IMMEDIATE): all of it or none of it.

        A full disk, a read-only folder or another program holding the catalogue raise the
        MachineError that says so, with everything rolled back; a catalogue managed by IT,
        opened by someone who may not write it, raises ManagedCatalogError."""
        self.require_writable()
        with write_transaction(self.conn, self.path) as conn:
            yield conn

    # -- content generation and the index ---------------------------------------------------

    def generation(self) -> int:
        row = self.conn.execute("SELECT value FROM meta WHERE key = 'generation'").fetchone()
        return int(row[0]) if row else 0

    def bump_generation(self) -> int:
        """Inside a write transaction: mark the content as changed; return the new generation."""
        self.conn.execute(
            "UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'generation'"
        )
        return self.generation()

    def index_is_current(self) -> bool:
        return self.index.generation() == self.generation()

    def ensure_index(self, progress: ProgressFn | None = None) -> bool:
        """Rebuild the search index if it is missing or stale; return True if it was rebuilt."""
        if self.index_is_current():
            return False
        self.reindex(progress)
        return True

    def reindex(self, progress: ProgressFn | None = None) -> OpChanges:
        """Rebuild the search index from the database."""
        self.require_writable()
        with self.prepared_index(progress) as swap:
            swap()
        return OpChanges(index=True)

    @contextmanager
    def prepared_index(self, progress: ProgressFn | None = None) -> Iterator[Callable[[], None]]:
        """A new search index built from the database as this connection sees it (inside a
        write transaction: with its changes) and stamped with its generation; yields the
        function that swaps it in (see :meth:`SearchIndex.prepared`)."""
        from idguide.catalog.finding.documents import all_docs, count_products

        with (
            collector_paused(),
            self.index.prepared(
                all_docs(self), count_products(self), self.generation(), progress
            ) as swap,
        ):
            yield swap


def _opened(path: Path, user_folder: Path | None) -> Catalog:
    """The catalogue at ``path`` connected: read-only if IT manages it (its mark, or the system
    configuration) and this user may not write it, as the officer may not."""
    config = sysconfig.load()
    conn = _connect(path)
    read_only = False
    try:
        if (_marked_managed(conn) or config.manages(path)) and not _may_write(path):
            conn.close()
            conn, read_only = _connect_read_only(path), True
    except BaseException:
        conn.close()
        raise
    catalog = Catalog(path, conn, read_only=read_only, user_folder=user_folder)
    catalog.system = config
    return catalog


def _marked_managed(conn: sqlite3.Connection) -> bool:
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = 'managed'").fetchone()
    except sqlite3.DatabaseError:
        return False  # a new file, or no catalogue: opening says what is wrong
    return bool(row and row[0] == "1")


def _may_write(path: Path) -> bool:
    """Whether this user may write the file and its folder (SQLite writes its journal there)."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def _connect_read_only(path: Path) -> sqlite3.Connection:
    """A connection that never writes (``mode=ro``): SQLite takes no write lock and makes no
    journal, so it works in a folder on a read-only disk. (Not ``immutable=1``: IT's system job
    may still write the catalogue in place, and readers must see its changes whole.)"""
    try:
        conn = sqlite3.connect(
            f"{path.resolve().as_uri()}?mode=ro",
            uri=True,
            isolation_level=None,
            timeout=faults.BUSY_TIMEOUT_SECONDS,
        )
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as exc:
        raise CatalogError(
            f"Cannot read the catalogue {path} ({exc}). It is managed by IT: ask IT to check "
            "it (`idguide --catalog PATH manage` readies it for reading)."
        ) from None
    return conn


def _require_current_schema(catalog: Catalog, found: int) -> None:
    if found < schema.SCHEMA_VERSION:
        raise CatalogError(
            f"The catalogue {catalog.path} is managed by IT and was made by an older idguide "
            f"(schema {found}; this idguide needs {schema.SCHEMA_VERSION}). It cannot be "
            "updated on this computer: ask IT to update it (`idguide --catalog PATH manage` "
            "with this idguide)."
        )


def _require_current_index(catalog: Catalog, repair_index: bool) -> None:
    if repair_index and not catalog.index_is_current():
        raise CatalogError(
            f"The search index of the catalogue {catalog.path} is missing or out of step, and "
            "the catalogue is managed by IT, so it cannot be rebuilt on this computer. Ask IT "
            "to update it (`idguide --catalog PATH manage` rebuilds it)."
        )


def _connect(path: Path) -> sqlite3.Connection:
    if path.is_dir():
        raise CatalogError(
            f"{path} is a folder; give the path of a catalogue file, e.g. catalog.db."
        )
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(path, isolation_level=None, timeout=faults.BUSY_TIMEOUT_SECONDS)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except (OSError, sqlite3.DatabaseError) as exc:
        fault = (
            faults.file_fault(exc, path.parent)
            if isinstance(exc, OSError)
            else faults.database_fault(exc, path)
        )
        if fault is not None:
            raise fault from None
        raise CatalogError(
            f"Cannot open the catalogue {path} ({exc}). Check the path and that you may read "
            "and write there; if the file is not an idguide catalogue, choose another."
        ) from None
    return conn


def open_catalog(
    path: str | Path,
    progress: ProgressFn | None = None,
    *,
    repair_index: bool = True,
    user_folder: Path | None = None,
) -> Catalog:
    return Catalog.open(path, progress, repair_index=repair_index, user_folder=user_folder)
