"""Startup benchmark: how soon the officer's window answers a search on a large catalogue.

Builds (or reuses, with ``--catalog``) a synthetic catalogue of N products installed through
``idguide.catalog.write.install`` with its search index, then measures, each in a fresh
subprocess:

- ``bare_qt_s``: process start to a bare PySide6 window shown;
- ``window_shown_s``: process start to idguide's first window painted, started as ``idguide``
  starts it (``idguide.ui.app.run_app``: a window at once, idguide.ui.startwindow, then the
  main window in its place);
- ``search_ready_s``: process start to the idguide main window showing results for a query
  typed programmatically right after it opens;
- ``rss_mb``: resident memory of that process when the results arrived (VmRSS).

``--frozen dist/idguide/idguide`` times the desktop build instead: ``window_shown_s``,
``main_window_shown_s`` (its main window shown), ``search_ready_s`` (the query typed into its
first window as soon as that is shown, ``IDGUIDE_STARTUP_QUERY``, answered in the main window)
and ``rss_mb`` then, from the moments it notes (``IDGUIDE_STARTUP_TIMES``, idguide.ui.app).
``--frozen .venv/bin/idguide`` times the installed package's program the same way.

The last line printed is one JSON object with the figures (best of ``--rounds`` runs). With
``--cold`` the kernel's page cache is dropped before each measured process (``echo 3 >
/proc/sys/vm/drop_caches``: root only), so that Python, Qt and the catalogue are read from disk.

    python benchmarks/startup_bench.py --products 100000 --catalog /tmp/idguide-startup
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PIL import Image as PILImage  # noqa: E402
from stdnum import ean  # noqa: E402

from idguide.catalog import model, open_catalog, write  # noqa: E402
from idguide.catalog.categories import CATEGORIES  # noqa: E402

CHUNK = 5000
WORDS = [
    "hologram",
    "label",
    "seal",
    "cap",
    "bottle",
    "box",
    "print",
    "logo",
    "colour",
    "serial",
    "batch",
    "code",
    "foil",
    "stitching",
    "leather",
    "zipper",
    "buckle",
    "strap",
    "sole",
    "thread",
    "seam",
    "carton",
    "tablet",
    "capsule",
    "leaflet",
    "watermark",
    "ink",
    "engraving",
    "texture",
    "weight",
    "filter",
    "valve",
    "bearing",
    "ring",
    "groove",
    "wrench",
    "blade",
    "handle",
    "charger",
    "cable",
    "battery",
    "screen",
    "lens",
    "dial",
    "crown",
    "clasp",
    "genuine",
    "counterfeit",
    "sharp",
    "blurred",
    "faded",
    "glossy",
    "matte",
]
SYLLABLES = [
    "no",
    "ra",
    "di",
    "va",
    "lu",
    "mi",
    "ce",
    "ta",
    "ro",
    "ve",
    "sa",
    "pe",
    "ko",
    "ri",
    "ma",
    "to",
    "be",
    "la",
    "zo",
    "fi",
    "ne",
    "xa",
    "el",
    "ar",
]
QUERY = "nordiva"


def pseudo_word(rng: random.Random, syllables: int) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(syllables))


def gtin(rng: random.Random) -> str:
    body = "".join(rng.choice("0123456789") for _ in range(12))
    return "0" + body + ean.calc_check_digit(body)


def picture(folder: Path) -> Path:
    path = folder / "shared.png"
    buffer = io.BytesIO()
    PILImage.new("RGB", (64, 48), (180, 40, 40)).save(buffer, "PNG")
    path.write_bytes(buffer.getvalue())
    return path


def product(rng: random.Random, number: int, brands: list[model.Brand], image: Path):
    brand = brands[number % len(brands)]
    category = CATEGORIES[number % len(CATEGORIES)]
    name = f"{pseudo_word(rng, 2).title()} {rng.choice(WORDS)} {number}"
    text = " ".join(rng.choice(WORDS) for _ in range(40))
    names = {"en": name, "es": name + " es"} if number % 3 == 0 else {"en": name}
    return model.Product(
        id=f"p{number:07d}",
        publisher_id="bench",
        brand_id=brand.id,
        category=category.id,
        name=names,
        description={"en": text},
        models=[f"{pseudo_word(rng, 1).upper()}-{number}"],
        gtins=[gtin(rng)],
        hs_codes=[category.hs[0] + "00"] if len(category.hs[0]) == 4 else [],
        images=[model.Image(ref="shared.png", source=image)],
        features=[model.Feature(1, {"en": "Etched " + rng.choice(WORDS)}, {"en": text[:80]})],
    )


def publisher(brand_count: int) -> model.Publisher:
    brands = [model.Brand("nordiva", "Nordiva")]
    brands += [
        model.Brand(f"b{i}", pseudo_word(random.Random(i), 3).title())
        for i in range(1, brand_count)
    ]
    return model.Publisher("bench", "Bench Holdings", brands=brands, demo=False)


def build(path: Path, products: int, seed: int = 1) -> None:
    """Install ``products`` synthetic products in chunks, then build the index once."""
    rng = random.Random(seed)
    pub = publisher(max(products // 200, 2))
    image = picture(path.parent)
    with open_catalog(path) as catalog:
        original = write.update_index
        write.update_index = lambda *args, **kwargs: None  # one rebuild at the end, not per chunk
        try:
            for start in range(0, products, CHUNK):
                chunk = [
                    product(rng, n, pub.brands, image)
                    for n in range(start, min(start + CHUNK, products))
                ]
                write.install(
                    catalog, pub, chunk, write.BundleInfo(id=f"bench-{start}", sequence=start + 1)
                )
                print(f"installed {start + len(chunk)} / {products}", file=sys.stderr)
        finally:
            write.update_index = original
        catalog.reindex()


BARE = """
import time, sys
from PySide6.QtWidgets import QApplication, QWidget
from PySide6.QtCore import QTimer
app = QApplication(["bench"])
w = QWidget(); w.resize(800, 600); w.show()
def done():
    print(time.monotonic() - START); app.quit()
