"""The attacks The Update Framework guards against, each played by a bad mirror (a real local
web server, and a folder such as a USB stick): each is refused with a message that says what
happened, and the catalogue is left exactly as it was."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from feed_helpers import (
    PROXY_VARIABLES,
    FeedServer,
    installed,
    laptop,
    make_feed,
    sync_at,
    target_file,
)
from support import snapshot

from idguide.catalog import open_catalog
from idguide.catalog.bundles import import_bundle, trust_add
from idguide.catalog.feed import add_feed, get_feed, publish_bundles
from idguide.catalog.feed.errors import FeedSetupError

DELTA = "nordhaven-2-from-1.idgb"


@pytest.fixture(params=["http", "folder"])
def transport(request, monkeypatch):
    for name in PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    return request.param


@pytest.fixture
def mirror(tmp_path, bundles, transport):
    """A feed offering nordhaven 1, a laptop that synced it, then nordhaven 2 published: the
    mirror is now ready to misbehave on the laptop's next sync."""
    feed, keys = make_feed(tmp_path, bundles, [bundles.n1])
    server = FeedServer(feed) if transport == "http" else None
    source = server.url if server else str(feed)
    cat = laptop(tmp_path, source, feed / "metadata/1.root.json")
    assert sync_at(cat).ok
    old_metadata = shutil.copytree(feed / "metadata", tmp_path / "metadata-1")
    publish_bundles(feed, [bundles.n2], keys)
    yield Mirror(feed, keys, cat, server, old_metadata, source)
    if server:
        server.close()


class Mirror:
    def __init__(self, feed, keys, cat, server, old_metadata, source):
        self.feed, self.keys, self.cat, self.server = feed, keys, cat, server
        self.old_metadata, self.source = old_metadata, source

    def refused(self, **kw) -> str:
        """Sync; the one reason it was refused, after checking the catalogue did not change."""
        before = snapshot(self.cat)
        result = sync_at(self.cat, **kw)
        assert snapshot(self.cat) == before
        assert result.installed == [] and len(result.refused) == 1, result.refused
        return result.refused[0].reason

    def heals(self) -> None:
        """Once the mirror serves the real feed again, the next sync installs the update."""
        result = sync_at(self.cat)
        assert result.ok, result.refused
        assert installed(self.cat) == {"nordhaven": 2}


def test_a_bundle_altered_on_the_mirror_is_refused(mirror):
    path = target_file(mirror.feed, DELTA)
    genuine = path.read_bytes()
    middle = len(genuine) // 2
    path.write_bytes(genuine[:middle] + bytes([genuine[middle] ^ 1]) + genuine[middle + 1 :])
    reason = mirror.refused()
    assert DELTA in reason and "not the one the feed signed" in reason
    path.write_bytes(genuine)
    mirror.heals()


def test_older_metadata_than_the_laptop_has_are_refused(mirror):
    assert sync_at(mirror.cat).ok  # the laptop has seen the feed with nordhaven 2
    newer = shutil.copytree(mirror.feed / "metadata", mirror.feed.parent / "metadata-2")
    shutil.rmtree(mirror.feed / "metadata")
    shutil.copytree(mirror.old_metadata, mirror.feed / "metadata")  # a stale mirror: replay
    reason = mirror.refused()
    assert "offers older metadata than this laptop already has" in reason
    shutil.rmtree(mirror.feed / "metadata")
    shutil.copytree(newer, mirror.feed / "metadata")
    assert sync_at(mirror.cat).ok


def test_an_expired_timestamp_is_refused_and_says_since_when(tmp_path, bundles, transport):
    month_ago = dt.datetime.now(dt.UTC) - dt.timedelta(days=30)
    feed, _ = make_feed(tmp_path, bundles, [bundles.n2], now=month_ago)  # then frozen
    server = FeedServer(feed) if transport == "http" else None
    cat = laptop(tmp_path, server.url if server else str(feed), feed / "metadata/1.root.json")
    with open_catalog(cat) as c:  # installed before: it stays
        trust_add(c, bundles.nordhaven_public, "nordhaven", ["nordiva"])
        import_bundle(c, bundles.n1)
    before = snapshot(cat)
    result = sync_at(cat)
    if server:
        server.close()
    assert snapshot(cat) == before and installed(cat) == {"nordhaven": 1}
    (refused,) = result.refused
    expired = (month_ago + dt.timedelta(days=7)).strftime("%Y-%m-%d")
    assert f"has been out of date since {expired}" in refused.reason
    assert "Nothing new was installed; what is installed stays." in refused.reason
    state = get_feed(cat, "hq")
    assert state.out_of_date() and state.last_error == refused.reason


def test_a_snapshot_that_does_not_match_the_targets_is_refused(mirror):
    versions = [int(p.name.split(".")[0]) for p in mirror.feed.glob("metadata/*.targets.json")]
    newest = mirror.feed / "metadata" / f"{max(versions)}.targets.json"
    older = mirror.feed / "metadata" / f"{max(versions) - 1}.targets.json"
    genuine = newest.read_bytes()
    newest.write_bytes(older.read_bytes())  # the snapshot names version N; this is N-1
    reason = mirror.refused()
    assert "targets metadata do not fit the rest of the feed" in reason
    newest.write_bytes(genuine)
    mirror.heals()


