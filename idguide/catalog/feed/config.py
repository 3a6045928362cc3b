"""The feeds a catalogue syncs from, kept beside it in ``catalog.feeds/``::

    catalog.feeds/feeds.json        name, source, CA bundle, auto-check, last sync... per feed
    catalog.feeds/NAME/root.json    the root file the administration handed out (trust anchor)
    catalog.feeds/NAME/metadata/    the feed's metadata this laptop trusts now (python-tuf's)
    catalog.feeds/NAME/cache/       downloads, and partial ones to resume

Nothing here reaches a network: adding a feed only checks the root file and stores the source.
"""

from __future__ import annotations

import json
import re
import shutil
from dataclasses import asdict, dataclass, fields
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit
from urllib.request import url2pathname

from idguide.catalog import sysconfig
from idguide.catalog.changes import CarriesChanges, OpChanges
from idguide.catalog.feed.errors import FeedSetupError
from idguide.catalog.feed.repo import write_atomic
from idguide.catalog.i18n import _
from idguide.catalog.model import ID_PATTERN
from idguide.catalog.store import refuse_catalogue_file, sibling
from idguide.catalog.write import now as now_text

STATE_NAME = "feeds.json"
ROOT_NAME = "root.json"
MAX_ROOT_BYTES = 512_000  # python-tuf's own limit for a root file
# What adding, removing or syncing a feed changes: its record beside the catalogue (not the
# catalogue itself; a sync adds what its imports and trust document changed).
FEEDS_CHANGED = OpChanges(feeds=True)


@dataclass
class Feed(CarriesChanges):
    name: str
    source: str  # an http(s):// address ending in /, or an absolute folder path
    added_at: str = ""
    auto_check: bool = False  # check at the app's start (only when the officer turned it on)
    ca_bundle: str = ""  # a PEM file of CAs for HTTPS (a TLS-inspecting proxy's); '' = system
    last_sync: str = ""  # the last sync that got fresh metadata and dealt with every offer
    last_attempt: str = ""
    last_error: str = ""
    expires: str = ""  # when the metadata this laptop trusts expire: out of date after that
    trust_sha256: str = ""  # the trust document applied last (not fetched again while unchanged)

    @property
    def is_url(self) -> bool:
        return self.source.startswith(("http://", "https://"))

    def out_of_date(self, now: datetime | None = None) -> bool:
        """True once the trusted metadata have expired (or no sync ever succeeded)."""
        try:
            expires = datetime.fromisoformat(self.expires)
        except ValueError:  # never synced (''), or feeds.json edited by hand
            return True
        return expires <= (now or datetime.now(UTC))

    def as_dict(self) -> dict:
        data = asdict(self)
        data["out_of_date"] = self.out_of_date()
        data.pop("trust_sha256")
        return data


def feeds_folder(catalog_path: str | Path) -> Path:
    return sibling(Path(catalog_path), "feeds")


def feed_folder(catalog_path: str | Path, name: str) -> Path:
    return feeds_folder(catalog_path) / name


def list_feeds(catalog_path: str | Path) -> list[Feed]:
    path = feeds_folder(catalog_path) / STATE_NAME
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        known = {f.name for f in fields(Feed)}
        return [Feed(**{k: v for k, v in item.items() if k in known}) for item in raw["feeds"]]
    except FileNotFoundError:
        return []
    except (OSError, ValueError, KeyError, TypeError):
        raise FeedSetupError(
            _(
                "{path} is damaged. Remove it and add the feeds again (idguide feed "
                "add); the catalogue itself is not affected."
            ).format(path=path)
        ) from None


def get_feed(catalog_path: str | Path, name: str) -> Feed:
    for feed in list_feeds(catalog_path):
        if feed.name == name:
            return feed
    raise FeedSetupError(_("No feed named {name!r}; see `idguide feed list`.").format(name=name))


def save_feed(catalog_path: str | Path, feed: Feed) -> None:
    """Store ``feed``'s record in place of the one with its name (or add it)."""
    feeds = [f for f in list_feeds(catalog_path) if f.name != feed.name] + [feed]
    _write(catalog_path, sorted(feeds, key=lambda f: f.name))


def _write(catalog_path: str | Path, feeds: list[Feed]) -> None:
    data = {"version": 1, "feeds": [asdict(feed) for feed in feeds]}
    text = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    write_atomic(feeds_folder(catalog_path) / STATE_NAME, text.encode())


def add_feed(
    catalog_path: str | Path,
    source: str,
    root_file: str | Path,
    name: str | None = None,
    ca_bundle: str | Path | None = None,
    auto_check: bool = False,
) -> Feed:
    """Remember the feed at ``source`` with ``root_file`` (the administration's root) as the
    trust anchor; nothing is fetched now."""
    _require_feeds_on()
    for given in (root_file, ca_bundle):
        if given:
            refuse_catalogue_file(Path(given).expanduser(), catalog_path)
    root = read_root_file(Path(root_file))
    source = normalise_source(source)
    feeds = list_feeds(catalog_path)
    taken = {feed.name for feed in feeds}
    name = _check_name(name, taken) if name else _free_name(_name_from(source), taken)
    feed = Feed(name, source, now_text(), auto_check, _ca_bundle(ca_bundle))
    folder = feed_folder(catalog_path, name)
    shutil.rmtree(folder, ignore_errors=True)  # a leftover of a feed removed by hand
    write_atomic(folder / ROOT_NAME, root)
    save_feed(catalog_path, feed)
    return feed.carrying(FEEDS_CHANGED)


