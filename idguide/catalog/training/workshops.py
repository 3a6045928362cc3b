"""Workshop sets: a trainer's ordered list of products, each with the trainer's own notes.

Workshops are user data: they name products by id only, so no bundle install, update or
withdrawal changes them. A set travels between trainers as a small JSON file (``.idgw``, see
docs/workshop-format.md); on import a product this catalogue lacks is kept in the set and listed,
never fatal, and a malformed or hostile file is refused whole with a message.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

from idguide.catalog.changes import CarriesChanges, OpChanges
from idguide.catalog.errors import IdguideError, NotFoundError
from idguide.catalog.i18n import _
from idguide.catalog.model import PRODUCT_REFERENCE
from idguide.catalog.read import summaries, unknown_product
from idguide.catalog.store import Catalog, refuse_catalogue_file
from idguide.catalog.write import now

FORMAT = "idguide-workshop"
FORMAT_VERSION = 1
EXTENSION = ".idgw"
MAX_FILE_BYTES = 2 * 1024 * 1024
MAX_ITEMS = 500
MAX_TITLE = 200
MAX_NOTES = 10_000
MAX_LABEL = 300
CHANGED = OpChanges(workshops=True)
_ITEM_COLUMNS = "product_id, position, notes, label"


class WorkshopFileError(IdguideError):
    """A workshop file cannot be imported; nothing was changed."""


@dataclass
class WorkshopItem:
    product_id: str
    position: int
    notes: str = ""
    label: str = ""  # brand and name when added, shown if the product is not in the catalogue
    status: str = "current"  # current, withdrawn or missing


@dataclass
class Workshop(CarriesChanges):
    id: int
    title: str
    created_at: str
    updated_at: str
    items: list[WorkshopItem] = field(default_factory=list)

    @property
    def product_ids(self) -> list[str]:
        return [item.product_id for item in self.items]


@dataclass
class WorkshopImport(CarriesChanges):
    workshop: Workshop
    missing: list[WorkshopItem]  # listed products this catalogue does not hold


# -- sets and their items: each call is one small transaction ----------------------------------


def create_workshop(
    catalog: Catalog,
    title: str,
    product_ids: Sequence[str] = (),
    notes: Mapping[str, str] | None = None,
) -> Workshop:
    """A new set titled ``title`` holding ``product_ids`` (each must be in the catalogue), with
    the trainer's ``notes`` by product id (each must be one of them)."""
    title = _title(title)
    labels = _labels(catalog, list(product_ids))
    for pid in product_ids:
        if pid not in labels:
            raise unknown_product(catalog, pid)
    notes = {pid: _notes(text) for pid, text in (notes or {}).items()}
    for pid in notes:
        if pid not in labels:
            raise NotFoundError(
                _("The note is for {pid!r}, which the workshop does not list.").format(pid=pid)
            )
    items = [
        {"product_id": pid, "label": labels[pid], "notes": notes.get(pid, "")}
        for pid in dict.fromkeys(product_ids)
    ]
    with catalog.user.transaction():
        workshop_id = _insert(catalog, title, items)
    return get_workshop(catalog, workshop_id).carrying(CHANGED)


def update_workshop(
    catalog: Catalog,
    workshop_id: int,
    title: str | None = None,
    notes: Mapping[str, str] | None = None,
) -> Workshop:
    """Give the set a new ``title`` and/or the trainer's ``notes`` on some of its items, each
    named by its product id or its number in the set (1 is the first); all in one change."""
    wid = _existing(catalog, workshop_id)
    order = _order(catalog, wid)
    changes = {item_id(order, wid, item): _notes(text) for item, text in (notes or {}).items()}
    new_title = _title(title) if title is not None else None
    with catalog.user.transaction():
        if new_title is not None:
            catalog.user.db.table("workshops").update(wid, {"title": new_title})
        for pid, text in changes.items():
            catalog.user.db.table("workshop_items").update((wid, pid), {"notes": text})
        catalog.user.db.table("workshops").update(wid, {"updated_at": now()})
    return get_workshop(catalog, wid).carrying(CHANGED)


def item_id(order: Sequence[str], workshop_id: int, item: str) -> str:
    """The product id of one of a set's items, named by its id or its number (1 is first)."""
    text = str(item).strip()
    if text in order:
        return text
    if text.isdigit() and 1 <= int(text) <= len(order):
        return order[int(text) - 1]
    import difflib

    close = difflib.get_close_matches(text, list(order), n=1)
    hint = " " + _("Did you mean {id!r}?").format(id=close[0]) if close else ""
    raise NotFoundError(
        _(
            "Workshop {workshop_id} does not list {text!r}; name an item by its "
            "product id or its number (1 to {count}).{hint}"
        ).format(workshop_id=workshop_id, text=text[:100], count=len(order), hint=hint)
    )


