"""Pictures the app cannot show are refused by import, `bundle check` and `check` alike (the
limits are constants of idguide.catalog.images), and a handout scales a large picture within
a memory bound."""

from __future__ import annotations

import io
import shutil
import struct
import subprocess
import sys
import zlib
from pathlib import Path

import pytest
from bundle_helpers import (
    build,
    make_keys,
    members,
    relist,
    replace_picture,
    trusted_catalog,
    write_zip,
)
from PIL import Image
from support import SAMPLE, copy_sample, run_cli, snapshot

from idguide.catalog import check_catalog, open_catalog
from idguide.catalog.bundles import errors, import_bundle
from idguide.catalog.images import MAX_ASPECT, MAX_SIDE


def _png(width: int, height: int) -> bytes:
    """A grey PNG of any size, written by hand (Pillow will not make a 1 x 40,000,000 one
    quickly)."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = struct.pack(">I", zlib.crc32(kind + body))
        return struct.pack(">I", len(body)) + kind + body + crc

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    rows = zlib.compress(b"\x00" * ((width + 1) * height), 9)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", rows) + chunk(b"IEND", b"")
    )


LINE = _png(1, 40_000_000)  # 40 megapixels, the pixel limit: accepted before, shown as nothing
STRIP = _png(MAX_SIDE, MAX_SIDE // (MAX_ASPECT + 4))  # within the longest side, too narrow


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    root = tmp_path_factory.mktemp("pictures")
    private, public = make_keys(root / "keys")
    bundle = build(SAMPLE / "nordhaven", root / "n1.idgb", private, 1)
    trusted_catalog(root / "cat" / "catalog.db", public)
    return root, private, bundle


@pytest.mark.parametrize(
    ("picture", "message"),
    [(LINE, "longest side may be at most 12000 pixels"), (STRIP, "at most 20 times its shortest")],
    ids=["1 x 40,000,000", "12000 x 500"],
)
def test_a_picture_beyond_the_limits_is_refused_by_import(
    world, tmp_path, capsys, picture, message
):
    root, private, bundle = world
    parts = members(bundle)
    replace_picture(parts, next(n for n in sorted(parts) if n.startswith("images/")), picture)
    hostile = write_zip(tmp_path / "hostile.idgb", relist(parts, private))
    shutil.copytree(root / "cat", tmp_path / "cat")
    catalog = tmp_path / "cat" / "catalog.db"
    before = snapshot(catalog)
    with open_catalog(catalog) as cat, pytest.raises(errors.BundleImageError, match=message):
        import_bundle(cat, hostile)
    assert snapshot(catalog) == before
    code, _, err = run_cli(capsys, "--catalog", catalog, "bundle", "verify", hostile)
    assert code == 1 and message in err


def test_bundle_check_refuses_it_at_its_field(tmp_path):
    source = copy_sample(tmp_path, "nordhaven")
    (source / "images" / "wrench.png").write_bytes(STRIP)
    (source / "images" / "pliers.png").unlink()
    Image.new("RGB", (60, 40)).save(source / "images" / "pliers.png")
    from idguide.catalog.authoring.source import check_source

    _, problems = check_source(source)
    shown = [str(p) for p in problems]
    assert any("images[0]" in p and "at most 20 times its shortest" in p for p in shown), shown


def test_check_reports_such_a_picture_installed_before_the_limits(world, tmp_path):
    root, _, bundle = world
    shutil.copytree(root / "cat", tmp_path / "cat")
    with open_catalog(tmp_path / "cat" / "catalog.db") as cat:
        import_bundle(cat, bundle)
        sha = cat.conn.execute("SELECT sha256 FROM images ORDER BY sha256").fetchone()[0]
        cat.images.path(sha).write_bytes(LINE)  # what an older idguide let in, in its place
        found = check_catalog(cat)
    assert any(p.startswith(f"image {sha[:12]}") and "longest side" in p for p in found), found


CHILD = """
import resource, sys
from idguide.catalog.pdf import render_image
data = open(sys.argv[1], "rb").read()
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
picture = render_image(data)
grown = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
print(picture.width, picture.height, grown // 1024)
"""


def test_a_handout_scales_a_large_photo_without_decoding_it_whole(tmp_path):
    """A 7000 x 5000 photo is 105 MB decoded; the handout reads it reduced as it decodes."""
    photo = tmp_path / "photo.jpg"
    Image.new("RGB", (7000, 5000), (200, 120, 40)).save(photo, "JPEG")
    root = Path(__file__).resolve().parent.parent
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(photo)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=root,
    )
    assert done.returncode == 0, done.stderr
    width, height, grown_mb = (int(n) for n in done.stdout.split())
    assert (width, height) == (1400, 1000)
    assert grown_mb < 40, f"decoding took {grown_mb} MB more"


def test_a_tall_photo_of_a_bottle_is_still_fine():
    from idguide.catalog.images import inspect_image

    picture = io.BytesIO()
    Image.new("RGB", (600, 4000)).save(picture, "PNG")
    assert inspect_image(picture.getvalue(), "bottle.png").height == 4000
