"""Signed bundles: ``bundle keygen|build|verify|remove``, ``import`` and ``bundles``.

Each command calls one function of :mod:`idguide.catalog.bundles`.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from idguide.catalog.bundles import kind_word
from idguide.catalog.errors import SourceError
from idguide.catalog.i18n import gettext, ngettext
from idguide.cli.common import (
    DEMO_LABEL,
    EXIT_ERROR,
    Commands,
    add_command,
    add_json,
    json_or_text,
    open_catalog,
    print_json,
    progress_bar,
    refuse_catalogue_outputs,
)

if TYPE_CHECKING:
    from idguide.catalog.bundles import InstalledBundle, Verification
    from idguide.catalog.store import Catalog


def register_bundle(group: Commands) -> None:
    """The publisher's and administrator's ``idguide bundle ...`` commands."""
    p = add_command(group, "keygen", "make a new signing key pair for a publisher", keygen)
    p.add_argument("--out", required=True, type=Path, metavar="DIR", help="folder for the keys")
    p = add_command(group, "build", "build a signed bundle from a publisher's folder", build)
    _build_arguments(p)
    p = add_command(group, "verify", "check a bundle's signature and content", verify)
    p.add_argument("file", type=Path, help="the .idgb bundle")
    add_json(p)
    p = add_command(
        group, "remove", "remove a publisher's entries (your notes stay)", remove_publisher
    )
    p.add_argument("publisher", help="the publisher id, as listed by `idguide bundles`")


def register(sub: Commands) -> None:
    """The officer's ``idguide import`` and ``idguide bundles``."""
    p = add_command(sub, "import", "verify and install bundles", install)
    p.add_argument("files", nargs="+", type=Path, metavar="FILE", help=".idgb bundle(s)")
    add_json(p)
    add_json(
        add_command(
            sub, "bundles", "list each publisher's live products and last bundle", installed
        )
    )


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
    base = p.add_mutually_exclusive_group()
    base.add_argument(
        "--delta-from", type=Path, metavar="OLD", help="make an update on top of this bundle"
    )
    base.add_argument(
        "--base",
        type=Path,
        metavar="OLD",
        help="compare a full bundle with the previous one: say what it withdraws, and refuse "
        "entries changed without a new revision",
    )
    p.add_argument(
        "--created-at",
        metavar="DATE",
        help="the bundle's date, e.g. 2026-11-01 (default: $SOURCE_DATE_EPOCH, else today)",
    )


# -- the publisher's commands ---------------------------------------------------------------


def keygen(args: argparse.Namespace) -> int:
    from idguide.catalog.bundles import generate_keys

    refuse_catalogue_outputs(args, args.out)
    private, public = generate_keys(args.out)
    print(
        gettext(
            "Wrote {private} (keep it secret) and {public} (give it to catalogue administrators)."
        ).format(private=private, public=public)
    )
    return 0


def build(args: argparse.Namespace) -> int:
    from idguide.catalog.bundles import build_bundle

    refuse_catalogue_outputs(args, args.out)
    try:
        with progress_bar() as report:
            result = build_bundle(
                args.source,
                args.out,
                args.key,
                sequence=args.sequence,
                delta_from=args.delta_from,
                progress=report,
                created_at=args.created_at,
                base=args.base,
            )
    except SourceError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        raise
    counts = result.counts
    print(
        gettext(
            "Wrote {path}: {publisher} sequence {sequence} ({kind}), {products} products, "
            "{withdrawn} withdrawn, {images} images."
        ).format(
            path=result.path,
            publisher=result.publisher,
            sequence=result.sequence,
            kind=kind_word(result.kind),
            products=counts["products"],
            withdrawn=counts["withdrawn"],
            images=counts["images"],
        )
    )
    if result.withdrawn:
        print(
            ngettext(
                "It withdraws {n} product that sequence {sequence} held and the source no longer "
                "has: {ids}.",
                "It withdraws {n} products that sequence {sequence} held and the source no "
                "longer has: {ids}.",
                len(result.withdrawn),
            ).format(
                n=len(result.withdrawn),
                sequence=result.base_sequence,
                ids=", ".join(result.withdrawn),
            )
        )
    elif result.base_sequence is not None:
        print(
            gettext("It withdraws no product of sequence {sequence}.").format(
                sequence=result.base_sequence
            )
        )
    return 0


def verify(args: argparse.Namespace) -> int:
    """Against the trust store of ``--catalog`` (or the default catalogue) if that file exists;
    a catalogue is never created for it."""
    from idguide.catalog.bundles import verify_bundle

    if Path(args.catalog).is_file():
        with open_catalog(args) as cat:
            result = verify_bundle(args.file, cat)
    else:
        result = verify_bundle(args.file)
    json_or_text(args.json, result.as_dict(), _verification_lines(result))
    return 0 if result.ok else EXIT_ERROR


