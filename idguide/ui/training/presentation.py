"""Presentation mode for workshops: full screen, very large type, one step at a time.

Each product starts with its picture, brand and name; then its features one by one, the view
zoomed to the feature's region, with the genuine and the counterfeit appearance side by side.
The product's active alerts (a fake batch, its lot codes) stay under its name on every slide.
Right / PageDown / Space step forward and Left / PageUp step back, so presentation clickers work;
Esc leaves. Ctrl+P prints a handout of the products presented. A new interface language changes
the words on the slide shown at once (:meth:`PresentationWindow.retranslate`), on the same step
and at the same zoom.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import partial
from typing import TypeVar

from PySide6.QtCore import QEvent, QRectF, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QColor,
    QKeyEvent,
    QKeySequence,
    QResizeEvent,
)
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from idguide.catalog.model import Alert, Feature, Image, Product, Region
from idguide.ui.officer.ops import ProductPage
from idguide.ui.operations import QueryOp
from idguide.ui.training.handoutprint import print_handout
from idguide.ui.training.ops import Deck, load_deck
from idguide.ui.widgets import SaidLabel, plain_label
from idguide.ui.worker import Worker
from idguide.ui.zoomview import Callout, ZoomView, region_scene_rect

TITLE_PT = 36.0
TEXT_PT = 22.0
SMALL_PT = 16.0
FORWARD = (Qt.Key.Key_Right, Qt.Key.Key_PageDown, Qt.Key.Key_Space, Qt.Key.Key_Down)
BACK = (Qt.Key.Key_Left, Qt.Key.Key_PageUp, Qt.Key.Key_Backspace, Qt.Key.Key_Up)
# A projector reads best light on dark; fixed colours, chosen together, for this window only.
STYLE = """
QWidget#presentation { background: #101418; }
QWidget#presentation QLabel { color: #f2f2f2; }
QLabel#genuineHeading { color: #7bd88f; }
QLabel#counterfeitHeading { color: #ff8a80; }
QLabel#presentationAlert { background: #b3261e; color: #ffffff; border-radius: 6px;
    padding: 6px 14px; }
