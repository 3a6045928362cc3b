"""Publishing a feed: keys and thresholds, offering bundles, withdrawing, renewing the
timestamp, rotating keys; each step leaves the feed as laptops must find it."""

from __future__ import annotations

import datetime as dt
import importlib
import inspect
import json
import stat

import pytest
from bundle_helpers import members, write_zip
from feed_helpers import installed, laptop, make_feed, sync_at
from tuf.api.metadata import Metadata

from idguide.catalog import feed as feed_package
from idguide.catalog.feed import (
    Threshold,
    init_feed,
    parse_expiry,
    publish_bundles,
    refresh,
    rotate_root,
    withdraw,
)
from idguide.catalog.feed.errors import FeedKeyError, FeedRepositoryError
from idguide.catalog.feed.repo import FeedRepo


def versions(feed):
    repo = FeedRepo.open(feed)
    return (
        repo.root().signed.version,
        repo.targets().signed.version,
        repo.snapshot().signed.version,
        repo.timestamp().signed.version,
    )


def test_init_writes_the_first_root_and_private_keys(tmp_path):
    result = init_feed(tmp_path / "feed", tmp_path / "keys", passphrase=b"correct horse")
    assert result.root_file == tmp_path / "feed/metadata/1.root.json"
    assert result.encrypted
    names = sorted(path.name for path in result.key_files)
    assert names == ["root.key", "snapshot.key", "targets.key", "timestamp.key"]
    for path in result.key_files:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert b"ENCRYPTED PRIVATE KEY" in path.read_bytes()
    root = Metadata.from_file(str(result.root_file)).signed
    assert root.consistent_snapshot
    assert versions(tmp_path / "feed") == (1, 1, 1, 1)


def test_init_refuses_a_feed_or_keys_that_exist(tmp_path):
    init_feed(tmp_path / "feed", tmp_path / "keys")
    with pytest.raises(FeedRepositoryError, match="already holds a feed"):
        init_feed(tmp_path / "feed", tmp_path / "other-keys")
    with pytest.raises(FeedRepositoryError, match=r"root\.key already exists"):
        init_feed(tmp_path / "feed2", tmp_path / "keys")
    assert not (tmp_path / "feed2").exists()


def test_expiry_per_role_is_kept_and_checked(tmp_path):
    days = parse_expiry(["timestamp=1", "snapshot=2"])
    assert days == {"root": 365, "targets": 90, "snapshot": 2, "timestamp": 1}
    now = dt.datetime(2030, 1, 1, tzinfo=dt.UTC)
    init_feed(tmp_path / "feed", tmp_path / "keys", expiry_days=days, now=now)
    repo = FeedRepo.open(tmp_path / "feed")
    assert repo.timestamp().signed.expires == now + dt.timedelta(days=1)
    assert repo.root().signed.expires == now + dt.timedelta(days=365)
    for wrong in (["timestamp=40"], ["bogus=1"], ["root=0"], ["targets=x"]):
        with pytest.raises(FeedRepositoryError):
            parse_expiry(wrong)


def test_publish_checks_each_bundle_and_offers_them_with_custom_metadata(tmp_path, bundles):
    feed, keys = make_feed(tmp_path, bundles, [], trust=False)
    published = publish_bundles(feed, [bundles.n1, bundles.n2], keys)
    assert [(p.name, p.kind, p.base, p.new) for p in published] == [
        ("nordhaven-1-full.idgb", "full", None, True),
        ("nordhaven-2-from-1.idgb", "delta", 1, True),
    ]
    targets = FeedRepo.open(feed).targets().signed.targets
    info = targets["bundles/nordhaven-2-from-1.idgb"]
    assert info.custom["publisher"] == "nordhaven" and info.custom["sequence"] == 2
    assert info.custom["kind"] == "delta" and info.custom["base"] == 1
    sha = info.hashes["sha256"]
    assert (feed / f"targets/bundles/{sha}.nordhaven-2-from-1.idgb").read_bytes() == (
        bundles.n2.read_bytes()
    )
    before = versions(feed)
    again = publish_bundles(feed, [bundles.n1], keys)
    assert not again[0].new and versions(feed) == before  # nothing new: nothing signed


def test_publish_refuses_a_tampered_bundle_and_publishes_nothing(tmp_path, bundles):
    feed, keys = make_feed(tmp_path, bundles, [], trust=False)
    parts = members(bundles.n1)
    parts["manifest.sig"] = bytes(64)
    forged = write_zip(tmp_path / "forged.idgb", parts)
    before = versions(feed)
    with pytest.raises(FeedRepositoryError, match=r"invalid.*nothing was published"):
        publish_bundles(feed, [bundles.n2, forged], keys)
    assert versions(feed) == before
    assert not list(feed.glob("targets/**/*.idgb"))


def test_publish_refuses_another_bundle_under_an_offered_name(tmp_path, bundles):
    from bundle_helpers import build, bump, copy_source

    feed, keys = make_feed(tmp_path, bundles, [bundles.n3_full], trust=False)
    src = copy_source(tmp_path, "nordhaven")
    bump(src, "wrench.yaml", "revision: 2", "revision: 9")
    other = build(src, tmp_path / "other-3.idgb", bundles.folder / "nordhaven-keys/private.key", 3)
    with pytest.raises(FeedRepositoryError, match=r"already offered as nordhaven-3-full\.idgb"):
        publish_bundles(feed, [other], keys)