def get_workshop(catalog: Catalog, workshop_id: int, lang: str | None = None) -> Workshop:
    row = next(catalog.user.db.table("workshops").rows_where("id = ?", [_id(workshop_id)]), None)
    if row is None:
        raise NotFoundError(
            _("No workshop with id {workshop_id}. List them with `idguide workshop list`.").format(
                workshop_id=workshop_id
            )
        )
    workshop = Workshop(**row)
    items = catalog.user.db.table("workshop_items").rows_where(
        "workshop_id = ?", [workshop.id], order_by="position", select=_ITEM_COLUMNS
    )
    workshop.items = [WorkshopItem(**item) for item in items]
    present = {s.id: s for s in summaries(catalog, workshop.product_ids, lang)}
    for item in workshop.items:
        found = present.get(item.product_id)
        item.status = "missing" if found is None else "withdrawn" if found.withdrawn else "current"
    return workshop


def list_workshops(catalog: Catalog) -> list[dict]:
    """Every set, most recently changed first: id, title, item count and dates."""
    rows = catalog.user.conn.execute(
        "SELECT w.id, w.title, count(i.product_id), w.created_at, w.updated_at FROM workshops w "
        "LEFT JOIN workshop_items i ON i.workshop_id = w.id GROUP BY w.id "
        "ORDER BY w.updated_at DESC, w.id DESC"
    )
    keys = ("id", "title", "items", "created_at", "updated_at")
    return [dict(zip(keys, row, strict=True)) for row in rows]


def rename_workshop(catalog: Catalog, workshop_id: int, title: str) -> OpChanges:
    title = _title(title)
    wid = _existing(catalog, workshop_id)
    with catalog.user.transaction():
        catalog.user.db.table("workshops").update(wid, {"title": title, "updated_at": now()})
    return CHANGED


def delete_workshop(catalog: Catalog, workshop_id: int) -> OpChanges:
    wid = _existing(catalog, workshop_id)
    with catalog.user.transaction():
        catalog.user.db.table("workshops").delete(wid)  # its items go with it
    return CHANGED


def add_item(
    catalog: Catalog,
    workshop_id: int,
    product_id: str,
    notes: str = "",
    position: int | None = None,
) -> Workshop:
    """Add a product (at the end, or at ``position``); adding it twice only moves it."""
    wid = _existing(catalog, workshop_id)
    labels = _labels(catalog, [product_id])
    if product_id not in labels:
        raise unknown_product(catalog, product_id)
    notes = _notes(notes)
    order = _order(catalog, wid)
    if product_id in order:
        order.remove(product_id)
    order.insert(len(order) if position is None else max(0, position), product_id)
    items = catalog.user.db.table("workshop_items")
    with catalog.user.transaction():
        # The label stays what it was when the product was first added (it names a product
        # that later leaves the catalogue); the notes are the new ones.
        item = {"workshop_id": wid, "product_id": product_id, "position": -1}
        items.insert({**item, "label": labels[product_id]}, ignore=True)
        items.update((wid, product_id), {"notes": notes})
        _write_order(catalog, wid, order)
    return get_workshop(catalog, wid).carrying(CHANGED)


def remove_item(catalog: Catalog, workshop_id: int, product_id: str) -> Workshop:
    """Take one item out of the set, named by its product id or its number (1 is first); a
    product this catalogue lacks can be taken out too."""
    wid = _existing(catalog, workshop_id)
    order = _order(catalog, wid)
    product_id = item_id(order, wid, product_id)
    order.remove(product_id)
    with catalog.user.transaction():
        catalog.user.db.table("workshop_items").delete((wid, product_id))
        _write_order(catalog, wid, order)
    return get_workshop(catalog, wid).carrying(CHANGED)


def move_item(catalog: Catalog, workshop_id: int, product_id: str, position: int) -> Workshop:
    """Move one product to ``position`` (0 is first; past the end means last)."""
    wid = _existing(catalog, workshop_id)
    order = _order(catalog, wid)
    if product_id not in order:
        raise NotFoundError(
            _("Workshop {wid} does not list {product_id!r}.").format(wid=wid, product_id=product_id)
        )
    order.remove(product_id)
    order.insert(max(0, position), product_id)
    with catalog.user.transaction():
        _write_order(catalog, wid, order)
    return get_workshop(catalog, wid).carrying(CHANGED)


