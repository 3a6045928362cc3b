"""Operations and what listens to them, offscreen: every changing operation is broadcast once
with what it changed and who started it; the windows refresh themselves from that, also after
another program changed the catalogue; a query is never broadcast; work that waits on the
network never holds up the catalogue worker; and only the operations package submits work."""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
import sys
import threading
from functools import partial
from pathlib import Path

import pytest
import shiboken6
from bundle_helpers import build, make_keys, trusted_catalog
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from support import SAMPLE, WRENCH, install_sample

from idguide.catalog import IdguideError, Interrupted, open_catalog
from idguide.catalog.bundles import remove_publisher
from idguide.catalog.changes import OpChanges
from idguide.catalog.examinations import exams as core_exams
from idguide.catalog.training import workshops as core_workshops
from idguide.ui.bundles import importdialog
from idguide.ui.examinations.examwindow import ExamWindow
from idguide.ui.mainwindow import MainWindow
from idguide.ui.officer.ops import load_facets
from idguide.ui.operations import ChangeOp, QueryOp
from idguide.ui.operations.network import Network, NetworkOp
from idguide.ui.training.workshopwindow import WorkshopWindow

pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support propagateSizeHints", "This plugin does not support raise"
)

OUTSIDE_WAIT_MS = 30_000  # another program's change is polled for every 2 s


@pytest.fixture
def keys(tmp_path):
    return make_keys(tmp_path / "keys")


@pytest.fixture
def bundle(tmp_path, keys) -> Path:
    return build(SAMPLE / "nordhaven", tmp_path / "nordhaven-1.idgb", keys[0])


def broadcast_of(qtbot, window, *, timeout: int = 30_000):
    """The wait for the next broadcast of ``window``'s worker: ``.args`` is (changes, initiator)."""
    return qtbot.waitSignal(window.worker.operationDidExecute, timeout=timeout)


def open_wrench(qtbot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.productShown):
        window.open_product(WRENCH)


def search(qtbot, window: MainWindow, text: str) -> None:
    window.search_box.setText(text)
    window.search.flush()
    qtbot.waitUntil(lambda: window.worker.pending == 0 and window.search.is_current())


def idguide(*args: object) -> None:
    """Run the command line in another process, as an administrator would."""
    command = [sys.executable, "-m", "idguide", *map(str, args)]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr


# -- each changing operation is broadcast once, with what changed and who started it --------------


def test_saving_a_note_is_broadcast_with_the_note_editor_as_initiator(qtbot, window):
    open_wrench(qtbot, window)
    editor = window.product_view.notes
    qtbot.keyClicks(editor.edit, "Seen at gate 4")
    with broadcast_of(qtbot, window) as signal:
        editor.flush()
    assert signal.args == [OpChanges(notes=True), editor]
    assert editor.edit.toPlainText() == "Seen at gate 4"


def test_an_install_through_the_import_dialog_shows_the_new_product_in_results_and_home(
    qtbot, open_window, tmp_path, keys, bundle
):
    window = open_window(trusted_catalog(tmp_path / "catalog.db", keys[1]))
    assert "The catalogue is empty" in window.home.text()
    search(qtbot, window, "wrench")
    assert window.model.rowCount() == 0
    dialog = window.importer.open([str(bundle)])
    qtbot.waitUntil(lambda: dialog.entries and not dialog.verifying())
    with broadcast_of(qtbot, window) as signal:
        dialog.install.click()
    assert signal.args == [OpChanges(content=True, bundles=True, trust=True, index=True), dialog]
    qtbot.waitUntil(lambda: window.model.rowCount() > 0)
    assert window.model.summary(0).id == WRENCH
    qtbot.waitUntil(lambda: "2 products from 1 publisher." in window.home.text())
    bundles = window.home.bundles
    assert "Nordhaven" in bundles.item(0).text()
    assert not hasattr(importdialog, "refresh_window")  # the dialog no longer reaches in


