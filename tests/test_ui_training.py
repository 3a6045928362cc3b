"""The trainer's and the officer's windows, offscreen: workshops, presentation, spot the fake,
examinations. Every catalogue call runs in the worker; the tests wait for its answers and read
the catalogue with the core only once the worker has closed it."""

from __future__ import annotations

import io
import json
import zlib
from pathlib import Path

import pytest
from PIL import Image as PILImage
from PySide6.QtCore import Qt, QThread
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QInputDialog, QPushButton, QWidget
from support import PLIERS, SAMPLE, WRENCH, copy_sample

from idguide.catalog import ImageError, open_catalog
from idguide.catalog.examinations import exams as core_exams
from idguide.catalog.model import Region
from idguide.catalog.training import workshops as core_workshops
from idguide.ui.examinations.examwindow import ExamWindow
from idguide.ui.training.presentation import TITLE_PT, PresentationWindow
from idguide.ui.training.spotthefake import LEFT, RIGHT, SpotTheFakeWindow
from idguide.ui.training.workshopwindow import WorkshopWindow
from idguide.ui.worker import Worker
from idguide.ui.zoomview import region_scene_rect

# The offscreen platform cannot pass size hints on, raise windows or let a popup menu grab the
# keyboard; those are not our warnings.
pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support propagateSizeHints",
    "This plugin does not support raise",
    "This plugin does not support grabbing the keyboard",
)

SCALE = Region(0.6, 0.13, 0.3, 0.27)  # feature 1 of the wrench
BASE_LINE = Region(0.05, 0.8, 0.9, 0.1)  # feature 2


@pytest.fixture
def open_worker(qtbot, ui_errors):
    """A factory: the worker with the catalogue at ``path`` open; shut down at the end."""
    workers = []

    def make(path: Path) -> Worker:
        worker = Worker()
        workers.append(worker)
        worker.open(path)
        qtbot.waitUntil(lambda: worker.pending == 0)
        return worker

    yield make
    for worker in workers:
        worker.shutdown()


@pytest.fixture
def worker(open_worker, sample_catalog) -> Worker:
    return open_worker(sample_catalog)


def settle(qtbot, worker: Worker) -> None:
    qtbot.waitUntil(lambda: worker.pending == 0)


def show(qtbot, widget):
    """Show a window as the user sees it: active, so that its shortcuts work (under a window
    manager it becomes active some time after it is shown)."""
    qtbot.addWidget(widget)
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    return widget


# -- presentation -------------------------------------------------------------------------------


def test_presentation_steps_through_features_and_zooms_to_each_region(qtbot, worker):
    window = PresentationWindow(worker, [WRENCH, PLIERS], "en")
    qtbot.addWidget(window)
    window.present()
    assert window.isFullScreen()
    qtbot.waitUntil(lambda: window.index == 0)
    assert window.title.text() == "Torque wrench TW-200"
    assert window.title.font().pointSizeF() >= TITLE_PT >= 32
    assert window.picture.zoom_target is None  # the product first, whole

    def expect(feature: int, region: Region, closer: bool = False) -> None:
        assert window.current_feature().number == feature
        target = region_scene_rect(window.picture.image_size(), region)
        assert window.picture.zoom_target == target
        visible = window.picture.mapToScene(window.picture.viewport().rect()).boundingRect()
        size = window.picture.image_size()
        if closer:  # a small region is shown larger than the whole picture would be
            assert visible.width() < size.width() and visible.height() < size.height()
        assert visible.adjusted(-2, -2, 2, 2).contains(target)
        assert window.picture.callout.number == feature

    qtbot.keyClick(window, Qt.Key.Key_Right)
    expect(1, SCALE, closer=True)
    assert window.feature_title.text() == "1. Etched scale"
    assert window.genuine.text() == "Sharp etched marks."
    assert window.counterfeit.text() == "Printed marks rub off."
    qtbot.keyClick(window, Qt.Key.Key_PageDown)
    expect(2, BASE_LINE)
    qtbot.keyClick(window, Qt.Key.Key_Left)
    expect(1, SCALE, closer=True)
    qtbot.keyClick(window, Qt.Key.Key_PageUp)
    assert window.current_feature() is None and window.picture.zoom_target is None
    qtbot.keyClick(window, Qt.Key.Key_PageUp)  # stays on the first step
    assert window.index == 0
    for _ in range(3):
        qtbot.keyClick(window, Qt.Key.Key_PageDown)
    assert window.title.text().startswith("Pliers") or PLIERS in window.pages[1].product.id
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.isVisible()


