"""The trainer's commands: ``handout`` and ``idguide workshop ...``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from idguide.catalog.errors import IdguideError
from idguide.catalog.i18n import N_
from idguide.catalog.i18n import gettext as _
from idguide.cli.common import (
    Commands,
    add_command,
    add_group,
    add_json,
    json_or_text,
    open_catalog,
    progress_bar,
)

if TYPE_CHECKING:
    from idguide.catalog.training import Workshop


def register(sub: Commands) -> None:
    p = add_command(
        sub,
        "handout",
        "print product sheets to a PDF for a workshop (pictures, features...)",
        handout,
    )
    p.add_argument("ids", nargs="*", metavar="ID", help="product ids, in the order to print")
    p.add_argument(
        "-o", "--output", type=Path, required=True, metavar="OUT.pdf", help="the PDF file to write"
    )
    p.add_argument("--paper", choices=("a4", "letter"), default="a4", help="paper size (a4)")
    p.add_argument("--lang", help="language of the texts, e.g. fr (falls back per entry)")
    p.add_argument(
        "--workshop",
        type=int,
        metavar="WID",
        help="also print every product of this workshop set, in its order, under its title "
        "(products this catalogue lacks are listed, not printed)",
    )
    p.add_argument(
        "--with-notes",
        action="store_true",
        help="print the workshop's trainer's notes too (the trainer's copy)",
    )
    p.add_argument(
        "--worksheet",
        action="store_true",
        help="a participants' worksheet: the pictures with numbered call-outs and blank lines "
        "instead of the genuine and counterfeit answers",
    )
    _register_workshop(sub)


def _add_notes(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--note",
        nargs=2,
        action="append",
        default=[],
        metavar=("ITEM", "TEXT"),
        help="the trainer's notes on a product of the set (its id, or its number in the set); "
        "may be given several times",
    )


def _register_workshop(sub: Commands) -> None:
    group = add_group(sub, "workshop", "build and share trainers' workshop sets")
    add_json(add_command(group, "list", "list your workshop sets", listing))
    p = add_command(group, "new", "create a workshop set; prints its id", new)
    p.add_argument("title", help="the workshop's title")
    p.add_argument("ids", nargs="*", metavar="ID", help="product ids, in order")
    _add_notes(p)
    p = add_command(group, "update", "change a workshop set's title or trainer's notes", update)
    p.add_argument("id", type=int, help="the workshop id")
    p.add_argument("--title", help="the new title")
    _add_notes(p)
    p = add_command(group, "remove-item", "take a product out of a workshop set", remove_item)
    p.add_argument("id", type=int, help="the workshop id")
    p.add_argument("item", metavar="ITEM", help="the product's id, or its number in the set")
    p = add_command(group, "show", "show a workshop set's products in order", show)
    p.add_argument("id", type=int, help="the workshop id")
    add_json(p)
    p = add_command(group, "export", "save a workshop set as a .idgw file to share", export)
    p.add_argument("id", type=int, help="the workshop id")
    p.add_argument(
        "-o", "--output", type=Path, required=True, metavar="FILE.idgw", help="the file to write"
    )
    p = add_command(group, "import", "add a workshop set from a .idgw file", import_file)
    p.add_argument("file", type=Path, help="the .idgw file")
    add_json(p)
    p = add_command(group, "delete", "delete a workshop set", delete)
    p.add_argument("id", type=int, help="the workshop id")


def handout(args: argparse.Namespace) -> int:
    from idguide.catalog.training import HandoutOptions, make_handout, workshop_handout

    if args.with_notes and args.workshop is None:
        raise IdguideError(_("--with-notes prints a workshop's notes: give --workshop WID too."))
    with open_catalog(args) as cat, progress_bar() as report:
        if args.workshop is None:
            options = HandoutOptions(worksheet=args.worksheet)
            path = make_handout(cat, args.ids, args.output, args.paper, args.lang, report, options)
        else:
            result = workshop_handout(
                cat,
                args.workshop,
                args.output,
                args.paper,
                args.lang,
                report,
                extra_ids=args.ids,
                with_notes=args.with_notes,
                worksheet=args.worksheet,
            )
            path = result.path
            for item in result.missing:
                name = item.label or item.product_id
                print(
                    _("Not in this catalogue, not printed: {name} [{product_id}]").format(
                        name=name, product_id=item.product_id
                    ),
                    file=sys.stderr,
                )
    print(path)
    return 0


def listing(args: argparse.Namespace) -> int:
    from idguide.catalog.training import list_workshops

    with open_catalog(args) as cat:
        rows = list_workshops(cat)
    lines = (
        f"{row['id']:>5}  {row['title']}  "
        + (_("(1 product)") if row["items"] == 1 else _("({count} products)")).format(
            count=row["items"]
        )
        for row in rows
    )
    return json_or_text(args.json, rows, lines)


def new(args: argparse.Namespace) -> int:
    from idguide.catalog.training import create_workshop

    with open_catalog(args) as cat:
        notes = _notes_by_item(args.note, args.ids)
        workshop = create_workshop(cat, args.title, args.ids, notes)
    _warn_withdrawn(workshop)
    print(workshop.id)
    return 0


def update(args: argparse.Namespace) -> int:
    from idguide.catalog.training import update_workshop

    if args.title is None and not args.note:
        raise IdguideError(_("Nothing to change: give --title TITLE or --note ITEM TEXT."))
    with open_catalog(args) as cat:
        workshop = update_workshop(cat, args.id, args.title, dict(args.note))
    print(_("Workshop {id} updated: {title}").format(id=workshop.id, title=workshop.title))
    return 0


def remove_item(args: argparse.Namespace) -> int:
    from idguide.catalog.training import remove_item as remove

    with open_catalog(args) as cat:
        workshop = remove(cat, args.id, args.item)
    count = len(workshop.items)
    # (the core's .po files keep no plural forms: one text for one product, one for more)
    if count == 1:
        text = _("Workshop {id} now lists 1 product.")
    else:
        text = _("Workshop {id} now lists {count} products.")
    print(text.format(id=workshop.id, count=count))
    return 0


def _notes_by_item(notes: list[list[str]], ids: list[str]) -> dict[str, str]:
    """``--note ITEM TEXT`` pairs by product id; ITEM may be the product's number in ``ids``."""
    found = {}
    for item, text in notes:
        if item.isdigit() and item not in ids and 1 <= int(item) <= len(ids):
            item = ids[int(item) - 1]
        found[item] = text
    return found


