"""A window at once: ``idguide`` shows its first window before the search core and the app's
heavier modules are loaded (idguide.ui.startwindow), then the main window takes its place with
what was typed meanwhile. Checked by what is loaded, never by timing (benchmarks/startup_bench.py
times it)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

# Loaded only for the main window, after the first one is on screen: the search core (whoosh and
# idguide's finding), the catalogue, the compare view, training, the import dialog, the
# examinations, the update feeds' part, scanning, the PDF library.
HEAVY = (
    "whoosh",
    "idguide.catalog.store",
    "idguide.catalog.finding",
    "idguide.ui.mainwindow",
    "idguide.ui.officer.compare",
    "idguide.ui.training",
    "idguide.ui.bundles.importdialog",
    "idguide.ui.bundles.updates",
    "idguide.ui.examinations",
    "idguide.ui.officer.scanner",
    "fpdf",
)

# Runs the app as `idguide` does (run_app), recording which of HEAVY are loaded when each
# top-level window is first shown, and what the main window's search box holds.
RECORD = """
import json, sys
from pathlib import Path
from PySide6.QtCore import QEvent, QObject
from idguide.ui.app import create_application, run_app

heavy, shown = json.loads(sys.argv[2]), []

class Watch(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Show and obj.isWidgetType() and obj.isWindow():
            loaded = [name for name in heavy if name in sys.modules]
            shown.append([type(obj).__name__, obj.windowTitle(), loaded])
            if type(obj).__name__ == "StartWindow":
                obj.search_box.setText("torque")  # typed before the main window is there
            else:
                shown[-1].append(obj.search_box.text())
        return False

app = create_application()
watch = Watch()
app.installEventFilter(watch)
status = run_app(Path(sys.argv[1]))
print(json.dumps({"status": status, "shown": shown}))
"""


def test_the_first_window_is_shown_before_the_search_core_and_the_heavier_modules(
    sample_catalog,
):
    done = subprocess.run(
        [sys.executable, "-c", RECORD, str(sample_catalog), json.dumps(HEAVY)],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "IDGUIDE_CLOSE_AT_ONCE": "1"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.splitlines()[-1])
    assert result["status"] == 0
    first, *later = result["shown"]
    assert first[:2] == ["StartWindow", "idguide: opening…"]
    assert first[2] == []  # none of the heavy modules loaded yet
    main = next(window for window in later if window[0] == "MainWindow")
    assert set(main[2]) >= {"whoosh", "idguide.ui.mainwindow"}  # (so the record does see them)
    assert main[1] == "idguide" and main[3] == "torque"  # what was typed is not lost


def test_the_app_notes_its_start_up_moments_for_the_benchmark(sample_catalog, tmp_path):
    """IDGUIDE_STARTUP_TIMES (for startup_bench.py --frozen): the first window, then the main
    window, each noted once, on the system's monotonic clock."""
    times = tmp_path / "times.txt"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "IDGUIDE_CLOSE_AT_ONCE": "1",
        "IDGUIDE_STARTUP_TIMES": str(times),
    }
    done = subprocess.run(
        [sys.executable, "-m", "idguide", "--catalog", str(sample_catalog)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    noted = [line.split() for line in times.read_text().splitlines()]
    assert [moment for moment, _ in noted] == ["window_shown", "main_window_shown"]
    assert float(noted[0][1]) <= float(noted[1][1])


# Imported the first time the officer uses them, not before the main window shows and answers a
# search: the compare view, the training windows (and the PDF library the handouts use), the
# import dialog, the examination windows, the update summary, scanning's barcode libraries, and
# the cryptography library (bundles' signatures, feeds' keys: the feeds' state is read at start).
ON_FIRST_USE = {
    "compare": ["idguide.ui.officer.compare"],
    "workshops": ["idguide.ui.training.workshopwindow", "idguide.ui.training.presentation"],
    "examinations": ["idguide.ui.examinations.examlist", "idguide.ui.examinations.examwindow"],
    "import": ["idguide.ui.bundles.importdialog"],
    "updates": ["idguide.ui.bundles.summary"],
    "handouts": ["idguide.ui.training.handoutprint", "fpdf"],
    "scanning": ["zxingcpp", "biip"],
    "signatures": ["cryptography"],
}

# The main window as the officer gets it: a search typed at once; once its results are shown
# and the feeds' state is read, records which of ON_FIRST_USE are loaded, then uses the compare
# view (the product page's Compare button), Training > Workshops…, Examination > Examinations…,
# File > Import bundles… and File > Check for updates, and records what was loaded and which
# windows opened.
USE = """
import json, sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication
from idguide.ui import filedialogs
from idguide.ui.app import create_application
from idguide.ui.mainwindow import MainWindow

catalog, lazy = Path(sys.argv[1]), json.loads(sys.argv[2])
filedialogs.open_files = lambda *args, **kwargs: [str(catalog.parent / "chosen.idgb")]
app = create_application()
window = MainWindow(catalog, lang="en")
window.show()
window.search_box.setText("torque")
record = {}
state_read = []
window.updates.stateRead.connect(state_read.append)  # the feeds' state on the home screen

def loaded():
    return {area: [m for m in names if m in sys.modules] for area, names in lazy.items()}

def shown():
    return sorted(type(w).__name__ for w in QApplication.topLevelWidgets() if w.isVisible())

def ready():
    if window.model.rowCount() and window.search.is_current() and state_read:
        poll.stop()
        record["ready"] = loaded()
        window.productShown.connect(used)
        window.open_selected()

def used(_product_id):
    window.productShown.disconnect(used)
    window.product_view.gallery.compare.click()
    record["compare_open"] = window.compare.is_open() and window.compare.view.isVisible()
    window.training.actions["Workshops…"].trigger()
    window.examinations.actions["Examinations…"].trigger()
    window.findChild(QAction, "importBundlesAction").trigger()
    window.findChild(QAction, "checkUpdatesAction").trigger()
    record["used"] = loaded()
    record["shown"] = shown()
    window.close()
    app.quit()

poll = QTimer(interval=5)
poll.timeout.connect(ready)
poll.start()
app.exec()
print(json.dumps(record))
"""


def test_the_heavier_windows_are_imported_when_first_used_and_still_open(sample_catalog):
    done = subprocess.run(
        [sys.executable, "-c", USE, str(sample_catalog), json.dumps(ON_FIRST_USE)],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    record = json.loads(done.stdout.splitlines()[-1])
    # The window answered a search with none of them loaded:
    assert record["ready"] == {area: [] for area in ON_FIRST_USE}
    # Each entry still opens its window, its module imported then:
    assert record["compare_open"]
    assert {"WorkshopWindow", "ExamListWindow", "ImportDialog", "UpdatesDialog"} <= set(
        record["shown"]
    )
    used = record["used"]
    assert used["compare"] == ["idguide.ui.officer.compare"]
    assert "idguide.ui.training.workshopwindow" in used["workshops"]
    assert "idguide.ui.examinations.examlist" in used["examinations"]
    assert used["import"] == ["idguide.ui.bundles.importdialog"]
    assert used["updates"] == ["idguide.ui.bundles.summary"]


def test_the_app_notes_when_a_search_typed_at_once_is_answered_for_the_benchmark(
    sample_catalog, tmp_path
):
    """IDGUIDE_STARTUP_QUERY (for startup_bench.py --frozen): typed into the first window at
    once, its results are shown by the main window, which notes that moment and its memory,
    then closes (IDGUIDE_CLOSE_AT_ONCE)."""
    times = tmp_path / "times.txt"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "IDGUIDE_CLOSE_AT_ONCE": "1",
        "IDGUIDE_STARTUP_TIMES": str(times),
        "IDGUIDE_STARTUP_QUERY": "torque",
    }
    done = subprocess.run(
        [sys.executable, "-m", "idguide", "--catalog", str(sample_catalog)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    noted = dict(line.split() for line in times.read_text().splitlines())
    assert list(noted) == ["window_shown", "main_window_shown", "search_ready", "rss_mb"]
    assert float(noted["main_window_shown"]) <= float(noted["search_ready"])
    assert float(noted["rss_mb"]) > 0