# -- spot the fake ------------------------------------------------------------------------------


def spot_round(qtbot, worker, seed: int) -> SpotTheFakeWindow:
    window = SpotTheFakeWindow(worker, [PLIERS, WRENCH, "cremelia-rosa-50"], "en", seed=seed)
    show(qtbot, window)
    qtbot.waitUntil(lambda: window.index == 0)
    return window


def test_spot_the_fake_hides_the_answer_until_a_pick_and_keeps_score(qtbot, worker):
    window = spot_round(qtbot, worker, seed=7)
    assert len(window.questions) == 1  # only the wrench has a genuine and a fake picture
    question = window.questions[0]
    assert spot_round(qtbot, worker, seed=7).questions[0].fake_side == question.fake_side
    assert [tag.text() for tag in window.tags] == ["Left", "Right"]
    assert not window.pictures[LEFT].callouts and not window.pictures[RIGHT].callouts
    assert "Etched scale" not in window.features.text()

    key = Qt.Key.Key_L if question.fake_side == LEFT else Qt.Key.Key_R
    with qtbot.waitSignal(window.revealed) as revealed:
        qtbot.keyClick(window, key)
    assert revealed.args == [True]
    assert window.tags[question.fake_side].text() == "COUNTERFEIT"
    assert window.tags[1 - question.fake_side].text() == "GENUINE"
    for picture in window.pictures:
        assert [c.number for c in picture.callouts] == [1, 2]
    assert "Etched scale" in window.features.text()
    assert (window.score.correct, window.score.total) == (1, 1)
    assert "Score: 1 of 1" in window.score_label.text()
    qtbot.keyClick(window, Qt.Key.Key_R)  # a pick after the reveal changes nothing
    assert (window.score.correct, window.score.total) == (1, 1)


def test_spot_the_fake_space_reveals_without_a_point(qtbot, worker):
    window = spot_round(qtbot, worker, seed=3)
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert window.is_revealed
    assert "COUNTERFEIT" in [tag.text() for tag in window.tags]
    assert (window.score.correct, window.score.total) == (0, 1)
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.isVisible()


# -- examinations -------------------------------------------------------------------------------


def new_exam(path: Path, product_id: str = WRENCH) -> int:
    with open_catalog(path) as catalog:
        return core_exams.new_examination(catalog, product_id).id


def open_exam(qtbot, worker, exam_id: int) -> ExamWindow:
    window = ExamWindow(worker, exam_id, "en")
    show(qtbot, window)
    qtbot.waitUntil(lambda: window.exam is not None)
    return window


def test_checklist_edits_are_saved_as_a_draft_and_survive_closing(
    qtbot, open_worker, sample_catalog
):
    exam_id = new_exam(sample_catalog)
    worker = open_worker(sample_catalog)
    window = open_exam(qtbot, worker, exam_id)
    assert sorted(window.checklist.results) == [1, 2]
    assert not window.status_banner.isVisible()
    with qtbot.waitSignal(window.saved):
        window.checklist.set_result(2, "differs")
        qtbot.keyClicks(window.checklist.comments[2], "Wavy line")
        window.checklist.set_result(1, "as-genuine")
    assert "Saved" in window.state.text()
    qtbot.keyClicks(window.case_ref, "CASE-7")
    qtbot.keyClicks(window.quantity, "120")
    window.verdict.setCurrentIndex(window.verdict.findData("suspected"))
    window.notes.setPlainText("Found in a parcel declared as samples.")
    window.close()  # saves what the debounce has not yet sent
    worker.shutdown()
    with open_catalog(sample_catalog) as catalog:
        exam = core_exams.get_examination(catalog, exam_id)
    results = {c.number: (c.result, c.comment) for c in exam.checks}
    assert results == {1: ("as-genuine", ""), 2: ("differs", "Wavy line")}
    assert (exam.case_ref, exam.quantity, exam.verdict) == ("CASE-7", 120, "suspected")
    assert exam.notes == "Found in a parcel declared as samples."


