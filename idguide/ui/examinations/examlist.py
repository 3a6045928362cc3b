"""The officer's examinations, most recently changed first; Enter or a double click reopens one.

The list reads itself again whenever an examination, or the entry one was made against, changes;
a new interface language renames its columns and the verdicts it shows at once.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from idguide.catalog.changes import OpChanges
from idguide.catalog.examinations import ExamSummary, list_examinations
from idguide.ui.examinations.examchecklist import entry_state_name, verdict_name
from idguide.ui.operations import QueryOp
from idguide.ui.widgets import plain_label
from idguide.ui.worker import Worker


class ExamListWindow(QWidget):
    """Every examination in the catalogue's user data."""

    openRequested = Signal(int)  # examination id
    listed = Signal()

    def __init__(self, worker: Worker, lang: str | None = None, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.worker = worker
        self.lang = lang
        self.rows: list[ExamSummary] = []  # as listed, in the tree's order
        self.resize(900, 480)
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(7)
        self.tree.setRootIsDecorated(False)
        # Every column as wide as its text ("Suspected counterfeit" whole); the product's name
        # takes the room left.
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.itemActivated.connect(lambda item, _c: self._open(item))
        self.empty = plain_label("", self)
        self.open_button = QPushButton(self)
        self.open_button.clicked.connect(lambda: self._open(self.tree.currentItem()))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        QShortcut(QKeySequence.StandardKey.Close, self, self.close)
        worker.operationDidExecute.connect(self._on_changes)
        self.retranslate()

    def retranslate(self) -> None:
        """The columns, the button and the verdicts listed in the interface language now."""
        self.setWindowTitle(self.tr("Examinations — idguide"))
        self.tree.setHeaderLabels(
            [
                self.tr("No."),
                self.tr("Product"),
                self.tr("Verdict"),
                self.tr("Case"),
                self.tr("Date"),
                self.tr("Entry"),
                self.tr("Last change"),
            ]
        )
        self.empty.setText(self.tr("No examinations yet. Start one from a product page (Ctrl+E)."))
        self.open_button.setText(self.tr("Open"))
        for index, row in enumerate(self.rows):
            item = self.tree.topLevelItem(index)
            item.setText(2, verdict_name(row.verdict))
            item.setText(5, entry_state_name(row.product_status))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def refresh(self) -> None:
        QueryOp(partial(list_examinations, lang=self.lang), self._on_listed).run(self.worker)

    def _on_changes(self, changes: OpChanges, _initiator: object) -> None:
        if self.isVisible() and (changes.examinations or changes.content or changes.trust):
            self.refresh()  # (the entry column says whether the entry was withdrawn since)

    def _on_listed(self, rows: list[ExamSummary]) -> None:
        current = self.tree.currentItem()
        keep = current.data(0, Qt.ItemDataRole.UserRole) if current is not None else None
        self.tree.clear()
        self.rows = list(rows)
        for row in rows:
            texts = [
                str(row.id),
                row.title,
                verdict_name(row.verdict),
                row.case_ref,
                row.examined_on,
                entry_state_name(row.product_status),
                row.updated_at[:16].replace("T", " "),
            ]
            item = QTreeWidgetItem(texts)
            item.setData(0, Qt.ItemDataRole.UserRole, row.id)
            self.tree.addTopLevelItem(item)
        self.empty.setVisible(not rows)
        if rows:
            ids = [row.id for row in rows]
            self.tree.setCurrentItem(self.tree.topLevelItem(ids.index(keep) if keep in ids else 0))
        self.listed.emit()

    def _open(self, item: QTreeWidgetItem | None) -> None:
        if item is not None:
            self.openRequested.emit(int(item.data(0, Qt.ItemDataRole.UserRole)))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()
