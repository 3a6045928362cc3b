"""The officer's own photos of the examined item: thumbnails, "Add photos…", drop, and each
photo's caption (double-click, F2 or the context menu's "Edit caption…").

The thumbnails arrive decoded and made small by the worker (``load_exam`` and ``add_exam_photo`` in
:mod:`idguide.ui.examinations.ops`); this strip only wraps their pixels, so a large phone photo
never holds up the GUI thread. A new interface language renames its button and menu
(:meth:`PhotoStrip.retranslate`).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QPoint, QSize, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QIcon, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from idguide.catalog.examinations import Photo
from idguide.ui import filedialogs
from idguide.ui.officer.ops import Thumbnail
from idguide.ui.text import tooltip
from idguide.ui.thumbnails import to_qimage

THUMB = QSize(120, 120)
CAPTION_ROLE = Qt.ItemDataRole.UserRole + 1  # the caption as saved ("" for none)
SIZE_ROLE = Qt.ItemDataRole.UserRole + 2  # "1600×1200", shown when there is no caption


class PhotoStrip(QWidget):
    """Thumbnails of the photos; emits ``filesChosen`` for files picked or dropped and
    ``captionEdited`` when the officer gives a photo another caption."""

    filesChosen = Signal(list)  # of Path
    captionEdited = Signal(str, str)  # sha256, the new caption

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
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._context_menu)
        self.list.itemDoubleClicked.connect(self.edit_caption)
        self.menu = QMenu(self)
        edit = self.edit_action = self.menu.addAction("")
        edit.triggered.connect(lambda: self.edit_caption(self.list.currentItem()))
        shortcut = QShortcut(QKeySequence(Qt.Key.Key_F2), self.list)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        shortcut.activated.connect(edit.trigger)
        self.add_button = QPushButton(self)
        self.add_button.clicked.connect(self.choose_files)
        buttons = QVBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        """The strip's words in the interface language now (the captions are the officer's)."""
        self.list.setAccessibleName(self.tr("Your photos"))
        self.edit_action.setText(self.tr("Edit caption…"))
        self.add_button.setText(self.tr("Add photos…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def clear(self) -> None:
        self.list.clear()

    def edge(self) -> int:
        """How many device pixels a thumbnail may be across (sharp on a high-DPI screen)."""
        return round(THUMB.width() * self.devicePixelRatioF())

    def add_photo(self, photo: Photo, thumb: Thumbnail | None, problem: str = "") -> None:
        item = QListWidgetItem()
        item.setData(SIZE_ROLE, f"{photo.width}×{photo.height}")
        _show_caption(item, photo.caption)
        if thumb is not None:
            image = to_qimage(thumb, self.devicePixelRatioF())
            item.setIcon(QIcon(QPixmap.fromImage(image)))
        item.setToolTip(tooltip(problem or f"sha256 {photo.sha256}"))
        item.setData(Qt.ItemDataRole.UserRole, photo.sha256)
        self.list.addItem(item)

    def shas(self) -> list[str]:
        return [self.list.item(r).data(Qt.ItemDataRole.UserRole) for r in range(self.list.count())]

    def caption(self, sha256: str) -> str:
        item = self._item(sha256)
        return item.data(CAPTION_ROLE) if item is not None else ""

    def set_caption(self, sha256: str, caption: str) -> None:
        """Show ``caption`` (as saved) under the photo."""
        item = self._item(sha256)
        if item is not None:
            _show_caption(item, caption)

    def _item(self, sha256: str) -> QListWidgetItem | None:
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == sha256:
                return self.list.item(row)
        return None

    def edit_caption(self, item: QListWidgetItem | None) -> None:
        """Ask for the photo's caption; emit ``captionEdited`` if the officer changed it."""
        if item is None:
            return
        sha256, old = item.data(Qt.ItemDataRole.UserRole), item.data(CAPTION_ROLE)
        caption, ok = QInputDialog.getText(
            self, self.tr("Photo caption"), self.tr("What this photo shows:"), text=old
        )
        if ok and caption.strip() != old:
            self.captionEdited.emit(sha256, caption.strip())

    def _context_menu(self, at: QPoint) -> None:
        item = self.list.itemAt(at)
        if item is not None:
            self.list.setCurrentItem(item)
            self.menu.popup(self.list.viewport().mapToGlobal(at))

    def choose_files(self) -> None:
        names = filedialogs.open_files(
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


def _show_caption(item: QListWidgetItem, caption: str) -> None:
    item.setData(CAPTION_ROLE, caption)
    item.setText(caption or item.data(SIZE_ROLE))