def bomb_png() -> bytes:
    """A tiny PNG that claims 20000x20000 pixels."""
    out = io.BytesIO()
    PILImage.new("L", (1, 1)).save(out, format="PNG")
    data = bytearray(out.getvalue())
    ihdr = data.index(b"IHDR")
    data[ihdr + 4 : ihdr + 12] = (20000).to_bytes(4, "big") * 2
    crc = zlib.crc32(bytes(data[ihdr : ihdr + 17]))
    data[ihdr + 17 : ihdr + 21] = crc.to_bytes(4, "big")
    return bytes(data)


def test_hostile_photos_are_refused_with_the_cores_message(
    qtbot, worker, sample_catalog, ui_errors, tmp_path
):
    exam_id = run_in(qtbot, worker, lambda c: core_exams.new_examination(c, WRENCH).id)
    window = open_exam(qtbot, worker, exam_id)
    fake = tmp_path / "holiday.jpg"
    fake.write_bytes(b"<html>not a picture</html>")
    bomb = tmp_path / "bomb.png"
    bomb.write_bytes(bomb_png())
    window.add_photos([fake, bomb, SAMPLE / "nordhaven" / "images" / "pliers.png"])
    qtbot.waitUntil(lambda: window.photos.list.count() == 1)
    settle(qtbot, worker)
    assert len(ui_errors) == 2
    assert all(isinstance(exc, ImageError) for exc in ui_errors)
    assert "holiday.jpg" in str(ui_errors[0])
    assert "bomb.png" in str(ui_errors[1])
    ui_errors.clear()


def run_in(qtbot, worker: Worker, fn):
    """Run ``fn(catalog)`` in the worker and return its answer."""
    answers = []
    worker.submit(fn, answers.append)
    qtbot.waitUntil(lambda: bool(answers))
    return answers[0]


def exam_with_a_photo(qtbot, worker) -> ExamWindow:
    photo = SAMPLE / "nordhaven" / "images" / "pliers.png"
    exam_id = run_in(
        qtbot, worker, lambda c: core_exams.new_examination(c, PLIERS, photos=[photo]).id
    )
    return open_exam(qtbot, worker, exam_id)


def saved_caption(qtbot, worker, window: ExamWindow) -> str:
    exam = run_in(qtbot, worker, lambda c: core_exams.get_examination(c, window.exam_id))
    return exam.photos[0].caption


def test_a_photo_caption_is_edited_and_saved(qtbot, worker, monkeypatch):
    window = exam_with_a_photo(qtbot, worker)
    item = window.photos.list.item(0)
    assert item.text() == "200×150"  # no caption yet: the photo's size
    asked = []

    def answer(parent, title, label, text=""):
        asked.append(text)
        return answers.pop(0), True

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(answer))
    answers = ["Lid, top view", "<b>CE</b> mark, close up ", ""]
    viewport, at = window.photos.list.viewport(), window.photos.list.visualItemRect(item).center()
    with qtbot.waitSignal(window.saved):  # double-click on the photo
        qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=at)  # a double-click's first
        qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=at)
    assert item.text() == "Lid, top view" == saved_caption(qtbot, worker, window)
    assert window.state.text() == "Caption saved."
    window.photos.list.setFocus()
    with qtbot.waitSignal(window.saved):  # F2 on the photo chosen
        qtbot.keyClick(window.photos.list, Qt.Key.Key_F2)
    assert item.text() == "<b>CE</b> mark, close up" == saved_caption(qtbot, worker, window)
    window.photos.list.setCurrentItem(None)
    window.photos.list.customContextMenuRequested.emit(at)  # a right-click on the photo
    assert window.photos.menu.isVisible() and window.photos.list.currentItem() is item
    with qtbot.waitSignal(window.saved):  # its "Edit caption…"; empty removes it
        [edit] = window.photos.menu.actions()
        assert edit.text() == "Edit caption…"
        edit.trigger()
        window.photos.menu.hide()
    assert item.text() == "200×150" and saved_caption(qtbot, worker, window) == ""
    assert asked == ["", "Lid, top view", "<b>CE</b> mark, close up"]  # each time, the last one


