"""The fictional demo catalogue under assets/demo/src meets the acceptance counts of its issue,
and scripts/make_demo.py, which writes it, is deterministic and reproduces it.

The YAML is read with PyYAML directly so that these checks do not depend on idguide's reader.
"""

from __future__ import annotations

import hashlib
import math
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from PIL import Image, ImageChops
from stdnum import ean

from idguide.catalog.categories import CATEGORIES
from idguide.catalog.model import CHECK_METHODS, ID_PATTERN, IMAGE_KINDS, INDICATOR_KINDS

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "assets" / "demo" / "src"
SCRIPT = ROOT / "scripts" / "make_demo.py"
TODAY = "2026-11-29"


def load(path: Path) -> dict:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load(path.read_text(encoding="utf-8"), Loader=loader)


@pytest.fixture(scope="module")
def publishers() -> list[dict]:
    return [
        load(folder / "publisher.yaml") | {"folder": folder}
        for folder in sorted(SRC.iterdir())
        if folder.is_dir()
    ]


@pytest.fixture(scope="module")
def products(publishers) -> list[dict]:
    found = []
    for publisher in publishers:
        for path in sorted((publisher["folder"] / "products").glob("*.yaml")):
            found.append(load(path) | {"publisher": publisher, "path": path})
    return found


def has_lang(product: dict, lang: str) -> bool:
    """Name, description and every feature text are written in ``lang``."""
    text = product["text"].get(lang) or {}
    return bool(text.get("name") and text.get("description")) and all(
        all(
            (feature["text"].get(lang) or {}).get(part)
            for part in ("title", "genuine", "counterfeit", "how_to_check")
        )
        for feature in product["features"]
    )


def test_counts(publishers, products):
    brands = [brand for publisher in publishers for brand in publisher["brands"]]
    categories = {product["category"] for product in products}
    features = [feature for product in products for feature in product["features"]]
    assert len(publishers) >= 10
    assert len(brands) >= 15
    assert len(products) >= 80
    assert len(categories) >= 12
    assert categories <= {category.id for category in CATEGORIES}
    assert len(features) >= 300
    assert all(3 <= len(product["features"]) <= 6 for product in products)


def test_publishers(publishers, products):
    languages = sorted(publisher["default_language"] for publisher in publishers)
    assert languages.count("pt") == 1
    assert languages.count("es") == 1
    assert set(languages) == {"en", "es", "pt"}
    for publisher in publishers:
        assert ID_PATTERN.match(publisher["id"])
        assert publisher["contacts"]
        for contact in publisher["contacts"]:
            assert contact["role"] and contact["name"] and contact["hours"]
            assert re.fullmatch(r"\+[\d ]+", contact["phone"])
            assert contact["email"].endswith(".example")
            assert contact["languages"] and contact["regions"]
    brand_ids = [brand["id"] for publisher in publishers for brand in publisher["brands"]]
    assert len(brand_ids) == len(set(brand_ids))
    for product in products:
        publisher = product["publisher"]
        assert product["brand"] in {brand["id"] for brand in publisher["brands"]}
        assert product["text"][publisher["default_language"]]["name"]
        assert product["text"]["en"]["name"]


def test_product_ids_and_revisions(products):
    ids = [product["id"] for product in products]
    assert len(ids) == len(set(ids))
    assert all(ID_PATTERN.match(pid) for pid in ids)
    assert all(product["revision"] in (1, 2) for product in products)


def test_codes(products):
    gtins = [gtin for product in products for gtin in product["gtins"]]
    assert all(ean.validate(gtin) == gtin for gtin in gtins)
    assert len({gtin.zfill(14) for gtin in gtins}) == len(gtins), "GTINs must be unique"
    lengths = {len(gtin) for gtin in gtins}
    assert {8, 12, 13} <= lengths
    for product in products:
        assert product["gtins"] and product["models"] and product["hs_codes"]
        for hs in product["hs_codes"]:
            digits = hs.replace(".", "").replace(" ", "")
            assert digits.isdigit() and len(digits) in (4, 6, 8, 10), hs


def test_active_alerts(products):
    alerts = [alert for product in products for alert in product.get("alerts", [])]
    active = [alert for alert in alerts if str(alert["expires"]) > TODAY]
    assert len(active) >= 5
    for alert in active:
        assert str(alert["issued"]).startswith("2026-")
        assert str(alert["expires"]) >= "2027"
        assert alert["lot_codes"]
        assert alert["text"]["en"]["title"]


def test_features_point_into_their_images(products):
    for product in products:
        files = {image["file"] for image in product["images"]}
        assert [f["number"] for f in product["features"]] == list(
            range(1, len(product["features"]) + 1)
        )
        for feature in product["features"]:
            assert feature["method"] in CHECK_METHODS
            assert feature["image"] in files
            x, y, w, h = feature["region"]
            assert 0 <= x < 1 and 0 <= y < 1 and w > 0 and h > 0, product["id"]
            assert x + w <= 1.000001 and y + h <= 1.000001, product["id"]


