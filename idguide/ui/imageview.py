"""A product picture with a feature's call-out drawn on it, and the strip of thumbnails."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPainterPath, QPaintEvent, QPen, QPixmap
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from idguide.catalog.model import Region
from idguide.ui.text import tooltip
from idguide.ui.widgets import plain_label, scaled

# Call-out colours: a bright line on a dark halo stays visible on light and dark photos.
CALLOUT = QColor("#ff3b30")
HALO = QColor(0, 0, 0, 170)
SHADE = QColor(0, 0, 0, 90)
TAG = QColor("#b3261e")  # the alert red of idguide.ui.widgets.BANNERS
THUMB = QSize(72, 72)


@dataclass(frozen=True)
class Callout:
    number: int
    region: Region


class ImageView(QWidget):
    """One picture scaled to fit, optionally with a numbered call-out on a region of it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._image = QImage()
        self._placeholder = ""
        self._tag = ""
        self.callout: Callout | None = None
        self.setMinimumSize(240, 180)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def sizeHint(self) -> QSize:
        return QSize(460, self.heightForWidth(460))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        """As tall as the picture needs at this width (up to 3:4), so no band of empty space."""
        if self._image.isNull() or self._image.width() <= 0:
            return width * 3 // 4
        ratio = min(self._image.height() / self._image.width(), 4 / 3)
        return max(self.minimumHeight(), int(width * ratio) + 8)

    def set_image(self, image: QImage | None, placeholder: str = "", tag: str = "") -> None:
        """Show ``image`` (``placeholder`` text if None) with ``tag`` written on its corner."""
        self._image = image if image is not None else QImage()
        self._placeholder = placeholder
        self._tag = tag
        self.callout = None
        self.updateGeometry()
        self.update()

    def set_callout(self, callout: Callout | None) -> None:
        self.callout = callout
        self.update()

    def has_image(self) -> bool:
        return not self._image.isNull()

    def image_rect(self) -> QRect:
        """Where the picture is drawn: scaled to fit, centred, never enlarged past 2x."""
        if self._image.isNull():
            return QRect()
        area = self.rect().adjusted(4, 4, -4, -4)
        size = self._image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
        if size.width() > self._image.width() * 2:
            size = self._image.size() * 2
        rect = QRect(0, 0, size.width(), size.height())
        rect.moveCenter(area.center())
        return rect

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        if self._image.isNull():
            flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
            painter.drawText(self.rect().adjusted(8, 8, -8, -8), flags, self._placeholder)
            return
        target = self.image_rect()
        painter.drawImage(target, self._image)
        if self.callout is not None:
            self._draw_callout(painter, target, self.callout)
        if self._tag:
            self._draw_tag(painter, target)

    def _draw_tag(self, painter: QPainter, target: QRect) -> None:
        painter.setFont(scaled(self.font(), 1.0, bold=True))
        metrics = painter.fontMetrics()
        box = QRectF(
            target.right() - metrics.horizontalAdvance(self._tag) - 24,
            target.top() + 8,
            metrics.horizontalAdvance(self._tag) + 16,
            metrics.height() + 8,
        )
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(TAG)
        painter.drawRoundedRect(box, 4, 4)
        painter.setPen(QColor("#ffffff"))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, self._tag)

    def _draw_callout(self, painter: QPainter, target: QRect, callout: Callout) -> None:
        box = region_rect(target, callout.region)
        shade = QPainterPath()
        shade.addRect(QRectF(target))
        hole = QPainterPath()
        hole.addRect(box)
        painter.fillPath(shade.subtracted(hole), SHADE)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(HALO, 6))
        painter.drawRect(box)
        painter.setPen(QPen(CALLOUT, 3))
        painter.drawRect(box)
        self._draw_badge(painter, box, callout.number)

    def _draw_badge(self, painter: QPainter, box: QRectF, number: int) -> None:
        font = scaled(self.font(), 1.1, bold=True)
        painter.setFont(font)
        radius = max(14.0, painter.fontMetrics().height() * 0.75)
        centre = QPointF(box.left(), box.top())
        centre.setX(max(radius + 1, centre.x()))
        centre.setY(max(radius + 1, centre.y()))
        painter.setPen(QPen(HALO, 2))
        painter.setBrush(CALLOUT)
        painter.drawEllipse(centre, radius, radius)
        painter.setPen(QColor("#ffffff"))
        badge = QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius)
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, str(number))


def region_rect(target: QRect, region: Region) -> QRectF:
    """``region`` (fractions of the picture) in widget coordinates of the drawn picture."""
    return QRectF(
        target.x() + region.x * target.width(),
        target.y() + region.y * target.height(),
        region.w * target.width(),
        region.h * target.height(),
    )


def _tr(text: str) -> str:
    return QCoreApplication.translate("Gallery", text)


def kind_name(kind: str) -> str:
    names = {
        "genuine": _tr("Genuine"),
        "counterfeit": _tr("Counterfeit"),
        "packaging": _tr("Packaging"),
        "detail": _tr("Detail"),
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
        return f"{kind}: {self.caption}"


class Gallery(QWidget):
    """The main picture, its caption and thumbnails to switch between the pictures."""

    imageChanged = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = ImageView(self)
        self.caption = plain_label("", self)
        self.caption.setFont(scaled(self.caption.font(), 1.0, bold=True))
        self.thumbs = self._make_thumbs()
        self._pictures: list[Picture] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.caption)
        layout.addWidget(self.thumbs)

    def _make_thumbs(self) -> QListWidget:
        thumbs = QListWidget(self)
        thumbs.setViewMode(QListWidget.ViewMode.IconMode)
        thumbs.setFlow(QListWidget.Flow.LeftToRight)
        thumbs.setWrapping(False)
        thumbs.setIconSize(THUMB)
        thumbs.setMovement(QListWidget.Movement.Static)
        thumbs.setSpacing(4)
        thumbs.setFixedHeight(THUMB.height() + thumbs.fontMetrics().height() + 16)
        thumbs.setAccessibleName(self.tr("Pictures"))
        thumbs.currentRowChanged.connect(self._show_row)
        return thumbs

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
        item.setText(kind_name(picture.kind))
        item.setToolTip(tooltip(picture.label()))
        item.setData(Qt.ItemDataRole.AccessibleTextRole, picture.label())
        return item

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
        tag = kind_name(picture.kind).upper() if picture.kind == "counterfeit" else ""
        self.view.set_image(picture.image, picture.problem, tag)
        self.caption.setText(picture.label())
        self.imageChanged.emit(picture.ref)