def test_a_caption_too_long_is_refused_and_the_old_one_kept(qtbot, worker, ui_errors, monkeypatch):
    window = exam_with_a_photo(qtbot, worker)
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("x" * 501, True)))
    window.photos.edit_caption(window.photos.list.item(0))
    qtbot.waitUntil(lambda: bool(ui_errors))
    assert "caption is 501 characters long; keep it under 500" in str(ui_errors.pop())
    assert window.photos.list.item(0).text() == "200×150"
    assert saved_caption(qtbot, worker, window) == ""
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("y", False)))
    window.photos.edit_caption(window.photos.list.item(0))  # Cancel: nothing is sent
    settle(qtbot, worker)
    assert saved_caption(qtbot, worker, window) == ""


def test_an_examination_of_a_withdrawn_product_opens_with_a_banner(
    qtbot, open_worker, sample_catalog, tmp_path
):
    from idguide.catalog.authoring.source import read_source
    from idguide.catalog.write import BundleInfo, install

    exam_id = new_exam(sample_catalog)
    source = read_source(copy_sample(tmp_path, "nordhaven"))
    kept = [p for p in source.products if p.id != WRENCH]
    with open_catalog(sample_catalog) as catalog:
        install(catalog, source.publisher, kept, BundleInfo("t-2", 2), withdrawn=[WRENCH])
    window = open_exam(qtbot, open_worker(sample_catalog), exam_id)
    assert window.status_banner.isVisible()
    assert "WITHDRAWN" in window.status_banner.text()
    assert "Torque wrench TW-200" in window.title.text()
    assert sorted(window.checklist.results) == [1, 2]


def test_export_writes_the_verification_request(qtbot, worker, tmp_path):
    exam_id = run_in(qtbot, worker, lambda c: core_exams.new_examination(c, WRENCH).id)
    window = open_exam(qtbot, worker, exam_id)
    window.checklist.set_result(1, "differs")
    window.export_to(tmp_path / "request")
    qtbot.waitUntil(lambda: "Written" in window.state.text())
    document = json.loads((tmp_path / "request" / f"examination-{exam_id}.json").read_text())
    assert (tmp_path / "request" / f"examination-{exam_id}.pdf").stat().st_size > 1000
    assert [c["result"] for c in document["checklist"]][:1] == ["differs"]


# -- workshops ----------------------------------------------------------------------------------


def items_of(window: WorkshopWindow) -> list[str]:
    return window.items.ids()


def item_texts(window: WorkshopWindow) -> list[str]:
    return [window.items.item(row).text() for row in range(window.items.count())]


def set_texts(window: WorkshopWindow) -> list[str]:
    return [window.sets.item(row).text() for row in range(window.sets.count())]


def button(window: QWidget, text: str) -> QPushButton:
    (found,) = [b for b in window.findChildren(QPushButton) if b.text() == text]
    return found


