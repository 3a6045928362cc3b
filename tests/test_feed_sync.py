"""Syncing a laptop from a feed, over a real local web server and from a folder: what gets
installed, in which order, and what a second sync costs."""

from __future__ import annotations

import pytest
from feed_helpers import (
    PROXY_VARIABLES,
    FeedServer,
    installed,
    laptop,
    make_feed,
    sync_at,
)

from idguide.catalog.changes import OpChanges
from idguide.catalog.feed import publish_bundles, withdraw
from idguide.catalog.feed.plan import Offer, plan, read_offer


@pytest.fixture(params=["http", "folder"])
def serve(request, monkeypatch):
    """Serve a feed folder: over HTTP on 127.0.0.1, or as the folder itself (a USB stick)."""
    for name in PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    servers: list[FeedServer] = []

    def start(feed):
        if request.param == "folder":
            return str(feed)
        servers.append(FeedServer(feed))
        return servers[-1].url

    start.servers = servers
    yield start
    for server in servers:
        server.close()


def kinds(result):
    return [(i.publisher, i.sequence, i.kind) for i in result.installed]


def test_a_laptop_installs_what_the_feed_offers_then_a_delta_chain_then_nothing(
    tmp_path, bundles, serve
):
    feed, keys = make_feed(tmp_path, bundles, [bundles.n1, bundles.c1])
    cat = laptop(tmp_path, serve(feed), feed / "metadata/1.root.json")

    first = sync_at(cat)
    assert first.ok, first.refused
    assert kinds(first) == [("cremelia", 1, "full"), ("nordhaven", 1, "full")]
    assert first.trust["hq"].added == ["cremelia", "nordhaven"]  # trusted through the feed
    assert installed(cat) == {"cremelia": 1, "nordhaven": 1}
    # what the app refreshes from: the trust store, the new entries, bundles, index and feeds
    assert first.op_changes == OpChanges(
        content=True, bundles=True, trust=True, index=True, feeds=True
    )

    publish_bundles(feed, [bundles.n2, bundles.n3, bundles.n3_full], keys)
    second = sync_at(cat)
    assert second.ok, second.refused
    assert kinds(second) == [("nordhaven", 2, "delta"), ("nordhaven", 3, "delta")]
    assert installed(cat) == {"cremelia": 1, "nordhaven": 3}
    assert second.op_changes == OpChanges(content=True, bundles=True, index=True, feeds=True)
    for server in serve.servers:  # the full bundle was not fetched at all
        assert server.sent("nordhaven-3-full.idgb") == []

    third = sync_at(cat)
    assert third.ok and third.installed == []
    assert [(u["publisher"], u["sequence"]) for u in third.up_to_date] == [
        ("cremelia", 1),
        ("nordhaven", 3),
    ]
    assert third.bytes_downloaded < 2048  # the timestamp only
    assert third.op_changes == OpChanges(feeds=True)  # the feed's last sync, nothing else
    assert third.metadata_expires["hq"] > "2000"


def test_a_new_laptop_takes_the_newest_full_bundle_not_the_whole_chain(tmp_path, bundles, serve):
    offered = [bundles.n1, bundles.n2, bundles.n3, bundles.n3_full]
    feed, _ = make_feed(tmp_path, bundles, offered)
    cat = laptop(tmp_path, serve(feed), feed / "metadata/1.root.json")
    result = sync_at(cat)
    assert kinds(result) == [("nordhaven", 3, "full")]


