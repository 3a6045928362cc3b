"""The officer's own note on a product, saved by itself a moment after typing stops."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtWidgets import QPlainTextEdit, QVBoxLayout, QWidget

from idguide.catalog import set_note
from idguide.ui.errors import show_error
from idguide.ui.operations import ChangeOp
from idguide.ui.widgets import heading, plain_label
from idguide.ui.worker import Worker

SAVE_DELAY_MS = 1000


class NoteEditor(QWidget):
    """Saves through the worker ``SAVE_DELAY_MS`` after the last keystroke, and on :meth:`flush`
    (leaving the page, closing the window)."""

    saved = Signal(str)  # product id

    def __init__(self, worker: Worker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._product_id = ""
        self._saved_text: str | None = ""
        self.edit = QPlainTextEdit(self)
        self.edit.setTabChangesFocus(True)
        self.edit.setFixedHeight(self.edit.fontMetrics().lineSpacing() * 5 + 16)
        self.edit.textChanged.connect(self._on_changed)
        self.status = plain_label("", self, selectable=False)
        self._status = ""  # "unsaved", "saved", "failed" or "": said again in another language
        self._timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = heading("", self)
        layout.addWidget(self.title)
        layout.addWidget(self.edit)
        layout.addWidget(self.status)
        self.retranslate()

    def retranslate(self) -> None:
        self.edit.setPlaceholderText(
            self.tr("Your own notes on this product (kept on this computer)")
        )
        self.title.setText(self.tr("Your note"))
        self._say(self._status)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _say(self, status: str) -> None:
        self._status = status
        says = {
            "unsaved": self.tr("Not saved yet"),
            "saved": self.tr("Saved"),
            "failed": self.tr("Not saved"),
        }
        self.status.setText(says.get(status, ""))

    def load(self, product_id: str, text: str) -> None:
        """Show the note of ``product_id`` (save the previous product's note first). The same
        product read again (the catalogue changed) keeps what the officer is typing."""
        if product_id == self._product_id and self.is_dirty():
            self.flush()
            return
        self.flush()
        self._product_id, self._saved_text = product_id, text
        self.edit.blockSignals(True)
        self.edit.setPlainText(text)
        self.edit.blockSignals(False)
        self._say("")

    def is_dirty(self) -> bool:
        return bool(self._product_id) and self.edit.toPlainText() != self._saved_text

    def _on_changed(self) -> None:
        self._say("unsaved")
        self._timer.start()

    def flush(self) -> None:
        """Save now if the text changed since the last save."""
        self._timer.stop()
        if not self.is_dirty():
            return
        text, product_id = self.edit.toPlainText(), self._product_id
        self._saved_text = text
        ChangeOp(
            partial(set_note, product_id=product_id, text=text),
            lambda _note: self._on_saved(product_id),
            partial(self._on_failed, product_id),
            initiator=self,
        ).run(self._worker)

    def _on_saved(self, product_id: str) -> None:
        if product_id == self._product_id:
            self._say("saved")
        self.saved.emit(product_id)

    def _on_failed(self, product_id: str, exc: BaseException) -> None:
        if product_id == self._product_id:
            self._saved_text = None  # unknown: the next flush tries again
            self._say("failed")
        show_error(self.window(), exc)
