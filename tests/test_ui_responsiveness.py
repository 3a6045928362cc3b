"""The window never freezes: long catalogue work runs in the worker, not on the GUI thread.

While the worker rebuilds the index of a few thousand products and imports a signed bundle of a
few thousand more, the work stops in its middle (at its first progress report) and waits for
the GUI thread to answer: a 10 ms timer on the GUI thread answers as soon as it sees the
question. If the work ran on the GUI thread, or held it, nothing would answer and the test
would fail after a generous wait. No timing threshold decides it; the test prints the longest
gap between the timer's ticks for the reader (measured here: 0.1-0.3 s, as the worker and the
GUI thread share the interpreter lock).
"""

from __future__ import annotations

import io
import threading
import time
from functools import partial
from pathlib import Path

import pytest
from PIL import Image as PILImage
from PySide6.QtCore import QTimer

from idguide.catalog import model, open_catalog, write
from idguide.catalog.authoring.source import Source
from idguide.catalog.bundles import generate_keys, trust_add, write_bundle
from idguide.catalog.categories import CATEGORIES
from idguide.ui.bundles.importdialog import import_for_dialog
from idguide.ui.mainwindow import MainWindow

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

PRODUCTS = 3000
ANSWER_WITHIN_S = 30  # a generous bound: a free GUI thread answers within 10 ms


def products(
    first: int, count: int, image: Path, publisher: str = "synthetic"
) -> list[model.Product]:
    """Small synthetic entries sharing one picture."""
    made = []
    for n in range(first, first + count):
        category = CATEGORIES[n % len(CATEGORIES)]
        made.append(
            model.Product(
                id=f"synthetic-{n:05d}",
                publisher_id=publisher,
                brand_id=f"{publisher}-{n % 40}",
                category=category.id,
                name={"en": f"Product {n} {category.id}"},
                description={"en": f"Hologram label seal number {n} with etched serial {n * 7}"},
                models=[f"SY-{n}"],
                images=[model.Image(ref="shared.png", source=image)],
            )
        )
    return made


def publisher(name: str = "synthetic") -> model.Publisher:
    brands = [model.Brand(f"{name}-{i}", f"{name.title()} {i}") for i in range(40)]
    return model.Publisher(name, f"{name.title()} Goods", brands=brands)


@pytest.fixture
def picture(tmp_path: Path) -> Path:
    buffer = io.BytesIO()
    PILImage.new("RGB", (32, 24), (200, 30, 30)).save(buffer, "PNG")
    path = tmp_path / "shared.png"
    path.write_bytes(buffer.getvalue())
    return path


@pytest.fixture
def big_catalog(tmp_path: Path, picture: Path) -> Path:
    path = tmp_path / "big.db"
    with open_catalog(path) as catalog:
        write.install(catalog, publisher(), products(0, PRODUCTS, picture), write.BundleInfo("b1"))
    return path


@pytest.fixture
def signed_bundle(tmp_path: Path, picture: Path, big_catalog: Path) -> Path:
    """A signed bundle of a few thousand more products from another publisher, trusted by
    ``big_catalog``. (Written from entries made in memory: reading as many YAML files would
    take longer than the test.)"""
    private, public = generate_keys(tmp_path / "keys")
    entries = products(PRODUCTS, PRODUCTS, picture, publisher="imported")
    source = Source(tmp_path, publisher("imported"), entries)
    path = tmp_path / "imported-1.idgb"
    write_bundle(source, path, private, sequence=1)
    with open_catalog(big_catalog) as catalog:
        trust_add(catalog, public, "imported", all_brands=True)
    return path


class StallMeter:
    """A 10 ms timer on the GUI thread: answers the worker's question, and records the longest
    gap between its ticks."""

    def __init__(self) -> None:
        self.longest = 0.0
        self.ticks = 0
        self.asked = threading.Event()  # set by the worker in the middle of its work
        self.answered = threading.Event()  # set by the GUI thread once it saw the question
        self.started = self._last = time.monotonic()
        self._timer = QTimer(interval=10)
        self._timer.timeout.connect(self._tick)
        self._timer.start()

    def _tick(self) -> None:
        now = time.monotonic()
        self.longest = max(self.longest, now - self._last)
        self.ticks += 1
        self._last = now
        if self.asked.is_set():
            self.answered.set()

    def ask(self) -> bool:
        """Called in the worker: does the GUI thread answer while the work is under way?"""
        self.asked.set()
        return self.answered.wait(timeout=ANSWER_WITHIN_S)

    def stop(self) -> tuple[float, float]:
        """(longest gap, time since the start)."""
        self._timer.stop()
        return self.longest, time.monotonic() - self.started


def run_long(qtbot, window: MainWindow, fn, label: str) -> list:
    """Run ``fn(catalog, progress)`` in the worker, check that the GUI thread answered in the
    middle of it, and return the progress reports that reached the GUI."""
    reports: list = []
    window.worker.longProgress.connect(lambda *args: reports.append(args))
    done: list = []
    threads: list = []
    answers: list[bool] = []
    meter = StallMeter()

    def work(catalog, progress):
        threads.append(threading.current_thread())

        def report(done_: int, total: int, step: str = "") -> None:
            if done_ and not answers:  # the work is under way: is the window still alive?
                answers.append(meter.ask())
            progress(done_, total, step)

        return fn(catalog, report)

    window.worker.submit(work, done.append, done.append, label=label)
    qtbot.waitUntil(lambda: bool(done), timeout=60_000)
    stall, duration = meter.stop()
    print(f"{label}: {duration:.2f} s, longest GUI stall {stall:.3f} s, {meter.ticks} ticks")
    assert not isinstance(done[0], BaseException), done[0]
    assert threads and threads[0] is not threading.main_thread()
    assert answers == [True], f"the window did not answer while {label.lower()}"
    return reports


def test_gui_thread_keeps_ticking_during_reindex_and_import(
    qtbot, big_catalog, signed_bundle, ui_errors
):
    window = MainWindow(big_catalog, lang="en")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.worker.pending == 0)

    reports = run_long(qtbot, window, lambda c, p: c.reindex(p), "Rebuilding the index")
    assert reports  # progress reached the GUI while it worked

    # the import the dialog runs: verification, every picture decoded, one transaction, index
    import_ = partial(import_for_dialog, path=str(signed_bundle), lang="en")
    reports = run_long(qtbot, window, import_, "Importing")
    assert any(total == PRODUCTS for _label, _done, total in reports)

    window.search_box.setText(f"SY-{PRODUCTS + 5}")  # the new entries are found at once
    qtbot.waitUntil(lambda: window.model.rowCount() > 0 and window.search.is_current())
    assert window.model.summary(0).id == f"synthetic-{PRODUCTS + 5:05d}"
    window.close()