QTimer.singleShot(0, done)
app.exec()
"""

# The first paint of idguide's first window, as `idguide` starts (run_app).
WINDOW = """
import os, time, sys
from pathlib import Path
from PySide6.QtCore import QEvent, QObject
from idguide.ui.app import create_application, run_app
class Watch(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and obj.isWidgetType() and obj.isWindow():
            print(time.monotonic() - START, flush=True)
            os._exit(0)
        return False
app = create_application(["bench"])
watch = Watch()
app.installEventFilter(watch)
run_app(Path(sys.argv[1]))
"""

IDGUIDE = """
import time, sys
from pathlib import Path
from PySide6.QtCore import QTimer
from idguide.ui.app import create_application
from idguide.ui.mainwindow import MainWindow
app = create_application(["bench"])
window = MainWindow(Path(sys.argv[1]), lang="en")
window.show()
window.search_box.setText(sys.argv[2])
def check():
    if window.model.rowCount() and window.search.is_current():
        elapsed = time.monotonic() - START
        rss = next(l for l in open("/proc/self/status") if l.startswith("VmRSS"))
        print(elapsed, int(rss.split()[1]) / 1024)
        window.close(); app.quit()
timer = QTimer(interval=5); timer.timeout.connect(check); timer.start()
app.exec()
"""


COLD = False  # --cold: drop the page cache before each measured process


def drop_caches() -> None:
    os.sync()
    try:
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
    except OSError as exc:
        raise SystemExit(f"startup_bench: --cold needs root to drop the caches ({exc})") from None


def measure(script: str, *args: str) -> list[float]:
    """Run ``script`` in a fresh interpreter; the clock starts just before the process does."""
    if COLD:
        drop_caches()
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    env["PYTHONPATH"] = str(ROOT)
    start = time.monotonic()
    prelude = f"START = {start!r}\n"
    proc = subprocess.run(
        [sys.executable, "-c", prelude + script, *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    if proc.returncode != 0:
        raise SystemExit(f"startup_bench: the measured process failed:\n{proc.stderr}")
    return [float(value) for value in proc.stdout.split()]


def measure_frozen(program: Path, catalog: Path) -> dict[str, float]:
    """Start the frozen ``program`` on ``catalog`` as an officer would (it closes its main window
    once shown: IDGUIDE_CLOSE_AT_ONCE); the moments it notes (IDGUIDE_STARTUP_TIMES), in seconds
    from just before its process started."""
    if COLD:
        drop_caches()
    times = catalog.parent / "frozen-times.txt"
    times.unlink(missing_ok=True)
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        "IDGUIDE_CLOSE_AT_ONCE": "1",
        "IDGUIDE_STARTUP_TIMES": str(times),
        "IDGUIDE_STARTUP_QUERY": QUERY,
    }
    start = time.monotonic()
    proc = subprocess.run(
        [str(program), "--catalog", str(catalog)], capture_output=True, text=True, env=env
    )
    if proc.returncode != 0:
        raise SystemExit(f"startup_bench: the frozen program failed:\n{proc.stderr}")
    noted = {k: float(v) for k, v in (line.split() for line in times.read_text().splitlines())}
    rss = noted.pop("rss_mb")
    return {**{moment: clock - start for moment, clock in noted.items()}, "rss_mb": rss}


def run_frozen(program: Path, products: int, folder: Path, rounds: int) -> dict:
    """The frozen build's ``window_shown_s``, its main window's and ``search_ready_s`` (beside the
    installed package's bare window: the frozen program runs no other script)."""
    path = folder / f"catalog-{products}.db"
    if not path.exists():
        raise SystemExit(f"startup_bench: build {path} first (run without --frozen)")
    bare = min(measure(BARE)[0] for _ in range(rounds))
    runs = [measure_frozen(program, path) for _ in range(rounds)]
    shown = min(r["window_shown"] for r in runs)
    best = min(runs, key=lambda r: r["search_ready"])
    return {
        "products": products,
        "cold": COLD,
        "frozen": str(program),
        "bare_qt_s": round(bare, 3),
        "window_shown_s": round(shown, 3),
        "window_ratio": round(shown / bare, 2),
        "main_window_shown_s": round(min(r["main_window_shown"] for r in runs), 3),
        "search_ready_s": round(best["search_ready"], 3),
        "rss_mb": round(best["rss_mb"], 1),
        "ratio": round(best["search_ready"] / bare, 2),
    }


def run(products: int, folder: Path, rounds: int) -> dict:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"catalog-{products}.db"
    build_s = 0.0
    if not path.exists():
        started = time.monotonic()
        build(path, products)
        build_s = time.monotonic() - started
    with open_catalog(path):
        pass  # make sure the index is current before timing starts
    bare = min(measure(BARE)[0] for _ in range(rounds))
    shown = min(measure(WINDOW, str(path))[0] for _ in range(rounds))
    ready = [measure(IDGUIDE, str(path), QUERY) for _ in range(rounds)]
    best = min(ready)
    return {
        "products": products,
        "cold": COLD,
        "build_s": round(build_s, 1),
        "bare_qt_s": round(bare, 3),
        "window_shown_s": round(shown, 3),
        "window_ratio": round(shown / bare, 2),
        "search_ready_s": round(best[0], 3),
        "rss_mb": round(best[1], 1),
        "ratio": round(best[0] / bare, 2),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--products", type=int, default=10_000)
    parser.add_argument(
        "--catalog",
        type=Path,
        default=Path("/tmp/idguide-startup"),
        help="folder where catalogues are built once and reused",
    )
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--cold", action="store_true", help="drop the page cache before each run")
    parser.add_argument("--frozen", type=Path, help="the desktop build's program to time instead")
    args = parser.parse_args()
    global COLD
    COLD = args.cold
    if args.frozen:
        figures = run_frozen(args.frozen, args.products, args.catalog, args.rounds)
    else:
        figures = run(args.products, args.catalog, args.rounds)
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