def test_workshop_create_fill_reorder_rename_remove_note_export_and_import(
    qtbot, worker, tmp_path, monkeypatch
):
    window = show(qtbot, WorkshopWindow(worker, "en", current_product=lambda: WRENCH))
    settle(qtbot, worker)
    assert window.sets.count() == 0
    window.create("Port of Tallinn, June")
    qtbot.waitUntil(lambda: window.workshop is not None)
    window.add_current()
    window.find.setText("pliers")
    qtbot.waitUntil(lambda: window.found.count() > 0)
    window.add_found()
    qtbot.waitUntil(lambda: items_of(window) == [WRENCH, PLIERS])
    settle(qtbot, worker)
    assert "(2 products)" in window.sets.item(0).text()

    window.items.setCurrentRow(1)
    window.items.setFocus()
    qtbot.keyClick(window.items, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: items_of(window) == [PLIERS, WRENCH])
    assert window.items.current_id() == PLIERS
    window.reorder([WRENCH, PLIERS])  # what a drag and drop sends
    qtbot.waitUntil(lambda: items_of(window) == [WRENCH, PLIERS])

    window.items.setCurrentRow(0)
    qtbot.keyClicks(window.note, "Show the case first.")
    window.save_note()
    out = tmp_path / "tallinn.idgw"
    window.export_to(out)
    qtbot.waitUntil(lambda: out.exists())
    document = json.loads(out.read_text("utf-8"))
    assert [i["product_id"] for i in document["items"]] == [WRENCH, PLIERS]
    assert document["items"][0]["notes"] == "Show the case first."

    document["items"].append({"product_id": "ghost-gloves-g1", "label": "Ghost Gloves G1"})
    shared = tmp_path / "shared.idgw"
    shared.write_text(json.dumps(document), "utf-8")
    window.import_from(shared)
    qtbot.waitUntil(lambda: "Imported" in window.summary.text())
    assert window.summary.isVisible()
    assert "Ghost Gloves G1 (ghost-gloves-g1)" in window.summary.text()
    qtbot.waitUntil(lambda: window.sets.count() == 2)
    settle(qtbot, worker)
    assert items_of(window) == [WRENCH, PLIERS, "ghost-gloves-g1"]
    assert "not in this catalogue" in window.items.item(2).text()
    assert window.product_ids() == [WRENCH, PLIERS]

    asked = []

    def title_dialog(_parent, _caption, _label, text=""):
        asked.append(text)
        return "  Port of Tallinn, July ", True

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(title_dialog))
    button(window, "Rena&me…").click()
    qtbot.waitUntil(lambda: window.title.text() == "Port of Tallinn, July")
    assert asked == ["Port of Tallinn, June"]  # the dialog starts from the current title
    settle(qtbot, worker)
    assert sorted(set_texts(window)) == [
        "Port of Tallinn, July (3 products)",
        "Port of Tallinn, June (2 products)",
    ]
    window.items.setCurrentRow(2)
    button(window, "&Remove").click()
    qtbot.waitUntil(lambda: window.items.count() == 2)
    settle(qtbot, worker)
    assert item_texts(window) == [
        "1. Nordiva Torque wrench TW-200",
        "2. Nordiva Combination pliers P-8",
    ]
    assert "Port of Tallinn, July (2 products)" in set_texts(window)

    window.delete_current()
    qtbot.waitUntil(lambda: window.sets.count() == 1)
    listed = run_in(qtbot, worker, core_workshops.list_workshops)
    assert [w["title"] for w in listed] == ["Port of Tallinn, June"]


