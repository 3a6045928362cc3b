"""Item models over catalogue rows."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from idguide.catalog.categories import get_category
from idguide.catalog.errors import NotFoundError
from idguide.catalog.model import ProductSummary
from idguide.ui.text import tooltip

AnyIndex = QModelIndex | QPersistentModelIndex

SUMMARY_ROLE = Qt.ItemDataRole.UserRole + 1


def _tr(text: str) -> str:
    return QCoreApplication.translate("ResultsModel", text)


def category_name(category_id: str, lang: str | None) -> str:
    """The category's name in ``lang``; an id this version does not know is shown as it is."""
    try:
        return get_category(category_id).name(lang)
    except NotFoundError:
        return category_id


def matched_name(kind: str) -> str:
    names = {
        "gtin": _tr("barcode"),
        "model": _tr("model number"),
        "hs": _tr("HS code"),
        "brand": _tr("brand"),
        "name": _tr("name"),
        "text": _tr("text"),
    }
    return names.get(kind, kind)


class ResultsModel(QAbstractTableModel):
    """Search results: one row per :class:`ProductSummary`, best first."""

    BRAND, PRODUCT, CATEGORY, MATCHED = range(4)

    def __init__(self, lang: str | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ProductSummary] = []
        self._lang = lang
        self._headers = [_tr("Brand"), _tr("Product"), _tr("Category"), _tr("Matched")]

    def set_rows(self, rows: list[ProductSummary]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def summary(self, row: int) -> ProductSummary:
        return self._rows[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row)
        if role == Qt.ItemDataRole.FontRole and row.withdrawn:
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == SUMMARY_ROLE:
            return row
        return None

    def _text(self, row: ProductSummary, column: int) -> str | None:
        if column == self.BRAND:
            return row.brand
        if column == self.PRODUCT:
            return f"{row.name} ({_tr('withdrawn')})" if row.withdrawn else row.name
        if column == self.CATEGORY:
            return category_name(row.category, self._lang)
        if column == self.MATCHED:
            return matched_name(row.matched)
        return None

    def _tooltip(self, row: ProductSummary) -> str:
        text = f"{row.brand} {row.name}"
        if row.withdrawn:
            text += "\n" + _tr("Withdrawn by its publisher")
        return tooltip(text)