def test_a_withdrawn_bundle_is_no_longer_offered(tmp_path, bundles, serve):
    offered = [bundles.n1, bundles.n2, bundles.n3, bundles.n3_full]
    feed, keys = make_feed(tmp_path, bundles, offered)
    source = serve(feed)
    early = laptop(tmp_path, source, feed / "metadata/1.root.json", name="early")
    assert kinds(sync_at(early)) == [("nordhaven", 3, "full")]

    assert withdraw(feed, "nordhaven-3-full.idgb", keys) == "nordhaven-3-full.idgb"
    assert not list(feed.glob("targets/**/*.nordhaven-3-full.idgb"))
    late = laptop(tmp_path, source, feed / "metadata/1.root.json", name="late")
    result = sync_at(late)
    assert [i.target for i in result.installed] == [
        "nordhaven-1-full.idgb",
        "nordhaven-2-from-1.idgb",
        "nordhaven-3-from-2.idgb",
    ]
    again = sync_at(early)  # what was installed stays: taking it off is the publisher's job
    assert again.ok and installed(early) == {"nordhaven": 3}


def test_a_publisher_missing_from_the_trust_store_is_not_downloaded(tmp_path, bundles, serve):
    feed, _ = make_feed(tmp_path, bundles, [bundles.n1], trust=False)
    cat = laptop(tmp_path, serve(feed), feed / "metadata/1.root.json")
    result = sync_at(cat)
    assert not result.ok
    assert "'nordhaven' is not in this laptop's trust store" in result.refused[0].reason
    assert installed(cat) == {}
    for server in serve.servers:
        assert server.sent("nordhaven-1-full.idgb") == []


# -- choosing the chain ----------------------------------------------------------------------


def offer(sequence, kind="full", base=None, publisher="p"):
    return Offer(f"bundles/{publisher}-{sequence}-{kind}", publisher, sequence, kind, base, 10)


def test_the_plan_follows_deltas_from_what_is_installed():
    offers = [offer(1), offer(2, "delta", 1), offer(3, "delta", 2), offer(3)]
    assert [o.sequence for o in plan(offers, 1).chain] == [2, 3]
    assert [o.kind for o in plan(offers, 1).chain] == ["delta", "delta"]


def test_the_plan_starts_from_the_newest_full_bundle_when_no_delta_chain_fits():
    offers = [offer(1), offer(3), offer(4, "delta", 3), offer(2, "delta", 1)]
    chosen = plan(offers, None)
    assert [(o.sequence, o.kind) for o in chosen.chain] == [(3, "full"), (4, "delta")]
    assert [(o.sequence, o.kind) for o in plan(offers, 2).chain] == [(3, "full"), (4, "delta")]


def test_the_plan_says_when_the_newest_cannot_be_reached():
    offers = [offer(2, "delta", 1), offer(4, "delta", 3)]
    chosen = plan(offers, 1)
    assert [o.sequence for o in chosen.chain] == [2]
    assert chosen.unreachable and chosen.newest == 4
    assert plan([offer(1)], 1).chain == [] and not plan([offer(1)], 1).unreachable


def test_custom_metadata_that_are_not_a_bundles_are_refused():
    assert isinstance(read_offer("x", None, 1), str)
    assert isinstance(read_offer("x", {"publisher": "P!", "sequence": 1, "kind": "full"}, 1), str)
    assert isinstance(read_offer("x", {"publisher": "p", "sequence": "1", "kind": "full"}, 1), str)
    assert isinstance(
        read_offer("x", {"publisher": "p", "sequence": 2, "kind": "delta", "base": 2}, 1), str
    )
    good = read_offer("x", {"publisher": "p", "sequence": 2, "kind": "delta", "base": 1}, 5)
    assert good == Offer("x", "p", 2, "delta", 1, 5)


def test_a_clock_before_the_feeds_signing_time_is_said(tmp_path, bundles, serve):
    import datetime as dt

    tomorrow = dt.datetime.now(dt.UTC) + dt.timedelta(days=1)  # or: this laptop's clock is late
    feed, _ = make_feed(tmp_path, bundles, [bundles.n1], now=tomorrow)
    cat = laptop(tmp_path, serve(feed), feed / "metadata/1.root.json")
    result = sync_at(cat)
    assert result.ok and installed(cat) == {"nordhaven": 1}
    (warning,) = result.warnings
    assert "this computer's clock says" in warning
    assert f"before the feed was signed ({tomorrow:%Y-%m-%d %H:%M} UTC)" in warning
