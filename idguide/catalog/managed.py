"""Whether a catalogue is managed: kept by an administration (installed read-only by IT, fed
from its update feed) rather than an officer's own. A managed catalogue never accepts demo
content: the demo's key is public, so anything it signs is fiction at best.

The setting is a row of ``meta``; whoever makes a catalogue managed (the administration's
set-up) calls :func:`set_managed`, and the bundle rules read :func:`is_managed`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from idguide.catalog.changes import OpChanges

if TYPE_CHECKING:
    from idguide.catalog.store import Catalog

MANAGED = "managed"


def is_managed(catalog: Catalog) -> bool:
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