def reorder(catalog: Catalog, workshop_id: int, product_ids: Sequence[str]) -> Workshop:
    """Put the set's products in the order ``product_ids`` (which must list each exactly once)."""
    wid = _existing(catalog, workshop_id)
    order = _order(catalog, wid)
    if sorted(product_ids) != sorted(order):
        raise IdguideError(_("The new order must list each product of the workshop exactly once."))
    with catalog.user.transaction():
        _write_order(catalog, wid, list(product_ids))
    return get_workshop(catalog, wid).carrying(CHANGED)


def set_item_notes(catalog: Catalog, workshop_id: int, product_id: str, notes: str) -> OpChanges:
    wid = _existing(catalog, workshop_id)
    notes = _notes(notes)
    if product_id not in _order(catalog, wid):
        raise NotFoundError(
            _("Workshop {wid} does not list {product_id!r}.").format(wid=wid, product_id=product_id)
        )
    with catalog.user.transaction():
        catalog.user.db.table("workshop_items").update((wid, product_id), {"notes": notes})
        catalog.user.db.table("workshops").update(wid, {"updated_at": now()})
    return CHANGED


# -- sharing as a file --------------------------------------------------------------------------


def workshop_document(catalog: Catalog, workshop_id: int) -> dict:
    """The set as the ``.idgw`` JSON document."""
    workshop = get_workshop(catalog, workshop_id)
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "title": workshop.title,
        "exported_at": now(),
        "items": [
            {"product_id": i.product_id, "label": i.label, "notes": i.notes} for i in workshop.items
        ],
    }


