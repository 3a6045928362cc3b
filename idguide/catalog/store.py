"""Opening a catalogue: the SQLite file, its images folder and its search index.

``catalog.db`` has two siblings: ``catalog.images/`` (content-addressed pictures) and
``catalog.index/`` (the whoosh search index). The database is the truth; the index is derived from
it and carries the database's content *generation*, a counter that every content change bumps in
the same transaction. An index whose generation differs is stale and is rebuilt, so search is
never silently wrong.

A ``Catalog`` and its SQLite connection belong to the thread that opened it.
"""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from idguide.catalog import faults, schema, staging
from idguide.catalog.categories import CATEGORIES
from idguide.catalog.changes import OpChanges
from idguide.catalog.collector import collector_paused
from idguide.catalog.errors import CatalogError
from idguide.catalog.finding.index import SearchIndex
from idguide.catalog.i18n import _
from idguide.catalog.images import ImageStore
from idguide.catalog.progress import ProgressFn

if TYPE_CHECKING:
    import sqlite_utils


def sibling(path: Path, suffix: str) -> Path:
    """``catalog.db`` -> ``catalog.index`` / ``catalog.images``."""
    return path.with_name(f"{path.stem}.{suffix}")


class Catalog:
    """An open catalogue. Use :func:`open_catalog` (or ``Catalog.open``) to get one."""

    def __init__(self, path: Path, conn: sqlite3.Connection) -> None:
        self.path = path
        self.conn = conn
        self.images = ImageStore(sibling(path, "images"))
        self.index = SearchIndex(sibling(path, "index"))

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
        is false (for ``idguide check``, which reports them instead).
        """
        catalog = cls(Path(path), _connect(Path(path)))
        try:
            catalog._prepare()
            if repair_index:
                staging.remove_leftovers(catalog.images.folder)  # of imports that were killed
                catalog.ensure_index(progress)
        except BaseException:
            catalog.close()
            raise
        return catalog

    def _prepare(self) -> None:
        try:
            self.conn.execute("PRAGMA foreign_keys = ON")
            schema.check_readable(self.conn)
            if self.conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
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
        self.conn.close()

    def __enter__(self) -> Catalog:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction, taken at once (BEGIN IMMEDIATE): all of it or none of it.

        A full disk, a read-only folder or another program holding the catalogue raise the
        MachineError that says so, with everything rolled back."""
        try:
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield self.conn
                self.conn.execute("COMMIT")
            except BaseException:
                self._roll_back()
                raise
        except sqlite3.OperationalError as exc:
            fault = faults.database_fault(exc, self.path)
            if fault is None:
                raise
            raise fault from None

    def _roll_back(self) -> None:
        """After a failed statement or COMMIT (SQLite may have rolled back already)."""
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")

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