def _verification_lines(v: Verification) -> Iterator[str]:
    """What ``bundle verify`` prints; the words a script reads are in ``--json``."""
    said = {"file": v.file, "publisher": v.publisher, "sequence": v.sequence, "kind": v.kind}
    if v.kind == "delta":
        yield gettext(
            "{file}: publisher {publisher}, sequence {sequence} ({kind} on top of {base})"
        ).format(base=v.base_sequence, **said)
    else:
        yield gettext("{file}: publisher {publisher}, sequence {sequence} ({kind})").format(**said)
    yield gettext("  created {created}, signed with key {key}").format(
        created=v.created_at, key=v.key_id
    )
    counts = ", ".join(f"{k} {n}" for k, n in sorted(v.counts.items()))
    yield gettext("  counts: {counts}").format(
        counts=counts or gettext("not checked (the signature is not valid)")
    )
    # (one message per state: "valid" agrees with "signature" and "contents" differently)
    if v.signature == "valid":
        yield gettext("  signature: valid")
    else:
        yield gettext("  signature: {signature}").format(signature=v.signature)
    yield (
        gettext("  contents: valid")
        if v.contents == "valid"
        else gettext("  contents: not checked")
    )

    if v.trusted is not None:
        flag = " " + gettext(DEMO_LABEL) if v.demo else ""
        trusted = gettext("yes") if v.trusted else gettext("NO")
        yield gettext("  trusted: {answer} ({trust})").format(answer=trusted, trust=v.trust) + flag
    answer = {True: gettext("yes"), False: gettext("NO"), None: gettext("unknown")}
    said_answer = gettext("installed already") if v.up_to_date else answer[v.installable]
    if v.trusted is None:
        yield gettext(
            "  installable: {answer}: {reason} Give --catalog PATH to check it against a catalogue."
        ).format(answer=said_answer, reason=v.reason)
    else:
        yield gettext("  installable: {answer}: {reason}").format(
            answer=said_answer, reason=v.reason
        )
    for warning in v.warnings:
        yield gettext("  warning: {warning}").format(warning=warning)


# -- the officer's and administrator's commands ---------------------------------------------


def remove_publisher(args: argparse.Namespace) -> int:
    from idguide.catalog.bundles import remove_publisher as remove

    with open_catalog(args) as cat:
        count = remove(cat, args.publisher)
    print(
        ngettext(
            "Removed {publisher}: {n} product. Your notes on it are kept.",
            "Removed {publisher}: {n} products. Your notes on them are kept.",
            count,
        ).format(publisher=args.publisher, n=count)
    )
    return 0


def install(args: argparse.Namespace) -> int:
    results = []
    with open_catalog(args) as cat:
        for path in args.files:
            result = _install_one(cat, path, quiet=args.json)
            results.append(result)
            if not args.json:
                print(_installed_line(result))
                for warning in result["warnings"]:
                    print(
                        gettext("idguide: warning: {path}: {warning}").format(
                            path=path, warning=warning
                        ),
                        file=sys.stderr,
                    )
    if args.json:
        print_json(results)
    return 0


def _install_one(cat: Catalog, path: Path, quiet: bool) -> dict:
    """What installing ``path`` changed, as ``import --json`` prints it; a bundle installed
    already is up to date, not an error."""
    from idguide.catalog.bundles import AlreadyInstalledError, import_bundle
    from idguide.catalog.write import Changes

    try:
        with progress_bar(steps=not quiet) as report:
            changes = import_bundle(cat, path, None if quiet else report)
    except AlreadyInstalledError:
        return {"file": str(path), "up_to_date": True, **Changes().as_dict()}
    return {"file": str(path), "up_to_date": False, **changes.as_dict()}


def _installed_line(result: dict) -> str:
    from idguide.catalog.bundles import UP_TO_DATE

    if result["up_to_date"]:
        return gettext("{file}: {up_to_date}; nothing changed.").format(
            file=result["file"], up_to_date=gettext(UP_TO_DATE)
        )
    counts = {key: len(result[key]) for key in ("added", "updated", "withdrawn", "unchanged")}
    return gettext(
        "{file}: {added} added, {updated} updated, {withdrawn} withdrawn, {unchanged} unchanged."
    ).format(file=result["file"], **counts)


def installed(args: argparse.Namespace) -> int:
    from idguide.catalog.bundles import installed_bundles

    with open_catalog(args) as cat:
        found = installed_bundles(cat)
    return json_or_text(args.json, [b.as_dict() for b in found], map(_installed_bundle, found))


def _installed_bundle(b: InstalledBundle) -> str:
    state = (
        gettext("revoked")
        if b.revoked
        else gettext("trusted")
        if b.trusted
        else gettext("not trusted")
    )
    flag = "  " + gettext(DEMO_LABEL) if b.demo else ""
    counts = ", ".join(f"{k} {n}" for k, n in sorted(b.counts.items()))
    live = ngettext("{n} product", "{n} products", b.live).format(n=b.live)
    return (
        gettext(
            "{publisher} {live} live, {withdrawn} withdrawn  last: sequence {sequence} ({kind}) of "
            "{date}, {counts}  {state}"
        ).format(
            publisher=f"{b.publisher:<24}",
            live=f"{live:>12}",
            withdrawn=f"{b.withdrawn:>4}",
            sequence=b.sequence,
            kind=kind_word(b.kind),
            date=b.created_at[:10],
            counts=counts,
            state=state,
        )
        + flag
    )