def test_a_workshops_handout_has_its_title_and_lists_the_products_missing_here(
    qtbot, worker, tmp_path, monkeypatch
):
    from pypdf import PdfReader

    from idguide.ui import filedialogs

    shared = tmp_path / "shared.idgw"
    shared.write_text(
        json.dumps(
            {
                "format": "idguide-workshop",
                "format_version": 1,
                "title": "Port of Tallinn, June",
                "items": [
                    {"product_id": WRENCH},
                    {"product_id": "ghost-gloves-g1", "label": "Ghost Gloves G1"},
                ],
            }
        )
    )
    window = show(qtbot, WorkshopWindow(worker, "en"))
    window.import_from(shared)
    qtbot.waitUntil(lambda: window.workshop is not None and len(window.workshop.items) == 2)
    out = tmp_path / "handout.pdf"
    monkeypatch.setattr(filedialogs, "save_file", lambda *_a: (str(out), "PDF, A4 paper (*.pdf)"))
    window.print_handout()
    qtbot.waitUntil(lambda: out.exists() and worker.pending == 0, timeout=10_000)
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Port of Tallinn, June" in text and "Torque wrench TW-200" in text
    assert "Not in this catalogue, so not printed: Ghost Gloves G1 [ghost-gloves-g1]" in text


def test_a_broken_workshop_file_is_refused_with_a_message(qtbot, worker, tmp_path, ui_errors):
    window = show(qtbot, WorkshopWindow(worker, "en"))
    broken = tmp_path / "broken.idgw"
    broken.write_bytes(b"\xff\xfe not json")
    window.import_from(broken)
    qtbot.waitUntil(lambda: bool(ui_errors))
    assert isinstance(ui_errors.pop(), core_workshops.WorkshopFileError)
    assert window.sets.count() == 0


# -- the hooks in the main window ---------------------------------------------------------------


def test_start_examination_from_the_product_page_and_reopen_it(qtbot, sample_catalog, ui_errors):
    from idguide.ui.examinations.examlist import ExamListWindow
    from idguide.ui.mainwindow import MainWindow

    window = MainWindow(sample_catalog, lang="en")
    qtbot.addWidget(window)
    window.show()
    settle(qtbot, window.worker)
    with qtbot.waitSignal(window.productShown):
        window.open_product(WRENCH)
    window.product_view.exam_button.click()
    qtbot.waitUntil(lambda: any(isinstance(w, ExamWindow) for w in window.examinations.windows))
    exam = next(w for w in window.examinations.windows if isinstance(w, ExamWindow))
    qtbot.waitUntil(lambda: exam.exam is not None)
    exam.close()
    listing = window.examinations.open_exam_list()
    assert isinstance(listing, ExamListWindow)
    qtbot.waitUntil(lambda: listing.tree.topLevelItemCount() == 1)
    assert "Torque wrench TW-200" in listing.tree.topLevelItem(0).text(1)
    with qtbot.waitSignal(listing.openRequested):
        listing.tree.itemActivated.emit(listing.tree.topLevelItem(0), 0)
    window.close()


def test_the_training_menu_offers_every_entry(qtbot, sample_catalog, ui_errors):
    from idguide.ui.mainwindow import MainWindow

    window = MainWindow(sample_catalog, lang="en")
    qtbot.addWidget(window)
    settle(qtbot, window.worker)
    actions = window.training.actions
    assert actions["Print handout…"].shortcut().toString() == "Ctrl+P"
    assert {"Workshops…", "Present this product", "Spot the fake (catalogue round)"} <= set(actions)
    assert window.training.present_current() is None  # no product on screen: nothing happens
    # examinations are the officer's work, in a menu of their own (not under Training)
    exam_actions = window.examinations.actions
    assert exam_actions["Start examination"].shortcut().toString() == "Ctrl+E"
    assert exam_actions["Examinations…"].shortcut().toString() == "Ctrl+Shift+E"
    titles = [action.text().replace("&", "") for action in window.menuBar().actions()]
    assert titles.index("Examination") < titles.index("Training")
    training_menu = window.menuBar().actions()[titles.index("Training")].menu()
    assert "Start examination" not in [a.text().replace("&", "") for a in training_menu.actions()]
    window.close()


# -- handouts and dropped photos ----------------------------------------------------------------


