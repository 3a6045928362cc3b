"""A large bundle's pictures are checked by a helper process beside the import: the result is
the same as checking them all in one process, a bad picture the helper finds refuses the bundle,
and cancelling stops the helper."""

from __future__ import annotations

import hashlib
import io
import multiprocessing
import random
import time
import zipfile
from pathlib import Path

import pytest
from bundle_helpers import (
    build,
    helper_dying_at_start,
    helper_failing_at_start,
    make_keys,
    members,
    relist,
    replace_picture,
    synthetic_source,
    trusted_catalog,
    write_zip,
)
from PIL import Image
from support import run_cli_on_a_busy_machine, snapshot

from idguide.catalog import Interrupted, open_catalog, search, write
from idguide.catalog.bundles import errors as E
from idguide.catalog.bundles import imagecheck, imagefiles, import_bundle, verify_bundle

PRODUCTS = 30  # two pictures each


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    root = tmp_path_factory.mktemp("helper")
    private, public = make_keys(root / "keys")
    bundle = build(synthetic_source(root / "src", PRODUCTS), root / "b1.idgb", private, 1)
    return root, private, public, bundle


def helped(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Pictures are checked with the helper, in small batches; returns the pictures the helper
    staged (adopted by this process)."""
    monkeypatch.setattr(imagecheck, "HELP_FROM_BYTES", 0)
    monkeypatch.setattr(imagecheck, "BATCH", 3)
    monkeypatch.setattr(imagecheck, "helpers_allowed", lambda: True)
    adopted: list[str] = []
    adopt = imagefiles.Stager.adopt

    def spy(self, sha256):
        adopted.append(sha256)
        adopt(self, sha256)

    monkeypatch.setattr(imagefiles.Stager, "adopt", spy)
    return adopted


def wait_for_helper(monkeypatch: pytest.MonkeyPatch, claimed_all: bool) -> None:
    """This process starts on the pictures only once the helper has taken a batch (all of
    them, with ``claimed_all``): which process checks what is otherwise up to the scheduler."""
    finish = imagecheck.ImageCheck.finish

    def later(self, report):
        deadline = time.monotonic() + 30
        wanted = len(self.shas) if claimed_all else 1
        while self._next.value < wanted and time.monotonic() < deadline:
            time.sleep(0.01)
        return finish(self, report)

    monkeypatch.setattr(imagecheck.ImageCheck, "finish", later)


def rows(path: Path) -> dict:
    """What the import wrote, without the moment it wrote it (nor when the key was trusted)."""
    return {k: v for k, v in snapshot(path).items() if k not in ("bundles", "meta") and
            not k.startswith("trust")}  # fmt: skip


def test_two_processes_install_exactly_what_one_does(tmp_path, world, monkeypatch):
    _, _, public, bundle = world
    alone = trusted_catalog(tmp_path / "alone" / "catalog.db", public, "synthetic", ["synth"])
    with open_catalog(alone) as catalog:
        import_bundle(catalog, bundle)
    adopted = helped(monkeypatch)
    wait_for_helper(monkeypatch, claimed_all=False)
    both = trusted_catalog(tmp_path / "both" / "catalog.db", public, "synthetic", ["synth"])
    with open_catalog(both) as catalog:
        changes = import_bundle(catalog, bundle)
        assert len(changes.added) == PRODUCTS
        assert len(search(catalog, "gadget", limit=100).rows) == PRODUCTS
    assert adopted  # the helper checked and staged some of the pictures
    assert rows(both) == rows(alone)  # every row and every picture file the same
    assert not list((both.parent / "catalog.images").glob(".incoming-*"))  # nothing left over
    assert multiprocessing.active_children() == []


def test_an_import_with_the_helper_says_nothing_more_on_a_busy_machine(tmp_path, world):
    """`idguide import` of a large bundle (the helper forced here) ends with nothing on stderr,
    also when the machine runs its threads late: no resource tracker warning of a leaked
    semaphore."""
    _, _, public, bundle = world
    path = trusted_catalog(tmp_path / "catalog.db", public, "synthetic", ["synth"])
    force = (
        "from idguide.catalog.bundles import imagecheck\n"
        "imagecheck.HELP_FROM_BYTES, imagecheck.BATCH = 0, 3\n"
        "imagecheck.helpers_allowed = lambda: True\n"
    )
    done = run_cli_on_a_busy_machine(force, "--catalog", path, "import", bundle)
    assert (done.returncode, done.stderr) == (0, "")
    with open_catalog(path) as catalog:
        assert len(search(catalog, "gadget", limit=100).rows) == PRODUCTS


def _not_a_picture(bundle: Path, private: Path, out: Path) -> tuple[Path, str]:
    parts = members(bundle)
    last = sorted(name for name in parts if name.startswith("images/"))[-1]
    for n in range(100_000):  # one sorting after every picture: the helper's last batch
        body = b"#!/bin/sh\necho not a picture %d\n" % n * 10
        if "images/" + hashlib.sha256(body).hexdigest() > last:
            break
    bad = replace_picture(parts, last, body)
    return write_zip(out, relist(parts, private)), bad


def _damaged(bundle: Path, private: Path, out: Path) -> tuple[Path, str]:
    """A byte of the last picture flipped, as a bad copy would."""
    data = bytearray(bundle.read_bytes())
    with zipfile.ZipFile(bundle) as archive:
        info = max(
            (i for i in archive.infolist() if i.filename.startswith("images/")),
            key=lambda i: i.filename,
        )
    data[info.header_offset + 30 + len(info.filename) + len(info.extra) + 40] ^= 0x01
    out.write_bytes(bytes(data))
    return out, info.filename


def _changed(bundle: Path, private: Path, out: Path) -> tuple[Path, str]:
    """The last picture's bytes changed after signing (and compressed, as another ZIP tool
    might write it)."""
    parts = members(bundle)
    last = sorted(name for name in parts if name.startswith("images/"))[-1]
    parts[last] = parts[last][:-1] + bytes([parts[last][-1] ^ 1])
    return write_zip(out, parts), last


@pytest.mark.parametrize(
    ("make", "error", "message"),
    [
        (_not_a_picture, E.BundleImageError, "not a readable JPEG, PNG or WEBP picture"),
        (_damaged, E.CorruptBundleError, "is damaged (Bad CRC-32"),
        (_changed, E.HashMismatchError, "does not match its sha256 in the manifest"),
    ],
)
def test_a_bad_picture_the_helper_finds_refuses_the_bundle(
    tmp_path, world, monkeypatch, make, error, message
):
    """The helper reads and checks its pictures as this process does: each fault is refused
    with the same error, the catalogue untouched."""
    _, private, public, bundle = world
    hostile, bad = make(bundle, private, tmp_path / "hostile.idgb")
    helped(monkeypatch)
    wait_for_helper(monkeypatch, claimed_all=True)  # so the helper, not this process, finds it
    path = trusted_catalog(tmp_path / "catalog.db", public, "synthetic", ["synth"])
    before = snapshot(path)
    with open_catalog(path) as catalog, pytest.raises(error) as refused:
        import_bundle(catalog, hostile)
    assert message in str(refused.value)
    assert bad in str(refused.value) and "hostile.idgb" in str(refused.value)
    assert snapshot(path) == before
    assert multiprocessing.active_children() == []
    with pytest.raises(error):  # `bundle verify` finds it the same way
        verify_bundle(hostile)
    assert multiprocessing.active_children() == []


def test_cancelling_while_the_helper_checks_stops_it(tmp_path, world, monkeypatch):
    _, _, public, bundle = world
    helped(monkeypatch)
    wait_for_helper(monkeypatch, claimed_all=False)
    path = trusted_catalog(tmp_path / "catalog.db", public, "synthetic", ["synth"])
    before = snapshot(path)

    def cancel(done, total, label):
        if label == "Checking images":
            raise Interrupted()

    with open_catalog(path) as catalog, pytest.raises(Interrupted):
        import_bundle(catalog, bundle, cancel)
    assert snapshot(path) == before
    assert multiprocessing.active_children() == []


@pytest.mark.parametrize(
    "stop_at", [None, "Indexing", "Checking images", "Storing images", "Saving"]
)
def test_the_index_built_inside_the_transaction_goes_in_only_with_the_commit(
    tmp_path, world, monkeypatch, stop_at
):
    """A large change rebuilds the search index while the helper checks pictures, before the
    commit; an update refused or cancelled at any later step leaves the index answering as
    before, with no half-built index left beside it."""
    _, private, public, bundle = world
    v2 = build(
        synthetic_source(tmp_path / "v2", PRODUCTS, 2, seed=3), tmp_path / "b2.idgb", private, 2
    )
    monkeypatch.setattr(write, "REBUILD_ABOVE", 0)  # rebuilt whole, as for a large bundle
    helped(monkeypatch)
    path = trusted_catalog(tmp_path / "catalog.db", public, "synthetic", ["synth"])
    with open_catalog(path) as catalog:
        import_bundle(catalog, bundle)
    before = snapshot(path)
    labels: list[str] = []

    def cancel(done, total, label):
        labels.append(label)
        if stop_at and label.startswith(stop_at):
            raise Interrupted()

    with open_catalog(path) as catalog:
        if stop_at is None:
            import_bundle(catalog, v2, cancel)
        else:
            with pytest.raises(Interrupted):
                import_bundle(catalog, v2, cancel)
        assert catalog.index_is_current()  # nothing to repair at the next start
        found = {word: len(search(catalog, word, limit=100).rows) for word in ("rev1", "rev2")}
    assert any(label.startswith("Indexing") for label in labels)  # the rebuild happened here
    assert multiprocessing.active_children() == []
    assert list(tmp_path.glob("catalog.index.*")) == []  # no half-built index left beside it
    if stop_at is None:
        assert found == {"rev1": 0, "rev2": PRODUCTS}
        assert snapshot(path) != before
    else:
        assert found == {"rev1": PRODUCTS, "rev2": 0}
        assert snapshot(path) == before


def spy_orders(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many pictures each order sent to a helper named; the list starts with "started"
    for each helper process started."""
    sent: list = []
    send, start = imagecheck.Helper.send, imagecheck.Helper.start

    def spy_send(self, order):
        sent.append(len(order[1]) // 64)
        send(self, order)

    def spy_start(self):
        sent.append("started")
        return start(self)

    monkeypatch.setattr(imagecheck.Helper, "send", spy_send)
    monkeypatch.setattr(imagecheck.Helper, "start", spy_start)
    return sent


def test_a_refused_bundle_stops_the_helper_before_it_reads_a_picture(tmp_path, world, monkeypatch):
    """The helper is started before the bundle is opened, but is told which pictures to read
    only once the signature has been checked with the trusted key."""
    _, _, _, bundle = world
    helped(monkeypatch)
    sent = spy_orders(monkeypatch)
    _, other = make_keys(tmp_path / "other-keys")
    path = trusted_catalog(tmp_path / "catalog.db", other, "synthetic", ["synth"])
    before = snapshot(path)
    with open_catalog(path) as catalog, pytest.raises(E.SignatureError):
        import_bundle(catalog, bundle)
    assert sent == ["started"]  # and given no picture
    assert snapshot(path) == before
    assert multiprocessing.active_children() == []
    assert not (tmp_path / "catalog.images").exists() or not any(
        (tmp_path / "catalog.images").iterdir()
    )


def test_a_file_that_is_no_bundle_stops_the_helper_started_for_it(tmp_path, monkeypatch):
    helped(monkeypatch)
    sent = spy_orders(monkeypatch)
    junk = tmp_path / "junk.idgb"
    junk.write_bytes(random.Random(5).randbytes(300_000))
    path = trusted_catalog(tmp_path / "catalog.db", make_keys(tmp_path / "k")[1])
    before = snapshot(path)
    with open_catalog(path) as catalog, pytest.raises(E.NotABundleError) as refused:
        import_bundle(catalog, junk)
    assert "junk.idgb" in str(refused.value)
    assert sent == ["started"]
    assert snapshot(path) == before
    assert multiprocessing.active_children() == []


def test_a_bundle_of_a_single_batch_of_pictures_needs_no_helper(tmp_path, world, monkeypatch):
    _, _, public, bundle = world
    adopted = helped(monkeypatch)
    monkeypatch.setattr(imagecheck, "BATCH", 2 * PRODUCTS)  # every picture in one batch
    sent = spy_orders(monkeypatch)
    path = trusted_catalog(tmp_path / "catalog.db", public, "synthetic", ["synth"])
    with open_catalog(path) as catalog:
        assert len(import_bundle(catalog, bundle).added) == PRODUCTS
    assert sent == ["started"] and adopted == []
    assert multiprocessing.active_children() == []


def test_the_helper_is_sent_every_picture_once_the_signature_is_checked(
    tmp_path, world, monkeypatch
):
    _, _, public, bundle = world
    helped(monkeypatch)
    sent = spy_orders(monkeypatch)
    path = trusted_catalog(tmp_path / "catalog.db", public, "synthetic", ["synth"])
    with open_catalog(path) as catalog:
        import_bundle(catalog, bundle)
    assert sent == ["started", 2 * PRODUCTS]


@pytest.mark.parametrize("helper", [helper_failing_at_start, helper_dying_at_start])
def test_a_helper_that_fails_as_it_starts_leaves_every_picture_to_this_process(
    tmp_path, world, monkeypatch, helper
):
    _, _, public, bundle = world
    alone = trusted_catalog(tmp_path / "alone" / "catalog.db", public, "synthetic", ["synth"])
    with open_catalog(alone) as catalog:
        import_bundle(catalog, bundle)
    adopted = helped(monkeypatch)
    monkeypatch.setattr(imagecheck, "help_check", helper)
    path = trusted_catalog(tmp_path / "both" / "catalog.db", public, "synthetic", ["synth"])
    with open_catalog(path) as catalog:
        assert len(import_bundle(catalog, bundle).added) == PRODUCTS
    assert adopted == []  # no picture came from the helper
    assert rows(path) == rows(alone)
    assert multiprocessing.active_children() == []


def test_writing_entries_in_batches_installs_what_one_at_a_time_does(tmp_path, world, monkeypatch):
    """Entries are written a batch at a time (one statement per table and batch); a new bundle
    and an update of it give the same rows and the same changes as writing one at a time."""
    _, private, public, bundle = world
    update = synthetic_source(tmp_path / "v2", PRODUCTS, 2, seed=3)
    (update / "products" / "p3.yaml").unlink()  # withdrawn by the full update
    v2 = build(update, tmp_path / "b2.idgb", private, 2)
    results = {}
    for size in (1, 7):  # 7: several batches, the last one short
        monkeypatch.setattr(write, "WRITE_BATCH", size)
        path = trusted_catalog(tmp_path / f"b{size}" / "catalog.db", public, "synthetic", ["synth"])
        with open_catalog(path) as catalog:
            first, second = import_bundle(catalog, bundle), import_bundle(catalog, v2)
        results[size] = (rows(path), first.as_dict(), second.as_dict())
    assert results[7] == results[1]
    _, first, second = results[7]
    assert len(first["added"]) == PRODUCTS
    assert len(second["updated"]) == PRODUCTS - 1 and len(second["withdrawn"]) == 1


def _pictures(parts: dict[str, bytes]) -> dict[str, bytes]:
    return {n.removeprefix("images/"): body for n, body in parts.items() if n.startswith("images/")}


def _stored(path: Path) -> dict[str, bytes]:
    store = path.parent / "catalog.images"
    return {p.name: p.read_bytes() for p in store.glob("??/*")}


@pytest.mark.parametrize("store", ["new", "with its sub-folders"])
def test_only_the_pictures_the_entries_use_go_into_the_store(tmp_path, world, monkeypatch, store):
    """Staged pictures go into the store a sub-folder at a time when the store lacks that
    sub-folder, one by one when it has it; either way every picture an entry uses is there,
    byte for byte, and a picture the bundle lists but no entry uses is not, even when it was
    staged beside them."""
    _, private, public, bundle = world
    parts = members(bundle)
    used = _pictures(parts)
    prefixes = {sha[:2] for sha in used}
    for shade in range(100_000):  # a picture sharing a sub-folder with a used one
        picture = io.BytesIO()
        Image.new("L", (4 + shade // 256, 4), shade % 256).save(picture, "PNG")
        extra = hashlib.sha256(picture.getvalue()).hexdigest()
        if extra[:2] in prefixes and extra not in used:
            break
    parts[f"images/{extra}"] = picture.getvalue()
    listed = write_zip(tmp_path / "extra.idgb", relist(parts, private))
    helped(monkeypatch)
    path = trusted_catalog(tmp_path / "catalog.db", public, "synthetic", ["synth"])
    other = "f" * 64  # a picture of the officer's own, say: left where it is
    if store != "new":
        for prefix in prefixes | {other[:2]}:
            (path.parent / "catalog.images" / prefix).mkdir(parents=True)
        (path.parent / "catalog.images" / other[:2] / other).write_bytes(b"kept")
    with open_catalog(path) as catalog:
        import_bundle(catalog, listed)
    expected = dict(used, **({other: b"kept"} if store != "new" else {}))
    assert _stored(path) == expected
    assert not list((path.parent / "catalog.images").glob(".incoming-*"))


def test_a_frozen_program_starts_workers_only_once_its_entry_point_is_ready(monkeypatch):
    """A frozen program (the desktop build) is started again for each worker process; until
    its entry point has called multiprocessing.freeze_support() and said so, the picture
    helper and the search index workers stay off and the work is done in one process."""
    from idguide.catalog import frozen
    from idguide.catalog.finding import parallel

    monkeypatch.setattr(parallel, "PROCESSES", 2)
    monkeypatch.setattr(parallel.os, "cpu_count", lambda: 2)
    monkeypatch.setattr("sys.frozen", True, raising=False)
    assert not imagecheck.helpers_allowed()
    assert parallel.worker_count(parallel.PARALLEL_FROM) == 1
    monkeypatch.setattr(frozen, "READY", True)
    assert imagecheck.helpers_allowed()
    assert parallel.worker_count(parallel.PARALLEL_FROM) == 2
