"""The officer's own photos of the examined item: thumbnails, "Add photos…", and drop.

The thumbnails arrive decoded and made small by the worker (``load_exam`` and ``add_exam_photo`` in
:mod:`idguide.ui.training.ops`); this strip only wraps their pixels, so a large phone photo
never holds up the GUI thread.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QIcon, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from idguide.catalog.examinations.exams import Photo
from idguide.ui.officer.ops import Thumbnail
from idguide.ui.text import tooltip
from idguide.ui.thumbnails import to_qimage

THUMB = QSize(120, 120)


class PhotoStrip(QWidget):
    """Thumbnails of the photos; emits ``filesChosen`` for files picked or dropped."""

    filesChosen = Signal(list)  # of Path

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.list = QListWidget(self)
        self.list.setViewMode(QListWidget.ViewMode.IconMode)
        self.list.setIconSize(THUMB)
        self.list.setMovement(QListWidget.Movement.Static)
        self.list.setFlow(QListWidget.Flow.LeftToRight)
        self.list.setWrapping(False)
        self.list.setFixedHeight(THUMB.height() + self.list.fontMetrics().height() + 24)
        self.list.setAccessibleName(self.tr("Your photos"))
        self.add_button = QPushButton(self.tr("Add photos…"), self)
        self.add_button.clicked.connect(self.choose_files)
        buttons = QVBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)

    def clear(self) -> None:
        self.list.clear()

    def edge(self) -> int:
        """How many device pixels a thumbnail may be across (sharp on a high-DPI screen)."""
        return round(THUMB.width() * self.devicePixelRatioF())

    def add_photo(self, photo: Photo, thumb: Thumbnail | None, problem: str = "") -> None:
        item = QListWidgetItem(photo.caption or f"{photo.width}×{photo.height}")
        if thumb is not None:
            image = to_qimage(thumb, self.devicePixelRatioF())
            item.setIcon(QIcon(QPixmap.fromImage(image)))
        item.setToolTip(tooltip(problem or f"sha256 {photo.sha256}"))
        item.setData(Qt.ItemDataRole.UserRole, photo.sha256)
        self.list.addItem(item)

    def shas(self) -> list[str]:
        return [self.list.item(r).data(Qt.ItemDataRole.UserRole) for r in range(self.list.count())]

    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Add photos of the examined item"),
            str(Path.home()),
            self.tr("Photos (*.jpg *.jpeg *.png *.webp);;All files (*)"),
        )
        if names:
            self.filesChosen.emit([Path(name) for name in names])

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.filesChosen.emit(paths)
