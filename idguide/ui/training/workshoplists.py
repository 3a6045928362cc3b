"""The list widgets of the workshop editor: the sets, and the products of one set (whose marks,
"not in this catalogue", follow a new interface language at once)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QDropEvent, QFont
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

from idguide.catalog.training import Workshop, WorkshopItem
from idguide.ui.translation import TrContext

ID_ROLE = Qt.ItemDataRole.UserRole


class Workshops(TrContext):
    """The context of this module's texts for Qt's translations."""


def item_text(item: WorkshopItem) -> str:
    label = item.label or item.product_id
    if item.status == "missing":
        return Workshops.tr("{0} (not in this catalogue)").format(label)
    if item.status == "withdrawn":
        return Workshops.tr("{0} (withdrawn)").format(label)
    return label


def row_text(item: WorkshopItem) -> str:
    return f"{item.position + 1}. {item_text(item)}"


class WorkshopItems(QListWidget):
    """The products of a set in order; drag to reorder, or Ctrl+Up / Ctrl+Down."""

    orderChanged = Signal(list)  # product ids in the new order
    moveRequested = Signal(str, int)  # product id, new position

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.shown: dict[str, WorkshopItem] = {}  # by product id, as last shown
        self.retranslate()

    def retranslate(self) -> None:
        """The products' marks in the interface language now, in the order shown."""
        self.setAccessibleName(Workshops.tr("Products of the workshop"))
        for row in range(self.count()):
            shown = self.shown.get(self.item(row).data(ID_ROLE))
            if shown is not None:
                self.item(row).setText(row_text(shown))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_workshop(self, workshop: Workshop, keep: str = "") -> None:
        keep = keep or self.current_id()
        self.blockSignals(True)
        self.clear()
        self.shown = {item.product_id: item for item in workshop.items}
        for item in workshop.items:
            row = QListWidgetItem(row_text(item))
            row.setData(ID_ROLE, item.product_id)
            if item.status != "current":
                font = QFont(self.font())
                font.setItalic(True)
                row.setFont(font)
            self.addItem(row)
        self.blockSignals(False)
        ids = self.ids()
        self.setCurrentRow(ids.index(keep) if keep in ids else (0 if ids else -1))

    def ids(self) -> list[str]:
        return [self.item(row).data(ID_ROLE) for row in range(self.count())]

    def current_id(self) -> str:
        item = self.currentItem()
        return item.data(ID_ROLE) if item is not None else ""

    def move_current(self, step: int) -> None:
        row = self.currentRow()
        if row >= 0 and 0 <= row + step < self.count():
            self.moveRequested.emit(self.current_id(), row + step)

    def dropEvent(self, event: QDropEvent) -> None:
        before = self.ids()
        super().dropEvent(event)
        after = self.ids()
        if after != before and sorted(after) == sorted(before):
            self.orderChanged.emit(after)
