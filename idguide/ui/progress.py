"""Progress of the worker's long operations, with Cancel, for the status bar."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QWidget

from idguide.ui.widgets import plain_label
from idguide.ui.worker import Worker


class ProgressArea(QWidget):
    """Hidden while the worker is idle; shows what a long operation is doing and how far."""

    def __init__(self, worker: Worker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = plain_label("", self, selectable=False, wrap=False)
        self.bar = QProgressBar(self)
        self.bar.setMaximumWidth(220)
        self.bar.setTextVisible(False)
        self.cancel = QPushButton(self)
        self._says = ("", 0, -1)  # the operation's label, how far: made again in another language
        self.cancel.clicked.connect(worker.cancel_long)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel)
        worker.longStarted.connect(self.start)
        worker.longProgress.connect(self.advance)
        worker.longFinished.connect(self.hide)
        self.hide()
        self.retranslate()

    def retranslate(self) -> None:
        self.cancel.setText(self.tr("Cancel"))
        label, done, total = self._says
        if total < 0:
            self.label.setText(self.tr("{0}…").format(label) if label else "")
        else:
            self.label.setText(self.tr("{0}: {1} of {2}").format(label, done, total))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def start(self, label: str) -> None:
        self._says = (label, 0, -1)
        self.retranslate()
        self.bar.setRange(0, 0)  # busy until the first report
        self.show()

    def advance(self, label: str, done: int, total: int) -> None:
        self._says = (label, done, total)
        self.retranslate()
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(min(done, max(total, 1)))
