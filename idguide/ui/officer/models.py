"""Item models over catalogue rows."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont, QImage

from idguide.catalog.categories import CATEGORIES, get_category
from idguide.catalog.errors import NotFoundError
from idguide.catalog.model import ProductSummary
from idguide.ui.text import tooltip

AnyIndex = QModelIndex | QPersistentModelIndex

SUMMARY_ROLE = Qt.ItemDataRole.UserRole + 1
NAME_ROLE = Qt.ItemDataRole.UserRole + 2
COUNT_ROLE = Qt.ItemDataRole.UserRole + 3
ID_ROLE = Qt.ItemDataRole.UserRole + 4


def category_name(category_id: str, lang: str | None) -> str:
    """The category's name in ``lang``; an id this version does not know is shown as it is."""
    try:
        return get_category(category_id).name(lang)
    except NotFoundError:
        return category_id


def matched_name(kind: str) -> str:
    """The badge that says what matched: short, as officers know the codes."""
    names = {
        "gtin": ResultsModel.tr("GTIN"),
        "model": ResultsModel.tr("model"),
        "hs": ResultsModel.tr("HS"),
        "brand": ResultsModel.tr("brand"),
        "name": ResultsModel.tr("name"),
        "text": ResultsModel.tr("text"),
    }
    return names.get(kind, kind)


def matched_help(kind: str) -> str:
    names = {
        "gtin": ResultsModel.tr("The barcode (GTIN) matched"),
        "model": ResultsModel.tr("A model or reference number matched"),
        "hs": ResultsModel.tr("An HS code matched"),
        "brand": ResultsModel.tr("The brand matched"),
        "name": ResultsModel.tr("The product name matched"),
        "text": ResultsModel.tr("Words in the description or features matched"),
    }
    return names.get(kind, kind)


class ResultsModel(QAbstractTableModel):
    """Search results: one row per :class:`ProductSummary`, best first."""

    BRAND, PRODUCT, CATEGORY, MATCHED = range(4)

    def __init__(self, lang: str | None = None, parent: Any = None, thumbnails: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ProductSummary] = []
        self._lang = lang
        self._thumbs = thumbnails  # a ThumbnailCache, or None for rows without pictures
        if thumbnails is not None:
            thumbnails.loaded.connect(self._on_thumbnails)

    def set_rows(self, rows: list[ProductSummary]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()
        if self._thumbs is not None:
            self._thumbs.request([row.thumbnail for row in self._rows])

    def set_lang(self, lang: str | None) -> None:
        """Category names follow the content language (product names come with new rows)."""
        self._lang = lang
        self._changed_all()

    def retranslate(self) -> None:
        """The headers, badges and tooltips in the interface language now."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        self._changed_all()

    def _changed_all(self) -> None:
        if self._rows:
            last = self.index(len(self._rows) - 1, self.columnCount() - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    @staticmethod
    def headers() -> list[str]:
        return [
            ResultsModel.tr("Brand"),
            ResultsModel.tr("Product"),
            ResultsModel.tr("Category"),
            ResultsModel.tr("Matched"),
        ]

    def _on_thumbnails(self, shas: list[str]) -> None:
        arrived = set(shas)
        for number, row in enumerate(self._rows):
            if row.thumbnail in arrived:
                index = self.index(number, self.BRAND)
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])

    def summary(self, row: int) -> ProductSummary:
        return self._rows[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4  # brand, product, category, matched

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 4:
            return self.headers()[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row)
        if role == Qt.ItemDataRole.FontRole and row.hidden:
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == SUMMARY_ROLE:
            return row
        if role == Qt.ItemDataRole.DecorationRole and index.column() == self.BRAND:
            return self._thumbnail(row)
        return None

    def _thumbnail(self, row: ProductSummary) -> QImage | None:
        if self._thumbs is None or not row.thumbnail:
            return None
        return self._thumbs.image(row.thumbnail)

    def _text(self, row: ProductSummary, column: int) -> str | None:
        if column == self.BRAND:
            return row.brand
        if column == self.PRODUCT:
            if row.hidden:
                why = ResultsModel.tr("revoked") if row.revoked else ResultsModel.tr("withdrawn")
                return f"{row.name} ({why})"
            return row.name
        if column == self.CATEGORY:
            return category_name(row.category, self._lang)
        if column == self.MATCHED:
            return matched_name(row.matched)
        return None

    def _tooltip(self, row: ProductSummary) -> str:
        text = f"{row.brand} {row.name}\n{matched_help(row.matched)}"
        if row.revoked:
            text += "\n" + ResultsModel.tr(
                "Revoked: its publisher or its signing key is no longer trusted"
            )
        elif row.withdrawn:
            text += "\n" + ResultsModel.tr("Withdrawn by its publisher")
        return tooltip(text)


class CategoryModel(QAbstractListModel):
    """Every category of the taxonomy with how many products it holds."""

    def __init__(self, lang: str | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self._counts: dict[str, int] = {}

    def set_counts(self, counts: dict[str, int]) -> None:
        self._counts = dict(counts)
        self._changed_all()

    def set_lang(self, lang: str | None) -> None:
        self._lang = lang
        self._changed_all()

    def retranslate(self) -> None:
        """The tooltips in the interface language now."""
        self._changed_all()

    def _changed_all(self) -> None:
        if CATEGORIES:
            self.dataChanged.emit(self.index(0, 0), self.index(len(CATEGORIES) - 1, 0))

    def category_id(self, row: int) -> str:
        return CATEGORIES[row].id

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(CATEGORIES)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(CATEGORIES):
            return None
        category = CATEGORIES[index.row()]
        count = self._counts.get(category.id, 0)
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{category.name(self._lang)}  ({count})"
        if role == NAME_ROLE:
            return category.name(self._lang)
        if role == COUNT_ROLE:
            return count
        if role == ID_ROLE:
            return category.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(ResultsModel.tr("HS headings: {0}").format(", ".join(category.hs)))
        return None