def test_starting_an_examination_is_broadcast_and_the_open_list_shows_it(qtbot, window):
    listing = window.examinations.open_exam_list()
    qtbot.waitUntil(lambda: window.worker.pending == 0)
    assert listing.tree.topLevelItemCount() == 0
    open_wrench(qtbot, window)
    with broadcast_of(qtbot, window) as signal:
        window.product_view.exam_button.click()
    assert signal.args == [OpChanges(examinations=True), window.examinations]
    qtbot.waitUntil(lambda: listing.tree.topLevelItemCount() == 1)
    assert "Torque wrench TW-200" in listing.tree.topLevelItem(0).text(1)


def test_examination_edits_and_photos_are_broadcast_with_the_window_as_initiator(qtbot, window):
    exam_id = new_exam(qtbot, window)
    exam = open_exam(qtbot, window, exam_id)
    exam.case_ref.setText("C-17")
    exam.case_ref.textEdited.emit("C-17")
    with broadcast_of(qtbot, window) as signal:
        exam.flush()
    assert signal.args == [OpChanges(examinations=True), exam]
    with broadcast_of(qtbot, window) as signal:
        exam.add_photos([SAMPLE / "nordhaven" / "images" / "pliers.png"])
    assert signal.args == [OpChanges(examinations=True), exam]
    qtbot.waitUntil(lambda: exam.photos.list.count() == 1)


def test_workshop_changes_are_broadcast_with_the_window_as_initiator(qtbot, window):
    workshops = WorkshopWindow(window.worker, "en", lambda: WRENCH)
    qtbot.addWidget(workshops)
    with broadcast_of(qtbot, window) as signal:
        workshops.create("Operation Tools")
    assert signal.args == [OpChanges(workshops=True), workshops]
    qtbot.waitUntil(lambda: workshops.current_set_id() is not None)
    with broadcast_of(qtbot, window) as signal:
        workshops.add_current()
    assert signal.args == [OpChanges(workshops=True), workshops]
    qtbot.waitUntil(lambda: workshops.items.count() == 1)


def test_a_query_is_never_broadcast(qtbot, window):
    answers: list = []
    with qtbot.assertNotEmitted(window.worker.operationDidExecute, wait=300):
        QueryOp(load_facets, answers.append).run(window.worker)
        qtbot.waitUntil(lambda: bool(answers))
    assert answers[0].categories  # it did run


def test_a_failed_change_is_not_broadcast(qtbot, window):
    failures: list = []

    def refused(_catalog):
        raise IdguideError("The disk is full.")

    with qtbot.assertNotEmitted(window.worker.operationDidExecute, wait=300):
        ChangeOp(refused, failure=failures.append, initiator=window).run(window.worker)
        qtbot.waitUntil(lambda: bool(failures))


def test_an_answer_for_a_window_closed_meanwhile_is_dropped(qtbot, window, ui_errors):
    """On a busy laptop an officer may close an examination window before its reading of the
    examination comes back: the late answer finds the window gone and is dropped, no error."""
    exam_id = new_exam(qtbot, window)
    busy = threading.Event()
    QueryOp(lambda _catalog: busy.wait(60)).run(window.worker)  # the worker is held up
    exam = ExamWindow(window.worker, exam_id, "en")  # asks for its examination, queued behind
    exam.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # as the Examination menu opens it
    exam.show()
    exam.close()
    qtbot.waitUntil(lambda: not shiboken6.isValid(exam))  # deleted
    busy.set()
    qtbot.waitUntil(lambda: window.worker.pending == 0)  # the answer came, to no window


def test_an_error_for_a_window_closed_meanwhile_is_still_shown(qtbot, window, ui_errors):
    """A save sent as its window closed fails after the window is gone: the officer is still
    told, by the one error display."""

    class Editor(QWidget):
        def on_failure(self, exc: BaseException) -> None:
            raise AssertionError("a deleted window was called")

    def refused(_catalog):
        raise IdguideError("The disk is full.")

    busy = threading.Event()
    QueryOp(lambda _catalog: busy.wait(60)).run(window.worker)  # the worker is held up
    editor = Editor()
    ChangeOp(refused, failure=editor.on_failure, initiator=editor).run(window.worker)
    editor.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(editor))
    busy.set()
    qtbot.waitUntil(lambda: bool(ui_errors))
    assert str(ui_errors.pop()) == "The disk is full."