def remove_feed(catalog_path: str | Path, name: str) -> Feed:
    """Forget the feed ``name`` and its metadata and downloads; installed content stays."""
    _require_feeds_on()
    feed = get_feed(catalog_path, name)
    _write(catalog_path, [f for f in list_feeds(catalog_path) if f.name != name])
    shutil.rmtree(feed_folder(catalog_path, name), ignore_errors=True)
    return feed.carrying(FEEDS_CHANGED)


def feed_words(name: str, source: str) -> str:
    """ "Feed hq (https://...)": how a message names a feed."""
    return _("Feed {name} ({source})").format(name=name, source=source)


def set_auto_check(catalog_path: str | Path, name: str, on: bool) -> Feed:
    _require_feeds_on()
    feed = get_feed(catalog_path, name)
    feed.auto_check = on
    save_feed(catalog_path, feed)
    return feed.carrying(FEEDS_CHANGED)


def _require_feeds_on() -> None:
    config = sysconfig.load()
    if not config.feeds:
        raise FeedSetupError(
            _(
                "Update feeds are turned off on this computer by {where}: IT installs the "
                "updates. Nothing was changed."
            ).format(where=config.where())
        )


def read_root_file(path: Path) -> bytes:
    """The bytes of ``path`` if it is a feed's root file, signed by its own keys."""
    from tuf.api.metadata import Metadata, Root

    try:
        if path.stat().st_size > MAX_ROOT_BYTES:
            raise FeedSetupError(
                _("{path} is far too large to be a feed's root file.").format(path=path)
            )
        data = path.read_bytes()
    except OSError as exc:
        raise FeedSetupError(
            _("Cannot read the root file {path} ({reason}).").format(path=path, reason=exc.strerror)
        ) from None
    what = _(
        "{path} is not a feed's root file (the 1.root.json the administration hands out)"
    ).format(path=path)
    try:
        md = Metadata.from_bytes(data)
    except Exception:  # tuf's own deserialisation errors, whatever the damage
        raise FeedSetupError(
            _(
                "{path} is not a feed's root file (the 1.root.json the administration hands out)."
            ).format(path=path)
        ) from None
    if not isinstance(md.signed, Root):
        raise FeedSetupError(
            _("{what}: it is {type} metadata.").format(what=what, type=md.signed.type)
        )
    try:
        md.signed.verify_delegate(Root.type, md.signed_bytes, md.signatures)
    except Exception:
        raise FeedSetupError(
            _("{what}: it is not signed by its own root keys.").format(what=what)
        ) from None
    return data


def normalise_source(source: str) -> str:
    text = source.strip()
    scheme = urlsplit(text).scheme.lower()
    if scheme in ("http", "https"):
        return text if text.endswith("/") else f"{text}/"
    if scheme == "file":
        return str(Path(url2pathname(urlsplit(text).path)).resolve())
    if len(scheme) > 1:  # one letter is a Windows drive: C:\feeds
        raise FeedSetupError(
            _(
                "{source}: give an http:// or https:// address, or a folder (a USB "
                "stick, a shared folder)."
            ).format(source=source)
        )
    return str(Path(text).expanduser().resolve())


def _ca_bundle(path: str | Path | None) -> str:
    if not path:
        return ""
    file = Path(path).expanduser().resolve()
    try:
        text = file.read_text(encoding="ascii", errors="replace")[:1_000_000]
    except OSError as exc:
        raise FeedSetupError(
            _("Cannot read the CA bundle {path} ({reason}).").format(path=path, reason=exc.strerror)
        ) from None
    if "-----BEGIN CERTIFICATE-----" not in text:
        raise FeedSetupError(_("{path} is not a CA bundle (PEM certificates).").format(path=path))
    return str(file)


def _name_from(source: str) -> str:
    if source.startswith(("http://", "https://")):
        parts = urlsplit(source)
        base = f"{parts.hostname or ''}-{parts.path.strip('/').replace('/', '-')}"
    else:
        base = Path(source).name
    slug = re.sub(r"[^a-z0-9]+", "-", base.lower()).strip("-")
    return slug[:40].strip("-") or "feed"


def _free_name(base: str, taken: set[str]) -> str:
    name, n = base, 1
    while name in taken:
        n += 1
        name = f"{base}-{n}"
    return name


def _check_name(name: str, taken: set[str]) -> str:
    if not ID_PATTERN.match(name):
        raise FeedSetupError(
            _("{name!r}: a feed name is lower-case letters, digits and dashes.").format(name=name)
        )
    if name in taken:
        raise FeedSetupError(
            _("A feed named {name!r} is set up already; see `idguide feed list`.").format(name=name)
        )
    return name
