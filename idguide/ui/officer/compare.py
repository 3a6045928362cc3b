"""Compare: a genuine picture beside a known counterfeit or the officer's own photo.

Both sides zoom and pan together while "Synchronise" is on (in fractions of each picture, so a
phone photo and the rights holder's picture show the same part). Choosing a feature outlines its
region on the genuine side and zooms both sides to it. The officer's photo is read and checked
in the worker (:func:`load_photo`) and shown only: it is not stored in the catalogue.

Reached from the product page with Ctrl+K or its Compare button (idguide.ui.officer.comparelink,
which imports this module when the view is first opened); Esc goes back. Keys 1-9 choose a
feature, as on the product page (idguide.ui.officer.scanner). A picture dropped on the product
page or here opens beside the genuine one.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QBuffer,
    QByteArray,
    QEvent,
    QIODevice,
    Qt,
    Signal,
)
from PySide6.QtGui import QImage, QImageReader, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from idguide.catalog import Catalog, ImageError
from idguide.catalog.images import inspect_image, read_picture_file
from idguide.catalog.model import Feature, Product
from idguide.catalog.store import refuse_catalogue_file
from idguide.ui import filedialogs
from idguide.ui.imageview import Picture, kind_name
from idguide.ui.officer.features import FEATURE_ROLE, FeatureDetail
from idguide.ui.operations import QueryOp
from idguide.ui.widgets import heading, plain_label, scaled
from idguide.ui.worker import Worker
from idguide.ui.zoomview import NEUTRAL_TAG, TAG, Callout, ZoomView

FEATURES_WIDTH = 300
MAX_PHOTO_EDGE = 4096  # an officer's photo is decoded at most this many pixels across
PHOTO_FILTER = QT_TRANSLATE_NOOP(
    "CompareView", "Pictures (*.jpg *.jpeg *.png *.webp);;All files (*)"
)


# -- the officer's photo, read in the worker -------------------------------------------------------


@dataclass
class Photo:
    name: str
    image: QImage


def load_photo(catalog: Catalog | None, path: str) -> Photo:
    """Read and check the picture at ``path`` (runs in the worker). Anything that is not a sane
    JPEG, PNG or WEBP picture raises ImageError with a message for the officer; one of the
    catalogue's own files is refused before it is opened."""
    if catalog is not None:
        refuse_catalogue_file(path, catalog.path)
    name = Path(path).name
    data = read_picture_file(path, name)
    inspect_image(data, name)  # refuses bombs, huge dimensions and non-pictures
    image = _decode(data)
    if image.isNull():
        raise ImageError(f"{name}: the picture could not be decoded. Try another photo.")
    return Photo(name, image)


