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

**The catalogue's own files are opened by SQLite only.** SQLite keeps other programs from
deleting the write-ahead log (``catalog.db-wal``) with POSIX advisory locks (on Linux and macOS),
and closing *any* descriptor of a file drops *all* of the process's locks on that file. SQLite
guards its own descriptors, nothing else: when anything else in a process that has the
catalogue open opens and closes ``catalog.db``, its ``-wal`` or ``-shm`` (a file dialog sniffing
the file's type, a photo or bundle read from there), the next program that opens and closes the
catalogue believes it is the last one and deletes the log this one still writes into, and what
this one writes afterwards is lost. So every path a user gives is checked with
:func:`refuse_catalogue_file` before it is read or written, and the app's file dialogs never
read a file's content (``idguide.ui.filedialogs``).

As a last guard, :meth:`Catalog.transaction` refuses to write once the log this connection writes
into is no longer the catalogue's (:meth:`Catalog.log_lost`): the change is refused loudly
instead of lost, and the app opens the catalogue again. Considered and not done:
``locking_mode=EXCLUSIVE`` keeps the log safe but locks the command line and syncs out while the
app runs; a persistent log (``SQLITE_FCNTL_PERSIST_WAL``) is not reachable from Python's sqlite3,
and would keep the file but not the read locks that protect this connection's view; SQLite's
other locking styles (``unix-flock``, ``unix-dotfile``) are missing from most Linux builds and
share no log between programs; and locks once lost cannot be taken back, only the connection
closed and opened again, which ``log_lost`` lets the app do.
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
from idguide.catalog.dbfile import log_path, wal_identity, write_transaction
from idguide.catalog.errors import CatalogError, JournalLostError, ManagedCatalogError, OwnFileError
from idguide.catalog.finding.index import SearchIndex
from idguide.catalog.i18n import _
from idguide.catalog.images import ImageStore
from idguide.catalog.paths import officer_data_root
from idguide.catalog.progress import ProgressFn
from idguide.catalog.userdb import UserData

if TYPE_CHECKING:
    import sqlite_utils


# SQLite's files beside a catalogue: the database, its write-ahead log, the log's index, and a
# rollback journal.
SQLITE_SUFFIXES = ("", "-wal", "-shm", "-journal")
# The folders of the catalogue's content beside ``catalog.db`` (``sibling(path, kind)``): the
# pictures, the search index, the officer's photos (examinations). Not ``catalog.feeds``: a sync
# downloads bundles there and imports them from there.
OWN_FOLDERS = ("images", "index", "user")


def sibling(path: Path, suffix: str) -> Path:
    """``catalog.db`` -> ``catalog.index`` / ``catalog.images``."""
    return path.with_name(f"{path.stem}.{suffix}")


class Catalog:
    """An open catalogue. Use :func:`open_catalog` (or ``Catalog.open``) to get one."""

    def __init__(self, path: Path, conn: sqlite3.Connection, *, read_only: bool = False) -> None:
        self.path = path
        self.conn = conn
        self.images = ImageStore(sibling(path, "images"))
        self.index = SearchIndex(sibling(path, "index"))
        self.read_only = read_only  # IT's catalogue, opened by someone who may not write it
        self.system = sysconfig.SystemConfig()  # IT's configuration, read at opening
        self._log: tuple[int, int] | None = None  # the write-ahead log's file, once open

    @functools.cached_property
    def id(self) -> str:
        """The catalogue's stable id (schema version 10), which keys the officer's own data."""
        row = self.conn.execute(
            "SELECT value FROM meta WHERE key = ?", (schema.CATALOGUE_ID,)
        ).fetchone()
        if row is None:
            raise CatalogError(
                _(
                    "{path} has no catalogue id, so your own notes cannot be kept for it. Ask "
                    "IT to run `idguide --catalog PATH manage` on it again."
                ).format(path=self.path)
            )
        return str(row[0])

    @functools.cached_property
    def user(self) -> UserData:
        """The officer's notes, examinations and workshops for this catalogue (opened when
        first used; see :mod:`idguide.catalog.userdb`)."""
        return UserData(officer_data_root() / self.id)

    def require_writable(self) -> None:
        """Raise ManagedCatalogError if this catalogue is IT's and may not be changed here."""
        if self.read_only:
            raise ManagedCatalogError(
                _(
                    "This catalogue ({path}) is managed centrally by IT: it changes only with "
                    "IT's updates, not on this computer. Nothing was changed. Your own notes, "
                    "examinations and workshops are kept as always."
                ).format(path=self.path)
            )

    @functools.cached_property
    def db(self) -> sqlite_utils.Database:
        """sqlite-utils over the same connection, for the officer's and the administrator's own
        records (see :func:`idguide.catalog.schema.database`: imported when first used)."""
        return schema.database(self.conn)

    @classmethod
    def open(
        cls, path: str | Path, progress: ProgressFn | None = None, *, repair_index: bool = True
    ) -> Catalog:
        """Open (creating if missing, migrating if old) the catalogue at ``path``.

        The search index is rebuilt first if it is missing or not in step with the database,
        and what killed imports left in the images folder is removed, unless ``repair_index``
        is false (for ``idguide check``, which reports them instead). The officer's data of a
        catalogue made before the user database moves there. A catalogue IT manages that this
        user may not write is only read (an old schema or a stale index: "ask IT").
        """
        catalog = _opened(Path(path))
        try:
            catalog._prepare()
            catalog._log = wal_identity(catalog.path)  # None: not in WAL mode
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
                _(
                    "{path} cannot be used as a catalogue ({error}). If it is not an idguide "
                    "catalogue, choose another file; if it is damaged, restore it from a "
                    "backup."
                ).format(path=self.path, error=exc)
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
        with write_transaction(self.conn, self.path, check=self._refuse_lost_log) as conn:
            yield conn

    def log_lost(self) -> bool:
        """Whether the write-ahead log this connection writes into was deleted (or replaced) by
        another program: that happens only when this process lost its locks (see the module's
        note), and what this connection writes from then on is seen by no one and lost."""
        if "user" in self.__dict__ and self.user.log_lost():  # the officer's own file too
            return True
        return self._log is not None and wal_identity(self.path) != self._log

    def journal_switched(self) -> None:
        """After this connection changed the journal mode (``idguide manage``): the write-ahead
        log it writes into, if any, is the one there now."""
        self._log = wal_identity(self.path)

    def _refuse_lost_log(self) -> None:
        if self.log_lost():
            raise JournalLostError(
                _(
                    "Another program removed the catalogue's journal ({name}) while idguide had "
                    "the catalogue open, so nothing was saved. Try again in a moment; if this "
                    "comes back, close idguide and start it again."
                ).format(name=log_path(self.path).name)
            )

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


def _opened(path: Path) -> Catalog:
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
    catalog = Catalog(path, conn, read_only=read_only)
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
            _(
                "Cannot read the catalogue {path} ({error}). It is managed by IT: ask IT to "
                "check it (`idguide --catalog PATH manage` readies it for reading)."
            ).format(path=path, error=exc)
        ) from None
    return conn


