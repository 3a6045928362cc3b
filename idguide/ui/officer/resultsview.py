"""The results list: thumbnail, brand, product, category and a badge for what matched.

The columns are as wide as their text while the list has room (:class:`ColumnFitter`); a
narrow list (beside an open product page) shows the brand and the product only.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    QSize,
    Qt,
    QTimer,
)
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


class ColumnFitter(QObject):
    """Sizes the brand, category and "matched" columns to their text; the product's name takes
    the rest. When the list is too narrow for all of it, the category gives way first, then the
    brand, each down to a minimum, so the product's name is never the one hidden."""

    FIXED = (ResultsModel.BRAND, ResultsModel.CATEGORY, ResultsModel.MATCHED)
    GIVE_WAY = (ResultsModel.CATEGORY, ResultsModel.BRAND)

    def __init__(self, view: QTreeView, minimum: dict[int, int], product: int) -> None:
        super().__init__(view)
        self.view = view
        self.minimum = minimum
        self.product = product  # the product's name keeps at least this much
        self.compact = False
        self._timer = QTimer(self, singleShot=True, interval=0)  # one fit per batch of changes
        self._timer.timeout.connect(self.fit)
        model = view.model()
        for signal in (model.modelReset, model.layoutChanged, model.dataChanged):
            signal.connect(self._timer.start)
        model.headerDataChanged.connect(self._on_titles)
        view.installEventFilter(self)

    def _on_titles(self) -> None:
        """The titles in another language: the "matched" column stays wide enough for its own."""
        self.minimum[ResultsModel.MATCHED] = matched_minimum(self.view)
        self._timer.start()

    def set_compact(self, compact: bool) -> None:
        """Show the brand and the product only (a narrow list beside a product page)."""
        self.compact = compact
        for column in (ResultsModel.CATEGORY, ResultsModel.MATCHED):
            self.view.header().setSectionHidden(column, compact)
        self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view and event.type() in (QEvent.Type.Resize, QEvent.Type.FontChange):
            self._timer.start()
        return False

    def fit(self) -> None:
        header = self.view.header()
        shown = [c for c in self.FIXED if not header.isSectionHidden(c)]
        need = {c: max(self.minimum[c], self.view.sizeHintForColumn(c)) for c in shown}
        spare = self.view.viewport().width() - self.product - sum(need.values())
        for column in self.GIVE_WAY:
            if spare >= 0:
                break
            if column in need:
                cut = min(-spare, need[column] - self.minimum[column])
                need[column] -= cut
                spare += cut
        for column, width in need.items():
            if header.sectionSize(column) != width:
                header.resizeSection(column, width)


def matched_minimum(view: QTreeView) -> int:
    """The "matched" column's least width: its title, whole."""
    title = view.model().headerData(ResultsModel.MATCHED, Qt.Orientation.Horizontal) or ""
    em = view.fontMetrics().horizontalAdvance("M")
    return max(em * 5, view.header().fontMetrics().horizontalAdvance(title) + em * 2)


def results_view(model: ResultsModel, parent: QWidget) -> QTreeView:
    view = QTreeView(parent)
    view.setModel(model)
    view.setRootIsDecorated(False)
    view.setUniformRowHeights(True)
    view.setAlternatingRowColors(True)
    view.setAllColumnsShowFocus(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAccessibleName(ResultsModel.tr("Results"))
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
    # Minimums in units of the font: below them a long brand or category is elided.
    minimum = {
        ResultsModel.BRAND: edge + em * 5,
        ResultsModel.CATEGORY: em * 6,
        ResultsModel.MATCHED: matched_minimum(view),
    }
    for column, width in minimum.items():
        header.resizeSection(column, width)
    view.columns = ColumnFitter(view, minimum, product=em * 12)  # type: ignore[attr-defined]
    return view
