"""Scanning benchmark: reading the codes in a phone's 12-megapixel photo, and checking one code.

Draws codes with zxing-cpp for the demo's Veltrex V12 (tests/scan_pictures.py), puts them into
4000x3000 JPEG photos (clean; turned and blurred; tilted; codes too small for the quick pass;
a lone barcode at 45 degrees; no code at all) and times ``read_codes`` on the JPEG bytes,
decoding included, ``--rounds`` times each. Then installs the demo catalogue in a temporary
folder and times ``check`` (and ``interpret`` + ``check``) on a mix of scans.

The last line printed is one JSON object with the figures.

    .venv/bin/python benchmarks/scan_bench.py --rounds 5
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from scan_pictures import Degrade, code_image, jpeg, photo  # noqa: E402

from idguide.catalog import install_demo, open_catalog  # noqa: E402
from idguide.catalog.scanning import check, interpret, read_codes  # noqa: E402

GTIN = "00407010000011"  # the demo's Veltrex V12; an alert names lot L2609-14
SIZE = (4000, 3000)


def codes(module: int) -> list:
    return [
        code_image("407010000011", "upca", module=module),
        code_image(
            f"(01){GTIN}(17)271231(10)L2609-14(21)SN12345", "datamatrix", gs1=True, module=module
        ),
        code_image(f"https://veltrex.example/01/{GTIN}/10/L2609-14", "qr", module=module),
    ]


def photos() -> dict[str, bytes]:
    """The benchmark's photos, as JPEG bytes (quality 90, as phones save)."""
    big, tiny = codes(9), codes(3)
    lone = [code_image("407010000011", "upca", module=9)]
    kinds = {
        "clean": (big, Degrade()),
        "turned-blurred": (big, Degrade(angle=20, blur=2.0)),
        "tilted": (big, Degrade(angle=-10, tilt=0.15, blur=1.0)),
        "small-codes": (tiny, Degrade(angle=5)),
        "barcode-at-45": (lone, Degrade(angle=45, blur=1.0)),
        "no-code": ([], Degrade(blur=1.0)),
    }
    return {name: jpeg(photo(c, SIZE, d, seed=7), 90) for name, (c, d) in kinds.items()}


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def time_reading(pictures: dict[str, bytes], rounds: int) -> dict:
    times: list[float] = []
    per_kind = {}
    for name, data in pictures.items():
        read_codes(data)  # warm: the library loaded, the first allocation made
        mine = []
        for _ in range(rounds):
            start = time.perf_counter()
            found = read_codes(data)
            mine.append((time.perf_counter() - start) * 1000)
        times += mine
        per_kind[name] = {"p50_ms": round(statistics.median(mine), 1), "codes": len(found)}
        print(
            f"{name:<16} {len(data) / 1e6:4.1f} MB  codes {len(found)}  "
            f"p50 {statistics.median(mine):6.1f} ms  max {max(mine):6.1f} ms"
        )
    return {
        "read_p50_ms": round(statistics.median(times), 1),
        "read_p95_ms": round(percentile(times, 0.95), 1),
        "read_max_ms": round(max(times), 1),
        "read_kinds": per_kind,
    }


SCANS = [
    f"https://veltrex.example/01/{GTIN}/10/L2609-14/21/ABC123?17=271231",
    f"]d201{GTIN}10L2501-01\x1d17271231",
    "407010000011",
    "9506000134352",  # not in the catalogue
    f"(01){GTIN}(17)250100(10)L2609-14",
]


def time_checking(rounds: int) -> dict:
    check_ms, both_ms = [], []
    with tempfile.TemporaryDirectory() as folder, open_catalog(Path(folder) / "d.db") as catalog:
        install_demo(catalog)
        scans = [interpret(text) for text in SCANS]
        for _ in range(rounds):
            for text, scan in zip(SCANS, scans, strict=True):
                start = time.perf_counter()
                check(catalog, scan)
                check_ms.append((time.perf_counter() - start) * 1000)
                start = time.perf_counter()
                check(catalog, interpret(text))
                both_ms.append((time.perf_counter() - start) * 1000)
    figures = {
        "check_p50_ms": round(statistics.median(check_ms), 3),
        "check_p95_ms": round(percentile(check_ms, 0.95), 3),
        "interpret_check_p50_ms": round(statistics.median(both_ms), 3),
        "interpret_check_p95_ms": round(percentile(both_ms, 0.95), 3),
    }
    print(
        f"check one code: p50 {figures['check_p50_ms']} ms, p95 {figures['check_p95_ms']} ms; "
        f"interpret + check: p50 {figures['interpret_check_p50_ms']} ms, "
        f"p95 {figures['interpret_check_p95_ms']} ms"
    )
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5, help="reads of each photo (5)")
    parser.add_argument("--checks", type=int, default=200, help="rounds of the scan mix (200)")
    args = parser.parse_args()
    load_before = os.getloadavg()[0]
    print(f"making {SIZE[0]}x{SIZE[1]} photos...", flush=True)
    pictures = photos()
    figures = time_reading(pictures, args.rounds)
    figures |= time_checking(args.checks)
    figures |= {
        "photos": len(pictures),
        "rounds": args.rounds,
        "machine": f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores",
        "loadavg_before": round(load_before, 2),
        "loadavg_after": round(os.getloadavg()[0], 2),
    }
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
