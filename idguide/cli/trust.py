"""The administrator's trust store: ``trust add``, ``trust list``, ``trust remove`` and
``trust revoke-key``."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from idguide.catalog.i18n import gettext, ngettext
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
    p = add_command(
        group, "add", "trust a publisher's public key and bind its brands, name and barcodes", add
    )
    p.add_argument(
        "key",
        type=Path,
        nargs="?",
        metavar="PUBLIC.key",
        help="the publisher's public.key (another key is added beside the ones it has; "
        "leave it out to change only what is bound to a publisher trusted already)",
    )
    p.add_argument("--publisher", required=True, help="the publisher id its bundles carry")
    scope = p.add_mutually_exclusive_group()
    scope.add_argument(
        "--brands", help="brand ids it holds, comma-separated; ID=Name binds the name too"
    )
    scope.add_argument(
        "--all-brands", action="store_true", help="any brand no other publisher holds"
    )
    p.add_argument("--name", help="its display name (default: from its first bundle)")
    p.add_argument(
        "--gs1-prefix",
        action="append",
        default=[],
        metavar="PREFIX",
        help="a GS1 company prefix of its barcodes (repeat for several)",
    )
    p.add_argument(
        "--transfer",
        action="store_true",
        help="move brands or prefixes another publisher holds to this one",
    )
    p.add_argument(
        "--licensed-by",
        action="append",
        default=[],
        metavar="PUBLISHER",
        help="it holds a licence from this publisher: it may share its names and prefixes",
    )
    add_json(add_command(group, "list", "list publishers, their keys and what is bound", listing))
    p = add_command(
        group, "remove", "revoke a publisher: revoke its keys, hide its entries", remove
    )
    p.add_argument("publisher", help="the publisher id")
    p = add_command(
        group,
        "revoke-key",
        "revoke one key for good: refuse its bundles, hide what it signed until replaced",
        revoke,
    )
    p.add_argument("key_id", metavar="KEY_ID", help="the key's fingerprint, from `trust list`")


def add(args: argparse.Namespace) -> int:
    from idguide.catalog.bundles import trust_add

    brands = args.brands.split(",") if args.brands else None
    with open_catalog(args) as cat:
        entry = trust_add(
            cat,
            args.key,
            args.publisher,
            brands,
            args.all_brands,
            name=args.name,
            prefixes=args.gs1_prefix,
            transfer=args.transfer,
            licensed_by=args.licensed_by,
        )
    keys = ", ".join(k.key_id for k in entry.keys)
    print(
        gettext("Trusted {publisher} (keys {keys}) for {scope}.").format(
            publisher=entry.publisher_id, keys=keys, scope=entry.scope()
        )
    )
    for line in _bound(entry):
        print(f"  {line}")
    return 0


def listing(args: argparse.Namespace) -> int:
    from idguide.catalog.bundles import trust_list

    with open_catalog(args) as cat:
        entries = trust_list(cat)
    return json_or_text(args.json, [e.as_dict() for e in entries], _lines(entries))


def _lines(entries: list[TrustEntry]) -> Iterator[str]:
    for entry in entries:
        flag = f"  {DEMO_LABEL}" if entry.demo else ""
        state = "  " + gettext("REVOKED") if entry.revoked else ""
        keys = ", ".join(k.key_id for k in entry.keys) or gettext("none")
        origin = (
            "  " + gettext("(from {origin})").format(origin=entry.origin.replace(":", " ", 1))
            if entry.origin
            else ""
        )
        said = gettext("{publisher} keys {keys}  {scope}").format(
            publisher=f"{entry.publisher_id:<30}", keys=keys, scope=entry.scope()
        )
        yield f"{said}{state}{flag}{origin}"
        if not entry.demo:
            yield from (f"    {line}" for line in _bound(entry))


def _bound(entry: TrustEntry) -> list[str]:
    """What the trust store binds to the publisher, for the administrator to see."""
    unnamed = gettext("name from its first bundle")
    brands = ", ".join(f"{b} ({n or unnamed})" for b, n in sorted(entry.brand_names.items()))
    name = entry.name or gettext("(from its first bundle)")
    lines = [gettext("name: {name}").format(name=name)]
    if brands:
        lines.append(gettext("brands: {brands}").format(brands=brands))
    if entry.prefixes:
        lines.append(gettext("GS1 prefixes: {prefixes}").format(prefixes=", ".join(entry.prefixes)))
    if entry.licensed_by:
        lines.append(
            gettext("licensed by: {publishers}").format(publishers=", ".join(entry.licensed_by))
        )
    return lines


def remove(args: argparse.Namespace) -> int:
    from idguide.catalog.bundles import trust_remove

    with open_catalog(args) as cat:
        hidden = trust_remove(cat, args.publisher)
    print(
        ngettext(
            "Revoked {publisher} and its keys: {n} product hidden; its bundles will be refused.",
            "Revoked {publisher} and its keys: {n} products hidden; its bundles will be refused.",
            hidden,
        ).format(publisher=args.publisher, n=hidden)
    )
    return 0


def revoke(args: argparse.Namespace) -> int:
    from idguide.catalog.bundles import revoke_key

    with open_catalog(args) as cat:
        hidden = revoke_key(cat, args.key_id)
    print(
        ngettext(
            "Revoked key {key} for good: {n} product it signed is hidden until a bundle signed "
            "by a trusted key replaces it.",
            "Revoked key {key} for good: {n} products it signed are hidden until a bundle signed "
            "by a trusted key replaces them.",
            hidden,
        ).format(key=args.key_id, n=hidden)
    )
    return 0
