"""Fuzzing the bundle reader: whatever the bytes, it either reads the bundle or raises an
IdguideError (a clean refusal); never anything else."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from bundle_helpers import build, make_keys, members, relist, write_zip
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support import SAMPLE

from idguide.catalog.bundles import verify_bundle
from idguide.catalog.errors import IdguideError

FUZZ = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.fixture(scope="module")
def valid(tmp_path_factory) -> tuple[Path, Path, bytes]:
    root = tmp_path_factory.mktemp("fuzz")
    private, _ = make_keys(root / "keys")
    bundle = build(SAMPLE / "nordhaven", root / "valid.idgb", private)
    return root, private, bundle.read_bytes()


def _verify(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fuzzed.idgb"
        path.write_bytes(data)
        try:
            verify_bundle(path)
        except IdguideError as exc:
            assert "fuzzed.idgb" in str(exc) or str(exc)


@FUZZ
@given(st.binary(max_size=4096))
def test_arbitrary_bytes_are_refused_cleanly(data):
    _verify(data)


@FUZZ
@given(data=st.data())
def test_damaged_valid_bundles_are_refused_cleanly(valid, data):
    _, _, original = valid
    blob = bytearray(original)
    for _ in range(data.draw(st.integers(1, 8))):
        at = data.draw(st.integers(0, len(blob) - 1))
        action = data.draw(st.sampled_from(["flip", "cut", "insert", "zero"]))
        if action == "flip":
            blob[at] ^= data.draw(st.integers(1, 255))
        elif action == "cut":
            del blob[at : at + data.draw(st.integers(1, 64))]
        elif action == "insert":
            blob[at:at] = data.draw(st.binary(min_size=1, max_size=32))
        else:
            blob[at : at + 4] = b"\x00\x00\x00\x00"
        if not blob:
            break
    _verify(bytes(blob))


@FUZZ
@given(
    member=st.sampled_from(["entries.jsonl", "publisher.json", "image"]),
    edits=st.lists(st.tuples(st.integers(0, 10_000), st.binary(max_size=8)), max_size=6),
)
def test_signed_bundles_with_mangled_content_are_refused_cleanly(valid, member, edits):
    """The publisher's own key signs mangled content: the parsers behind the signature hold."""
    _, private, original = valid
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "source.idgb"
        source.write_bytes(original)
        parts = members(source)
        name = (
            next(n for n in sorted(parts) if n.startswith("images/"))
            if member == "image"
            else member
        )
        body = bytearray(parts[name])
        for at, replacement in edits:
            at %= max(len(body), 1)
            body[at : at + len(replacement)] = replacement
        parts[name] = bytes(body)
        _verify(write_zip(Path(folder) / "fuzzed.idgb", relist(parts, private)).read_bytes())


@FUZZ
@given(
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
        lambda inner: (
            st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4)
        ),
        max_leaves=30,
    )
)
def test_any_json_as_an_entry_is_refused_cleanly(valid, value):
    import json

    _, private, original = valid
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "source.idgb"
        source.write_bytes(original)
        parts = members(source)
        parts["entries.jsonl"] = json.dumps(value).encode() + b"\n"
        _verify(write_zip(Path(folder) / "fuzzed.idgb", relist(parts, private)).read_bytes())


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=40,
)


@pytest.fixture(scope="module")
def entry(valid) -> tuple[dict, object]:
    import json

    from idguide.catalog.bundles import entries

    root, _, original = valid
    path = root / "entry-source.idgb"
    path.write_bytes(original)
    parts = members(path)
    publisher = entries.read_publisher(json.loads(parts["publisher.json"]), "publisher.json")
    first = next(line for line in parts["entries.jsonl"].splitlines() if b'"features"' in line)
    return json.loads(first), publisher


@FUZZ
@given(data=st.data(), value=JSON_VALUES)
def test_an_entry_that_passes_its_checks_nests_within_the_limit(entry, data, value):
    """Entry lines are parsed without measuring their nesting (see format.parse): an entry
    whose fields all pass their checks must nest no deeper than the limit, whatever any field,
    or a feature's field, holds."""
    import copy

    from idguide.catalog.bundles import entries, format
    from idguide.catalog.bundles.errors import EntryError

    product, publisher = entry
    changed = copy.deepcopy(product)
    where = data.draw(st.sampled_from(["entry", "feature", "image"]))
    target = {"entry": changed, "feature": changed["features"][0], "image": changed["images"][0]}[
        where
    ]
    for level in range(data.draw(st.integers(0, format.MAX_JSON_DEPTH + 1))):
        value = [value] if level % 2 else {"en": value}  # deep enough to break the limit
    target[data.draw(st.sampled_from(sorted(target)))] = value
    try:
        entries.read_product(changed, "entries.jsonl line 1", publisher)
    except EntryError:
        return
    assert format.depth(changed) <= format.MAX_JSON_DEPTH
