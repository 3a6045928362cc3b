"""Printing from the app: the officer is told where the handout went and can open it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QMessageBox
from support import WRENCH

from idguide.ui import filedialogs
from idguide.ui.training import handoutprint

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_ctrl_p_says_where_the_handout_is_and_offers_to_open_it(
    qtbot, window, tmp_path, monkeypatch
):
    out = tmp_path / "handouts" / "wrench handout.pdf"
    out.parent.mkdir()
    monkeypatch.setattr(filedialogs, "save_file", lambda *_args: (str(out), ""))
    opened: list[QUrl] = []
    monkeypatch.setattr(
        handoutprint, "open_file", lambda url: opened.append(url) or True, raising=False
    )
    with qtbot.waitSignal(window.productShown):
        window.open_product(WRENCH)
    window.training.actions["Print handout…"].trigger()
    qtbot.waitUntil(lambda: bool(window.findChildren(QMessageBox)), timeout=10_000)
    assert out.is_file()
    box = window.findChildren(QMessageBox)[0]
    assert str(out) in box.text()
    assert str(out) in window.statusBar().currentMessage()
    assert not opened  # nothing opens by itself
    button = next(b for b in box.buttons() if b.text() == "Open the PDF")
    button.click()
    assert opened == [QUrl.fromLocalFile(str(out))]


def test_with_no_pdf_program_the_handout_s_folder_is_said_as_plain_text(
    qtbot, window, tmp_path, monkeypatch
):
    out = tmp_path / "<b>handouts</b>" / "wrench.pdf"  # a folder's name is not markup
    monkeypatch.setattr(handoutprint, "open_file", lambda _url: False, raising=False)
    box = handoutprint._open(window, out)
    assert box is not None and box.textFormat() == Qt.TextFormat.PlainText
    assert str(out) in box.text() and "No program to show PDF files" in box.text()
    box.close()
