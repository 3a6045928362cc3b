"""A corpus of hostile and wrong bundles: each is refused with its own error, a message that
names the problem and the file, no traceback, the catalogue and notes exactly as they were, and
nothing written outside the catalogue's folder."""

from __future__ import annotations

import io
import json
import os
import shutil
import struct
import subprocess
import sys
import warnings
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from bundle_helpers import (
    build,
    bump,
    copy_source,
    make_keys,
    manifest,
    members,
    relist,
    replace_picture,
    resign,
    write_stored_zip,
    write_zip,
)
from PIL import Image
from support import SAMPLE, snapshot

from idguide.catalog import open_catalog, set_note
from idguide.catalog.bundles import (
    errors,
    format,
    import_bundle,
    load_private_key,
    trust_add,
    verify_bundle,
)
from idguide.cli import main


@dataclass
class World:
    root: Path
    private: Path  # nordhaven's key, trusted for brand nordiva
    other: Path  # a key nobody trusts
    n1: Path  # nordhaven sequence 1 (full)
    n2: Path  # nordhaven sequence 2 (full), installed
    valid: Path  # nordhaven sequence 3 (full): what every case starts from

    def src(self, tmp_path: Path) -> Path:
        return copy_source(tmp_path)


@pytest.fixture(scope="module")
def world(tmp_path_factory) -> World:
    root = tmp_path_factory.mktemp("world")
    private, public = make_keys(root / "nordhaven-keys")
    other, _ = make_keys(root / "other-keys")
    cremelia_private, cremelia_public = make_keys(root / "cremelia-keys")
    n1 = build(SAMPLE / "nordhaven", root / "n1.idgb", private, 1)
    n2 = build(SAMPLE / "nordhaven", root / "n2.idgb", private, 2)
    valid = build(SAMPLE / "nordhaven", root / "n3.idgb", private, 3)
    c1 = build(SAMPLE / "cremelia", root / "c1.idgb", cremelia_private, 1)
    with open_catalog(root / "cat" / "catalog.db") as cat:
        trust_add(cat, public, "nordhaven", ["nordiva"])
        trust_add(cat, cremelia_public, "cremelia", ["cremelia"])
        import_bundle(cat, n2)
        import_bundle(cat, c1)
        set_note(cat, "nordiva-wrench-tw200", "seen at gate 4")
        set_note(cat, "cremelia-creme-rosa", "lot 88 suspicious")
    return World(root, private, other, n1, n2, valid)


# -- how each hostile bundle is made --------------------------------------------------------


def _image_name(parts: dict[str, bytes]) -> str:
    return next(name for name in sorted(parts) if name.startswith("images/"))


def _raw_zip(path: Path, entries: list[tuple[zipfile.ZipInfo | str, bytes]]) -> Path:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about duplicate names
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, body in entries:
                archive.writestr(name, body)
    return path


def _with_image(w: World, out: Path, body: bytes) -> Path:
    """The valid bundle with one picture replaced (named, listed and signed as it should be)."""
    parts = members(w.valid)
    replace_picture(parts, _image_name(parts), body)
    return write_zip(out, relist(parts, w.private))


def _with_entries(w: World, out: Path, text: bytes) -> Path:
    parts = members(w.valid)
    parts["entries.jsonl"] = text
    return write_zip(out, relist(parts, w.private))


def _with_manifest(w: World, out: Path, **changes: object) -> Path:
    parts = members(w.valid)
    data = {**manifest(parts), **changes}
    return write_zip(out, resign(parts, w.private, data))


