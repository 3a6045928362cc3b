"""A picture the officer can zoom and pan, with a feature's call-out drawn on the picture itself.

The scene is in image pixels: the picture sits at (0, 0) and a call-out's region (fractions of
the picture) is placed in the same coordinates, so it zooms and pans with the picture. Lines
are cosmetic (the same width at any zoom) and the numbered badge keeps its size on screen.

Keys when the view has focus: + / - zoom, 0 or F fit, A shows 100% (actual size), arrows pan.
Digits 1-9 are never zoom keys: everywhere a picture sits beside features, they choose a feature
(idguide.ui.officer.scanner; README, "Using the app"). The wheel zooms
about the pointer (with Ctrl held if ``wheel_needs_ctrl``, for a view inside a scrolled page);
dragging pans. :attr:`ZoomView.viewChanged` reports every change so a second view can follow
(:meth:`view_state` / :meth:`apply_state`, in fractions of the picture so two pictures of
different sizes show the same part).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QImage,
    QKeyEvent,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPixmap,
    QResizeEvent,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QFrame,
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsPixmapItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsView,
    QSizePolicy,
    QStyleOptionGraphicsItem,
    QWidget,
)

from idguide.catalog.model import Region
from idguide.ui.widgets import scaled

# Call-out colours: a bright line on a dark halo stays visible on light and dark photos.
CALLOUT = QColor("#ff3b30")
HALO = QColor(0, 0, 0, 170)
SHADE = QColor(0, 0, 0, 90)
TAG = QColor("#b3261e")  # the alert red of idguide.ui.widgets.BANNERS: a counterfeit picture
NEUTRAL_TAG = QColor("#37474f")  # blue-grey: the officer's own photo is neither genuine nor fake

STEP = 1.25  # one wheel notch or one key press
MAX_SCALE = 8.0  # 800%: past that a photo shows only its pixels
FIT_MAX = 2.0  # fitting never enlarges a small picture more than this
PAN_FRACTION = 0.1  # an arrow key moves a tenth of the visible width or height
REGION_MARGIN = 0.35  # space left around a region zoomed to, as a fraction of its size


@dataclass(frozen=True)
class Callout:
    number: int
    region: Region


@dataclass(frozen=True)
class ViewState:
    """What a view shows, independent of the picture's size: zoom relative to fitting, and the
    centre as fractions of the picture. ``fit`` means "follow the window size"."""

    zoom: float
    cx: float
    cy: float
    fit: bool = False


class Badge(QGraphicsItem):
    """The call-out's number in a red disc; it keeps its size on screen at any zoom."""

    def __init__(self, number: int, radius: float, font, parent: QGraphicsItem) -> None:
        super().__init__(parent)
        self.number, self.radius, self.font = number, radius, font
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)

    def boundingRect(self) -> QRectF:
        r = self.radius + 2
        return QRectF(-r, -r, 2 * r, 2 * r)

    def paint(self, painter: QPainter, _option: QStyleOptionGraphicsItem, _widget=None) -> None:
        r = self.radius
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(HALO, 2))
        painter.setBrush(CALLOUT)
        painter.drawEllipse(QPointF(0, 0), r, r)
        painter.setPen(QColor("#ffffff"))
        painter.setFont(self.font)
        box = QRectF(-r, -r, 2 * r, 2 * r)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, str(self.number))


def region_scene_rect(size: QSize, region: Region) -> QRectF:
    """``region`` (fractions of the picture) in image pixels."""
    w, h = size.width(), size.height()
    return QRectF(region.x * w, region.y * h, region.w * w, region.h * h)


