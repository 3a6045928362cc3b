"""How fast a large signed bundle is built, verified and imported, against a plain baseline.

    python benchmarks/import_bench.py --products 10000 --images 30000

Makes a synthetic publisher folder (small distinct PNG pictures), then times:
build_s (check the folder, re-encode the pictures, sign), verify_s (`idguide bundle verify`),
import_s (`idguide import` into a new catalogue: every check, pictures, one transaction, search
index), reindex_s (rebuilding that catalogue's search index alone, the share of import_s spent on
search), and baseline_s (a plain unzip of the same bundle plus inserting its entries into SQLite
in one transaction, with no checks at all). The import and the baseline run ``--rounds`` times
(default 3), one after the other, each into a new folder; import_s and baseline_s are the
medians, import_runs and baseline_runs every figure. The last line printed is one JSON object.
"""

from __future__ import annotations

import argparse
import json
import platform
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
import zipfile
from pathlib import Path

from PIL import Image, ImageDraw

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from idguide.catalog import open_catalog
from idguide.catalog.bundles import (
    build_bundle,
    generate_keys,
    import_bundle,
    trust_add,
    verify_bundle,
)


def make_source(folder: Path, products: int, images: int, seed: int = 7) -> Path:
    """A publisher folder with ``products`` products sharing ``images`` distinct 64x64 PNGs."""
    rng = random.Random(seed)
    (folder / "products").mkdir(parents=True)
    (folder / "images").mkdir()
    (folder / "publisher.yaml").write_text(
        "id: bench\nname: Benchmark Goods\ndefault_language: en\n"
        "brands:\n  - {id: bench, name: Bench}\n"
    )
    per = [images // products + (1 if n < images % products else 0) for n in range(products)]
    number = 0
    for n in range(products):
        files = []
        for _ in range(max(per[n], 1)):
            files.append(f"images/i{number}.png")
            _picture(folder / files[-1], number, rng)
            number += 1
        (folder / f"products/p{n}.yaml").write_text(_product_yaml(n, files))
    return folder


def _picture(path: Path, number: int, rng: random.Random) -> None:
    picture = Image.new("RGB", (64, 64), (number % 256, (number // 256) % 256, number // 65536))
    draw = ImageDraw.Draw(picture)
    for _ in range(4):
        x, y = rng.randrange(56), rng.randrange(56)
        draw.rectangle(
            (x, y, x + rng.randrange(4, 16), y + rng.randrange(4, 16)), fill=rng.randrange(2**24)
        )
    picture.save(path)


def _product_yaml(n: int, files: list[str]) -> str:
    images = "".join(f"  - {{file: {f}}}\n" for f in files)
    return (
        f"id: bench-{n:06d}\nrevision: 1\nbrand: bench\ncategory: hand-tools\n"
        f"models: [BX-{n}]\nhs_codes: ['8204.11']\n"
        f"text:\n  en: {{name: Bench gadget {n}, description: Synthetic product number {n}.}}\n"
        f"  es: {{name: Aparato {n}}}\n"
        f"images:\n{images}"
        "features:\n  - number: 1\n"
        f"    image: {files[0]}\n    region: [0.1, 0.1, 0.5, 0.5]\n"
        "    text: {en: {title: Logo, genuine: Sharp., counterfeit: Blurred.}}\n"
    )


def baseline(bundle: Path, work: Path) -> float:
    """Plain unzip plus an SQLite insert of the entries: the floor with no checks at all."""
    began = time.perf_counter()
    target = work / "unzipped"
    with zipfile.ZipFile(bundle) as archive:
        archive.extractall(target)
    conn = sqlite3.connect(work / "baseline.db", isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("CREATE TABLE products (id TEXT PRIMARY KEY, revision INTEGER, data TEXT)")
    conn.execute("CREATE TABLE images (sha256 TEXT, product_id TEXT)")
    conn.execute("BEGIN")
    with open(target / "entries.jsonl", encoding="utf-8") as lines:
        for line in lines:
            entry = json.loads(line)
            conn.execute(
                "INSERT INTO products VALUES (?, ?, ?)", (entry["id"], entry["revision"], line)
            )
            conn.executemany(
                "INSERT INTO images VALUES (?, ?)",
                [(image["sha256"], entry["id"]) for image in entry["images"]],
            )
    conn.execute("COMMIT")
    conn.close()
    return time.perf_counter() - began


def run(products: int, images: int, work: Path, rounds: int) -> dict:
    source = make_source(work / "src", products, images)
    private, public = generate_keys(work / "keys")
    bundle = work / "bench.idgb"
    began = time.perf_counter()
    build_bundle(source, bundle, private, sequence=1, created_at="2026-11-01T00:00:00+00:00")
    build_s = time.perf_counter() - began
    began = time.perf_counter()
    verify_bundle(bundle)
    verify_s = time.perf_counter() - began
    imports, baselines, reindex_s = [], [], 0.0
    for n in range(rounds):  # nothing is deleted until the end: see benchmarks/README.md
        with open_catalog(work / f"round{n}" / "catalog.db") as catalog:
            trust_add(catalog, public, "bench", ["bench"])
            began = time.perf_counter()
            changes = import_bundle(catalog, bundle)
            imports.append(time.perf_counter() - began)
            if n == 0:
                began = time.perf_counter()
                catalog.reindex()
                reindex_s = time.perf_counter() - began
        assert len(changes.added) == products
        baselines.append(baseline(bundle, work / f"round{n}"))
        print(f"round {n + 1}: import {imports[-1]:.2f} s, baseline {baselines[-1]:.2f} s")
    import_s, baseline_s = statistics.median(imports), statistics.median(baselines)
    return {
        "products": products,
        "images": images,
        "bundle_mb": round(bundle.stat().st_size / 1024**2, 1),
        "build_s": round(build_s, 2),
        "verify_s": round(verify_s, 2),
        "import_s": round(import_s, 2),
        "reindex_s": round(reindex_s, 2),
        "baseline_s": round(baseline_s, 2),
        "import_vs_baseline": round(import_s / baseline_s, 2),
        "import_runs": [round(t, 2) for t in imports],
        "baseline_runs": [round(t, 2) for t in baselines],
        "python": platform.python_version(),
        "machine": f"{platform.machine()}, {__import__('os').cpu_count()} cores",
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--products", type=int, default=1000)
    parser.add_argument("--images", type=int, default=3000)
    parser.add_argument(
        "--rounds", type=int, default=3, help="imports and baselines; medians are reported"
    )
    parser.add_argument("--keep", type=Path, help="work in this folder and keep it")
    args = parser.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="idguide-import-bench-"))
    try:
        print(json.dumps(run(args.products, args.images, work, max(args.rounds, 1))))
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
