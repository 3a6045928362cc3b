"""The trainer's commands: ``handout`` and ``idguide workshop ...``."""

from __future__ import annotations

import argparse
from pathlib import Path

from idguide.cli.common import (
    Commands,
    add_command,
    add_group,
    add_json,
    json_or_text,
    open_catalog,
    progress_bar,
)


def register(sub: Commands) -> None:
    text = "print product sheets to a PDF for a workshop (pictures, features...)"
    p = add_command(sub, "handout", text, handout)
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
        help="also print every product of this workshop set, in its order",
    )
    _register_workshop(sub)


def _register_workshop(sub: Commands) -> None:
    group = add_group(sub, "workshop", "build and share trainers' workshop sets")
    add_json(add_command(group, "list", "list your workshop sets", listing))
    p = add_command(group, "new", "create a workshop set; prints its id", new)
    p.add_argument("title", help="the workshop's title")
    p.add_argument("ids", nargs="*", metavar="ID", help="product ids, in order")
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
    from idguide.catalog.training.handout import make_handout
    from idguide.catalog.training.workshops import get_workshop

    with open_catalog(args) as cat:
        ids = list(args.ids)
        if args.workshop is not None:
            ids += get_workshop(cat, args.workshop).product_ids
        with progress_bar() as report:
            path = make_handout(cat, ids, args.output, args.paper, args.lang, report)
    print(path)
    return 0


def listing(args: argparse.Namespace) -> int:
    from idguide.catalog.training.workshops import list_workshops

    with open_catalog(args) as cat:
        rows = list_workshops(cat)
    lines = (f"{row['id']:>5}  {row['title']}  ({row['items']} products)" for row in rows)
    return json_or_text(args.json, rows, lines)


def new(args: argparse.Namespace) -> int:
    from idguide.catalog.training.workshops import create_workshop

    with open_catalog(args) as cat:
        workshop = create_workshop(cat, args.title, args.ids)
    print(workshop.id)
    return 0


def show(args: argparse.Namespace) -> int:
    from idguide.catalog.training.workshops import get_workshop, item_dict

    with open_catalog(args) as cat:
        workshop = get_workshop(cat, args.id)
    data = {
        "id": workshop.id,
        "title": workshop.title,
        "items": [item_dict(item) for item in workshop.items],
    }
    lines = [f"Workshop {workshop.id}: {workshop.title}"]
    for number, item in enumerate(workshop.items, 1):
        flag = f"  ({item.status})" if item.status != "current" else ""
        lines.append(f"  {number}. {item.label}  [{item.product_id}]{flag}")
        if item.notes:
            lines.append(f"     {item.notes}")
    return json_or_text(args.json, data, lines)


def export(args: argparse.Namespace) -> int:
    from idguide.catalog.training.workshops import export_workshop

    with open_catalog(args) as cat:
        path = export_workshop(cat, args.id, args.output)
    print(path)
    return 0


def import_file(args: argparse.Namespace) -> int:
    from idguide.catalog.training.workshops import import_workshop

    with open_catalog(args) as cat:
        result = import_workshop(cat, args.file)
    workshop = result.workshop
    missing = [item.product_id for item in result.missing]
    lines = [f"Workshop {workshop.id} imported: {workshop.title}"]
    lines += [
        f"  not in this catalogue: {item.label or item.product_id} [{item.product_id}]"
        for item in result.missing
    ]
    data = {"id": workshop.id, "title": workshop.title, "missing": missing}
    return json_or_text(args.json, data, lines)


def delete(args: argparse.Namespace) -> int:
    from idguide.catalog.training.workshops import delete_workshop

    with open_catalog(args) as cat:
        delete_workshop(cat, args.id)
    print(f"Workshop {args.id} deleted.")
    return 0
