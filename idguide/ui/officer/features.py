"""The numbered authentication features of a product: a list and the selected one in full."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from idguide.catalog.model import Feature, Product
from idguide.ui.widgets import heading, plain_label, scaled

FEATURE_ROLE = Qt.ItemDataRole.UserRole + 1


def method_name(method: str) -> str:
    names = {
        "naked-eye": FeaturePanel.tr("naked eye"),
        "loupe": FeaturePanel.tr("loupe"),
        "uv-lamp": FeaturePanel.tr("UV lamp"),
        "touch": FeaturePanel.tr("touch"),
        "scale": FeaturePanel.tr("scale"),
        "smell": FeaturePanel.tr("smell"),
        "barcode-scan": FeaturePanel.tr("barcode scan"),
    }
    return names.get(method, method)


class FeatureDetail(QFrame):
    """One feature: its title, genuine and counterfeit side by side, and how to check it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = plain_label("", self)
        self.title.setFont(scaled(self.title.font(), 1.2, bold=True))
        self.genuine = plain_label("", self)
        self.counterfeit = plain_label("", self)
        self.how = plain_label("", self)
        self._shown: tuple[Product, Feature, str | None] | None = None
        self.headings = (heading("", self, 1.0), heading("", self, 1.0))
        layout = QGridLayout(self)
        layout.addWidget(self.title, 0, 0, 1, 2)
        layout.addWidget(self.headings[0], 1, 0)
        layout.addWidget(self.headings[1], 1, 1)
        layout.addWidget(self.genuine, 2, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.counterfeit, 2, 1, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.how, 3, 0, 1, 2)
        layout.setColumnStretch(0, 1)
        layout.setColumnStretch(1, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.headings[0].setText(self.tr("Genuine"))
        self.headings[1].setText(self.tr("Counterfeit"))
        if self._shown is not None:
            self.show_feature(*self._shown)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_feature(self, product: Product, feature: Feature, lang: str | None) -> None:
        self._shown = (product, feature, lang)
        t = product.t
        self.title.setText(f"{feature.number}. {t(feature.title, lang)}")
        self.genuine.setText(t(feature.genuine, lang) or "—")
        self.counterfeit.setText(t(feature.counterfeit, lang) or "—")
        how = t(feature.how_to_check, lang)
        check = self.tr("Check with: {0}").format(method_name(feature.method))
        self.how.setText(f"{check}. {how}" if how else check)


class FeaturePanel(QWidget):
    """The feature list; selecting one shows it in full and emits ``featureSelected``."""

    featureSelected = Signal(object)  # Feature, or None when the selection is cleared

    def __init__(self, lang: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self._product: Product | None = None
        self.list = QListWidget(self)
        self.list.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.list.currentItemChanged.connect(self._on_current)
        self.detail = FeatureDetail(self)
        self.detail.hide()
        self.empty = plain_label("", self)
        self.title = heading("", self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.list)
        layout.addWidget(self.empty)
        layout.addWidget(self.detail)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.list.setAccessibleName(self.tr("Authentication features"))
        self.empty.setText(self.tr("This entry lists no authentication features."))
        self.title.setText(self.tr("Authentication features"))

    def set_lang(self, lang: str | None) -> None:
        """The features' titles in ``lang`` from now on, the one chosen staying chosen."""
        self._lang = lang
        if self._product is None:
            return
        for row in range(self.list.count()):
            item = self.list.item(row)
            feature = item.data(FEATURE_ROLE)
            item.setText(f"{feature.number}. {self._product.t(feature.title, lang)}")
        feature = self.current()
        if feature is not None:
            self.detail.show_feature(self._product, feature, lang)

    def set_product(self, product: Product) -> None:
        self._product = product
        self.list.blockSignals(True)
        self.list.clear()
        for feature in product.features:
            self.list.addItem(self._item(product, feature))
        self.list.blockSignals(False)
        self._fit_list()
        self.list.setVisible(bool(product.features))
        self.empty.setVisible(not product.features)
        self.detail.hide()

    def _item(self, product: Product, feature: Feature) -> QListWidgetItem:
        item = QListWidgetItem(f"{feature.number}. {product.t(feature.title, self._lang)}")
        item.setData(FEATURE_ROLE, feature)
        return item

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # View > Text size: rows grew or shrank
            self._fit_list()

    def _fit_list(self) -> None:
        """Tall enough for every feature (up to eight) so none hides behind a scroll bar."""
        rows = min(max(self.list.count(), 1), 8)
        height = self.list.sizeHintForRow(0) if self.list.count() else 24
        self.list.setFixedHeight(rows * height + 2 * self.list.frameWidth() + 4)

    def select(self, number: int) -> bool:
        """Select feature ``number`` (as printed on the entry); False if there is none."""
        for row in range(self.list.count()):
            if self.list.item(row).data(FEATURE_ROLE).number == number:
                self.list.setCurrentRow(row)
                return True
        return False

    def current(self) -> Feature | None:
        item = self.list.currentItem()
        return item.data(FEATURE_ROLE) if item is not None else None

    def _on_current(self, item: QListWidgetItem | None, _previous: object) -> None:
        feature = item.data(FEATURE_ROLE) if item is not None else None
        if feature is not None and self._product is not None:
            self.detail.show_feature(self._product, feature, self._lang)
        self.detail.setVisible(feature is not None)
        self.featureSelected.emit(feature)