def _warn_withdrawn(workshop: Workshop) -> None:
    for item in workshop.items:
        if item.status == "withdrawn":
            print(
                _(
                    "Warning: {label} [{product_id}] has been withdrawn by its publisher; do not "
                    "teach from it without saying so."
                ).format(label=item.label, product_id=item.product_id),
                file=sys.stderr,
            )


# the state of a workshop's item, as `workshop show` flags it (the JSON keeps the code)
ITEM_STATUS = {"withdrawn": N_("(withdrawn)"), "missing": N_("(missing)")}


def show(args: argparse.Namespace) -> int:
    from idguide.catalog.training import get_workshop, item_dict

    with open_catalog(args) as cat:
        workshop = get_workshop(cat, args.id)
    data = {
        "id": workshop.id,
        "title": workshop.title,
        "items": [item_dict(item) for item in workshop.items],
    }
    lines = [_("Workshop {id}: {title}").format(id=workshop.id, title=workshop.title)]
    for number, item in enumerate(workshop.items, 1):
        flag = "  " + _(ITEM_STATUS[item.status]) if item.status in ITEM_STATUS else ""
        lines.append(f"  {number}. {item.label}  [{item.product_id}]{flag}")
        if item.notes:
            lines.append(f"     {item.notes}")
    return json_or_text(args.json, data, lines)


def export(args: argparse.Namespace) -> int:
    from idguide.catalog.training import export_workshop

    with open_catalog(args) as cat:
        path = export_workshop(cat, args.id, args.output)
    print(path)
    return 0


def import_file(args: argparse.Namespace) -> int:
    from idguide.catalog.training import import_workshop

    with open_catalog(args) as cat:
        result = import_workshop(cat, args.file)
    workshop = result.workshop
    missing = [item.product_id for item in result.missing]
    lines = [_("Workshop {id} imported: {title}").format(id=workshop.id, title=workshop.title)]
    lines += [
        "  "
        + _("not in this catalogue: {name} [{product_id}]").format(
            name=item.label or item.product_id, product_id=item.product_id
        )
        for item in result.missing
    ]
    data = {"id": workshop.id, "title": workshop.title, "missing": missing}
    return json_or_text(args.json, data, lines)


def delete(args: argparse.Namespace) -> int:
    from idguide.catalog.training import delete_workshop

    with open_catalog(args) as cat:
        delete_workshop(cat, args.id)
    print(_("Workshop {id} deleted.").format(id=args.id))
    return 0
