"""A picture for "spot the fake": fitted to its view, with several numbered call-outs on it.

:class:`idguide.ui.zoomview.ZoomView` draws one call-out (the feature being discussed); the
reveal of a spot-the-fake round marks every feature on both pictures at once.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QImage, QPainter, QPen, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGraphicsEllipseItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QSizePolicy,
    QWidget,
)

from idguide.catalog.model import Region
from idguide.ui.imageview import CALLOUT, HALO, Callout


def region_in(size: QRectF, region: Region) -> QRectF:
    """``region`` (fractions of the picture) in the picture's pixel coordinates."""
    return QRectF(
        size.x() + region.x * size.width(),
        size.y() + region.y * size.height(),
        region.w * size.width(),
        region.h * size.height(),
    )


class SlidePicture(QGraphicsView):
    """One picture, scaled to fit, with numbered call-outs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the window keeps the keys
        self.image_rect = QRectF()
        self.callouts: list[Callout] = []
        self._placeholder: QGraphicsSimpleTextItem | None = None  # shown when there is no image
        self.setMinimumSize(160, 120)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)

    def set_image(self, image: QImage | None, placeholder: str = "") -> None:
        """Show ``image`` whole (or ``placeholder`` text when it cannot be shown)."""
        self.scene().clear()
        self.callouts = []
        self._placeholder = None
        if image is None or image.isNull():
            self._placeholder = self.scene().addSimpleText(placeholder)
            self._placeholder.setBrush(self.palette().text())
            self.image_rect = self._placeholder.boundingRect()
        else:
            item = self.scene().addPixmap(QPixmap.fromImage(image))
            item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
            self.image_rect = QRectF(item.boundingRect())
        self.scene().setSceneRect(self.image_rect)
        self._fit()

    def set_placeholder(self, text: str) -> None:
        """Say ``text`` where there is no image (in a new interface language, say)."""
        if self._placeholder is not None:
            self._placeholder.setText(text)
            self.image_rect = self._placeholder.boundingRect()
            self.scene().setSceneRect(self.image_rect)
            self._fit()

    def set_callouts(self, callouts: list[Callout]) -> None:
        """Draw numbered boxes on the picture (replacing those drawn before)."""
        for item in self.scene().items():
            if item.data(0) == "callout":
                self.scene().removeItem(item)
        self.callouts = list(callouts)
        for callout in self.callouts:
            self._draw(callout)

    def _fit(self) -> None:
        if not self.image_rect.isEmpty():
            self.fitInView(self.image_rect, Qt.AspectRatioMode.KeepAspectRatio)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _draw(self, callout: Callout) -> None:
        box = region_in(self.image_rect, callout.region)
        width = max(2.0, self.image_rect.width() / 200)
        for colour, factor in ((HALO, 2.2), (CALLOUT, 1.0)):
            rect = QGraphicsRectItem(box)
            rect.setPen(QPen(colour, width * factor))
            self._add(rect)
        self._badge(box, callout.number, width)

    def _badge(self, box: QRectF, number: int, width: float) -> None:
        radius = max(10.0, self.image_rect.width() / 40)
        x = max(box.left(), radius) - radius
        y = max(box.top(), radius) - radius
        disc = QGraphicsEllipseItem(x, y, 2 * radius, 2 * radius)
        disc.setBrush(QBrush(CALLOUT))
        disc.setPen(QPen(HALO, width))
        self._add(disc)
        label = QGraphicsSimpleTextItem(str(number))
        font = QFont(self.font())
        font.setBold(True)
        font.setPixelSize(int(radius * 1.2))
        label.setFont(font)
        label.setBrush(QColor("#ffffff"))
        bounds = label.boundingRect()
        label.setPos(x + radius - bounds.width() / 2, y + radius - bounds.height() / 2)
        self._add(label)

    def _add(self, item) -> None:
        item.setData(0, "callout")
        self.scene().addItem(item)
