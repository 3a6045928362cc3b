"""``idguide bundle ...``, ``idguide trust ...``, ``idguide import``, ``idguide bundles``.

Each command calls one function of :mod:`idguide.catalog.bundles`; its errors become one line on
stderr and exit status 1 in :func:`idguide.cli.main`.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from idguide.catalog.errors import SourceError
from idguide.catalog.progress import ProgressFn
from idguide.catalog.store import open_catalog

if TYPE_CHECKING:
    from idguide.catalog.bundles import Verification

DEMO_LABEL = "DEMO (fictional content)"


def register(sub: argparse._SubParsersAction) -> None:
    """Add the bundle and trust commands to the top-level command list."""
    from idguide.cli import add_command, add_json
    from idguide.cli import authoring as cli_authoring

    g = add_command(sub, "bundle", "build, check and verify signed library bundles")
    gsub = g.add_subparsers(dest="bundle_command", metavar="COMMAND")
    p = add_command(gsub, "keygen", "make a new signing key pair for a publisher", cmd_keygen)
    p.add_argument("--out", required=True, type=Path, metavar="DIR", help="folder for the keys")
    p = add_command(gsub, "build", "build a signed bundle from a publisher's folder", cmd_build)
    _build_arguments(p)
    p = add_command(gsub, "verify", "check a bundle's signature and content", cmd_verify)
    p.add_argument("file", type=Path, help="the .idgb bundle")
    add_json(p)
    p = add_command(gsub, "remove", "remove a publisher's entries (your notes stay)", cmd_remove)
    p.add_argument("publisher", help="the publisher id, as listed by `idguide bundles`")
    cli_authoring.register_bundle_commands(gsub)
    _register_trust(sub)
    p = add_command(sub, "import", "verify and install bundles", cmd_import)
    p.add_argument("files", nargs="+", type=Path, metavar="FILE", help=".idgb bundle(s)")
    add_json(p)
    add_json(add_command(sub, "bundles", "list installed bundles", cmd_bundles))


def _build_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("source", type=Path, metavar="SRC", help="the publisher's authoring folder")
    p.add_argument("-o", "--out", required=True, type=Path, help="the bundle to write (.idgb)")
    p.add_argument("--key", required=True, type=Path, help="the publisher's private.key")
    p.add_argument(
        "--sequence",
        type=int,
        help="bundle number, greater than the last one published (default with --delta-from: "
        "the previous one plus one)",
    )
    p.add_argument(
        "--delta-from", type=Path, metavar="OLD", help="make an update on top of this bundle"
    )
    p.add_argument(
        "--created-at",
        metavar="DATE",
        help="the bundle's date, e.g. 2026-11-01 (default: $SOURCE_DATE_EPOCH, else today)",
    )


def _register_trust(sub: argparse._SubParsersAction) -> None:
    from idguide.cli import add_command, add_json

    g = add_command(sub, "trust", "choose which publishers' bundles this catalogue accepts")
    gsub = g.add_subparsers(dest="trust_command", metavar="COMMAND")
    p = add_command(gsub, "add", "trust a publisher's public key for some brands", cmd_trust_add)
    p.add_argument("key", type=Path, metavar="PUBLIC.key", help="the publisher's public.key")
    p.add_argument("--publisher", required=True, help="the publisher id its bundles carry")
    scope = p.add_mutually_exclusive_group(required=True)
    scope.add_argument("--brands", help="brand ids it may describe, comma-separated")
    scope.add_argument("--all-brands", action="store_true", help="it may describe any brand")
    add_json(add_command(gsub, "list", "list trusted publishers", cmd_trust_list))
    p = add_command(
        gsub, "remove", "revoke a publisher: hide its entries, refuse its bundles", cmd_trust_remove
    )
    p.add_argument("publisher", help="the publisher id")


# -- handlers ------------------------------------------------------------------------------


def cmd_keygen(args: argparse.Namespace) -> int:
    from idguide.catalog import bundles

    private, public = bundles.generate_keys(args.out)
    print(f"Wrote {private} (keep it secret) and {public} (give it to catalogue administrators).")
    return 0


def cmd_build(args: argparse.Namespace) -> int:
    from idguide.catalog import bundles

    created = _date(args.created_at) if args.created_at else None
    try:
        result = bundles.build_bundle(
            args.source,
            args.out,
            args.key,
            sequence=args.sequence,
            delta_from=args.delta_from,
            progress=_bar(),
            created_at=created,
        )
    except SourceError as exc:
        _end_bar()
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        raise
    _end_bar()
    counts = result.counts
    print(
        f"Wrote {result.path}: {result.publisher} sequence {result.sequence} ({result.kind}), "
        f"{counts['products']} products, {counts['withdrawn']} withdrawn, "
        f"{counts['images']} images."
    )
    return 0


def _date(text: str) -> str:
    return f"{text}T00:00:00+00:00" if len(text) == 10 else text


def cmd_verify(args: argparse.Namespace) -> int:
    from idguide.catalog import bundles

    if Path(args.catalog).is_file():
        with open_catalog(args.catalog) as cat:
            result = bundles.verify_bundle(args.file, cat)
    else:
        result = bundles.verify_bundle(args.file)
    if args.json:
        print(json.dumps(result.as_dict(), ensure_ascii=False, indent=2))
    else:
        _print_verification(result)
    return 0 if result.ok else 1


def _print_verification(v: Verification) -> None:
    base = f" on top of {v.base_sequence}" if v.kind == "delta" else ""
    print(f"{v.file}: publisher {v.publisher}, sequence {v.sequence} ({v.kind}{base})")
    print(f"  created {v.created_at}, signed with key {v.key_id}")
    print("  counts: " + ", ".join(f"{k} {n}" for k, n in sorted(v.counts.items())))
    print(f"  signature: {v.signature}")
    print(f"  contents: {v.contents}")
    if v.trusted is not None:
        flag = f" {DEMO_LABEL}" if v.demo else ""
        print(f"  trusted: {'yes' if v.trusted else 'NO'} ({v.trust}){flag}")


def cmd_remove(args: argparse.Namespace) -> int:
    from idguide.catalog import bundles

    with open_catalog(args.catalog) as cat:
        count = bundles.remove_publisher(cat, args.publisher)
    print(f"Removed {args.publisher}: {count} products. Your notes on them are kept.")
    return 0


def cmd_trust_add(args: argparse.Namespace) -> int:
    from idguide.catalog import bundles

    brands = args.brands.split(",") if args.brands else None
    with open_catalog(args.catalog) as cat:
        entry = bundles.trust_add(cat, args.key, args.publisher, brands, args.all_brands)
    print(f"Trusted key {entry.key_id} for {entry.publisher_id} ({entry.scope()}).")
    return 0


def cmd_trust_list(args: argparse.Namespace) -> int:
    from idguide.catalog import bundles

    with open_catalog(args.catalog) as cat:
        entries = bundles.trust_list(cat)
    if args.json:
        print(json.dumps([e.as_dict() for e in entries], ensure_ascii=False, indent=2))
        return 0
    for e in entries:
        flag = f"  {DEMO_LABEL}" if e.demo else ""
        origin = f"  (from {e.origin.replace(':', ' ', 1)})" if e.origin else ""
        print(f"{e.publisher_id:<30} key {e.key_id}  {e.scope()}{flag}{origin}")
    return 0


def cmd_trust_remove(args: argparse.Namespace) -> int:
    from idguide.catalog import bundles

    with open_catalog(args.catalog) as cat:
        hidden = bundles.trust_remove(cat, args.publisher)
    print(f"Revoked {args.publisher}: {hidden} products hidden; its bundles will be refused.")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from idguide.catalog import bundles

    results = []
    with open_catalog(args.catalog) as cat:
        for path in args.files:
            changes = bundles.import_bundle(cat, path, None if args.json else _bar(plain=True))
            _end_bar()
            results.append({"file": str(path), **changes.as_dict()})
            if not args.json:
                print(
                    f"{path}: {len(changes.added)} added, {len(changes.updated)} updated, "
                    f"{len(changes.withdrawn)} withdrawn, {len(changes.unchanged)} unchanged."
                )
    if args.json:
        print(json.dumps(results, ensure_ascii=False, indent=2))
    return 0


def cmd_bundles(args: argparse.Namespace) -> int:
    from idguide.catalog import bundles

    with open_catalog(args.catalog) as cat:
        installed = bundles.installed_bundles(cat)
    if args.json:
        print(json.dumps([b.as_dict() for b in installed], ensure_ascii=False, indent=2))
        return 0
    for b in installed:
        state = "revoked" if b.revoked else "trusted" if b.trusted else "not trusted"
        flag = f"  {DEMO_LABEL}" if b.demo else ""
        counts = ", ".join(f"{k} {n}" for k, n in sorted(b.counts.items()))
        print(
            f"{b.publisher:<24} sequence {b.sequence:<5} {b.kind:<5} {b.created_at[:10]}  "
            f"{counts}  {state}{flag}"
        )
    return 0


# -- progress ------------------------------------------------------------------------------

_state = {"drawn": False}


def _bar(plain: bool = False) -> ProgressFn | None:
    """A progress bar on a terminal; one plain line per step otherwise (if ``plain``)."""
    if sys.stderr.isatty():
        from idguide.cli import _progress

        _state["drawn"] = True
        return _progress()
    if not plain:
        return None
    last = {"label": ""}

    def lines(done: int, total: int, label: str) -> None:
        words = label.split(" ")
        step = " ".join(words[:2]) if words[-1] == "images" else words[0]
        if step != last["label"]:
            last["label"] = step
            print(f"{step}: {total}", flush=True)

    return lines


def _end_bar() -> None:
    if _state["drawn"]:
        print(file=sys.stderr)
        _state["drawn"] = False