def test_a_target_larger_than_the_metadata_say_is_refused(mirror, transport):
    path = target_file(mirror.feed, DELTA)
    genuine = path.read_bytes()
    if transport == "http":
        mirror.server.endless.add(DELTA)  # a server that never stops sending
    else:
        path.write_bytes(genuine + b"\0" * 1_000_000)
    before = snapshot(mirror.cat)
    result = sync_at(mirror.cat)
    assert snapshot(mirror.cat) == before
    (refused,) = result.refused
    assert refused.target == DELTA
    assert f"sent more than the {len(genuine)} bytes its signed metadata say" in refused.reason
    assert result.bytes_downloaded < 200_000  # it stopped reading at once
    mirror.server and mirror.server.endless.clear()
    path.write_bytes(genuine)
    mirror.heals()


def test_metadata_signed_by_a_key_the_root_does_not_list_are_refused(mirror):
    from securesystemslib.signer import CryptoSigner
    from tuf.api.metadata import Metadata

    path = mirror.feed / "metadata/timestamp.json"
    genuine = path.read_bytes()
    forged = Metadata.from_bytes(genuine)
    forged.signed.version += 1
    forged.signatures.clear()
    forged.sign(CryptoSigner(Ed25519PrivateKey.generate()))
    path.write_bytes(forged.to_bytes())
    reason = mirror.refused()
    assert "timestamp metadata are not signed by the keys of the root file" in reason
    path.write_bytes(genuine)
    mirror.heals()


def test_a_new_root_not_signed_by_the_old_root_key_is_refused(mirror):
    from securesystemslib.signer import CryptoSigner
    from tuf.api.metadata import Metadata

    forged = Metadata.from_file(str(mirror.feed / "metadata/1.root.json"))
    attacker = CryptoSigner(Ed25519PrivateKey.generate())
    for keyid in list(forged.signed.roles["root"].keyids):
        forged.signed.revoke_key(keyid, "root")
    forged.signed.add_key(attacker.public_key, "root")
    forged.signed.version = 2
    forged.signatures.clear()
    forged.sign(attacker)
    forged.to_file(str(mirror.feed / "metadata/2.root.json"))
    reason = mirror.refused()
    assert "root metadata are not signed by the keys of the root file" in reason


def test_a_root_file_that_is_not_the_administrations_is_refused(tmp_path, bundles, transport):
    feed, _ = make_feed(tmp_path, bundles, [bundles.n1])
    other, _ = make_feed(tmp_path, bundles, [], name="other")  # someone else's feed and keys
    server = FeedServer(feed) if transport == "http" else None
    cat = laptop(tmp_path, server.url if server else str(feed), other / "metadata/1.root.json")
    before = snapshot(cat)
    result = sync_at(cat)
    if server:
        server.close()
    assert snapshot(cat) == before
    (refused,) = result.refused
    assert "not signed by the keys of the root file this laptop was given" in refused.reason
    assert "not your administration's" in refused.reason


def test_a_file_that_is_no_root_cannot_be_added(tmp_path, bundles):
    feed, _ = make_feed(tmp_path, bundles, [], trust=False)
    cat = tmp_path / "catalog.db"
    for wrong, why in [
        (feed / "metadata/timestamp.json", "it is timestamp metadata"),
        (bundles.n1, "is not a feed's root file"),
        (tmp_path / "missing.json", "Cannot read the root file"),
    ]:
        with pytest.raises(FeedSetupError, match=why):
            add_feed(cat, str(feed), wrong)
    assert not cat.exists()


@pytest.mark.parametrize("transport", ["http"], indirect=True)  # a folder has no server
def test_a_server_that_stops_mid_download_is_resumed_next_time(mirror):
    server, size = mirror.server, target_file(mirror.feed, DELTA).stat().st_size
    half = size // 2
    server.truncate[DELTA] = half
    reason = mirror.refused()
    assert f"stopped after {half} of {size} bytes; the next sync resumes it" in reason
    partial = mirror.cat.parent / "catalog.feeds/hq/cache/partial"
    assert [p.stat().st_size for p in partial.glob(f"*.{DELTA}")] == [half]
    server.truncate.clear()
    mirror.heals()
    assert server.sent(DELTA) == [("", half), (f"bytes={half}-", size - half)]


# How long the laptop waits for a silent server before it gives up, in this test: every other
# answer of the sync (from a server in this process) must come sooner, on a loaded machine too.
STALL_S = 2


@pytest.mark.parametrize("transport", ["http"], indirect=True)
def test_a_server_that_stalls_mid_download_is_resumed_next_time(mirror):
    server, size = mirror.server, target_file(mirror.feed, DELTA).stat().st_size
    third = size // 3
    server.stall[DELTA] = third
    reason = mirror.refused(timeout=STALL_S)
    assert f"stopped after {third} of {size} bytes" in reason
    server.stall.clear()
    mirror.heals()
    assert server.sent(DELTA)[-1] == (f"bytes={third}-", size - third)


def test_a_cancelled_sync_changes_nothing_and_the_next_one_completes(mirror):
    from idguide.catalog.errors import Interrupted

    def cancel(done, total, label):
        if label == f"Fetching {DELTA}":
            raise Interrupted()

    before = snapshot(mirror.cat)
    with pytest.raises(Interrupted):
        sync_at(mirror.cat, progress=cancel)
    assert snapshot(mirror.cat) == before
    mirror.heals()
