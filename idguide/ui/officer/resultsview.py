"""The results list: thumbnail, brand, product, category and a badge for what matched."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QWidget,
)

from idguide.ui.officer.models import ResultsModel


def thumbnail_edge(widget: QWidget) -> int:
    """Thumbnails two and a half lines tall: they grow with the font, so with the screen's DPI."""
    return int(widget.fontMetrics().height() * 2.5)


class BadgeDelegate(QStyledItemDelegate):
    """Paints the "matched" text as a rounded badge in the palette's accent colours."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        style = option.widget.style() if option.widget else None
        plain = QStyleOptionViewItem(option)
        self.initStyleOption(plain, index)
        plain.text = ""
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, plain, painter, option.widget)
        if text:
            self._badge(painter, option, text)

    @staticmethod
    def _badge(painter: QPainter, option: QStyleOptionViewItem, text: str) -> None:
        metrics = option.fontMetrics
        pad = metrics.height() // 3
        width = metrics.horizontalAdvance(text) + 2 * pad
        box = QRectF(option.rect.left() + pad, 0, width, metrics.height() + pad)
        box.moveCenter(QPointF(box.center().x(), option.rect.center().y()))
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        fill, ink = QPalette.ColorRole.Highlight, QPalette.ColorRole.HighlightedText
        if option.state & QStyle.StateFlag.State_Selected:
            fill, ink = ink, fill  # stands out on the selected row too
        painter.setBrush(option.palette.color(fill))
        painter.drawRoundedRect(box, pad, pad)
        painter.setPen(option.palette.color(ink))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        hint = super().sizeHint(option, index)
        pad = option.fontMetrics.height() // 3
        return QSize(hint.width() + 3 * pad, hint.height())


def results_view(model: ResultsModel, parent: QWidget) -> QTreeView:
    view = QTreeView(parent)
    view.setModel(model)
    view.setRootIsDecorated(False)
    view.setUniformRowHeights(True)
    view.setAlternatingRowColors(True)
    view.setAllColumnsShowFocus(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAccessibleName(view.tr("Results"))
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    edge = thumbnail_edge(view)
    view.setIconSize(QSize(edge, edge))
    view.setItemDelegateForColumn(ResultsModel.MATCHED, BadgeDelegate(view))
    em = view.fontMetrics().horizontalAdvance("M")
    header = view.header()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(ResultsModel.PRODUCT, QHeaderView.ResizeMode.Stretch)
    # Fixed shares in units of the font, so a long brand or category never hides the product.
    header.resizeSection(ResultsModel.BRAND, edge + em * 7)
    header.resizeSection(ResultsModel.CATEGORY, em * 8)
    title = model.headerData(ResultsModel.MATCHED, Qt.Orientation.Horizontal) or ""
    header.resizeSection(
        ResultsModel.MATCHED, max(em * 5, header.fontMetrics().horizontalAdvance(title) + em * 2)
    )
    return view
