"""The trust document: the administration's trust store travels with the feed, is applied
before the bundles, and never overrides what a laptop's administrator trusted by hand."""

from __future__ import annotations

import json

import pytest
from feed_helpers import installed, laptop, make_bundles, make_feed, sync_at

from idguide.catalog import open_catalog
from idguide.catalog.bundles import get_trust, trust_add, trust_list, trust_remove
from idguide.catalog.changes import NOTHING, OpChanges
from idguide.catalog.feed import apply_document, export_trust, publish_bundles, publish_trust
from idguide.catalog.feed.trustdoc import (
    Publisher,
    TrustDocument,
    TrustDocumentError,
    parse_document,
)


@pytest.fixture(scope="module")
def bundles(tmp_path_factory):
    return make_bundles(tmp_path_factory.mktemp("bundles"))


def origins(cat) -> dict[str, str]:
    with open_catalog(cat) as c:
        return {e.publisher_id: e.origin for e in trust_list(c)}


def hidden(cat, publisher) -> bool:
    with open_catalog(cat) as c:
        row = c.conn.execute("SELECT revoked FROM publishers WHERE id = ?", (publisher,))
        return bool(row.fetchone()[0])


def test_the_document_of_a_catalogue_lists_trusted_and_revoked_publishers(tmp_path, bundles):
    admin = bundles.admin_catalog(tmp_path / "admin.db")
    with open_catalog(admin) as c:  # a demo publisher's trust: never exported
        trust_add(c, bundles.cremelia_public, "demo-pub", all_brands=True, demo=True)
        c.conn.execute("INSERT INTO publishers (id, name, default_language, revoked) "
                       "VALUES ('oldpub', 'Old', 'en', 1)")  # fmt: skip
    document = export_trust(admin)
    assert [(p.id, p.brands, p.all_brands) for p in document.publishers] == [
        ("cremelia", ["cremelia"], False),
        ("nordhaven", ["nordiva"], False),
    ]
    assert document.revoked == ["oldpub"]
    data = json.loads(document.to_bytes())
    assert data["version"] == 1
    assert parse_document(document.to_bytes(), "doc") == document


@pytest.mark.parametrize(
    ("text", "why"),
    [
        (b"not json", "not JSON"),
        (b'{"publishers": []}', "no version"),
        (b'{"version": 2}', "this idguide reads version 1"),
        (b'{"version": 1, "publishers": [{"id": "x", "key": "AA==", "brands": "all"}]}',
         "is not the base64 of an Ed25519 public key"),
        (b'{"version": 1, "publishers": [{"id": "x", "key": "", "brands": []}]}',
         '"brands" must be "all" or a list'),
        (b'{"version": 1, "publishers": [], "revoked": ["Bad Id"]}', "is not a publisher id"),
    ],
)  # fmt: skip
def test_a_malformed_document_is_refused_with_a_reason(text, why):
    with pytest.raises(TrustDocumentError, match=why):
        parse_document(text, "trust.json")


def test_a_laptop_applies_the_document_before_the_bundles(tmp_path, bundles):
    feed, keys = make_feed(tmp_path, bundles, [bundles.n1, bundles.c1])
    cat = laptop(tmp_path, str(feed), feed / "metadata/1.root.json")
    first = sync_at(cat)
    assert first.ok and installed(cat) == {"cremelia": 1, "nordhaven": 1}
    assert origins(cat) == {"cremelia": "feed:hq", "nordhaven": "feed:hq"}
    assert sync_at(cat).trust == {}  # unchanged: not fetched or applied again

    # the administration revokes cremelia: its entries are hidden on the laptop
    admin = tmp_path / "feed-admin/catalog.db"
    with open_catalog(admin) as c:
        trust_remove(c, "cremelia")
    publish_trust(feed, admin, keys)
    result = sync_at(cat)
    assert result.trust["hq"].revoked == ["cremelia"]
    assert origins(cat) == {"nordhaven": "feed:hq"} and hidden(cat, "cremelia")
    # cremelia's entries left search and the lists: the app refreshes them
    assert result.trust["hq"].op_changes == OpChanges(trust=True, content=True, index=True)
    assert result.op_changes == OpChanges(trust=True, content=True, index=True, feeds=True)


def test_entries_trusted_by_hand_are_never_replaced(tmp_path, bundles):
    feed, keys = make_feed(tmp_path, bundles, [bundles.n1])
    cat = laptop(tmp_path, str(feed), feed / "metadata/1.root.json")
    with open_catalog(cat) as c:  # this laptop's administrator trusts nordhaven for all brands
        trust_add(c, bundles.nordhaven_public, "nordhaven", all_brands=True)
    result = sync_at(cat)
    assert result.ok
    assert result.trust["hq"].kept == ["nordhaven"] and result.trust["hq"].added == ["cremelia"]
    assert "trusted by hand; the hand-made entry stays" in result.warnings[0]
    with open_catalog(cat) as c:
        entry = get_trust(c, "nordhaven")
        assert entry.all_brands and entry.origin == ""

    # the feed drops both publishers: only its own entry goes
    admin = tmp_path / "feed-admin/catalog.db"
    with open_catalog(admin) as c:
        trust_remove(c, "nordhaven")
        trust_remove(c, "cremelia")
    publish_trust(feed, admin, keys)
    later = sync_at(cat)
    assert later.trust["hq"].revoked == ["cremelia"]
    assert origins(cat) == {"nordhaven": ""}
    assert not hidden(cat, "nordhaven")


def test_a_feed_entry_changed_by_hand_becomes_the_laptops_own(tmp_path, bundles):
    cat = tmp_path / "catalog.db"
    document = TrustDocument(
        [Publisher("nordhaven", _raw(bundles.nordhaven_public), ["nordiva"])], []
    )
    with open_catalog(cat) as c:
        applied = apply_document(c, document, "feed:hq")
        assert applied.added == ["nordhaven"] and applied.op_changes == OpChanges(trust=True)
        trust_add(c, bundles.nordhaven_public, "nordhaven", ["nordiva", "other"])  # by hand
        assert get_trust(c, "nordhaven").origin == ""
        empty = apply_document(c, TrustDocument([], []), "feed:hq")
        assert empty.revoked == [] and get_trust(c, "nordhaven") is not None
        assert empty.op_changes == NOTHING


def test_a_document_from_a_file_can_be_published(tmp_path, bundles):
    feed, keys = make_feed(tmp_path, bundles, [bundles.n1], trust=False)
    document = TrustDocument([Publisher("nordhaven", _raw(bundles.nordhaven_public), [], True)], [])
    doc_file = tmp_path / "trust.json"
    doc_file.write_bytes(document.to_bytes())
    publish_trust(feed, doc_file, keys)
    cat = laptop(tmp_path, str(feed), feed / "metadata/1.root.json")
    assert sync_at(cat).ok and installed(cat) == {"nordhaven": 1}
    publish_bundles(feed, [bundles.c1], keys)  # not in the document: refused on the laptop
    result = sync_at(cat)
    assert "'cremelia' is not in this laptop's trust store" in result.refused[0].reason


def _raw(public_key_path) -> str:
    import base64

    from idguide.catalog.bundles import load_public_key
    from idguide.catalog.bundles.keys import raw_public

    return base64.b64encode(raw_public(load_public_key(public_key_path))).decode()
