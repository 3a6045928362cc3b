"""The officer's commands: ``search``, ``list``, ``show``, ``lookup``, ``note`` and ``notes``."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from typing import TYPE_CHECKING

from idguide.catalog.i18n import gettext as _
from idguide.cli.common import (
    Commands,
    add_command,
    add_json,
    add_lang,
    json_or_text,
    open_catalog,
)

if TYPE_CHECKING:
    from idguide.catalog.model import ProductSummary


def register(sub: Commands) -> None:
    p = add_command(
        sub, "search", "search products by brand, name, model, barcode, HS code or text", search
    )
    p.add_argument("query", help="what to look for, e.g. 'nordiva' or a barcode")
    _filters(p)
    p.add_argument("--limit", type=int, default=20, help="at most this many results (default 20)")
    _filters(add_command(sub, "list", "list every product, sorted by brand and name", listing))
    p = add_command(sub, "show", "show a whole entry", show)
    p.add_argument("id", help="the product id, as printed by search or list")
    add_lang(p)
    add_json(p)
    p = add_command(
        sub, "lookup", "products carrying a barcode (EAN-8, UPC-A, EAN-13, GTIN-14)", lookup
    )
    p.add_argument("code", help="the barcode digits; spaces and dashes are ignored")
    add_lang(p)
    add_json(p)
    p = add_command(
        sub, "note", "save your personal note on a product (empty text deletes it)", note
    )
    p.add_argument("id", help="the product id")
    p.add_argument("text", help="the note")
    add_json(add_command(sub, "notes", "list your notes", notes))


def _filters(p: argparse.ArgumentParser) -> None:
    p.add_argument("--category", help="only this category id, e.g. cosmetics")
    p.add_argument("--brand", help="only this brand (id or name)")
    add_lang(p)
    add_json(p)


def _rows(rows: list[ProductSummary], as_json: bool) -> int:
    return json_or_text(as_json, [row.as_dict() for row in rows], _row_lines(rows))


def _row_lines(rows: list[ProductSummary]) -> Iterator[str]:
    for row in rows:
        flag = "  " + _("(revoked)") if row.revoked else ""
        if row.withdrawn and not row.revoked:
            flag = "  " + _("(withdrawn)")
        yield f"{row.id:<40} {row.brand} {row.name}  [{row.category}]{flag}"


def search(args: argparse.Namespace) -> int:
    from idguide.catalog import search as find

    with open_catalog(args) as cat:
        results = find(
            cat,
            args.query,
            category=args.category,
            brand=args.brand,
            lang=args.lang,
            limit=args.limit,
        )
    if not results.rows and results.suggestion and not args.json:
        print(
            _("No products found. Did you mean: {suggestion}?").format(
                suggestion=results.suggestion
            ),
            file=sys.stderr,
        )
    return _rows(results.rows, args.json)


def listing(args: argparse.Namespace) -> int:
    from idguide.catalog import list_products

    with open_catalog(args) as cat:
        rows = list_products(cat, brand=args.brand, category=args.category, lang=args.lang)
    return _rows(rows, args.json)


def show(args: argparse.Namespace) -> int:
    from idguide.catalog import get_note, get_product, get_publisher
    from idguide.catalog.present import product_dict, product_text

    with open_catalog(args) as cat:
        product = get_product(cat, args.id)
        entry = product_dict(product, get_publisher(cat, product.publisher_id), args.lang)
        saved = get_note(cat, args.id)
    entry["note"] = saved.text if saved else ""
    text = [product_text(entry)]
    if saved:
        text.append("\n" + _("Your note: {text}").format(text=saved.text))
    return json_or_text(args.json, entry, text)


def lookup(args: argparse.Namespace) -> int:
    from idguide.catalog import lookup_gtin

    with open_catalog(args) as cat:
        rows = lookup_gtin(cat, args.code, args.lang)
    if not rows and not args.json:
        print(_("No product carries barcode {code}.").format(code=args.code), file=sys.stderr)
    return _rows(rows, args.json)


def note(args: argparse.Namespace) -> int:
    from idguide.catalog import set_note

    with open_catalog(args) as cat:
        saved = set_note(cat, args.id, args.text)
    print(_("Note saved.") if saved else _("Note deleted."))
    return 0


def notes(args: argparse.Namespace) -> int:
    from idguide.catalog import all_notes

    with open_catalog(args) as cat:
        saved = all_notes(cat)
    data = [{"product_id": n.product_id, "text": n.text, "updated_at": n.updated_at} for n in saved]
    return json_or_text(
        args.json, data, (f"{n.product_id} ({n.updated_at[:10]}): {n.text}" for n in saved)
    )
