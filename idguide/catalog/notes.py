"""The officer's personal notes on entries.

Notes live in the officer's user database (``catalog.user``, :mod:`idguide.catalog.userdb`),
apart from the catalogue, with no tie to content rows, so no install, update, withdrawal or
removal of a publisher, nor IT replacing the whole catalogue, ever changes or deletes them.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from idguide.catalog.changes import CarriesChanges, OpChanges
from idguide.catalog.errors import IdguideError, NotFoundError
from idguide.catalog.i18n import _
from idguide.catalog.store import Catalog
from idguide.catalog.write import now

MAX_NOTE_CHARS = 20_000
CHANGED = OpChanges(notes=True)


@dataclass
class Note(CarriesChanges):
    product_id: str
    text: str
    updated_at: str

    def __bool__(self) -> bool:
        return bool(self.text)  # the note set_note returns for a deleted one is empty


def set_note(catalog: Catalog, product_id: str, text: str) -> Note:
    """Save the note on ``product_id``; an empty text deletes it (the Note returned is then
    empty, and false)."""
    if len(text) > MAX_NOTE_CHARS:
        raise IdguideError(
            _("The note is {count} characters long; keep it under {max_note_chars}.").format(
                count=len(text), max_note_chars=MAX_NOTE_CHARS
            )
        )
    text = text.replace("\x00", "")
    exists = catalog.conn.execute("SELECT 1 FROM products WHERE id = ?", (product_id,)).fetchone()
    if not exists and get_note(catalog, product_id) is None:
        raise NotFoundError(
            _("No product with id {product_id!r}; a note needs a product.").format(
                product_id=product_id
            )
        )
    notes = catalog.user.db.table("notes")
    with catalog.user.transaction():
        if not text.strip():
            notes.delete_where("product_id = ?", [product_id])
            return Note(product_id, "", now()).carrying(CHANGED)
        note = Note(product_id, text, now()).carrying(CHANGED)
        notes.upsert(asdict(note), pk="product_id")
    return note


def get_note(catalog: Catalog, product_id: str) -> Note | None:
    # SQL, not sqlite-utils: read for every product page shown, and the first call through
    # sqlite-utils would load it (46-71 ms with the app loaded, against 0.02 ms for this).
    row = catalog.user.conn.execute(
        "SELECT product_id, text, updated_at FROM notes WHERE product_id = ?", (product_id,)
    ).fetchone()
    return Note(*row) if row else None


def all_notes(catalog: Catalog) -> list[Note]:
    rows = catalog.user.db.table("notes").rows_where(order_by="updated_at DESC, product_id")
    return [Note(**row) for row in rows]
