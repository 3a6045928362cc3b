"""The officer's window, offscreen: search as you type, barcodes, the product page, notes.

Every catalogue call runs in the window's worker thread; the tests wait for answers with
``qtbot.waitUntil`` / ``qtbot.waitSignal`` and never call the core from the GUI thread while
the window is open (except on a catalogue of their own).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml
from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel
from support import PLIERS, SAMPLE, WRENCH, install_folder

from idguide.catalog import (
    CatalogError,
    IdguideError,
    Interrupted,
    InvalidCodeError,
    Results,
    get_note,
    open_catalog,
    search,
)
from idguide.catalog.finding.facets import FacetCounts
from idguide.catalog.model import ProductSummary, Region
from idguide.catalog.store import sibling
from idguide.ui import errors
from idguide.ui.app import run_app, setup_application
from idguide.ui.imageview import Callout
from idguide.ui.mainwindow import MainWindow
from idguide.ui.officer.models import ResultsModel
from idguide.ui.officer.searching import SearchController
from idguide.ui.worker import Task, Worker

# The offscreen platform warns that it cannot pass size hints on; that is not our warning.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

MARKUP = "<b>bold</b><img src=http://x>"


def type_search(qtbot, window: MainWindow, text: str) -> None:
    """Type ``text`` and wait until the results shown are for it (the first letter is
    answered at once, the rest when typing pauses)."""
    window.search_box.clear()
    qtbot.keyClicks(window.search_box, text)
    qtbot.waitUntil(window.search.is_current)


def result_ids(window: MainWindow) -> list[str]:
    return [window.model.summary(row).id for row in range(window.model.rowCount())]


def open_by_enter(qtbot, window: MainWindow, text: str) -> None:
    type_search(qtbot, window, text)
    with qtbot.waitSignal(window.productShown):
        qtbot.keyClick(window.search_box, Qt.Key.Key_Return)


# -- the results model --------------------------------------------------------------------------


def test_results_model_passes_the_model_tester(qtmodeltester, sample_catalog):
    with open_catalog(sample_catalog) as catalog:
        rows = search(catalog, "nordiva").rows + search(catalog, "rosa").rows
    rows[0].withdrawn = True
    model = ResultsModel("en")
    model.set_rows(rows)
    qtmodeltester.check(model)
    assert model.rowCount() == 3
    assert model.index(0, ResultsModel.CATEGORY).data() == "Hand tools"
    assert model.index(0, ResultsModel.PRODUCT).data().endswith("(withdrawn)")
    assert model.index(0, ResultsModel.PRODUCT).data(Qt.ItemDataRole.FontRole).strikeOut()
    model.set_rows([])
    qtmodeltester.check(model)


def test_results_model_shows_unknown_category_ids_as_they_are(qtmodeltester):
    model = ResultsModel("fr")
    model.set_rows([ProductSummary("x", "<b>B</b>", "N", "not-a-category", matched="text")])
    qtmodeltester.check(model)
    assert model.index(0, ResultsModel.CATEGORY).data() == "not-a-category"
    assert "&lt;b&gt;" in model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)


# -- searching ----------------------------------------------------------------------------------


def test_window_starts_ready_to_type(window):
    assert QApplication.focusWidget() is window.search_box
    assert (
        window.search_box.placeholderText() == "Brand, product, barcode or HS code (e.g. 8204.11)"
    )
    assert "3 products from 2 publishers" in window.home.text()


def test_the_keys_go_to_the_search_box_whenever_the_window_is_activated(
    qtbot, sample_catalog, ui_errors
):
    """Under a window manager the window becomes active some time after it is shown (late, on
    a busy laptop), and the keys then go to the widget the window holds the focus for: that
    must be the search box from the start, not whichever widget comes first in the tab order.
    """
    window = MainWindow(sample_catalog, lang="en")
    qtbot.addWidget(window)
    assert window.focusWidget() is window.search_box  # before the window manager's say
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert QApplication.focusWidget() is window.search_box
    qtbot.waitUntil(lambda: window.worker.pending == 0)
    window.close()


def test_the_application_uses_large_type(qapp):
    setup_application(qapp)
    assert qapp.font().pointSizeF() >= 11
    assert (qapp.applicationName(), qapp.organizationName()) == ("idguide", "idguide")


def test_typing_shows_results_and_tolerates_a_typo(qtbot, window):
    type_search(qtbot, window, "nordiva")
    qtbot.waitUntil(lambda: sorted(result_ids(window)) == [PLIERS, WRENCH])
    assert window.count.text() == "2 products found"
    type_search(qtbot, window, "nordvia")  # two letters swapped
    qtbot.waitUntil(lambda: sorted(result_ids(window)) == [PLIERS, WRENCH])


def test_up_down_move_and_escape_clears(qtbot, window):
    type_search(qtbot, window, "nordiva")
    qtbot.waitUntil(lambda: window.model.rowCount() == 2)
    assert window.results.currentIndex().row() == 0
    qtbot.keyClick(window.search_box, Qt.Key.Key_Down)
    assert window.results.currentIndex().row() == 1
    qtbot.keyClick(window.search_box, Qt.Key.Key_Down)  # stays on the last row
    assert window.results.currentIndex().row() == 1
    second = window.model.summary(1).id
    with qtbot.waitSignal(window.productShown) as shown:
        qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    assert shown.args == [second]
    # the product page took the focus; Esc there goes back to the search box, Esc again clears
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert window.search_box.hasFocus() and window.search_box.text() == "nordiva"
    qtbot.keyClick(window.search_box, Qt.Key.Key_Escape)
    assert window.search_box.text() == ""
    qtbot.waitUntil(lambda: window.model.rowCount() == 0)


def test_did_you_mean(qtbot, window):
    # A wrong first letter is past typo tolerance, so nothing is found, but it is suggested.
    type_search(qtbot, window, "mordiva")
    qtbot.waitUntil(window.suggestion.isVisible)
    assert "nordiva" in window.suggestion.text()
    assert window.model.rowCount() == 0
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)  # Enter takes the suggestion
    assert window.search_box.text() == "nordiva"
    qtbot.waitUntil(lambda: window.model.rowCount() > 0)
    assert not window.suggestion.isVisible()


def test_wrong_check_digit_shows_an_inline_message(qtbot, window):
    type_search(qtbot, window, "036000291453")
    qtbot.waitUntil(window.code_message.isVisible)
    assert "check digit" in window.code_message.text()
    assert "should be 2" in window.code_message.text()
    assert window.model.rowCount() == 0
    # Enter on a wrong code opens nothing and shows no dialog (ui_errors stays empty), but the
    # failed-scan state (tests/test_ui_scanning.py)
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.worker.pending == 0)
    assert window.stack.currentWidget() is window.scan_state


def test_scanned_barcode_and_enter_open_the_product(qtbot, window):
    window.search_box.clear()
    qtbot.keyClicks(window.search_box, "036000291452")  # a scanner types the digits and Enter
    with qtbot.waitSignal(window.productShown):  # at once, before any answer has come back
        qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    assert window.product_view.page.product.id == WRENCH
    assert not window.code_message.isVisible()
    assert window.search_box.text() == "036000291452"
    assert window.product_view.isAncestorOf(QApplication.focusWidget())  # keys 1-9 work there


def test_an_older_answer_never_replaces_a_newer_one(qtbot):
    class QueueWorker:
        """Keeps the submitted searches so the test decides the order of the answers."""

        def __init__(self) -> None:
            self.tasks: list[Task] = []

        def submit(self, fn, on_success=None, on_failure=None, *, label="", cancellable=False):
            self.tasks.append(Task(fn, on_success, on_failure, label, cancellable=cancellable))
            return self.tasks[-1]

    worker = QueueWorker()
    controller = SearchController(worker, "en")  # type: ignore[arg-type]
    answered: list[str] = []
    counted: list[str] = []
    controller.answered.connect(lambda _results, query: answered.append(query))
    controller.counted.connect(lambda _counts, query: counted.append(query))
    controller.set_text("nord")  # the first keystroke after a pause is searched at once
    assert [t.fn.keywords["query"] for t in worker.tasks] == ["nord"]
    controller.set_text("nordiva")  # keystrokes that follow wait for the pause
    assert len(worker.tasks) == 1 and not controller.is_current()
    controller.flush()  # the pause (or Enter)
    old, new = worker.tasks
    assert old.cancelled and not new.cancelled  # the older one need not even run
    new.on_success(Results())
    old.on_success(Results())  # the slow, older answer arrives last
    old.on_failure(InvalidCodeError("late"))
    assert answered == ["nordiva"]
    assert controller.is_current()
    # the answer is followed by counting every match; a newer search cancels that count
    count = worker.tasks[-1]
    assert count.cancellable and count.fn.keywords["query"] == "nordiva"
    controller.set_text("nordiva x")
    assert count.cancelled
    count.on_success(FacetCounts(total=3))  # too late: the text has changed
    assert counted == []


def test_two_quick_searches_show_the_latest(qtbot, window):
    window.search.set_text("rosa")
    window.search.flush()
    window.search.set_text("nordiva")
    window.search.flush()
    qtbot.waitUntil(lambda: window.worker.pending == 0)
    assert sorted(result_ids(window)) == [PLIERS, WRENCH]


# -- the product page ---------------------------------------------------------------------------


def test_enter_opens_the_page_and_a_feature_marks_its_call_out(qtbot, window):
    open_by_enter(qtbot, window, "torque")
    view = window.product_view
    assert window.stack.currentWidget() is view
    assert view.name.text() == "Torque wrench TW-200"
    assert view.brand.text() == "Nordiva"
    assert [view.features.list.item(i).text() for i in range(2)] == [
        "1. Etched scale",
        "2. Base line",
    ]
    assert view.alerts.isVisible() and "Fake batch L2406-88" in view.alerts.text()
    assert not view.withdrawn.isVisible() and not view.demo.isVisible()
    assert "Maria Lind" in view.contacts.text()
    facts = [w.text() for w in view.findChildren(QLabel) if w.parent() is view.widget()]
    assert "8204.11" in facts and "TW-200, TW200-EU" in facts
    assert "Nordhaven Tools AB" in facts  # the publisher, and its bundle with the date
    assert any(f.startswith("no. 1 of ") for f in facts)
    assert "bundle 1" in view.source.text()
    assert view.alerts.parentWidget() is view.name.parentWidget()
    assert view.alerts.y() < view.name.y()  # the alert comes first, above the name
    assert view.gallery.view.has_image() and view.gallery.view.callout is None

    view.select_feature(1)
    assert view.gallery.view.callout == Callout(1, Region(0.6, 0.13, 0.3, 0.27))
    assert view.features.detail.genuine.text() == "Sharp etched marks."
    assert view.features.detail.counterfeit.text() == "Printed marks rub off."
    view.gallery.thumbs.setCurrentRow(1)  # the counterfeit photo: feature 1 is not on it
    assert view.gallery.view.callout is None
    assert view.gallery.caption.text() == "Counterfeit"
    view.select_feature(2)  # back to the photo the feature is marked on
    assert view.gallery.current_ref() == view.page.product.images[0].sha256
    assert view.gallery.view.callout.number == 2


def test_note_is_saved_after_typing_stops(qtbot, window, sample_catalog):
    open_by_enter(qtbot, window, "torque")
    notes = window.product_view.notes
    with qtbot.waitSignal(notes.saved):
        qtbot.keyClicks(notes.edit, "Seen at Pier 4")
    assert notes.status.text() == "Saved"
    window.close()
    assert not window.worker._thread.isRunning()
    with open_catalog(sample_catalog) as catalog:
        assert get_note(catalog, WRENCH).text == "Seen at Pier 4"


def test_note_is_saved_on_leaving_the_page(qtbot, window, sample_catalog):
    open_by_enter(qtbot, window, "torque")
    qtbot.keyClicks(window.product_view.notes.edit, "Check the case")
    open_by_enter(qtbot, window, "pliers")  # before the autosave delay is over
    window.close()
    with open_catalog(sample_catalog) as catalog:
        assert get_note(catalog, WRENCH).text == "Check the case"
        assert get_note(catalog, PLIERS) is None


def test_text_from_a_bundle_is_shown_as_plain_text(qtbot, open_window, tmp_path):
    folder = tmp_path / "src" / "nordhaven"
    shutil.copytree(SAMPLE / "nordhaven", folder)
    entry_file = folder / "products" / "wrench.yaml"
    entry = yaml.safe_load(entry_file.read_text("utf-8"))
    entry["text"]["en"]["description"] = MARKUP
    entry["text"]["en"]["name"] = "<i>Torque</i> wrench"
    entry_file.write_text(yaml.safe_dump(entry, allow_unicode=True), "utf-8")
    path = tmp_path / "markup.db"
    with open_catalog(path) as catalog:
        install_folder(catalog, folder)
    window = open_window(path)
    open_by_enter(qtbot, window, "036000291452")
    view = window.product_view
    assert view.description.text() == MARKUP
    assert view.description.textFormat() == Qt.TextFormat.PlainText
    assert view.name.text() == "<i>Torque</i> wrench"
    labels = view.findChildren(QLabel) + window.findChildren(QLabel)
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in labels)


def test_a_missing_picture_does_not_stop_the_page(qtbot, window, sample_catalog):
    with open_catalog(sample_catalog) as catalog:
        shutil.rmtree(catalog.images.folder)
    open_by_enter(qtbot, window, "torque")
    view = window.product_view
    assert view.name.text() == "Torque wrench TW-200"
    assert not view.gallery.view.has_image()
    assert "missing" in view.page.missing[view.page.product.images[0].sha256]


# -- opening, progress, errors, closing -----------------------------------------------------------


def test_opening_rebuilds_the_index_with_progress(qtbot, open_window, sample_catalog):
    shutil.rmtree(sibling(sample_catalog, "index"))
    started: list[str] = []
    original = Worker.open

    def watch_open(worker, *args, **kwargs):
        worker.longStarted.connect(started.append)
        return original(worker, *args, **kwargs)

    Worker.open = watch_open  # type: ignore[method-assign]
    try:
        window = open_window(sample_catalog)
    finally:
        Worker.open = original  # type: ignore[method-assign]
    assert started == ["Opening the catalogue"]
    assert not window.progress.isVisible()
    type_search(qtbot, window, "nordiva")
    qtbot.waitUntil(lambda: window.model.rowCount() == 2)


def test_a_catalogue_that_cannot_open_is_reported(qtbot, tmp_path, ui_errors):
    bad = tmp_path / "not-a-catalogue.db"
    bad.write_bytes(b"this is not sqlite" * 100)
    window = MainWindow(bad, lang="en")
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: bool(ui_errors))
    error = ui_errors.pop()
    assert isinstance(error, CatalogError) and "not an idguide catalogue" in str(error)
    assert not window.search_box.isEnabled()
    assert "could not be opened" in window.home.text()
    window.close()


# Steps of 2 ms in a long operation that must be cancelled, not waited for: a minute's worth, so
# that it cannot end by itself first on a loaded machine (and a test that waits for it fails).
LONG_ENOUGH = 30_000


def test_long_operations_report_progress_and_can_be_cancelled(qtbot, window):
    reports: list[tuple[str, int, int]] = []
    window.worker.longProgress.connect(lambda *args: reports.append(args))
    failures: list[BaseException] = []

    def slow(_catalog, progress):
        for done in range(LONG_ENOUGH):  # until cancelled; a minute on its own
            progress(done, LONG_ENOUGH, "Counting")
            time.sleep(0.002)
        return "finished"

    with qtbot.waitSignal(window.worker.longStarted):
        window.worker.submit(slow, on_failure=failures.append, label="Counting")
    assert window.progress.isVisible()
    qtbot.waitUntil(lambda: bool(reports))
    window.progress.cancel.click()
    qtbot.waitUntil(lambda: bool(failures))
    assert isinstance(failures[0], Interrupted)
    assert reports[0][0] == "Counting"
    qtbot.waitUntil(lambda: not window.progress.isVisible())


def test_errors_without_a_handler_reach_the_one_error_display(qtbot, window, ui_errors):
    def broken(_catalog):
        raise ZeroDivisionError("oops")

    window.worker.submit(broken)
    window.worker.submit(lambda _catalog: (_ for _ in ()).throw(IdguideError("Disk is full.")))
    qtbot.waitUntil(lambda: len(ui_errors) == 2)
    bug, user_error = ui_errors
    ui_errors.clear()
    assert errors.is_bug(bug) and errors.message(bug).startswith("This is a bug in idguide")
    assert not errors.is_bug(user_error) and errors.message(user_error) == "Disk is full."


def test_error_dialogs_keep_bugs_apart_from_user_errors(qtbot):
    try:
        raise KeyError("boom")
    except KeyError as exc:
        bug = exc
    box = errors._message_box(None, bug)
    qtbot.addWidget(box)
    assert box.text().startswith("This is a bug in idguide")
    assert "KeyError" in box.detailedText() and "boom" in box.detailedText()
    assert box.textFormat() == Qt.TextFormat.PlainText
    box = errors._message_box(None, IdguideError("<b>catalog.db</b> is read-only."))
    qtbot.addWidget(box)
    assert box.text() == "<b>catalog.db</b> is read-only."
    assert box.detailedText() == ""


def test_the_window_closes_its_worker_cleanly(qtbot, window):
    thread = window.worker._thread
    runner = window.worker._runner
    assert thread.isRunning() and runner.catalog is not None
    window.close()
    assert thread.isFinished()
    assert runner.catalog is None
    task = window.worker.submit(lambda _catalog: None)
    assert task.cancelled  # nothing starts once the window has closed
    window.close()  # twice is harmless


def test_closing_during_a_long_operation_cancels_it(qtbot, window):
    failures: list[BaseException] = []

    def long(_catalog, progress):  # until cancelled; were it waited for, a minute
        for done in range(LONG_ENOUGH):
            progress(done, LONG_ENOUGH, "Waiting")
            time.sleep(0.002)

    with qtbot.waitSignal(window.worker.longStarted):
        window.worker.submit(long, on_failure=failures.append, label="Waiting")
    window.close()
    assert window.worker._thread.isFinished()
    assert [type(exc) for exc in failures] == [Interrupted]


def test_escape_on_the_product_page_returns_to_the_search_box(qtbot, window):
    open_by_enter(qtbot, window, "torque")
    window.product_view.features.list.setFocus()
    qtbot.waitUntil(window.product_view.features.list.hasFocus)
    qtbot.keyClick(window.product_view.features.list, Qt.Key.Key_Escape)
    assert window.search_box.hasFocus()
    assert window.search_box.selectedText() == "torque"


def test_run_app_shows_the_window_until_it_is_closed(qapp, sample_catalog, ui_errors):
    shown: list[MainWindow] = []

    def close_the_window() -> None:
        shown.extend(
            w for w in qapp.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        )
        for window in shown:
            window.close()

    previous_hook = sys.excepthook
    QTimer.singleShot(300, close_the_window)
    try:
        assert run_app(sample_catalog) == 0
    finally:
        sys.excepthook = previous_hook
    assert len(shown) == 1 and shown[0].worker._thread.isFinished()


GUARD_SCRIPT = """
import idguide.ui
from PySide6.QtCore import QCoreApplication, QObject
app = QCoreApplication([])
thing = QObject()
for _ in range(50_000):
    thing.setObjectName("x")  # returns None: PySide6 6.12 + Python 3.11 leaked one each
