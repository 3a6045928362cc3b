"""Switching the interface language while secondary windows are open: each open window (an
examination, the list of examinations, the workshop editor, a presentation, a spot-the-fake
round) speaks the new language at once, and speaks English again, text for text, when switched
back; what the officer typed, and what is not saved yet, stays as it was."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from support import CREME, PLIERS, SAMPLE, WRENCH
from test_ui_french import French, assert_french, visible_texts

from idguide.ui.training.presentation import PresentationWindow
from idguide.ui.training.spotthefake import SpotTheFakeWindow
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


def examination_of_the_wrench(qtbot, window):
    """An examination window on the wrench, started from its page as an officer starts one."""
    with qtbot.waitSignal(window.productShown):
        window.open_product(WRENCH)
    window.examinations.start_examination()
    qtbot.waitUntil(lambda: bool(window.examinations.windows))
    exam = window.examinations.windows[-1]
    qtbot.waitUntil(lambda: exam.exam is not None)
    return exam


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
    exam = examination_of_the_wrench(qtbot, window)
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
    exam = examination_of_the_wrench(qtbot, window)
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


# -- training -------------------------------------------------------------------------------------

SHARED = {
    "format": "idguide-workshop",
    "format_version": 1,
    "title": "Port of Tallinn, June",
    "items": [
        {"product_id": WRENCH, "notes": "Show the case first."},
        {"product_id": "ghost-gloves-g1", "label": "Ghost Gloves G1"},
    ],
}


def test_the_open_workshop_editor_speaks_the_new_language(
    qtbot, window, sample_catalog, tmp_path: Path
):
    shared = tmp_path / "shared.idgw"
    shared.write_text(json.dumps(SHARED), "utf-8")
    workshops = window.training.open_workshops()
    workshops.import_from(shared)  # a summary made of the import: its words follow too
    qtbot.waitUntil(lambda: workshops.workshop is not None and workshops.summary.isVisible())
    settled(qtbot, window)
    workshops.find.setText("pliers")
    qtbot.waitUntil(lambda: workshops.found.count() > 0)
    workshops.note_timer.setInterval(3_600_000)  # a note being typed, not saved yet
    qtbot.keyClicks(workshops.note, " Then the box.")
    note = workshops.note.toPlainText()
    assert "not in this catalogue" in workshops.items.item(1).text()
    french = French(sample_catalog, "Port of Tallinn, June", "Ghost Gloves G1 (ghost-gloves-g1)")
    assert_switches_and_back(french, workshops)
    switch("fr")
    assert "absent de ce catalogue" in workshops.items.item(1).text()
    assert workshops.note.toPlainText() == note and workshops.note_timer.isActive()
    assert workshops.find.text() == "pliers"


def test_an_open_presentation_speaks_the_new_language_on_the_same_slide(
    qtbot, window, sample_catalog
):
    presentation = PresentationWindow(window.worker, [WRENCH, PLIERS])
    qtbot.addWidget(presentation)
    presentation.show()
    qtbot.waitUntil(lambda: presentation.index == 0)
    settled(qtbot, window)
    french = French(sample_catalog)
    assert_switches_and_back(french, presentation)  # the product's first slide
    presentation.go(2)  # its second feature
    assert_switches_and_back(french, presentation)
    switch("fr")
    assert presentation.index == 2
    assert presentation.genuine_heading.text() == "Authentique"


def test_an_open_spot_the_fake_round_speaks_the_new_language_and_keeps_its_score(
    qtbot, window, sample_catalog
):
    spot = SpotTheFakeWindow(window.worker, [PLIERS, WRENCH, CREME], seed=1)
    qtbot.addWidget(spot)
    spot.show()
    qtbot.waitUntil(lambda: spot.index == 0)
    settled(qtbot, window)
    french = French(sample_catalog)
    assert_switches_and_back(french, spot)  # before the pick
    qtbot.keyClick(spot, Qt.Key.Key_L)
    assert spot.is_revealed
    score = (spot.score.correct, spot.score.total)
    assert_switches_and_back(french, spot)  # the reveal: the tags and the features' list
    switch("fr")
    assert (spot.score.correct, spot.score.total) == score and spot.is_revealed
    fake = spot.questions[0].fake_side
    assert spot.tags[fake].text() == "CONTREFAÇON"
    assert spot.tags[1 - fake].text() == "AUTHENTIQUE"


# -- the windows that need nothing ----------------------------------------------------------------


def test_the_bundle_dialogs_are_modal_so_the_language_cannot_change_under_them(qtbot, window):
    """The import dialog, the update summary, Feeds and Add feed block the main window while they
    are open: its View menu cannot be reached, so they are not retranslated (docs/translations.md)
    and this test keeps that true."""
    importing = window.importer.open([])
    summary = window.updates.show_summary()
    feeds = window.updates.open_feeds()
    adding = feeds.open_add()
    for dialog in (importing, summary, feeds, adding):
        assert dialog.isVisible() and dialog.isModal(), type(dialog).__name__
    for dialog in (adding, feeds, summary, importing):
        dialog.close()
