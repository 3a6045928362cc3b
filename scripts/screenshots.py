"""Render the app's screenshots for the docs from the fictional demo catalogue.

    QT_QPA_PLATFORM=offscreen python scripts/screenshots.py docs/screenshots

writes home.png (the window as it opens), results.png (results for a misspelt brand) and
product.png (a product page with feature 1's call-out), all at 1366x768, the smallest screen
idguide is made for. The demo catalogue is built in a temporary folder and thrown away.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # run from a checkout without installing
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402

from idguide.catalog import (  # noqa: E402
    IdguideError,
    get_product,
    install_demo,
    list_products,
    open_catalog,
    search,
)
from idguide.ui.app import create_application  # noqa: E402
from idguide.ui.mainwindow import MainWindow  # noqa: E402

SIZE = (1366, 768)
TIMEOUT_MS = 20_000


def build_demo(path: Path) -> None:
    with open_catalog(path) as catalog:
        try:
            install_demo(catalog)
        except IdguideError as exc:  # keep the publishers installed before the broken one
            print(f"screenshots: the demo catalogue is incomplete: {exc}", file=sys.stderr)
        if not list_products(catalog):
            raise SystemExit("screenshots: the demo catalogue has no products")


def choose(path: Path) -> tuple[str, str]:
    """The product to show (one with an alert and many features) and a misspelt query for it."""
    with open_catalog(path) as catalog:
        products = [get_product(catalog, row.id) for row in list_products(catalog)]
        best = max(products, key=lambda p: (bool(p.alerts), len(p.features), p.id))
        brand = best.brand_name.lower()
        typo = brand[:2] + brand[3] + brand[2] + brand[4:] if len(brand) > 4 else brand
        query = typo if search(catalog, typo).rows else brand
    return best.id, query


def run_until(done: Callable[[], bool], what: str) -> None:
    """Run the event loop until ``done()`` holds (checked every 20 ms), or give up."""
    loop = QEventLoop()
    waited = {"ms": 0}

    def check() -> None:
        waited["ms"] += 20
        if done() or waited["ms"] > TIMEOUT_MS:
            loop.quit()

    timer = QTimer(interval=20)
    timer.timeout.connect(check)
    timer.start()
    loop.exec()
    timer.stop()
    if not done():
        raise SystemExit(f"screenshots: gave up waiting for {what}")


def save(window: MainWindow, target: Path) -> None:
    window.grab().save(str(target))
    print(target)


def shoot(path: Path, outdir: Path) -> None:
    product_id, query = choose(path)
    window = MainWindow(path, lang="en")
    window.resize(*SIZE)
    window.show()
    run_until(lambda: window.worker.pending == 0, "the catalogue to open")
    save(window, outdir / "home.png")
    window.search_box.setText(query)
    run_until(lambda: window.search.is_current() and window.model.rowCount() > 0, "results")
    save(window, outdir / "results.png")
    window.open_product(product_id)
    run_until(lambda: window.stack.currentWidget() is window.product_view, "the product page")
    window.product_view.select_feature(1)
    run_until(lambda: window.worker.pending == 0, "the page to settle")
    save(window, outdir / "product.png")
    window.close()


def main(argv: list[str]) -> int:
    outdir = Path(argv[1]) if len(argv) > 1 else ROOT / "docs" / "screenshots"
    outdir.mkdir(parents=True, exist_ok=True)
    app = create_application(["idguide"])
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "catalog.db"
        build_demo(path)
        shoot(path, outdir)
    app.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