class ZoomView(QGraphicsView):
    """One picture, zoomable and pannable, optionally with a numbered call-out on a region."""

    viewChanged = Signal()

    def __init__(self, parent: QWidget | None = None, *, wheel_needs_ctrl: bool = False) -> None:
        super().__init__(parent)
        self.wheel_needs_ctrl = wheel_needs_ctrl
        self.shade = True  # dim the picture outside a call-out (off where colours are compared)
        self.callout: Callout | None = None
        self._image = QImage()
        self._placeholder = ""
        self._tag = ""
        self._tag_colour = TAG
        self._fit = True
        self._region: tuple[Region, float] | None = None  # zoomed to (kept when resized)
        self._callout_items: list[QGraphicsItem] = []
        self._scene = QGraphicsScene(self)
        self._pixmap = QGraphicsPixmapItem()
        self._pixmap.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self._scene.addItem(self._pixmap)
        self.setScene(self._scene)
        self._setup()

    def _setup(self) -> None:
        self.setRenderHints(
            QPainter.RenderHint.Antialiasing | QPainter.RenderHint.SmoothPixmapTransform
        )
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # The tag and focus frame are drawn in view coordinates: scrolling must repaint them.
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.FullViewportUpdate)
        self.setBackgroundBrush(self.palette().color(QPalette.ColorRole.Window))
        self.setMinimumSize(240, 180)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.retranslate()
        for bar in (self.horizontalScrollBar(), self.verticalScrollBar()):
            bar.valueChanged.connect(lambda _value: self.viewChanged.emit())

    # -- content ----------------------------------------------------------------------------------

    def set_image(
        self, image: QImage | None, placeholder: str = "", tag: str = "", tag_colour: QColor = TAG
    ) -> None:
        """Show ``image`` fitted (``placeholder`` text if None) with ``tag`` on its corner, on
        ``tag_colour`` (red, the colour of a counterfeit picture, unless told otherwise)."""
        self._image = image if image is not None and not image.isNull() else QImage()
        self._placeholder, self._tag, self._tag_colour = placeholder, tag, tag_colour
        self.set_callout(None)
        pixmap = QPixmap() if self._image.isNull() else QPixmap.fromImage(self._image)
        self._pixmap.setPixmap(pixmap)
        self._scene.setSceneRect(QRectF(0, 0, self._image.width(), self._image.height()))
        self.updateGeometry()
        self.fit()

    def set_words(self, placeholder: str, tag: str) -> None:
        """The placeholder and the tag in another language: the picture and its zoom stay."""
        self._placeholder, self._tag = placeholder, tag
        self.viewport().update()

    def has_image(self) -> bool:
        return not self._image.isNull()

    def image_size(self) -> QSize:
        return self._image.size()

    def set_callout(self, callout: Callout | None) -> None:
        """Outline ``callout``'s region and number it (None removes it)."""
        for item in self._callout_items:
            self._scene.removeItem(item)
        self._callout_items = []
        self.callout = callout
        if callout is not None and self.has_image():
            self._callout_items = self._callout_graphics(callout)
        self.viewport().update()

    def _callout_graphics(self, callout: Callout) -> list[QGraphicsItem]:
        box = region_scene_rect(self._image.size(), callout.region)
        shade = QPainterPath()
        shade.addRect(QRectF(0, 0, self._image.width(), self._image.height()))
        hole = QPainterPath()
        hole.addRect(box)
        dim = QGraphicsPathItem(shade.subtracted(hole))
        dim.setBrush(QBrush(SHADE))
        dim.setPen(Qt.PenStyle.NoPen)
        items: list[QGraphicsItem] = [dim] if self.shade else []
        for colour, width in ((HALO, 6), (CALLOUT, 3)):
            pen = QPen(colour, width)
            pen.setCosmetic(True)  # the same width on screen at every zoom
            outline = QGraphicsRectItem(box)
            outline.setPen(pen)
            items.append(outline)
        font = scaled(self.font(), 1.1, bold=True)
        radius = max(14.0, self.fontMetrics().height() * 0.8)
        badge = Badge(callout.number, radius, font, items[-1])
        badge.setPos(box.topLeft())
        for item in items:
            if item.parentItem() is None:
                self._scene.addItem(item)
        return items

    # -- zoom -------------------------------------------------------------------------------------

    def scale_factor(self) -> float:
        """Screen pixels per picture pixel (1.0 is 100%)."""
        return self.transform().m11()

    def is_fitted(self) -> bool:
        return self._fit

    def fit_scale(self) -> float:
        if not self.has_image():
            return 1.0
        area = self.viewport().size()
        w, h = self._image.width(), self._image.height()
        return max(min(area.width() / w, area.height() / h, FIT_MAX), 1e-4)

    def fit(self) -> None:
        """The whole picture, as large as the view allows (never enlarged past FIT_MAX)."""
        self._fit = True
        self._region = None
        self._set_scale(self.fit_scale())
        self.centerOn(self._scene.sceneRect().center())
        self.viewChanged.emit()

    def actual_size(self) -> None:
        """100%: one picture pixel to one screen pixel, keeping the centre."""
        self._zoom_to(1.0, anchor_centre=True)

    def zoom_in(self) -> None:
        self._zoom_to(self.scale_factor() * STEP, anchor_centre=True)

    def zoom_out(self) -> None:
        self._zoom_to(self.scale_factor() / STEP, anchor_centre=True)

    def zoom_by(self, factor: float) -> None:
        """Zoom by ``factor`` about the pointer (the centre when the pointer is elsewhere)."""
        self._zoom_to(self.scale_factor() * factor, anchor_centre=False)

    def _zoom_to(self, scale: float, anchor_centre: bool) -> None:
        if not self.has_image():
            return
        low = min(self.fit_scale(), 1.0) / 2
        scale = min(max(scale, low), max(MAX_SCALE, self.fit_scale()))
        centre = self.visible_centre()
        self._fit = False
        self._region = None
        self._set_scale(scale)
        if anchor_centre:
            self.centerOn(centre)
        self.viewChanged.emit()

    def _set_scale(self, scale: float) -> None:
        self.setTransform(QTransform.fromScale(scale, scale))

    def zoom_to_region(self, region: Region, margin: float = REGION_MARGIN) -> None:
        """Zoom so ``region`` (fractions of the picture) fills the view with ``margin`` (a
        fraction of its size) around it, centred; again whenever the view is resized."""
        if not self.has_image():
            return
        box = region_scene_rect(self._image.size(), region)
        mx, my = box.width() * margin, box.height() * margin
        box = box.adjusted(-mx, -my, mx, my)
        area = self.viewport().size()
        scale = min(area.width() / max(box.width(), 1), area.height() / max(box.height(), 1))
        self._fit = False
        self._set_scale(min(max(scale, self.fit_scale()), max(MAX_SCALE, self.fit_scale())))
        self.centerOn(box.center())
        self._region = (region, margin)
        self.viewChanged.emit()

    # -- position ---------------------------------------------------------------------------------

    def visible_centre(self) -> QPointF:
        """The picture point (image pixels) at the middle of the view."""
        return self.mapToScene(self.viewport().rect().center())

    def pan(self, dx: float, dy: float) -> None:
        """Move the view by fractions of its visible width and height."""
        h, v = self.horizontalScrollBar(), self.verticalScrollBar()
        h.setValue(h.value() + round(dx * self.viewport().width()))
        v.setValue(v.value() + round(dy * self.viewport().height()))

    def view_state(self) -> ViewState:
        centre = self.visible_centre()
        w, h = max(self._image.width(), 1), max(self._image.height(), 1)
        zoom = self.scale_factor() / self.fit_scale()
        return ViewState(zoom, centre.x() / w, centre.y() / h, self._fit)

    def apply_state(self, state: ViewState) -> None:
        """Show the same part of this picture as ``state`` describes (see :class:`ViewState`)."""
        if not self.has_image():
            return
        self.blockSignals(True)
        try:
            if state.fit:
                self.fit()
            else:
                self._fit = False
                self._region = None
                self._set_scale(state.zoom * self.fit_scale())
                w, h = self._image.width(), self._image.height()
                self.centerOn(QPointF(state.cx * w, state.cy * h))
        finally:
            self.blockSignals(False)

    # -- events -----------------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._fit:
            self.fit()
        elif self._region is not None:
            self.zoom_to_region(*self._region)

    def wheelEvent(self, event: QWheelEvent) -> None:
        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        delta = event.angleDelta().y()
        if not self.has_image() or not delta or (self.wheel_needs_ctrl and not ctrl):
            event.ignore()  # the page around scrolls instead
            return
        self.zoom_by(STEP ** (delta / 120))
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        action = self._key_actions().get(Qt.Key(event.key()))
        if action is None or not self.has_image():
            super().keyPressEvent(event)
            return
        action()
        event.accept()

    def _key_actions(self) -> dict:
        return {
            Qt.Key.Key_Plus: self.zoom_in,
            Qt.Key.Key_Equal: self.zoom_in,
            Qt.Key.Key_Minus: self.zoom_out,
            Qt.Key.Key_F: self.fit,
            Qt.Key.Key_0: self.fit,
            Qt.Key.Key_A: self.actual_size,
            Qt.Key.Key_Left: lambda: self.pan(-PAN_FRACTION, 0),
            Qt.Key.Key_Right: lambda: self.pan(PAN_FRACTION, 0),
            Qt.Key.Key_Up: lambda: self.pan(0, -PAN_FRACTION),
            Qt.Key.Key_Down: lambda: self.pan(0, PAN_FRACTION),
        }

    # -- painting over the picture (in view coordinates) ------------------------------------------

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:
        painter.save()
        painter.resetTransform()
        if not self.has_image():
            flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
            painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
            area = self.viewport().rect().adjusted(8, 8, -8, -8)
            painter.drawText(area, flags, self._placeholder)
        elif self._tag:
            self._draw_tag(painter)
        if self.hasFocus():
            self._draw_focus(painter)
        painter.restore()

    def _draw_tag(self, painter: QPainter) -> None:
        painter.setFont(scaled(self.font(), 1.0, bold=True))
        metrics = painter.fontMetrics()
        width = metrics.horizontalAdvance(self._tag) + 16
        box = QRectF(self.viewport().width() - width - 8, 8, width, metrics.height() + 8)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._tag_colour)
        painter.drawRoundedRect(box, 4, 4)
        painter.setPen(QColor("#ffffff"))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, self._tag)

    def _draw_focus(self, painter: QPainter) -> None:
        pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), 3)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(QRectF(self.viewport().rect()).adjusted(1.5, 1.5, -1.5, -1.5))

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Picture: + and - zoom, F fits, 1 shows 100%"))

    def changeEvent(self, event: QEvent) -> None:
        """The system switched between light and dark: take the new background; the interface
        language changed: the texts in it (the owner sets the placeholder and the tag)."""
        if event.type() == QEvent.Type.PaletteChange:
            self.setBackgroundBrush(self.palette().color(QPalette.ColorRole.Window))
        elif event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        self.viewport().update()

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.viewport().update()


class PictureView(ZoomView):
    """A ZoomView on a scrolled page: as tall as its picture needs at the page's width.

    The size hints are Python overrides, run at every layout pass of the window; the compare
    view uses a plain ZoomView, which has none (each call would wait for the worker's GIL).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, wheel_needs_ctrl=True)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    # -- size in a layout -------------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        return QSize(460, self.heightForWidth(460))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        """As tall as the picture needs at this width (up to 3:4), so no band of empty space."""
        size = self.image_size()
        if size.isEmpty():
            return width * 3 // 4
        ratio = min(size.height() / size.width(), 4 / 3)
        return max(self.minimumHeight(), int(width * ratio) + 8)
