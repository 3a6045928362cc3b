"""How a laptop reaches a feed: offline, a missing USB stick, HTTPS with an inspecting proxy's
CA, the system's proxy settings, and two syncs at once."""

from __future__ import annotations

import socket

import pytest
from feed_helpers import (
    FeedServer,
    installed,
    laptop,
    make_feed,
    sync_at,
    tls_files,
)
from support import snapshot

from idguide.catalog import open_catalog
from idguide.catalog.changes import OpChanges
from idguide.catalog.feed import add_feed, get_feed, remove_feed, set_auto_check, sync
from idguide.catalog.feed.client import _locked
from idguide.catalog.feed.config import feed_folder, save_feed
from idguide.catalog.feed.errors import FeedBusyError
from idguide.catalog.feed.fetch import _proxy_for


def test_an_unreachable_server_is_said_and_nothing_changes(tmp_path, bundles):
    feed, _ = make_feed(tmp_path, bundles, [bundles.n1])
    with socket.socket() as closed:  # a port taken here and not listened on: no other program
        closed.bind(("127.0.0.1", 0))  # can answer on it while the test runs
        url = f"http://127.0.0.1:{closed.getsockname()[1]}/"
        cat = laptop(tmp_path, url, feed / "metadata/1.root.json")
        before = snapshot(cat)
        result = sync_at(cat)
    assert snapshot(cat) == before
    (refused,) = result.refused
    assert "Cannot connect to the feed server 127.0.0.1" in refused.reason
    assert "offline, or the server is down" in refused.reason
    state = get_feed(cat, "hq")
    assert state.last_error == refused.reason and state.last_sync == ""


def test_a_missing_usb_stick_is_said_and_nothing_changes(tmp_path, bundles):
    feed, _ = make_feed(tmp_path, bundles, [bundles.n1])
    cat = laptop(tmp_path, str(tmp_path / "usb-stick"), feed / "metadata/1.root.json")
    before = snapshot(cat)
    (refused,) = sync_at(cat).refused
    assert "the folder is not there. Plug in the USB stick" in refused.reason
    assert snapshot(cat) == before


def test_https_through_an_inspecting_proxy_needs_its_ca_bundle(tmp_path, bundles):
    feed, _ = make_feed(tmp_path, bundles, [bundles.n1])
    context, ca_file = tls_files(tmp_path / "tls")
    server = FeedServer(feed, tls=context)
    try:
        assert server.url.startswith("https://")
        cat = laptop(tmp_path, server.url, feed / "metadata/1.root.json")
        (refused,) = sync_at(cat).refused
        assert "its certificate is not trusted by this computer's certificates" in refused.reason
        assert "--ca-bundle" in refused.reason
        feed_state = get_feed(cat, "hq")
        feed_state.ca_bundle = str(ca_file)  # as `feed add --ca-bundle` stores it
        save_feed(cat, feed_state)
        assert sync_at(cat).ok
        assert installed(cat) == {"nordhaven": 1}
    finally:
        server.close()


def test_the_system_proxy_is_used(tmp_path, bundles, monkeypatch):
    feed, _ = make_feed(tmp_path, bundles, [bundles.n1])
    proxy = FeedServer(feed)  # answers absolute addresses, as a proxy does
    try:
        monkeypatch.setenv("http_proxy", proxy.url)
        # feeds.invalid cannot resolve: only the proxy can have fetched it
        cat = laptop(tmp_path, "http://feeds.invalid/hq/", feed / "metadata/1.root.json")
        proxy.root = feed.parent
        (feed.parent / "hq").symlink_to(feed)
        result = sync_at(cat)
        assert result.ok, result.refused
        assert any(path.startswith("/hq/metadata/") for path, _, _ in proxy.log)
    finally:
        proxy.close()


def test_proxy_settings_follow_the_environment_and_its_exceptions(monkeypatch):
    monkeypatch.setenv("https_proxy", "http://proxy.customs.example:3128")
    monkeypatch.setenv("no_proxy", "internal.example,.local")
    assert _proxy_for("https://feeds.example/x") == "http://proxy.customs.example:3128"
    assert _proxy_for("https://internal.example/x") is None
    assert _proxy_for("https://box.local/x") is None
    assert _proxy_for("http://feeds.example/x") is None  # no http_proxy given


def test_a_ca_bundle_must_be_certificates(tmp_path, bundles):
    from idguide.catalog.feed.errors import FeedSetupError

    feed, _ = make_feed(tmp_path, bundles, [], trust=False)
    not_pem = tmp_path / "ca.pem"
    not_pem.write_text("hello")
    with pytest.raises(FeedSetupError, match="is not a CA bundle"):
        add_feed(
            tmp_path / "c.db",
            "https://x.example/",
            feed / "metadata/1.root.json",
            ca_bundle=not_pem,
        )


def test_a_source_is_an_http_address_or_a_folder(tmp_path, bundles):
    from idguide.catalog.feed.errors import FeedSetupError

    feed, _ = make_feed(tmp_path, bundles, [], trust=False)
    root = feed / "metadata/1.root.json"
    with pytest.raises(FeedSetupError, match="give an http:// or https:// address, or a folder"):
        add_feed(tmp_path / "c.db", "ftp://feeds.example/", root)
    added = add_feed(tmp_path / "c.db", "https://feeds.example/hq", root)
    assert added.source == "https://feeds.example/hq/" and added.name == "feeds-example-hq"
    assert add_feed(tmp_path / "c.db", feed.as_uri(), root).source == str(feed)


def test_adding_changing_or_removing_a_feed_says_the_feeds_changed(tmp_path, bundles):
    feed, _ = make_feed(tmp_path, bundles, [], trust=False)
    cat = tmp_path / "c.db"
    assert add_feed(cat, str(feed), feed / "metadata/1.root.json").op_changes == OpChanges(
        feeds=True
    )
    assert set_auto_check(cat, "feed", True).op_changes == OpChanges(feeds=True)
    assert remove_feed(cat, "feed").op_changes == OpChanges(feeds=True)


def test_a_damaged_root_file_on_the_laptop_is_said(tmp_path, bundles):
    feed, _ = make_feed(tmp_path, bundles, [bundles.n1])
    cat = laptop(tmp_path, str(feed), feed / "metadata/1.root.json")
    stored = feed_folder(cat, "hq") / "root.json"
    stored.write_bytes(stored.read_bytes()[:100])
    before = snapshot(cat)
    (refused,) = sync_at(cat).refused
    assert "its root file in" in refused.reason and "is damaged" in refused.reason
    assert snapshot(cat) == before


def test_two_syncs_of_one_feed_do_not_run_at_once(tmp_path, bundles):
    feed, _ = make_feed(tmp_path, bundles, [bundles.n1])
    cat = laptop(tmp_path, str(feed), feed / "metadata/1.root.json")
    with (
        _locked(feed_folder(cat, "hq"), "hq"),
        open_catalog(cat) as c,
        pytest.raises(FeedBusyError, match="is being synced already"),
    ):
        sync(c)
    assert sync_at(cat).ok
