"""Helpers shared by the bundle tests: keys, signed sample bundles, trusted catalogues, and
a way to take a valid bundle apart and put it back together changed (re-signed or not)."""

from __future__ import annotations

import hashlib
import json
import shutil
import struct
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path

from support import SAMPLE

from idguide.catalog import open_catalog
from idguide.catalog.bundles import build_bundle, generate_keys, load_private_key, trust_add

CREATED = "2026-01-01T00:00:00+00:00"


def make_keys(folder: Path) -> tuple[Path, Path]:
    return generate_keys(folder)


def build(src: Path, out: Path, private: Path, sequence: int | None = 1, **kw) -> Path:
    build_bundle(src, out, private, sequence=sequence, created_at=CREATED, **kw)
    return out


def trusted_catalog(
    path: Path, public: Path, publisher: str = "nordhaven", brands: list[str] | None = None
) -> Path:
    with open_catalog(path) as cat:
        trust_add(cat, public, publisher, brands or ["nordiva"])
    return path


def copy_source(tmp_path: Path, publisher: str = "nordhaven") -> Path:
    target = tmp_path / "src" / publisher
    shutil.copytree(SAMPLE / publisher, target)
    return target


def bump(src: Path, product_file: str, old: str, new: str) -> None:
    path = src / "products" / product_file
    path.write_text(path.read_text().replace(old, new))


def members(bundle: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(bundle) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def manifest(parts: dict[str, bytes]) -> dict:
    return json.loads(parts["manifest.json"])


def replace_picture(parts: dict[str, bytes], name: str, body: bytes) -> str:
    """Put ``body`` in place of the picture ``name``, under its own sha256 as every picture is,
    with the entries using it changed to match; returns its new member name."""
    old = name.removeprefix("images/")
    new = hashlib.sha256(body).hexdigest()
    del parts[name]
    parts[f"images/{new}"] = body
    parts["entries.jsonl"] = parts["entries.jsonl"].replace(old.encode(), new.encode())
    return f"images/{new}"


def relist(parts: dict[str, bytes], private: Path, **changes: object) -> dict[str, bytes]:
    """Rewrite the manifest to list the members (and count the pictures) as they now are (plus
    ``changes``), re-signed: what a buggy or malicious publisher holding the real key could
    produce."""
    data = manifest(parts)
    data["files"] = [
        {"path": name, "size": len(body), "sha256": hashlib.sha256(body).hexdigest()}
        for name, body in sorted(parts.items())
        if name not in ("manifest.json", "manifest.sig")
    ]
    data["counts"] = {**data["counts"], "images": sum(n.startswith("images/") for n in parts)}
    data.update(changes)
    return resign(parts, private, data)


def resign(parts: dict[str, bytes], private: Path, data: dict) -> dict[str, bytes]:
    body = json.dumps(data, sort_keys=True, separators=(",", ":")).encode()
    return {**parts, "manifest.json": body, "manifest.sig": load_private_key(private).sign(body)}


def write_zip(path: Path, parts: dict[str, bytes] | list[tuple[str, bytes]]) -> Path:
    items = list(parts.items()) if isinstance(parts, dict) else parts
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, body in items:
            archive.writestr(name, body)
    return path


def write_stored_zip(
    path: Path, parts: dict[str, bytes], local_extra: bytes = b"", local_name: dict | None = None
) -> Path:
    """A ZIP of stored members written byte by byte, for what zipfile never writes: local
    headers with an extra field the central directory lacks (``local_extra``, allowed by the
    ZIP format), or naming another file than the directory does (``local_name``: real name ->
    name in the local header)."""
    local, central = bytearray(), bytearray()
    for name, body in parts.items():
        encoded = name.encode()
        shown = (local_name or {}).get(name, name).encode()
        crc, size, offset = zlib.crc32(body), len(body), len(local)
        local += struct.pack(
            "<4s5H3L2H", b"PK\x03\x04", 20, 0, 0, 0, 0x21, crc, size, size, len(shown),
            len(local_extra),
        )  # fmt: skip
        local += shown + local_extra + body
        central += struct.pack(
            "<4s6H3L5H2L", b"PK\x01\x02", 20, 20, 0, 0, 0, 0x21, crc, size, size, len(encoded),
            0, 0, 0, 0, 0o100644 << 16, offset,
        )  # fmt: skip
        central += encoded
    end = struct.pack(
        "<4s4H2LH", b"PK\x05\x06", 0, 0, len(parts), len(parts), len(central), len(local), 0
    )
    path.write_bytes(bytes(local + central + end))
    return path


def synthetic_source(folder: Path, products: int, revision: int = 1, seed: int = 0) -> Path:
    """A publisher folder with ``products`` products, two small distinct pictures each."""
    import random

    from PIL import Image

    rng = random.Random(seed)
    (folder / "products").mkdir(parents=True, exist_ok=True)
    (folder / "images").mkdir(exist_ok=True)
    (folder / "publisher.yaml").write_text(
        "id: synthetic\nname: Synthetic Goods\ndefault_language: en\n"
        "brands:\n  - {id: synth, name: Synth}\n"
    )
    for n in range(products):
        for side in ("a", "b"):
            pixels = bytes(rng.randrange(256) for _ in range(16 * 16 * 3))
            Image.frombytes("RGB", (16, 16), pixels).save(folder / f"images/p{n}{side}.png")
        (folder / f"products/p{n}.yaml").write_text(
            f"id: synth-{n:05d}\nrevision: {revision}\nbrand: synth\ncategory: hand-tools\n"
            f"text:\n  en: {{name: Synth gadget {n} rev{revision}, description: Item {n}.}}\n"
            f"images:\n  - {{file: images/p{n}a.png}}\n  - {{file: images/p{n}b.png}}\n"
            "features:\n  - number: 1\n"
            f"    image: images/p{n}a.png\n    region: [0.1, 0.1, 0.5, 0.5]\n"
            "    text: {en: {title: Logo}}\n"
        )
    return folder


def helper_failing_at_start(*args) -> None:
    """In place of imagecheck.help_check: a helper that cannot even start (an odd
    installation), says so and takes no picture."""
    answers = args[5]
    answers.put(("error", "ImportError: No module named 'PIL._imaging'"))


def helper_dying_at_start(*args) -> None:
    """In place of imagecheck.help_check: a helper that dies before it says anything."""
    import os

    os._exit(3)


def edited(
    bundle: Path,
    out: Path,
    private: Path,
    entries: Callable[[list[dict]], None] | None = None,
    publisher: Callable[[dict], None] | None = None,
    **manifest_changes: object,
) -> Path:
    """``bundle`` with its entries (each line as a dict) and publisher.json changed in place by
    ``entries`` and ``publisher``, listed and signed again with ``private``: what a publisher
    holding a trusted key could ship. JSON escapes stay escapes, so a lone surrogate (``\\ud800``)
    goes in as a bundle would carry it."""
    parts = members(bundle)
    if entries is not None:
        lines = [json.loads(line) for line in parts["entries.jsonl"].splitlines()]
        entries(lines)
        parts["entries.jsonl"] = b"".join(json.dumps(line).encode() + b"\n" for line in lines)
    if publisher is not None:
        data = json.loads(parts["publisher.json"])
        publisher(data)
        parts["publisher.json"] = json.dumps(data).encode()
    return write_zip(out, relist(parts, private, **manifest_changes))
