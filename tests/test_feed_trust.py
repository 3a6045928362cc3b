"""The trust document: the administration's whole trust store (keys, revoked keys, names,
brands, GS1 prefixes, licences) travels with the feed, is applied before the bundles, and never
overrides what a laptop's administrator trusted by hand."""

from __future__ import annotations

import base64
import json

import pytest
from bundle_helpers import make_keys
from feed_helpers import installed, laptop, make_feed, sync_at
from support import WRENCH, run_cli

from idguide.catalog import open_catalog, search
from idguide.catalog.bundles import (
    get_trust,
    load_public_key,
    revoke_key,
    trust_add,
    trust_list,
    trust_remove,
)
from idguide.catalog.bundles.demokey import demo_public_key
from idguide.catalog.bundles.errors import TrustError
from idguide.catalog.bundles.keys import key_id, raw_public
from idguide.catalog.changes import NOTHING, OpChanges
from idguide.catalog.feed import apply_document, export_trust, publish_bundles, publish_trust
from idguide.catalog.feed.trustdoc import TrustDocument, TrustDocumentError, parse_document


def origins(cat) -> dict[str, str]:
    with open_catalog(cat) as c:
        return {e.publisher_id: e.origin for e in trust_list(c)}


def hidden(cat, publisher) -> bool:
    with open_catalog(cat) as c:
        row = c.conn.execute("SELECT revoked FROM publishers WHERE id = ?", (publisher,))
        return bool(row.fetchone()[0])


def key_of(public_key_path) -> dict:
    raw = raw_public(load_public_key(public_key_path))
    return {"key_id": key_id(load_public_key(public_key_path)),
            "public_key": base64.b64encode(raw).decode()}  # fmt: skip


def document(*publishers: dict, revoked_keys: tuple = ()) -> TrustDocument:
    data = {"version": 2, "publishers": list(publishers), "revoked_keys": list(revoked_keys)}
    return TrustDocument.from_data(data)


def test_the_document_of_a_catalogue_carries_the_whole_trust_store(tmp_path, bundles):
    admin = bundles.admin_catalog(tmp_path / "admin.db")
    _, new_key = make_keys(tmp_path / "new-key")
    old_key = key_of(bundles.nordhaven_public)["key_id"]
    with open_catalog(admin) as c:  # a demo publisher's trust: never exported
        trust_add(c, demo_public_key(), "demo-pub", all_brands=True, demo=True)
        trust_add(c, new_key, "nordhaven", ["nordiva=Nordiva"], name="Nordhaven Tools",
                  prefixes=["4006381"])  # fmt: skip
        trust_add(c, None, "cremelia", licensed_by=["nordhaven"])
        revoke_key(c, old_key)
    found = export_trust(admin)
    data = json.loads(found.to_bytes())
    assert data["version"] == 2
    nordhaven = next(p for p in data["publishers"] if p["id"] == "nordhaven")
    assert [k["key_id"] for k in nordhaven["keys"]] == [key_of(new_key)["key_id"]]
    assert (nordhaven["name"], nordhaven["brands"], nordhaven["gs1_prefixes"]) == (
        "Nordhaven Tools",
        [{"id": "nordiva", "name": "Nordiva"}],
        ["4006381"],
    )
    cremelia = next(p for p in data["publishers"] if p["id"] == "cremelia")
    assert cremelia["licensed_by"] == ["nordhaven"]
    assert [p["id"] for p in data["publishers"]] == ["cremelia", "nordhaven"]  # no demo
    assert found.revoked_keys == [old_key]
    assert parse_document(found.to_bytes(), "doc") == found


NORDHAVEN_1 = b'"id": "nordhaven", "key": "AA==", "brands": "all"'