# -- another program's changes are noticed and the windows refresh ------------------------------


def test_an_import_on_the_command_line_shows_in_the_open_window(
    qtbot, open_window, tmp_path, keys, bundle
):
    path = trusted_catalog(tmp_path / "catalog.db", keys[1])
    window = open_window(path)
    search(qtbot, window, "wrench")
    assert window.model.rowCount() == 0
    with broadcast_of(qtbot, window, timeout=OUTSIDE_WAIT_MS) as signal:
        idguide("--catalog", path, "import", bundle)
    assert signal.args == [OpChanges.everything(), None]
    qtbot.waitUntil(lambda: window.model.rowCount() > 0, timeout=OUTSIDE_WAIT_MS)
    assert window.model.summary(0).id == WRENCH
    qtbot.waitUntil(lambda: "2 products from 1 publisher." in window.home.text())


def test_a_note_saved_on_the_command_line_shows_on_the_open_page(qtbot, window, sample_catalog):
    open_wrench(qtbot, window)
    idguide("--catalog", sample_catalog, "note", WRENCH, "Fake batch seen at Leixões")
    editor = window.product_view.notes.edit
    qtbot.waitUntil(
        lambda: editor.toPlainText() == "Fake batch seen at Leixões", timeout=OUTSIDE_WAIT_MS
    )


def test_a_page_whose_entry_was_removed_elsewhere_gives_way_to_home(qtbot, window, sample_catalog):
    open_wrench(qtbot, window)
    with open_catalog(sample_catalog) as catalog:  # an administrator removes the publisher
        remove_publisher(catalog, "nordhaven")
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.home, timeout=OUTSIDE_WAIT_MS)
    assert window.statusBar().currentMessage() == "That entry is no longer in the catalogue."
    assert "1 product from 1 publisher." in window.home.text()  # and no error dialog


def test_a_catalogue_replaced_by_it_shows_its_products(qtbot, open_window, tmp_path):
    path = tmp_path / "catalog.db"
    open_catalog(path).close()
    window = open_window(path)
    assert "The catalogue is empty" in window.home.text()
    new = tmp_path / "new"
    new.mkdir()
    with open_catalog(new / "catalog.db") as catalog:
        install_sample(catalog)
    for name in ("catalog.index", "catalog.images"):  # IT puts the whole set in place
        shutil.rmtree(tmp_path / name, ignore_errors=True)
        os.replace(new / name, tmp_path / name)
    os.replace(new / "catalog.db", path)
    qtbot.waitUntil(lambda: "products from 2 publishers" in window.home.text())
    search(qtbot, window, "wrench")
    assert window.model.summary(0).id == WRENCH


def test_an_open_examination_shows_a_change_made_elsewhere(qtbot, window, sample_catalog):
    exam = open_exam(qtbot, window, new_exam(qtbot, window))
    with open_catalog(sample_catalog) as catalog:  # another program's connection
        core_exams.update_examination(catalog, exam.exam_id, case_ref="Seizure 2026/41")
    qtbot.waitUntil(lambda: exam.case_ref.text() == "Seizure 2026/41", timeout=OUTSIDE_WAIT_MS)


def test_the_workshop_window_shows_a_set_made_elsewhere(qtbot, window, sample_catalog):
    workshops = WorkshopWindow(window.worker, "en")
    qtbot.addWidget(workshops)
    qtbot.waitUntil(lambda: window.worker.pending == 0)
    assert workshops.sets.count() == 0
    with open_catalog(sample_catalog) as catalog:
        core_workshops.create_workshop(catalog, "Made by a colleague", [WRENCH])
    qtbot.waitUntil(lambda: workshops.sets.count() == 1, timeout=OUTSIDE_WAIT_MS)
    assert "Made by a colleague" in workshops.sets.item(0).text()


# -- the network's own threads --------------------------------------------------------------------


