"""Switching the interface language while secondary windows are open: each open window (an
examination, the list of examinations) speaks the new language at once, and speaks English
again, text for text, when switched back; what the officer typed, and what is not saved yet,
stays as it was."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from support import SAMPLE, WRENCH
from test_ui_french import French, assert_french, visible_texts

from idguide.ui.translation import install_translations

pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support propagateSizeHints", "This plugin does not support raise"
)
PHOTO = SAMPLE / "nordhaven" / "images" / "pliers.png"


def switch(language: str) -> None:
    """What View > Interface language does: Qt then tells every window of the change."""
    install_translations(language)
    QApplication.processEvents()


def settled(qtbot, window) -> None:
    qtbot.waitUntil(lambda: window.worker.pending == 0)


def assert_switches_and_back(french: French, shown: QWidget) -> None:
    """``shown`` is French after the switch, and exactly as before once English again."""
    before = list(visible_texts(shown))
    switch("fr")
    assert list(visible_texts(shown)) != before
    assert_french(french, shown)
    switch("en")
    assert list(visible_texts(shown)) == before


# -- an examination -------------------------------------------------------------------------------


def typed(exam) -> dict[str, object]:
    """Everything the officer typed or chose in the examination window."""
    checklist = exam.checklist
    return {
        "fields": [e.text() for e in (exam.case_ref, exam.place, exam.quantity, exam.lot_code)],
        "declared_origin": exam.declared_origin.text(),
        "notes": exam.notes.toPlainText(),
        "verdict": exam.verdict.currentData(),
        "date": exam.examined_on.date().toString("yyyy-MM-dd"),
        "results": {n: combo.currentData() for n, combo in checklist.results.items()},
        "comments": {n: edit.text() for n, edit in checklist.comments.items()},
        "requester": exam.requester.values(),
        "photos": exam.photos.shas(),
    }


def test_an_open_examination_speaks_the_new_language_and_keeps_what_was_typed(
    qtbot, window, sample_catalog
):
    with qtbot.waitSignal(window.productShown):
        window.open_product(WRENCH)
    window.examinations.start_examination()
    qtbot.waitUntil(lambda: bool(window.examinations.windows))
    exam = window.examinations.windows[-1]
    qtbot.waitUntil(lambda: exam.exam is not None)
    qtbot.keyClicks(exam.case_ref, "CASE-7")
    qtbot.keyClicks(exam.quantity, "12")
    exam.quantity_unit.setCurrentText("pallets")
    qtbot.keyClicks(exam.lot_code, "L2406-88")  # named in the wrench's alert
    exam.checklist.set_result(2, "differs")
    qtbot.keyClicks(exam.checklist.comments[2], "Wavy line")
    qtbot.keyClicks(exam.requester.edits["requester_name"], "Ana Sousa")
    exam.add_photos([PHOTO])
    qtbot.waitUntil(lambda: exam.photos.list.count() == 1)
    exam.flush()
    settled(qtbot, window)
    # an edit not saved yet: the switch neither saves it nor loses it
    exam.timer.setInterval(3_600_000)
    qtbot.keyClicks(exam.notes, "Found in a parcel.")
    assert exam.state.text() == "Changed; saving…"
    unsaved = (dict(exam.changes.fields), dict(exam.changes.checks))
    before_typed = typed(exam)
    before = list(visible_texts(exam))
    (photo,) = exam.photos.shas()
    # the photo's own data: its fingerprint, in its tooltip
    french = French(sample_catalog, f"sha256 {photo}")

    switch("fr")
    shown = list(visible_texts(exam))
    assert "Exporter la demande de vérification…" in shown
    assert exam.windowTitle() == f"Examen {exam.exam_id} — idguide"
    assert exam.state.text() == "Modifié\u00a0; enregistrement…"
    assert exam.quantity_unit.currentText() == "palettes"  # a usual unit, in the new words
    assert exam.lot_alert.isVisible() and "L2406-88" in exam.lot_alert.text()
    assert_french(french, exam)
    assert typed(exam) == before_typed
    assert (exam.changes.fields, exam.changes.checks) == unsaved and exam.timer.isActive()

    switch("en")
    assert list(visible_texts(exam)) == before
    assert exam.quantity_unit.currentText() == "pallets"
    assert typed(exam) == before_typed
    assert (exam.changes.fields, exam.changes.checks) == unsaved and exam.timer.isActive()


def test_an_officer_s_own_unit_stays_as_typed_through_a_switch(qtbot, window):
    with qtbot.waitSignal(window.productShown):
        window.open_product(WRENCH)
    window.examinations.start_examination()
    qtbot.waitUntil(lambda: bool(window.examinations.windows))
    exam = window.examinations.windows[-1]
    qtbot.waitUntil(lambda: exam.exam is not None)
    exam.quantity_unit.setCurrentText("")
    qtbot.keyClicks(exam.quantity_unit.lineEdit(), "crates")
    exam.flush()
    settled(qtbot, window)
    switch("fr")
    assert exam.quantity_unit.currentText() == "crates"
    assert not exam.changes


def test_the_open_list_of_examinations_speaks_the_new_language(qtbot, window, sample_catalog):
    with qtbot.waitSignal(window.productShown):
        window.open_product(WRENCH)
    window.examinations.start_examination()
    listing = window.examinations.open_exam_list()
    qtbot.waitUntil(lambda: listing.tree.topLevelItemCount() == 1)
    settled(qtbot, window)
    assert_switches_and_back(French(sample_catalog), listing)
    switch("fr")
    assert listing.tree.headerItem().text(2) == "Verdict"
    assert listing.tree.topLevelItem(0).text(2) == "Indéterminé"