def export_workshop(catalog: Catalog, workshop_id: int, path: Path) -> Path:
    """Write the set to ``path`` (``.idgw`` is added if it has no suffix); return the path."""
    document = workshop_document(catalog, workshop_id)
    path = Path(path)
    if not path.suffix:
        path = path.with_suffix(EXTENSION)
    refuse_catalogue_file(path, catalog.path)
    temporary = path.with_name(f".{path.name}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary.write_text(json.dumps(document, ensure_ascii=False, indent=2), "utf-8")
        os.replace(temporary, path)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise IdguideError(
            _("Cannot write {path} ({reason}). Choose a folder you may write to.").format(
                path=path, reason=exc.strerror
            )
        ) from None
    return path


def import_workshop(catalog: Catalog, path: Path) -> WorkshopImport:
    """Add the set in ``path`` as a new workshop; list the products this catalogue lacks.

    Raises WorkshopFileError, changing nothing, for a file that is not a valid workshop.
    """
    refuse_catalogue_file(path, catalog.path)
    document = read_workshop_file(Path(path))
    with catalog.user.transaction():
        wid = _insert(catalog, document["title"], document["items"])
    workshop = get_workshop(catalog, wid)
    missing = [i for i in workshop.items if i.status == "missing"]
    return WorkshopImport(workshop, missing).carrying(CHANGED)


def read_workshop_file(path: Path) -> dict:
    """Read and check a ``.idgw`` file; return its title and clean items."""
    where = str(path)
    try:
        if path.exists() and not path.is_dir() and not path.is_file():
            raise WorkshopFileError(
                _("{where} is not a regular file; choose a .idgw file.").format(where=where)
            )
        if path.stat().st_size > MAX_FILE_BYTES:
            raise WorkshopFileError(
                _("{where}: the file is larger than {value} MB; it is not a workshop file.").format(
                    where=where, value=MAX_FILE_BYTES // 1024 // 1024
                )
            )
        raw = path.read_bytes()
    except IsADirectoryError:
        raise WorkshopFileError(
            _("{where} is a folder; choose a .idgw workshop file.").format(where=where)
        ) from None
    except OSError as exc:
        raise WorkshopFileError(
            _("Cannot read {where} ({reason}).").format(where=where, reason=exc.strerror)
        ) from None
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise WorkshopFileError(
            _(
                "{where}: not a workshop file (it is not UTF-8 JSON). Ask for the .idgw "
                "file exported by idguide."
            ).format(where=where)
        ) from None
    return _checked_document(data, where)


def _checked_document(data: object, where: str) -> dict:
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise WorkshopFileError(
            _('{where}: not a workshop file ("format" is not "{format}").').format(
                where=where, format=FORMAT
            )
        )
    version = data.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise WorkshopFileError(
            _('{where}: "format_version" must be a positive whole number.').format(where=where)
        )
    if version > FORMAT_VERSION:
        raise WorkshopFileError(
            _(
                "{where}: written by a newer idguide (format version {version}); update "
                "idguide to import it."
            ).format(where=where, version=version)
        )
    title = _field(data, "title", where, MAX_TITLE)
    items = data.get("items")
    if not isinstance(items, list):
        raise WorkshopFileError(
            _('{where}: "items" must be a list of products.').format(where=where)
        )
    if len(items) > MAX_ITEMS:
        raise WorkshopFileError(
            _("{where}: {count} items; a workshop holds at most {max_items}.").format(
                where=where, count=len(items), max_items=MAX_ITEMS
            )
        )
    clean, seen = [], set()
    for number, item in enumerate(items, 1):
        at = _("{where}: item {number}").format(where=where, number=number)
        if not isinstance(item, dict):
            raise WorkshopFileError(_("{at} is not an object with a product_id.").format(at=at))
        pid = item.get("product_id")
        if not isinstance(pid, str) or not PRODUCT_REFERENCE.match(pid):
            raise WorkshopFileError(
                _('{at}: "product_id" must be a product id such as "nordiva-wrench-tw200".').format(
                    at=at
                )
            )
        if pid in seen:
            continue
        seen.add(pid)
        clean.append(
            {
                "product_id": pid,
                "label": _field(item, "label", at, MAX_LABEL, required=False),
                "notes": _field(item, "notes", at, MAX_NOTES, required=False),
            }
        )
    if not title.strip():
        raise WorkshopFileError(_('{where}: "title" is empty.').format(where=where))
    return {"title": title, "items": clean}


def _field(data: dict, key: str, where: str, limit: int, required: bool = True) -> str:
    value = data.get(key, None if required else "")
    if not isinstance(value, str):
        raise WorkshopFileError(_('{where}: "{key}" must be text.').format(where=where, key=key))
    if len(value) > limit:
        raise WorkshopFileError(
            _('{where}: "{key}" is longer than {limit} characters.').format(
                where=where, key=key, limit=limit
            )
        )
    return value.replace("\x00", "")


# -- helpers -----------------------------------------------------------------------------------


def _labels(catalog: Catalog, product_ids: list[str]) -> dict[str, str]:
    return {s.id: f"{s.brand} {s.name}".strip() for s in summaries(catalog, product_ids)}


def _insert(catalog: Catalog, title: str, items: list[dict]) -> int:
    """Inside a transaction: a new set holding ``items`` (product_id, label and notes) in that
    order; return its id."""
    stamp = now()
    workshop = {"title": title, "created_at": stamp, "updated_at": stamp}
    workshop_id = int(catalog.user.db.table("workshops").insert(workshop).last_rowid or 0)
    catalog.user.db.table("workshop_items").insert_all(
        {**item, "workshop_id": workshop_id, "position": position}
        for position, item in enumerate(items)
    )
    return workshop_id


def _order(catalog: Catalog, workshop_id: int) -> list[str]:
    rows = catalog.user.db.table("workshop_items").rows_where(
        "workshop_id = ?", [workshop_id], order_by="position", select="product_id"
    )
    return [row["product_id"] for row in rows]


def _write_order(catalog: Catalog, workshop_id: int, order: list[str]) -> None:
    catalog.user.db.table("workshop_items").upsert_all(
        (
            {"workshop_id": workshop_id, "product_id": pid, "position": position}
            for position, pid in enumerate(order)
        ),
        pk=("workshop_id", "product_id"),
    )
    catalog.user.db.table("workshops").update(workshop_id, {"updated_at": now()})


def _title(title: str) -> str:
    title = str(title).replace("\x00", "").strip()
    if not title:
        raise IdguideError(_("Give the workshop a title."))
    if len(title) > MAX_TITLE:
        raise IdguideError(
            _("The title is {count} characters long; keep it under {max_title}.").format(
                count=len(title), max_title=MAX_TITLE
            )
        )
    return title


def _notes(notes: str) -> str:
    notes = str(notes).replace("\x00", "")
    if len(notes) > MAX_NOTES:
        raise IdguideError(
            _("The notes are {count} characters long; keep them under {max_notes}.").format(
                count=len(notes), max_notes=MAX_NOTES
            )
        )
    return notes


def _id(workshop_id: object) -> int:
    try:
        return int(str(workshop_id))
    except ValueError:
        raise NotFoundError(
            _(
                "{workshop_id!r} is not a workshop id; ids are numbers, see `idguide "
                "workshop list`."
            ).format(workshop_id=workshop_id)
        ) from None


def _existing(catalog: Catalog, workshop_id: object) -> int:
    wid = _id(workshop_id)
    if not catalog.user.db.table("workshops").count_where("id = ?", [wid]):
        raise NotFoundError(
            _("No workshop with id {workshop_id}. List them with `idguide workshop list`.").format(
                workshop_id=workshop_id
            )
        )
    return wid


def item_dict(item: WorkshopItem) -> dict:
    return asdict(item)
