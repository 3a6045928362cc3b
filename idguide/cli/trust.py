"""The administrator's trust store: ``trust add``, ``trust list`` and ``trust remove``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from idguide.cli.common import (
    DEMO_LABEL,
    Commands,
    add_command,
    add_group,
    add_json,
    json_or_text,
    open_catalog,
)

if TYPE_CHECKING:
    from idguide.catalog.bundles import TrustEntry


def register(sub: Commands) -> None:
    group = add_group(sub, "trust", "choose which publishers' bundles this catalogue accepts")
    p = add_command(group, "add", "trust a publisher's public key for some brands", add)
    p.add_argument("key", type=Path, metavar="PUBLIC.key", help="the publisher's public.key")
    p.add_argument("--publisher", required=True, help="the publisher id its bundles carry")
    scope = p.add_mutually_exclusive_group(required=True)
    scope.add_argument("--brands", help="brand ids it may describe, comma-separated")
    scope.add_argument("--all-brands", action="store_true", help="it may describe any brand")
    add_json(add_command(group, "list", "list trusted publishers", listing))
    p = add_command(
        group, "remove", "revoke a publisher: hide its entries, refuse its bundles", remove
    )
    p.add_argument("publisher", help="the publisher id")


def add(args: argparse.Namespace) -> int:
    from idguide.catalog.bundles import trust_add

    brands = args.brands.split(",") if args.brands else None
    with open_catalog(args) as cat:
        entry = trust_add(cat, args.key, args.publisher, brands, args.all_brands)
    print(f"Trusted key {entry.key_id} for {entry.publisher_id} ({entry.scope()}).")
    return 0


def listing(args: argparse.Namespace) -> int:
    from idguide.catalog.bundles import trust_list

    with open_catalog(args) as cat:
        entries = trust_list(cat)
    return json_or_text(args.json, [e.as_dict() for e in entries], map(_line, entries))


def _line(entry: TrustEntry) -> str:
    flag = f"  {DEMO_LABEL}" if entry.demo else ""
    return f"{entry.publisher_id:<30} key {entry.key_id}  {entry.scope()}{flag}"


def remove(args: argparse.Namespace) -> int:
    from idguide.catalog.bundles import trust_remove

    with open_catalog(args) as cat:
        hidden = trust_remove(cat, args.publisher)
    print(f"Revoked {args.publisher}: {hidden} products hidden; its bundles will be refused.")
    return 0
