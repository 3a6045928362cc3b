"""The examination window guides the officer: what genuine and counterfeit look like on each row,
"differs" in colour, a second thought before "likely genuine", a unit for the quantity, the lot
code, and who asks, prefilled from the settings."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox
from support import PLIERS, WRENCH

from idguide.catalog import open_catalog
from idguide.catalog.examinations import exams
from idguide.ui.settings import Settings

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

# (ASCII: QTest types key by key, and has no key for "á")
WHO = ("Ana Sousa", "Autoridade Tributaria e Aduaneira", "Alfandega de Leixoes", "ana@at.example")


def start(qtbot, window, product_id: str = WRENCH):
    with qtbot.waitSignal(window.productShown):
        window.open_product(product_id)
    window.examinations.start_examination()
    qtbot.waitUntil(lambda: bool(window.examinations.windows))
    exam = window.examinations.windows[-1]
    qtbot.waitUntil(lambda: exam.exam is not None)
    return exam


def saved(qtbot, window, exam_window):
    """The examination as saved, once the window has sent every change."""
    exam_window.flush()
    qtbot.waitUntil(lambda: window.worker.pending == 0)
    with open_catalog(window.catalog_path) as catalog:
        return exams.get_examination(catalog, exam_window.exam_id)


def is_red(colour) -> bool:
    return colour.red() - max(colour.green(), colour.blue()) > 80


def red_share(widget) -> float:
    image = widget.grab().toImage()
    points = [
        (x, y) for x in range(2, image.width() - 2, 3) for y in range(2, image.height() - 2, 3)
    ]
    return sum(is_red(image.pixelColor(x, y)) for x, y in points) / len(points)


def test_each_checklist_row_shows_what_genuine_and_counterfeit_look_like(qtbot, window):
    exam = start(qtbot, window)
    row = exam.checklist.rows[1]
    assert row.genuine.text() == "Genuine: Sharp etched marks."
    assert row.counterfeit.text() == "Counterfeit: Printed marks rub off."
    qtbot.waitUntil(lambda: row.genuine.isVisible() and row.counterfeit.isVisible())


def test_differs_is_marked_in_colour(qtbot, window):
    exam = start(qtbot, window)
    combo = exam.checklist.results[1]
    qtbot.waitUntil(lambda: combo.isVisible() and combo.width() > 20)
    assert red_share(combo) < 0.2
    exam.checklist.set_result(1, "differs")
    qtbot.waitUntil(lambda: red_share(combo) > 0.4)
    exam.checklist.set_result(1, "as-genuine")
    qtbot.waitUntil(lambda: red_share(combo) < 0.2)


@pytest.mark.parametrize(("answer", "kept"), [("No", "undetermined"), ("Yes", "likely-genuine")])
def test_likely_genuine_while_a_feature_differs_asks_first(qtbot, window, answer, kept):
    exam = start(qtbot, window)
    exam.checklist.set_result(2, "differs")
    exam.verdict.setCurrentIndex(exam.verdict.findData("likely-genuine"))
    qtbot.waitUntil(lambda: bool(exam.findChildren(QMessageBox)))
    box = exam.findChildren(QMessageBox)[0]
    assert "2. Base line" in box.text() and "differs" in box.text()
    next(b for b in box.buttons() if b.text().replace("&", "") == answer).click()
    assert exam.verdict.currentData() == kept
    assert saved(qtbot, window, exam).verdict == kept


def test_likely_genuine_with_nothing_differing_asks_nothing(qtbot, window):
    exam = start(qtbot, window)
    exam.checklist.set_result(1, "as-genuine")
    exam.verdict.setCurrentIndex(exam.verdict.findData("likely-genuine"))
    assert not exam.findChildren(QMessageBox)
    assert saved(qtbot, window, exam).verdict == "likely-genuine"


def test_quantity_has_a_unit_and_the_lot_code_a_field(qtbot, window):
    exam = start(qtbot, window)
    qtbot.keyClicks(exam.quantity, "240")
    exam.quantity_unit.setCurrentText("")
    qtbot.keyClicks(exam.quantity_unit.lineEdit(), "cartons")
    qtbot.keyClicks(exam.lot_code, "L2406-88")
    record = saved(qtbot, window, exam)
    assert (record.quantity, record.quantity_unit, record.lot_code) == (240, "cartons", "L2406-88")
    assert exam.lot_alert.isVisible() and "Fake batch L2406-88" in exam.lot_alert.text()


def test_who_asks_is_prefilled_from_the_settings_and_editable_per_examination(qtbot, window):
    exam = start(qtbot, window)
    assert saved(qtbot, window, exam).requested_by() == dict.fromkeys(
        ("name", "agency", "office", "contact"), ""
    )
    edits = exam.requester.edits
    for edit, text in zip(edits.values(), WHO, strict=True):
        qtbot.keyClicks(edit, text)
    assert saved(qtbot, window, exam).requester_office == "Alfandega de Leixoes"
    exam.requester.remember.click()  # for the next examinations on this laptop
    assert Settings().requester == dict(zip(edits, WHO, strict=True))
    second = start(qtbot, window, PLIERS)
    assert [edit.text() for edit in second.requester.edits.values()] == list(WHO)
    assert saved(qtbot, window, second).requester_contact == "ana@at.example"
    second.requester.edits["requester_name"].clear()
    qtbot.keyClicks(second.requester.edits["requester_name"], "Rui Costa")  # a shared laptop
    assert saved(qtbot, window, second).requester_name == "Rui Costa"
    assert Settings().requester["requester_name"] == "Ana Sousa"  # the defaults stay


def test_an_examination_started_after_switching_to_spanish_shows_the_spanish_texts(qtbot, window):
    """The Examination menu opened its windows in the language the main window first had."""
    window.actions_.languages["es"].trigger()  # View > Content language > Español
    exam = start(qtbot, window)
    assert "Llave dinamométrica TW-200" in exam.title.text()
