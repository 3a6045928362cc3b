"""The category browser: every category with how many products it holds.

A list view over :class:`~idguide.ui.officer.models.CategoryModel` through a sort/filter proxy;
typing in the box above narrows the list, Enter (or a click) lists the category's products.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import QLineEdit, QListView, QVBoxLayout, QWidget

from idguide.ui.officer.models import ID_ROLE, NAME_ROLE, CategoryModel
from idguide.ui.widgets import heading, plain_label


class CategoryBrowser(QWidget):
    """``chosen(category_id)`` when the officer picks a category."""

    chosen = Signal(str)

    def __init__(self, lang: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = CategoryModel(lang, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterRole(NAME_ROLE)
        self.proxy.setSortRole(NAME_ROLE)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.sort(0)
        self.filter = QLineEdit(self)
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.filter.returnPressed.connect(self._choose_current)
        self.view = self._view()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 16)
        self.title = heading("", self, 1.4)
        self.hint = plain_label("", self, selectable=False)
        for widget in (self.title, self.hint, self.filter):
            layout.addWidget(widget)
        layout.addWidget(self.view, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.filter.setPlaceholderText(self.tr("Type to narrow the list"))
        self.filter.setAccessibleName(self.tr("Narrow the categories"))
        self.title.setText(self.tr("Browse by category"))
        self.hint.setText(self.tr("Up and Down choose a category, Enter lists its products."))
        self.view.setAccessibleName(self.tr("Categories"))
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _view(self) -> QListView:
        view = QListView(self)
        view.setModel(self.proxy)
        view.setUniformItemSizes(True)
        view.setSpacing(2)
        view.activated.connect(self._choose)
        view.clicked.connect(self._choose)
        return view

    def set_counts(self, counts: dict[str, int]) -> None:
        self.model.set_counts(counts)

    def set_lang(self, lang: str | None) -> None:
        self.model.set_lang(lang)
        self.proxy.invalidate()

    def focus(self) -> None:
        if not self.view.currentIndex().isValid() and self.proxy.rowCount():
            self.view.setCurrentIndex(self.proxy.index(0, 0))
        self.view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _choose_current(self) -> None:
        index = self.view.currentIndex()
        if not index.isValid() and self.proxy.rowCount():
            index = self.proxy.index(0, 0)
        self._choose(index)

    def _choose(self, index: QModelIndex) -> None:
        if index.isValid():
            self.chosen.emit(index.data(ID_ROLE))