def test_publish_warns_when_the_feeds_trust_document_would_refuse_it(tmp_path, bundles):
    from bundle_helpers import build, copy_source, make_keys

    feed, keys = make_feed(tmp_path, bundles, [])
    stranger, _ = make_keys(tmp_path / "stranger")
    src = copy_source(tmp_path, "nordhaven")
    odd = build(src, tmp_path / "odd.idgb", stranger, 7)
    (item,) = publish_bundles(feed, [odd], keys)
    assert "laptops will refuse it" in item.warnings[0]


def test_withdraw_stops_offering_and_says_what_is_offered(tmp_path, bundles):
    feed, keys = make_feed(tmp_path, bundles, [bundles.n1, bundles.n2], trust=False)
    with pytest.raises(FeedRepositoryError, match=r"Offered: nordhaven-1-full\.idgb, nordhaven-2"):
        withdraw(feed, "nordhaven-9-full.idgb", keys)
    withdraw(feed, "bundles/nordhaven-2-from-1.idgb", keys)
    assert list(FeedRepo.open(feed).targets().signed.targets) == ["bundles/nordhaven-1-full.idgb"]


def test_refresh_signs_a_new_timestamp_and_renews_what_would_expire_first(tmp_path, bundles):
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    feed, keys = make_feed(tmp_path, bundles, [bundles.n1], trust=False, now=now)
    root, targets, snapshot, timestamp = versions(feed)
    result = refresh(feed, keys, now=now + dt.timedelta(days=1))
    assert result.renewed == ["timestamp"] and result.warnings == []
    assert versions(feed) == (root, targets, snapshot, timestamp + 1)
    # in 25 days the 30-day snapshot would expire before a 7-day timestamp: renewed too
    later = refresh(feed, keys, now=now + dt.timedelta(days=25))
    assert later.renewed == ["snapshot", "timestamp"]
    assert versions(feed) == (root, targets, snapshot + 1, timestamp + 2)
    much_later = refresh(feed, keys, now=now + dt.timedelta(days=350))
    assert much_later.renewed == ["targets", "snapshot", "timestamp"]
    assert "rotate-root" in much_later.warnings[0]  # the root expires within 30 days


def test_refresh_needs_only_the_timestamp_key(tmp_path, bundles):
    feed, keys = make_feed(tmp_path, bundles, [], trust=False)
    online = tmp_path / "timestamp-only"
    online.mkdir()
    (keys / "timestamp.key").rename(online / "timestamp.key")
    assert refresh(feed, online).renewed == ["timestamp"]
    needs = r"targets role needs 1 signature\(s\), but the key folder holds 0"
    with pytest.raises(FeedKeyError, match=needs):
        publish_bundles(feed, [bundles.n1], online)


def test_a_passphrase_protects_the_keys(tmp_path, bundles):
    feed, keys = tmp_path / "feed", tmp_path / "keys"
    init_feed(feed, keys, passphrase=b"correct horse")
    with pytest.raises(FeedKeyError, match="protected by a passphrase"):
        publish_bundles(feed, [bundles.n1], keys)
    with pytest.raises(FeedKeyError, match="the passphrase is wrong"):
        publish_bundles(feed, [bundles.n1], keys, passphrase=b"wrong horse")
    assert publish_bundles(feed, [bundles.n1], keys, passphrase=b"correct horse")[0].new


def test_a_threshold_needs_that_many_keys(tmp_path, bundles):
    feed, keys = tmp_path / "feed", tmp_path / "keys"
    init_feed(feed, keys, thresholds={"root": Threshold.parse("2/3")})
    root = FeedRepo.open(feed).root().signed
    assert root.roles["root"].threshold == 2 and len(root.roles["root"].keyids) == 3
    (keys / "root-1.key").unlink()
    (keys / "root-2.key").unlink()  # one of three left: short of the threshold
    with pytest.raises(FeedKeyError, match="must be signed by 2 key"):
        rotate_root(feed, keys, [])
    assert FeedRepo.open(feed).root_version() == 1
    for wrong in ("0", "3/2", "x"):
        with pytest.raises(FeedKeyError):
            Threshold.parse(wrong)


def test_a_rotated_root_reaches_laptops_and_the_old_key_is_retired(tmp_path, bundles):
    feed, keys = make_feed(tmp_path, bundles, [bundles.n1])
    cat = laptop(tmp_path, str(feed), feed / "metadata/1.root.json")
    assert sync_at(cat).ok
    old_root_key = (keys / "root.key").read_bytes()
    rotated = rotate_root(feed, keys, ["root", "timestamp"])
    assert rotated.version == 2 and (feed / "metadata/2.root.json").is_file()
    assert (rotated.retired / "root.key").read_bytes() == old_root_key
    publish_bundles(feed, [bundles.n2], keys)  # signed with the new timestamp key
    result = sync_at(cat)
    assert result.ok, result.refused
    assert installed(cat) == {"nordhaven": 2}
    trusted = json.loads((cat.parent / "catalog.feeds/hq/metadata/root.json").read_text())
    assert trusted["signed"]["version"] == 2
    with pytest.raises(FeedKeyError, match="must be signed by 1 key"):
        rotate_root(feed, rotated.retired)  # the retired root key no longer counts


def test_the_feed_package_offers_its_names_whatever_was_loaded_first():
    for name in feed_package.__all__:
        value = getattr(feed_package, name)
        assert not inspect.ismodule(value), f"idguide.catalog.feed.{name} is a module"
        assert getattr(importlib.import_module(value.__module__), name) is value