print("alive")
"""


def test_many_qt_calls_do_not_use_up_none(tmp_path):
    proc = subprocess.run(
        [sys.executable, "-c", GUARD_SCRIPT],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=Path(__file__).resolve().parents[1],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "alive"


def test_ctrl_l_like_ctrl_f_brings_the_search_box_back(qtbot, window):
    with qtbot.waitSignal(window.productShown):
        window.open_product(WRENCH)
    window.product_view.notes.edit.setFocus()
    qtbot.keyClick(
        window.product_view.notes.edit, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier
    )
    assert window.search_box.hasFocus()


def test_the_product_page_fits_a_1366_by_768_screen(qtbot, window):
    window.resize(1366, 768)
    with qtbot.waitSignal(window.productShown):
        window.open_product(WRENCH)
    qtbot.waitUntil(lambda: window.size() == QSize(1366, 768))
    hint = window.minimumSizeHint()
    assert hint.width() <= 1366 and hint.height() <= 768
    view = window.product_view
    qtbot.waitUntil(lambda: view.widget().width() == view.viewport().width())
    assert view.horizontalScrollBar().maximum() == 0  # nothing cut off at the right
    assert view.features.list.isVisible() and view.gallery.view.width() >= 300
    # Narrowed beside the page, the results keep the brand and room for the product's name.
    em = window.results.fontMetrics().horizontalAdvance("M")
    brand = window.results.header().sectionSize(ResultsModel.BRAND)
    assert window.results.viewport().width() - brand >= 12 * em


def test_tab_reaches_every_part_of_the_window_and_comes_back(qtbot, window):
    with qtbot.waitSignal(window.productShown):
        window.open_product(WRENCH)
    view = window.product_view
    wanted = {
        window.search_box: "search",
        window.filter_bar.category: "category filter",
        window.filter_bar.brand: "brand filter",
        window.filter_bar.language: "language filter",
        window.results: "results",
        view.gallery.view: "picture",
        view.features.list: "features",
        view.notes.edit: "note",
        view.exam_button: "start examination",
    }
    window.search_box.setFocus()
    reached = []
    for _ in range(30):
        focused = QApplication.focusWidget()
        if focused in wanted and wanted[focused] not in reached:
            reached.append(wanted[focused])
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
        if QApplication.focusWidget() is window.search_box:
            break
    assert QApplication.focusWidget() is window.search_box  # round and back to the search
    assert sorted(reached) == sorted(wanted.values())
    assert reached[:5] == [
        "search",
        "category filter",
        "brand filter",
        "language filter",
        "results",
    ]