def _decode(data: bytes) -> QImage:
    """Decode with the camera's orientation applied (phone photos are often stored sideways)."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid() and max(size.width(), size.height()) > MAX_PHOTO_EDGE:
        # A 40-megapixel phone photo would take 160 MB decoded; this is plenty to compare.
        reader.setScaledSize(
            size.scaled(MAX_PHOTO_EDGE, MAX_PHOTO_EDGE, Qt.AspectRatioMode.KeepAspectRatio)
        )
    image = reader.read()
    buffer.close()
    return image


# -- one side -----------------------------------------------------------------------------------


class CompareSide(QWidget):
    """A heading, a choice of pictures and the zoomable picture."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pictures: list[Picture] = []
        self._empty = ""
        self.title = heading("", self)
        self.choice = QComboBox(self)
        self.choice.currentIndexChanged.connect(self._show)
        self.view = ZoomView(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.choice)
        layout.addWidget(self.view, 1)

    def set_words(self, title: str, empty: str) -> None:
        """The side's title and what it says without a picture, in the interface language now;
        the pictures' labels and tags too (the picture and its zoom stay)."""
        self._empty = empty
        self.title.setText(title)
        self.choice.setAccessibleName(title)
        for row, picture in enumerate(self._pictures):
            self.choice.setItemText(row, picture.label())
        picture = self.current()
        if picture is None:
            self.view.set_words(empty, "")
        else:
            self.view.set_words(picture.problem, self._tag(picture))

    @staticmethod
    def _tag(picture: Picture) -> str:
        if picture.kind == "photo":
            return CompareView.tr("YOUR PHOTO")
        return kind_name(picture.kind).upper() if picture.kind == "counterfeit" else ""

    def set_pictures(self, pictures: list[Picture]) -> None:
        self._pictures = list(pictures)
        self.choice.blockSignals(True)
        self.choice.clear()
        for picture in self._pictures:
            self.choice.addItem(picture.label())
        self.choice.blockSignals(False)
        self.choice.setVisible(bool(self._pictures))
        self._show(0 if self._pictures else -1)

    def add_picture(self, picture: Picture) -> None:
        """Add ``picture`` to the choice and show it."""
        self._pictures.append(picture)
        self.choice.addItem(picture.label())
        self.choice.setVisible(True)
        self.choice.setCurrentIndex(len(self._pictures) - 1)
        self._show(len(self._pictures) - 1)

    def show_ref(self, ref: str) -> None:
        for row, picture in enumerate(self._pictures):
            if picture.ref == ref and row != self.choice.currentIndex():
                self.choice.setCurrentIndex(row)

    def photos(self) -> list[Picture]:
        """The officer's own photos opened on this side."""
        return [p for p in self._pictures if p.kind == "photo"]

    def current(self) -> Picture | None:
        row = self.choice.currentIndex()
        return self._pictures[row] if 0 <= row < len(self._pictures) else None

    def _show(self, row: int) -> None:
        if not 0 <= row < len(self._pictures):
            self.view.set_image(None, self._empty)
            return
        picture = self._pictures[row]
        # the officer's photo never in the red of a counterfeit picture
        colour = NEUTRAL_TAG if picture.kind == "photo" else TAG
        self.view.set_image(picture.image, picture.problem, self._tag(picture), colour)


# -- the view -----------------------------------------------------------------------------------


