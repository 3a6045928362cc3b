"""The product's pictures: the main one (zoomable, with a feature's call-out), its caption and
the strip of thumbnails. The picture itself is :class:`idguide.ui.zoomview.ZoomView`."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from idguide.ui.text import labelled, tooltip
from idguide.ui.widgets import plain_label, scaled
from idguide.ui.zoomview import CALLOUT, HALO, SHADE, TAG, Callout, PictureView

# The call-out and its colours live with the zoomable picture; other modules import them here.
__all__ = ["CALLOUT", "HALO", "SHADE", "TAG", "Callout", "Gallery", "Picture", "kind_name"]

THUMB = QSize(56, 56)


def kind_name(kind: str) -> str:
    names = {
        "genuine": Gallery.tr("Genuine"),
        "counterfeit": Gallery.tr("Counterfeit"),
        "packaging": Gallery.tr("Packaging"),
        "detail": Gallery.tr("Detail"),
        "photo": Gallery.tr("Your photo"),  # the officer's own, in the compare view
    }
    return names.get(kind, kind)


@dataclass
class Picture:
    """One of the product's images, ready to show."""

    ref: str  # sha256
    image: QImage | None
    caption: str
    kind: str = "genuine"
    problem: str = ""  # why it could not be shown

    def label(self) -> str:
        """What the picture shows, kind first: a counterfeit photo must never pass as genuine."""
        kind = kind_name(self.kind)
        if not self.caption or self.caption.casefold().startswith(kind.casefold()):
            return self.caption or kind
        # one text, so that each language writes its own colon (French: a space before it)
        return labelled(kind, self.caption)


class Gallery(QWidget):
    """The main picture, its caption and thumbnails to switch between the pictures."""

    imageChanged = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Ctrl+wheel zooms: a plain wheel over the picture still scrolls the page.
        self.view = PictureView(self)
        self.caption = plain_label("", self)
        self.caption.setFont(scaled(self.caption.font(), 1.0, bold=True))
        # Opens idguide.ui.officer.compare (wired by idguide.ui.officer.comparelink.attach_compare).
        self.compare = QPushButton(self)
        self.thumbs = self._make_thumbs()
        self._pictures: list[Picture] = []
        # Over the picture's bottom left corner while it is zoomed in: back to the whole of it.
        self.whole = QToolButton(self.view)
        self.whole.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.whole.clicked.connect(self.view.fit)
        self.whole.hide()
        self.view.viewChanged.connect(self._place_whole)
        self.view.installEventFilter(self)
        # Under the picture, one row: the thumbnails, and the caption above the Compare button
        # (a second row would cost the picture its height on a 768-pixel screen).
        about = QVBoxLayout()
        about.addWidget(self.caption)
        about.addWidget(self.compare, 0, Qt.AlignmentFlag.AlignLeft)
        about.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.thumbs, 1)
        row.addLayout(about, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)
        self.retranslate()

    def retranslate(self) -> None:
        """Every text in the interface language now; the picture shown and its zoom stay."""
        self.compare.setText(self.tr("&Compare… (Ctrl+K)"))
        self.compare.setToolTip(self.tr("Side by side with a counterfeit or your own photo"))
        self.whole.setText(self.tr("Whole picture (F)"))
        self.thumbs.setAccessibleName(self.tr("Pictures"))
        for row, picture in enumerate(self._pictures):
            self._label_item(self.thumbs.item(row), picture)
        self.thumbs.doItemsLayout()  # longer words: the items' places are worked out again
        row = self.thumbs.currentRow()
        if 0 <= row < len(self._pictures):
            picture = self._pictures[row]
            self.view.set_words(picture.problem, self._tag(picture))
            self.caption.setText(picture.label())
        else:
            self.view.set_words(self.tr("No picture"), "")
        self._place_whole()

    def set_captions(self, pictures: list[Picture]) -> None:
        """The same pictures with captions (and problems) in another language: what is shown,
        and its zoom, stay."""
        if [p.ref for p in pictures] != [p.ref for p in self._pictures]:
            self.set_pictures(pictures)
            return
        self._pictures = pictures
        self.retranslate()

    @staticmethod
    def _tag(picture: Picture) -> str:
        return kind_name(picture.kind).upper() if picture.kind == "counterfeit" else ""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view and event.type() == QEvent.Type.Resize:
            self._place_whole()
        return False

    def _place_whole(self) -> None:
        zoomed = self.view.has_image() and not self.view.is_fitted()
        self.whole.adjustSize()
        area = self.view.viewport().geometry()  # above the scroll bar, if any
        self.whole.move(area.left() + 8, area.bottom() - self.whole.height() - 8)
        self.whole.setVisible(zoomed)

    def _make_thumbs(self) -> QListWidget:
        thumbs = QListWidget(self)
        thumbs.setViewMode(QListWidget.ViewMode.IconMode)
        thumbs.setFlow(QListWidget.Flow.LeftToRight)
        thumbs.setWrapping(False)
        thumbs.setIconSize(THUMB)
        thumbs.setMovement(QListWidget.Movement.Static)
        thumbs.setSpacing(4)
        self._fit_thumbs(thumbs)
        thumbs.currentRowChanged.connect(self._show_row)
        return thumbs

    @staticmethod
    def _fit_thumbs(thumbs: QListWidget) -> None:
        thumbs.setFixedHeight(THUMB.height() + thumbs.fontMetrics().height() + 16)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # View > Text size: the labels' line too
            self._fit_thumbs(self.thumbs)

    def set_pictures(self, pictures: list[Picture]) -> None:
        self._pictures = pictures
        self.thumbs.blockSignals(True)
        self.thumbs.clear()
        for picture in pictures:
            self.thumbs.addItem(self._thumb_item(picture))
        self.thumbs.blockSignals(False)
        self.thumbs.setVisible(len(pictures) > 1)
        if pictures:
            self.thumbs.setCurrentRow(0)  # shows it
        else:
            self._show_row(-1)

    def _thumb_item(self, picture: Picture) -> QListWidgetItem:
        item = QListWidgetItem()
        if picture.image is not None:
            thumb = picture.image.scaled(
                THUMB,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
            item.setIcon(QIcon(QPixmap.fromImage(thumb)))
        self._label_item(item, picture)
        return item

    @staticmethod
    def _label_item(item: QListWidgetItem, picture: Picture) -> None:
        item.setText(kind_name(picture.kind))
        item.setToolTip(tooltip(picture.label()))
        item.setData(Qt.ItemDataRole.AccessibleTextRole, picture.label())

    def pictures(self) -> list[Picture]:
        return list(self._pictures)

    def current_ref(self) -> str:
        row = self.thumbs.currentRow()
        return self._pictures[row].ref if 0 <= row < len(self._pictures) else ""

    def show_ref(self, ref: str) -> None:
        """Switch to the picture ``ref`` (sha256) if it is not the one shown."""
        for row, picture in enumerate(self._pictures):
            if picture.ref == ref and row != self.thumbs.currentRow():
                self.thumbs.setCurrentRow(row)

    def _show_row(self, row: int) -> None:
        if not 0 <= row < len(self._pictures):
            self.view.set_image(None, self.tr("No picture"))
            self.caption.setText("")
            return
        picture = self._pictures[row]
        self.view.set_image(picture.image, picture.problem, self._tag(picture))
        self.caption.setText(picture.label())
        self.imageChanged.emit(picture.ref)