def test_network_work_never_holds_up_the_catalogue_worker(qtbot, window):
    network = Network(window)
    release = threading.Event()
    ran_in: list[threading.Thread] = []
    answers: list[str] = []

    def download(progress):
        ran_in.append(threading.current_thread())
        release.wait(30)  # a slow link
        progress(1, 1, "Downloading")
        return "feed.json"

    NetworkOp(download, answers.append).run(network)
    qtbot.waitUntil(lambda: bool(ran_in))
    facets: list = []
    QueryOp(load_facets, facets.append).run(window.worker)
    qtbot.waitUntil(lambda: bool(facets))  # the catalogue answered while the download waits
    assert not answers and network.pending == 1
    release.set()
    qtbot.waitUntil(lambda: answers == ["feed.json"])
    assert ran_in[0] is not threading.main_thread()
    assert ran_in[0].name == "idguide network"


def test_network_progress_reaches_the_gui_thread_and_cancel_stops_the_op(qtbot):
    network = Network()
    reports: list[tuple[int, int, str, threading.Thread]] = []
    failures: list[BaseException] = []
    release = threading.Event()

    def download(progress):
        progress(0, 0, "Checking feed hq")
        progress(100, 1000, "Fetching n2.idgb")
        release.wait(30)  # a slow link
        progress(200, 1000, "Fetching n2.idgb")  # the next piece: cancelled by then
        return "never"

    def report(done, total, label):
        reports.append((done, total, label, threading.current_thread()))

    task = NetworkOp(download, failure=failures.append, progress=report).run(network)
    qtbot.waitUntil(lambda: len(reports) == 2)
    assert [r[:3] for r in reports] == [(0, 0, "Checking feed hq"), (100, 1000, "Fetching n2.idgb")]
    assert all(r[3] is threading.main_thread() for r in reports)
    task.cancel()
    release.set()
    qtbot.waitUntil(lambda: bool(failures))
    assert isinstance(failures[0], Interrupted) and len(reports) == 2


def test_network_failures_reach_the_op_and_answers_after_shutdown_are_dropped(qtbot):
    network = Network()
    failures: list[BaseException] = []

    def unreachable(_progress):
        raise IdguideError("The feed server cannot be reached.")

    NetworkOp(unreachable, failure=failures.append).run(network)
    qtbot.waitUntil(lambda: bool(failures))
    assert str(failures[0]) == "The feed server cannot be reached."
    release, answers = threading.Event(), []
    NetworkOp(lambda _progress: release.wait(30), answers.append).run(network)
    network.shutdown()  # the window closes while the download still waits
    with qtbot.waitSignal(network._finished):  # its answer comes back, and is dropped
        release.set()
    assert answers == [] and network.pending == 0
    assert NetworkOp(lambda _p: "late", answers.append).run(network).cancelled


# -- one place submits work -----------------------------------------------------------------------


def test_only_the_operations_package_submits_work_to_the_worker():
    ui = Path(__file__).parent.parent / "idguide" / "ui"
    allowed = {ui / "worker.py", *(ui / "operations").glob("*.py")}
    callers = []
    for path in sorted(ui.rglob("*.py")):
        if path in allowed:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            call = isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
            if call and node.func.attr == "submit":
                callers.append(f"{path.relative_to(ui)}:{node.lineno}")
    assert callers == [], "use QueryOp or ChangeOp (idguide.ui.operations) instead"


# -- helpers --------------------------------------------------------------------------------------


def new_exam(qtbot, window: MainWindow, photos: list[Path] | None = None) -> int:
    """Start an examination of the wrench in the window's worker; its id."""
    answers: list = []
    start = partial(core_exams.new_examination, product_id=WRENCH, photos=photos or [])
    ChangeOp(start, answers.append).run(window.worker)
    qtbot.waitUntil(lambda: bool(answers))
    return answers[0].id


def open_exam(qtbot, window: MainWindow, exam_id: int) -> ExamWindow:
    exam = ExamWindow(window.worker, exam_id, "en")
    qtbot.addWidget(exam)
    exam.show()
    qtbot.waitUntil(lambda: exam.exam is not None and window.worker.pending == 0)
    return exam
