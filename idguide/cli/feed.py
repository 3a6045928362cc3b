"""``idguide feed ...`` (publishing a feed, and a laptop's feeds) and ``idguide sync``.

Each command calls one function of :mod:`idguide.catalog.feed`; its errors become one line on
stderr and their exit status in :func:`idguide.cli.commands.main`. ``sync`` exits 1
(``EXIT_ERROR``) too when anything offered was refused, after saying what and why.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from idguide.catalog.bundles import kind_word
from idguide.catalog.i18n import N_
from idguide.catalog.i18n import gettext as _
from idguide.cli.common import (
    EXIT_ERROR,
    EXIT_OK,
    Commands,
    add_command,
    add_group,
    add_json,
    json_or_text,
    open_catalog,
    print_json,
    progress_bar,
    refuse_catalogue_outputs,
)

if TYPE_CHECKING:
    from idguide.catalog.feed import Feed, Published, SyncResult

PLAIN_KEYS = N_(
    "Warning: the keys are written without a passphrase: anyone who copies {keydir} can sign "
    "for this feed. Prefer --passphrase-file FILE (see docs/feed.md)."
)


def register(sub: Commands) -> None:
    """Add ``feed`` and ``sync`` to the top-level command list."""
    gsub = add_group(sub, "feed", "publish an update feed, or choose the feeds this laptop syncs")
    _register_publishing(gsub)
    _register_laptop(gsub)
    p = add_command(sub, "sync", "install what this catalogue's feeds offer", cmd_sync)
    p.add_argument("--feed", action="append", metavar="NAME", help="only this feed")
    add_json(p)


def _register_publishing(gsub: Commands) -> None:
    p = add_command(gsub, "init", "make a new feed folder and its signing keys", cmd_init)
    _folder_keys(p)
    p.add_argument(
        "--threshold",
        action="append",
        metavar="ROLE=M[/N]",
        help="signatures a role needs, out of how many keys (e.g. root=2/3); default 1",
    )
    p.add_argument(
        "--expires",
        action="append",
        metavar="ROLE=DAYS",
        help="how long each role's signature lasts (default root=365, targets=90, "
        "snapshot=30, timestamp=7)",
    )
    p = add_command(gsub, "publish", "check bundles and offer them on the feed", cmd_publish)
    p.add_argument("folder", type=Path, metavar="DIR", help="the feed folder")
    p.add_argument("bundles", nargs="+", type=Path, metavar="BUNDLE", help=".idgb bundle(s)")
    _keys(p)
    p = add_command(gsub, "trust", "offer the administration's trust store on the feed", cmd_trust)
    p.add_argument("folder", type=Path, metavar="DIR", help="the feed folder")
    p.add_argument(
        "--from",
        dest="source",
        required=True,
        type=Path,
        metavar="CATALOG_OR_FILE",
        help="the administration's catalogue, or a trust document file",
    )
    _keys(p)
    p = add_command(gsub, "withdraw", "stop offering a bundle on the feed", cmd_withdraw)
    p.add_argument("folder", type=Path, metavar="DIR", help="the feed folder")
    p.add_argument("name", metavar="BUNDLE_NAME", help="as `feed publish` printed it")
    _keys(p)
    p = add_command(
        gsub, "refresh", "sign a new timestamp (run it from a scheduled job)", cmd_refresh
    )
    _folder_keys(p)
    p = add_command(
        gsub, "rotate-root", "new keys and a new root, signed by the old root keys", cmd_rotate
    )
    _folder_keys(p)
    p.add_argument(
        "--roles",
        default="root",
        help="roles to give new keys, comma-separated, or 'none' to renew the root's expiry "
        "only (default: root)",
    )


def _register_laptop(gsub: Commands) -> None:
    p = add_command(gsub, "add", "sync this catalogue from a feed", cmd_add)
    p.add_argument("source", metavar="SOURCE", help="an http(s):// address or a folder")
    p.add_argument(
        "--root",
        required=True,
        type=Path,
        metavar="ROOT_JSON",
        help="the root file your administration handed out (1.root.json)",
    )
    p.add_argument("--name", help="a short name for the feed (default: from the source)")
    p.add_argument("--ca-bundle", type=Path, metavar="FILE", help="CA certificates for HTTPS")
    p.add_argument("--auto-check", action="store_true", help="let the app check it at start")
    add_json(add_command(gsub, "list", "list this catalogue's feeds", cmd_list))
    p = add_command(
        gsub, "remove", "stop syncing from a feed (installed content stays)", cmd_remove
    )
    p.add_argument("name", help="the feed's name, as `idguide feed list` shows it")


def _folder_keys(p: argparse.ArgumentParser) -> None:
    p.add_argument("folder", type=Path, metavar="DIR", help="the feed folder")
    _keys(p)


def _keys(p: argparse.ArgumentParser) -> None:
    p.add_argument("--keys", required=True, type=Path, metavar="KEYDIR", help="the key folder")
    p.add_argument(
        "--passphrase-file",
        type=Path,
        metavar="FILE",
        help="a file whose first line is the keys' passphrase",
    )


def _passphrase(args: argparse.Namespace) -> bytes | None:
    from idguide.catalog.feed import read_passphrase

    return read_passphrase(args.passphrase_file)


def _warn(lines: list[str]) -> None:
    for line in lines:
        print(_("Warning: {message}").format(message=line), file=sys.stderr)


# -- publishing ----------------------------------------------------------------------------


def cmd_init(args: argparse.Namespace) -> int:
    from idguide.catalog import feed

    refuse_catalogue_outputs(args, args.folder, args.keys)
    thresholds = {}
    for item in args.threshold or []:
        role, _sep, value = item.partition("=")
        if role not in ("root", "targets", "snapshot", "timestamp") or not value:
            raise feed.FeedError(
                _("{item!r}: give ROLE=M or ROLE=M/N, e.g. root=2/3.").format(item=item)
            )
        thresholds[role] = feed.Threshold.parse(value)
    days = feed.parse_expiry(args.expires)
    result = feed.init_feed(args.folder, args.keys, _passphrase(args), thresholds, days)
    print(
        _("Made the feed {folder} with keys in {keys}.").format(folder=args.folder, keys=args.keys)
    )
    print(
        _("Hand {root_file} to your laptops (idguide feed add SOURCE --root FILE).").format(
            root_file=result.root_file
        )
    )
    # one root key for each of the other roles' keys: more than four files, more root keys
    several = len(result.key_files) > 4
    print(_("Keep the root keys offline.") if several else _("Keep the root key offline."))
    if not result.encrypted:
        print(_(PLAIN_KEYS).format(keydir=args.keys), file=sys.stderr)
    return EXIT_OK


def cmd_publish(args: argparse.Namespace) -> int:
    from idguide.catalog import feed

    published = feed.publish_bundles(args.folder, args.bundles, args.keys, _passphrase(args))
    for item in published:
        print(_published_line(item))
        _warn(item.warnings)
    return EXIT_OK


def _published_line(item: Published) -> str:
    """ "nordhaven-2-from-1.idgb: nordhaven sequence 2 (delta on top of 1) offered." (the kind
    in the reader's words: "full" or "delta" in English)."""
    fields = {
        "name": item.name,
        "publisher": item.publisher,
        "sequence": item.sequence,
        "kind": kind_word(item.kind),
        "base": item.base,
    }
    if item.base is None and item.new:
        text = _("{name}: {publisher} sequence {sequence} ({kind}) offered.")
    elif item.base is None:
        text = _("{name}: {publisher} sequence {sequence} ({kind}) already offered.")
    elif item.new:
        text = _("{name}: {publisher} sequence {sequence} ({kind} on top of {base}) offered.")
    else:
        text = _(
            "{name}: {publisher} sequence {sequence} ({kind} on top of {base}) already offered."
        )
    return text.format(**fields)


def cmd_trust(args: argparse.Namespace) -> int:
    from idguide.catalog import feed

    document = feed.publish_trust(args.folder, args.source, args.keys, _passphrase(args))
    print(
        _(
            "Trust document offered: {trusted} trusted publisher(s), {revoked} revoked, "
            "{keys} revoked key(s)."
        ).format(
            trusted=len(document.publishers),
            revoked=len(document.revoked),
            keys=len(document.revoked_keys),
        )
    )
    return EXIT_OK


def cmd_withdraw(args: argparse.Namespace) -> int:
    from idguide.catalog import feed

    name = feed.withdraw(args.folder, args.name, args.keys, _passphrase(args))
    print(
        _(
            "{name} is no longer offered. Laptops that installed it keep its entries; to take "
            "entries off laptops, publish the publisher's bundle that withdraws them."
        ).format(name=name)
    )
    return EXIT_OK


def cmd_refresh(args: argparse.Namespace) -> int:
    from idguide.catalog import feed

    result = feed.refresh(args.folder, args.keys, _passphrase(args))
    renewed = ", ".join(result.renewed)
    print(
        _("Signed {roles}; the feed is fresh until {expires}.").format(
            roles=renewed, expires=result.timestamp_expires
        )
    )
    _warn(result.warnings)
    return EXIT_OK


def cmd_rotate(args: argparse.Namespace) -> int:
    from idguide.catalog import feed

    text = args.roles.strip()
    roles = [] if text == "none" else [r.strip() for r in text.split(",") if r.strip()]
    result = feed.rotate_root(args.folder, args.keys, roles, _passphrase(args))
    fields = {"root_file": result.root_file, "version": result.version, "keys": args.keys}
    if roles:
        text = _("Wrote {root_file} (root version {version}) with new keys for {roles} in {keys}.")
        print(text.format(roles=", ".join(result.roles), **fields))
    else:
        print(_("Wrote {root_file} (root version {version}) with the same keys.").format(**fields))
    if result.retired:
        print(
            _("The old keys are in {folder}; the old root key can be destroyed.").format(
                folder=result.retired
            )
        )
    return EXIT_OK


# -- a laptop's feeds ----------------------------------------------------------------------


def cmd_add(args: argparse.Namespace) -> int:
    from idguide.catalog import feed

    added = feed.add_feed(
        args.catalog, args.source, args.root, args.name, args.ca_bundle, args.auto_check
    )
    print(
        _("Added feed {name} ({source}). Run `idguide sync` to install its bundles.").format(
            name=added.name, source=added.source
        )
    )
    if not added.is_url and not Path(added.source).is_dir():
        print(_("(The folder is not there now; sync looks for it when it runs.)"), file=sys.stderr)
    return EXIT_OK


def cmd_list(args: argparse.Namespace) -> int:
    from idguide.catalog import feed

    feeds = feed.list_feeds(args.catalog)
    return json_or_text(args.json, [f.as_dict() for f in feeds], map(_feed_line, feeds))


def _feed_line(f: Feed) -> str:
    synced = f.last_sync[:16].replace("T", " ") if f.last_sync else _("never")
    if f.out_of_date():
        state = _("OUT OF DATE")
    else:
        state = _("fresh until {date}").format(date=f.expires[:10])
    auto = "  " + _("auto-check") if f.auto_check else ""
    last = _("last sync {when}").format(when=synced)
    return f"{f.name:<20} {f.source}  {last}  {state}{auto}"


def cmd_remove(args: argparse.Namespace) -> int:
    from idguide.catalog import feed

    removed = feed.remove_feed(args.catalog, args.name)
    print(
        _(
            "Removed feed {name}. What it installed stays, and so do the trust entries it "
            "added (`idguide trust list`)."
        ).format(name=removed.name)
    )
    return EXIT_OK


def cmd_sync(args: argparse.Namespace) -> int:
    from idguide.catalog import feed

    with open_catalog(args) as cat, progress_bar() as report:
        result = feed.sync(cat, args.feed, None if args.json else report)
    if args.json:
        print_json(result.as_dict())
    else:
        _print_sync(result)
    if not result.ok:
        refused = _("{count} refused; nothing else changed.").format(count=len(result.refused))
        print("idguide: " + refused, file=sys.stderr)
        return EXIT_ERROR
    return EXIT_OK


# What a trust document changed on this laptop, each kind with the ids it names.
TRUST_CHANGES = (
    ("added", N_("added {ids}")),
    ("replaced", N_("changed {ids}")),
    ("revoked", N_("revoked {ids}")),
    ("revoked_keys", N_("revoked keys {ids}")),
)


def _print_sync(result: SyncResult) -> None:
    for name, changes in result.trust.items():
        parts = [
            _(text).format(ids=", ".join(getattr(changes, kind)))
            for kind, text in TRUST_CHANGES
            if getattr(changes, kind)
        ]
        said = "; ".join(parts) if parts else _("no change")
        print(_("Trust from feed {name}: {changes}.").format(name=name, changes=said))
    for item in result.installed:
        c = item.changes
        print(
            _(
                "Installed {publisher} sequence {sequence} ({kind}) from feed {feed}: "
                "{added} added, {updated} updated, {withdrawn} withdrawn."
            ).format(
                publisher=item.publisher,
                sequence=item.sequence,
                kind=kind_word(item.kind),
                feed=item.feed,
                added=len(c.added),
                updated=len(c.updated),
                withdrawn=len(c.withdrawn),
            )
        )
    for entry in result.up_to_date:
        print(
            _("Up to date: {publisher} (sequence {sequence}).").format(
                publisher=entry["publisher"], sequence=entry["sequence"]
            )
        )
    for refused in result.refused:
        if refused.target:
            text = _("Refused: {target}: {reason}").format(
                target=refused.target, reason=refused.reason
            )
        else:
            text = _("Refused: {reason}").format(reason=refused.reason)
        print(text, file=sys.stderr)
    _warn(result.warnings)
    _print_downloaded(result)


def _print_downloaded(result: SyncResult) -> None:
    size = result.bytes_downloaded
    expiry = ", ".join(
        _("{name} until {date}").format(name=name, date=when)
        for name, when in result.metadata_expires.items()
    )
    if expiry:
        print(_("Downloaded {size} bytes. Fresh: {expiry}.").format(size=size, expiry=expiry))
    else:
        print(_("Downloaded {size} bytes.").format(size=size))
