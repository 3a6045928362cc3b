"""The publisher folders, the YAML files and the pictures on disk."""

from __future__ import annotations

import os
import shutil
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import yaml

from .drawing import Spec, draw
from .products import ALERTS, PRODUCTS, build_product
from .publishers import PUBLISHERS, Brand


class _Dumper(getattr(yaml, "CSafeDumper", yaml.SafeDumper)):  # libyaml when available
    def ignore_aliases(self, data):  # the same output as PyYAML's own emitter, only faster
        return True


def _seq(dumper, data):
    flow = all(isinstance(v, str | int | float) for v in data) and len(str(data)) < 70
    return dumper.represent_sequence("tag:yaml.org,2002:seq", data, flow_style=flow)


_Dumper.add_representer(list, _seq)


def dump(path: Path, data: dict) -> None:
    path.write_text(
        yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=100),
        encoding="utf-8",
    )


def write_product(job: tuple[Path, dict, Spec, bool, bool]) -> None:
    """Write one product file and its pictures (run in worker processes)."""
    folder, product, spec, has_fake, quick = job
    dump(folder / "products" / f"{product['id']}.yaml", product)
    options = {"compress_level": 1} if quick else {"optimize": True}
    for image, fake in zip(product["images"], (False, True)[: 1 + has_fake], strict=True):
        draw(spec, fake).save(folder / image["file"], format="PNG", **options)


def generate(out: Path, jobs: int = 0, quick: bool = False) -> int:
    """Write every publisher folder under ``out``; return the number of products."""
    clear(out)
    work = plan(out, quick)
    jobs = jobs or min(4, os.cpu_count() or 1)
    if jobs == 1:
        for job in work:
            write_product(job)
    else:  # every file depends only on its own job: the output is the same in any order
        with ProcessPoolExecutor(jobs) as pool:
            list(pool.map(write_product, work, chunksize=4))
    return len(work)


def clear(out: Path) -> None:
    """Delete an earlier output, refusing if ``out`` holds anything but publisher folders."""
    if not out.exists():
        return
    strays = [c for c in out.iterdir() if not (c / "publisher.yaml").is_file()]
    if strays:
        raise SystemExit(
            f"{out} holds {strays[0].name}, which is not a publisher folder; "
            "refusing to delete it. Choose an empty or new --out folder."
        )
    shutil.rmtree(out)


def plan(out: Path, quick: bool) -> list[tuple[Path, dict, Spec, bool, bool]]:
    """Build every product (writing each publisher's folder on the way): the jobs to write."""
    brand_of = {
        b[0]: (pi, pub, bi, Brand(*b))
        for pi, pub in enumerate(PUBLISHERS, 1)
        for bi, b in enumerate(pub["brands"], 1)
    }
    seen: set[str] = set()
    seq: dict[str, int] = {}
    work = []
    for index, (bid, kind_key, model, line) in enumerate(PRODUCTS):
        pi, pub, bi, brand = brand_of[bid]
        folder = out / pub["id"]
        if not folder.exists():
            write_publisher(folder, pub)
        seq[bid] = seq.get(bid, 0) + 1
        product, spec, has_fake = build_product(
            pi, pub, bi, brand, seq[bid], index, kind_key, model, line
        )
        if product["id"] in seen:
            raise SystemExit(f"duplicate product id {product['id']}")
        seen.add(product["id"])
        work.append((folder, product, spec, has_fake, quick))
    if set(ALERTS) - seen:
        raise SystemExit(f"alerts for unknown products: {sorted(set(ALERTS) - seen)}")
    return work


def write_publisher(folder: Path, pub: dict) -> None:
    (folder / "images").mkdir(parents=True)
    (folder / "products").mkdir()
    dump(
        folder / "publisher.yaml",
        {
            "id": pub["id"],
            "name": pub["name"],
            "default_language": pub["lang"],
            "rights_valid_until": pub["rights"],
            **({"gs1_prefixes": pub["gs1_prefixes"]} if "gs1_prefixes" in pub else {}),
            "brands": [{"id": b[0], "name": b[1]} for b in pub["brands"]],
            "contacts": pub["contacts"],
        },
    )