def _require_current_schema(catalog: Catalog, found: int) -> None:
    if found < schema.SCHEMA_VERSION:
        raise CatalogError(
            _(
                "The catalogue {path} is managed by IT and was made by an older idguide "
                "(schema {found}; this idguide needs {needed}). It cannot be updated on this "
                "computer: ask IT to update it (`idguide --catalog PATH manage` with this "
                "idguide)."
            ).format(path=catalog.path, found=found, needed=schema.SCHEMA_VERSION)
        )


def _require_current_index(catalog: Catalog, repair_index: bool) -> None:
    if repair_index and not catalog.index_is_current():
        raise CatalogError(
            _(
                "The search index of the catalogue {path} is missing or out of step, and the "
                "catalogue is managed by IT, so it cannot be rebuilt on this computer. Ask IT "
                "to update it (`idguide --catalog PATH manage` rebuilds it)."
            ).format(path=catalog.path)
        )


def _connect(path: Path) -> sqlite3.Connection:
    if path.is_dir():
        raise CatalogError(
            _("{path} is a folder; give the path of a catalogue file, e.g. catalog.db.").format(
                path=path
            )
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
            _(
                "Cannot open the catalogue {path} ({error}). Check the path and that you "
                "may read and write there; if the file is not an idguide catalogue, "
                "choose another."
            ).format(path=path, error=exc)
        ) from None
    return conn


def open_catalog(
    path: str | Path, progress: ProgressFn | None = None, *, repair_index: bool = True
) -> Catalog:
    return Catalog.open(path, progress, repair_index=repair_index)


# -- the catalogue's own files --------------------------------------------------------------------


def is_catalogue_file(path: str | Path, catalog_path: str | Path) -> bool:
    """Whether ``path`` is one of the catalogue's own files: ``catalog.db`` or SQLite's files
    beside it (by name, through a link, or as the same file under another name), or anything in
    the catalogue's own folders (``catalog.images`` ...), or in the officer's own data folder
    (the user databases, :mod:`idguide.catalog.userdb`). Nothing but SQLite may open these in a
    process that has the catalogue open (see the module's note)."""
    catalogue = Path(os.path.abspath(catalog_path))
    # SQLite names its files after the database's real path (links resolved)
    bases = {catalogue, Path(os.path.realpath(catalogue))}
    files = [Path(f"{base}{suffix}") for base in bases for suffix in SQLITE_SUFFIXES]
    target = Path(os.path.abspath(path))
    if any(_same_file(target, file) for file in files):
        return True
    folders = [sibling(catalogue, kind) for kind in OWN_FOLDERS] + [officer_data_root()]
    places = {target, *target.parents, *Path(os.path.realpath(target)).parents}
    return any(_same_file(place, folder) for place in places for folder in folders)


def refuse_catalogue_file(path: str | Path, catalog_path: str | Path) -> None:
    """OwnFileError if ``path`` is one of the catalogue's own files (:func:`is_catalogue_file`):
    called before anything reads or writes a path a user gave, with the catalogue open."""
    if is_catalogue_file(path, catalog_path):
        raise OwnFileError(
            _(
                "{path} is one of the catalogue's own files; nothing else may read or write it "
                "while idguide has the catalogue open. Choose another file or folder."
            ).format(path=path)
        )


def _same_file(a: Path, b: Path) -> bool:
    """The same path once links are resolved, or the same file (a hard link; another case of
    the name on a file system that ignores case). Only ``stat``: nothing is opened."""
    if os.path.normcase(os.path.realpath(a)) == os.path.normcase(os.path.realpath(b)):
        return True
    try:
        return os.path.samefile(a, b)
    except OSError:  # either is missing or cannot be reached: not the same existing file
        return False
