"""The officer's main window: search on the left, the product on the right.

Keyboard: the search box has focus at start; typing searches, Up/Down move through the
results, Enter opens the selected one (a scanned barcode and its Enter open the product at once),
Esc clears the box. Ctrl+F or Ctrl+L goes back to the search box from anywhere, and so does Esc
on the product page.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMainWindow,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from idguide.catalog import Results
from idguide.ui.errors import show_error
from idguide.ui.models import ResultsModel
from idguide.ui.ops import ProductPage, load_product_page
from idguide.ui.productview import ProductView
from idguide.ui.progress import ProgressArea
from idguide.ui.searching import SearchBox, SearchController
from idguide.ui.widgets import plain_label, scaled
from idguide.ui.worker import Worker

MIN_SIZE = (1000, 640)
START_SIZE = (1366, 768)
RESULTS_WIDTH = 470


def system_language() -> str | None:
    """The officer's language code ("es") from the system locale; None for the C locale."""
    code = QLocale().name().split("_")[0].lower()
    return None if code in ("c", "") else code


class MainWindow(QMainWindow):
    """Search, results and the product page over the catalogue at ``catalog_path``."""

    productShown = Signal(str)  # product id, once its page is on screen

    def __init__(
        self, catalog_path: Path, lang: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.catalog_path = Path(catalog_path)
        self.lang = lang if lang is not None else system_language()
        self.worker = Worker(self)
        self.search = SearchController(self.worker, self.lang, self)
        self.model = ResultsModel(self.lang, self)
        self._open_when_answered = False
        self._loading = ""
        self._build()
        self._connect()
        self.setWindowTitle("idguide")
        self.setMinimumSize(*MIN_SIZE)
        self.resize(*START_SIZE)
        self.search_box.setFocus()
        self.worker.open(self.catalog_path, self._on_opened, self._on_open_failed)

    # -- layout ---------------------------------------------------------------------------------

    def _build(self) -> None:
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self._search_pane())
        self.stack = QStackedWidget(splitter)
        self.home = self._home_page()
        self.product_view = ProductView(self.worker, self.lang, self.stack)
        self.stack.addWidget(self.home)
        self.stack.addWidget(self.product_view)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([RESULTS_WIDTH, START_SIZE[0] - RESULTS_WIDTH])
        splitter.setChildrenCollapsible(False)
        self.setCentralWidget(splitter)
        self.progress = ProgressArea(self.worker, self)
        self.statusBar().addPermanentWidget(self.progress)

    def _search_pane(self) -> QWidget:
        pane = QWidget(self)
        self.search_box = SearchBox(pane)
        self.search_box.setFont(scaled(self.search_box.font(), 1.3))
        self.code_message = plain_label("", pane)
        self.code_message.setObjectName("codeMessage")
        self.code_message.hide()
        self.suggestion = QPushButton(pane)
        self.suggestion.setObjectName("suggestion")
        self.suggestion.setFlat(True)
        self.suggestion.hide()
        self.results = self._results_view(pane)
        self.count = plain_label("", pane, selectable=False)
        layout = QVBoxLayout(pane)
        layout.setContentsMargins(10, 10, 6, 6)
        for widget in (self.search_box, self.code_message, self.suggestion):
            layout.addWidget(widget)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.count)
        return pane

    def _results_view(self, parent: QWidget) -> QTreeView:
        view = QTreeView(parent)
        view.setModel(self.model)
        view.setRootIsDecorated(False)
        view.setUniformRowHeights(True)
        view.setAlternatingRowColors(True)
        view.setAllColumnsShowFocus(True)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setAccessibleName(self.tr("Results"))
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ResultsModel.PRODUCT, QHeaderView.ResizeMode.Stretch)
        # Long category names would push the product name out of sight: cut them short.
        header.setSectionResizeMode(ResultsModel.CATEGORY, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(ResultsModel.CATEGORY, view.fontMetrics().horizontalAdvance("M") * 9)
        return view

    def _home_page(self) -> QLabel:
        page = plain_label("", self)
        page.setAlignment(Qt.AlignmentFlag.AlignCenter)
        page.setFont(scaled(page.font(), 1.2))
        page.setMargin(24)
        page.setText(self.tr("Opening the catalogue…"))
        return page

    def _connect(self) -> None:
        self.search_box.textChanged.connect(self.search.set_text)
        self.search_box.returnPressed.connect(self._on_enter)
        self.search_box.moveRequested.connect(self.move_selection)
        self.search.answered.connect(self._on_answered)
        self.search.refused.connect(self._on_refused)
        self.search.cleared.connect(self._on_cleared)
        self.suggestion.clicked.connect(self.apply_suggestion)
        self.results.activated.connect(self._open_index)
        self.results.clicked.connect(self._open_index)
        self.product_view.backRequested.connect(self.focus_search)
        for keys in (QKeySequence.StandardKey.Find, QKeySequence("Ctrl+L")):
            QShortcut(keys, self, self.focus_search)

    # -- the catalogue --------------------------------------------------------------------------

    def _on_opened(self, figures: dict) -> None:
        if figures["products"]:
            text = self.tr(
                "{0} products from {1} publishers.\n\n"
                "Type a brand, product name, model number, barcode or HS code,\n"
                "or scan a barcode. Up and Down choose a result, Enter opens it."
            ).format(figures["products"], figures["publishers"])
        else:
            text = self.tr(
                "The catalogue is empty.\n\nInstall your organisation's bundles, or try the "
                "fictional demo catalogue with the command: idguide demo"
            )
        self.home.setText(text)

    def _on_open_failed(self, exc: BaseException) -> None:
        self.home.setText(self.tr("The catalogue could not be opened.\n\n{0}").format(exc))
        self.search_box.setEnabled(False)
        show_error(self, exc)

    # -- searching ------------------------------------------------------------------------------

    def _on_answered(self, results: Results, _query: str) -> None:
        self.model.set_rows(results.rows)
        self.code_message.hide()
        self._show_suggestion(None if results.rows else results.suggestion)
        self._show_count(len(results.rows))
        if results.rows:
            self.results.setCurrentIndex(self.model.index(0, 0))
        if self._open_when_answered:
            self._open_when_answered = False
            self.open_selected()

    def _on_refused(self, message: str, _query: str) -> None:
        self._open_when_answered = False
        self.model.set_rows([])
        self._show_suggestion(None)
        self.code_message.setText(message)
        self.code_message.show()
        self.count.setText("")

    def _on_cleared(self) -> None:
        self._open_when_answered = False
        self.model.set_rows([])
        self.code_message.hide()
        self._show_suggestion(None)
        self.count.setText("")

    def _show_suggestion(self, suggestion: str | None) -> None:
        if suggestion:
            # A button, so Tab and Space reach it; "&" would be read as a shortcut marker.
            text = self.tr("No products found. Did you mean “{0}”?").format(suggestion)
            self.suggestion.setText(text.replace("&", "&&"))
            self.suggestion.setProperty("query", suggestion)
        self.suggestion.setVisible(bool(suggestion))

    def _show_count(self, count: int) -> None:
        if count == 1:
            self.count.setText(self.tr("1 product found"))
        elif count:
            self.count.setText(self.tr("{0} products found").format(count))
        else:
            self.count.setText(self.tr("No products found."))

    def apply_suggestion(self) -> None:
        suggestion = self.suggestion.property("query")
        if suggestion:
            self.search_box.setText(suggestion)
            self.search.flush()

    def move_selection(self, step: int) -> None:
        rows = self.model.rowCount()
        if not rows:
            return
        current = self.results.currentIndex().row()
        row = min(max(current + step, 0), rows - 1) if current >= 0 else 0
        self.results.setCurrentIndex(self.model.index(row, 0))

    def _on_enter(self) -> None:
        if not self.search.is_current():
            self._open_when_answered = True  # a scanner types the digits and Enter at once
            self.search.flush()
            return
        if self.model.rowCount():
            self.open_selected()
        elif self.suggestion.isVisible():
            self.apply_suggestion()

    # -- opening a product ----------------------------------------------------------------------

    def open_selected(self) -> None:
        if not self.model.rowCount():
            return
        row = max(self.results.currentIndex().row(), 0)
        self.open_product(self.model.summary(row).id)
        self.search_box.selectAll()  # the next scan or search replaces the text

    def _open_index(self, index) -> None:
        if index.isValid():
            self.open_product(self.model.summary(index.row()).id)

    def open_product(self, product_id: str) -> None:
        """Load the page of ``product_id`` in the worker, then show it."""
        if product_id == self._loading:
            return  # already shown or on its way (a double click, Enter after a click)
        self._loading = product_id
        self.worker.submit(
            partial(load_product_page, product_id=product_id), self._on_page, self._on_page_failed
        )

    def _on_page_failed(self, exc: BaseException) -> None:
        self._loading = ""
        show_error(self, exc)

    def _on_page(self, page: ProductPage) -> None:
        if page.product.id != self._loading:
            return  # another product was asked for meanwhile
        self.product_view.show_page(page)
        self.stack.setCurrentWidget(self.product_view)
        name = page.product.t(page.product.name, self.lang)
        self.setWindowTitle(f"{page.product.brand_name} {name} — idguide")
        self.productShown.emit(page.product.id)

    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    # -- closing --------------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        self.product_view.notes.flush()
        self.worker.shutdown()
        super().closeEvent(event)