def flipped_byte(w, out, tmp):
    data = bytearray(w.valid.read_bytes())
    with zipfile.ZipFile(w.valid) as archive:
        info = next(i for i in archive.infolist() if i.filename.startswith("images/"))
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    data[start + info.compress_size // 2] ^= 0x40
    out.write_bytes(bytes(data))
    return out


def local_header_names_another(w, out, tmp):
    """The central directory lists a picture, but its local header names another file: the
    bytes that follow are not known to be that picture's."""
    parts = members(w.valid)
    name = _image_name(parts)
    return write_stored_zip(out, parts, local_name={name: name[:-1] + "0"})


def picture_under_another_name(w, out, tmp):
    """A picture listed under another picture's sha256 (its own in the manifest): installed,
    it would stand in for that picture wherever it is used, by any publisher."""
    parts = members(w.valid)
    names = sorted(n for n in parts if n.startswith("images/"))
    parts[names[0]] = parts[names[1]]
    return write_zip(out, relist(parts, w.private))


def truncated(w, out, tmp):
    out.write_bytes(w.valid.read_bytes()[: w.valid.stat().st_size // 2])
    return out


def empty(w, out, tmp):
    out.write_bytes(b"")
    return out


def random_bytes(w, out, tmp):
    out.write_bytes(os.urandom(5000))
    return out


def wrong_key(w, out, tmp):
    return build(SAMPLE / "nordhaven", out, w.other, 3)


def tampered_manifest(w, out, tmp):
    parts = members(w.valid)
    parts["manifest.json"] = parts["manifest.json"].replace(b'"sequence":3', b'"sequence":9')
    return write_zip(out, parts)


def short_signature(w, out, tmp):
    parts = members(w.valid)
    parts["manifest.sig"] = b"\x00" * 10
    return write_zip(out, parts)


def unknown_publisher(w, out, tmp):
    src = w.src(tmp)
    (src / "publisher.yaml").write_text(
        (src / "publisher.yaml").read_text().replace("id: nordhaven", "id: ghost-tools")
    )
    return build(src, out, w.private, 1)


def cross_publisher(w, out, tmp):
    src = w.src(tmp)
    bump(src, "pliers.yaml", "id: nordiva-pliers-p8", "id: cremelia-creme-rosa")
    return build(src, out, w.private, 3)


def cross_publisher_brand(w, out, tmp):
    src = w.src(tmp)
    path = src / "publisher.yaml"
    path.write_text(
        path.read_text().replace(
            "{id: nordiva, name: Nordiva}",
            "{id: nordiva, name: Nordiva}\n  - {id: cremelia, name: C}",
        )
    )
    return build(src, out, w.private, 3)


def brand_outside_scope(w, out, tmp):
    src = w.src(tmp)
    path = src / "publisher.yaml"
    path.write_text(
        path.read_text().replace(
            "{id: nordiva, name: Nordiva}",
            "{id: nordiva, name: Nordiva}\n  - {id: strydon, name: Strydon}",
        )
    )
    bump(src, "pliers.yaml", "brand: nordiva", "brand: strydon")
    return build(src, out, w.private, 3)


def rollback(w, out, tmp):
    shutil.copy(w.n1, out)
    return out


def replay(w, out, tmp):
    shutil.copy(w.n2, out)
    return out


def wrong_delta_base(w, out, tmp):
    src = w.src(tmp)
    bump(src, "wrench.yaml", "revision: 2", "revision: 3")
    return build(src, out, w.private, 3, delta_from=w.n1)


def zip_bomb(w, out, tmp):
    parts = members(w.valid)
    parts["images/" + "0" * 64] = b"\x00" * (30 * 1024 * 1024)
    return write_zip(out, relist(parts, w.private))


def member_flood(w, out, tmp):
    parts = members(w.valid)
    for i in range(format.MAX_MEMBERS + 1):
        parts[f"images/{i:064x}"] = b""
    return write_zip(out, parts)


def _png(width: int, height: int, idat: bytes) -> bytes:
    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")
    )


def image_bomb(w, out, tmp):
    picture = io.BytesIO()
    Image.new("1", (8000, 8000)).save(picture, "PNG")  # 64 megapixels in a few kB
    return _with_image(w, out, picture.getvalue())


def huge_png_dimensions(w, out, tmp):
    return _with_image(w, out, _png(2**31 - 1, 2**31 - 1, zlib.compress(b"\x00" * 100)))


def not_an_image(w, out, tmp):
    return _with_image(w, out, b"#!/bin/sh\nrm -rf ~\n" * 20)


def gif_image(w, out, tmp):
    picture = io.BytesIO()
    Image.new("RGB", (20, 20)).save(picture, "GIF")
    return _with_image(w, out, picture.getvalue())


def malformed_json(w, out, tmp):
    return _with_entries(w, out, b'{"id": "nordiva-pliers-p8", "revision": \n')


def deep_nesting(w, out, tmp):
    return _with_entries(w, out, b"[" * 100_000 + b"]" * 100_000 + b"\n")


def moderately_deep_nesting(w, out, tmp):
    return _with_entries(w, out, b'{"id": ' + b"[" * 50 + b"]" * 50 + b"}\n")


def bad_entry_field(w, out, tmp):
    text = members(w.valid)["entries.jsonl"].replace(b'"hand-tools"', b'"nonsense"', 1)
    return _with_entries(w, out, text)


def script_in_field_type(w, out, tmp):
    text = members(w.valid)["entries.jsonl"].replace(b'"revision":2', b'"revision":"2"', 1)
    return _with_entries(w, out, text)


def missing_manifest(w, out, tmp):
    parts = members(w.valid)
    del parts["manifest.json"]
    return write_zip(out, parts)


def manifest_not_json(w, out, tmp):
    parts = members(w.valid)
    parts["manifest.json"] = b"{this is not json"
    return write_zip(out, parts)


def manifest_names_missing_file(w, out, tmp):
    parts = members(w.valid)
    del parts[_image_name(parts)]
    return write_zip(out, parts)


def extra_member(w, out, tmp):
    parts = members(w.valid)
    parts["images/" + "ab" * 32] = b"not listed"
    return write_zip(out, parts)


def foreign_member(w, out, tmp):
    parts = members(w.valid)
    parts["autorun.inf"] = b"[autorun]\nopen=evil.exe"
    return write_zip(out, parts)


def changed_after_signing(w, out, tmp):
    parts = members(w.valid)
    parts["entries.jsonl"] = parts["entries.jsonl"].replace(b"Etched scale", b"Etched scalp")
    return write_zip(out, parts)


def duplicate_members(w, out, tmp):
    parts = members(w.valid)
    return _raw_zip(out, [*parts.items(), ("entries.jsonl", parts["entries.jsonl"])])


def symlink_member(w, out, tmp):
    parts = members(w.valid)
    name = _image_name(parts)
    link = zipfile.ZipInfo(name)
    link.external_attr = 0o120777 << 16
    entries = [(n, b) for n, b in parts.items() if n != name]
    return _raw_zip(out, [*entries, (link, b"/etc/passwd")])


def absolute_path(w, out, tmp):
    return _raw_zip(out, [*members(w.valid).items(), ("/tmp/idguide-evil", b"x")])


def dot_dot_path(w, out, tmp):
    return _raw_zip(out, [*members(w.valid).items(), ("images/../../evil.sh", b"x")])


def backslash_path(w, out, tmp):
    return _raw_zip(out, [*members(w.valid).items(), ("images\\..\\evil.sh", b"x")])


def drive_letter(w, out, tmp):
    return _raw_zip(out, [*members(w.valid).items(), ("C:/Windows/evil.dll", b"x")])


def unknown_format_version(w, out, tmp):
    return _with_manifest(w, out, format_version="3.0", min_app_version="3.0")


def format_3_needing_an_old_idguide(w, out, tmp):
    """A newer format naming an old minimum version: the message must not say "needs idguide
    0.1 or newer" to idguide 0.2.0."""
    return _with_manifest(w, out, format_version="3.0", min_app_version="0.1")


def _signed_manifest_text(w: World, out: Path, change: Callable[[bytes], bytes]) -> Path:
    parts = members(w.valid)
    body = change(parts["manifest.json"])
    signed = {
        **parts,
        "manifest.json": body,
        "manifest.sig": load_private_key(w.private).sign(body),
    }
    return write_zip(out, signed)


def manifest_key_twice(w, out, tmp):
    """Two "sequence" keys: this reader would take the last, another the first."""
    return _signed_manifest_text(w, out, lambda body: b'{"sequence":99,' + body[1:])


def publisher_key_twice(w, out, tmp):
    return _signed_manifest_text(w, out, lambda body: b'{"publisher":"cremelia",' + body[1:])


def entry_key_twice(w, out, tmp):
    text = members(w.valid)["entries.jsonl"]
    return _with_entries(w, out, text.replace(b'{"alerts"', b'{"brand":"cremelia","alerts"', 1))


def counts_that_lie(w, out, tmp):
    """Shown by `bundle verify` and the import dialog before anything is installed."""
    return _with_manifest(w, out, counts={"products": 1, "withdrawn": 0, "images": 0})


def sequence_at_the_top(w, out, tmp):
    """2^53 - 1: every later bundle of the publisher would be refused for ever."""
    return _with_manifest(w, out, sequence=2**53 - 1)


def sequence_far_ahead(w, out, tmp):
    return _with_manifest(w, out, sequence=2 + 100_001)


def newer_app_needed(w, out, tmp):
    return _with_manifest(w, out, min_app_version="9.1")


def feature_image_missing(w, out, tmp):
    text = members(w.valid)["entries.jsonl"]
    data = [json.loads(line) for line in text.splitlines()]
    data[0]["images"][0]["sha256"] = "cd" * 32
    data[0]["features"] = []
    body = b"".join(json.dumps(d).encode() + b"\n" for d in data)
    return _with_entries(w, out, body)


def publisher_mismatch(w, out, tmp):
    parts = members(w.valid)
    parts["publisher.json"] = parts["publisher.json"].replace(b'"nordhaven"', b'"cremelia"')
    return write_zip(out, relist(parts, w.private))


E = errors
CASES: list[tuple[str, Callable, type, str]] = [
    ("flipped byte", flipped_byte, E.CorruptBundleError, "is damaged"),
    ("local header names another", local_header_names_another, E.CorruptBundleError, "is damaged"),
    (
        "picture under another's name",
        picture_under_another_name,
        E.ManifestError,
        "is not named by its own sha256",
    ),
    ("truncated file", truncated, E.NotABundleError, "truncated or damaged"),
    ("empty file", empty, E.NotABundleError, "the file is empty"),
    ("random bytes", random_bytes, E.NotABundleError, "not an idguide bundle"),
    ("wrong key", wrong_key, E.SignatureError, "but the key trusted for 'nordhaven'"),
    ("tampered manifest", tampered_manifest, E.SignatureError, "signature does not match"),
    ("short signature", short_signature, E.SignatureError, "not a 64-byte signature"),
    ("unknown publisher", unknown_publisher, E.UntrustedPublisherError, "'ghost-tools' is not in"),
    (
        "cross-publisher overwrite",
        cross_publisher,
        E.CrossPublisherError,
        "product 'cremelia-creme-rosa' belongs to publisher 'cremelia'",
    ),
    ("cross-publisher brand", cross_publisher_brand, E.BrandScopeError, "claims brand 'cremelia'"),
    ("brand outside scope", brand_outside_scope, E.BrandScopeError, "of brand 'strydon'"),
    ("rollback", rollback, E.RollbackError, "installed sequence 2 (an older bundle)"),
    ("replay", replay, E.AlreadyInstalledError, "installed sequence 2 (the same bundle again)"),
    ("wrong delta base", wrong_delta_base, E.DeltaBaseError, "on top of sequence 1"),
    ("zip bomb", zip_bomb, E.CompressionBombError, "zip bomb"),
    ("member flood", member_flood, E.TooManyMembersError, "more than the limit"),
    ("image bomb", image_bomb, E.BundleImageError, "the limit is 40 megapixels"),
    ("huge PNG dimensions", huge_png_dimensions, E.BundleImageError, "too large to open safely"),
    (
        "non-image named as image",
        not_an_image,
        E.BundleImageError,
        "not a readable JPEG, PNG or WEBP",
    ),
    ("GIF image", gif_image, E.BundleImageError, "not a readable JPEG, PNG or WEBP"),
    (
        "malformed JSON",
        malformed_json,
        E.MalformedJsonError,
        "entries.jsonl line 1: not valid JSON",
    ),
    ("deep nesting", deep_nesting, E.JsonNestingError, "nests far too deep"),
    ("nesting over the limit", moderately_deep_nesting, E.JsonNestingError, "deeper than 12"),
    ("bad entry field", bad_entry_field, E.EntryError, "'nonsense' is not a category"),
    (
        "wrong field type",
        script_in_field_type,
        E.EntryError,
        "field 'revision' must be a whole number",
    ),
    ("missing manifest", missing_manifest, E.MissingManifestError, "no manifest.json"),
    ("manifest not JSON", manifest_not_json, E.MalformedJsonError, "manifest.json: not valid JSON"),
    (
        "manifest names a missing file",
        manifest_names_missing_file,
        E.MissingMemberError,
        "missing from the bundle",
    ),
    ("extra member", extra_member, E.UnlistedMemberError, "not listed in the manifest"),
    ("foreign member", foreign_member, E.UnlistedMemberError, "'autorun.inf' is not a file"),
    (
        "changed after signing",
        changed_after_signing,
        E.HashMismatchError,
        "entries.jsonl does not match its sha256",
    ),
    (
        "duplicate member names",
        duplicate_members,
        E.DuplicateMemberError,
        "'entries.jsonl' appears twice",
    ),
    ("symlink member", symlink_member, E.UnsafeMemberError, "is a symlink"),
    ("absolute path", absolute_path, E.UnsafeMemberError, "'/tmp/idguide-evil' has an unsafe path"),
    ("dot-dot path", dot_dot_path, E.UnsafeMemberError, "has an unsafe path"),
    ("backslash path", backslash_path, E.UnsafeMemberError, "has an unsafe path"),
    ("drive letter", drive_letter, E.UnsafeMemberError, "has an unsafe path"),
    (
        "unknown format_version",
        unknown_format_version,
        E.UnsupportedFormatError,
        "Update idguide to read this bundle: install idguide 3.0 or newer.",
    ),
    (
        "format 3 naming an old idguide",
        format_3_needing_an_old_idguide,
        E.UnsupportedFormatError,
        "in format 3.0; this idguide 0.2.0 reads format 1.x and 2.x only. Update idguide to "
        "read this bundle: install a newer idguide.",
    ),
    ("manifest key twice", manifest_key_twice, E.DuplicateKeyError, "'sequence' appears twice"),
    ("publisher key twice", publisher_key_twice, E.DuplicateKeyError, "'publisher' appears twice"),
    ("entry key twice", entry_key_twice, E.DuplicateKeyError, "line 1: the key 'brand' appears"),
    (
        "counts that lie",
        counts_that_lie,
        E.CountMismatchError,
        "counts 0 images, 1 products, 0 withdrawn, but the bundle holds 3 images, 2 products",
    ),
    ("sequence at the top", sequence_at_the_top, E.ManifestError, "above 1,000,000,000"),
    (
        "sequence far ahead",
        sequence_far_ahead,
        E.SequenceJumpError,
        "is 100,001 past the installed sequence 2",
    ),
    (
        "newer idguide needed",
        newer_app_needed,
        E.UnsupportedFormatError,
        "needs idguide 9.1 or newer",
    ),
    (
        "entry uses a picture not in the bundle",
        feature_image_missing,
        E.MissingMemberError,
        "does not hold",
    ),
    (
        "publisher.json for another publisher",
        publisher_mismatch,
        E.EntryError,
        "publisher.json is for 'cremelia'",
    ),
]
CLI_CASES = {
    "flipped byte",
    "random bytes",
    "wrong key",
    "zip bomb",
    "dot-dot path",
    "rollback",
    "counts that lie",
}


def _catalogue(world: World, tmp_path: Path) -> Path:
    folder = tmp_path / "cat"
    shutil.copytree(world.root / "cat", folder)
    return folder / "catalog.db"


def _files(root: Path) -> dict[str, int]:
    return {
        str(p.relative_to(root)): p.stat().st_size
        for p in root.rglob("*")
        if p.is_file() and p.relative_to(root).parts[0] != "cat"
    }


@pytest.mark.parametrize(("case", "make", "error", "message"), CASES, ids=[c[0] for c in CASES])
def test_a_hostile_bundle_is_refused_and_changes_nothing(
    world, tmp_path, monkeypatch, capsys, case, make, error, message
):
    if make is member_flood:
        monkeypatch.setattr(format, "MAX_MEMBERS", 300)
    bundle = make(world, tmp_path / "hostile.idgb", tmp_path / "work")
    catalog = _catalogue(world, tmp_path)
    before, outside = snapshot(catalog), _files(tmp_path)
    with open_catalog(catalog) as cat, pytest.raises(errors.BundleError) as caught:
        import_bundle(cat, bundle)
    assert type(caught.value) is error, caught.value
    assert message in str(caught.value)
    assert "hostile.idgb" in str(caught.value)
    assert snapshot(catalog) == before
    assert _files(tmp_path) == outside
    if case in CLI_CASES:
        code = main(["--catalog", str(catalog), "import", str(bundle)])
        _, err = capsys.readouterr()
        assert code == 1
        assert err.startswith("idguide: ") and err.count("\n") == 1, err
        assert "Traceback" not in err and message in err
        assert snapshot(catalog) == before


@pytest.mark.parametrize(("case", "make", "error", "message"), CASES, ids=[c[0] for c in CASES])
def test_verify_says_what_the_import_does(world, tmp_path, monkeypatch, case, make, error, message):
    """`bundle verify` and the import dialog ask the rules an import applies: a bundle they
    call installable installs, and one they refuse is refused by the import for that reason."""
    if make is member_flood:
        monkeypatch.setattr(format, "MAX_MEMBERS", 300)
    bundle = make(world, tmp_path / "hostile.idgb", tmp_path / "work")
    with open_catalog(_catalogue(world, tmp_path)) as cat:
        try:
            verdict = verify_bundle(bundle, cat)
        except errors.BundleError as exc:  # a broken container or content: no verdict at all
            assert type(exc) is error and message in str(exc)
            return
    if error is errors.AlreadyInstalledError:
        assert (verdict.installable, verdict.up_to_date) == (False, True)
        assert verdict.reason == "Already installed (up to date)" and verdict.ok
    else:
        assert verdict.installable is False and not verdict.up_to_date and not verdict.ok
        assert message in verdict.reason, verdict.reason


def test_the_corpus_is_large_enough():
    assert len(CASES) >= 25
    assert len({c[2] for c in CASES}) >= 20


def test_the_untouched_bundle_installs(world, tmp_path):
    catalog = _catalogue(world, tmp_path)
    with open_catalog(catalog) as cat:
        verdict = verify_bundle(world.valid, cat)
        assert verdict.installable is True and verdict.ok
        assert verdict.reason == (
            "Can be installed: 'nordhaven' is trusted for nordiva; "
            "sequence 3 is newer than the installed sequence 2."
        )
        changes = import_bundle(cat, world.valid)
    assert changes.unchanged == ["nordiva-pliers-p8", "nordiva-wrench-tw200"]


def test_local_extra_fields_the_directory_lacks_are_read_past(world, tmp_path):
    """The ZIP format lets a local header carry extra fields the central directory does not;
    a bundle written by another ZIP tool may. Its pictures install byte for byte."""
    parts = members(world.valid)
    bundle = write_stored_zip(
        tmp_path / "padded.idgb", parts, local_extra=b"\xfe\xca\x20\x00" + b"\x00" * 32
    )
    catalog = _catalogue(world, tmp_path)
    with open_catalog(catalog) as cat:
        import_bundle(cat, bundle)
        pictures = {name: body for name, body in parts.items() if name.startswith("images/")}
        assert pictures
        for name, body in pictures.items():
            assert cat.images.read(name.removeprefix("images/")) == body


def test_a_picture_just_over_pillows_limit_is_refused_outside_the_test_runner(world, tmp_path):
    """Pillow only *warns* about a picture a little over its pixel limit (here 100 megapixels).
    The test runner turns every warning into an error, so this runs the real command in its
    own process, with Python's default warning filters: a one-line refusal, no warning text."""
    picture = io.BytesIO()
    Image.new("1", (10_000, 10_000)).save(picture, "PNG")
    bundle = _with_image(world, tmp_path / "hostile.idgb", picture.getvalue())
    catalog = _catalogue(world, tmp_path)
    before = snapshot(catalog)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONWARNINGS"}
    done = subprocess.run(
        [sys.executable, "-m", "idguide", "--catalog", str(catalog), "import", str(bundle)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1, done.stderr
    assert "too large to open safely" in done.stderr and "Warning" not in done.stderr
    assert snapshot(catalog) == before