@pytest.mark.parametrize(
    ("text", "why"),
    [
        (b"not json", "not valid JSON"),
        (b'{"publishers": []}', "no version"),
        (b'{"version": 3}', "this idguide reads versions 1 and 2"),
        (b'{"version": 2, "version": 2}', "appears twice"),
        (b'{"version": 1, "publishers": [{' + NORDHAVEN_1 + b"}]}",
         "is not the base64 of an Ed25519 public key"),
        (b'{"version": 1, "publishers": [{"id": "x", "key": "", "brands": []}]}',
         '"brands" must be "all" or a list'),
        (b'{"version": 1, "publishers": [], "revoked": ["Bad Id"]}', "is not a publisher id"),
        (b'{"version": 2, "publishers": [{"id": "x", "keys": [{"key_id": "00", "public_key": '
         b'"ebVWLo/mVPlAeLES6KmLp5AfhTrmlb7X4OORC60ElmQ="}]}]}', "with that fingerprint"),
        (b'{"version": 2, "publishers": [{"id": "demo-x"}]}', "is a demo id"),
        (b'{"version": 2, "publishers": [{"id": "a", "brands": [{"id": "b"}]}, '
         b'{"id": "c", "brands": [{"id": "b"}]}]}', "binds brand 'b' to two publishers"),
        (b'{"version": 2, "publishers": [{"id": "a", "name": "\\u202eevil"}]}', "'name'"),
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

    # the administration revokes cremelia: its entries are hidden on the laptop, its key too
    admin = tmp_path / "feed-admin/catalog.db"
    with open_catalog(admin) as c:
        trust_remove(c, "cremelia")
    publish_trust(feed, admin, keys)
    result = sync_at(cat)
    assert result.trust["hq"].revoked == ["cremelia"]
    assert result.trust["hq"].revoked_keys == [key_of(bundles.cremelia_public)["key_id"]]
    assert hidden(cat, "cremelia")
    with open_catalog(cat) as c:
        assert get_trust(c, "cremelia").revoked and not get_trust(c, "nordhaven").revoked
    # cremelia's entries left search and the lists: the app refreshes them
    assert result.trust["hq"].op_changes == OpChanges(trust=True, content=True, index=True)
    assert result.op_changes == OpChanges(trust=True, content=True, index=True, feeds=True)


def test_a_key_the_feed_revokes_is_revoked_on_the_laptop(tmp_path, bundles, capsys):
    feed, keys = make_feed(tmp_path, bundles, [bundles.n1])
    cat = laptop(tmp_path, str(feed), feed / "metadata/1.root.json")
    assert sync_at(cat).ok and installed(cat) == {"nordhaven": 1}

    # the administration changes nordhaven's key and revokes the old one (it was stolen)
    _, new_key = make_keys(tmp_path / "new-key")
    old = key_of(bundles.nordhaven_public)["key_id"]
    admin = tmp_path / "feed-admin/catalog.db"
    with open_catalog(admin) as c:
        trust_add(c, new_key, "nordhaven")
        revoke_key(c, old)
    publish_trust(feed, admin, keys)
    publish_bundles(feed, [bundles.n2], keys)  # signed with the revoked key
    result = sync_at(cat)
    assert result.trust["hq"].revoked_keys == [old]
    assert result.trust["hq"].replaced == ["nordhaven"]
    (refused,) = result.refused
    assert "revoked" in refused.reason and installed(cat) == {"nordhaven": 1}
    with open_catalog(cat) as c:
        assert [k.key_id for k in get_trust(c, "nordhaven").keys] == [key_of(new_key)["key_id"]]
        assert search(c, "nordiva").rows == []  # what the revoked key signed is hidden
        with pytest.raises(TrustError, match="a revoked key stays revoked"):
            trust_add(c, bundles.nordhaven_public, "nordhaven")  # not even by hand
    _, out, _ = run_cli(capsys, "--catalog", cat, "show", WRENCH, "--json")
    assert json.loads(out)["provenance"]["key_revoked"]


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

    # the feed drops both publishers (revoking their keys): only its own entry goes
    admin = tmp_path / "feed-admin/catalog.db"
    with open_catalog(admin) as c:
        trust_remove(c, "nordhaven")
        trust_remove(c, "cremelia")
    publish_trust(feed, admin, keys)
    later = sync_at(cat)
    assert later.trust["hq"].revoked == ["cremelia"] and later.trust["hq"].kept == ["nordhaven"]
    assert later.trust["hq"].revoked_keys == [key_of(bundles.cremelia_public)["key_id"]]
    assert any("revokes key" in warning for warning in later.warnings)
    assert origins(cat) == {"cremelia": "feed:hq", "nordhaven": ""}
    assert not hidden(cat, "nordhaven")
    with open_catalog(cat) as c:  # nordhaven's key stays trusted here
        assert get_trust(c, "nordhaven").key_ids() == {key_of(bundles.nordhaven_public)["key_id"]}


def test_a_feed_never_takes_a_brand_prefix_or_name_bound_by_hand(tmp_path, bundles):
    _, other = make_keys(tmp_path / "other")
    cat = tmp_path / "catalog.db"
    nordhaven = {"id": "nordhaven", "keys": [key_of(bundles.nordhaven_public)],
                 "brands": [{"id": "nordiva", "name": "Nordiva"}]}  # fmt: skip
    with open_catalog(cat) as c:
        trust_add(c, other, "toolmaker", ["nordiva=Nordiva"])  # by hand: the brand is its own
        found = apply_document(c, document(nordhaven), "feed:hq")
        assert (found.kept, found.added) == (["nordhaven"], [])
        assert "brand 'nordiva', which 'toolmaker' holds (by hand)" in found.warnings[0]
        assert get_trust(c, "nordhaven") is None
        trust_add(c, None, "toolmaker", ["tools=Toolmaker"], prefixes=["4006381"])
        for clash, said in (
            ({"gs1_prefixes": ["4006381"]}, "GS1 prefix 4006381, bound to 'toolmaker'"),
            ({"name": "T00LMAKER"}, "'T00LMAKER', which looks the same as a name of 'toolmaker'"),
        ):
            found = apply_document(c, document({**nordhaven, **clash}), "feed:hq")
            assert found.kept == ["nordhaven"] and said in found.warnings[0]
            assert get_trust(c, "nordhaven") is None
        assert get_trust(c, "toolmaker").brand_names == {"tools": "Toolmaker"}


def test_a_feed_entry_changed_by_hand_becomes_the_laptops_own(tmp_path, bundles):
    cat = tmp_path / "catalog.db"
    nordhaven = {"id": "nordhaven", "keys": [key_of(bundles.nordhaven_public)],
                 "brands": [{"id": "nordiva"}]}  # fmt: skip
    with open_catalog(cat) as c:
        applied = apply_document(c, document(nordhaven), "feed:hq")
        assert applied.added == ["nordhaven"] and applied.op_changes == OpChanges(trust=True)
        assert get_trust(c, "nordhaven").origin == "feed:hq"
        trust_add(c, bundles.nordhaven_public, "nordhaven", ["nordiva", "other"])  # by hand
        assert get_trust(c, "nordhaven").origin == ""
        empty = apply_document(c, document(), "feed:hq")
        assert empty.revoked == [] and not get_trust(c, "nordhaven").revoked
        assert empty.op_changes == NOTHING


def test_a_document_from_a_file_can_be_published(tmp_path, bundles):
    feed, keys = make_feed(tmp_path, bundles, [bundles.n1], trust=False)
    nordhaven = {"id": "nordhaven", "keys": [key_of(bundles.nordhaven_public)], "all_brands": True}
    doc_file = tmp_path / "trust.json"
    doc_file.write_bytes(document(nordhaven).to_bytes())
    publish_trust(feed, doc_file, keys)
    cat = laptop(tmp_path, str(feed), feed / "metadata/1.root.json")
    assert sync_at(cat).ok and installed(cat) == {"nordhaven": 1}
    publish_bundles(feed, [bundles.c1], keys)  # not in the document: refused on the laptop
    result = sync_at(cat)
    assert "'cremelia' is not in this laptop's trust store" in result.refused[0].reason


def test_a_version_1_document_is_read(tmp_path, bundles):
    """Written by the idguide before trust stores held more: one key per publisher, brand ids,
    revoked publishers. A laptop updated before the administration's machine keeps syncing."""
    feed, keys = make_feed(tmp_path, bundles, [bundles.n1, bundles.c1], trust=False)
    raw = key_of(bundles.nordhaven_public)["public_key"]
    version_1 = {"version": 1, "publishers": [
        {"id": "nordhaven", "key": raw, "brands": ["nordiva"]},
        {"id": "cremelia", "key": key_of(bundles.cremelia_public)["public_key"],
         "brands": "all"}]}  # fmt: skip
    doc_file = tmp_path / "trust.json"
    doc_file.write_text(json.dumps(version_1))
    publish_trust(feed, doc_file, keys)
    cat = laptop(tmp_path, str(feed), feed / "metadata/1.root.json")
    assert sync_at(cat).ok and installed(cat) == {"cremelia": 1, "nordhaven": 1}
    with open_catalog(cat) as c:
        assert get_trust(c, "nordhaven").brand_names == {"nordiva": "Nordiva"}  # from its bundle
        assert get_trust(c, "cremelia").all_brands
    version_1 = {**version_1, "publishers": version_1["publishers"][:1], "revoked": ["cremelia"]}
    doc_file.write_text(json.dumps(version_1))
    publish_trust(feed, doc_file, keys)
    result = sync_at(cat)
    assert result.trust["hq"].revoked == ["cremelia"] and hidden(cat, "cremelia")
    assert result.trust["hq"].revoked_keys == [key_of(bundles.cremelia_public)["key_id"]]
    assert json.loads(next(feed.glob("targets/*.trust.json")).read_text())["version"] == 2


def test_names_a_laptop_bound_from_a_bundle_stay_when_the_document_gives_none(tmp_path, bundles):
    """The administration's catalogue often never installs a publisher's bundles, so its
    document gives no names; the names the laptop bound from the first bundle stay bound (a
    later bundle cannot rename the brand), and a name the document gives binds."""
    feed, keys = make_feed(tmp_path, bundles, [bundles.n1])
    cat = laptop(tmp_path, str(feed), feed / "metadata/1.root.json")
    assert sync_at(cat).ok
    with open_catalog(cat) as c:
        bound = get_trust(c, "nordhaven")
        assert bound.name and bound.brand_names["nordiva"] == "Nordiva"
    admin = tmp_path / "feed-admin/catalog.db"
    with open_catalog(admin) as c:  # a change to nordhaven that says nothing of its names
        trust_add(c, None, "nordhaven", prefixes=["4006381"])
        assert get_trust(c, "nordhaven").name == ""
    publish_trust(feed, admin, keys)
    assert sync_at(cat).trust["hq"].replaced == ["nordhaven"]
    with open_catalog(cat) as c:
        entry = get_trust(c, "nordhaven")
        assert (entry.name, entry.brand_names) == (bound.name, {"nordiva": "Nordiva"})
        assert entry.prefixes == ["4006381"]
    with open_catalog(admin) as c:
        trust_add(c, None, "nordhaven", ["nordiva=Nordiva Pro"], name="Nordhaven AB")
    publish_trust(feed, admin, keys)
    sync_at(cat)
    with open_catalog(cat) as c:
        entry = get_trust(c, "nordhaven")
        assert (entry.name, entry.brand_names) == ("Nordhaven AB", {"nordiva": "Nordiva Pro"})
