"""Sign the demo bundles (`make demo-bundles`): one per folder of assets/demo/src/, with the
DEMO-ONLY key in scripts/demo/keys/, into assets/demo/bundles/, and pin their sha256 in
assets/demo/bundles/SHA256SUMS (idguide installs no other bundle signed with that key).

Raise DEMO_SEQUENCE in idguide/catalog/demo.py when the sources change."""

from __future__ import annotations

import hashlib
from pathlib import Path

from idguide.catalog.bundles.build import build_bundle
from idguide.catalog.demo import DEMO_CREATED_AT, DEMO_SEQUENCE, shipped_bundle
from idguide.catalog.paths import demo_sources

PRIVATE = Path(__file__).resolve().parent / "demo" / "keys" / "private.key"


def main() -> None:
    written = []
    for source in demo_sources():
        target = shipped_bundle(source)
        build_bundle(source, target, PRIVATE, DEMO_SEQUENCE, created_at=DEMO_CREATED_AT)
        written.append(target)
        print(target)
    sums = [f"{hashlib.sha256(p.read_bytes()).hexdigest()}  {p.name}\n" for p in written]
    (written[0].parent / "SHA256SUMS").write_text("".join(sums), encoding="utf-8")


if __name__ == "__main__":
    main()
