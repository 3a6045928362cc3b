"""A sync in two phases, as the app runs it: the network phase without the catalogue (in a thread
of its own), then the install phase in the catalogue's worker. Between them the feed stays
locked; giving up leaves the catalogue as it was and keeps the downloads for the next sync; what
the officer changed meanwhile (a feed's automatic check, a feed removed) is kept."""

from __future__ import annotations

import pytest
from feed_helpers import PROXY_VARIABLES, FeedServer, installed, laptop, make_feed
from support import snapshot

from idguide.catalog import open_catalog
from idguide.catalog.changes import OpChanges
from idguide.catalog.errors import Interrupted
from idguide.catalog.feed import (
    fetch_feeds,
    get_feed,
    install,
    list_feeds,
    publish_bundles,
    read_laptop,
    remove_feed,
    set_auto_check,
    sync,
)
from idguide.catalog.feed.errors import FeedBusyError


@pytest.fixture
def served(tmp_path, bundles, monkeypatch):
    """A feed offering nordhaven 1 and cremelia 1 over HTTP, and a laptop that added it."""
    for name in PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    feed, keys = make_feed(tmp_path, bundles, [bundles.n1, bundles.c1])
    server = FeedServer(feed)
    cat = laptop(tmp_path, server.url, feed / "metadata/1.root.json")
    yield server, cat, feed, keys
    server.close()


def network_phase(cat, progress=None):
    """What the app does: read the laptop in the catalogue's thread, then fetch with the
    catalogue closed (the network phase never opens it)."""
    with open_catalog(cat) as catalog:
        laptop_state = read_laptop(catalog)
    return fetch_feeds(cat, list_feeds(cat), laptop_state, progress)


def test_the_two_phases_install_what_a_sync_installs(served):
    _server, cat, _feed, _keys = served
    before = snapshot(cat)
    fetched = network_phase(cat)
    assert snapshot(cat) == before  # the network phase changed nothing in the catalogue
    assert fetched.to_install == 2
    with open_catalog(cat) as catalog:
        result = install(catalog, fetched)
    assert result.ok, result.refused
    assert [(i.publisher, i.sequence) for i in result.installed] == [
        ("cremelia", 1),
        ("nordhaven", 1),
    ]
    assert result.trust["hq"].added == ["cremelia", "nordhaven"]
    assert result.op_changes == OpChanges(
        content=True, bundles=True, trust=True, index=True, feeds=True
    )
    assert installed(cat) == {"cremelia": 1, "nordhaven": 1}
    assert get_feed(cat, "hq").last_sync and not get_feed(cat, "hq").last_error


def test_the_feed_stays_locked_from_the_network_phase_to_the_install_phase(served):
    _server, cat, _feed, _keys = served
    fetched = network_phase(cat)
    with open_catalog(cat) as catalog:
        with pytest.raises(FeedBusyError, match="is being synced already"):
            sync(catalog)  # a system job meanwhile
        install(catalog, fetched)
        assert sync(catalog).ok  # free again


def test_giving_up_after_the_network_phase_changes_nothing_and_keeps_the_downloads(served):
    server, cat, _feed, _keys = served
    before = snapshot(cat)
    fetched = network_phase(cat)
    fetched.release()  # the officer cancelled as the downloads ended
    assert snapshot(cat) == before
    with open_catalog(cat) as catalog:
        result = sync(catalog)
    assert result.ok and installed(cat) == {"cremelia": 1, "nordhaven": 1}
    for name in ("nordhaven-1-full.idgb", "cremelia-1-full.idgb"):
        assert len(server.sent(name)) == 1  # downloaded once, by the first network phase


def test_a_cancel_in_the_network_phase_lets_the_feed_go(served):
    _server, cat, _feed, _keys = served

    def cancel(done, total, label):
        if label.startswith("Fetching"):
            raise Interrupted()

    before = snapshot(cat)
    with pytest.raises(Interrupted):
        network_phase(cat, cancel)
    assert snapshot(cat) == before
    with open_catalog(cat) as catalog:
        assert sync(catalog).ok


def test_a_cancel_while_installing_keeps_what_was_installed_and_says_so(served, bundles):
    server, cat, feed, keys = served
    with open_catalog(cat) as catalog:
        assert sync(catalog).ok
    publish_bundles(feed, [bundles.n2, bundles.n3], keys)

    def cancel(done, total, label):
        if label == "Installing nordhaven-3-from-2.idgb":
            raise Interrupted()

    fetched = network_phase(cat)
    with open_catalog(cat) as catalog:
        result = install(catalog, fetched, cancel)
    assert result.cancelled and not result.ok
    assert [(i.publisher, i.sequence) for i in result.installed] == [("nordhaven", 2)]
    assert result.op_changes.content  # what was installed is said, for the views
    assert installed(cat) == {"cremelia": 1, "nordhaven": 2}
    with open_catalog(cat) as catalog:
        again = sync(catalog)
    assert [(i.publisher, i.sequence) for i in again.installed] == [("nordhaven", 3)]
    assert len(server.sent("nordhaven-3-from-2.idgb")) == 1  # kept from the cancelled check


def test_what_the_officer_changed_between_the_phases_is_kept(served):
    _server, cat, _feed, _keys = served
    fetched = network_phase(cat)
    set_auto_check(cat, "hq", True)  # ticked in the feeds dialog while the check downloads
    with open_catalog(cat) as catalog:
        install(catalog, fetched)
    feed = get_feed(cat, "hq")
    assert feed.auto_check and feed.last_sync


def test_a_feed_removed_between_the_phases_stays_removed(served):
    _server, cat, _feed, _keys = served
    fetched = network_phase(cat)
    remove_feed(cat, "hq")
    before = snapshot(cat)
    with open_catalog(cat) as catalog:
        result = install(catalog, fetched)
    assert list_feeds(cat) == []
    assert snapshot(cat) == before
    assert "was removed meanwhile; nothing was installed from it" in result.refused[0].reason