"""


@dataclass(frozen=True)
class Step:
    page: int  # index into the deck
    feature: int | None = None  # index into the product's features; None: the product itself


def steps_of(pages: list[ProductPage]) -> list[Step]:
    steps = []
    for index, page in enumerate(pages):
        steps.append(Step(index))
        steps.extend(Step(index, f) for f in range(len(page.product.features)))
    return steps


def image_of(product: Product, ref: str) -> Image | None:
    return next((i for i in product.images if ref in (i.sha256, i.ref)), None)


def first_image(product: Product, kind: str = "genuine") -> Image | None:
    return next((i for i in product.images if i.kind == kind), None) or (
        product.images[0] if product.images else None
    )


Label = TypeVar("Label", bound=QLabel)


def big(label: Label, points: float, bold: bool = False) -> Label:
    font = label.font()
    font.setPointSizeF(points)
    font.setBold(bold)
    label.setFont(font)
    return label


class StagePicture(ZoomView):
    """The zoomable picture, on black, keeping its feature region in view when resized.

    ``zoom_target`` is the region zoomed to, in picture pixels (None: the whole picture).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the clicker's keys go to the window
        self.setBackgroundBrush(QColor("#000000"))
        for policy_of in (self.setHorizontalScrollBarPolicy, self.setVerticalScrollBarPolicy):
            policy_of(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        policy = QSizePolicy.Policy.Expanding
        self.setSizePolicy(policy, policy)
        self.region: Region | None = None
        self.zoom_target: QRectF | None = None

    def hasHeightForWidth(self) -> bool:
        return False

    def show_region(self, region: Region | None) -> None:
        self.region = region if self.has_image() else None
        if self.region is None:
            self.zoom_target = None
            self.fit()
            return
        self.zoom_target = region_scene_rect(self.image_size(), self.region)
        self.zoom_to_region(self.region)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.region is not None:
            self.zoom_to_region(self.region)


class PresentationWindow(QWidget):
    """A workshop set (or one product) presented step by step."""

    stepChanged = Signal(int)

    def __init__(
        self,
        worker: Worker,
        product_ids: list[str],
        lang: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.worker = worker
        self.lang = lang
        self.product_ids = list(product_ids)
        self.pages: list[ProductPage] = []
        self.steps: list[Step] = []
        self.index = -1
        self.setObjectName("presentation")
        self.setStyleSheet(STYLE)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self._build()
        self._actions()
        self.retranslate()
        QueryOp(partial(load_deck, product_ids=self.product_ids), self._on_deck).run(self.worker)

    # -- layout ---------------------------------------------------------------------------------

    def _build(self) -> None:
        self.brand = big(plain_label("", self, selectable=False), TEXT_PT)
        # said again in a new interface language (before there is a slide: "Loading…")
        self.title = big(SaidLabel(self), TITLE_PT, True)
        self.title.say(lambda: self.tr("Loading…"))
        self.title.setObjectName("presentationTitle")
        self.alert = big(plain_label("", self, selectable=False), SMALL_PT + 2, True)
        self.alert.setObjectName("presentationAlert")
        self.alert.hide()
        self.picture = StagePicture(self)
        self.position = big(plain_label("", self, selectable=False), SMALL_PT)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 20, 32, 16)
        layout.addWidget(self.brand)
        layout.addWidget(self.title)
        layout.addWidget(self.alert)
        body = QHBoxLayout()
        body.addWidget(self.picture, 3)
        body.addWidget(self._feature_panel(), 2)
        layout.addLayout(body, 1)
        layout.addWidget(self.position)

    def _feature_panel(self) -> QWidget:
        panel = QWidget(self)
        self.feature_title = big(plain_label("", panel, selectable=False), TEXT_PT + 4, True)
        self.genuine = big(plain_label("", panel, selectable=False), TEXT_PT)
        self.counterfeit = big(plain_label("", panel, selectable=False), TEXT_PT)
        self.genuine_heading = self._heading("genuineHeading", panel)
        self.counterfeit_heading = self._heading("counterfeitHeading", panel)
        self.how = big(plain_label("", panel, selectable=False), SMALL_PT)
        grid = QGridLayout(panel)
        grid.setContentsMargins(24, 0, 0, 0)
        grid.setVerticalSpacing(12)
        widgets = (self.feature_title, self.genuine_heading, self.genuine)
        widgets += (self.counterfeit_heading, self.counterfeit, self.how)
        for row, widget in enumerate(widgets):
            grid.addWidget(widget, row, 0, Qt.AlignmentFlag.AlignTop)
        grid.setRowStretch(6, 1)
        return panel

    def _heading(self, name: str, parent: QWidget) -> QLabel:
        label = big(plain_label("", parent, selectable=False), SMALL_PT + 2, True)
        label.setObjectName(name)
        return label

    def _actions(self) -> None:
        handout = QAction(self)
        handout.setShortcut(QKeySequence.StandardKey.Print)
        handout.triggered.connect(self.print_handout)
        self.addAction(handout)
        self.handout_action = handout

    # -- the interface language -----------------------------------------------------------------

    def retranslate(self) -> None:
        """The window's words in the interface language now, and those of the slide shown (its
        alerts, its count of features, the keys, the position), on the same step and zoom."""
        self.setWindowTitle(self.tr("Presentation — idguide"))
        self.handout_action.setText(self.tr("Print handout…"))
        self.genuine_heading.setText(self.tr("Genuine"))
        self.counterfeit_heading.setText(self.tr("Counterfeit"))
        if not 0 <= self.index < len(self.steps):
            return
        step = self.steps[self.index]
        page = self.pages[step.page]
        self._show_product(page)
        if step.feature is None:
            self._overview_texts(page)
        self._show_position(step)
        if not self.picture.has_image():  # its words: "No picture"
            self.picture.set_image(None, self.tr("No picture"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- showing --------------------------------------------------------------------------------

    def present(self) -> None:
        """Show full screen, with the keyboard focus here for the clicker."""
        self.showFullScreen()
        self.activateWindow()
        self.setFocus()

    def _on_deck(self, deck: Deck) -> None:
        self.pages = deck.pages
        self.steps = steps_of(deck.pages)
        if not self.steps:
            self.title.say(
                lambda: self.tr("Nothing to present: these products are not in this catalogue.")
            )
            return
        self.go(0)

    def go(self, index: int) -> None:
        """Show step ``index`` (clamped to the first and last step)."""
        if not self.steps:
            return
        self.index = min(max(index, 0), len(self.steps) - 1)
        step = self.steps[self.index]
        page = self.pages[step.page]
        self._show_product(page)
        if step.feature is None:
            self._show_overview(page)
        else:
            self._show_feature(page, page.product.features[step.feature])
        self._show_position(step)
        self.stepChanged.emit(self.index)

    def step(self, delta: int) -> None:
        self.go(self.index + delta)

    def _show_product(self, page: ProductPage) -> None:
        product = page.product
        self.brand.setText(product.brand_name)
        name = product.t(product.name, self.lang)
        self.title.say(lambda: name)
        today = date.today()
        alerts = [self._alert_text(product, a) for a in product.alerts if a.is_active(today)]
        self.alert.setText("\n".join(alerts))
        self.alert.setVisible(bool(alerts))

    def _alert_text(self, product: Product, alert: Alert) -> str:
        text = "⚠ " + self.tr("ALERT: {0}").format(product.t(alert.title, self.lang))
        if alert.lot_codes:
            text += "  ·  " + self.tr("lot codes {0}").format(", ".join(alert.lot_codes))
        return text

    def _show_overview(self, page: ProductPage) -> None:
        product = page.product
        self._set_picture(page, first_image(product))
        self.picture.show_region(None)
        self._overview_texts(page)
        self.genuine.setText(product.t(product.description, self.lang))
        self.counterfeit.setText("")
        for widget in (self.genuine_heading, self.counterfeit_heading):
            widget.hide()

    def _overview_texts(self, page: ProductPage) -> None:
        count = len(page.product.features)
        self.feature_title.setText(self.tr("%n authentication feature(s)", "", count))
        self.how.setText(self.tr("Right or Page Down: next · Left or Page Up: back · Esc: leave"))

    def _show_feature(self, page: ProductPage, feature: Feature) -> None:
        product, t = page.product, page.product.t
        image = image_of(product, feature.image) if feature.image else first_image(product)
        self._set_picture(page, image)
        if feature.region is not None and image is not None:
            self.picture.set_callout(Callout(feature.number, feature.region))
        self.picture.show_region(feature.region if image is not None else None)
        self.feature_title.setText(f"{feature.number}. {t(feature.title, self.lang)}")
        self.genuine.setText(t(feature.genuine, self.lang) or "—")
        self.counterfeit.setText(t(feature.counterfeit, self.lang) or "—")
        for widget in (self.genuine_heading, self.counterfeit_heading):
            widget.show()
        self.how.setText(t(feature.how_to_check, self.lang))

    def _set_picture(self, page: ProductPage, image: Image | None) -> None:
        qimage = page.images.get(image.sha256) if image is not None else None
        self.picture.set_image(qimage, self.tr("No picture"))

    def _show_position(self, step: Step) -> None:
        text = self.tr("Product {0} of {1}").format(step.page + 1, len(self.pages))
        if step.feature is not None:
            count = len(self.pages[step.page].product.features)
            text += " · " + self.tr("feature {0} of {1}").format(step.feature + 1, count)
        self.position.setText(text)

    def current_feature(self) -> Feature | None:
        if not 0 <= self.index < len(self.steps):
            return None
        step = self.steps[self.index]
        if step.feature is None:
            return None
        return self.pages[step.page].product.features[step.feature]

    # -- keys and actions -----------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in FORWARD:
            self.step(1)
        elif key in BACK:
            self.step(-1)
        elif key == Qt.Key.Key_Home:
            self.go(0)
        elif key == Qt.Key.Key_End:
            self.go(len(self.steps) - 1)
        elif key == Qt.Key.Key_Escape:
            self.close()
        else:
            super().keyPressEvent(event)

    def print_handout(self) -> None:
        ids = [page.product.id for page in self.pages] or self.product_ids
        print_handout(self, self.worker, ids, self.lang)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.isFullScreen():
            self.showNormal()
        super().closeEvent(event)