class CompareView(QWidget):
    """Genuine on the left, counterfeit or own photo on the right, features beside them."""

    backRequested = Signal()

    def __init__(self, worker: Worker, lang: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self._lang = lang
        self._product: Product | None = None
        self._photos = 0
        self._photo_names: dict[str, str] = {}  # the officer's photos' file names, by ref
        self._following = False
        self._build()
        self._connect()
        self.retranslate()

    def retranslate(self) -> None:
        """Every text in the interface language now; the pictures, their zoom, the feature
        chosen and the officer's photos stay."""
        for picture in self.other.photos():
            name = self._photo_names.get(picture.ref, "")
            picture.caption = CompareView.tr("Your photo: {0}").format(name)
        self.genuine.set_words(
            CompareView.tr("Genuine"), CompareView.tr("No genuine picture in this entry.")
        )
        self.other.set_words(
            CompareView.tr("Counterfeit or your photo"),
            CompareView.tr(
                "No counterfeit picture in this entry.\n\nOpen your own photo (Ctrl+O) or drop "
                "it here to compare."
            ),
        )
        self.back.setText(CompareView.tr("← &Back (Esc)"))
        self.sync.setText(CompareView.tr("&Synchronise zoom and pan"))
        self.open_photo_button.setText(CompareView.tr("&Open your photo… (Ctrl+O)"))
        for button, (text, tip, _slot) in zip(self.zoom_buttons, self._zoom_buttons(), strict=True):
            button.setText(text)
            button.setToolTip(tip)
        self.features.setAccessibleName(CompareView.tr("Authentication features"))
        self.features_title.setText(CompareView.tr("Features"))
        self._fill_title()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _build(self) -> None:
        self.genuine = CompareSide(self)
        self.genuine.view.shade = False  # both sides keep their true colours
        self.other = CompareSide(self)
        sides = QHBoxLayout()
        sides.addWidget(self.genuine, 1)
        sides.addWidget(self.other, 1)
        body = QHBoxLayout()
        body.addLayout(sides, 1)
        body.addWidget(self._features_column())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addLayout(self._top_bar())
        layout.addLayout(body, 1)

    def _top_bar(self) -> QHBoxLayout:
        self.back = QPushButton(self)
        self.title = plain_label("", self, wrap=False)
        self.title.setFont(scaled(self.title.font(), 1.25, bold=True))
        self.sync = QCheckBox(self)
        self.sync.setChecked(True)
        self.open_photo_button = QPushButton(self)
        bar = QHBoxLayout()
        bar.addWidget(self.back)
        bar.addWidget(self.title, 1)
        bar.addWidget(self.sync)
        self.zoom_buttons: list[QPushButton] = []
        for text, _tip, slot in self._zoom_buttons():
            button = QPushButton(self)
            self.zoom_buttons.append(button)
            width = button.fontMetrics().horizontalAdvance(text.replace("&", "")) + 28
            button.setFixedWidth(max(width, button.sizeHint().height() * 2))
            button.clicked.connect(slot)
            bar.addWidget(button)
        bar.addWidget(self.open_photo_button)
        return bar

    def _zoom_buttons(self) -> list:
        return [
            (CompareView.tr("−"), CompareView.tr("Zoom out (-)"), lambda: self._lead().zoom_out()),
            (CompareView.tr("+"), CompareView.tr("Zoom in (+)"), lambda: self._lead().zoom_in()),
            (
                CompareView.tr("&Fit"),
                CompareView.tr("The whole picture (F)"),
                lambda: self._lead().fit(),
            ),
            (
                CompareView.tr("100%"),
                CompareView.tr("One picture pixel per screen pixel (A)"),
                self._actual_size,
            ),
        ]

    def _actual_size(self) -> None:
        self._lead().actual_size()

    def _features_column(self) -> QWidget:
        column = QWidget(self)
        column.setFixedWidth(FEATURES_WIDTH)
        self.features = QListWidget(column)
        self.detail = FeatureDetail(column)
        self.detail.hide()
        self.features_title = heading("", column)
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.features_title)
        layout.addWidget(self.features)
        layout.addWidget(self.detail)
        layout.addStretch(1)
        return column

    def _connect(self) -> None:
        self.back.clicked.connect(self.backRequested.emit)
        self.open_photo_button.clicked.connect(self.open_photo_dialog)
        self.features.currentItemChanged.connect(self._on_feature)
        self.genuine.view.viewChanged.connect(partial(self._follow, self.genuine, self.other))
        self.other.view.viewChanged.connect(partial(self._follow, self.other, self.genuine))
        self.genuine.choice.currentIndexChanged.connect(self._on_genuine_picture)
        self.other.choice.currentIndexChanged.connect(lambda _row: self._align(self.other))
        self.sync.toggled.connect(lambda on: on and self._align(self.other))
        for keys, slot in (("Esc", self.backRequested.emit), ("Ctrl+O", self.open_photo_dialog)):
            shortcut = QShortcut(QKeySequence(keys), self, slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    # -- showing a product ----------------------------------------------------------------------

    def set_lang(self, lang: str | None) -> None:
        """The product's texts in ``lang`` from now on, those shown too."""
        self._lang = lang
        product = self._product
        if product is None:
            return
        for row in range(self.features.count()):
            item = self.features.item(row)
            feature = item.data(FEATURE_ROLE)
            item.setText(f"{feature.number}. {product.t(feature.title, lang)}")
        feature = self.current_feature()
        if feature is not None:
            self.detail.show_feature(product, feature, lang)
        self._fill_title()

    def _fill_title(self) -> None:
        product = self._product
        if product is not None:
            name = product.t(product.name, self._lang)
            self.title.setText(CompareView.tr("Compare: {0} {1}").format(product.brand_name, name))

    def show_product(
        self, product: Product, pictures: list[Picture], feature: int | None = None
    ) -> None:
        """Compare ``product`` using its decoded ``pictures``; select ``feature`` if given."""
        self._product = product
        self._fill_title()
        self.genuine.set_pictures([p for p in pictures if p.kind != "counterfeit"])
        self.other.set_pictures([p for p in pictures if p.kind == "counterfeit"])
        self._fill_features(product)
        if feature is not None:
            self.select_feature(feature)
        self.genuine.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def product_id(self) -> str:
        return self._product.id if self._product is not None else ""

    def reload(self, product: Product, pictures: list[Picture]) -> None:
        """The same product again, after an import changed it: its new pictures and texts,
        keeping the officer's photos, the feature and the pictures chosen."""
        feature = self.current_feature()
        photos = self.other.photos()
        chosen = [side.current() for side in (self.genuine, self.other)]
        self.show_product(product, pictures, feature.number if feature else None)
        for photo in photos:
            self.other.add_picture(photo)
        for side, picture in zip((self.genuine, self.other), chosen, strict=True):
            if picture is not None:
                side.show_ref(picture.ref)

    def _fill_features(self, product: Product) -> None:
        self.features.blockSignals(True)
        self.features.clear()
        for f in product.features:
            item = QListWidgetItem(f"{f.number}. {product.t(f.title, self._lang)}")
            item.setData(FEATURE_ROLE, f)
            self.features.addItem(item)
        self.features.blockSignals(False)
        rows = min(max(self.features.count(), 1), 10)  # all listed, none behind a scroll bar
        row = self.features.sizeHintForRow(0) if self.features.count() else 24
        self.features.setFixedHeight(rows * row + 2 * self.features.frameWidth() + 4)
        self.detail.hide()

    def select_feature(self, number: int) -> None:
        for row in range(self.features.count()):
            if self.features.item(row).data(FEATURE_ROLE).number == number:
                self.features.setCurrentRow(row)

    def current_feature(self) -> Feature | None:
        item = self.features.currentItem()
        return item.data(FEATURE_ROLE) if item is not None else None

    def _on_feature(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        feature = item.data(FEATURE_ROLE) if item is not None else None
        if feature is not None and self._product is not None:
            self.detail.show_feature(self._product, feature, self._lang)
            if feature.image:
                self.genuine.show_ref(feature.image)
        self.detail.setVisible(feature is not None)
        self._show_callout(feature, zoom=True)

    def _on_genuine_picture(self, _row: int) -> None:
        self._show_callout(self.current_feature(), zoom=False)
        self._align(self.other)

    def _show_callout(self, feature: Feature | None, zoom: bool) -> None:
        view = self.genuine.view
        current = self.genuine.current()
        if feature is None or feature.region is None or current is None:
            view.set_callout(None)
            return
        if feature.image != current.ref:
            view.set_callout(None)
            return
        view.set_callout(Callout(feature.number, feature.region))
        if zoom:
            view.zoom_to_region(feature.region)  # the other side follows when in sync

    # -- synchronised zoom and pan --------------------------------------------------------------

    def _lead(self) -> ZoomView:
        """The side the zoom buttons act on: the focused one, else the genuine one."""
        return self.other.view if self.other.view.hasFocus() else self.genuine.view

    def _follow(self, leader: CompareSide, follower: CompareSide) -> None:
        if self._following or not self.sync.isChecked():
            return
        self._following = True
        try:
            follower.view.apply_state(leader.view.view_state())
        finally:
            self._following = False

    def _align(self, side: CompareSide) -> None:
        """After ``side`` changed picture, show the part the other side shows."""
        leader = self.genuine if side is self.other else self.other
        self._follow(leader, side)

    # -- the officer's photo --------------------------------------------------------------------

    def open_photo_dialog(self) -> None:
        path = filedialogs.open_file(
            self, CompareView.tr("Open your photo"), "", CompareView.tr(PHOTO_FILTER)
        )
        if path:
            self.open_photo(path)

    def open_photo(self, path: str) -> None:
        """Read the photo at ``path`` in the worker, then show it beside the genuine picture.
        A file that is not a sane picture is reported through the one error display."""
        QueryOp(partial(load_photo, path=path), self._on_photo).run(self.worker)

    def _on_photo(self, photo: Photo) -> None:
        self._photos += 1
        ref = f"photo:{self._photos}"
        self._photo_names[ref] = photo.name
        caption = CompareView.tr("Your photo: {0}").format(photo.name)
        self.other.add_picture(Picture(ref, photo.image, caption, "photo"))
