"""Words the officer reads: every count in the app is a real plural ("1 product", "2 products"),
never "product(s)" or "1 products"."""

from __future__ import annotations

import pytest
from bundle_helpers import build, make_keys, trusted_catalog
from support import PLIERS, SAMPLE, WRENCH, install_folder

from idguide.catalog import open_catalog
from idguide.catalog.overview import InstalledBundle
from idguide.catalog.training import workshops

pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support propagateSizeHints", "This plugin does not support raise"
)


def search(qtbot, window, text: str) -> str:
    window.search_for(text)
    qtbot.waitUntil(lambda: window.search.is_current() and window.worker.pending == 0)
    return window.count.text()


def test_the_results_count_says_product_and_products(qtbot, window):
    assert search(qtbot, window, "pliers") == "1 product found"
    assert search(qtbot, window, "nordiva") == "2 products found"


def test_the_home_screen_counts_products_and_publishers(qtbot, open_window, tmp_path):
    path = tmp_path / "one.db"
    with open_catalog(path) as catalog:
        install_folder(catalog, SAMPLE / "cremelia")
    window = open_window(path)
    qtbot.waitUntil(lambda: "from" in window.home.summary.text())
    assert window.home.summary.text().startswith("1 product from 1 publisher.")
    with open_catalog(path) as catalog:
        install_folder(catalog, SAMPLE / "nordhaven")
    window.refresh_home()
    qtbot.waitUntil(lambda: window.home.summary.text().startswith("3 products from 2 publishers."))


@pytest.mark.parametrize(
    ("count", "days", "text"),
    [
        (1, 1, "1 publisher not updated for 1 day or more"),
        (2, 90, "2 publishers not updated for 90 days or more"),
    ],
)
def test_out_of_date_publishers_are_counted_in_words(qtbot, window, count, days, text):
    stale = [
        InstalledBundle(f"p{n}", f"P{n}", 1, "full", "", "2020-01-01", days, True)
        for n in range(count)
    ]
    window.home._fill_stale(stale)
    assert window.home.stale.text().startswith(text)
    window.home._fill_stale(stale[:1])
    assert "(s)" not in window.home.stale.text()


def test_the_import_dialog_counts_bundles_and_their_contents(qtbot, open_window, tmp_path):
    keys = make_keys(tmp_path / "keys")
    bundle = build(SAMPLE / "nordhaven", tmp_path / "nordhaven-1.idgb", keys[0])
    window = open_window(trusted_catalog(tmp_path / "catalog.db", keys[1]))
    dialog = window.importer.open([str(bundle)])
    qtbot.waitUntil(lambda: dialog.install.isEnabled(), timeout=10_000)
    assert dialog.status.text() == "1 of 1 bundle can be installed."
    assert "Contents: 3 images, 2 products" in dialog.detail.text()
    dialog.install.click()
    qtbot.waitUntil(dialog.summary.isVisible, timeout=10_000)
    assert dialog.summary.text().startswith("Installed 1 bundle.\n")
    assert "(s)" not in dialog.summary.text() + dialog.detail.text()


def test_workshop_sets_count_their_products(qtbot, window):
    with open_catalog(window.catalog_path) as catalog:
        workshops.create_workshop(catalog, "One", [PLIERS])
        workshops.create_workshop(catalog, "Two", [PLIERS, WRENCH])
    sets = window.training.open_workshops()
    qtbot.waitUntil(lambda: sets.sets.count() == 2)
    texts = sorted(sets.sets.item(row).text() for row in range(2))
    assert texts == ["One (1 product)", "Two (2 products)"]
