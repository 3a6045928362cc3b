"""Text from a file is plain text in every dialog: a workshop title that is HTML, with an image
that would be fetched from the disk, shows as the characters it is."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from support import WRENCH

from idguide.ui.training.workshopwindow import WorkshopWindow
from idguide.ui.worker import Worker

pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support propagateSizeHints", "This plugin does not support raise"
)

TITLE = '<b>Bold</b><img src="file:///etc/hostname"> <a href="https://example.org">x</a>'


@pytest.fixture
def worker(qtbot, sample_catalog, ui_errors):
    worker = Worker()
    worker.open(sample_catalog)
    qtbot.waitUntil(lambda: worker.pending == 0)
    yield worker
    worker.shutdown()


def test_the_delete_workshop_question_shows_an_imported_title_as_plain_text(
    qtbot, worker, tmp_path
):
    shared = tmp_path / "shared.idgw"
    document = {"format": "idguide-workshop", "format_version": 1, "title": TITLE}
    document["items"] = [{"product_id": WRENCH, "label": "", "notes": ""}]
    shared.write_text(json.dumps(document), "utf-8")
    window = WorkshopWindow(worker, "en")
    qtbot.addWidget(window)
    window.show()
    window.import_from(shared)
    qtbot.waitUntil(lambda: window.workshop is not None and window.workshop.title == TITLE)
    seen = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        seen.append((box.textFormat(), box.text()))
        box.button(QMessageBox.StandardButton.No).click()

    QTimer.singleShot(0, answer)
    window.ask_delete()
    assert seen and seen[0][0] == Qt.TextFormat.PlainText
    assert TITLE in seen[0][1]
    qtbot.waitUntil(lambda: worker.pending == 0)
    assert window.sets.count() == 1  # No: nothing was deleted


def test_no_dialog_is_built_by_qmessagebox_s_own_helpers():
    """QMessageBox.question/information/warning/critical guess rich text: every dialog goes
    through idguide.ui.widgets.confirm or idguide.ui.errors, which set Qt.PlainText."""
    import re
    from pathlib import Path

    import idguide.ui

    root = Path(idguide.ui.__file__).parent
    helper = re.compile(r"QMessageBox\.(question|information|warning|critical|about)\(")
    found = [p.name for p in root.rglob("*.py") if helper.search(p.read_text(encoding="utf-8"))]
    assert found == []