def test_a_handout_is_written_in_the_worker(qtbot, worker, tmp_path):
    from pypdf import PdfReader

    from idguide.ui.training.handoutprint import write_handout

    written = []
    write_handout(worker, [WRENCH, PLIERS], tmp_path / "handout.pdf", "en", written.append)
    qtbot.waitUntil(lambda: bool(written))
    text = "".join(page.extract_text() for page in PdfReader(written[0]).pages)
    assert "Torque wrench TW-200" in text and "Etched scale" in text


@pytest.mark.parametrize(
    "locale, preset, pick, width",
    [("en_US", "letter", "a4", 595), ("de_DE", "a4", "letter", 612)],
)
def test_print_handout_offers_a4_and_letter_and_prints_on_the_one_chosen(
    qtbot, sample_catalog, ui_errors, tmp_path, monkeypatch, locale, preset, pick, width
):
    from pypdf import PdfReader
    from PySide6.QtCore import QLocale

    from idguide.ui import filedialogs
    from idguide.ui.mainwindow import MainWindow

    filters = {"a4": "PDF, A4 paper (*.pdf)", "letter": "PDF, US Letter paper (*.pdf)"}
    out = tmp_path / "handout.pdf"
    offered = []

    def save_dialog(_parent, _caption, _start, choices, selected):
        offered.append((choices.split(";;"), selected))
        return str(out), filters[pick]  # the trainer switches to the other paper

    monkeypatch.setattr(filedialogs, "save_file", save_dialog)
    previous = QLocale()
    QLocale.setDefault(QLocale(locale))
    try:
        window = MainWindow(sample_catalog, lang="en")
        qtbot.addWidget(window)
        window.show()
        settle(qtbot, window.worker)
        with qtbot.waitSignal(window.productShown):
            window.open_product(WRENCH)
        window.training.print_current()
    finally:
        QLocale.setDefault(previous)
    assert offered == [(list(filters.values()), filters[preset])]
    qtbot.waitUntil(lambda: out.exists() and window.worker.pending == 0)
    reader = PdfReader(out)
    assert round(float(reader.pages[0].mediabox.width)) == width
    assert "Torque wrench TW-200" in reader.pages[0].extract_text()
    window.close()


def test_photos_dropped_on_the_examination_are_added(qtbot, worker):
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    exam_id = run_in(qtbot, worker, lambda c: core_exams.new_examination(c, PLIERS).id)
    window = open_exam(qtbot, worker, exam_id)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(SAMPLE / "nordhaven" / "images" / "pliers.png"))])
    drop = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.photos.dropEvent(drop)
    qtbot.waitUntil(lambda: window.photos.list.count() == 1)
    photos = run_in(qtbot, worker, lambda c: core_exams.get_examination(c, exam_id).photos)
    assert [p.sha256 for p in photos] == window.photos.shas()


def test_examination_photos_are_decoded_in_the_worker_not_the_gui_thread(
    qtbot, worker, monkeypatch
):
    gui = QThread.currentThread()
    decoded_in: list[bool] = []  # for each picture decoded: was it on the GUI thread?

    def recording(decoder):
        def decode(*args, **kwargs):
            decoded_in.append(QThread.currentThread() is gui)
            return decoder(*args, **kwargs)

        return decode

    monkeypatch.setattr(PILImage, "open", recording(PILImage.open))
    monkeypatch.setattr(QImage, "fromData", staticmethod(recording(QImage.fromData)))
    photo = SAMPLE / "nordhaven" / "images" / "pliers.png"
    exam_id = run_in(
        qtbot, worker, lambda c: core_exams.new_examination(c, WRENCH, photos=[photo]).id
    )
    window = open_exam(qtbot, worker, exam_id)
    qtbot.waitUntil(lambda: window.photos.list.count() == 1)
    window.add_photos([SAMPLE / "nordhaven" / "images" / "wrench.png"])
    qtbot.waitUntil(lambda: window.photos.list.count() == 2)
    icons = [window.photos.list.item(row).icon() for row in range(2)]
    assert all(not icon.isNull() for icon in icons)  # both shown, as thumbnails
    assert decoded_in and not any(decoded_in)
