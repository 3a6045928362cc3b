"""The ``idguide`` command: a thin layer over :mod:`idguide.catalog`.

Each command opens the catalogue, calls one library function and prints the result. The
library's own errors become one line on stderr and exit status 1; anything else is a bug in
idguide and says so.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from idguide import __version__, catalog
from idguide.catalog.paths import default_catalog
from idguide.catalog.present import product_dict, product_text
from idguide.catalog.progress import ProgressFn

Handler = Callable[[argparse.Namespace], int]
COMMANDS: dict[str, Handler] = {}


def command(func: Handler) -> Handler:
    COMMANDS[func.__name__.removeprefix("cmd_").replace("_", "-")] = func
    return func


def _print_json(data: object) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


def _progress() -> ProgressFn | None:
    """A progress line on a terminal; plain silence otherwise."""
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int, label: str) -> None:
        width = 30
        filled = width * done // total if total else width
        print(
            f"\r[{'#' * filled}{'.' * (width - filled)}] {label[:40]:<40}",
            end="",
            file=sys.stderr,
            flush=True,
        )

    return show


def _open(args: argparse.Namespace) -> catalog.Catalog:
    return catalog.open_catalog(args.catalog, _progress())


def _rows(rows: list, as_json: bool) -> int:
    if as_json:
        _print_json([row.as_dict() for row in rows])
    else:
        for row in rows:
            flag = "  (withdrawn)" if row.withdrawn else ""
            print(f"{row.id:<40} {row.brand} {row.name}  [{row.category}]{flag}")
    return 0


@command
def cmd_demo(args: argparse.Namespace) -> int:
    with _open(args) as cat:
        changes = catalog.install_demo(cat, _progress())
    print(
        f"Demo catalogue (fictional content): {len(changes.added)} added, "
        f"{len(changes.updated)} updated, {len(changes.unchanged)} unchanged."
    )
    return 0


@command
def cmd_search(args: argparse.Namespace) -> int:
    with _open(args) as cat:
        results = catalog.search(
            cat,
            args.query,
            category=args.category,
            brand=args.brand,
            lang=args.lang,
            limit=args.limit,
        )
    if not results.rows and results.suggestion and not args.json:
        print(f"No products found. Did you mean: {results.suggestion}?", file=sys.stderr)
    return _rows(results.rows, args.json)


@command
def cmd_list(args: argparse.Namespace) -> int:
    with _open(args) as cat:
        rows = catalog.list_products(cat, brand=args.brand, category=args.category, lang=args.lang)
    return _rows(rows, args.json)


@command
def cmd_show(args: argparse.Namespace) -> int:
    with _open(args) as cat:
        product = catalog.get_product(cat, args.id)
        entry = product_dict(product, catalog.get_publisher(cat, product.publisher_id), args.lang)
        note = catalog.get_note(cat, args.id)
    entry["note"] = note.text if note else ""
    if args.json:
        _print_json(entry)
    else:
        print(product_text(entry))
        if note:
            print(f"\nYour note: {note.text}")
    return 0


@command
def cmd_lookup(args: argparse.Namespace) -> int:
    with _open(args) as cat:
        rows = catalog.lookup_gtin(cat, args.code, args.lang)
    if not rows and not args.json:
        print(f"No product carries barcode {args.code}.", file=sys.stderr)
    return _rows(rows, args.json)


@command
def cmd_stats(args: argparse.Namespace) -> int:
    with _open(args) as cat:
        figures = catalog.stats(cat)
    if args.json:
        _print_json(figures)
    else:
        for key, value in figures.items():
            print(f"{key}: {', '.join(value) if isinstance(value, list) else value}")
    return 0


@command
def cmd_reindex(args: argparse.Namespace) -> int:
    with _open(args) as cat:
        cat.reindex(_progress())
    print("Search index rebuilt.")
    return 0


@command
def cmd_check(args: argparse.Namespace) -> int:
    with catalog.open_catalog(args.catalog, repair_index=False) as cat:
        problems = catalog.check_catalog(cat, _progress())
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} problem(s) found.", file=sys.stderr)
        return 1
    print("Catalogue OK.")
    return 0


@command
def cmd_note(args: argparse.Namespace) -> int:
    with _open(args) as cat:
        note = catalog.set_note(cat, args.id, args.text)
    print("Note saved." if note else "Note deleted.")
    return 0


@command
def cmd_notes(args: argparse.Namespace) -> int:
    with _open(args) as cat:
        notes = catalog.all_notes(cat)
    if args.json:
        _print_json(
            [
                {"product_id": n.product_id, "text": n.text, "updated_at": n.updated_at}
                for n in notes
            ]
        )
    else:
        for n in notes:
            print(f"{n.product_id} ({n.updated_at[:10]}): {n.text}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="idguide",
        description="Offline reference for telling genuine goods from fakes. "
        "With no command, opens the desktop app.",
    )
    parser.add_argument("--version", action="version", version=f"idguide {__version__}")
    parser.add_argument(
        "--catalog",
        type=Path,
        default=None,
        metavar="PATH",
        help="catalogue file (default: $IDGUIDE_CATALOG or your data folder); "
        "created empty if missing",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    add_command(
        sub, "demo", "install the fictional demo catalogue (running it twice changes nothing)"
    )
    p = add_command(
        sub, "search", "search products by brand, name, model, barcode, HS code or text"
    )
    p.add_argument("query", help="what to look for, e.g. 'nordiva' or a barcode")
    _filters(p)
    p.add_argument("--limit", type=int, default=20, help="at most this many results (default 20)")
    _filters(add_command(sub, "list", "list every product, sorted by brand and name"))
    p = add_command(sub, "show", "show a whole entry")
    p.add_argument("id", help="the product id, as printed by search or list")
    _lang_json(p)
    p = add_command(sub, "lookup", "products carrying a barcode (EAN-8, UPC-A, EAN-13, GTIN-14)")
    p.add_argument("code", help="the barcode digits; spaces and dashes are ignored")
    _lang_json(p)
    add_json(
        add_command(sub, "stats", "counts of publishers, brands, products, features, images...")
    )
    add_command(sub, "reindex", "rebuild the search index from the catalogue")
    add_command(sub, "check", "check database integrity, the search index and every image")
    p = add_command(sub, "note", "save your personal note on a product (empty text deletes it)")
    p.add_argument("id", help="the product id")
    p.add_argument("text", help="the note")
    add_json(add_command(sub, "notes", "list your notes"))
    for register in _extensions():
        register(sub)
    return parser


def _extensions() -> list[Callable[[argparse._SubParsersAction], None]]:
    """Command groups kept in their own modules (bundles, authoring, feeds)."""
    from idguide.cli import bundles as cli_bundles
    from idguide.cli import feed as cli_feed
    from idguide.cli import officer as cli_officer

    return [cli_bundles.register, cli_officer.register, cli_feed.register]


def add_command(
    sub: argparse._SubParsersAction, name: str, text: str, handler: Handler | None = None
) -> argparse.ArgumentParser:
    """Add a command; its handler is ``handler`` or the function ``cmd_<name>`` registered here."""
    parser = sub.add_parser(name, help=text, description=text[0].upper() + text[1:] + ".")
    group = parser.prog.split()[1:-1]  # "idguide bundle build" -> ["bundle"]
    full_name = " ".join([*group, name])
    chosen = handler or COMMANDS.get(name)
    if chosen is not None:
        parser.set_defaults(handler=chosen)
        COMMANDS[full_name] = chosen
    return parser


def add_json(p: argparse.ArgumentParser) -> None:
    p.add_argument("--json", action="store_true", help="print JSON for scripts")


def _lang_json(p: argparse.ArgumentParser) -> None:
    p.add_argument("--lang", help="language of texts, e.g. es (falls back to the entry's default)")
    add_json(p)


def _filters(p: argparse.ArgumentParser) -> None:
    p.add_argument("--category", help="only this category id, e.g. cosmetics")
    p.add_argument("--brand", help="only this brand (id or name)")
    _lang_json(p)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    args.catalog = args.catalog or default_catalog()
    try:
        handler = getattr(args, "handler", None)
        if args.command is None:
            from idguide.ui.app import run_app

            return run_app(args.catalog)
        if handler is None:  # a command group such as `idguide bundle` without its command
            parser.parse_args([*(argv or sys.argv[1:]), "--help"])
            return 2
        return handler(args)
    except catalog.IdguideError as exc:
        print(f"idguide: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("\nidguide: cancelled; nothing was changed.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
