"""The bodies of the update feeds' operations.

The catalogue's bodies take the :class:`~idguide.catalog.Catalog` first and run in its worker
(:class:`~idguide.ui.operations.QueryOp`, :class:`~idguide.ui.operations.ChangeOp`);
:func:`download_updates` takes the progress callable only and runs in a thread of its own
(:class:`~idguide.ui.operations.network.NetworkOp`): it never touches the catalogue, so a slow
feed never holds up a search. python-tuf loads in those threads, on the first check.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from idguide.catalog import Catalog, NotFoundError, get_product, get_publisher
from idguide.catalog.changes import CarriesChanges
from idguide.catalog.progress import ProgressFn

if TYPE_CHECKING:
    from idguide.catalog.feed import Feed, Fetched, Laptop, SyncResult

NAMES_SHOWN = 12  # products named per installed bundle


def managed_by_it(catalog: Catalog) -> bool:
    """Whether IT manages this catalogue (or, by the system configuration, the updates), so
    that a system job syncs it and the app only shows the feeds' state (no check, at start or by
    hand; no adding or removing feeds). Runs in the catalogue's worker."""
    from idguide.catalog.managed import is_managed

    return is_managed(catalog) or not catalog.system.feeds


@dataclass
class FeedState:
    """The feeds of the catalogue, for the home screen and the feeds dialog."""

    feeds: list[Feed] = field(default_factory=list)
    managed: bool = False
    problem: str = ""  # why the feeds could not be read ('' when they could)


def feed_state(catalog: Catalog) -> FeedState:
    from idguide.catalog.feed import FeedError, list_feeds

    managed = managed_by_it(catalog)
    try:
        return FeedState(list_feeds(catalog.path), managed)
    except FeedError as exc:  # feeds.json damaged: said where the feeds are shown
        return FeedState([], managed, str(exc))


@dataclass
class CheckPlan:
    """Which feeds a check syncs, and what the catalogue holds that decides the downloads."""

    catalog_path: Path
    feeds: list[Feed]
    laptop: Laptop


def plan_check(catalog: Catalog, automatic: bool) -> CheckPlan:
    """Every feed (a check the officer asked for), or those with the automatic check on."""
    from idguide.catalog.feed import list_feeds, read_laptop

    feeds = [feed for feed in list_feeds(catalog.path) if feed.auto_check or not automatic]
    return CheckPlan(Path(catalog.path), feeds, read_laptop(catalog))


def download_updates(progress: ProgressFn, plan: CheckPlan) -> Fetched:
    """The network phase of the check ``plan``: in a thread of its own, no catalogue."""
    from idguide.catalog.feed import fetch_feeds

    return fetch_feeds(plan.catalog_path, plan.feeds, plan.laptop, progress)


@dataclass
class Updated(CarriesChanges):
    """What a check did, with names to show: publishers' and the products each bundle changed."""

    result: SyncResult
    publishers: dict[str, str] = field(default_factory=dict)  # id -> name
    products: dict[str, list[str]] = field(default_factory=dict)  # bundle target -> names
    feeds: list[Feed] = field(default_factory=list)  # their records after the check


def install_updates(
    catalog: Catalog, progress: ProgressFn, fetched: Fetched, lang: str | None
) -> Updated:
    """The install phase of a check, in the catalogue's worker; products named in ``lang``."""
    from idguide.catalog.feed import install, list_feeds

    result = install(catalog, fetched, progress)
    updated = Updated(result, feeds=list_feeds(catalog.path)).carrying(result.op_changes)
    ids = {i.publisher for i in result.installed} | {u["publisher"] for u in result.up_to_date}
    ids |= {r.publisher for r in result.refused if r.publisher}
    for pid in sorted(ids):
        try:
            updated.publishers[pid] = get_publisher(catalog, pid).name
        except NotFoundError:
            continue  # refused before it was ever installed: its id is all there is
    for item in result.installed:
        changed = item.changes.changed[:NAMES_SHOWN]
        updated.products[item.target] = _names(catalog, changed, lang)
    return updated


def _names(catalog: Catalog, ids: list[str], lang: str | None) -> list[str]:
    names = []
    for product_id in ids:
        try:
            product = get_product(catalog, product_id)
        except NotFoundError:  # withdrawn
            names.append(product_id)
            continue
        names.append(f"{product.brand_name} {product.t(product.name, lang)}")
    return names


# -- the feeds dialog ---------------------------------------------------------------------------


def add_feed(
    catalog: Catalog,
    source: str,
    root: str,
    name: str = "",
    ca_bundle: str = "",
    auto_check: bool = False,
) -> Feed:
    """Remember a feed (its root file is checked; nothing is fetched)."""
    from idguide.catalog.feed import add_feed as add

    return add(catalog.path, source, root, name or None, ca_bundle or None, auto_check)


def remove_feed(catalog: Catalog, name: str) -> Feed:
    from idguide.catalog.feed import remove_feed as remove

    return remove(catalog.path, name)


def set_auto_check(catalog: Catalog, name: str, on: bool) -> Feed:
    from idguide.catalog.feed import set_auto_check as set_auto

    return set_auto(catalog.path, name, on)
