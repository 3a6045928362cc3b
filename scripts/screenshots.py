"""Render the app's screenshots for the docs from the fictional demo catalogue.

    QT_QPA_PLATFORM=offscreen python scripts/screenshots.py docs/screenshots

writes home.png (the window as it opens: installed bundles, active alerts, recent searches, the
DEMO marker), results.png (results for a misspelt brand), categories.png (the category browser),
scan-failed.png (a barcode no product carries, just scanned), scan-red.png (a 2D code whose lot
an alert in force names, scanned: the red result on top of the product page), product.png (a
product page zoomed into the call-out of its feature with the smallest print) and
product-dark.png (the same page in a dark palette), then the other windows (compare.png,
import.png, presentation.png, spotthefake.png, exam.png, updates.png), the product page and the
examination in Spanish, French and Portuguese (product-es.png, exam-es.png...), all at 1366x768,
the smallest screen idguide is made for. The demo catalogue and the settings are kept in a
temporary folder and thrown away.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # run from a checkout without installing
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QSettings, QTimer  # noqa: E402
from PySide6.QtGui import QColor, QPalette  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

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
from idguide.ui.settings import Settings  # noqa: E402

SIZE = (1366, 768)
TIMEOUT_MS = 20_000
NOT_IN_DEMO = "4006381333931"  # a valid EAN-13 that no demo product carries


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


DARK = {
    QPalette.ColorRole.Window: "#202124",
    QPalette.ColorRole.WindowText: "#e8eaed",
    QPalette.ColorRole.Base: "#171717",
    QPalette.ColorRole.AlternateBase: "#26282b",
    QPalette.ColorRole.Text: "#e8eaed",
    QPalette.ColorRole.Button: "#2d2f33",
    QPalette.ColorRole.ButtonText: "#e8eaed",
    QPalette.ColorRole.Highlight: "#3d7be0",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.ToolTipBase: "#2d2f33",
    QPalette.ColorRole.ToolTipText: "#e8eaed",
    QPalette.ColorRole.PlaceholderText: "#9aa0a6",
}


def dark_palette() -> QPalette:
    """A dark system palette, as a desktop in dark mode hands it to Qt."""
    palette = QPalette()
    for role, colour in DARK.items():
        palette.setColor(role, QColor(colour))
    return palette


def open_window(path: Path) -> MainWindow:
    window = MainWindow(path, lang="en")
    window.resize(*SIZE)
    window.show()
    run_until(lambda: window.worker.pending == 0, "the catalogue to open")
    return window


def shoot(path: Path, outdir: Path) -> None:
    product_id, query = choose(path)
    for earlier in ("8204.11", "036000291452", query):
        Settings().add_recent_search(earlier)
    window = open_window(path)
    save(window, outdir / "home.png")
    window.search_box.setText(query)
    run_until(lambda: window.search.is_current() and window.model.rowCount() > 0, "results")
    run_until(lambda: window.worker.pending == 0, "the thumbnails")
    save(window, outdir / "results.png")
    window.show_categories()
    run_until(lambda: window.worker.pending == 0, "the category counts")
    save(window, outdir / "categories.png")
    shoot_failed_scan(window, outdir / "scan-failed.png")
    shoot_red_scan(window, red_code(path), outdir / "scan-red.png")
    window.search_box.setText(query)  # the product beside the results that found it
    run_until(lambda: window.search.is_current() and window.model.rowCount() > 0, "results")
    show_product(window, product_id, outdir / "product.png")
    window.close()
    light = QApplication.palette()
    QApplication.setPalette(dark_palette())
    window = open_window(path)
    window.search_box.setText(query)
    run_until(lambda: window.search.is_current() and window.model.rowCount() > 0, "results")
    show_product(window, product_id, outdir / "product-dark.png")
    window.close()
    QApplication.setPalette(light)


def shoot_failed_scan(window: MainWindow, target: Path) -> None:
    """scan-failed.png: a valid barcode no product of the demo carries, scanned (issue 15)."""
    window.search_box.setFocus()
    window.search_box.setText(NOT_IN_DEMO)
    window.submit_search()  # the scanner's Enter
    run_until(lambda: window.stack.currentWidget() is window.scan_state, "the failed scan")
    save(window, target)
    window.search_box.clear()


def red_code(path: Path) -> str:
    """A GS1 code, in its printed form, of a demo product with a lot that an alert in force
    today names (what a 2D scanner reads off a fake's label)."""
    with open_catalog(path) as catalog:
        for row in list_products(catalog):
            product = get_product(catalog, row.id)
            for alert in product.alerts:
                if product.gtins and alert.lot_codes and alert.is_active(date.today()):
                    return f"(01){product.gtins[0]}(17)281231(10){alert.lot_codes[0]}"
    raise SystemExit("screenshots: no demo product has a lot in an alert in force")


def shoot_red_scan(window: MainWindow, code: str, target: Path) -> None:
    """scan-red.png: ``code`` scanned, its product page with the red result on top."""
    panel = window.product_view.scan_result
    window.search_box.setFocus()
    window.search_box.setText(code)
    window.submit_search()  # the scanner's Enter
    run_until(lambda: window.stack.currentWidget() is window.product_view, "the product page")
    run_until(panel.isVisible, "the scan result")
    run_until(lambda: window.worker.pending == 0, "the page to settle")
    save(window, target)
    window.search_box.clear()


def show_product(window: MainWindow, product_id: str, target: Path) -> None:
    window.open_product(product_id)
    run_until(lambda: window.stack.currentWidget() is window.product_view, "the product page")
    page = window.product_view
    run_until(lambda: True, "the page to be laid out")
    page.select_feature(small_print(page.page.product))  # its call-out, zoomed into
    run_until(lambda: window.worker.pending == 0, "the page to settle")
    save(window, target)


def small_print(product) -> int:
    """The first feature checked with a loupe (a lot code's print: the zoom helps it most),
    else the one with the smallest region."""
    marked = [f for f in product.features if f.region is not None] or product.features
    loupe = [f for f in marked if f.method == "loupe"]
    return (loupe or sorted(marked, key=lambda f: f.region.w * f.region.h if f.region else 1))[
        0
    ].number


# -- training and examinations (issue 6): presentation.png, spotthefake.png, exam.png ----------


def training_product(path: Path) -> tuple[str, int]:
    """A product with a genuine and a fake picture and the most features, and an examination of
    it with some answers, a case and one photo (the demo's fake picture, as if taken on site)."""
    from idguide.catalog.examinations import exams
    from idguide.ui.training.ops import spot_candidates

    with open_catalog(path) as catalog:
        products = [get_product(catalog, pid) for pid in spot_candidates(catalog, 200)]
        best = max(products, key=lambda p: (len(p.features), p.id))
        exam = exams.new_examination(
            catalog,
            best.id,
            verdict="suspected",
            case_ref="EE-2026-0412",
            place="Muuga port",
            quantity=240,
            quantity_unit="cartons",
            declared_origin="CN",
            lot_code=next((lot for a in best.alerts for lot in a.lot_codes), "L2634-31"),
            notes="Cartons declared as spare parts.",
            requester_name="Kadri Tamm",
            requester_agency="Estonian Tax and Customs Board",
            requester_office="Muuga port",
            requester_contact="kadri.tamm@emta.example",
        )
        for check, result in zip(
            exam.checks[:3], ("differs", "as-genuine", "cannot-tell"), strict=True
        ):
            exams.set_check(catalog, exam.id, check.number, result, "Seen with a loupe")
        fake = next(i for i in best.images if i.kind == "counterfeit")
        exams.add_photo(catalog, exam.id, catalog.images.read(fake.sha256), "Carton 3, item 1")
    return best.id, exam.id


def shoot_training(path: Path, outdir: Path) -> int:
    from idguide.ui.examinations.examwindow import ExamWindow
    from idguide.ui.training.presentation import PresentationWindow
    from idguide.ui.training.spotthefake import SpotTheFakeWindow

    QApplication.setPalette(QApplication.style().standardPalette())
    product_id, exam_id = training_product(path)
    window = open_window(path)
    worker = window.worker
    stage = PresentationWindow(worker, [product_id], "en", window)
    stage.resize(*SIZE)  # what showFullScreen gives on a 1366x768 projector
    stage.show()
    run_until(lambda: stage.index == 0 and worker.pending == 0, "the presentation")
    stage.go(1)
    run_until(lambda: True, "the zoom")
    save(stage, outdir / "presentation.png")
    stage.close()
    spot = SpotTheFakeWindow(worker, [product_id], "en", seed=4, parent=window)
    spot.resize(*SIZE)
    spot.show()
    run_until(lambda: spot.index == 0 and worker.pending == 0, "the spot-the-fake round")
    spot.pick(spot.questions[0].fake_side)
    run_until(lambda: True, "the reveal")
    save(spot, outdir / "spotthefake.png")
    spot.close()
    exam = ExamWindow(worker, exam_id, "en", window)
    exam.resize(*SIZE)
    exam.show()
    run_until(lambda: exam.exam is not None and worker.pending == 0, "the examination")
    rows = exam.checklist.rows.values()  # each title over its genuine and counterfeit lines
    run_until(
        lambda: all(r.genuine.y() >= r.title.y() + r.title.height() for r in rows),
        "the checklist to be laid out",
    )
    save(exam, outdir / "exam.png")
    exam.close()
    window.close()
    return exam_id


# -- the product page and the examination in Spanish, French and Portuguese (issue 17) -----------


def shoot_languages(path: Path, exam_id: int, outdir: Path) -> None:
    """product-es.png, exam-es.png and the same in fr and pt: the interface in that language
    (as View > Interface language gives it at start), the content too where the demo has it."""
    from idguide.ui.examinations.examwindow import ExamWindow
    from idguide.ui.translation import install_translations

    product_id, query = choose(path)
    for lang in ("es", "fr", "pt"):
        install_translations(lang)
        window = MainWindow(path, lang=lang)
        window.resize(*SIZE)
        window.show()
        run_until(lambda w=window: w.worker.pending == 0, "the catalogue to open")
        window.search_box.setText(query)
        run_until(lambda w=window: w.search.is_current() and w.model.rowCount() > 0, "results")
        show_product(window, product_id, outdir / f"product-{lang}.png")
        exam = ExamWindow(window.worker, exam_id, lang, window)
        exam.resize(*SIZE)
        exam.show()
        run_until(
            lambda e=exam, w=window: e.exam is not None and w.worker.pending == 0,
            "the examination",
        )
        run_until(lambda: True, "the checklist to be laid out")
        save(exam, outdir / f"exam-{lang}.png")
        exam.close()
        window.close()
    install_translations("en")


def main(argv: list[str]) -> int:
    outdir = Path(argv[1]) if len(argv) > 1 else ROOT / "docs" / "screenshots"
    outdir.mkdir(parents=True, exist_ok=True)
    app = create_application(["idguide"])
    with tempfile.TemporaryDirectory() as folder:
        for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
            QSettings.setPath(QSettings.Format.IniFormat, scope, folder)
        path = Path(folder) / "catalog.db"
        build_demo(path)
        shoot(path, outdir)
        shoot_compare_and_import(path, Path(folder), outdir)
        exam_id = shoot_training(path, outdir)  # presentation, spot the fake, examination
        shoot_languages(path, exam_id, outdir)  # product and examination in es, fr, pt
        shoot_updates(Path(folder), outdir / "updates.png")
    app.quit()
    return 0


# -- compare.png and import.png (ui.officer.compare, ui.bundles.importdialog) ---------------------


def shoot_compare_and_import(path: Path, folder: Path, outdir: Path) -> None:
    """compare.png: the product of product.png beside its counterfeit, a feature zoomed on both
    sides; import.png: the demo bundles installing into a new catalogue, paused halfway."""
    QApplication.setPalette(QApplication.style().standardPalette())
    product_id, _query = choose(path)
    window = open_window(path)
    window.open_product(product_id)
    run_until(lambda: window.stack.currentWidget() is window.product_view, "the product page")
    window.compare.open()
    window.compare.view.select_feature(2)
    run_until(lambda: window.worker.pending == 0, "the compare view to settle")
    save(window, outdir / "compare.png")
    window.close()
    shoot_import(trusted_demo_catalog(folder / "import.db"), outdir / "import.png")


def demo_bundle_files() -> list[Path]:
    from idguide.catalog.demo import shipped_bundle
    from idguide.catalog.paths import demo_sources

    return [shipped_bundle(source) for source in demo_sources()]


def trusted_demo_catalog(path: Path) -> Path:
    """A new catalogue whose trust store accepts the demo publishers, with nothing installed."""
    from idguide.catalog.bundles import entries, format, open_bundle, trust_add
    from idguide.catalog.bundles.demokey import demo_public_key

    with open_catalog(path) as catalog:
        for file in demo_bundle_files():
            with open_bundle(file) as bundle:
                data = bundle.read_json(format.PUBLISHER, format.MAX_PUBLISHER_BYTES)
                publisher = entries.read_publisher(data, file.name)
            brands = [brand.id for brand in publisher.brands]
            trust_add(catalog, demo_public_key(), publisher.id, brands, demo=True)
    return path


def shoot_dialog(window: MainWindow, dialog: QWidget, target: Path) -> None:
    """The window with ``dialog`` over its middle, as a desktop shows a dialog (the offscreen
    platform draws each window on its own)."""
    from PySide6.QtGui import QPainter

    dialog.move(window.geometry().center() - dialog.rect().center())
    shot = window.grab()
    painter = QPainter(shot)
    corner = dialog.geometry().topLeft() - window.geometry().topLeft()
    painter.drawPixmap(corner, dialog.grab())
    painter.setPen(dialog.palette().color(QPalette.ColorRole.Mid))
    painter.drawRect(dialog.rect().translated(corner).adjusted(0, 0, -1, -1))
    painter.end()
    shot.save(str(target))
    print(target)


def shoot_import(path: Path, target: Path) -> None:
    import threading

    from idguide.ui.bundles import importdialog

    started: list[str] = []
    halfway: list[int] = []  # the report that reached halfway, which the dialog then shows
    paused, gate = threading.Event(), threading.Event()

    def pause(done: int, total: int, label: str) -> None:
        if done == 0 and label == "Reading entries":
            started.append(label)
        threading.Event().wait(0.06)  # every report gets past the worker's throttle
        if halfway:
            # The report after the halfway one waits here (this hook runs before a report is
            # passed on), so the dialog shows the halfway report itself however the pictures
            # are grouped and however busy the machine is.
            paused.set()
            gate.wait(TIMEOUT_MS / 1000)
        elif len(started) == 3 and label == "Storing images" and done >= total // 2:
            # halfway through storing the third bundle's pictures (the core's longest step; an
            # import reports "Installing" once, then its pictures one group at a time)
            halfway.append(done)

    importdialog.report_hook = pause
    window = open_window(path)
    dialog = window.importer.open([str(p) for p in demo_bundle_files()])
    run_until(lambda: dialog.install.isEnabled(), "the bundles to be verified")
    dialog.install.click()
    bar = dialog.progress
    run_until(
        lambda: (
            paused.is_set()
            and ": Storing images " in dialog.status.text()
            and bar.value() == halfway[0]
        ),
        "the import to reach halfway",
    )
    shoot_dialog(window, dialog, target)
    gate.set()
    dialog.cancel_install()
    run_until(lambda: dialog.summary.isVisible(), "the import to stop")
    importdialog.report_hook = None
    window.close()


# -- updates.png (ui.bundles.updates): the summary after File > Check for updates ----------------

FEED_URL = "http://updates.customs.example/feed/"  # served on 127.0.0.1, reached as through a proxy
UPDATED = ("curavel", "veltrex", "horlavik", "strydon")  # demo sources the feed offers


def shoot_updates(folder: Path, target: Path) -> None:
    """A laptop that synced four publishers from its administration's feed; the feed then offers
    a newer bundle of one and, damaged on the mirror, of another. The summary after File > Check
    for updates: one installed, one refused and why, two up to date."""
    from idguide.catalog.bundles import generate_keys, trust_add
    from idguide.catalog.feed import add_feed, init_feed, publish_bundles, publish_trust, sync

    QApplication.setPalette(QApplication.style().standardPalette())
    private, public = generate_keys(folder / "publisher-keys")
    sources = [feed_source(folder, name) for name in UPDATED]
    feed, keys = folder / "feed", folder / "feed-keys"
    init_feed(feed, keys)
    with open_catalog(folder / "admin.db") as admin:
        for source in sources:
            trust_add(admin, public, source.name, all_brands=True)
        publish_trust(feed, admin.path, keys)
    publish_bundles(feed, [signed(source, private, 1) for source in sources], keys)
    laptop = folder / "laptop" / "catalog.db"
    laptop.parent.mkdir()
    with serving(feed):
        with open_catalog(laptop) as catalog:
            add_feed(laptop, FEED_URL, feed / "metadata" / "1.root.json", name="hq")
            sync(catalog)
        newer, damaged_one = sources[0], sources[3]
        revise(newer)
        publish_bundles(feed, [signed(newer, private, 2), signed(damaged_one, private, 2)], keys)
        (damaged,) = feed.glob(f"targets/bundles/*.{damaged_one.name}-2-full.idgb")
        data = bytearray(damaged.read_bytes())
        data[len(data) // 2] ^= 0xFF  # a bad copy on the mirror: same length, another sha256
        damaged.write_bytes(bytes(data))
        window = open_window(laptop)
        dialog = window.updates.check_now()
        run_until(lambda: not window.updates.check.running, "the check for updates")
        run_until(lambda: window.worker.pending == 0, "the views to refresh")
    shoot_dialog(window, dialog, target)
    window.close()


def feed_source(folder: Path, name: str) -> Path:
    """A copy of the demo publisher ``name`` as a publisher of its own (not demo content)."""
    import shutil

    from idguide.catalog.paths import demo_sources

    source = next(s for s in demo_sources() if s.name.removeprefix("demo-") == name)
    copy = folder / "sources" / name
    shutil.copytree(source, copy)
    publisher = copy / "publisher.yaml"
    lines = publisher.read_text(encoding="utf-8").splitlines()
    lines = [f"id: {name}" if line.startswith("id: ") else line for line in lines]
    publisher.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return copy


def revise(source: Path) -> None:
    """Two products of ``source`` revised, as a publisher's next bundle would."""
    revised = 0
    for product in sorted((source / "products").glob("*.yaml")):
        text = product.read_text(encoding="utf-8")
        if revised < 2 and "\nrevision: 1\n" in text:
            product.write_text(text.replace("\nrevision: 1\n", "\nrevision: 2\n"), "utf-8")
            revised += 1


def signed(source: Path, private: Path, sequence: int) -> Path:
    from idguide.catalog.bundles import build_bundle

    target = source.parent / f"{source.name}-{sequence}.idgb"
    build_bundle(source, target, private, sequence, created_at="2026-12-01T09:00:00+00:00")
    return target


@contextmanager
def serving(feed: Path) -> Iterator[None]:
    """Serve ``feed`` at FEED_URL: a web server on 127.0.0.1, reached through the proxy setting
    (nothing leaves this computer)."""
    import threading
    from functools import partial
    from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
    from urllib.parse import urlsplit

    class Mirror(SimpleHTTPRequestHandler):
        def translate_path(self, path: str) -> str:
            return super().translate_path(urlsplit(path).path.removeprefix("/feed"))

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(Mirror, directory=str(feed)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    saved = {key: os.environ.pop(key, None) for key in PROXIES}
    os.environ["http_proxy"] = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        yield
    finally:
        for key, value in saved.items():
            os.environ.pop(key, None)
            if value is not None:
                os.environ[key] = value
        server.shutdown()
        server.server_close()


PROXIES = ("http_proxy", "https_proxy", "all_proxy", "no_proxy")
PROXIES += tuple(key.upper() for key in PROXIES)

if __name__ == "__main__":
    sys.exit(main(sys.argv))
