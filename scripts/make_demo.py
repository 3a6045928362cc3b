#!/usr/bin/env python3
"""Generate the fictional demo catalogue as authoring source (see docs/bundle-format.md).

Every publisher, brand, product, barcode, phone number and picture here is invented. GTINs use
the GS1 restricted-circulation ranges (EAN-13/EAN-8 starting with 2, UPC-A starting with 4) so
that they cannot belong to a real trade item. Pictures are drawn with Pillow and its built-in
font; the output is byte-identical on every run (fixed seeds, no clock, no network).

    python scripts/make_demo.py [--out DIR]     # default: assets/demo/src (deleted and rewritten)

The code is the package scripts/demo/ (see its docstring for what each module makes).
tests/test_demo_content.py checks that a run reproduces assets/demo/src: the YAML files byte
for byte, the pictures pixel for pixel (the committed ones are compressed with optimize=True).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from demo.publishers import PUBLISHERS
from demo.write import generate

DEFAULT_OUT = Path(__file__).resolve().parents[1] / "assets" / "demo" / "src"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--out",
        type=Path,
        default=DEFAULT_OUT,
        help="folder to (re)write; default: assets/demo/src",
    )
    parser.add_argument("--jobs", type=int, default=0, help="worker processes (default: auto)")
    parser.add_argument(
        "--quick",
        action="store_true",
        help="light PNG compression: same pixels, bigger files (for tests)",
    )
    args = parser.parse_args(argv)
    count = generate(args.out, args.jobs, args.quick)
    print(f"wrote {count} products for {len(PUBLISHERS)} publishers to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