def test_images_exist_and_open(products):
    total = 0
    for product in products:
        kinds = [image["kind"] for image in product["images"]]
        assert "genuine" in kinds
        assert set(kinds) <= set(IMAGE_KINDS)
        for image in product["images"]:
            path = product["publisher"]["folder"] / image["file"]
            with Image.open(path) as im:
                im.verify()
            assert im.format == "PNG"
            assert path.stat().st_size < 60_000, path
            total += path.stat().st_size
    assert total < 15_000_000
    with_fake = [p for p in products if any(i["kind"] == "counterfeit" for i in p["images"])]
    assert len(with_fake) >= len(products) / 2


def _box(region: list[float], size: tuple[int, int]) -> tuple[int, int, int, int]:
    x, y, w, h = region
    return (
        math.floor(x * size[0]),
        math.floor(y * size[1]),
        math.ceil((x + w) * size[0]),
        math.ceil((y + h) * size[1]),
    )


def test_counterfeit_differs_exactly_where_the_features_say(products):
    for product in products:
        by_kind = {image["kind"]: image["file"] for image in product["images"]}
        if "counterfeit" not in by_kind:
            continue
        folder = product["publisher"]["folder"]
        with (
            Image.open(folder / by_kind["genuine"]) as a,
            Image.open(folder / by_kind["counterfeit"]) as b,
        ):
            assert a.size == b.size
            diff = ImageChops.difference(a.convert("RGB"), b.convert("RGB"))
        for feature in product["features"]:
            box = _box(feature["region"], diff.size)
            assert diff.crop(box).getbbox(), f"{product['id']}: feature {feature['number']}"
            diff.paste((0, 0, 0), box)
        assert diff.getbbox() is None, f"{product['id']}: differs outside the features"


def test_indicators(products):
    kinds = set()
    for product in products:
        assert product["indicators"], product["id"]
        for indicator in product["indicators"]:
            assert indicator["kind"] in INDICATOR_KINDS
            assert indicator["text"]["en"]
            kinds.add(indicator["kind"])
    assert {"route", "declared-value", "e-commerce", "market", "packaging"} <= kinds


def test_names_with_accents(publishers, products):
    brand_names = [brand["name"] for publisher in publishers for brand in publisher["brands"]]
    names = brand_names + [product["text"]["en"]["name"] for product in products]
    assert sum(not name.isascii() for name in names) >= 10
    assert any(name.lower().startswith("nord") for name in brand_names)
    assert any(
        "Crème" in product["text"]["en"]["name"]
        for product in products
        if product["category"] == "cosmetics"
    )
    assert any(
        "ação" in name
        for product in products
        for name in (text["name"] for text in product["text"].values())
    )


def test_language_shares(products):
    count = len(products)
    assert all(has_lang(product, "en") for product in products)
    assert sum(has_lang(product, "es") for product in products) >= 0.4 * count
    assert sum(has_lang(product, "fr") for product in products) >= 0.3 * count
    assert sum(has_lang(product, "pt") for product in products) >= 0.3 * count


def _hashes(folder: Path) -> dict[str, str]:
    return {
        path.relative_to(folder).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


@pytest.fixture(scope="module")
def generated(tmp_path_factory) -> tuple[Path, Path]:
    """Two runs of the generator into fresh folders.

    --quick only lowers the PNG compression level (the committed files use optimize=True); the
    two runs go side by side to keep the tests short.
    """
    root = tmp_path_factory.mktemp("generated")
    runs = [
        subprocess.Popen(
            [sys.executable, str(SCRIPT), "--out", str(root / name), "--quick", "--jobs", "1"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for name in ("a", "b")
    ]
    for run in runs:
        _, err = run.communicate(timeout=120)
        assert run.returncode == 0, err
    return root / "a", root / "b"


def test_generator_is_deterministic(generated):
    first, second = (_hashes(folder) for folder in generated)
    assert len(first) > 100
    assert first == second


def test_generator_reproduces_the_committed_sources(generated):
    out = generated[0]
    first = _hashes(out)
    committed = {name for name in _hashes(SRC)}
    assert committed == set(first), "assets/demo/src is stale: run scripts/make_demo.py"
    for name in first:
        if name.endswith(".yaml"):
            assert (SRC / name).read_bytes() == (out / name).read_bytes(), (
                f"assets/demo/src/{name} is stale: run scripts/make_demo.py"
            )


def test_generator_reproduces_the_committed_pictures(generated):
    # pixels, not bytes: the compressed bytes depend on the PNG options and on zlib's version
    out = generated[0]
    pictures = sorted(out.rglob("*.png"))
    assert len(pictures) > 100
    for path in pictures:
        name = path.relative_to(out).as_posix()
        with Image.open(path) as made, Image.open(SRC / name) as committed:
            assert (made.mode, made.size) == (committed.mode, committed.size), name
            assert made.tobytes() == committed.tobytes(), (
                f"assets/demo/src/{name} is stale: run scripts/make_demo.py"
            )


def test_generator_refuses_to_delete_a_foreign_folder(tmp_path):
    (tmp_path / "notes.txt").write_text("keep me", encoding="utf-8")
    run = subprocess.run(
        [sys.executable, str(SCRIPT), "--out", str(tmp_path), "--jobs", "1"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert run.returncode != 0
    assert (tmp_path / "notes.txt").read_text(encoding="utf-8") == "keep me"
