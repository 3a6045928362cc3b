"""Whether a catalogue is managed: kept by an administration (installed read-only by IT, fed
from its update feed) rather than an officer's own. A managed catalogue never accepts demo
content: the demo's key is public, so anything it signs is fiction at best.

The mark is a row of ``meta``, set by :func:`manage` (``idguide --catalog PATH manage``), which
readies the catalogue for a folder officers may not write: the rollback journal instead of WAL
(SQLite cannot read a WAL database where it may not write its shared-memory file), the search
index in step and every picture present, no officer's data left in it. The system configuration
may say so too (:mod:`idguide.catalog.sysconfig`). Opening a managed catalogue one may not write
reads it only (:mod:`idguide.catalog.store`): its import, sync and demo are refused there.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from idguide.catalog.changes import CarriesChanges, OpChanges
from idguide.catalog.errors import CatalogBusyError, IdguideError
from idguide.catalog.i18n import _

if TYPE_CHECKING:
    from idguide.catalog.progress import ProgressFn
    from idguide.catalog.store import Catalog

MANAGED = "managed"


def is_managed(catalog: Catalog) -> bool:
    if catalog.system.manages(catalog.path):
        return True
    row = catalog.conn.execute("SELECT value FROM meta WHERE key = ?", (MANAGED,)).fetchone()
    return bool(row and row[0] == "1")


def set_managed(catalog: Catalog, managed: bool = True) -> OpChanges:
    """Mark the catalogue managed (or not). Demo content already installed stays until it is
    removed (``idguide bundle remove``); no more is accepted."""
    with catalog.transaction() as conn:
        conn.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (MANAGED, "1" if managed else "0"),
        )
    return OpChanges(trust=True)


@dataclass
class Managed(CarriesChanges):
    """What :func:`manage` left: the catalogue's id (which keys officers' own data), its
    products, and whether it is managed now."""

    catalogue_id: str
    products: int
    managed: bool


def manage(catalog: Catalog, progress: ProgressFn | None = None) -> Managed:
    """Ready ``catalog`` for IT's read-only installation and mark it managed. Refused, changing
    nothing, while a picture is missing or another program has it open."""
    catalog.require_writable()
    missing = _missing_pictures(catalog)
    if missing:
        raise IdguideError(
            _(
                "{count} picture(s) are missing from {folder} (the first: {first}); `idguide "
                "check` lists them. Import their publishers' bundles again, then run manage "
                "again. Nothing was changed."
            ).format(count=len(missing), folder=catalog.images.folder, first=missing[0][:12])
        )
    catalog.ensure_index(progress)
    _journal(catalog, "delete")
    set_managed(catalog, True)
    return _state(catalog, True)


def unmanage(catalog: Catalog) -> Managed:
    """Make ``catalog`` an ordinary one again (``manage --off``): writable, in WAL mode."""
    catalog.require_writable()
    set_managed(catalog, False)
    _journal(catalog, "wal")
    return _state(catalog, False)


def _state(catalog: Catalog, managed: bool) -> Managed:
    products = catalog.conn.execute("SELECT count(*) FROM products").fetchone()[0]
    return Managed(catalog.id, int(products), managed).carrying(OpChanges(trust=True))


def _missing_pictures(catalog: Catalog) -> list[str]:
    shas = [row[0] for row in catalog.conn.execute("SELECT sha256 FROM images ORDER BY sha256")]
    return [sha for sha in shas if not catalog.images.path(sha).is_file()]


def _journal(catalog: Catalog, mode: str) -> None:
    """Switch the journal mode; SQLite leaves WAL only when no other connection is open."""
    import sqlite3

    try:
        found = catalog.conn.execute(f"PRAGMA journal_mode = {mode}").fetchone()[0]
    except sqlite3.OperationalError:
        found = None
    catalog.journal_switched()
    if found != mode:
        raise CatalogBusyError(
            _(
                "The catalogue {path} is open in another program (an idguide window, a sync); "
                "close it, then run manage again."
            ).format(path=catalog.path)
        )
